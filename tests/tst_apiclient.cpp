// ApiClient: request shapes and headers (against a scripted server), retries, idempotency, 401
// refresh, transport errors, decoding; and end-to-end calls against the in-process emulator.
#include "ApiClient.h"
#include "EmulatorStore.h"
#include "FakeHttpServer.h"
#include "FaultInjector.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace lockbox;
using lockbox::test::FakeHttpServer;

Q_DECLARE_METATYPE(lockbox::test::FakeHttpServer::Response)
Q_DECLARE_METATYPE(lockbox::ApiError::Kind)

namespace {

// Collects the one result of an asynchronous call; safe to outlive the test function.
template <typename T>
class Waiter {
public:
    Waiter() : m_state(std::make_shared<State>()) {}
    ApiClient::Callback<T> callback() const {
        auto state = m_state;
        return [state](const Result<T> &r) {
            ++state->calls;
            state->result.emplace(r);
        };
    }
    bool done() const { return m_state->result.has_value(); }
    const Result<T> &result() const { return *m_state->result; }
    int calls() const { return m_state->calls; }

private:
    struct State {
        std::optional<Result<T>> result;
        int calls = 0;
    };
    std::shared_ptr<State> m_state;
};

// A client of a loopback port nothing listens on (taken and given back; port 0 if none could be
// taken), with two quick attempts.
ClientConfig closedPortConfig() {
    quint16 port = 0;
    {
        QTcpServer probe;
        port = probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.initialBackoffMs = 5;
    config.maxAttempts = 2;
    return config;
}

// Hands out tokens in order; invalidate() moves on to the next one (the last one repeats).
class ScriptedProvider final : public CredentialProvider {
public:
    explicit ScriptedProvider(QStringList tokens) : m_tokens(std::move(tokens)) {}
    void requestToken(QObject *context, TokenCallback callback) override {
        ++requests;
        const QString token = m_tokens.value(std::min<qsizetype>(m_index, m_tokens.size() - 1));
        QTimer::singleShot(0, context, [callback, token]() { callback(Result<QString>(token)); });
    }
    void invalidate(const QString &token) override {
        invalidated << token;
        if (m_tokens.value(m_index) == token) {
            ++m_index;
        }
    }
    QStringList invalidated;
    int requests = 0;

private:
    QStringList m_tokens;
    qsizetype m_index = 0;
};

struct Attempt {
    QString method;
    QUrl url;
    int status = 0;
    QString requestId;
};

// Every HTTP attempt the client reports, kept alive by the test and the connection.
std::shared_ptr<QList<Attempt>> recordAttempts(ApiClient *client) {
    auto attempts = std::make_shared<QList<Attempt>>();
    QObject::connect(client, &ApiClient::requestFinished, client,
                     [attempts](const QString &method, const QUrl &url, int status, const QString &requestId) {
                         attempts->append({method, url, status, requestId});
                     });
    return attempts;
}

bool isUuid(const QByteArray &text) {
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(QString::fromLatin1(text)).hasMatch();
}

QJsonObject doneOperation(const QString &id, const QJsonObject &response) {
    return QJsonObject{
        {QStringLiteral("id"), id}, {QStringLiteral("done"), true}, {QStringLiteral("response"), response}};
}

QJsonObject versionResponse(const QString &id) {
    return QJsonObject{{QStringLiteral("@type"), QStringLiteral("type.googleapis.com/yandex.cloud.lockbox.v1.Version")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("status"), QStringLiteral("ACTIVE")}};
}

QJsonObject status(int code, const QString &message) {
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

// The error text for a failure message; QVERIFY2 evaluates its message even when the check passes.
template <typename T>
QByteArray why(const Result<T> &r) {
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}

constexpr auto kPostgres = "e6qdemo0postgres0001";
constexpr auto kFolder = "b1gdemo0folder0back1";

QString s(const char *text) {
    return QString::fromLatin1(text);
}

} // namespace

class TestApiClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    // against a scripted server
    void serviceUrls();
    void requestShapes();
    void headers();
    void retriedMutationKeepsItsKeys();
    void separateCallsGetSeparateKeys();
    void retryAfterIsHonoured();
    void retryAfterBeyondBudget();
    void maxAttempts();
    void retriesSpanHalfTheirSchedule();
    void clientErrorsAreNotRetried_data();
    void clientErrorsAreNotRetried();
    void unauthorizedRefreshesOnce();
    void unauthorizedTwiceGivesUp();
    void staticTokenRefused();
    void decodeErrors_data();
    void decodeErrors();
    void payloadDecoding();
    void crossOriginRedirectNotFollowed();
    void contextDeletedBeforeSend();
    void readyTokenSendsAtOnce();
    void contextDeletedInFlight_data();
    void contextDeletedInFlight();
    void transferTimeout();
    void connectionRefused();
    void mutationOutcome_data();
    void mutationOutcome();
    void refusedMutationWasNotApplied();
    void readsHaveNoUnknownOutcome();
    void givenIdempotencyKeyIsSent();
    void explicitProxy();

    // against the emulator
    void getSecret();
    void notFound();
    void listVersionsPages();
    void listSecretsPages();
    void payloads();
    void cloudsAndFolders();
    void addVersionSurvivesDroppedConnection();
    void addVersionRetriedAfter503();
    void scheduleAndCancelDestruction();
    void setCurrentVersion();
    void emulatorTransientFaults();
    void emulatorMalformedBody();
    void emulatorTruncatedBody();
    void emulatorRejectsToken();
    void untrustedCertificate();

private:
    std::unique_ptr<ApiClient> fakeClient(CredentialProvider *provider = nullptr);
    std::unique_ptr<ApiClient> emulatorClient();

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<StaticTokenProvider> m_token;
    std::unique_ptr<emulator::Emulator> m_emu;
    std::unique_ptr<StaticTokenProvider> m_adminToken;
};

void TestApiClient::init() {
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_token = std::make_unique<StaticTokenProvider>(QStringLiteral("t1.test-token"));
    m_adminToken = std::make_unique<StaticTokenProvider>(s(lockbox::test::kAdminToken));
}

void TestApiClient::cleanup() {
    m_server.reset();
    m_emu.reset();
}

std::unique_ptr<ApiClient> TestApiClient::fakeClient(CredentialProvider *provider) {
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.initialBackoffMs = 10;
    config.transferTimeoutMs = 5000;
    return std::make_unique<ApiClient>(config, provider ? provider : m_token.get());
}

std::unique_ptr<ApiClient> TestApiClient::emulatorClient() {
    if (!m_emu) {
        m_emu = lockbox::test::startEmulator();
    }
    if (!m_emu) {
        return nullptr;
    }
    return std::make_unique<ApiClient>(lockbox::test::clientConfigFor(*m_emu), m_adminToken.get());
}

// --- scripted server --------------------------------------------------------------------------------

void TestApiClient::serviceUrls() {
    StaticTokenProvider token(QStringLiteral("x"));
    ApiClient cloud(ClientConfig{}, &token);
    QCOMPARE(cloud.serviceUrl(ApiClient::Service::Lockbox, QStringLiteral("/lockbox/v1/secrets")),
             QUrl(QStringLiteral("https://lockbox.api.cloud.yandex.net/lockbox/v1/secrets")));
    QCOMPARE(cloud.serviceUrl(ApiClient::Service::Payload, QStringLiteral("/lockbox/v1/secrets/a/payload")),
             QUrl(QStringLiteral("https://payload.lockbox.api.cloud.yandex.net/lockbox/v1/secrets/a/payload")));
    QCOMPARE(cloud.serviceUrl(ApiClient::Service::Operation, QStringLiteral("/operations/o1")),
             QUrl(QStringLiteral("https://operation.api.cloud.yandex.net/operations/o1")));
    QCOMPARE(cloud.serviceUrl(ApiClient::Service::Iam, QStringLiteral("/iam/v1/tokens")),
             QUrl(QStringLiteral("https://iam.api.cloud.yandex.net/iam/v1/tokens")));
    QCOMPARE(cloud.serviceUrl(ApiClient::Service::ResourceManager, QStringLiteral("/resource-manager/v1/clouds")),
             QUrl(QStringLiteral("https://resource-manager.api.cloud.yandex.net/resource-manager/v1/clouds")));

    ClientConfig local;
    local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8443"));
    ApiClient emulator(local, &token);
    for (auto service : {ApiClient::Service::Lockbox, ApiClient::Service::Payload, ApiClient::Service::Operation,
                         ApiClient::Service::Iam, ApiClient::Service::ResourceManager}) {
        QCOMPARE(emulator.serviceUrl(service, QStringLiteral("/operations/o1")),
                 QUrl(QStringLiteral("http://127.0.0.1:8443/operations/o1")));
    }
    ClientConfig prefixed;
    prefixed.baseUrl = QUrl(QStringLiteral("https://gw.example.com/yc/"));
    ApiClient gateway(prefixed, &token);
    QCOMPARE(gateway.serviceUrl(ApiClient::Service::Iam, QStringLiteral("/iam/v1/tokens")),
             QUrl(QStringLiteral("https://gw.example.com/yc/iam/v1/tokens")));
}

void TestApiClient::requestShapes() {
    auto client = fakeClient();
    m_server->setFallback(FakeHttpServer::Response::json(200, doneOperation(s("op1"), versionResponse(s("v1")))));

    struct Shape {
        const char *name;
        std::function<void(ApiClient &, QObject *, std::function<void()>)> call;
        QByteArray method;
        QByteArray path; // as sent, percent-encoded
        QList<QPair<QString, QString>> query;
        std::optional<QJsonObject> body;
    };
    const auto ignore = [](std::function<void()> done) { return [done](const auto &) { done(); }; };

    AccessBinding binding{s("lockbox.payloadViewer"), s("ajeuser1"), s("userAccount")};
    const QJsonObject bindingJson{{s("roleId"), s("lockbox.payloadViewer")},
                                  {s("subject"), QJsonObject{{s("id"), s("ajeuser1")}, {s("type"), s("userAccount")}}}};

    const QList<Shape> shapes = {
        {"getSecret with an id that needs encoding",
         [&](ApiClient &c, QObject *x, auto done) { c.getSecret(s("e6q/a?b c:d"), x, ignore(done)); },
         "GET",
         "/lockbox/v1/secrets/e6q%2Fa%3Fb%20c%3Ad",
         {},
         std::nullopt},
        {"listSecrets without paging",
         [&](ApiClient &c, QObject *x, auto done) { c.listSecrets(s("b1gf"), 0, QString(), x, ignore(done)); },
         "GET",
         "/lockbox/v1/secrets",
         {{s("folderId"), s("b1gf")}},
         std::nullopt},
        {"listSecrets with paging",
         [&](ApiClient &c, QObject *x, auto done) { c.listSecrets(s("b1gf"), 50, s("a+b/c="), x, ignore(done)); },
         "GET",
         "/lockbox/v1/secrets",
         {{s("folderId"), s("b1gf")}, {s("pageSize"), s("50")}, {s("pageToken"), s("a+b/c=")}},
         std::nullopt},
        {"createSecret",
         [&](ApiClient &c, QObject *x, auto done) {
             CreateSecretRequest r;
             r.folderId = s("b1gf");
             r.name = s("db");
             r.labels.insert(s("env"), s("prod"));
             r.versionDescription = s("first");
             PayloadEntryChange e;
             e.key = s("k");
             e.textValue = s("v");
             r.versionPayloadEntries << e;
             r.deletionProtection = true;
             r.createVersion = true;
             c.createSecret(r, x, ignore(done));
         },
         "POST",
         "/lockbox/v1/secrets",
         {},
         QJsonObject{
             {s("folderId"), s("b1gf")},
             {s("name"), s("db")},
             {s("labels"), QJsonObject{{s("env"), s("prod")}}},
             {s("versionDescription"), s("first")},
             {s("versionPayloadEntries"), QJsonArray{QJsonObject{{s("key"), s("k")}, {s("textValue"), s("v")}}}},
             {s("deletionProtection"), true},
             {s("createVersion"), true}}},
        {"updateSecret",
         [&](ApiClient &c, QObject *x, auto done) {
             UpdateSecretRequest r;
             r.updateMask = {s("name"), s("description"), s("deletionProtection")};
             r.name = s("renamed");
             r.labels.insert(s("ignored"), s("not in mask"));
             c.updateSecret(s("e6q1"), r, x, ignore(done));
         },
         "PATCH",
         "/lockbox/v1/secrets/e6q1",
         {},
         QJsonObject{{s("updateMask"), s("name,description,deletionProtection")},
                     {s("name"), s("renamed")},
                     {s("description"), QString()},
                     {s("deletionProtection"), false}}},
        {"deleteSecret",
         [&](ApiClient &c, QObject *x, auto done) { c.deleteSecret(s("e6q1"), x, ignore(done)); },
         "DELETE",
         "/lockbox/v1/secrets/e6q1",
         {},
         std::nullopt},
        {"activateSecret",
         [&](ApiClient &c, QObject *x, auto done) { c.activateSecret(s("e6q1"), x, ignore(done)); },
         "POST",
         "/lockbox/v1/secrets/e6q1:activate",
         {},
         QJsonObject{}},
        {"deactivateSecret",
         [&](ApiClient &c, QObject *x, auto done) { c.deactivateSecret(s("e6q1"), x, ignore(done)); },
         "POST",
         "/lockbox/v1/secrets/e6q1:deactivate",
         {},
         QJsonObject{}},
        {"listVersions",
         [&](ApiClient &c, QObject *x, auto done) { c.listVersions(s("e6q1"), 10, s("tok"), x, ignore(done)); },
         "GET",
         "/lockbox/v1/secrets/e6q1/versions",
         {{s("pageSize"), s("10")}, {s("pageToken"), s("tok")}},
         std::nullopt},
        {"listVersions first page",
         [&](ApiClient &c, QObject *x, auto done) { c.listVersions(s("e6q1"), 0, QString(), x, ignore(done)); },
         "GET",
         "/lockbox/v1/secrets/e6q1/versions",
         {},
         std::nullopt},
        {"addVersion",
         [&](ApiClient &c, QObject *x, auto done) {
             AddVersionRequest r;
             r.description = s("rotate");
             r.baseVersionId = s("v3");
             PayloadEntryChange text;
             text.key = s("password");
             text.textValue = s("n3w");
             PayloadEntryChange binary;
             binary.key = s("cert");
             binary.kind = PayloadEntryChange::Kind::Binary;
             binary.binaryValue = QByteArray("\x00\x01\xff", 3);
             PayloadEntryChange removal;
             removal.key = s("old");
             removal.kind = PayloadEntryChange::Kind::Remove;
             r.payloadEntries << text << binary << removal;
             c.addVersion(s("e6q1"), r, x, ignore(done));
         },
         "POST",
         "/lockbox/v1/secrets/e6q1:addVersion",
         {},
         QJsonObject{
             {s("description"), s("rotate")},
             {s("baseVersionId"), s("v3")},
             {s("payloadEntries"), QJsonArray{QJsonObject{{s("key"), s("password")}, {s("textValue"), s("n3w")}},
                                              QJsonObject{{s("key"), s("cert")}, {s("binaryValue"), s("AAH/")}},
                                              QJsonObject{{s("key"), s("old")}}}}}},
        {"setCurrentVersion",
         [&](ApiClient &c, QObject *x, auto done) { c.setCurrentVersion(s("e6q1"), s("v2"), x, ignore(done)); },
         "POST",
         "/lockbox/v1/secrets/e6q1:setCurrentVersion",
         {},
         QJsonObject{{s("versionId"), s("v2")}}},
        {"scheduleVersionDestruction with the default period",
         [&](ApiClient &c, QObject *x, auto done) {
             c.scheduleVersionDestruction(s("e6q1"), s("v2"), std::nullopt, x, ignore(done));
         },
         "POST",
         "/lockbox/v1/secrets/e6q1:scheduleVersionDestruction",
         {},
         QJsonObject{{s("versionId"), s("v2")}}},
        {"scheduleVersionDestruction in 7 days",
         [&](ApiClient &c, QObject *x, auto done) {
             c.scheduleVersionDestruction(s("e6q1"), s("v2"), 7LL * 24 * 3600 * 1000, x, ignore(done));
         },
         "POST",
         "/lockbox/v1/secrets/e6q1:scheduleVersionDestruction",
         {},
         QJsonObject{{s("versionId"), s("v2")}, {s("pendingPeriod"), s("604800s")}}},
        {"cancelVersionDestruction",
         [&](ApiClient &c, QObject *x, auto done) { c.cancelVersionDestruction(s("e6q1"), s("v2"), x, ignore(done)); },
         "POST",
         "/lockbox/v1/secrets/e6q1:cancelVersionDestruction",
         {},
         QJsonObject{{s("versionId"), s("v2")}}},
        {"listOperations",
         [&](ApiClient &c, QObject *x, auto done) { c.listOperations(s("e6q1"), 20, QString(), x, ignore(done)); },
         "GET",
         "/lockbox/v1/secrets/e6q1/operations",
         {{s("pageSize"), s("20")}},
         std::nullopt},
        {"listAccessBindings",
         [&](ApiClient &c, QObject *x, auto done) { c.listAccessBindings(s("e6q1"), 5, s("p2"), x, ignore(done)); },
         "GET",
         "/lockbox/v1/secrets/e6q1:listAccessBindings",
         {{s("pageSize"), s("5")}, {s("pageToken"), s("p2")}},
         std::nullopt},
        {"setAccessBindings",
         [&](ApiClient &c, QObject *x, auto done) { c.setAccessBindings(s("e6q1"), {binding}, x, ignore(done)); },
         "POST",
         "/lockbox/v1/secrets/e6q1:setAccessBindings",
         {},
         QJsonObject{{s("accessBindings"), QJsonArray{bindingJson}}}},
        {"updateAccessBindings",
         [&](ApiClient &c, QObject *x, auto done) {
             c.updateAccessBindings(s("e6q1"), {{true, binding}, {false, binding}}, x, ignore(done));
         },
         "POST",
         "/lockbox/v1/secrets/e6q1:updateAccessBindings",
         {},
         QJsonObject{{s("accessBindingDeltas"),
                      QJsonArray{QJsonObject{{s("action"), s("ADD")}, {s("accessBinding"), bindingJson}},
                                 QJsonObject{{s("action"), s("REMOVE")}, {s("accessBinding"), bindingJson}}}}}},
        {"getPayload of a version",
         [&](ApiClient &c, QObject *x, auto done) { c.getPayload(s("e6q1"), s("v2"), x, ignore(done)); },
         "GET",
         "/lockbox/v1/secrets/e6q1/payload",
         {{s("versionId"), s("v2")}},
         std::nullopt},
        {"getPayload of the current version",
         [&](ApiClient &c, QObject *x, auto done) { c.getPayload(s("e6q1"), QString(), x, ignore(done)); },
         "GET",
         "/lockbox/v1/secrets/e6q1/payload",
         {},
         std::nullopt},
        {"getOperation",
         [&](ApiClient &c, QObject *x, auto done) { c.getOperation(s("op/1"), x, ignore(done)); },
         "GET",
         "/operations/op%2F1",
         {},
         std::nullopt},
        {"cancelOperation",
         [&](ApiClient &c, QObject *x, auto done) { c.cancelOperation(s("op1"), x, ignore(done)); },
         "POST",
         "/operations/op1:cancel",
         {},
         QJsonObject{}},
        {"listClouds",
         [&](ApiClient &c, QObject *x, auto done) { c.listClouds(0, QString(), x, ignore(done)); },
         "GET",
         "/resource-manager/v1/clouds",
         {},
         std::nullopt},
        {"listFolders",
         [&](ApiClient &c, QObject *x, auto done) { c.listFolders(s("b1gc"), 100, QString(), x, ignore(done)); },
         "GET",
         "/resource-manager/v1/folders",
         {{s("cloudId"), s("b1gc")}, {s("pageSize"), s("100")}},
         std::nullopt},
        {"createIamToken",
         [&](ApiClient &c, QObject *x,
             auto
                 done) { c.createIamToken(QJsonObject{{s("yandexPassportOauthToken"), s("y0_abc")}}, x, ignore(done)); },
         "POST",
         "/iam/v1/tokens",
         {},
         QJsonObject{{s("yandexPassportOauthToken"), s("y0_abc")}}},
    };

    for (const Shape &shape : shapes) {
        m_server->clearRequests();
        bool done = false;
        shape.call(*client, this, [&done]() { done = true; });
        QTRY_VERIFY2_WITH_TIMEOUT(done, shape.name, 5000);
        QVERIFY2(m_server->requests().size() == 1, shape.name);
        const auto request = m_server->requests().first();
        QVERIFY2(request.method == shape.method, shape.name);
        const QByteArray path =
            request.target.left(request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
        QVERIFY2(path == shape.path,
                 qPrintable(QString::fromLatin1(shape.name) + QStringLiteral(": ") + QString::fromLatin1(path)));
        QVERIFY2(
            request.query().queryItems(QUrl::FullyDecoded) == shape.query,
            qPrintable(QString::fromLatin1(shape.name) + QStringLiteral(": ") + QString::fromLatin1(request.target)));
        if (shape.body) {
            QVERIFY2(request.json() == *shape.body, qPrintable(QString::fromLatin1(shape.name) + QStringLiteral(": ") +
                                                               QString::fromUtf8(request.body)));
            QVERIFY2(request.header("content-type") == "application/json", shape.name);
        } else {
            QVERIFY2(request.body.isEmpty(), shape.name);
        }
        const bool iam = shape.path == "/iam/v1/tokens";
        QVERIFY2(request.header("authorization") == (iam ? QByteArray() : QByteArray("Bearer t1.test-token")),
                 shape.name);
    }
    // '+' in a page token must not arrive as a space
    m_server->clearRequests();
    bool done = false;
    client->listVersions(s("e6q1"), 0, s("a+b"), this, [&done](const auto &) { done = true; });
    QTRY_VERIFY(done);
    QVERIFY2(m_server->requests().first().target.contains("a%2Bb"), m_server->requests().first().target.constData());
}

void TestApiClient::headers() {
    auto client = fakeClient();
    m_server->setFallback(FakeHttpServer::Response::json(200, doneOperation(s("op1"), versionResponse(s("v1")))));

    Waiter<Secret> get;
    client->getSecret(s("e6q1"), this, get.callback());
    QTRY_VERIFY(get.done());
    const auto g = m_server->requests().at(0);
    QCOMPARE(g.header("authorization"), QByteArray("Bearer t1.test-token"));
    QCOMPARE(g.header("accept"), QByteArray("application/json"));
    QVERIFY(isUuid(g.header("x-client-request-id")));
    QVERIFY(isUuid(g.header("x-client-trace-id")));
    QVERIFY(g.header("idempotency-key").isEmpty()); // reads carry none
    QVERIFY(g.header("content-type").isEmpty());

    Waiter<Operation> add;
    client->addVersion(s("e6q1"), AddVersionRequest{}, this, add.callback());
    QTRY_VERIFY(add.done());
    QVERIFY(add.result().ok());
    const auto p = m_server->requests().at(1);
    const QByteArray key = p.header("idempotency-key");
    QVERIFY(isUuid(key));
    QCOMPARE(key.at(14), '4'); // UUID version 4
    QCOMPARE(p.header("content-type"), QByteArray("application/json"));
    QVERIFY(p.header("x-client-request-id") != g.header("x-client-request-id"));
    QVERIFY(p.header("x-client-trace-id") != g.header("x-client-trace-id"));
    QCOMPARE(add.result().requestId(), QStringLiteral("fake-2"));
}

void TestApiClient::retriedMutationKeepsItsKeys() {
    auto client = fakeClient();
    auto attempts = recordAttempts(client.get());
    m_server->enqueue(FakeHttpServer::Response::json(503, status(14, s("try later"))));
    // Qt itself resends a request whose keep-alive connection closed without an answer (twice at
    // most); enough drops in a row make the failure reach the client, which retries it.
    for (int i = 0; i < 3; ++i) {
        m_server->enqueue(FakeHttpServer::Response::dropped());
    }
    m_server->enqueue(FakeHttpServer::Response::json(200, doneOperation(s("op7"), versionResponse(s("v7")))));

    Waiter<Operation> add;
    client->addVersion(s("e6q1"), AddVersionRequest{}, this, add.callback());
    QTRY_VERIFY_WITH_TIMEOUT(add.done(), 10000);
    QVERIFY2(add.result().ok(), why(add.result()).constData());
    QCOMPARE(add.result().value().id, s("op7"));
    QCOMPARE(add.calls(), 1);

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 5); // every scripted answer was used
    QSet<QByteArray> requestIds;
    for (const auto &r : requests) {
        QCOMPARE(r.header("idempotency-key"), requests.first().header("idempotency-key"));
        QCOMPARE(r.header("x-client-trace-id"), requests.first().header("x-client-trace-id"));
        QCOMPARE(r.body, requests.first().body);
        requestIds.insert(r.header("x-client-request-id"));
    }
    // A fresh request id per attempt of the client (Qt's own resend repeats the one it resends).
    QVERIFY(attempts->size() >= 3);
    QCOMPARE(requestIds.size(), attempts->size());
    QCOMPARE(attempts->first().status, 503);
    for (qsizetype i = 1; i + 1 < attempts->size(); ++i) {
        QCOMPARE(attempts->at(i).status, 0); // no HTTP answer
    }
    QCOMPARE(attempts->last().status, 200);
    QCOMPARE(attempts->at(0).method, s("POST"));
    QCOMPARE(attempts->at(0).url.path(QUrl::FullyEncoded), s("/lockbox/v1/secrets/e6q1:addVersion"));
}

void TestApiClient::separateCallsGetSeparateKeys() {
    auto client = fakeClient();
    m_server->setFallback(FakeHttpServer::Response::json(200, doneOperation(s("op1"), versionResponse(s("v1")))));
    Waiter<Operation> a;
    Waiter<Operation> b;
    client->addVersion(s("e6q1"), AddVersionRequest{}, this, a.callback());
    client->addVersion(s("e6q1"), AddVersionRequest{}, this, b.callback());
    QTRY_VERIFY(a.done() && b.done());
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(m_server->requests().at(0).header("idempotency-key") !=
            m_server->requests().at(1).header("idempotency-key"));
}

void TestApiClient::retryAfterIsHonoured() {
    auto client = fakeClient();
    m_server->enqueue(FakeHttpServer::Response::json(429, status(8, s("slow down"))).header("Retry-After", "1"));
    m_server->enqueue(FakeHttpServer::Response::json(200, QJsonObject{{s("id"), s("e6q1")}}));
    QElapsedTimer timer;
    timer.start();
    Waiter<Secret> get;
    client->getSecret(s("e6q1"), this, get.callback());
    QTRY_VERIFY_WITH_TIMEOUT(get.done(), 5000);
    QVERIFY(get.result().ok());
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed()))); // not the 10 ms backoff
}

