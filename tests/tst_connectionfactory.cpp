// ConnectionFactory against the in-process emulator: a profile and its keychain secret become a
// signed-in client for every credential kind (IAM token, OAuth exchange, service-account key, yc CLI),
// the CA file and proxy settings reach the client, and the implicit profile from YC_* variables works.
// The keychain is real (gnome-keyring in a D-Bus session, as tests/run-all.sh starts it).
#include "ConnectionFactory.h"
#include "CredentialStore.h"
#include "EmulatorStore.h"
#include "ProfileStore.h"
#include "TestData.h"
#include "TestKeys.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace lockbox;

namespace {

QString s(const char *text) {
    return QString::fromUtf8(text);
}

QString tlsDir() {
    return test::testDataDir(QStringLiteral("tls"));
}

using test::generateRsa;
using test::KeyPair;
using test::ycKeyFile;

} // namespace

class TestConnectionFactory final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void iamTokenProfile();
    void oauthTokenProfile();
    void serviceAccountKeyProfile();
    void ycCliProfile();
    void caFileProfileOverHttps();
    void missingSecretIsExplained();
    void badSettingsAreRefusedBeforeAnyRequest();
    void proxySettings();
    void environmentProfile();
    void environmentServiceAccountKeyAsPathOrContents();

private:
    // Saves the profile with its secret in the real keychain; the saved profile (with its id).
    Profile save(Profile profile, const std::optional<QByteArray> &secret);
    Result<ConnectionFactory::ConnectionPtr> open(const Profile &profile);
    // listClouds through the connection's client.
    Result<Page<Cloud>> listClouds(ApiClient *client);
    Profile emulatorProfile(const QString &name, Profile::Kind kind) const;

    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ConnectionFactory> m_factory;
    QStringList m_saved;
};

void TestConnectionFactory::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionFactory::init() {
    m_emulator = test::startEmulator();
    QVERIFY(m_emulator);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(s("settings.ini")), QSettings::IniFormat);
    m_credentials = std::make_unique<CredentialStore>();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_credentials.get());
    m_factory = std::make_unique<ConnectionFactory>(m_profiles.get());
    m_factory->setEnvironment(QProcessEnvironment()); // nothing from the machine running the tests
    m_factory->setConfigAdjuster([](ClientConfig &config) { config.initialBackoffMs = 20; });
}

void TestConnectionFactory::cleanup() {
    // Leave nothing in the keychain.
    for (const QString &id : std::as_const(m_saved)) {
        bool done = false;
        QObject scope; // the callback dies with this frame, even when the wait gives up
        m_profiles->remove(id, &scope, [&done](const std::optional<ApiError> &) { done = true; });
        QTRY_VERIFY(done);
    }
    m_saved.clear();
    m_factory.reset();
    m_profiles.reset();
    m_credentials.reset();
    m_settings.reset();
    m_dir.reset();
    m_emulator.reset();
}

Profile TestConnectionFactory::save(Profile profile, const std::optional<QByteArray> &secret) {
    std::optional<Result<Profile>> saved;
    QObject scope; // as above
    m_profiles->save(profile, secret, &scope, [&saved](const Result<Profile> &r) { saved = r; });
    if (!QTest::qWaitFor([&saved]() { return saved.has_value(); }, 10000)) {
        qWarning("the keychain did not answer");
        return profile;
    }
    if (!saved->ok()) {
        qWarning("save failed: %s", qPrintable(saved->error().message));
        return profile;
    }
    m_saved << saved->value().id;
    return saved->value();
}

Result<ConnectionFactory::ConnectionPtr> TestConnectionFactory::open(const Profile &profile) {
    std::optional<Result<ConnectionFactory::ConnectionPtr>> out;
    QObject scope; // as above
    m_factory->open(profile, &scope, [&out](const Result<ConnectionFactory::ConnectionPtr> &r) { out = r; });
    if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 10000)) {
        return ApiError::local(ApiError::Kind::Timeout, s("open() did not answer"));
    }
    return *out;
}

