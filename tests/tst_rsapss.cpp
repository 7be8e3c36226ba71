// RsaPssSha256: PS256 signing and verifying through a libcrypto loaded on first use. This suite is
// linked without OpenSSL (tests/CMakeLists.txt), as lockbox-desktop is, so it can see that nothing
// loads libcrypto before the first signature, and that the loaded one does the work.
#include "RsaPssSha256.h"
#include "ServiceAccountKey.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QFileInfo>
#include <QLibrary>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cstdio>
#include <cstring>
#if defined(LOCKBOX_LAZY_LIBCRYPTO)
#include <link.h>
#endif

using lockbox::RsaPssSha256;
using Status = lockbox::RsaPssSha256::Status;

namespace {

QByteArray fixture(const QString &name) {
    QFile file(QDir(lockbox::test::testDataDir(QStringLiteral("rsapss"))).filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

#if defined(LOCKBOX_LAZY_LIBCRYPTO) // Linux: libcrypto is loaded on first use, not linked
// Whether an object whose path contains "libcrypto.so" is mapped into this process now.
bool libCryptoMapped() {
    bool found = false;
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            if (info->dlpi_name && std::strstr(info->dlpi_name, "/libcrypto.so")) {
                *static_cast<bool *>(data) = true;
            }
            return 0;
        },
        &found);
    return found;
}

// OpenSSL's thread-local error queue: the oldest error, or 0. Resolved from the already loaded library.
unsigned long peekOpenSslError() {
    using PeekError = unsigned long (*)();
    QLibrary library(QStringLiteral("crypto"), 3);
    const auto peek = reinterpret_cast<PeekError>(library.resolve("ERR_peek_error"));
    return peek ? peek() : ~0UL;
}
#endif

const QByteArray kData = QByteArrayLiteral("eyJhbGciOiJQUzI1NiJ9.eyJpc3MiOiJham0ifQ");

} // namespace

class TestRsaPss : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Must run first: the functions below load the library.
    void libCryptoIsNotLoadedUntilFirstUse();
    void signsAndVerifies_data();
    void signsAndVerifies();
    void verifiesWhatOpenSslSigned();
    void openSslVerifiesWhatWeSigned();
    void refusesWrongKeys_data();
    void refusesWrongKeys();
    void refusesEncryptedKeysAtOnceOnATerminal();
    void mismatchesAreReported();
    void failuresLeaveNoOpenSslErrors();
    void serviceAccountKeyMakesAVerifiableJwt();
    void signsFromSeveralThreadsAtOnce();
};

void TestRsaPss::libCryptoIsNotLoadedUntilFirstUse() {
#if defined(LOCKBOX_LAZY_LIBCRYPTO)
    QVERIFY2(!libCryptoMapped(), "libcrypto was loaded before the first signature");
    const RsaPssSha256::Signature signature = RsaPssSha256::sign(fixture(QStringLiteral("rsa-private.pem")), kData);
    QCOMPARE(signature.status, Status::Ok);
    QVERIFY(libCryptoMapped());
    QVERIFY(RsaPssSha256::unavailableReason().isEmpty());
#else
    QSKIP("libcrypto is linked on this platform");
#endif
}

void TestRsaPss::signsAndVerifies_data() {
    QTest::addColumn<QString>("privateKey");
    QTest::newRow("PKCS#8") << QStringLiteral("rsa-private.pem");
    QTest::newRow("PKCS#1") << QStringLiteral("rsa-private-pkcs1.pem");
}

void TestRsaPss::signsAndVerifies() {
    QFETCH(QString, privateKey);
    const QByteArray publicKey = fixture(QStringLiteral("rsa-public.pem"));
    const RsaPssSha256::Signature first = RsaPssSha256::sign(fixture(privateKey), kData);
    const RsaPssSha256::Signature second = RsaPssSha256::sign(fixture(privateKey), kData);
    QCOMPARE(first.status, Status::Ok);
    QCOMPARE(second.status, Status::Ok);
    QCOMPARE(first.bytes.size(), 256); // a 2048-bit modulus
    QVERIFY2(first.bytes != second.bytes, "PSS salts are random: two signatures must differ");
    QCOMPARE(RsaPssSha256::verify(publicKey, kData, first.bytes), Status::Ok);
    QCOMPARE(RsaPssSha256::verify(publicKey, kData, second.bytes), Status::Ok);
}

void TestRsaPss::verifiesWhatOpenSslSigned() {
    // `openssl dgst -sha256 -sign rsa-private.pem -sigopt rsa_padding_mode:pss -sigopt
    // rsa_pss_saltlen:32` over "header.claims" (tests/data/rsapss/README.md).
    const QByteArray signature = QByteArray::fromBase64(fixture(QStringLiteral("openssl-signature.b64")).trimmed());
    QCOMPARE(signature.size(), 256);
    const QByteArray publicKey = fixture(QStringLiteral("rsa-public.pem"));
    QCOMPARE(RsaPssSha256::verify(publicKey, QByteArrayLiteral("header.claims"), signature), Status::Ok);
    QCOMPARE(RsaPssSha256::verify(publicKey, QByteArrayLiteral("header.claimz"), signature), Status::Mismatch);
}