void TestApiClient::retryAfterBeyondBudget() {
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.initialBackoffMs = 10;
    config.retryBudgetMs = 500;
    ApiClient client(config, m_token.get());
    m_server->setFallback(FakeHttpServer::Response::json(429, status(8, s("quota"))).header("Retry-After", "5"));
    Waiter<Secret> get;
    client.getSecret(s("e6q1"), this, get.callback());
    QTRY_VERIFY(get.done());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!get.result().ok());
    QCOMPARE(get.result().error().code, RpcCode::ResourceExhausted);
    QCOMPARE(get.result().error().httpStatus, 429);
    QCOMPARE(get.result().error().message, s("quota"));
}

void TestApiClient::maxAttempts() {
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.initialBackoffMs = 5;
    config.maxAttempts = 3;
    ApiClient client(config, m_token.get());
    m_server->setFallback(FakeHttpServer::Response::json(500, status(13, s("boom"))));
    Waiter<Page<Version>> list;
    client.listVersions(s("e6q1"), 0, QString(), this, list.callback());
    QTRY_VERIFY_WITH_TIMEOUT(list.done(), 5000);
    QCOMPARE(m_server->requests().size(), 3);
    QVERIFY(!list.result().ok());
    QCOMPARE(list.result().error().kind, ApiError::Kind::Server);
    QCOMPARE(list.result().error().code, RpcCode::Internal);
    QCOMPARE(list.result().requestId(), s("fake-3")); // of the last attempt
    QCOMPARE(list.calls(), 1);
}