Result<Page<Cloud>> TestConnectionFactory::listClouds(ApiClient *client) {
    std::optional<Result<Page<Cloud>>> out;
    QObject scope; // as above
    client->listClouds(0, {}, &scope, [&out](const Result<Page<Cloud>> &r) { out = r; });
    if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 20000)) {
        return ApiError::local(ApiError::Kind::Timeout, s("listClouds did not answer"));
    }
    return *out;
}

Profile TestConnectionFactory::emulatorProfile(const QString &name, Profile::Kind kind) const {
    Profile p;
    p.name = name;
    p.kind = kind;
    p.endpoint = m_emulator->baseUrl();
    p.cloudId = s("b1gdemo0cloud0prod01");
    p.folderId = s("b1gdemo0folder0back1");
    return p;
}

void TestConnectionFactory::iamTokenProfile() {
    const Profile p = save(emulatorProfile(s("iam"), Profile::Kind::IamToken), QByteArray(test::kAdminToken));
    QVERIFY(!p.id.isEmpty());
    const auto connection = open(p);
    QVERIFY2(connection.ok(), connection.ok() ? "" : qPrintable(connection.error().toString()));
    QCOMPARE(connection.value()->profile().id, p.id);
    QCOMPARE(connection.value()->client()->config().baseUrl, m_emulator->baseUrl());
    const auto clouds = listClouds(connection.value()->client());
    QVERIFY2(clouds.ok(), clouds.ok() ? "" : qPrintable(clouds.error().toString()));
    QCOMPARE(clouds.value().items.size(), 2);
}

void TestConnectionFactory::oauthTokenProfile() {
    const Profile p = save(emulatorProfile(s("oauth"), Profile::Kind::OAuthToken), QByteArray("y0_demo-oauth-token"));
    const auto connection = open(p);
    QVERIFY2(connection.ok(), connection.ok() ? "" : qPrintable(connection.error().toString()));
    const auto clouds = listClouds(connection.value()->client());
    QVERIFY2(clouds.ok(), clouds.ok() ? "" : qPrintable(clouds.error().toString()));
    QCOMPARE(clouds.value().items.size(), 2);

    // An OAuth token the server does not know: refused at the exchange, said so.
    const Profile wrong = save(emulatorProfile(s("oauth-wrong"), Profile::Kind::OAuthToken), QByteArray("y0_unknown"));
    const auto refused = open(wrong);
    QVERIFY(refused.ok()); // the exchange happens with the first request
    const auto denied = listClouds(refused.value()->client());
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, RpcCode::Unauthenticated);
}

void TestConnectionFactory::serviceAccountKeyProfile() {
    const KeyPair kp = generateRsa();
    m_emulator->store()->addServiceAccountKey(s("ajesa0factory0000001"), s("ajekey0factory000001"), kp.publicPem);
    const QByteArray key = ycKeyFile(s("ajekey0factory000001"), s("ajesa0factory0000001"), kp);
    const Profile p = save(emulatorProfile(s("robot"), Profile::Kind::ServiceAccountKey), key);
    const auto connection = open(p);
    QVERIFY2(connection.ok(), connection.ok() ? "" : qPrintable(connection.error().toString()));
    const auto clouds = listClouds(connection.value()->client());
    QVERIFY2(clouds.ok(), clouds.ok() ? "" : qPrintable(clouds.error().toString()));
    QCOMPARE(clouds.value().items.size(), 2);

    // A key file that is not one: the editor's message, before any request.
    const auto broken = m_factory->build(p, QByteArray("{\"id\":\"k\"}"));
    QVERIFY(!broken.ok());
    QVERIFY(!broken.error().message.isEmpty());
}

