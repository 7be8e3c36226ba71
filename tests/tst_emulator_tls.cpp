// The emulator serving HTTPS with the committed test CA (tests/data/tls, see its README): a client that
// trusts the test CA gets answers; one that does not (system CAs only, or an unrelated CA) fails the
// handshake with an SSL error, and the emulator keeps serving.
#include "Emulator.h"
#include "TestData.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using lockbox::emulator::Emulator;
using lockbox::emulator::EmulatorOptions;

namespace {

const QString kPostgres = u"e6qdemo0postgres0001"_s;

QString tlsDir() {
    return lockbox::test::testDataDir(u"tls"_s);
}

QList<QSslCertificate> certificates(const QString &name) {
    QFile f(QDir(tlsDir()).filePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QSslCertificate::fromData(f.readAll(), QSsl::Pem);
}

struct Outcome {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors;
    QJsonObject json;
    QSslCertificate peer;
    QString describe() const {
        return u"HTTP %1, error %2 (%3), %4 SSL errors"_s.arg(status)
            .arg(static_cast<int>(error))
            .arg(errorString)
            .arg(sslErrors.size());
    }
};

enum class Trust { SystemOnly, TestCa, UntrustedCaOnly };

} // namespace

class TestEmulatorTls : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Emulator> m_emu;

    Outcome fetch(const QUrl &url, Trust trust) {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", QByteArray("Bearer ") + lockbox::test::kAdminToken);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        switch (trust) {
        case Trust::SystemOnly:
            break;
        case Trust::TestCa:
            tls.addCaCertificates(certificates(u"test-ca.pem"_s));
            break;
        case Trust::UntrustedCaOnly:
            tls.setCaCertificates(certificates(u"untrusted-ca.pem"_s));
            break;
        }
        request.setSslConfiguration(tls);
        QNetworkReply *reply = nam.get(request);
        Outcome out;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [&out](const QList<QSslError> &errors) { out.sslErrors += errors; });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(30000)) {
            reply->abort();
        }
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        out.errorString = reply->errorString();
        out.peer = reply->sslConfiguration().peerCertificate();
        if (reply->isOpen()) {
            out.json = QJsonDocument::fromJson(reply->readAll()).object();
        }
        delete reply;
        return out;
    }

    QUrl url(const QString &path, const QString &host = u"127.0.0.1"_s) const {
        QUrl u;
        u.setScheme(u"https"_s);
        u.setHost(host);
        u.setPort(m_emu->port());
        u.setPath(path);
        return u;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
        QVERIFY2(QFileInfo::exists(QDir(tlsDir()).filePath(u"server.pem"_s)), qPrintable(tlsDir()));
        QCOMPARE(certificates(u"test-ca.pem"_s).size(), 1);
        QCOMPARE(certificates(u"untrusted-ca.pem"_s).size(), 1);
    }

    void init() {
        EmulatorOptions options;
        options.tlsCertificateFile = QDir(tlsDir()).filePath(u"server.pem"_s);
        options.tlsKeyFile = QDir(tlsDir()).filePath(u"server.key"_s);
        m_emu = lockbox::test::startEmulator(options);
        QVERIFY(m_emu);
        QVERIFY(m_emu->isTls());
        QCOMPARE(m_emu->baseUrl().scheme(), u"https"_s);
    }

    void cleanup() { m_emu.reset(); }

    void trustedTestCaSucceeds() {
        const Outcome r = fetch(url(u"/lockbox/v1/secrets/"_s + kPostgres), Trust::TestCa);
        QVERIFY2(r.error == QNetworkReply::NoError && r.status == 200, qPrintable(r.describe()));
        QVERIFY(r.sslErrors.isEmpty());
        QCOMPARE(r.json.value(u"id"_s).toString(), kPostgres);
        // The server presented the committed certificate.
        const auto server = certificates(u"server.pem"_s);
        QCOMPARE(server.size(), 1);
        QCOMPARE(r.peer, server.first());
        // The baseUrl the emulator reports is the one that works.
        const Outcome viaBase =
            fetch(m_emu->baseUrl().resolved(QUrl(u"/lockbox/v1/secrets/"_s + kPostgres)), Trust::TestCa);
        QCOMPARE(viaBase.status, 200);
        // Errors come over TLS too.
        const Outcome notFound = fetch(url(u"/lockbox/v1/secrets/e6qnosuchsecret00000"_s), Trust::TestCa);
        QCOMPARE(notFound.status, 404);
        QCOMPARE(notFound.json.value(u"code"_s).toInt(), 5);
    }

    void hostNameLocalhostMatches() {
        // subjectAltName DNS:localhost (the emulator listens on 127.0.0.1 only).
        const Outcome r = fetch(url(u"/lockbox/v1/secrets/"_s + kPostgres, u"localhost"_s), Trust::TestCa);
        QVERIFY2(r.error == QNetworkReply::NoError && r.status == 200, qPrintable(r.describe()));
        QVERIFY(r.sslErrors.isEmpty());
    }

    void untrustedWithoutTestCa() {
        const Outcome r = fetch(url(u"/lockbox/v1/secrets/"_s + kPostgres), Trust::SystemOnly);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(r.status, 0);
        QVERIFY(r.json.isEmpty());
        QVERIFY2(!r.sslErrors.isEmpty(), qPrintable(r.describe()));
        bool chainError = false;
        for (const auto &e : r.sslErrors) {
            chainError = chainError || e.error() == QSslError::UnableToGetLocalIssuerCertificate ||
                         e.error() == QSslError::UnableToVerifyFirstCertificate ||
                         e.error() == QSslError::CertificateUntrusted ||
                         e.error() == QSslError::SelfSignedCertificateInChain;
        }
        QVERIFY2(chainError, qPrintable(r.sslErrors.first().errorString()));
    }

    void untrustedWithUnrelatedCa() {
        const Outcome r = fetch(url(u"/lockbox/v1/secrets/"_s + kPostgres), Trust::UntrustedCaOnly);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(r.status, 0);
        QVERIFY(!r.sslErrors.isEmpty());
    }

    void keepsServingAfterFailedHandshakes() {
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(fetch(url(u"/lockbox/v1/secrets/"_s + kPostgres), Trust::SystemOnly).error,
                     QNetworkReply::SslHandshakeFailedError);
        }
        // Plain HTTP to the TLS port gets no HTTP answer.
        QNetworkAccessManager nam;
        QUrl plain = url(u"/lockbox/v1/secrets/"_s + kPostgres);
        plain.setScheme(u"http"_s);
        QNetworkRequest request(plain);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(30000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200);
        delete reply;
        // Still serving.
        const Outcome r = fetch(url(u"/lockbox/v1/secrets/"_s + kPostgres), Trust::TestCa);
        QCOMPARE(r.status, 200);
    }

    void badTlsFilesRefused() {
        QString error;
        EmulatorOptions missing;
        missing.tlsCertificateFile = QDir(tlsDir()).filePath(u"no-such.pem"_s);
        missing.tlsKeyFile = QDir(tlsDir()).filePath(u"server.key"_s);
        missing.adminTokens << QString::fromLatin1(lockbox::test::kAdminToken);
        Emulator a;
        QVERIFY(!a.start(missing, &error));
        QVERIFY(!error.isEmpty());

        EmulatorOptions notAKey = missing;
        notAKey.tlsCertificateFile = QDir(tlsDir()).filePath(u"server.pem"_s);
        notAKey.tlsKeyFile = QDir(tlsDir()).filePath(u"README.md"_s);
        Emulator b;
        error.clear();
        QVERIFY(!b.start(notAKey, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorTls)
#include "tst_emulator_tls.moc"