// A server that is down for under a second must not fail a call: however the jitter falls, the
// retries wait at least half of each backoff step (here 50 + 100 + 200 ms).
void TestApiClient::retriesSpanHalfTheirSchedule() {
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.initialBackoffMs = 100;
    config.maxAttempts = 4;
    ApiClient client(config, m_token.get());
    m_server->setFallback(FakeHttpServer::Response::json(503, status(14, s("restarting"))));
    // The jitter is random: five draws. Under full jitter each fell short half the time.
    for (int round = 0; round < 5; ++round) {
        m_server->clearRequests();
        QElapsedTimer timer;
        timer.start();
        Waiter<Secret> get;
        client.getSecret(s("e6q1"), this, get.callback());
        QTRY_VERIFY_WITH_TIMEOUT(get.done(), 5000);
        QCOMPARE(m_server->requests().size(), 4);
        QCOMPARE(get.result().error().code, RpcCode::Unavailable);
        QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
    }
}

void TestApiClient::clientErrorsAreNotRetried_data() {
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("code");
    QTest::newRow("400 invalid") << 400 << 3;
    QTest::newRow("400 precondition") << 400 << 9;
    QTest::newRow("403") << 403 << 7;
    QTest::newRow("404") << 404 << 5;
    QTest::newRow("409") << 409 << 6;
    QTest::newRow("501") << 501 << 12;
}