void TestConnectionFactory::ycCliProfile() {
    // A stand-in for yc that prints the admin token, as `yc iam create-token --profile P` would.
    QTemporaryDir bin;
    const QString yc = bin.filePath(s("yc"));
    QFile script(yc);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\n[ \"$1 $2 $3 $4\" = \"iam create-token --profile fed\" ] || exit 3\necho ");
    script.write(test::kAdminToken);
    script.write("\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_factory->setYcProgram(yc);
    Profile p = emulatorProfile(s("federated"), Profile::Kind::YcCli);
    p.ycProfile = s("fed");
    p = save(p, std::nullopt);
    const auto connection = open(p);
    QVERIFY2(connection.ok(), connection.ok() ? "" : qPrintable(connection.error().toString()));
    const auto clouds = listClouds(connection.value()->client());
    QVERIFY2(clouds.ok(), clouds.ok() ? "" : qPrintable(clouds.error().toString()));
}

void TestConnectionFactory::caFileProfileOverHttps() {
    emulator::EmulatorOptions options;
    options.tlsCertificateFile = QDir(tlsDir()).filePath(s("server.pem"));
    options.tlsKeyFile = QDir(tlsDir()).filePath(s("server.key"));
    auto https = test::startEmulator(options);
    QVERIFY(https);
    QVERIFY(https->isTls());

    Profile p = emulatorProfile(s("tls"), Profile::Kind::IamToken);
    p.endpoint = https->baseUrl();
    p.caFile = QDir(tlsDir()).filePath(s("test-ca.pem"));
    p = save(p, QByteArray(test::kAdminToken));
    const auto trusted = open(p);
    QVERIFY2(trusted.ok(), trusted.ok() ? "" : qPrintable(trusted.error().toString()));
    QCOMPARE(trusted.value()->client()->config().extraCaCertificates.size(), 1);
    const auto clouds = listClouds(trusted.value()->client());
    QVERIFY2(clouds.ok(), clouds.ok() ? "" : qPrintable(clouds.error().toString()));
    QCOMPARE(clouds.value().items.size(), 2);

    // Without the test CA the handshake fails, and the error says it was TLS.
    Profile untrusted = p;
    untrusted.caFile.clear();
    const auto built = m_factory->build(untrusted, QByteArray(test::kAdminToken));
    QVERIFY(built.ok());
    const auto refused = listClouds(built.value()->client());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ApiError::Kind::Tls);

    // An unrelated CA does not help either.
    untrusted.caFile = QDir(tlsDir()).filePath(s("untrusted-ca.pem"));
    const auto other = m_factory->build(untrusted, QByteArray(test::kAdminToken));
    QVERIFY(other.ok());
    const auto stillRefused = listClouds(other.value()->client());
    QVERIFY(!stillRefused.ok());
    QCOMPARE(stillRefused.error().kind, ApiError::Kind::Tls);
}

void TestConnectionFactory::missingSecretIsExplained() {
    Profile p = emulatorProfile(s("no secret"), Profile::Kind::IamToken);
    p = save(p, std::nullopt); // fields only: nothing in the keychain
    const auto connection = open(p);
    QVERIFY(!connection.ok());
    QVERIFY2(connection.error().message.contains(s("no secret")), qPrintable(connection.error().message));
    QVERIFY(connection.error().message.contains(s("keychain")));
}

void TestConnectionFactory::badSettingsAreRefusedBeforeAnyRequest() {
    m_emulator->resetRequestCount();
    Profile p = emulatorProfile(s("bad"), Profile::Kind::IamToken);
    p.caFile = m_dir->filePath(s("no-such-ca.pem"));
    auto r = m_factory->build(p, QByteArray(test::kAdminToken));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(s("no-such-ca.pem")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(s("could not be read")));

    p.caFile = QDir(tlsDir()).filePath(s("README.md")); // readable, not a certificate
    r = m_factory->build(p, QByteArray(test::kAdminToken));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(s("no PEM certificate")));

    p.caFile.clear();
    p.endpoint = QUrl(s("ftp://example.org"));
    r = m_factory->build(p, QByteArray(test::kAdminToken));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(s("ftp://example.org")));

    p.endpoint = m_emulator->baseUrl();
    r = m_factory->build(p, QByteArray("   "));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, RpcCode::Unauthenticated);

    Profile sandbox;
    sandbox.kind = Profile::Kind::Sandbox;
    QVERIFY(!open(sandbox).ok());
    QCOMPARE(m_emulator->requestCount(), 0);
}