void TestRsaPss::openSslVerifiesWhatWeSigned() {
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        QSKIP("the openssl command is needed to check a signature independently");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RsaPssSha256::Signature signature = RsaPssSha256::sign(fixture(QStringLiteral("rsa-private.pem")), kData);
    QCOMPARE(signature.status, Status::Ok);
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("data"), kData));
    QVERIFY(write(QStringLiteral("signature"), signature.bytes));
    QVERIFY(write(QStringLiteral("public.pem"), fixture(QStringLiteral("rsa-public.pem"))));
    // A salt of exactly 32 bytes, as the IAM service expects of PS256.
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(openssl,
                  {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                   QStringLiteral("public.pem"), QStringLiteral("-sigopt"), QStringLiteral("rsa_padding_mode:pss"),
                   QStringLiteral("-sigopt"), QStringLiteral("rsa_pss_saltlen:32"), QStringLiteral("-signature"),
                   QStringLiteral("signature"), QStringLiteral("data")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("Verified OK"));
}

void TestRsaPss::refusesWrongKeys_data() {
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<bool>("signing");
    QTest::newRow("sign: garbage") << QByteArrayLiteral(
                                          "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                                   << true;
    QTest::newRow("sign: empty") << QByteArray() << true;
    QTest::newRow("sign: a public key") << fixture(QStringLiteral("rsa-public.pem")) << true;
    QTest::newRow("sign: an EC key") << fixture(QStringLiteral("ec-private.pem")) << true;
    // Refused, not prompted for: OpenSSL's default is to ask on the terminal (refusesEncryptedKeysAtOnce).
    QTest::newRow("sign: a passphrase-protected key") << fixture(QStringLiteral("rsa-private-encrypted.pem")) << true;
    QTest::newRow("verify: garbage") << QByteArrayLiteral("not a key") << false;
    QTest::newRow("verify: a private key") << fixture(QStringLiteral("rsa-private.pem")) << false;
    QTest::newRow("verify: an EC key") << fixture(QStringLiteral("ec-public.pem")) << false;
}

void TestRsaPss::refusesWrongKeys() {
    QFETCH(QByteArray, pem);
    QFETCH(bool, signing);
    if (signing) {
        const RsaPssSha256::Signature signature = RsaPssSha256::sign(pem, kData);
        QCOMPARE(signature.status, Status::BadKey);
        QVERIFY(signature.bytes.isEmpty());
    } else {
        const RsaPssSha256::Signature good = RsaPssSha256::sign(fixture(QStringLiteral("rsa-private.pem")), kData);
        QCOMPARE(RsaPssSha256::verify(pem, kData, good.bytes), Status::BadKey);
    }
}

void TestRsaPss::refusesEncryptedKeysAtOnceOnATerminal() {
    // OpenSSL's default passphrase callback prompts on the controlling terminal and waits: the
    // profile editor, checking a key, would freeze until then. `script` gives a child a terminal
    // (and keeps its input open), where the child signs with a passphrase-protected key.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty()) {
        QSKIP("`script` (util-linux) is needed to give the signing process a terminal");
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOCKBOX_RSAPSS_SIGN_ENCRYPTED"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(script, {QStringLiteral("-qec"),
                           QLatin1Char('\'') + QCoreApplication::applicationFilePath() + QLatin1Char('\''),
                           QStringLiteral("/dev/null")});
    QVERIFY(process.waitForStarted());
    const bool finished = process.waitForFinished(10000);
    const QByteArray output = process.readAllStandardOutput();
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    QVERIFY2(finished, output.constData());
    QVERIFY2(!output.contains("pass phrase"), output.constData());
    QVERIFY2(output.contains("status bad-key"), output.constData());
}

void TestRsaPss::mismatchesAreReported() {
    const QByteArray publicKey = fixture(QStringLiteral("rsa-public.pem"));
    const RsaPssSha256::Signature signature = RsaPssSha256::sign(fixture(QStringLiteral("rsa-private.pem")), kData);
    QByteArray flipped = signature.bytes;
    flipped[100] = static_cast<char>(flipped.at(100) ^ 0x01);
    QCOMPARE(RsaPssSha256::verify(publicKey, kData, flipped), Status::Mismatch);
    QCOMPARE(RsaPssSha256::verify(publicKey, kData + '.', signature.bytes), Status::Mismatch);
    QCOMPARE(RsaPssSha256::verify(publicKey, kData, signature.bytes.left(255)), Status::Mismatch);
    QCOMPARE(RsaPssSha256::verify(publicKey, kData, QByteArray()), Status::Mismatch);
}