void TestApiClient::clientErrorsAreNotRetried() {
    QFETCH(int, http);
    QFETCH(int, code);
    auto client = fakeClient();
    m_server->setFallback(FakeHttpServer::Response::json(http, status(code, s("no"))));
    Waiter<Operation> del;
    client->deleteSecret(s("e6q1"), this, del.callback());
    QTRY_VERIFY(del.done());
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!del.result().ok());
    QCOMPARE(static_cast<int>(del.result().error().code), code);
    QCOMPARE(del.result().error().httpStatus, http);
}

void TestApiClient::unauthorizedRefreshesOnce() {
    ScriptedProvider provider({s("old-token"), s("new-token")});
    auto client = fakeClient(&provider);
    m_server->enqueue(FakeHttpServer::Response::json(401, status(16, s("Token is invalid or has expired."))));
    m_server->enqueue(FakeHttpServer::Response::json(200, QJsonObject{{s("id"), s("e6q1")}}));
    Waiter<Secret> get;
    client->getSecret(s("e6q1"), this, get.callback());
    QTRY_VERIFY(get.done());
    QVERIFY(get.result().ok());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).header("authorization"), QByteArray("Bearer old-token"));
    QCOMPARE(m_server->requests().at(1).header("authorization"), QByteArray("Bearer new-token"));
    QCOMPARE(provider.invalidated, QStringList{s("old-token")});
    QCOMPARE(provider.requests, 2);
}

void TestApiClient::unauthorizedTwiceGivesUp() {
    ScriptedProvider provider({s("a"), s("b"), s("c")});
    auto client = fakeClient(&provider);
    m_server->setFallback(FakeHttpServer::Response::json(401, status(16, s("nope"))));
    Waiter<Secret> get;
    client->getSecret(s("e6q1"), this, get.callback());
    QTRY_VERIFY(get.done());
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 2); // the refresh is tried exactly once
    QVERIFY(!get.result().ok());
    QCOMPARE(get.result().error().kind, ApiError::Kind::Server);
    QCOMPARE(get.result().error().code, RpcCode::Unauthenticated);
    QCOMPARE(get.result().error().httpStatus, 401);
}

void TestApiClient::staticTokenRefused() {
    auto client = fakeClient(); // StaticTokenProvider: no refresh possible
    m_server->setFallback(FakeHttpServer::Response::json(401, status(16, s("expired"))));
    Waiter<Secret> get;
    client->getSecret(s("e6q1"), this, get.callback());
    QTRY_VERIFY(get.done());
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!get.result().ok());
    QCOMPARE(get.result().error().kind, ApiError::Kind::Auth);
    QCOMPARE(get.result().error().code, RpcCode::Unauthenticated);
    QCOMPARE(get.result().error().message, s("The IAM token was refused; paste a new token in the profile"));
    QCOMPARE(get.result().requestId(), s("fake-1"));
    QCOMPARE(get.result().error().requestId, s("fake-1")); // for views that show only the error

    // and the provider stays refused for the next call, without a request
    Waiter<Secret> again;
    client->getSecret(s("e6q1"), this, again.callback());
    QTRY_VERIFY(again.done());
    QVERIFY(!again.result().ok());
    QCOMPARE(again.result().error().kind, ApiError::Kind::Auth);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiClient::decodeErrors_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("call"); // 0 getSecret, 1 listVersions, 2 getPayload, 3 addVersion
    QTest::newRow("not json") << QByteArray("<html>hello</html>") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("array") << QByteArray("[1,2,3]") << 0;
    QTest::newRow("truncated") << QByteArray(R"({"id":"e6q1","name":"po)") << 0;
    QTest::newRow("wrong type") << QByteArray(R"({"id":5})") << 0;
    QTest::newRow("versions not array") << QByteArray(R"({"versions":{"id":"v"}})") << 1;
    QTest::newRow("version item not object") << QByteArray(R"({"versions":["v1"]})") << 1;
    QTest::newRow("bad version in page") << QByteArray(R"({"versions":[{"id":"v1"},{"id":"v2","createdAt":"x"}]})")
                                         << 1;
    QTest::newRow("token not string") << QByteArray(R"({"versions":[],"nextPageToken":7})") << 1;
    QTest::newRow("payload bad base64")
        << QByteArray(R"({"versionId":"v","entries":[{"key":"a","textValue":"x"},{"key":"b","binaryValue":"!!"}]})")
        << 2;
    QTest::newRow("payload entries not array") << QByteArray(R"({"versionId":"v","entries":{}})") << 2;
    QTest::newRow("payload entry without key") << QByteArray(R"({"entries":[{"textValue":"x"}]})") << 2;
    QTest::newRow("payload truncated") << QByteArray(R"({"versionId":"v","entries":[{"key":"a","textVal)") << 2;
    QTest::newRow("operation done without result") << QByteArray(R"({"id":"o","done":true})") << 3;
}