void TestConnectionFactory::proxySettings() {
    auto none = ConnectionFactory::parseProxy(QString());
    QVERIFY(none.ok());
    QVERIFY(!none.value().has_value());

    auto direct = ConnectionFactory::parseProxy(s("direct"));
    QVERIFY(direct.ok());
    QCOMPARE(direct.value()->type(), QNetworkProxy::NoProxy);

    auto http = ConnectionFactory::parseProxy(s("http://proxy.corp:3128"));
    QVERIFY(http.ok());
    QCOMPARE(http.value()->type(), QNetworkProxy::HttpProxy);
    QCOMPARE(http.value()->hostName(), s("proxy.corp"));
    QCOMPARE(http.value()->port(), quint16(3128));

    auto socks = ConnectionFactory::parseProxy(s("socks5://127.0.0.1:1080"));
    QVERIFY(socks.ok());
    QCOMPARE(socks.value()->type(), QNetworkProxy::Socks5Proxy);

    QVERIFY(!ConnectionFactory::parseProxy(s("ftp://proxy:21")).ok());
    const auto noPort = ConnectionFactory::parseProxy(s("http://proxy"));
    QVERIFY(!noPort.ok());
    QVERIFY(noPort.error().message.contains(s("port")));
    QVERIFY(!ConnectionFactory::parseProxy(s("http://user:secret@proxy:3128")).ok());
    QVERIFY(!ConnectionFactory::parseProxy(s("proxy.corp:3128")).ok());

    // The client is built with it (a direct connection to the emulator works).
    Profile p = emulatorProfile(s("direct"), Profile::Kind::IamToken);
    p.proxy = s("direct");
    const auto built = m_factory->build(p, QByteArray(test::kAdminToken));
    QVERIFY(built.ok());
    QCOMPARE(built.value()->client()->config().proxy->type(), QNetworkProxy::NoProxy);
    QVERIFY(listClouds(built.value()->client()).ok());
    p.proxy = s("http://127.0.0.1:1"); // nothing listens there
    const auto unreachable = m_factory->build(p, QByteArray(test::kAdminToken));
    QVERIFY(unreachable.ok());
    QCOMPARE(unreachable.value()->client()->config().proxy->port(), quint16(1));
}