void TestRsaPss::failuresLeaveNoOpenSslErrors() {
#if defined(LOCKBOX_LAZY_LIBCRYPTO)
    // Qt's TLS backend reads the same thread-local queue after its own calls.
    QCOMPARE(RsaPssSha256::sign(QByteArrayLiteral("garbage"), kData).status, Status::BadKey);
    QCOMPARE(peekOpenSslError(), 0UL);
    QCOMPARE(RsaPssSha256::sign(fixture(QStringLiteral("rsa-private-encrypted.pem")), kData).status, Status::BadKey);
    QCOMPARE(peekOpenSslError(), 0UL);
    const QByteArray publicKey = fixture(QStringLiteral("rsa-public.pem"));
    QCOMPARE(RsaPssSha256::verify(publicKey, kData, QByteArray(256, 'x')), Status::Mismatch);
    QCOMPARE(peekOpenSslError(), 0UL);
#else
    QSKIP("checked where libcrypto is loaded by name (Linux)");
#endif
}

void TestRsaPss::serviceAccountKeyMakesAVerifiableJwt() {
    const QString pem = QString::fromLatin1(fixture(QStringLiteral("rsa-private.pem")));
    const QJsonObject json{
        {QStringLiteral("id"), QStringLiteral("ajekey")},
        {QStringLiteral("service_account_id"), QStringLiteral("ajesa")},
        {QStringLiteral("private_key"), QString(QStringLiteral("PLEASE DO NOT REMOVE THIS LINE!\n") + pem)}};
    const auto key = lockbox::ServiceAccountKey::fromJson(QJsonDocument(json).toJson());
    QVERIFY(key.ok());
    const auto jwt = key.value()->makeJwt(QDateTime::currentDateTimeUtc(), 600);
    QVERIFY(jwt.ok());
    const QList<QByteArray> parts = jwt.value().split('.');
    QCOMPARE(parts.size(), 3);
    const QByteArray signature =
        QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(
        RsaPssSha256::verify(fixture(QStringLiteral("rsa-public.pem")), parts.at(0) + '.' + parts.at(1), signature),
        Status::Ok);

    const QJsonObject ec{
        {QStringLiteral("id"), QStringLiteral("ajekey")},
        {QStringLiteral("service_account_id"), QStringLiteral("ajesa")},
        {QStringLiteral("private_key"), QString::fromLatin1(fixture(QStringLiteral("ec-private.pem")))}};
    const auto refused = lockbox::ServiceAccountKey::fromJson(QJsonDocument(ec).toJson());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("RSA")), qPrintable(refused.error().message));

    // A passphrase-protected key is named as such, not as unreadable.
    for (const char *file : {"rsa-private-encrypted.pem", "rsa-private-pkcs1-encrypted.pem"}) {
        const QJsonObject encrypted{
            {QStringLiteral("id"), QStringLiteral("ajekey")},
            {QStringLiteral("service_account_id"), QStringLiteral("ajesa")},
            {QStringLiteral("private_key"), QString::fromLatin1(fixture(QString::fromLatin1(file)))}};
        const auto protectedKey = lockbox::ServiceAccountKey::fromJson(QJsonDocument(encrypted).toJson());
        QVERIFY2(!protectedKey.ok(), file);
        QVERIFY2(protectedKey.error().message.contains(QLatin1String("passphrase")),
                 qPrintable(protectedKey.error().message));
    }
}

void TestRsaPss::signsFromSeveralThreadsAtOnce() {
    // The emulator verifies on its own thread while the client may sign on the UI thread.
    const QByteArray privateKey = fixture(QStringLiteral("rsa-private.pem"));
    const QByteArray publicKey = fixture(QStringLiteral("rsa-public.pem"));
    QList<QThread *> threads;
    std::atomic<int> good{0};
    for (int i = 0; i < 4; ++i) {
        threads << QThread::create([&]() {
            for (int n = 0; n < 5; ++n) {
                const RsaPssSha256::Signature s = RsaPssSha256::sign(privateKey, kData);
                if (s.status == Status::Ok && RsaPssSha256::verify(publicKey, kData, s.bytes) == Status::Ok) {
                    ++good;
                }
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(good.load(), 20);
}

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("LOCKBOX_RSAPSS_SIGN_ENCRYPTED")) {
        // The child of refusesEncryptedKeysAtOnceOnATerminal.
        const RsaPssSha256::Signature signature =
            RsaPssSha256::sign(fixture(QStringLiteral("rsa-private-encrypted.pem")), kData);
        std::printf("status %s\n", signature.status == Status::BadKey ? "bad-key" : "other");
        return 0;
    }
    TestRsaPss test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_rsapss.moc"