void TestApiClient::decodeErrors() {
    QFETCH(QByteArray, body);
    QFETCH(int, call);
    auto client = fakeClient();
    FakeHttpServer::Response response;
    response.body = body;
    m_server->setFallback(response);

    std::optional<ApiError> error;
    QString requestId;
    bool done = false;
    auto capture = [&](const auto &r) {
        done = true;
        requestId = r.requestId();
        if (!r.ok()) {
            error = r.error();
        }
    };
    switch (call) {
    case 0:
        client->getSecret(s("e6q1"), this, capture);
        break;
    case 1:
        client->listVersions(s("e6q1"), 0, QString(), this, capture);
        break;
    case 2:
        client->getPayload(s("e6q1"), QString(), this, capture);
        break;
    default:
        client->addVersion(s("e6q1"), AddVersionRequest{}, this, capture);
        break;
    }
    QTRY_VERIFY(done);
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ApiError::Kind::Decode);
    QVERIFY(!error->message.isEmpty());
    QCOMPARE(requestId, s("fake-1"));
    QCOMPARE(m_server->requests().size(), 1); // not retried
}

void TestApiClient::payloadDecoding() {
    auto client = fakeClient();
    m_server->setFallback(FakeHttpServer::Response::json(
        200, QJsonObject{{s("versionId"), s("v6")},
                         {s("entries"), QJsonArray{QJsonObject{{s("key"), s("password")},
                                                               {s("textValue"), QStringLiteral("pässw0rd")}},
                                                   QJsonObject{{s("key"), s("der")}, {s("binaryValue"), s("AAH/")}},
                                                   QJsonObject{{s("key"), s("empty")}}}}}));
    Waiter<std::shared_ptr<SecretPayload>> payload;
    client->getPayload(s("e6q1"), s("v6"), this, payload.callback());
    QTRY_VERIFY(payload.done());
    QVERIFY(payload.result().ok());
    const auto &p = *payload.result().value();
    QCOMPARE(p.versionId(), s("v6"));
    QCOMPARE(p.entries().size(), 3);
    QCOMPARE(p.entries().at(0).key, s("password"));
    QVERIFY(!p.entries().at(0).binary);
    QCOMPARE(p.entries().at(0).value, QStringLiteral("pässw0rd").toUtf8());
    QVERIFY(p.entries().at(1).binary);
    QCOMPARE(p.entries().at(1).value, QByteArray("\x00\x01\xff", 3));
    QVERIFY(p.entries().at(2).value.isEmpty());

    // wipe() zeroes and drops the values, and does not touch a copy someone else holds
    QByteArray shared = p.entries().at(0).value;
    payload.result().value()->wipe();
    QVERIFY(payload.result().value()->entries().isEmpty());
    QCOMPARE(shared, QStringLiteral("pässw0rd").toUtf8());
    QByteArray bytes("secret");
    QByteArray copy = bytes;
    SecretPayload::wipeBytes(bytes);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(copy, QByteArray("secret"));
}

void TestApiClient::crossOriginRedirectNotFollowed() {
    FakeHttpServer other;
    QVERIFY(other.listen());
    other.setFallback(FakeHttpServer::Response::json(200, QJsonObject{{s("id"), s("stolen")}}));
    auto client = fakeClient();
    FakeHttpServer::Response redirect;
    redirect.status = 302;
    redirect.header("Location",
                    QStringLiteral("http://localhost:%1/lockbox/v1/secrets/e6q1").arg(other.port()).toLatin1());
    m_server->setFallback(redirect);
    Waiter<Secret> get;
    client->getSecret(s("e6q1"), this, get.callback());
    QTRY_VERIFY(get.done());
    QTest::qWait(100);
    QVERIFY(!get.result().ok());
    QVERIFY(other.requests().isEmpty()); // the token never went to another origin
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiClient::contextDeletedBeforeSend() {
    // A provider that has to fetch its token: the request waits for it.
    ScriptedProvider provider({s("t1.scripted")});
    auto client = fakeClient(&provider);
    m_server->setFallback(FakeHttpServer::Response::json(200, QJsonObject{{s("id"), s("e6q1")}}));
    auto *context = new QObject;
    Waiter<Secret> get;
    client->getSecret(s("e6q1"), context, get.callback());
    QVERIFY(client->findChildren<QNetworkReply *>().isEmpty());
    delete context;
    QTest::qWait(200);
    QCOMPARE(get.calls(), 0);
    QVERIFY(m_server->requests().isEmpty()); // nobody wants the answer: nothing is sent
}

void TestApiClient::readyTokenSendsAtOnce() {
    // The static token is at hand: the request leaves inside the call, while the caller (a click's
    // handler) is still busy, and the answer still comes later, from the event loop.
    auto client = fakeClient();
    m_server->setFallback(FakeHttpServer::Response::json(200, QJsonObject{{s("id"), s("e6q1")}}));
    QObject context;
    Waiter<Secret> get;
    client->getSecret(s("e6q1"), &context, get.callback());
    QCOMPARE(client->findChildren<QNetworkReply *>().size(), 1);
    QCOMPARE(get.calls(), 0);
    QTRY_COMPARE(get.calls(), 1);
    QVERIFY(get.result().ok());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("Authorization"), QByteArray("Bearer t1.test-token"));

    // A refused static token is never ready: the next call fails through requestToken(), later.
    m_token->invalidate(s("t1.test-token"));
    Waiter<Secret> again;
    client->getSecret(s("e6q1"), &context, again.callback());
    QCOMPARE(again.calls(), 0);
    QTRY_COMPARE(again.calls(), 1);
    QCOMPARE(again.result().error().kind, ApiError::Kind::Auth);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiClient::contextDeletedInFlight_data() {
    QTest::addColumn<bool>("sameEvent");
    QTest::newRow("once the server has the request") << false;
    // The token is ready, so the request is on its way when the call returns.
    QTest::newRow("in the event that made the call") << true;
}

void TestApiClient::contextDeletedInFlight() {
    QFETCH(bool, sameEvent);
    auto client = fakeClient();
    auto attempts = recordAttempts(client.get());
    FakeHttpServer::Response slow = FakeHttpServer::Response::json(200, QJsonObject{{s("id"), s("e6q1")}});
    slow.holdMs = 200;
    m_server->setFallback(slow);
    auto *context = new QObject;
    Waiter<Secret> get;
    client->getSecret(s("e6q1"), context, get.callback());
    if (sameEvent) {
        QCOMPARE(client->findChildren<QNetworkReply *>().size(), 1);
    } else {
        QTRY_COMPARE(m_server->requests().size(), 1);
    }
    delete context;
    // A read nobody waits for is aborted: no answer, no callback, no retry.
    QTRY_COMPARE(attempts->size(), 1);
    QCOMPARE(attempts->first().status, 0);
    QTest::qWait(300);
    QCOMPARE(attempts->size(), 1);
    QCOMPARE(get.calls(), 0);
    if (sameEvent) {
        return;
    }

    // and a client destroyed with a request in flight calls nobody either
    Waiter<Secret> orphan;
    client->getSecret(s("e6q1"), this, orphan.callback());
    QTRY_COMPARE(m_server->requests().size(), 2);
    client.reset();
    QTest::qWait(300);
    QCOMPARE(orphan.calls(), 0);
}

void TestApiClient::transferTimeout() {
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.initialBackoffMs = 5;
    config.transferTimeoutMs = 300;
    config.maxAttempts = 2;
    ApiClient client(config, m_token.get());
    FakeHttpServer::Response slow = FakeHttpServer::Response::json(200, QJsonObject{{s("id"), s("e6q1")}});
    slow.holdMs = 3000;
    m_server->setFallback(slow);
    QElapsedTimer timer;
    timer.start();
    Waiter<Secret> get;
    client.getSecret(s("e6q1"), this, get.callback());
    QTRY_VERIFY_WITH_TIMEOUT(get.done(), 5000);
    QVERIFY(timer.elapsed() < 2500);
    QVERIFY(!get.result().ok());
    QCOMPARE(get.result().error().kind, ApiError::Kind::Timeout);
    QCOMPARE(m_server->requests().size(), 2); // a timeout is retried
}

void TestApiClient::connectionRefused() {
    const ClientConfig config = closedPortConfig();
    QVERIFY(config.baseUrl.port() > 0);
    ApiClient client(config, m_token.get());
    auto attempts = recordAttempts(&client);
    Waiter<Secret> get;
    client.getSecret(s("e6q1"), this, get.callback());
    QTRY_VERIFY(get.done());
    QVERIFY(!get.result().ok());
    QCOMPARE(get.result().error().kind, ApiError::Kind::Network);
    QVERIFY(!get.result().error().message.isEmpty());
    QCOMPARE(attempts->size(), 2);
    QCOMPARE(attempts->at(0).status, 0);
}

// Whether a failed mutation may have been applied: the dialog must then say "unknown", never "not
// added", or the operator adds the same version twice.
void TestApiClient::mutationOutcome_data() {
    using R = FakeHttpServer::Response;
    QTest::addColumn<QList<R>>("queued");
    QTest::addColumn<R>("fallback");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("unknown");
    R notJson;
    notJson.body = "<html>gateway</html>";
    R notAnObject;
    notAnObject.body = "[1]";
    R slow = R::json(200, doneOperation(s("op1"), versionResponse(s("v1"))));
    slow.holdMs = 3000;
    const R rejected = R::json(400, status(3, s("bad key")));
    const R conflict = R::json(409, status(6, s("conflict")));
    const R busy = R::json(503, status(14, s("busy")));
    const QList<R> drops{R::dropped(), R::dropped(), R::dropped()}; // Qt resends twice by itself
    QTest::newRow("accepted, body not JSON") << QList<R>{} << notJson << ApiError::Kind::Decode << true;
    QTest::newRow("accepted, body not an object") << QList<R>{} << notAnObject << ApiError::Kind::Decode << true;
    QTest::newRow("every answer lost") << QList<R>{} << R::dropped() << ApiError::Kind::Network << true;
    QTest::newRow("timed out") << QList<R>{} << slow << ApiError::Kind::Timeout << true;
    QTest::newRow("lost, then 503") << drops << busy << ApiError::Kind::Server << true;
    QTest::newRow("refused") << QList<R>{} << rejected << ApiError::Kind::Server << false;
    QTest::newRow("503 every time") << QList<R>{} << busy << ApiError::Kind::Server << false;
    // A refusal of the request itself settles it (the same body was refused the first time too);
    // a conflict may mean the first attempt was applied.
    QTest::newRow("lost, then 400 invalid") << drops << rejected << ApiError::Kind::Server << false;
    QTest::newRow("lost, then 409") << drops << conflict << ApiError::Kind::Server << true;
    QTest::newRow("lost, then 403") << drops << R::json(403, status(7, s("denied"))) << ApiError::Kind::Server << true;
    // A server error may come after the change was committed; 501 and 503 refuse before doing anything.
    QTest::newRow("500 every time") << QList<R>{} << R::json(500, status(13, s("boom"))) << ApiError::Kind::Server
                                    << true;
    QTest::newRow("502") << QList<R>{} << R::json(502, QJsonObject{}) << ApiError::Kind::Server << true;
    QTest::newRow("504 every time") << QList<R>{} << R::json(504, status(4, s("deadline"))) << ApiError::Kind::Server
                                    << true;
    QTest::newRow("501") << QList<R>{} << R::json(501, status(12, s("no"))) << ApiError::Kind::Server << false;
}

void TestApiClient::mutationOutcome() {
    using R = FakeHttpServer::Response;
    QFETCH(QList<R>, queued);
    QFETCH(R, fallback);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, unknown);
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.initialBackoffMs = 5;
    config.transferTimeoutMs = 300;
    config.maxAttempts = 5; // enough for the queued drops, however many of them Qt resends itself
    ApiClient client(config, m_token.get());
    for (const R &r : std::as_const(queued)) {
        m_server->enqueue(r);
    }
    m_server->setFallback(fallback);
    Waiter<Operation> add;
    client.addVersion(s("e6q1"), AddVersionRequest{}, this, add.callback());
    QTRY_VERIFY_WITH_TIMEOUT(add.done(), 10000);
    QVERIFY(!add.result().ok());
    const ApiError &error = add.result().error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.outcomeUnknown, unknown);
    // What support can look up: the server's request id, or else the last attempt's own id.
    QVERIFY(!m_server->requests().isEmpty());
    if (error.requestId.isEmpty()) {
        QCOMPARE(error.clientRequestId.toLatin1(), m_server->requests().last().header("x-client-request-id"));
    }
}