void TestConnectionFactory::environmentProfile() {
    QVERIFY(!m_factory->environmentProfile());
    QCOMPARE(m_factory->availableProfiles().size(), 0);

    // YC_ENDPOINT in yc's host:port form means HTTPS; the public API endpoint means the public hosts.
    QCOMPARE(ConnectionFactory::endpointFromYc(s("lockbox.example.net:8443")),
             QUrl(s("https://lockbox.example.net:8443")));
    QCOMPARE(ConnectionFactory::endpointFromYc(s("api.cloud.yandex.net:443")), QUrl());
    QCOMPARE(ConnectionFactory::endpointFromYc(QString()), QUrl());
    QCOMPARE(ConnectionFactory::endpointFromYc(s("http://127.0.0.1:5000")), QUrl(s("http://127.0.0.1:5000")));

    QProcessEnvironment env;
    env.insert(s("YC_TOKEN"), QString::fromLatin1(test::kAdminToken));
    env.insert(s("YC_CLOUD_ID"), s("b1gdemo0cloud0prod01"));
    env.insert(s("YC_FOLDER_ID"), s("b1gdemo0folder0back1"));
    env.insert(s("YC_ENDPOINT"), m_emulator->baseUrl().toString());
    m_factory->setEnvironment(env);
    const auto p = m_factory->environmentProfile();
    QVERIFY(p);
    QCOMPARE(p->id, QString::fromLatin1(ConnectionFactory::kEnvironmentProfileId));
    QCOMPARE(p->name, s("Environment"));
    QCOMPARE(p->kind, Profile::Kind::OAuthToken); // not t1.x.y: the Terraform rule says OAuth
    QCOMPARE(p->folderId, s("b1gdemo0folder0back1"));
    QCOMPARE(p->cloudId, s("b1gdemo0cloud0prod01"));
    QCOMPARE(p->endpoint, m_emulator->baseUrl());
    QCOMPARE(m_factory->availableProfiles().size(), 1);
    QVERIFY(m_factory->findProfile(p->id));

    // As an IAM token (the admin token is not shaped like one; force the kind as a pasted IAM token would).
    Profile iam = *p;
    iam.kind = Profile::Kind::IamToken;
    auto connection = open(iam);
    QVERIFY2(connection.ok(), connection.ok() ? "" : qPrintable(connection.error().toString()));
    QVERIFY(listClouds(connection.value()->client()).ok());

    // An OAuth token from the environment is exchanged.
    env.insert(s("YC_TOKEN"), s("y0_demo-oauth-token"));
    m_factory->setEnvironment(env);
    connection = open(*m_factory->environmentProfile());
    QVERIFY(connection.ok());
    QVERIFY(listClouds(connection.value()->client()).ok());

    QCOMPARE(ConnectionFactory::tokenKind(s("t1.abc.def")), Profile::Kind::IamToken);
    QCOMPARE(ConnectionFactory::tokenKind(s("y0_abc")), Profile::Kind::OAuthToken);

    // Never saved.
    QVERIFY(!m_settings->allKeys().join(QLatin1Char(' ')).contains(s("environment")));
}

void TestConnectionFactory::environmentServiceAccountKeyAsPathOrContents() {
    const KeyPair kp = generateRsa();
    m_emulator->store()->addServiceAccountKey(s("ajesa0environment001"), s("ajekey0environment01"), kp.publicPem);
    const QByteArray key = ycKeyFile(s("ajekey0environment01"), s("ajesa0environment001"), kp);
    const QString path = m_dir->filePath(s("key.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(key);
    file.close();

    QProcessEnvironment env;
    env.insert(s("YC_SERVICE_ACCOUNT_KEY_FILE"), path);
    env.insert(s("YC_ENDPOINT"), m_emulator->baseUrl().toString());
    m_factory->setEnvironment(env);
    QCOMPARE(m_factory->environmentProfile()->kind, Profile::Kind::ServiceAccountKey);
    auto connection = open(*m_factory->environmentProfile());
    QVERIFY2(connection.ok(), connection.ok() ? "" : qPrintable(connection.error().toString()));
    QVERIFY(listClouds(connection.value()->client()).ok());

    env.insert(s("YC_SERVICE_ACCOUNT_KEY_FILE"), QString::fromUtf8(key));
    m_factory->setEnvironment(env);
    connection = open(*m_factory->environmentProfile());
    QVERIFY2(connection.ok(), connection.ok() ? "" : qPrintable(connection.error().toString()));
    QVERIFY(listClouds(connection.value()->client()).ok());

    env.insert(s("YC_SERVICE_ACCOUNT_KEY_FILE"), m_dir->filePath(s("missing.json")));
    m_factory->setEnvironment(env);
    connection = open(*m_factory->environmentProfile());
    QVERIFY(!connection.ok());
    QVERIFY(connection.error().message.contains(s("missing.json")));

    env.insert(s("YC_TOKEN"), s("y0_demo-oauth-token"));
    env.insert(s("YC_SERVICE_ACCOUNT_KEY_FILE"), path);
    m_factory->setEnvironment(env);
    connection = open(*m_factory->environmentProfile());
    QVERIFY(!connection.ok());
    QVERIFY(connection.error().message.contains(s("unset one")));
}

QTEST_GUILESS_MAIN(TestConnectionFactory)
#include "tst_connectionfactory.moc"