void TestApiClient::refusedMutationWasNotApplied() {
    const ClientConfig config = closedPortConfig();
    QVERIFY(config.baseUrl.port() > 0);
    ApiClient client(config, m_token.get());
    Waiter<Operation> add;
    client.addVersion(s("e6q1"), AddVersionRequest{}, this, add.callback());
    QTRY_VERIFY(add.done());
    QCOMPARE(add.result().error().kind, ApiError::Kind::Network);
    QVERIFY(!add.result().error().outcomeUnknown); // no connection was ever made
    QVERIFY(!add.result().error().clientRequestId.isEmpty());
}

void TestApiClient::readsHaveNoUnknownOutcome() {
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.initialBackoffMs = 5;
    config.maxAttempts = 2;
    ApiClient client(config, m_token.get());
    FakeHttpServer::Response notJson;
    notJson.body = "<html>gateway</html>";
    m_server->enqueue(FakeHttpServer::Response::dropped());
    m_server->setFallback(notJson);
    Waiter<Secret> get;
    client.getSecret(s("e6q1"), this, get.callback());
    QTRY_VERIFY(get.done());
    QCOMPARE(get.result().error().kind, ApiError::Kind::Decode);
    QVERIFY(!get.result().error().outcomeUnknown);
}

void TestApiClient::givenIdempotencyKeyIsSent() {
    auto client = fakeClient();
    m_server->setFallback(FakeHttpServer::Response::json(200, doneOperation(s("op1"), versionResponse(s("v1")))));
    AddVersionRequest request;
    request.idempotencyKey = s("0f6b1c52-3d3e-4c1a-9a57-5a1f4f1e2b3c");
    Waiter<Operation> first;
    Waiter<Operation> second;
    client->addVersion(s("e6q1"), request, this, first.callback());
    client->addVersion(s("e6q1"), request, this, second.callback());
    QTRY_VERIFY(first.done() && second.done());
    QCOMPARE(m_server->requests().size(), 2);
    for (const auto &r : m_server->requests()) {
        QCOMPARE(r.header("idempotency-key"), request.idempotencyKey.toLatin1());
    }
}

void TestApiClient::explicitProxy() {
    // The scripted server plays the HTTP proxy: it must see an absolute-form request for the real host.
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://lockbox.example.invalid"));
    config.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_server->port());
    config.maxAttempts = 1;
    ApiClient client(config, m_token.get());
    m_server->setFallback(FakeHttpServer::Response::json(200, QJsonObject{{s("id"), s("e6q1")}}));
    Waiter<Secret> get;
    client.getSecret(s("e6q1"), this, get.callback());
    QTRY_VERIFY(get.done());
    QVERIFY(get.result().ok());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().target, QByteArray("http://lockbox.example.invalid/lockbox/v1/secrets/e6q1"));
}

// --- emulator -----------------------------------------------------------------------------------------

void TestApiClient::getSecret() {
    auto client = emulatorClient();
    QVERIFY(client);
    Waiter<Secret> get;
    client->getSecret(s(kPostgres), this, get.callback());
    QTRY_VERIFY(get.done());
    QVERIFY2(get.result().ok(), why(get.result()).constData());
    const Secret &secret = get.result().value();
    QCOMPARE(secret.id, s(kPostgres));
    QCOMPARE(secret.name, s("postgres-main"));
    QCOMPARE(secret.folderId, s(kFolder));
    QCOMPARE(secret.status, Secret::Status::Active);
    QVERIFY(secret.currentVersion.has_value());
    QCOMPARE(secret.currentVersion->id, s("e6qv0pgmain000000006"));
    QCOMPARE(secret.currentVersion->payloadEntryKeys, (QStringList{s("host"), s("port"), s("user"), s("password")}));
    QVERIFY(!get.result().requestId().isEmpty());
}

void TestApiClient::notFound() {
    auto client = emulatorClient();
    QVERIFY(client);
    Waiter<Secret> get;
    client->getSecret(s("e6qnosuchsecret00001"), this, get.callback());
    QTRY_VERIFY(get.done());
    QVERIFY(!get.result().ok());
    const ApiError &e = get.result().error();
    QCOMPARE(e.kind, ApiError::Kind::Server);
    QCOMPARE(e.code, RpcCode::NotFound);
    QCOMPARE(e.httpStatus, 404);
    QVERIFY(!e.message.isEmpty());
    QVERIFY(!e.requestId.isEmpty());
    QVERIFY(!get.result().requestId().isEmpty());
    QCOMPARE(m_emu->requestCount(), qint64(1)); // a 404 is final
}

void TestApiClient::listVersionsPages() {
    auto client = emulatorClient();
    QVERIFY(client);
    Waiter<Page<Version>> first;
    client->listVersions(s(kPostgres), 4, QString(), this, first.callback());
    QTRY_VERIFY(first.done());
    QVERIFY2(first.result().ok(), why(first.result()).constData());
    QStringList ids;
    for (const auto &v : first.result().value().items) {
        ids << v.id;
        QCOMPARE(v.secretId, s(kPostgres));
    }
    QCOMPARE(ids, (QStringList{s("e6qv0pgmain000000006"), s("e6qv0pgmain000000005"), s("e6qv0pgmain000000004"),
                               s("e6qv0pgmain000000003")}));
    QVERIFY(!first.result().value().nextPageToken.isEmpty());
    QCOMPARE(first.result().value().items.at(3).payloadEntryKeys,
             (QStringList{s("host"), s("port"), s("user"), s("password"), s("sslmode")}));

    Waiter<Page<Version>> second;
    client->listVersions(s(kPostgres), 4, first.result().value().nextPageToken, this, second.callback());
    QTRY_VERIFY(second.done());
    QVERIFY(second.result().ok());
    ids.clear();
    for (const auto &v : second.result().value().items) {
        ids << v.id;
    }
    QCOMPARE(ids, (QStringList{s("e6qv0pgmain000000002"), s("e6qv0pgmain000000001")}));
    QVERIFY(second.result().value().nextPageToken.isEmpty());
}

void TestApiClient::listSecretsPages() {
    auto client = emulatorClient();
    QVERIFY(client);
    QStringList ids;
    QString token;
    int pages = 0;
    do {
        Waiter<Page<Secret>> page;
        client->listSecrets(s(kFolder), 2, token, this, page.callback());
        QTRY_VERIFY(page.done());
        QVERIFY2(page.result().ok(), why(page.result()).constData());
        QVERIFY(page.result().value().items.size() <= 2);
        for (const auto &secret : page.result().value().items) {
            QCOMPARE(secret.folderId, s(kFolder));
            ids << secret.id;
        }
        token = page.result().value().nextPageToken;
        ++pages;
    } while (!token.isEmpty() && pages < 100);
    QVERIFY(pages > 1);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // no duplicates across pages
    for (const char *id : {kPostgres, "e6qdemo0history00001", "e6qdemo0generated001"}) {
        QVERIFY2(ids.contains(s(id)), id);
    }
}

void TestApiClient::payloads() {
    auto client = emulatorClient();
    QVERIFY(client);
    Waiter<std::shared_ptr<SecretPayload>> current;
    client->getPayload(s(kPostgres), QString(), this, current.callback());
    QTRY_VERIFY(current.done());
    QVERIFY2(current.result().ok(), why(current.result()).constData());
    QCOMPARE(current.result().value()->versionId(), s("e6qv0pgmain000000006"));
    QStringList keys;
    for (const auto &e : current.result().value()->entries()) {
        keys << e.key;
    }
    QCOMPARE(keys, (QStringList{s("host"), s("port"), s("user"), s("password")}));

    Waiter<std::shared_ptr<SecretPayload>> old;
    client->getPayload(s(kPostgres), s("e6qv0pgmain000000003"), this, old.callback());
    QTRY_VERIFY(old.done());
    QVERIFY(old.result().ok());
    QCOMPARE(old.result().value()->versionId(), s("e6qv0pgmain000000003"));
    keys.clear();
    for (const auto &e : old.result().value()->entries()) {
        keys << e.key;
    }
    QVERIFY(keys.contains(s("sslmode")));

    Waiter<std::shared_ptr<SecretPayload>> generated;
    client->getPayload(s("e6qdemo0generated001"), QString(), this, generated.callback());
    QTRY_VERIFY(generated.done());
    QVERIFY(generated.result().ok());
    QCOMPARE(generated.result().value()->entries().size(), 1);
    QCOMPARE(generated.result().value()->entries().first().key, s("password"));
    QCOMPARE(generated.result().value()->entries().first().value.size(), 32);
}

void TestApiClient::cloudsAndFolders() {
    auto client = emulatorClient();
    QVERIFY(client);
    Waiter<Page<Cloud>> clouds;
    client->listClouds(0, QString(), this, clouds.callback());
    QTRY_VERIFY(clouds.done());
    QVERIFY2(clouds.result().ok(), why(clouds.result()).constData());
    QMap<QString, QString> names;
    for (const auto &c : clouds.result().value().items) {
        names.insert(c.id, c.name);
    }
    QCOMPARE(names.value(s("b1gdemo0cloud0prod01")), s("production"));
    QCOMPARE(names.value(s("b1gdemo0cloud0stage1")), s("staging"));

    Waiter<Page<Folder>> folders;
    client->listFolders(s("b1gdemo0cloud0prod01"), 0, QString(), this, folders.callback());
    QTRY_VERIFY(folders.done());
    QVERIFY(folders.result().ok());
    bool backend = false;
    for (const auto &f : folders.result().value().items) {
        QCOMPARE(f.cloudId, s("b1gdemo0cloud0prod01"));
        backend = backend || (f.id == s(kFolder) && f.name == s("backend"));
    }
    QVERIFY(backend);
}

void TestApiClient::addVersionSurvivesDroppedConnection() {
    auto client = emulatorClient();
    QVERIFY(client);
    const int before = m_emu->store()->versionCount(s(kPostgres));
    emulator::FaultInjector::Rule drop;
    drop.kind = emulator::FaultInjector::Kind::Drop;
    drop.method = s("POST");
    drop.pathGlob = s("*:addVersion");
    drop.remaining = 1;
    m_emu->faults()->addRule(drop);

    AddVersionRequest request;
    request.description = s("rotated by test");
    PayloadEntryChange change;
    change.key = s("password");
    change.textValue = s("rotated-secret-value");
    request.payloadEntries << change;
    Waiter<Operation> add;
    client->addVersion(s(kPostgres), request, this, add.callback());
    QTRY_VERIFY_WITH_TIMEOUT(add.done(), 10000);
    QVERIFY2(add.result().ok(), why(add.result()).constData());
    QCOMPARE(m_emu->requestCount(), qint64(2)); // the dropped attempt and its retry
    // The server applied the first attempt; the retry with the same key got that operation back.
    QCOMPARE(m_emu->store()->versionCount(s(kPostgres)), before + 1);
    const Operation &op = add.result().value();
    QVERIFY(op.done);
    const auto version = op.responseVersion();
    QVERIFY(version.has_value());
    QCOMPARE(version->description, s("rotated by test"));
    QCOMPARE(version->payloadEntryKeys, (QStringList{s("host"), s("port"), s("user"), s("password")}));

    Waiter<std::shared_ptr<SecretPayload>> payload;
    client->getPayload(s(kPostgres), version->id, this, payload.callback());
    QTRY_VERIFY(payload.done());
    QVERIFY(payload.result().ok());
    bool found = false;
    for (const auto &e : payload.result().value()->entries()) {
        if (e.key == s("password")) {
            found = e.value == QByteArray("rotated-secret-value");
        }
    }
    QVERIFY(found);

    Waiter<Secret> secret;
    client->getSecret(s(kPostgres), this, secret.callback());
    QTRY_VERIFY(secret.done());
    QCOMPARE(secret.result().value().currentVersion->id, version->id);
}

void TestApiClient::addVersionRetriedAfter503() {
    auto client = emulatorClient();
    QVERIFY(client);
    const int before = m_emu->store()->versionCount(s(kPostgres));
    emulator::FaultInjector::Rule unavailable;
    unavailable.kind = emulator::FaultInjector::Kind::Status503;
    unavailable.pathGlob = s("*:addVersion");
    unavailable.remaining = 2;
    m_emu->faults()->addRule(unavailable);
    auto attempts = recordAttempts(client.get());
    Waiter<Operation> add;
    client->addVersion(s(kPostgres), AddVersionRequest{}, this, add.callback());
    QTRY_VERIFY_WITH_TIMEOUT(add.done(), 10000);
    QVERIFY2(add.result().ok(), why(add.result()).constData());
    QCOMPARE(attempts->size(), 3);
    QCOMPARE(attempts->at(0).status, 503);
    QCOMPARE(attempts->at(2).status, 200);
    QCOMPARE(m_emu->store()->versionCount(s(kPostgres)), before + 1);
}

void TestApiClient::scheduleAndCancelDestruction() {
    auto client = emulatorClient();
    QVERIFY(client);
    const QString version = s("e6qv0pgmain000000003");
    Waiter<Operation> schedule;
    client->scheduleVersionDestruction(s(kPostgres), version, 3600LL * 1000, this, schedule.callback());
    QTRY_VERIFY(schedule.done());
    QVERIFY2(schedule.result().ok(), why(schedule.result()).constData());
    auto scheduled = schedule.result().value().responseVersion();
    QVERIFY(scheduled.has_value());
    QCOMPARE(scheduled->id, version);
    QCOMPARE(scheduled->status, Version::Status::ScheduledForDestruction);
    const qint64 inMs = m_emu->store()->now().msecsTo(scheduled->destroyAt);
    QVERIFY2(inMs > 3590 * 1000 && inMs <= 3600 * 1000, qPrintable(QString::number(inMs)));

    Waiter<Operation> cancel;
    client->cancelVersionDestruction(s(kPostgres), version, this, cancel.callback());
    QTRY_VERIFY(cancel.done());
    QVERIFY2(cancel.result().ok(), why(cancel.result()).constData());
    const auto restored = cancel.result().value().responseVersion();
    QVERIFY(restored.has_value());
    QCOMPARE(restored->status, Version::Status::Active);
    QVERIFY(!restored->destroyAt.isValid());

    // no period: the server's default of 7 days
    Waiter<Operation> byDefault;
    client->scheduleVersionDestruction(s(kPostgres), version, std::nullopt, this, byDefault.callback());
    QTRY_VERIFY(byDefault.done());
    QVERIFY(byDefault.result().ok());
    const auto week = byDefault.result().value().responseVersion();
    QVERIFY(week.has_value());
    const qint64 weekMs = m_emu->store()->now().msecsTo(week->destroyAt);
    QVERIFY2(qAbs(weekMs - 7LL * 24 * 3600 * 1000) < 10000, qPrintable(QString::number(weekMs)));
}

void TestApiClient::setCurrentVersion() {
    auto client = emulatorClient();
    QVERIFY(client);
    Waiter<Operation> set;
    client->setCurrentVersion(s(kPostgres), s("e6qv0pgmain000000003"), this, set.callback());
    QTRY_VERIFY(set.done());
    QVERIFY2(set.result().ok(), why(set.result()).constData());
    Waiter<Secret> get;
    client->getSecret(s(kPostgres), this, get.callback());
    QTRY_VERIFY(get.done());
    QCOMPARE(get.result().value().currentVersion->id, s("e6qv0pgmain000000003"));
}

void TestApiClient::emulatorTransientFaults() {
    auto client = emulatorClient();
    QVERIFY(client);
    for (auto kind : {emulator::FaultInjector::Kind::Status500, emulator::FaultInjector::Kind::Status429}) {
        emulator::FaultInjector::Rule rule;
        rule.kind = kind;
        rule.method = s("GET");
        rule.pathGlob = s("/lockbox/v1/secrets/*/versions");
        rule.remaining = 1;
        rule.retryAfterSeconds = 0;
        m_emu->faults()->addRule(rule);
    }
    auto attempts = recordAttempts(client.get());
    Waiter<Page<Version>> list;
    client->listVersions(s(kPostgres), 0, QString(), this, list.callback());
    QTRY_VERIFY_WITH_TIMEOUT(list.done(), 10000);
    QVERIFY2(list.result().ok(), why(list.result()).constData());
    QCOMPARE(list.result().value().items.size(), 6);
    QCOMPARE(attempts->size(), 3);
    QCOMPARE(attempts->at(0).status, 500);
    QCOMPARE(attempts->at(1).status, 429);
    QCOMPARE(attempts->at(2).status, 200);
}

void TestApiClient::emulatorMalformedBody() {
    auto client = emulatorClient();
    QVERIFY(client);
    emulator::FaultInjector::Rule rule;
    rule.kind = emulator::FaultInjector::Kind::Malformed;
    rule.remaining = 0; // always
    m_emu->faults()->addRule(rule);
    Waiter<Secret> get;
    client->getSecret(s(kPostgres), this, get.callback());
    QTRY_VERIFY(get.done());
    QVERIFY(!get.result().ok());
    QCOMPARE(get.result().error().kind, ApiError::Kind::Decode);
    Waiter<std::shared_ptr<SecretPayload>> payload;
    client->getPayload(s(kPostgres), QString(), this, payload.callback());
    QTRY_VERIFY(payload.done());
    QVERIFY(!payload.result().ok());
    QCOMPARE(payload.result().error().kind, ApiError::Kind::Decode);
    QCOMPARE(m_emu->requestCount(), qint64(2)); // a body that cannot be read is not retried
}

void TestApiClient::emulatorTruncatedBody() {
    auto client = emulatorClient();
    QVERIFY(client);
    // The emulator announces the full length and closes after half of the body.
    emulator::FaultInjector::Rule rule;
    rule.kind = emulator::FaultInjector::Kind::Truncate;
    rule.remaining = 1;
    m_emu->faults()->addRule(rule);
    Waiter<Page<Version>> once;
    client->listVersions(s("e6qdemo0history00001"), 100, QString(), this, once.callback());
    QTRY_VERIFY_WITH_TIMEOUT(once.done(), 10000);
    QVERIFY2(once.result().ok(), why(once.result()).constData()); // asked again, got all of it
    QCOMPARE(once.result().value().items.size(), 100);
    QCOMPARE(m_emu->requestCount(), qint64(2));

    m_emu->resetRequestCount();
    rule.remaining = 0; // always
    m_emu->faults()->addRule(rule);
    Waiter<Page<Version>> always;
    client->listVersions(s("e6qdemo0history00001"), 100, QString(), this, always.callback());
    QTRY_VERIFY_WITH_TIMEOUT(always.done(), 10000);
    QVERIFY(!always.result().ok());
    QCOMPARE(always.result().error().kind, ApiError::Kind::Decode);
    QCOMPARE(m_emu->requestCount(), qint64(client->config().maxAttempts));
}

void TestApiClient::emulatorRejectsToken() {
    if (!m_emu) {
        m_emu = lockbox::test::startEmulator();
    }
    QVERIFY(m_emu);
    StaticTokenProvider wrong(QStringLiteral("t1.not-a-valid-token"));
    ApiClient client(lockbox::test::clientConfigFor(*m_emu), &wrong);
    Waiter<Secret> get;
    client.getSecret(s(kPostgres), this, get.callback());
    QTRY_VERIFY(get.done());
    QVERIFY(!get.result().ok());
    QCOMPARE(get.result().error().kind, ApiError::Kind::Auth);
    QCOMPARE(m_emu->requestCount(), qint64(1));
}

void TestApiClient::untrustedCertificate() {
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        QSKIP("openssl is needed to make a test certificate");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess p;
    p.start(openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("basicConstraints=critical,CA:TRUE")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);

    emulator::EmulatorOptions options;
    options.tlsCertificateFile = cert;
    options.tlsKeyFile = key;
    m_emu = lockbox::test::startEmulator(options);
    QVERIFY(m_emu);
    QVERIFY(m_emu->isTls());

    ClientConfig config = lockbox::test::clientConfigFor(*m_emu);
    QCOMPARE(config.baseUrl.scheme(), s("https"));
    {
        ApiClient client(config, m_adminToken.get());
        Waiter<Secret> get;
        client.getSecret(s(kPostgres), this, get.callback());
        QTRY_VERIFY_WITH_TIMEOUT(get.done(), 10000);
        QVERIFY(!get.result().ok());
        QCOMPARE(get.result().error().kind, ApiError::Kind::Tls);
        QVERIFY2(get.result().error().message.contains(s("CA")), qPrintable(get.result().error().message));
        QCOMPARE(m_emu->requestCount(), qint64(0)); // nothing was sent over the untrusted connection
    }
    QFile file(cert);
    QVERIFY(file.open(QIODevice::ReadOnly));
    config.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    QCOMPARE(config.extraCaCertificates.size(), 1);
    ApiClient trusting(config, m_adminToken.get());
    Waiter<Secret> get;
    trusting.getSecret(s(kPostgres), this, get.callback());
    QTRY_VERIFY_WITH_TIMEOUT(get.done(), 10000);
    QVERIFY2(get.result().ok(), why(get.result()).constData());
    QCOMPARE(get.result().value().name, s("postgres-main"));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
