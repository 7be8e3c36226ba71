// Conformance of the Lockbox emulator with the API reference (../shared/lockbox-api.md and the seed
// method documents), checked over real loopback HTTP with a plain QNetworkAccessManager: paths and
// verbs, the JSON mapping, validation limits, paging, AddVersion merging, destruction, auth, faults
// and persisted state. Each test function covers one point and starts a fresh emulator.
#include "Emulator.h"
#include "EmulatorStore.h"
#include "FaultInjector.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using lockbox::emulator::Emulator;
using lockbox::emulator::EmulatorOptions;
using lockbox::emulator::FaultInjector;

namespace {

// Demo seed ids (resources/make-demo-seed.py).
const QString kCloud = u"b1gdemo0cloud0prod01"_s;
const QString kStageCloud = u"b1gdemo0cloud0stage1"_s;
const QString kFolder = u"b1gdemo0folder0back1"_s;
const QString kPostgres = u"e6qdemo0postgres0001"_s;  // v1 DESTROYED, v2 SCHEDULED, v3..v6 ACTIVE, v6 current
const QString kHistory = u"e6qdemo0history00001"_s;   // 1,000 versions, 150 DESTROYED, 30 SCHEDULED
const QString kGenerated = u"e6qdemo0generated001"_s; // password spec, length 32, excluded "'`\ punctuation
const QString kTls = u"e6qdemo0tlscert00001"_s;       // binary entries + one text entry
const QString kInactive = u"e6qdemo0inactive0001"_s;  // INACTIVE
const QString kProtected = u"e6qdemo0protected001"_s; // deletionProtection
const QString kSmtp = u"e6qdemo0000000000100"_s;      // one version: username, password
const QString kOAuthToken = u"y0_demo-oauth-token"_s;
const QString kAudience = u"https://iam.api.cloud.yandex.net/iam/v1/tokens"_s;
const QString kLockboxType = u"type.googleapis.com/yandex.cloud.lockbox.v1."_s;

QString pgVersion(int n) {
    return u"e6qv0pgmain%1"_s.arg(n, 9, 10, QLatin1Char('0'));
}
QString historyVersion(int n) {
    return u"e6qvhist%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

QByteArray adminToken() {
    return QByteArray(lockbox::test::kAdminToken);
}

// One finished HTTP exchange.
struct Http {
    int status = 0; // 0: no HTTP response (transport error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QJsonObject json;
    bool isJson = false;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return h.second;
            }
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        return false;
    }
    QString describe() const {
        return u"HTTP %1, network error %2 (%3), body: %4"_s.arg(status)
            .arg(static_cast<int>(error))
            .arg(errorString, QString::fromUtf8(body.left(600)));
    }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// A small synchronous-looking client over QNetworkAccessManager: start a request, spin the event loop
// until finished (QSignalSpy), return status, headers and parsed JSON.
class Client {
public:
    explicit Client(QUrl base) : m_base(std::move(base)) {}

    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                         const QByteArray &token = adminToken(), const Headers &headers = {},
                         int transferTimeoutMs = 0) {
        QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
        if (!token.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + token);
        }
        for (const auto &h : headers) {
            request.setRawHeader(h.first, h.second);
        }
        if (transferTimeoutMs > 0) {
            request.setTransferTimeout(transferTimeoutMs);
        }
        if (method == "GET") {
            return m_nam.get(request);
        }
        if (method == "DELETE") {
            return m_nam.deleteResource(request);
        }
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return m_nam.sendCustomRequest(request, method, body);
    }

    static Http finish(QNetworkReply *reply, int waitMs = 60000) {
        Http r;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            if (!spy.wait(waitMs) && !reply->isFinished()) {
                r.timedOut = true;
                reply->abort();
            }
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.errorString = reply->errorString();
        r.body = reply->isOpen() ? reply->readAll() : QByteArray();
        r.headers = reply->rawHeaderPairs();
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
        r.isJson = pe.error == QJsonParseError::NoError && doc.isObject();
        r.json = doc.object();
        reply->deleteLater();
        return r;
    }

    Http call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
              const QByteArray &token = adminToken(), const Headers &headers = {}) {
        return finish(start(method, pathAndQuery, body, token, headers));
    }
    Http get(const QString &pathAndQuery, const QByteArray &token = adminToken(), const Headers &headers = {}) {
        return call("GET", pathAndQuery, {}, token, headers);
    }
    Http post(const QString &path, const QJsonObject &body, const QByteArray &token = adminToken(),
              const Headers &headers = {}) {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, headers);
    }
    Http patch(const QString &path, const QJsonObject &body, const QByteArray &token = adminToken()) {
        return call("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    Http del(const QString &path, const QByteArray &token = adminToken()) { return call("DELETE", path, {}, token); }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

bool isRfc3339(const QString &s) {
    static const QRegularExpression re(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"_s);
    return re.match(s).hasMatch();
}

QDateTime parseTime(const QJsonValue &v) {
    // RFC 3339 with up to 9 fractional digits; milliseconds kept.
    static const QRegularExpression re(u"^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?Z$"_s);
    const auto m = re.match(v.toString());
    if (!m.hasMatch()) {
        return {};
    }
    const int ms = m.capturedLength(7) > 0 ? QString(m.captured(7) + u"00"_s).left(3).toInt() : 0;
    return QDateTime(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()),
                     QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms), QTimeZone::utc());
}

// lowerCamelCase keys everywhere ("@type" aside), enums as strings, timestamps as RFC 3339. Map-typed
// fields (labels, GetEx entries) hold user keys and are not descended into.
void collectJsonProblems(const QJsonValue &v, const QString &path, QStringList *problems) {
    static const QRegularExpression camel(u"^[a-z][a-zA-Z0-9]*$"_s);
    static const QSet<QString> statuses{
        u"ACTIVE"_s,    u"INACTIVE"_s, u"CREATING"_s,        u"SCHEDULED_FOR_DESTRUCTION"_s,
        u"DESTROYED"_s, u"DELETING"_s, u"PENDING_DELETION"_s};
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            collectJsonProblems(a[i], path + u"[%1]"_s.arg(i), problems);
        }
        return;
    }
    if (!v.isObject()) {
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QString p = path + u"."_s + key;
        if (key != u"@type"_s && !camel.match(key).hasMatch()) {
            problems->append(u"%1: key is not lowerCamelCase"_s.arg(p));
        }
        if (key.endsWith(u"At"_s) && !(it.value().isString() && isRfc3339(it.value().toString()))) {
            problems->append(u"%1: not an RFC 3339 timestamp string"_s.arg(p));
        }
        if (key == u"status"_s && !(it.value().isString() && statuses.contains(it.value().toString()))) {
            problems->append(u"%1: enum is not a known string"_s.arg(p));
        }
        if (key == u"labels"_s || (key == u"entries"_s && it.value().isObject())) {
            continue;
        }
        collectJsonProblems(it.value(), p, problems);
    }
}

QStringList sortedKeys(const QJsonObject &o) {
    QStringList k = o.keys();
    k.sort();
    return k;
}

QJsonObject entryText(const QString &key, const QString &value) {
    return {{u"key"_s, key}, {u"textValue"_s, value}};
}
QJsonObject entryBinary(const QString &key, const QByteArray &value) {
    return {{u"key"_s, key}, {u"binaryValue"_s, QString::fromLatin1(value.toBase64())}};
}
QJsonObject entryRemove(const QString &key) {
    return {{u"key"_s, key}};
}

// RSA key pair for service-account JWTs.
struct RsaKey {
    EVP_PKEY *pkey = nullptr;
    RsaKey() { pkey = EVP_RSA_gen(2048); }
    ~RsaKey() { EVP_PKEY_free(pkey); }
    Q_DISABLE_COPY_MOVE(RsaKey)
    QByteArray publicPem() const {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PUBKEY(bio, pkey);
        char *data = nullptr;
        const long n = BIO_get_mem_data(bio, &data);
        QByteArray pem(data, static_cast<qsizetype>(n));
        BIO_free(bio);
        return pem;
    }
    // RSA-PSS, SHA-256, salt length 32.
    QByteArray signPs256(const QByteArray &input) const {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_PKEY_CTX *pctx = nullptr;
        QByteArray sig;
        size_t len = 0;
        if (EVP_DigestSignInit(ctx, &pctx, EVP_sha256(), nullptr, pkey) == 1 &&
            EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1 &&
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 32) == 1 &&
            EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(input.constData()),
                           static_cast<size_t>(input.size())) == 1) {
            sig.resize(static_cast<qsizetype>(len));
            if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                               reinterpret_cast<const unsigned char *>(input.constData()),
                               static_cast<size_t>(input.size())) == 1) {
                sig.resize(static_cast<qsizetype>(len));
            } else {
                sig.clear();
            }
        }
        EVP_MD_CTX_free(ctx);
        return sig;
    }
};

QByteArray b64url(const QByteArray &data) {
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeJwt(const RsaKey &key, const QString &keyId, const QString &issuer, const QString &audience, qint64 iat,
                   qint64 exp) {
    const QJsonObject header{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"PS256"_s}, {u"kid"_s, keyId}};
    const QJsonObject claims{{u"iss"_s, issuer}, {u"aud"_s, audience}, {u"iat"_s, iat}, {u"exp"_s, exp}};
    const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + b64url(key.signPs256(input));
}

} // namespace

// The request expression is evaluated once (QVERIFY2 evaluates its message eagerly).
#define CHECK_STATUS(r, expected)                                                                                      \
    do {                                                                                                               \
        const Http &checked_ = (r);                                                                                    \
        QVERIFY2(checked_.status == (expected),                                                                        \
                 qPrintable(u"expected HTTP %1; got %2"_s.arg(expected).arg(checked_.describe())));                    \
    } while (false)

// A google.rpc.Status error: HTTP status, gRPC code, message, RequestInfo detail = x-request-id.
#define CHECK_RPC_ERROR(r, http, rpc)                                                                                  \
    do {                                                                                                               \
        checkRpcError((r), (http), (rpc), __LINE__);                                                                   \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

#define RETURN_IF_FAILED()                                                                                             \
    do {                                                                                                               \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

static void checkRpcError(const Http &r, int http, int rpc, int line = 0) {
    QVERIFY2(r.status == http,
             qPrintable(u"(checked at line %1) expected HTTP %2; got %3"_s.arg(line).arg(http).arg(r.describe())));
    QVERIFY2(r.isJson, qPrintable(u"error body is not a JSON object: "_s + r.describe()));
    QVERIFY2(r.json.value(u"code"_s).isDouble(), qPrintable(r.describe()));
    QVERIFY2(r.json.value(u"code"_s).toInt() == rpc,
             qPrintable(u"(checked at line %1) expected gRPC code %2; got %3"_s.arg(line).arg(rpc).arg(r.describe())));
    QVERIFY2(r.json.value(u"message"_s).isString() && !r.json.value(u"message"_s).toString().isEmpty(),
             qPrintable(r.describe()));
    const QJsonArray details = r.json.value(u"details"_s).toArray();
    QString requestId;
    for (const auto &d : details) {
        const QJsonObject o = d.toObject();
        if (o.value(u"@type"_s).toString() == u"type.googleapis.com/google.rpc.RequestInfo"_s) {
            requestId = o.value(u"requestId"_s).toString();
        }
    }
    QVERIFY2(!requestId.isEmpty(), qPrintable(u"no RequestInfo detail: "_s + r.describe()));
    QCOMPARE(requestId, QString::fromLatin1(r.header("x-request-id")));
}

// The Operation message exactly: {id, description, createdAt, createdBy, modifiedAt, done, metadata,
// response|error}; "@type" on metadata and response.
static void checkOperation(const QJsonObject &op, const QString &metadataType, const QString &responseType,
                           bool expectDone = true) {
    QStringList expected{u"createdAt"_s, u"createdBy"_s, u"description"_s, u"done"_s,
                         u"id"_s,        u"metadata"_s,  u"modifiedAt"_s};
    if (expectDone) {
        expected.append(u"response"_s);
    }
    expected.sort();
    QCOMPARE(sortedKeys(op), expected);
    QVERIFY(op.value(u"id"_s).isString() && !op.value(u"id"_s).toString().isEmpty());
    const QString description = op.value(u"description"_s).toString();
    QVERIFY(!description.isEmpty() && description.size() <= 256);
    QVERIFY(isRfc3339(op.value(u"createdAt"_s).toString()));
    QVERIFY(isRfc3339(op.value(u"modifiedAt"_s).toString()));
    QVERIFY(!op.value(u"createdBy"_s).toString().isEmpty());
    QVERIFY(op.value(u"done"_s).isBool());
    QCOMPARE(op.value(u"done"_s).toBool(), expectDone);
    QCOMPARE(op.value(u"metadata"_s).toObject().value(u"@type"_s).toString(), metadataType);
    if (expectDone) {
        QCOMPARE(op.value(u"response"_s).toObject().value(u"@type"_s).toString(), responseType);
    }
}

#define CHECK_OPERATION(r, metadataType, responseType)                                                                 \
    do {                                                                                                               \
        const Http &op_ = (r);                                                                                         \
        CHECK_STATUS(op_, 200);                                                                                        \
        checkOperation(op_.json, (metadataType), (responseType));                                                      \
        RETURN_IF_FAILED();                                                                                            \
    } while (false)

class TestEmulatorConformance : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Emulator> m_emu;
    std::unique_ptr<Client> m_client;

    Client &c() { return *m_client; }
    void restart(const EmulatorOptions &options = {}) {
        m_client.reset();
        m_emu.reset();
        m_emu = lockbox::test::startEmulator(options);
        if (m_emu) {
            m_client = std::make_unique<Client>(m_emu->baseUrl());
        }
    }

    Http addVersion(const QString &secretId, const QJsonArray &entries, const QString &base = {},
                    const Headers &headers = {}, const QByteArray &token = adminToken()) {
        QJsonObject body{{u"payloadEntries"_s, entries}};
        if (!base.isEmpty()) {
            body.insert(u"baseVersionId"_s, base);
        }
        return c().post(u"/lockbox/v1/secrets/%1:addVersion"_s.arg(secretId), body, token, headers);
    }
    // The new version id, or empty when AddVersion failed.
    QString addVersionId(const QString &secretId, const QJsonArray &entries, const QString &base = {}) {
        const Http r = addVersion(secretId, entries, base);
        if (r.status != 200) {
            qWarning("addVersion failed: %s", qPrintable(r.describe()));
            return {};
        }
        return r.json.value(u"metadata"_s).toObject().value(u"versionId"_s).toString();
    }
    // Payload entries in order as (key, textValue or "b64:" + binaryValue); nullopt on failure.
    std::optional<QList<std::pair<QString, QString>>> payload(const QString &secretId, const QString &versionId = {},
                                                              const QByteArray &token = adminToken()) {
        const Http r = c().get(u"/lockbox/v1/secrets/%1/payload%2"_s.arg(
                                   secretId, versionId.isEmpty() ? QString() : u"?versionId="_s + versionId),
                               token);
        if (r.status != 200) {
            qWarning("payload failed: %s", qPrintable(r.describe()));
            return std::nullopt;
        }
        QList<std::pair<QString, QString>> out;
        for (const auto &e : r.json.value(u"entries"_s).toArray()) {
            const QJsonObject o = e.toObject();
            out.append({o.value(u"key"_s).toString(), o.contains(u"binaryValue"_s)
                                                          ? u"b64:"_s + o.value(u"binaryValue"_s).toString()
                                                          : o.value(u"textValue"_s).toString()});
        }
        return out;
    }
    QString payloadValue(const QString &secretId, const QString &versionId, const QString &key) {
        const auto p = payload(secretId, versionId);
        if (p) {
            for (const auto &e : *p) {
                if (e.first == key) {
                    return e.second;
                }
            }
        }
        return {};
    }
    QJsonObject getSecret(const QString &secretId) {
        const Http r = c().get(u"/lockbox/v1/secrets/"_s + secretId);
        return r.status == 200 ? r.json : QJsonObject();
    }
    QJsonObject findVersion(const QString &secretId, const QString &versionId) {
        QString token;
        do {
            const Http r = c().get(u"/lockbox/v1/secrets/%1/versions?pageSize=1000%2"_s.arg(
                secretId, token.isEmpty() ? QString() : u"&pageToken="_s + token));
            if (r.status != 200) {
                return {};
            }
            for (const auto &v : r.json.value(u"versions"_s).toArray()) {
                if (v.toObject().value(u"id"_s).toString() == versionId) {
                    return v.toObject();
                }
            }
            token = r.json.value(u"nextPageToken"_s).toString();
        } while (!token.isEmpty());
        return {};
    }
    // Walks every page; between(pageIndex) runs after each page. Empty list + *ok=false on an error.
    QStringList walkVersions(const QString &secretId, int pageSize, bool *ok,
                             const std::function<void(int)> &between = {}) {
        QStringList ids;
        QString token;
        int page = 0;
        *ok = true;
        do {
            QString path = u"/lockbox/v1/secrets/%1/versions?pageSize=%2"_s.arg(secretId).arg(pageSize);
            if (!token.isEmpty()) {
                path += u"&pageToken="_s + QString::fromLatin1(QUrl::toPercentEncoding(token));
            }
            const Http r = c().get(path);
            if (r.status != 200) {
                qWarning("listVersions failed: %s", qPrintable(r.describe()));
                *ok = false;
                return {};
            }
            const QJsonArray versions = r.json.value(u"versions"_s).toArray();
            if (versions.size() > pageSize) {
                qWarning("page of %d versions for pageSize %d", int(versions.size()), pageSize);
                *ok = false;
                return {};
            }
            for (const auto &v : versions) {
                ids.append(v.toObject().value(u"id"_s).toString());
            }
            token = r.json.value(u"nextPageToken"_s).toString();
            if (between) {
                between(page);
            }
            ++page;
            if (page > 5000) {
                *ok = false;
                return {};
            }
        } while (!token.isEmpty());
        return ids;
    }
    QString iamTokenFromOAuth() {
        const Http r = c().post(u"/iam/v1/tokens"_s, {{u"yandexPassportOauthToken"_s, kOAuthToken}}, QByteArray());
        return r.status == 200 ? r.json.value(u"iamToken"_s).toString() : QString();
    }
    QString createSecret(const QJsonObject &body) {
        const Http r = c().post(u"/lockbox/v1/secrets"_s, body);
        if (r.status != 200) {
            qWarning("create failed: %s", qPrintable(r.describe()));
            return {};
        }
        // Creation finishes on the emulator clock; move it on so the secret is ACTIVE.
        m_emu->advanceClock(1000);
        return r.json.value(u"metadata"_s).toObject().value(u"secretId"_s).toString();
    }

private Q_SLOTS:
    void init() {
        restart();
        QVERIFY(m_emu);
    }
    void cleanup() {
        m_client.reset();
        m_emu.reset();
    }

    // ------------------------------------------------------------------ paths and verbs

    void secretServicePathsAndVerbs() {
        // Get
        Http r = c().get(u"/lockbox/v1/secrets/"_s + kPostgres);
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"id"_s).toString(), kPostgres);
        QCOMPARE(r.json.value(u"folderId"_s).toString(), kFolder);
        QCOMPARE(r.json.value(u"currentVersion"_s).toObject().value(u"id"_s).toString(), pgVersion(6));
        // List (query: folderId, pageSize, pageToken)
        r = c().get(u"/lockbox/v1/secrets?folderId=%1&pageSize=3"_s.arg(kFolder));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"secrets"_s).toArray().size(), 3);
        QVERIFY(!r.json.value(u"nextPageToken"_s).toString().isEmpty());
        // Create (POST, body *) → CreateSecretMetadata / Secret
        r = c().post(u"/lockbox/v1/secrets"_s, {{u"folderId"_s, kFolder},
                                                {u"name"_s, u"paths-test"_s},
                                                {u"versionPayloadEntries"_s, QJsonArray{entryText(u"k"_s, u"v"_s)}}});
        CHECK_STATUS(r, 200);
        checkOperation(r.json, kLockboxType + u"CreateSecretMetadata"_s, {}, false);
        RETURN_IF_FAILED();
        const QString created = r.json.value(u"metadata"_s).toObject().value(u"secretId"_s).toString();
        QVERIFY(!created.isEmpty());
        m_emu->advanceClock(1000);
        // Update (PATCH)
        r = c().patch(u"/lockbox/v1/secrets/"_s + created,
                      {{u"updateMask"_s, u"description"_s}, {u"description"_s, u"updated"_s}});
        CHECK_OPERATION(r, kLockboxType + u"UpdateSecretMetadata"_s, kLockboxType + u"Secret"_s);
        QCOMPARE(r.json.value(u"response"_s).toObject().value(u"description"_s).toString(), u"updated"_s);
        // Deactivate / Activate (POST :verb, no body declared)
        r = c().call("POST", u"/lockbox/v1/secrets/%1:deactivate"_s.arg(created));
        CHECK_OPERATION(r, kLockboxType + u"DeactivateSecretMetadata"_s, kLockboxType + u"Secret"_s);
        QCOMPARE(r.json.value(u"response"_s).toObject().value(u"status"_s).toString(), u"INACTIVE"_s);
        r = c().call("POST", u"/lockbox/v1/secrets/%1:activate"_s.arg(created));
        CHECK_OPERATION(r, kLockboxType + u"ActivateSecretMetadata"_s, kLockboxType + u"Secret"_s);
        QCOMPARE(r.json.value(u"response"_s).toObject().value(u"status"_s).toString(), u"ACTIVE"_s);
        // ListVersions
        r = c().get(u"/lockbox/v1/secrets/%1/versions"_s.arg(created));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"versions"_s).toArray().size(), 1);
        const QString firstVersion = r.json.value(u"versions"_s).toArray().first().toObject().value(u"id"_s).toString();
        // AddVersion
        r = addVersion(created, {entryText(u"k2"_s, u"v2"_s)});
        CHECK_OPERATION(r, kLockboxType + u"AddVersionMetadata"_s, kLockboxType + u"Version"_s);
        const QString second = r.json.value(u"metadata"_s).toObject().value(u"versionId"_s).toString();
        QCOMPARE(r.json.value(u"response"_s).toObject().value(u"id"_s).toString(), second);
        // SetCurrentVersion
        r = c().post(u"/lockbox/v1/secrets/%1:setCurrentVersion"_s.arg(created), {{u"versionId"_s, firstVersion}});
        CHECK_OPERATION(r, kLockboxType + u"SetCurrentVersionMetadata"_s, kLockboxType + u"Version"_s);
        QCOMPARE(r.json.value(u"metadata"_s).toObject().value(u"versionId"_s).toString(), firstVersion);
        // ScheduleVersionDestruction / CancelVersionDestruction
        r = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(created), {{u"versionId"_s, second}});
        CHECK_OPERATION(r, kLockboxType + u"ScheduleVersionDestructionMetadata"_s, kLockboxType + u"Version"_s);
        r = c().post(u"/lockbox/v1/secrets/%1:cancelVersionDestruction"_s.arg(created), {{u"versionId"_s, second}});
        CHECK_OPERATION(r, kLockboxType + u"CancelVersionDestructionMetadata"_s, kLockboxType + u"Version"_s);
        // ListOperations
        r = c().get(u"/lockbox/v1/secrets/%1/operations"_s.arg(created));
        CHECK_STATUS(r, 200);
        QVERIFY(r.json.value(u"operations"_s).toArray().size() >= 7);
        // Access bindings: list (GET :listAccessBindings), set, update (POST)
        r = c().get(u"/lockbox/v1/secrets/%1:listAccessBindings"_s.arg(created));
        CHECK_STATUS(r, 200);
        const QJsonObject binding{
            {u"roleId"_s, u"lockbox.payloadViewer"_s},
            {u"subject"_s, QJsonObject{{u"id"_s, u"ajedemo0viewer000001"_s}, {u"type"_s, u"userAccount"_s}}}};
        r = c().post(u"/lockbox/v1/secrets/%1:setAccessBindings"_s.arg(created),
                     {{u"accessBindings"_s, QJsonArray{binding}}});
        CHECK_OPERATION(r, u"type.googleapis.com/yandex.cloud.access.SetAccessBindingsMetadata"_s,
                        u"type.googleapis.com/google.protobuf.Empty"_s);
        r = c().get(u"/lockbox/v1/secrets/%1:listAccessBindings"_s.arg(created));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"accessBindings"_s).toArray(), QJsonArray{binding});
        // A binding on the secret grants its role there: the viewer may now read this secret's payload.
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/%1/payload"_s.arg(created), "demo-viewer"), 200);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/payload"_s.arg(kPostgres), "demo-viewer"), 403, 7);
        r = c().post(u"/lockbox/v1/secrets/%1:updateAccessBindings"_s.arg(created),
                     {{u"accessBindingDeltas"_s,
                       QJsonArray{QJsonObject{{u"action"_s, u"REMOVE"_s}, {u"accessBinding"_s, binding}}}}});
        CHECK_OPERATION(r, u"type.googleapis.com/yandex.cloud.access.UpdateAccessBindingsMetadata"_s,
                        u"type.googleapis.com/google.protobuf.Empty"_s);
        r = c().get(u"/lockbox/v1/secrets/%1:listAccessBindings"_s.arg(created));
        CHECK_STATUS(r, 200);
        QVERIFY(r.json.value(u"accessBindings"_s).toArray().isEmpty());
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/payload"_s.arg(created), "demo-viewer"), 403, 7);
        // Delete
        r = c().del(u"/lockbox/v1/secrets/"_s + created);
        CHECK_OPERATION(r, kLockboxType + u"DeleteSecretMetadata"_s, kLockboxType + u"Secret"_s);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + created), 404, 5);

        // The wrong verb on a known path is not served as something else.
        QVERIFY(c().get(u"/lockbox/v1/secrets/%1:addVersion"_s.arg(kPostgres)).status != 200);
        QVERIFY(c().call("POST", u"/lockbox/v1/secrets/%1/versions"_s.arg(kPostgres), "{}").status != 200);
        QCOMPARE(m_emu->store()->versionCount(kPostgres), 6);
    }

    void payloadGetAndGetEx() {
        // Get: current version by default, a given version with ?versionId=.
        Http r = c().get(u"/lockbox/v1/secrets/%1/payload"_s.arg(kPostgres));
        CHECK_STATUS(r, 200);
        QCOMPARE(sortedKeys(r.json), (QStringList{u"entries"_s, u"versionId"_s}));
        QCOMPARE(r.json.value(u"versionId"_s).toString(), pgVersion(6));
        QStringList keys;
        for (const auto &e : r.json.value(u"entries"_s).toArray()) {
            keys << e.toObject().value(u"key"_s).toString();
            QCOMPARE(sortedKeys(e.toObject()), (QStringList{u"key"_s, u"textValue"_s}));
        }
        QCOMPARE(keys, (QStringList{u"host"_s, u"port"_s, u"user"_s, u"password"_s}));
        r = c().get(u"/lockbox/v1/secrets/%1/payload?versionId=%2"_s.arg(kPostgres, pgVersion(4)));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"versionId"_s).toString(), pgVersion(4));
        QCOMPARE(r.json.value(u"entries"_s).toArray().size(), 5); // + sslmode

        // Binary values are base64 in Payload.Get.
        const auto tls = payload(kTls);
        QVERIFY(tls.has_value());
        QCOMPARE(tls->size(), 3);
        QVERIFY(tls->at(0).second.startsWith(u"b64:"_s));
        const auto certBytes = QByteArray::fromBase64Encoding(tls->at(0).second.mid(4).toLatin1(),
                                                              QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(certBytes);
        QCOMPARE(certBytes.decoded.size(), 910);
        const QString chainText = tls->at(2).second;
        QVERIFY(chainText.startsWith(u"-----BEGIN CERTIFICATE-----"_s));

        // GetEx by secretId: every value base64, text entries included.
        r = c().get(u"/lockbox/v1/secrets:getEx?secretId="_s + kTls);
        CHECK_STATUS(r, 200);
        QCOMPARE(sortedKeys(r.json), (QStringList{u"entries"_s, u"secretId"_s, u"versionId"_s}));
        QCOMPARE(r.json.value(u"secretId"_s).toString(), kTls);
        QCOMPARE(r.json.value(u"versionId"_s).toString(), u"e6qv0tls00000000002"_s);
        QJsonObject entries = r.json.value(u"entries"_s).toObject();
        QCOMPARE(sortedKeys(entries), (QStringList{u"cert.der"_s, u"chain.pem"_s, u"key.der"_s}));
        QCOMPARE(entries.value(u"cert.der"_s).toString(), tls->at(0).second.mid(4));
        const auto chain = QByteArray::fromBase64Encoding(entries.value(u"chain.pem"_s).toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY2(chain, "GetEx text value is not base64");
        QCOMPARE(QString::fromUtf8(*chain), chainText);

        // GetEx by folderAndName.folderId + folderAndName.secretName, with a versionId.
        r = c().get(
            u"/lockbox/v1/secrets:getEx?folderAndName.folderId=%1&folderAndName.secretName=%2&versionId=%3"_s.arg(
                kFolder, u"postgres-main"_s, pgVersion(3)));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"secretId"_s).toString(), kPostgres);
        QCOMPARE(r.json.value(u"versionId"_s).toString(), pgVersion(3));
        entries = r.json.value(u"entries"_s).toObject();
        QCOMPARE(QByteArray::fromBase64(entries.value(u"port"_s).toString().toLatin1()), QByteArray("6432"));
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(entries.value(u"password"_s).toString().toLatin1())),
                 payloadValue(kPostgres, pgVersion(3), u"password"_s));

        // The identifier oneof is exactly_one.
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets:getEx"_s), 400, 3);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets:getEx?secretId=%1&folderAndName.folderId=%2&"
                                "folderAndName.secretName=postgres-main"_s.arg(kPostgres, kFolder)),
                        400, 3);
        CHECK_RPC_ERROR(
            c().get(
                u"/lockbox/v1/secrets:getEx?folderAndName.folderId=%1&folderAndName.secretName=nope"_s.arg(kFolder)),
            404, 5);
    }

    void operationServiceGetAndCancel() {
        Http r = addVersion(kSmtp, {entryText(u"extra"_s, u"1"_s)});
        CHECK_STATUS(r, 200);
        const QJsonObject op = r.json;
        const QString id = op.value(u"id"_s).toString();
        // GET /operations/{id}
        r = c().get(u"/operations/"_s + id);
        CHECK_OPERATION(r, kLockboxType + u"AddVersionMetadata"_s, kLockboxType + u"Version"_s);
        QCOMPARE(r.json, op);
        // Cancel: the proto says GET, the design guide POST; both are served (best effort).
        r = c().get(u"/operations/%1:cancel"_s.arg(id));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"id"_s).toString(), id);
        r = c().call("POST", u"/operations/%1:cancel"_s.arg(id));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"id"_s).toString(), id);
        checkOperation(r.json, kLockboxType + u"AddVersionMetadata"_s, kLockboxType + u"Version"_s);
        RETURN_IF_FAILED();
        // A pending Create operation is also reachable through the operation service.
        r = c().post(u"/lockbox/v1/secrets"_s, {{u"folderId"_s, kFolder}, {u"name"_s, u"op-service"_s}});
        CHECK_STATUS(r, 200);
        const QString createId = r.json.value(u"id"_s).toString();
        r = c().get(u"/operations/"_s + createId);
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"id"_s).toString(), createId);
        // Unknown operation.
        CHECK_RPC_ERROR(c().get(u"/operations/e6qnosuchoperation00"_s), 404, 5);
        CHECK_RPC_ERROR(c().get(u"/operations/e6qnosuchoperation00:cancel"_s), 404, 5);
    }

    void iamOAuthExchange() {
        Http r = c().post(u"/iam/v1/tokens"_s, {{u"yandexPassportOauthToken"_s, kOAuthToken}}, QByteArray());
        CHECK_STATUS(r, 200);
        QCOMPARE(sortedKeys(r.json), (QStringList{u"expiresAt"_s, u"iamToken"_s}));
        const QString token = r.json.value(u"iamToken"_s).toString();
        static const QRegularExpression format(u"^t1\\.[A-Z0-9a-z_-]+[=]{0,2}\\.[A-Z0-9a-z_-]{86}[=]{0,2}$"_s);
        QVERIFY2(format.match(token).hasMatch(), qPrintable(token));
        const QDateTime expires = parseTime(r.json.value(u"expiresAt"_s));
        QVERIFY(expires.isValid());
        const qint64 lifetime = m_emu->store()->now().secsTo(expires);
        QVERIFY2(lifetime > 0 && lifetime <= 12 * 3600, qPrintable(QString::number(lifetime)));
        // The token works.
        r = c().get(u"/lockbox/v1/secrets?folderId="_s + kFolder, token.toLatin1());
        CHECK_STATUS(r, 200);
        QVERIFY(!r.json.value(u"secrets"_s).toArray().isEmpty());
        r = c().get(u"/lockbox/v1/secrets/%1/payload"_s.arg(kSmtp), token.toLatin1());
        CHECK_STATUS(r, 200);
        // Unknown OAuth token; both and neither of the oneof.
        CHECK_RPC_ERROR(c().post(u"/iam/v1/tokens"_s, {{u"yandexPassportOauthToken"_s, u"y0_not-a-token"_s}}, {}), 401,
                        16);
        CHECK_RPC_ERROR(
            c().post(u"/iam/v1/tokens"_s, {{u"yandexPassportOauthToken"_s, kOAuthToken}, {u"jwt"_s, u"a.b.c"_s}}, {}),
            400, 3);
        CHECK_RPC_ERROR(c().post(u"/iam/v1/tokens"_s, {}, {}), 400, 3);
    }

    void iamServiceAccountJwt() {
        const RsaKey key;
        QVERIFY(key.pkey);
        const QString saId = u"ajeconformance0sa001"_s;
        const QString keyId = u"ajekeyconformance001"_s;
        m_emu->store()->addServiceAccountKey(saId, keyId, key.publicPem());
        const qint64 now = m_emu->store()->now().toSecsSinceEpoch();

        const QByteArray jwt = makeJwt(key, keyId, saId, kAudience, now, now + 3600);
        Http r = c().post(u"/iam/v1/tokens"_s, {{u"jwt"_s, QString::fromLatin1(jwt)}}, {});
        CHECK_STATUS(r, 200);
        const QString token = r.json.value(u"iamToken"_s).toString();
        QVERIFY(token.startsWith(u"t1."_s));
        QVERIFY(isRfc3339(r.json.value(u"expiresAt"_s).toString()));
        r = c().get(u"/lockbox/v1/secrets/"_s + kPostgres, token.toLatin1());
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"id"_s).toString(), kPostgres);

        auto refused = [this](const QByteArray &bad) {
            const Http rr = c().post(u"/iam/v1/tokens"_s, {{u"jwt"_s, QString::fromLatin1(bad)}}, {});
            return rr.status;
        };
        // A tampered signature: one byte of the signature changed.
        QByteArray sigBytes = QByteArray::fromBase64(jwt.mid(jwt.lastIndexOf('.') + 1), QByteArray::Base64UrlEncoding);
        sigBytes[10] = static_cast<char>(sigBytes[10] ^ 0x01);
        const QByteArray tampered = jwt.left(jwt.lastIndexOf('.') + 1) + b64url(sigBytes);
        int status = refused(tampered);
        QVERIFY2(status == 401 || status == 400, qPrintable(QString::number(status)));
        // Signed by another key under the registered key id.
        const RsaKey other;
        status = refused(makeJwt(other, keyId, saId, kAudience, now, now + 3600));
        QVERIFY2(status == 401 || status == 400, qPrintable(QString::number(status)));
        // Wrong audience.
        status = refused(makeJwt(key, keyId, saId, u"https://example.com/iam/v1/tokens"_s, now, now + 3600));
        QVERIFY2(status == 401 || status == 400, qPrintable(QString::number(status)));
        // exp - iat > 3600.
        status = refused(makeJwt(key, keyId, saId, kAudience, now, now + 3601));
        QVERIFY2(status == 401 || status == 400, qPrintable(QString::number(status)));
        // Not PS256: the same token with the header claiming RS256.
        const QByteArray rs256Header =
            b64url(QJsonDocument(QJsonObject{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"RS256"_s}, {u"kid"_s, keyId}})
                       .toJson(QJsonDocument::Compact));
        status = refused(rs256Header + jwt.mid(jwt.indexOf('.')));
        QVERIFY2(status == 401 || status == 400, qPrintable(QString::number(status)));
        // The exact bound, 3600, was accepted above; a fresh valid one still is.
        QCOMPARE(refused(makeJwt(key, keyId, saId, kAudience, now, now + 600)), 200);
    }

    void resourceManagerCloudsAndFolders() {
        Http r = c().get(u"/resource-manager/v1/clouds"_s);
        CHECK_STATUS(r, 200);
        QStringList clouds;
        for (const auto &cl : r.json.value(u"clouds"_s).toArray()) {
            clouds << cl.toObject().value(u"id"_s).toString();
        }
        QCOMPARE(clouds, (QStringList{kCloud, kStageCloud}));
        r = c().get(u"/resource-manager/v1/clouds/"_s + kCloud);
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"id"_s).toString(), kCloud);
        QCOMPARE(r.json.value(u"name"_s).toString(), u"production"_s);
        QCOMPARE(r.json.value(u"organizationId"_s).toString(), u"bpfdemo0organization"_s);
        QVERIFY(isRfc3339(r.json.value(u"createdAt"_s).toString()));
        r = c().get(u"/resource-manager/v1/clouds?filter=%1"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(u"name=\"staging\""_s))));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"clouds"_s).toArray().size(), 1);
        QCOMPARE(r.json.value(u"clouds"_s).toArray().first().toObject().value(u"id"_s).toString(), kStageCloud);

        r = c().get(u"/resource-manager/v1/folders?cloudId="_s + kCloud);
        CHECK_STATUS(r, 200);
        QStringList folders;
        for (const auto &f : r.json.value(u"folders"_s).toArray()) {
            folders << f.toObject().value(u"id"_s).toString();
            QCOMPARE(f.toObject().value(u"cloudId"_s).toString(), kCloud);
            QCOMPARE(f.toObject().value(u"status"_s).toString(), u"ACTIVE"_s);
        }
        QCOMPARE(folders, (QStringList{kFolder, u"b1gdemo0folder0data1"_s, u"b1gdemo0folder0ops01"_s}));
        r = c().get(u"/resource-manager/v1/folders/"_s + kFolder);
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"cloudId"_s).toString(), kCloud);
        QCOMPARE(r.json.value(u"name"_s).toString(), u"backend"_s);

        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/folders"_s), 400, 3); // cloudId is required
        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/clouds/b1gnosuchcloud000000"_s), 404, 5);
        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/folders/b1gnosuchfolder00000"_s), 404, 5);
        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/clouds"_s, QByteArray()), 401, 16);
    }

    void resourceManagerValidation() {
        // cloud_service.proto / folder_service.proto: pageSize 0-1000, pageToken <= 2000, filter <= 1000,
        // organizationId <= 50, cloudId required <= 50.
        const QString longName =
            QString::fromLatin1(QUrl::toPercentEncoding(u"name=\""_s + QString(993, QLatin1Char('n')) + u"\""_s));
        const QString tooLongName =
            QString::fromLatin1(QUrl::toPercentEncoding(u"name=\""_s + QString(994, QLatin1Char('n')) + u"\""_s));
        CHECK_STATUS(c().get(u"/resource-manager/v1/clouds?filter="_s + longName), 200); // exactly 1000
        CHECK_STATUS(c().get(u"/resource-manager/v1/folders?cloudId=%1&filter=%2"_s.arg(kCloud, longName)), 200);
        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/clouds?filter="_s + tooLongName), 400, 3);
        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/clouds?pageSize=1001"_s), 400, 3);
        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/folders?cloudId=%1&pageSize=1001"_s.arg(kCloud)), 400, 3);
        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/clouds?pageToken="_s + QString(2001, QLatin1Char('A'))), 400, 3);
        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/folders?cloudId=%1&pageToken=%2"_s.arg(
                            kCloud, QString(2001, QLatin1Char('A')))),
                        400, 3);
        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/folders?cloudId="_s + QString(51, QLatin1Char('b'))), 400, 3);
        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/folders?cloudId=%1&filter=%2"_s.arg(kCloud, tooLongName)), 400,
                        3);
        CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/clouds?organizationId="_s + QString(51, QLatin1Char('o'))), 400,
                        3);
    }

    // ------------------------------------------------------------------ JSON mapping

    void jsonMappingConventions() {
        QStringList problems;
        // Resources of every kind, as served.
        const QList<QString> gets{u"/lockbox/v1/secrets/"_s + kPostgres,
                                  u"/lockbox/v1/secrets/"_s + kGenerated,
                                  u"/lockbox/v1/secrets?folderId="_s + kFolder,
                                  u"/lockbox/v1/secrets/%1/versions?pageSize=20"_s.arg(kPostgres),
                                  u"/lockbox/v1/secrets/%1/versions"_s.arg(kGenerated),
                                  u"/lockbox/v1/secrets/%1/payload"_s.arg(kTls),
                                  u"/lockbox/v1/secrets:getEx?secretId="_s + kTls,
                                  u"/resource-manager/v1/clouds"_s,
                                  u"/resource-manager/v1/folders?cloudId="_s + kCloud};
        for (const auto &path : gets) {
            const Http r = c().get(path);
            CHECK_STATUS(r, 200);
            collectJsonProblems(r.json, path, &problems);
        }
        const Http add = addVersion(kPostgres, {entryText(u"x"_s, u"y"_s)});
        CHECK_STATUS(add, 200);
        collectJsonProblems(add.json, u"addVersion"_s, &problems);
        const Http ops = c().get(u"/lockbox/v1/secrets/%1/operations"_s.arg(kPostgres));
        CHECK_STATUS(ops, 200);
        collectJsonProblems(ops.json, u"operations"_s, &problems);
        const Http error = c().get(u"/lockbox/v1/secrets/e6qnosuchsecret00000"_s);
        collectJsonProblems(error.json, u"error"_s, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));

        // Enums are strings.
        const QJsonObject pg = getSecret(kPostgres);
        QCOMPARE(pg.value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(getSecret(kInactive).value(u"status"_s).toString(), u"INACTIVE"_s);
        QCOMPARE(findVersion(kPostgres, pgVersion(1)).value(u"status"_s).toString(), u"DESTROYED"_s);
        QCOMPARE(findVersion(kPostgres, pgVersion(2)).value(u"status"_s).toString(), u"SCHEDULED_FOR_DESTRUCTION"_s);

        // int64 as a JSON string: PasswordPayloadSpecification.length on the secret and its versions.
        const QJsonObject gen = getSecret(kGenerated);
        const QJsonValue length = gen.value(u"passwordPayloadSpecification"_s).toObject().value(u"length"_s);
        QVERIFY2(length.isString(), "length (int64) must be a JSON string");
        QCOMPARE(length.toString(), u"32"_s);
        const QJsonValue versionLength = gen.value(u"currentVersion"_s)
                                             .toObject()
                                             .value(u"passwordPayloadSpecification"_s)
                                             .toObject()
                                             .value(u"length"_s);
        QCOMPARE(versionLength, QJsonValue(u"32"_s));
        QCOMPARE(gen.value(u"passwordPayloadSpecification"_s).toObject().value(u"includeDigits"_s), QJsonValue(true));
        // int64 in requests: pageSize as a query string, length as a string or a number.
        Http r = c().patch(u"/lockbox/v1/secrets/"_s + kGenerated,
                           {{u"updateMask"_s, u"passwordPayloadSpecification"_s},
                            {u"passwordPayloadSpecification"_s,
                             QJsonObject{{u"passwordKey"_s, u"password"_s}, {u"length"_s, u"20"_s}}}});
        CHECK_STATUS(r, 200);
        QCOMPARE(getSecret(kGenerated).value(u"passwordPayloadSpecification"_s).toObject().value(u"length"_s),
                 QJsonValue(u"20"_s));
        r = c().patch(
            u"/lockbox/v1/secrets/"_s + kGenerated,
            {{u"updateMask"_s, u"passwordPayloadSpecification"_s},
             {u"passwordPayloadSpecification"_s, QJsonObject{{u"passwordKey"_s, u"password"_s}, {u"length"_s, 24}}}});
        CHECK_STATUS(r, 200);
        QCOMPARE(getSecret(kGenerated).value(u"passwordPayloadSpecification"_s).toObject().value(u"length"_s),
                 QJsonValue(u"24"_s));

        // Default values are omitted: no empty description, labels, kmsKeyId, false deletionProtection.
        const QString plain = createSecret({{u"folderId"_s, kFolder},
                                            {u"name"_s, u"defaults"_s},
                                            {u"versionPayloadEntries"_s, QJsonArray{entryText(u"k"_s, u"v"_s)}}});
        QVERIFY(!plain.isEmpty());
        const QJsonObject s = getSecret(plain);
        for (const auto &key : {u"description"_s, u"labels"_s, u"kmsKeyId"_s, u"deletionProtection"_s,
                                u"passwordPayloadSpecification"_s}) {
            QVERIFY2(!s.contains(key),
                     qPrintable(key + u" present: "_s + QString::fromUtf8(QJsonDocument(s).toJson())));
        }
        const QJsonObject cv = s.value(u"currentVersion"_s).toObject();
        for (const auto &key : {u"description"_s, u"destroyAt"_s, u"passwordPayloadSpecification"_s}) {
            QVERIFY2(!cv.contains(key), qPrintable(key + u" present in version"_s));
        }
        // ...and present when set.
        const QJsonObject protectedSecret = getSecret(kProtected);
        QCOMPARE(protectedSecret.value(u"deletionProtection"_s), QJsonValue(true));
        QVERIFY(!protectedSecret.value(u"description"_s).toString().isEmpty());
        QVERIFY(!protectedSecret.value(u"labels"_s).toObject().isEmpty());

        // "@type" on metadata and response Any; the operation's exact shape.
        checkOperation(add.json, kLockboxType + u"AddVersionMetadata"_s, kLockboxType + u"Version"_s);
        RETURN_IF_FAILED();
        QCOMPARE(sortedKeys(add.json.value(u"metadata"_s).toObject()),
                 (QStringList{u"@type"_s, u"secretId"_s, u"versionId"_s}));
        for (const auto &op : ops.json.value(u"operations"_s).toArray()) {
            checkOperation(op.toObject(), kLockboxType + u"AddVersionMetadata"_s,
                           u"type.googleapis.com/google.protobuf.Empty"_s);
            RETURN_IF_FAILED();
        }
    }

    void durationMapping() {
        const auto before = m_emu->store()->now();
        Http r = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                          {{u"versionId"_s, pgVersion(3)}, {u"pendingPeriod"_s, u"604800s"_s}});
        auto after = m_emu->store()->now();
        CHECK_STATUS(r, 200);
        QDateTime destroyAt = parseTime(r.json.value(u"metadata"_s).toObject().value(u"destroyAt"_s));
        QVERIFY(destroyAt.isValid());
        QVERIFY(destroyAt >= before.addSecs(604800).addMSecs(-1) && destroyAt <= after.addSecs(604800));

        const auto before2 = m_emu->store()->now();
        r = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                     {{u"versionId"_s, pgVersion(4)}, {u"pendingPeriod"_s, u"1.5s"_s}});
        after = m_emu->store()->now();
        CHECK_STATUS(r, 200);
        destroyAt = parseTime(r.json.value(u"metadata"_s).toObject().value(u"destroyAt"_s));
        QVERIFY(destroyAt.isValid());
        QVERIFY2(destroyAt >= before2.addMSecs(1500 - 1) && destroyAt <= after.addMSecs(1500),
                 qPrintable(destroyAt.toString(Qt::ISODateWithMs)));

        // Not Durations in the protobuf JSON mapping.
        for (const auto &bad : {u"7d"_s, u"168h"_s, u"604800"_s, u"abc"_s, u"1.5 s"_s}) {
            r = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                         {{u"versionId"_s, pgVersion(5)}, {u"pendingPeriod"_s, bad}});
            CHECK_RPC_ERROR(r, 400, 3);
        }
        r = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                     {{u"versionId"_s, pgVersion(5)}, {u"pendingPeriod"_s, 3600}});
        CHECK_RPC_ERROR(r, 400, 3);
        QCOMPARE(findVersion(kPostgres, pgVersion(5)).value(u"status"_s).toString(), u"ACTIVE"_s);
    }

    // ------------------------------------------------------------------ errors and limits

    void errorBodyAndRequestId() {
        // Sent: echoed, and the RequestInfo detail carries it.
        const QByteArray sent = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        Http r = c().get(u"/lockbox/v1/secrets/e6qnosuchsecret00000"_s, adminToken(), {{"x-request-id", sent}});
        CHECK_RPC_ERROR(r, 404, 5);
        QCOMPARE(r.header("x-request-id"), sent);
        QCOMPARE(sortedKeys(r.json), (QStringList{u"code"_s, u"details"_s, u"message"_s}));
        const QJsonObject info = r.json.value(u"details"_s).toArray().first().toObject();
        QCOMPARE(info.value(u"@type"_s).toString(), u"type.googleapis.com/google.rpc.RequestInfo"_s);
        QCOMPARE(info.value(u"requestId"_s).toString(), QString::fromLatin1(sent));
        // Echoed on success too.
        r = c().get(u"/lockbox/v1/secrets/"_s + kPostgres, adminToken(), {{"x-request-id", sent}});
        CHECK_STATUS(r, 200);
        QCOMPARE(r.header("x-request-id"), sent);
        // Not sent: generated, different per request, equal to the detail.
        const Http a = c().get(u"/lockbox/v1/secrets/e6qnosuchsecret00000"_s);
        const Http b = c().get(u"/lockbox/v1/secrets/e6qnosuchsecret00000"_s);
        CHECK_RPC_ERROR(a, 404, 5);
        CHECK_RPC_ERROR(b, 404, 5);
        QVERIFY(!a.header("x-request-id").isEmpty());
        QVERIFY(a.header("x-request-id") != b.header("x-request-id"));
        r = c().get(u"/lockbox/v1/secrets/"_s + kPostgres);
        QVERIFY(!r.header("x-request-id").isEmpty());
        // Errors before authentication carry it as well.
        r = c().get(u"/lockbox/v1/secrets/"_s + kPostgres, QByteArray(), {{"x-request-id", sent}});
        CHECK_RPC_ERROR(r, 401, 16);
        QCOMPARE(r.header("x-request-id"), sent);
    }

    void httpStatusMapping() {
        // Each reachable gRPC code with the HTTP status of the reference's table.
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets?folderId="_s), 400, 3);                      // INVALID_ARGUMENT
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/e6qnosuchsecret00000"_s), 404, 5);           // NOT_FOUND
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + kPostgres, "no-such-token"), 401, 16); // UNAUTHENTICATED
        CHECK_RPC_ERROR(addVersion(kPostgres, {entryText(u"a"_s, u"b"_s)}, {}, {}, "demo-viewer"), 403,
                        7); // PERMISSION_DENIED
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:cancelVersionDestruction"_s.arg(kPostgres),
                                 {{u"versionId"_s, pgVersion(6)}}),
                        400, 9); // FAILED_PRECONDITION → 400
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets"_s, {{u"folderId"_s, kFolder}, {u"name"_s, u"postgres-main"_s}}),
                        409, 6); // ALREADY_EXISTS (names taken as unique per folder)
        CHECK_RPC_ERROR(c().call("PUT", u"/lockbox/v1/secrets/"_s + kPostgres, "{}"), 501, 12); // UNIMPLEMENTED
        m_emu->faults()->addRule({FaultInjector::Kind::Status429, u"GET"_s, u"/lockbox/v1/secrets/*"_s, 1, 1, 0});
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + kPostgres), 429, 8); // RESOURCE_EXHAUSTED
        m_emu->faults()->addRule({FaultInjector::Kind::Status500, u"GET"_s, u"/lockbox/v1/secrets/*"_s, 1, 1, 0});
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + kPostgres), 500, 13); // INTERNAL
        m_emu->faults()->addRule({FaultInjector::Kind::Status503, u"GET"_s, u"/lockbox/v1/secrets/*"_s, 1, 1, 0});
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + kPostgres), 503, 14); // UNAVAILABLE
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kPostgres), 200);
    }

    void secretIdLength() {
        const QString id50 = u"e6q"_s + QString(47, QLatin1Char('a'));
        const QString id51 = id50 + u"a"_s;
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + id50), 404, 5); // valid length, unknown
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + id51), 400, 3);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/versions"_s.arg(id51)), 400, 3);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/payload"_s.arg(id51)), 400, 3);
        CHECK_RPC_ERROR(addVersion(id51, {entryText(u"a"_s, u"b"_s)}), 400, 3);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/payload?versionId=%2"_s.arg(kPostgres, id51)), 400, 3);
        CHECK_RPC_ERROR(addVersion(kPostgres, {entryText(u"a"_s, u"b"_s)}, id51), 400, 3);
        CHECK_RPC_ERROR(
            c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres), {{u"versionId"_s, id51}}),
            400, 3);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets?folderId="_s + id51), 400, 3);
        QCOMPARE(m_emu->store()->versionCount(kPostgres), 6);
    }

    void entryKeyPatternAndLength() {
        const QString chars = u"Az09-_./\\@"_s;
        QString key256 = QString(256, QLatin1Char('k'));
        const QString key257 = key256 + u"k"_s;
        QVERIFY(!addVersionId(kSmtp, {entryText(chars, u"v"_s)}).isEmpty());
        QVERIFY(!addVersionId(kSmtp, {entryText(key256, u"v"_s)}).isEmpty());
        const auto p = payload(kSmtp);
        QVERIFY(p.has_value());
        QCOMPARE(p->last().first, key256);
        QCOMPARE(p->at(p->size() - 2).first, chars);

        const int before = m_emu->store()->versionCount(kSmtp);
        CHECK_RPC_ERROR(addVersion(kSmtp, {entryText(key257, u"v"_s)}), 400, 3);
        for (const auto &bad : {u"bad key"_s, u"a:b"_s, u"ключ"_s, u"a+b"_s, u"a\nb"_s, u"*"_s, u""_s}) {
            const Http r = addVersion(kSmtp, {entryText(bad, u"v"_s)});
            checkRpcError(r, 400, 3, __LINE__);
            if (QTest::currentTestFailed()) {
                qWarning("key %s", qPrintable(bad));
                return;
            }
        }
        // A key is required.
        CHECK_RPC_ERROR(addVersion(kSmtp, {QJsonObject{{u"textValue"_s, u"v"_s}}}), 400, 3);
        // Also on Create.
        CHECK_RPC_ERROR(
            c().post(u"/lockbox/v1/secrets"_s,
                     {{u"folderId"_s, kFolder}, {u"versionPayloadEntries"_s, QJsonArray{entryText(key257, u"v"_s)}}}),
            400, 3);
        QCOMPARE(m_emu->store()->versionCount(kSmtp), before);
    }

    void valueSizeLimit() {
        const QString text65536(65536, QLatin1Char('x'));
        const QString text65537(65537, QLatin1Char('x'));
        // A secret whose only entry is the one under test (the version total is limited separately).
        const QString fresh = createSecret({{u"folderId"_s, kFolder},
                                            {u"name"_s, u"value-size"_s},
                                            {u"versionPayloadEntries"_s, QJsonArray{entryText(u"a"_s, u"1"_s)}}});
        QVERIFY(!fresh.isEmpty());
        const QString v1 = addVersionId(fresh, {entryText(u"a"_s, text65536)});
        QVERIFY(!v1.isEmpty());
        QCOMPARE(payloadValue(fresh, v1, u"a"_s), text65536);
        const int before = m_emu->store()->versionCount(fresh);
        CHECK_RPC_ERROR(addVersion(fresh, {entryText(u"a"_s, text65537)}), 400, 3);
        // Binary values: 65,536 bytes ok, 65,537 refused.
        QVERIFY(!addVersionId(fresh, {entryBinary(u"a"_s, QByteArray(65536, '\x01'))}).isEmpty());
        CHECK_RPC_ERROR(addVersion(fresh, {entryBinary(u"a"_s, QByteArray(65537, '\x01'))}), 400, 3);
        QCOMPARE(m_emu->store()->versionCount(fresh), before + 1);
        // On Create too.
        CHECK_STATUS(c().post(u"/lockbox/v1/secrets"_s,
                              {{u"folderId"_s, kFolder},
                               {u"name"_s, u"value-size-2"_s},
                               {u"versionPayloadEntries"_s, QJsonArray{entryText(u"a"_s, text65536)}}}),
                     200);
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets"_s,
                                 {{u"folderId"_s, kFolder},
                                  {u"name"_s, u"value-size-3"_s},
                                  {u"versionPayloadEntries"_s, QJsonArray{entryText(u"a"_s, text65537)}}}),
                        400, 3);
    }

    void versionTotalSizeLimit() {
        const QString fresh = createSecret({{u"folderId"_s, kFolder},
                                            {u"name"_s, u"total-size"_s},
                                            {u"versionPayloadEntries"_s, QJsonArray{entryText(u"a"_s, u"1"_s)}}});
        QVERIFY(!fresh.isEmpty());
        const QString half(32768, QLatin1Char('h'));
        // 32,768 + 32,768 = 65,536: at the limit.
        QVERIFY(!addVersionId(fresh, {entryText(u"a"_s, half), entryText(u"b"_s, half)}).isEmpty());
        const int before = m_emu->store()->versionCount(fresh);
        // One more byte anywhere in the version is refused, also when it comes from the base.
        CHECK_RPC_ERROR(addVersion(fresh, {entryText(u"c"_s, u"1"_s)}), 400, 3);
        CHECK_RPC_ERROR(addVersion(fresh, {entryText(u"b"_s, half + u"!"_s)}), 400, 3);
        // Replacing a value keeps the total within the limit.
        QVERIFY(!addVersionId(fresh, {entryText(u"b"_s, QString(32767, QLatin1Char('z'))), entryText(u"c"_s, u"1"_s)})
                     .isEmpty());
        QCOMPARE(m_emu->store()->versionCount(fresh), before + 1);
        // On Create as well.
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets"_s,
                                 {{u"folderId"_s, kFolder},
                                  {u"name"_s, u"total-size-2"_s},
                                  {u"versionPayloadEntries"_s,
                                   QJsonArray{entryText(u"a"_s, half), entryText(u"b"_s, half + u"!"_s)}}}),
                        400, 3);
    }

    void descriptionLength() {
        const QString d1024(1024, QLatin1Char('d'));
        const QString d1025(1025, QLatin1Char('d'));
        // AddVersion.description <= 1024
        Http r = c().post(u"/lockbox/v1/secrets/%1:addVersion"_s.arg(kSmtp),
                          {{u"description"_s, d1024}, {u"payloadEntries"_s, QJsonArray{entryText(u"a"_s, u"b"_s)}}});
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"response"_s).toObject().value(u"description"_s).toString(), d1024);
        r = c().post(u"/lockbox/v1/secrets/%1:addVersion"_s.arg(kSmtp),
                     {{u"description"_s, d1025}, {u"payloadEntries"_s, QJsonArray{entryText(u"a"_s, u"c"_s)}}});
        CHECK_RPC_ERROR(r, 400, 3);
        // CreateSecret.description <= 1024
        r = c().post(u"/lockbox/v1/secrets"_s,
                     {{u"folderId"_s, kFolder}, {u"name"_s, u"desc-ok"_s}, {u"description"_s, d1024}});
        CHECK_STATUS(r, 200);
        r = c().post(u"/lockbox/v1/secrets"_s,
                     {{u"folderId"_s, kFolder}, {u"name"_s, u"desc-bad"_s}, {u"description"_s, d1025}});
        CHECK_RPC_ERROR(r, 400, 3);
        // UpdateSecret.description <= 1024
        r = c().patch(u"/lockbox/v1/secrets/"_s + kSmtp,
                      {{u"updateMask"_s, u"description"_s}, {u"description"_s, d1024}});
        CHECK_STATUS(r, 200);
        r = c().patch(u"/lockbox/v1/secrets/"_s + kSmtp,
                      {{u"updateMask"_s, u"description"_s}, {u"description"_s, d1025}});
        CHECK_RPC_ERROR(r, 400, 3);
        QCOMPARE(getSecret(kSmtp).value(u"description"_s).toString(), d1024);
    }

    void pageSizeLimit() {
        Http r = c().get(u"/lockbox/v1/secrets/%1/versions?pageSize=1000"_s.arg(kHistory));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"versions"_s).toArray().size(), 1000);
        QVERIFY(!r.json.contains(u"nextPageToken"_s) || r.json.value(u"nextPageToken"_s).toString().isEmpty());
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/versions?pageSize=1001"_s.arg(kHistory)), 400, 3);
        r = c().get(u"/lockbox/v1/secrets?folderId=%1&pageSize=1000"_s.arg(kFolder));
        CHECK_STATUS(r, 200);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets?folderId=%1&pageSize=1001"_s.arg(kFolder)), 400, 3);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/operations?pageSize=1001"_s.arg(kHistory)), 400, 3);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/versions?pageSize=abc"_s.arg(kHistory)), 400, 3);
        // The default page is 100.
        r = c().get(u"/lockbox/v1/secrets/%1/versions"_s.arg(kHistory));
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"versions"_s).toArray().size(), 100);
        QVERIFY(!r.json.value(u"nextPageToken"_s).toString().isEmpty());
    }

    void pageTokenLimits() {
        // ListVersions: page_token <= 100.
        const QString t100(100, QLatin1Char('A'));
        const QString t101(101, QLatin1Char('A'));
        const Http v100 = c().get(u"/lockbox/v1/secrets/%1/versions?pageToken=%2"_s.arg(kHistory, t100));
        const Http v101 = c().get(u"/lockbox/v1/secrets/%1/versions?pageToken=%2"_s.arg(kHistory, t101));
        CHECK_RPC_ERROR(v101, 400, 3);
        QVERIFY2(v101.json.value(u"message"_s).toString().contains(u"100"_s), qPrintable(v101.describe()));
        // 100 characters pass the length check (a garbage token may still be refused, but not for its length).
        QVERIFY2(v100.status == 200 || !v100.json.value(u"message"_s).toString().contains(u"length"_s),
                 qPrintable(v100.describe()));
        // ListOperations: page_token <= 100.
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/operations?pageToken=%2"_s.arg(kHistory, t101)), 400, 3);

        // ListSecrets: page_token <= 256 (was 100 until 2026-07-23).
        const QString t256(256, QLatin1Char('A'));
        const QString t257(257, QLatin1Char('A'));
        const Http s256 = c().get(u"/lockbox/v1/secrets?folderId=%1&pageToken=%2"_s.arg(kFolder, t256));
        const Http s150 =
            c().get(u"/lockbox/v1/secrets?folderId=%1&pageToken=%2"_s.arg(kFolder, QString(150, QLatin1Char('A'))));
        const Http s257 = c().get(u"/lockbox/v1/secrets?folderId=%1&pageToken=%2"_s.arg(kFolder, t257));
        CHECK_RPC_ERROR(s257, 400, 3);
        QVERIFY2(s257.json.value(u"message"_s).toString().contains(u"256"_s), qPrintable(s257.describe()));
        QVERIFY2(s256.status == 200 || !s256.json.value(u"message"_s).toString().contains(u"length"_s),
                 qPrintable(s256.describe()));
        QVERIFY2(s150.status == 200 || !s150.json.value(u"message"_s).toString().contains(u"length"_s),
                 qPrintable(s150.describe()));
        // A real token still works after those.
        const Http first = c().get(u"/lockbox/v1/secrets?folderId=%1&pageSize=2"_s.arg(kFolder));
        CHECK_STATUS(first, 200);
        const QString token = first.json.value(u"nextPageToken"_s).toString();
        QVERIFY(!token.isEmpty() && token.size() <= 256);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets?folderId=%1&pageSize=2&pageToken=%2"_s.arg(kFolder, token)), 200);
    }

    void versionCountLimit() {
        // rotation-history: 1,000 versions, 150 DESTROYED → 850 count; 150 more reach the limit.
        int added = 0;
        Http last;
        for (int i = 0; i < 1100; ++i) {
            last = addVersion(kHistory, {entryText(u"token"_s, u"tok_%1"_s.arg(i))});
            if (last.status != 200) {
                break;
            }
            ++added;
        }
        CHECK_RPC_ERROR(last, 429, 8);
        QCOMPARE(added, 150);
        QCOMPARE(m_emu->store()->versionCount(kHistory), 1150);
        // Destroyed versions do not count: destroy one, and one more fits.
        const Http listed = c().get(u"/lockbox/v1/secrets/%1/versions?pageSize=1"_s.arg(kHistory));
        const QString newest = listed.json.value(u"versions"_s).toArray().first().toObject().value(u"id"_s).toString();
        QVERIFY(!newest.isEmpty());
        Http r = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kHistory),
                          {{u"versionId"_s, historyVersion(500)}, {u"pendingPeriod"_s, u"60s"_s}});
        CHECK_STATUS(r, 200);
        // Scheduled is not destroyed yet: still at the limit.
        CHECK_RPC_ERROR(addVersion(kHistory, {entryText(u"token"_s, u"x"_s)}), 429, 8);
        m_emu->advanceClock(61 * 1000);
        QCOMPARE(findVersion(kHistory, historyVersion(500)).value(u"status"_s).toString(), u"DESTROYED"_s);
        CHECK_STATUS(addVersion(kHistory, {entryText(u"token"_s, u"x"_s)}), 200);
        CHECK_RPC_ERROR(addVersion(kHistory, {entryText(u"token"_s, u"y"_s)}), 429, 8);
    }

    // ------------------------------------------------------------------ paging

    void pagingWalksEveryVersionOnce_data() {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("100") << 100;
        QTest::newRow("1000") << 1000;
    }
    void pagingWalksEveryVersionOnce() {
        QFETCH(int, pageSize);
        bool ok = false;
        const QStringList ids = walkVersions(kHistory, pageSize, &ok);
        QVERIFY(ok);
        QCOMPARE(ids.size(), 1000);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 1000);
        QSet<QString> expected;
        for (int i = 1; i <= 1000; ++i) {
            expected.insert(historyVersion(i));
        }
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), expected);
        // Stable: the same order as one page of 1,000 and as a second walk.
        const Http all = c().get(u"/lockbox/v1/secrets/%1/versions?pageSize=1000"_s.arg(kHistory));
        CHECK_STATUS(all, 200);
        QStringList reference;
        for (const auto &v : all.json.value(u"versions"_s).toArray()) {
            reference << v.toObject().value(u"id"_s).toString();
        }
        QCOMPARE(ids, reference);
        QCOMPARE(walkVersions(kHistory, pageSize, &ok), ids);
    }

    void pagingStableWhileAddingVersions() {
        bool ok = false;
        const QStringList original = walkVersions(kHistory, 1000, &ok);
        QVERIFY(ok);
        QCOMPARE(original.size(), 1000);
        QStringList added;
        const QStringList walked = walkVersions(kHistory, 7, &ok, [&](int) {
            const QString id = addVersionId(kHistory, {entryText(u"token"_s, u"paging-%1"_s.arg(added.size()))});
            if (!id.isEmpty()) {
                added << id;
            }
        });
        QVERIFY(ok);
        QVERIFY(added.size() >= 100); // a version was added between every two page requests
        // Every version that existed at the start exactly once, in the original relative order; nothing twice.
        QCOMPARE(QSet<QString>(walked.begin(), walked.end()).size(), walked.size());
        QStringList originalsSeen;
        for (const auto &id : walked) {
            if (!added.contains(id)) {
                originalsSeen << id;
            }
        }
        QCOMPARE(originalsSeen, original);
    }

    // ListVersions pages are written from each version's cached JSON: a change after a page was served
    // must show in the next page (schedule, cancel, destruction by the clock), and the page must be the
    // same JSON a fresh serialisation gives.
    void versionPagesShowChangesAfterServed() {
        const auto page = [this]() {
            const Http r = c().get(u"/lockbox/v1/secrets/%1/versions?pageSize=100"_s.arg(kHistory));
            return r;
        };
        const auto inPage = [](const Http &r, const QString &id) {
            for (const auto &v : r.json.value(u"versions"_s).toArray()) {
                if (v.toObject().value(u"id"_s).toString() == id) {
                    return v.toObject();
                }
            }
            return QJsonObject();
        };
        Http first = page();
        CHECK_STATUS(first, 200);
        QCOMPARE(first.json.value(u"versions"_s).toArray().size(), 100);
        QVERIFY(!first.json.value(u"nextPageToken"_s).toString().isEmpty());
        QCOMPARE(first.body, QJsonDocument(first.json).toJson(QJsonDocument::Compact));
        QString id;
        for (const auto &v : first.json.value(u"versions"_s).toArray()) {
            if (v.toObject().value(u"status"_s).toString() == u"ACTIVE"_s) {
                id = v.toObject().value(u"id"_s).toString();
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        QVERIFY(!inPage(first, id).contains(u"destroyAt"_s));
        // Served again unchanged: the same bytes.
        QCOMPARE(page().body, first.body);

        Http r = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kHistory),
                          {{u"versionId"_s, id}, {u"pendingPeriod"_s, u"3600s"_s}});
        CHECK_STATUS(r, 200);
        Http next = page();
        CHECK_STATUS(next, 200);
        QCOMPARE(inPage(next, id).value(u"status"_s).toString(), u"SCHEDULED_FOR_DESTRUCTION"_s);
        QVERIFY(isRfc3339(inPage(next, id).value(u"destroyAt"_s).toString()));
        QVERIFY(next.body != first.body);
        QCOMPARE(next.body, QJsonDocument(next.json).toJson(QJsonDocument::Compact));

        r = c().post(u"/lockbox/v1/secrets/%1:cancelVersionDestruction"_s.arg(kHistory), {{u"versionId"_s, id}});
        CHECK_STATUS(r, 200);
        next = page();
        QCOMPARE(inPage(next, id).value(u"status"_s).toString(), u"ACTIVE"_s);
        QVERIFY(!inPage(next, id).contains(u"destroyAt"_s));
        QCOMPARE(next.body, first.body);

        r = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kHistory),
                     {{u"versionId"_s, id}, {u"pendingPeriod"_s, u"60s"_s}});
        CHECK_STATUS(r, 200);
        QCOMPARE(inPage(page(), id).value(u"status"_s).toString(), u"SCHEDULED_FOR_DESTRUCTION"_s);
        m_emu->advanceClock(120 * 1000);
        next = page();
        QCOMPARE(inPage(next, id).value(u"status"_s).toString(), u"DESTROYED"_s);
        QVERIFY(!inPage(next, id).contains(u"destroyAt"_s));
        QCOMPARE(next.body, QJsonDocument(next.json).toJson(QJsonDocument::Compact));
    }

    void pagingOperationsStableWhileAdding() {
        // Ten operations on a secret, then a walk of ListOperations two at a time while operations are
        // added: like every list, a page token must continue after the last item returned, so nothing
        // that existed at the start is returned twice or skipped.
        for (int i = 0; i < 10; ++i) {
            CHECK_STATUS(addVersion(kSmtp, {entryText(u"op"_s, QString::number(i))}), 200);
        }
        const Http all = c().get(u"/lockbox/v1/secrets/%1/operations?pageSize=1000"_s.arg(kSmtp));
        CHECK_STATUS(all, 200);
        QStringList original;
        for (const auto &op : all.json.value(u"operations"_s).toArray()) {
            original << op.toObject().value(u"id"_s).toString();
        }
        QCOMPARE(original.size(), 10);
        QStringList walked;
        QStringList added;
        QString token;
        int pages = 0;
        do {
            const Http r = c().get(u"/lockbox/v1/secrets/%1/operations?pageSize=2%2"_s.arg(
                kSmtp, token.isEmpty() ? QString() : u"&pageToken="_s + token));
            CHECK_STATUS(r, 200);
            for (const auto &op : r.json.value(u"operations"_s).toArray()) {
                walked << op.toObject().value(u"id"_s).toString();
            }
            token = r.json.value(u"nextPageToken"_s).toString();
            const Http more = addVersion(kSmtp, {entryText(u"more"_s, QString::number(pages))});
            CHECK_STATUS(more, 200);
            added << more.json.value(u"id"_s).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 100);
        QStringList originalsSeen;
        for (const auto &id : walked) {
            if (!added.contains(id)) {
                originalsSeen << id;
            }
        }
        QVERIFY2(QSet<QString>(walked.begin(), walked.end()).size() == walked.size(),
                 qPrintable(u"an operation was returned twice: "_s + walked.join(u","_s)));
        QCOMPARE(originalsSeen, original);
    }

    // ------------------------------------------------------------------ AddVersion semantics

    void addVersionMergeRules() {
        const auto v6 = payload(kPostgres, pgVersion(6));
        QVERIFY(v6.has_value());
        // Base = current (v6: host, port, user, password): change, add, remove both ways.
        const QString a = addVersionId(kPostgres, {entryText(u"port"_s, u"5432"_s), entryRemove(u"user"_s),
                                                   entryText(u"dbname"_s, u"app"_s), entryText(u"password"_s, u""_s)});
        QVERIFY(!a.isEmpty());
        auto pa = payload(kPostgres, a);
        QVERIFY(pa.has_value());
        QCOMPARE(*pa, (QList<std::pair<QString, QString>>{
                          {u"host"_s, v6->at(0).second}, {u"port"_s, u"5432"_s}, {u"dbname"_s, u"app"_s}}));
        QCOMPARE(findVersion(kPostgres, a).value(u"payloadEntryKeys"_s).toArray(),
                 (QJsonArray{u"host"_s, u"port"_s, u"dbname"_s}));
        // The new version is current.
        QCOMPARE(getSecret(kPostgres).value(u"currentVersion"_s).toObject().value(u"id"_s).toString(), a);
        const auto current = payload(kPostgres);
        QVERIFY(current.has_value());
        QCOMPARE(*current, *pa);
        // The base stays ACTIVE and unchanged.
        QCOMPARE(findVersion(kPostgres, pgVersion(6)).value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(payload(kPostgres, pgVersion(6)), v6);

        // Explicit base (v4: host, port, user, password, sslmode): base order kept, new keys appended.
        const auto v4 = payload(kPostgres, pgVersion(4));
        QVERIFY(v4.has_value());
        const QString b = addVersionId(
            kPostgres,
            {entryText(u"zeta"_s, u"z"_s), entryText(u"sslmode"_s, u"disable"_s), entryText(u"alpha"_s, u"a"_s)},
            pgVersion(4));
        QVERIFY(!b.isEmpty());
        const auto pb = payload(kPostgres, b);
        QVERIFY(pb.has_value());
        QCOMPARE(*pb, (QList<std::pair<QString, QString>>{{u"host"_s, v4->at(0).second},
                                                          {u"port"_s, v4->at(1).second},
                                                          {u"user"_s, v4->at(2).second},
                                                          {u"password"_s, v4->at(3).second},
                                                          {u"sslmode"_s, u"disable"_s},
                                                          {u"zeta"_s, u"z"_s},
                                                          {u"alpha"_s, u"a"_s}}));
        QCOMPARE(getSecret(kPostgres).value(u"currentVersion"_s).toObject().value(u"id"_s).toString(), b);

        // Default base follows the current version, also after SetCurrentVersion.
        CHECK_STATUS(
            c().post(u"/lockbox/v1/secrets/%1:setCurrentVersion"_s.arg(kPostgres), {{u"versionId"_s, pgVersion(3)}}),
            200);
        const auto v3 = payload(kPostgres, pgVersion(3));
        QVERIFY(v3.has_value());
        const QString d = addVersionId(kPostgres, {entryText(u"note"_s, u"n"_s)});
        QVERIFY(!d.isEmpty());
        auto expected3 = *v3;
        expected3.append({u"note"_s, u"n"_s});
        QCOMPARE(payload(kPostgres, d), expected3);

        // Terraform's case: [key1, key2] + {key1=val11, key3, key2 removed} → [key1, key3].
        const QString tf = createSecret({{u"folderId"_s, kFolder},
                                         {u"name"_s, u"tf-merge"_s},
                                         {u"versionPayloadEntries"_s, QJsonArray{entryText(u"key1"_s, u"val1"_s),
                                                                                 entryText(u"key2"_s, u"val2"_s)}}});
        QVERIFY(!tf.isEmpty());
        const QString e = addVersionId(
            tf, {entryText(u"key1"_s, u"val11"_s), entryText(u"key3"_s, u"val3"_s), entryText(u"key2"_s, u""_s)});
        QVERIFY(!e.isEmpty());
        QCOMPARE(payload(tf, e), (QList<std::pair<QString, QString>>{{u"key1"_s, u"val11"_s}, {u"key3"_s, u"val3"_s}}));
        // A binary value replaces a text one in place.
        const QString f = addVersionId(tf, {entryBinary(u"key1"_s, QByteArray("\x00\xff", 2))});
        QVERIFY(!f.isEmpty());
        QCOMPARE(payload(tf, f),
                 (QList<std::pair<QString, QString>>{{u"key1"_s, u"b64:AP8="_s}, {u"key3"_s, u"val3"_s}}));
        // An unknown base version.
        CHECK_RPC_ERROR(addVersion(tf, {entryText(u"x"_s, u"y"_s)}, u"e6qnosuchversion0000"_s), 404, 5);
    }

    void generatedPasswordSecret() {
        auto checkPassword = [](const QString &pw, int length, bool upper, bool lower, bool digits,
                                const QString &punctuation) -> QString {
            if (pw.size() != length) {
                return u"length %1 != %2"_s.arg(pw.size()).arg(length);
            }
            bool hasUpper = false, hasLower = false, hasDigit = false, hasPunct = false;
            for (const QChar ch : pw) {
                const char c8 = ch.toLatin1();
                if (c8 >= 'A' && c8 <= 'Z') {
                    hasUpper = true;
                } else if (c8 >= 'a' && c8 <= 'z') {
                    hasLower = true;
                } else if (c8 >= '0' && c8 <= '9') {
                    hasDigit = true;
                } else if (punctuation.contains(ch)) {
                    hasPunct = true;
                } else {
                    return u"character %1 not allowed"_s.arg(ch);
                }
            }
            if (hasUpper != upper || hasLower != lower || hasDigit != digits || hasPunct != !punctuation.isEmpty()) {
                return u"classes wrong in %1"_s.arg(pw);
            }
            return {};
        };
        // The seed's spec: length 32, every class, punctuation minus " ' ` and backslash.
        QString allowedPunct;
        for (const QChar ch : u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"_s) {
            if (!u"\"'`\\"_s.contains(ch)) {
                allowedPunct.append(ch);
            }
        }
        QCOMPARE(allowedPunct.size(), 28);
        QStringList seen;
        for (int i = 0; i < 8; ++i) {
            const Http r = c().post(u"/lockbox/v1/secrets/%1:addVersion"_s.arg(kGenerated), {});
            CHECK_STATUS(r, 200);
            const QJsonObject version = r.json.value(u"response"_s).toObject();
            QCOMPARE(version.value(u"payloadEntryKeys"_s).toArray(), QJsonArray{u"password"_s});
            QCOMPARE(version.value(u"passwordPayloadSpecification"_s).toObject().value(u"length"_s),
                     QJsonValue(u"32"_s));
            const QString id = version.value(u"id"_s).toString();
            const auto p = payload(kGenerated, id);
            QVERIFY(p.has_value());
            QCOMPARE(p->size(), 1);
            QCOMPARE(p->first().first, u"password"_s);
            const QString problem = checkPassword(p->first().second, 32, true, true, true, allowedPunct);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            seen << p->first().second;
        }
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size()); // new every time
        QVERIFY(!seen.contains(payloadValue(kGenerated, u"e6qv0redis0000000002"_s, u"password"_s)));

        // Update the spec (mask passwordPayloadSpecification); the next password follows it.
        Http r = c().patch(u"/lockbox/v1/secrets/"_s + kGenerated,
                           {{u"updateMask"_s, u"passwordPayloadSpecification"_s},
                            {u"passwordPayloadSpecification"_s, QJsonObject{{u"passwordKey"_s, u"password"_s},
                                                                            {u"length"_s, u"12"_s},
                                                                            {u"includeUppercase"_s, false},
                                                                            {u"includePunctuation"_s, false}}}});
        CHECK_OPERATION(r, kLockboxType + u"UpdateSecretMetadata"_s, kLockboxType + u"Secret"_s);
        QCOMPARE(r.json.value(u"response"_s)
                     .toObject()
                     .value(u"passwordPayloadSpecification"_s)
                     .toObject()
                     .value(u"length"_s),
                 QJsonValue(u"12"_s));
        for (int i = 0; i < 5; ++i) {
            r = c().post(u"/lockbox/v1/secrets/%1:addVersion"_s.arg(kGenerated), {});
            CHECK_STATUS(r, 200);
            const QString id = r.json.value(u"metadata"_s).toObject().value(u"versionId"_s).toString();
            const QString pw = payloadValue(kGenerated, id, u"password"_s);
            const QString problem = checkPassword(pw, 12, false, true, true, {});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // Included punctuation only.
        r = c().patch(u"/lockbox/v1/secrets/"_s + kGenerated,
                      {{u"updateMask"_s, u"passwordPayloadSpecification"_s},
                       {u"passwordPayloadSpecification"_s, QJsonObject{{u"passwordKey"_s, u"password"_s},
                                                                       {u"length"_s, u"40"_s},
                                                                       {u"includedPunctuation"_s, u"-_"_s}}}});
        CHECK_STATUS(r, 200);
        r = c().post(u"/lockbox/v1/secrets/%1:addVersion"_s.arg(kGenerated), {});
        CHECK_STATUS(r, 200);
        {
            const QString pw = payloadValue(
                kGenerated, r.json.value(u"metadata"_s).toObject().value(u"versionId"_s).toString(), u"password"_s);
            const QString problem = checkPassword(pw, 40, true, true, true, u"-_"_s);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // Entries on a generated secret are refused, and nothing is added.
        const int before = m_emu->store()->versionCount(kGenerated);
        CHECK_RPC_ERROR(addVersion(kGenerated, {entryText(u"password"_s, u"mine"_s)}), 400, 3);
        CHECK_RPC_ERROR(addVersion(kGenerated, {entryText(u"other"_s, u"x"_s)}), 400, 3);
        QCOMPARE(m_emu->store()->versionCount(kGenerated), before);
    }

    // ------------------------------------------------------------------ versions: current and destruction

    void setCurrentVersion() {
        Http r =
            c().post(u"/lockbox/v1/secrets/%1:setCurrentVersion"_s.arg(kPostgres), {{u"versionId"_s, pgVersion(4)}});
        CHECK_OPERATION(r, kLockboxType + u"SetCurrentVersionMetadata"_s, kLockboxType + u"Version"_s);
        QCOMPARE(sortedKeys(r.json.value(u"metadata"_s).toObject()),
                 (QStringList{u"@type"_s, u"secretId"_s, u"versionId"_s}));
        QCOMPARE(r.json.value(u"metadata"_s).toObject().value(u"secretId"_s).toString(), kPostgres);
        QCOMPARE(r.json.value(u"response"_s).toObject().value(u"id"_s).toString(), pgVersion(4));
        QCOMPARE(getSecret(kPostgres).value(u"currentVersion"_s).toObject().value(u"id"_s).toString(), pgVersion(4));
        const auto p = payload(kPostgres);
        QVERIFY(p.has_value());
        QCOMPARE(*p, *payload(kPostgres, pgVersion(4)));
        const Http ex = c().get(u"/lockbox/v1/secrets:getEx?secretId="_s + kPostgres);
        QCOMPARE(ex.json.value(u"versionId"_s).toString(), pgVersion(4));
        // Versions other than the current one stay as they were (nothing destroyed, no new version).
        QCOMPARE(m_emu->store()->versionCount(kPostgres), 6);
        QCOMPARE(findVersion(kPostgres, pgVersion(6)).value(u"status"_s).toString(), u"ACTIVE"_s);
        // Back to v6.
        CHECK_STATUS(
            c().post(u"/lockbox/v1/secrets/%1:setCurrentVersion"_s.arg(kPostgres), {{u"versionId"_s, pgVersion(6)}}),
            200);
        QCOMPARE(getSecret(kPostgres).value(u"currentVersion"_s).toObject().value(u"id"_s).toString(), pgVersion(6));
        // Unknown version; versionId is required.
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:setCurrentVersion"_s.arg(kPostgres),
                                 {{u"versionId"_s, u"e6qnosuchversion0000"_s}}),
                        404, 5);
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:setCurrentVersion"_s.arg(kPostgres), {}), 400, 3);
        // A destroyed version cannot become current.
        const Http destroyed =
            c().post(u"/lockbox/v1/secrets/%1:setCurrentVersion"_s.arg(kPostgres), {{u"versionId"_s, pgVersion(1)}});
        QVERIFY2(destroyed.status >= 400, qPrintable(destroyed.describe()));
        QCOMPARE(getSecret(kPostgres).value(u"currentVersion"_s).toObject().value(u"id"_s).toString(), pgVersion(6));
    }

    void scheduleDestructionDefaultPeriod() {
        const QDateTime before = m_emu->store()->now();
        const Http r = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                                {{u"versionId"_s, pgVersion(4)}});
        const QDateTime after = m_emu->store()->now();
        CHECK_OPERATION(r, kLockboxType + u"ScheduleVersionDestructionMetadata"_s, kLockboxType + u"Version"_s);
        const QJsonObject metadata = r.json.value(u"metadata"_s).toObject();
        QCOMPARE(sortedKeys(metadata), (QStringList{u"@type"_s, u"destroyAt"_s, u"secretId"_s, u"versionId"_s}));
        QCOMPARE(metadata.value(u"versionId"_s).toString(), pgVersion(4));
        const QDateTime destroyAt = parseTime(metadata.value(u"destroyAt"_s));
        QVERIFY(destroyAt.isValid());
        // now + 604800 s, "now" being when the emulator handled the request.
        QVERIFY2(destroyAt >= before.addSecs(604800).addMSecs(-1) && destroyAt <= after.addSecs(604800),
                 qPrintable(destroyAt.toString(Qt::ISODateWithMs)));
        const QJsonObject response = r.json.value(u"response"_s).toObject();
        QCOMPARE(response.value(u"status"_s).toString(), u"SCHEDULED_FOR_DESTRUCTION"_s);
        QCOMPARE(response.value(u"destroyAt"_s), metadata.value(u"destroyAt"_s));
        const QJsonObject listed = findVersion(kPostgres, pgVersion(4));
        QCOMPARE(listed.value(u"status"_s).toString(), u"SCHEDULED_FOR_DESTRUCTION"_s);
        QCOMPARE(listed.value(u"destroyAt"_s), metadata.value(u"destroyAt"_s));
        // Scheduling twice is refused (only ACTIVE versions can be scheduled).
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                                 {{u"versionId"_s, pgVersion(4)}}),
                        400, 9);
        // The current version may be scheduled (Terraform's delete-current test).
        CHECK_STATUS(c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                              {{u"versionId"_s, pgVersion(6)}}),
                     200);
    }

    void scheduleDestructionExplicitPeriod() {
        const QDateTime before = m_emu->store()->now();
        const Http r = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                                {{u"versionId"_s, pgVersion(5)}, {u"pendingPeriod"_s, u"3600s"_s}});
        const QDateTime after = m_emu->store()->now();
        CHECK_STATUS(r, 200);
        const QDateTime destroyAt = parseTime(r.json.value(u"metadata"_s).toObject().value(u"destroyAt"_s));
        QVERIFY2(destroyAt >= before.addSecs(3600).addMSecs(-1) && destroyAt <= after.addSecs(3600),
                 qPrintable(destroyAt.toString(Qt::ISODateWithMs)));
        QCOMPARE(parseTime(findVersion(kPostgres, pgVersion(5)).value(u"destroyAt"_s)), destroyAt);
    }

    void cancelVersionDestruction() {
        // v2 is SCHEDULED_FOR_DESTRUCTION in the seed.
        QCOMPARE(findVersion(kPostgres, pgVersion(2)).value(u"status"_s).toString(), u"SCHEDULED_FOR_DESTRUCTION"_s);
        const Http r = c().post(u"/lockbox/v1/secrets/%1:cancelVersionDestruction"_s.arg(kPostgres),
                                {{u"versionId"_s, pgVersion(2)}});
        CHECK_OPERATION(r, kLockboxType + u"CancelVersionDestructionMetadata"_s, kLockboxType + u"Version"_s);
        QCOMPARE(sortedKeys(r.json.value(u"metadata"_s).toObject()),
                 (QStringList{u"@type"_s, u"secretId"_s, u"versionId"_s}));
        const QJsonObject response = r.json.value(u"response"_s).toObject();
        QCOMPARE(response.value(u"status"_s).toString(), u"ACTIVE"_s);
        QVERIFY(!response.contains(u"destroyAt"_s));
        const QJsonObject listed = findVersion(kPostgres, pgVersion(2));
        QCOMPARE(listed.value(u"status"_s).toString(), u"ACTIVE"_s);
        QVERIFY(!listed.contains(u"destroyAt"_s));
        // It is not destroyed later either, and its payload is readable again.
        m_emu->advanceClock(30LL * 24 * 3600 * 1000);
        QCOMPARE(findVersion(kPostgres, pgVersion(2)).value(u"status"_s).toString(), u"ACTIVE"_s);
        QVERIFY(payload(kPostgres, pgVersion(2)).has_value());
    }

    void destructionFollowsEmulatorClock() {
        Http r = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                          {{u"versionId"_s, pgVersion(5)}, {u"pendingPeriod"_s, u"86400s"_s}});
        CHECK_STATUS(r, 200);
        // Just before destroyAt: still scheduled (in-process clock API).
        m_emu->advanceClock(86400LL * 1000 - 60 * 1000);
        QCOMPARE(findVersion(kPostgres, pgVersion(5)).value(u"status"_s).toString(), u"SCHEDULED_FOR_DESTRUCTION"_s);
        // Past destroyAt (admin path): DESTROYED, without destroyAt.
        r = c().post(u"/_emulator/clock"_s, {{u"advance"_s, u"120s"_s}});
        CHECK_STATUS(r, 200);
        QVERIFY(isRfc3339(r.json.value(u"now"_s).toString()));
        const QJsonObject v5 = findVersion(kPostgres, pgVersion(5));
        QCOMPARE(v5.value(u"status"_s).toString(), u"DESTROYED"_s);
        QVERIFY(!v5.contains(u"destroyAt"_s));
        // The keys stay as metadata; the values are gone.
        QCOMPARE(v5.value(u"payloadEntryKeys"_s).toArray().size(), 4);
        const Http gone = c().get(u"/lockbox/v1/secrets/%1/payload?versionId=%2"_s.arg(kPostgres, pgVersion(5)));
        QVERIFY2(gone.status >= 400 && gone.status < 500, qPrintable(gone.describe()));
        // The seed's v2 (destroyAt now+2d) went the same way after a further day.
        m_emu->advanceClock(86400LL * 1000 + 1000);
        QCOMPARE(findVersion(kPostgres, pgVersion(2)).value(u"status"_s).toString(), u"DESTROYED"_s);
        // A destroyed version cannot be cancelled or used as a base.
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:cancelVersionDestruction"_s.arg(kPostgres),
                                 {{u"versionId"_s, pgVersion(5)}}),
                        400, 9);
        QVERIFY(addVersion(kPostgres, {entryText(u"a"_s, u"b"_s)}, pgVersion(5)).status >= 400);
    }

    void cancelRefusedUnlessScheduled() {
        // DESTROYED (seed v1) and ACTIVE (v6): FAILED_PRECONDITION, HTTP 400.
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:cancelVersionDestruction"_s.arg(kPostgres),
                                 {{u"versionId"_s, pgVersion(1)}}),
                        400, 9);
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:cancelVersionDestruction"_s.arg(kPostgres),
                                 {{u"versionId"_s, pgVersion(6)}}),
                        400, 9);
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:cancelVersionDestruction"_s.arg(kPostgres),
                                 {{u"versionId"_s, u"e6qnosuchversion0000"_s}}),
                        404, 5);
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:cancelVersionDestruction"_s.arg(kPostgres), {}), 400, 3);
        QCOMPARE(findVersion(kPostgres, pgVersion(1)).value(u"status"_s).toString(), u"DESTROYED"_s);
        QCOMPARE(findVersion(kPostgres, pgVersion(6)).value(u"status"_s).toString(), u"ACTIVE"_s);
    }

    // ------------------------------------------------------------------ secret states

    void inactiveSecretRefusesPayload() {
        // Metadata stays readable.
        const QJsonObject s = getSecret(kInactive);
        QCOMPARE(s.value(u"status"_s).toString(), u"INACTIVE"_s);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/%1/versions"_s.arg(kInactive)), 200);
        // Content does not (the exact code is unverified: FAILED_PRECONDITION or PERMISSION_DENIED).
        for (const QString &path : QStringList{u"/lockbox/v1/secrets/%1/payload"_s.arg(kInactive),
                                               u"/lockbox/v1/secrets:getEx?secretId="_s + kInactive}) {
            const Http r = c().get(path);
            QVERIFY2((r.status == 400 && r.json.value(u"code"_s).toInt() == 9) ||
                         (r.status == 403 && r.json.value(u"code"_s).toInt() == 7),
                     qPrintable(r.describe()));
            QVERIFY(!r.body.contains("lk_"));
        }
        // Deactivating a readable secret blocks it; activating unblocks.
        QVERIFY(payload(kSmtp).has_value());
        CHECK_STATUS(c().call("POST", u"/lockbox/v1/secrets/%1:deactivate"_s.arg(kSmtp)), 200);
        QCOMPARE(getSecret(kSmtp).value(u"status"_s).toString(), u"INACTIVE"_s);
        QVERIFY(c().get(u"/lockbox/v1/secrets/%1/payload"_s.arg(kSmtp)).status >= 400);
        // The versions stay ACTIVE.
        QCOMPARE(findVersion(kSmtp, u"e6qv0000000000000001"_s).value(u"status"_s).toString(), u"ACTIVE"_s);
        CHECK_STATUS(c().call("POST", u"/lockbox/v1/secrets/%1:activate"_s.arg(kInactive)), 200);
        const auto p = payload(kInactive);
        QVERIFY(p.has_value());
        QCOMPARE(p->first().first, u"api-key"_s);
        QVERIFY(p->first().second.startsWith(u"lk_"_s));
    }

    void deletionProtection() {
        const Http r = c().del(u"/lockbox/v1/secrets/"_s + kProtected);
        // The exact code is unverified; FAILED_PRECONDITION (400) is the likely one.
        CHECK_RPC_ERROR(r, 400, 9);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kProtected), 200);
        QVERIFY(payload(kProtected).has_value());
        // Protection does not stop content changes.
        CHECK_STATUS(addVersion(kProtected, {entryText(u"extra"_s, u"1"_s)}), 200);
        // Lifting it allows the delete.
        CHECK_STATUS(c().patch(u"/lockbox/v1/secrets/"_s + kProtected,
                               {{u"updateMask"_s, u"deletionProtection"_s}, {u"deletionProtection"_s, false}}),
                     200);
        CHECK_STATUS(c().del(u"/lockbox/v1/secrets/"_s + kProtected), 200);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + kProtected), 404, 5);
    }

    void createOperationCompletes() {
        Http r =
            c().post(u"/lockbox/v1/secrets"_s, {{u"folderId"_s, kFolder},
                                                {u"name"_s, u"created-async"_s},
                                                {u"description"_s, u"made by a test"_s},
                                                {u"labels"_s, QJsonObject{{u"env"_s, u"test"_s}}},
                                                {u"versionPayloadEntries"_s, QJsonArray{entryText(u"k"_s, u"v"_s)}}});
        CHECK_STATUS(r, 200);
        checkOperation(r.json, kLockboxType + u"CreateSecretMetadata"_s, {}, false);
        RETURN_IF_FAILED();
        const QString opId = r.json.value(u"id"_s).toString();
        const QJsonObject metadata = r.json.value(u"metadata"_s).toObject();
        const QString secretId = metadata.value(u"secretId"_s).toString();
        QVERIFY(!secretId.isEmpty());
        QVERIFY(!metadata.value(u"versionId"_s).toString().isEmpty());
        // Poll until done (on the wall clock; the emulator finishes Create shortly).
        QJsonObject op;
        for (int i = 0; i < 600; ++i) {
            r = c().get(u"/operations/"_s + opId);
            CHECK_STATUS(r, 200);
            op = r.json;
            if (op.value(u"done"_s).toBool()) {
                break;
            }
            QTest::qWait(20);
        }
        QVERIFY2(op.value(u"done"_s).toBool(), "Create never finished");
        checkOperation(op, kLockboxType + u"CreateSecretMetadata"_s, kLockboxType + u"Secret"_s);
        RETURN_IF_FAILED();
        const QJsonObject secret = op.value(u"response"_s).toObject();
        QCOMPARE(secret.value(u"id"_s).toString(), secretId);
        QCOMPARE(secret.value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(secret.value(u"name"_s).toString(), u"created-async"_s);
        QCOMPARE(secret.value(u"currentVersion"_s).toObject().value(u"id"_s).toString(),
                 metadata.value(u"versionId"_s).toString());
        QCOMPARE(getSecret(secretId).value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(payload(secretId), (QList<std::pair<QString, QString>>{{u"k"_s, u"v"_s}}));
        // Listed in its folder.
        r = c().get(u"/lockbox/v1/secrets?folderId=%1&pageSize=1000"_s.arg(kFolder));
        bool listed = false;
        for (const auto &s : r.json.value(u"secrets"_s).toArray()) {
            listed = listed || s.toObject().value(u"id"_s).toString() == secretId;
        }
        QVERIFY(listed);
    }

    void idempotencyKey() {
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const int before = m_emu->store()->versionCount(kSmtp);
        const Http a = addVersion(kSmtp, {entryText(u"idem"_s, u"1"_s)}, {}, {{"Idempotency-Key", key}});
        CHECK_STATUS(a, 200);
        const Http b = addVersion(kSmtp, {entryText(u"idem"_s, u"1"_s)}, {}, {{"Idempotency-Key", key}});
        CHECK_STATUS(b, 200);
        QCOMPARE(b.json.value(u"id"_s).toString(), a.json.value(u"id"_s).toString());
        QCOMPARE(b.json, a.json);
        QCOMPARE(m_emu->store()->versionCount(kSmtp), before + 1);
        // Another key makes another operation.
        const Http c2 = addVersion(kSmtp, {entryText(u"idem"_s, u"2"_s)}, {},
                                   {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        CHECK_STATUS(c2, 200);
        QVERIFY(c2.json.value(u"id"_s).toString() != a.json.value(u"id"_s).toString());
        QCOMPARE(m_emu->store()->versionCount(kSmtp), before + 2);
        // Create: one secret for two requests with the same key.
        const QByteArray createKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const int secrets = m_emu->store()->secretCount();
        const QJsonObject body{{u"folderId"_s, kFolder}, {u"name"_s, u"idem-create"_s}};
        const Http c1 = c().post(u"/lockbox/v1/secrets"_s, body, adminToken(), {{"Idempotency-Key", createKey}});
        CHECK_STATUS(c1, 200);
        const Http c3 = c().post(u"/lockbox/v1/secrets"_s, body, adminToken(), {{"Idempotency-Key", createKey}});
        CHECK_STATUS(c3, 200);
        QCOMPARE(c3.json.value(u"id"_s).toString(), c1.json.value(u"id"_s).toString());
        QCOMPARE(m_emu->store()->secretCount(), secrets + 1);
    }

    // ------------------------------------------------------------------ auth

    void authMissingOrUnknownToken() {
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + kPostgres, QByteArray()), 401, 16);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + kPostgres, "t1.unknown.token"), 401, 16);
        // Not a Bearer credential.
        Http r = c().get(u"/lockbox/v1/secrets/"_s + kPostgres, QByteArray(),
                         {{"Authorization", "Basic " + QByteArray("a:b").toBase64()}});
        CHECK_RPC_ERROR(r, 401, 16);
        r = c().get(u"/lockbox/v1/secrets/"_s + kPostgres, QByteArray(), {{"Authorization", "Bearer "}});
        CHECK_RPC_ERROR(r, 401, 16);
        // Every service needs it, mutations change nothing.
        CHECK_RPC_ERROR(addVersion(kPostgres, {entryText(u"a"_s, u"b"_s)}, {}, {}, QByteArray()), 401, 16);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/payload"_s.arg(kPostgres), QByteArray()), 401, 16);
        CHECK_RPC_ERROR(c().get(u"/operations/e6qnosuchoperation00"_s, QByteArray()), 401, 16);
        QCOMPARE(m_emu->store()->versionCount(kPostgres), 6);
    }

    void authExpiredToken() {
        // In-process: a short lifetime, then the clock moves past it.
        m_emu->store()->setTokenLifetimeMs(2000);
        const QString token = iamTokenFromOAuth();
        QVERIFY(!token.isEmpty());
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kPostgres, token.toLatin1()), 200);
        m_emu->advanceClock(3000);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + kPostgres, token.toLatin1()), 401, 16);
        // Through the admin paths.
        CHECK_STATUS(c().post(u"/_emulator/config"_s, {{u"tokenLifetime"_s, u"60s"_s}}), 200);
        const Http issued = c().post(u"/iam/v1/tokens"_s, {{u"yandexPassportOauthToken"_s, kOAuthToken}}, QByteArray());
        CHECK_STATUS(issued, 200);
        const QByteArray token2 = issued.json.value(u"iamToken"_s).toString().toLatin1();
        const qint64 life = m_emu->store()->now().secsTo(parseTime(issued.json.value(u"expiresAt"_s)));
        QVERIFY2(life > 50 && life <= 60, qPrintable(QString::number(life)));
        CHECK_STATUS(c().post(u"/_emulator/clock"_s, {{u"advance"_s, u"30s"_s}}), 200);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kPostgres, token2), 200);
        CHECK_STATUS(c().post(u"/_emulator/clock"_s, {{u"advance"_s, u"31s"_s}}), 200);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/"_s + kPostgres, token2), 401, 16);
        // A new exchange gives a working token again.
        const QString fresh = iamTokenFromOAuth();
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kPostgres, fresh.toLatin1()), 200);
    }

    void roleViewer() {
        const QByteArray t = "demo-viewer";
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets?folderId="_s + kFolder, t), 200);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kPostgres, t), 200);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/%1/versions"_s.arg(kPostgres), t), 200);
        CHECK_RPC_ERROR(addVersion(kPostgres, {entryText(u"a"_s, u"b"_s)}, {}, {}, t), 403, 7);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/payload"_s.arg(kPostgres), t), 403, 7);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets:getEx?secretId="_s + kPostgres, t), 403, 7);
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                                 {{u"versionId"_s, pgVersion(4)}}, t),
                        403, 7);
        CHECK_RPC_ERROR(c().del(u"/lockbox/v1/secrets/"_s + kSmtp, t), 403, 7);
        QCOMPARE(m_emu->store()->versionCount(kPostgres), 6);
        QCOMPARE(findVersion(kPostgres, pgVersion(4)).value(u"status"_s).toString(), u"ACTIVE"_s);
    }

    void roleEditor() {
        const QByteArray t = "demo-editor";
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets?folderId="_s + kFolder, t), 200);
        const Http r = addVersion(kPostgres, {entryText(u"a"_s, u"b"_s)}, {}, {}, t);
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"createdBy"_s).toString(), u"ajedemo0editor000001"_s);
        CHECK_STATUS(c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                              {{u"versionId"_s, pgVersion(4)}}, t),
                     200);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/payload"_s.arg(kPostgres), t), 403, 7);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets:getEx?secretId="_s + kPostgres, t), 403, 7);
        // Managing access bindings is lockbox.admin's.
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:setAccessBindings"_s.arg(kPostgres),
                                 {{u"accessBindings"_s, QJsonArray()}}, t),
                        403, 7);
    }

    void roleReader() {
        const QByteArray t = "demo-reader";
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets?folderId="_s + kFolder, t), 200);
        const Http r = c().get(u"/lockbox/v1/secrets/%1/payload"_s.arg(kPostgres), t);
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"entries"_s).toArray().size(), 4);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets:getEx?secretId="_s + kPostgres, t), 200);
        CHECK_RPC_ERROR(addVersion(kPostgres, {entryText(u"a"_s, u"b"_s)}, {}, {}, t), 403, 7);
        CHECK_RPC_ERROR(
            c().post(u"/lockbox/v1/secrets/%1:setCurrentVersion"_s.arg(kPostgres), {{u"versionId"_s, pgVersion(4)}}, t),
            403, 7);
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                                 {{u"versionId"_s, pgVersion(4)}}, t),
                        403, 7);
        CHECK_RPC_ERROR(c().call("POST", u"/lockbox/v1/secrets/%1:deactivate"_s.arg(kPostgres), {}, t), 403, 7);
        CHECK_RPC_ERROR(c().del(u"/lockbox/v1/secrets/"_s + kSmtp, t), 403, 7);
        CHECK_RPC_ERROR(c().post(u"/lockbox/v1/secrets"_s, {{u"folderId"_s, kFolder}, {u"name"_s, u"nope"_s}}, t), 403,
                        7);
        QCOMPARE(m_emu->store()->versionCount(kPostgres), 6);
        QCOMPARE(getSecret(kPostgres).value(u"currentVersion"_s).toObject().value(u"id"_s).toString(), pgVersion(6));
    }

    // ------------------------------------------------------------------ fault injection

    void faultStatus429WithRetryAfter() {
        FaultInjector::Rule rule;
        rule.kind = FaultInjector::Kind::Status429;
        rule.method = u"GET"_s;
        rule.pathGlob = u"/lockbox/v1/secrets/*"_s;
        rule.remaining = 2;
        rule.retryAfterSeconds = 7;
        m_emu->faults()->addRule(rule);
        for (int i = 0; i < 2; ++i) {
            const Http r = c().get(u"/lockbox/v1/secrets/"_s + kPostgres);
            CHECK_RPC_ERROR(r, 429, 8);
            QCOMPARE(r.header("retry-after"), QByteArray("7"));
        }
        // POST is not matched; after two hits the rule is spent.
        CHECK_STATUS(addVersion(kSmtp, {entryText(u"a"_s, u"b"_s)}), 200);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kPostgres), 200);
    }

    void faultStatus500And503() {
        CHECK_STATUS(
            c().post(
                u"/_emulator/faults"_s,
                {{u"rules"_s, QJsonArray{QJsonObject{{u"kind"_s, u"500"_s}, {u"count"_s, 1}},
                                         QJsonObject{{u"kind"_s, u"503"_s}, {u"count"_s, 1}, {u"retryAfter"_s, 3}}}}}),
            200);
        Http r = c().get(u"/lockbox/v1/secrets/"_s + kPostgres);
        CHECK_RPC_ERROR(r, 500, 13);
        r = c().get(u"/lockbox/v1/secrets/"_s + kPostgres);
        CHECK_RPC_ERROR(r, 503, 14);
        QCOMPARE(r.header("retry-after"), QByteArray("3"));
        // Injected failures do not apply the request.
        CHECK_RPC_ERROR(
            c().post(u"/_emulator/faults"_s, {{u"rules"_s, QJsonArray{QJsonObject{{u"kind"_s, u"teapot"_s}}}}}), 400,
            3);
        CHECK_STATUS(c().post(u"/_emulator/faults"_s,
                              {{u"rules"_s, QJsonArray{QJsonObject{{u"kind"_s, u"503"_s}, {u"method"_s, u"POST"_s}}}}}),
                     200);
        const int before = m_emu->store()->versionCount(kSmtp);
        CHECK_RPC_ERROR(addVersion(kSmtp, {entryText(u"a"_s, u"b"_s)}), 503, 14);
        QCOMPARE(m_emu->store()->versionCount(kSmtp), before);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kPostgres), 200);
        CHECK_STATUS(addVersion(kSmtp, {entryText(u"a"_s, u"b"_s)}), 200);
    }

    void faultsAdminPath() {
        Http r = c().post(u"/_emulator/faults"_s,
                          {{u"rules"_s, QJsonArray{QJsonObject{{u"kind"_s, u"503"_s},
                                                               {u"count"_s, 0},
                                                               {u"method"_s, u"GET"_s},
                                                               {u"path"_s, u"/resource-manager/*"_s}}}},
                           {u"spec"_s, u"429x1@GET /lockbox/v1/secrets/*/versions"_s}});
        CHECK_STATUS(r, 200);
        r = c().get(u"/_emulator/faults"_s);
        CHECK_STATUS(r, 200);
        QCOMPARE(r.json.value(u"rules"_s).toArray().size(), 2);
        // count 0 = always.
        for (int i = 0; i < 3; ++i) {
            CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/clouds"_s), 503, 14);
        }
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/versions"_s.arg(kPostgres)), 429, 8);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/%1/versions"_s.arg(kPostgres)), 200);
        // DELETE clears every rule.
        CHECK_STATUS(c().del(u"/_emulator/faults"_s), 200);
        r = c().get(u"/_emulator/faults"_s);
        QVERIFY(r.json.value(u"rules"_s).toArray().isEmpty());
        CHECK_STATUS(c().get(u"/resource-manager/v1/clouds"_s), 200);
        // A bad spec is refused.
        CHECK_RPC_ERROR(c().post(u"/_emulator/faults"_s, {{u"spec"_s, u"bogus@@"_s}}), 400, 3);
    }

    void faultSpecSyntax() {
        EmulatorOptions options;
        options.faults = u"503x2@POST /lockbox/v1/secrets/*:addVersion; 429@GET /lockbox/v1/secrets/*/versions;"
                         u"500x0@/resource-manager/*;latency=0"_s;
        restart(options);
        QVERIFY(m_emu);
        QCOMPARE(m_emu->faults()->toJson().value(u"rules"_s).toArray().size(), 3);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/versions"_s.arg(kPostgres)), 429, 8);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/%1/versions"_s.arg(kPostgres)), 200);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kPostgres), 200);
        const int before = m_emu->store()->versionCount(kSmtp);
        CHECK_RPC_ERROR(addVersion(kSmtp, {entryText(u"a"_s, u"b"_s)}), 503, 14);
        CHECK_RPC_ERROR(addVersion(kSmtp, {entryText(u"a"_s, u"b"_s)}), 503, 14);
        CHECK_STATUS(addVersion(kSmtp, {entryText(u"a"_s, u"b"_s)}), 200);
        QCOMPARE(m_emu->store()->versionCount(kSmtp), before + 1);
        for (int i = 0; i < 3; ++i) {
            CHECK_RPC_ERROR(c().get(u"/resource-manager/v1/folders/"_s + kFolder), 500, 13);
        }
        // Delay rule and latency parse.
        QString error;
        FaultInjector parser;
        QVERIFY2(parser.parseSpec(u"delay=250x3@GET /operations/*;latency=40"_s, &error), qPrintable(error));
        QCOMPARE(parser.latencyMs(), 40);
        const QJsonObject rule = parser.toJson().value(u"rules"_s).toArray().first().toObject();
        QCOMPARE(rule.value(u"kind"_s).toString(), u"delay"_s);
        QCOMPARE(rule.value(u"delayMs"_s).toInt(), 250);
        QCOMPARE(rule.value(u"count"_s).toInt(), 3);
        QCOMPARE(rule.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(rule.value(u"path"_s).toString(), u"/operations/*"_s);
        // Malformed specs are refused, also at start.
        for (const auto &bad :
             {u"bogus"_s, u"503x"_s, u"latency=-5"_s, u"latency=abc"_s, u"404"_s, u"503@FETCH /x"_s}) {
            FaultInjector p;
            QVERIFY2(!p.parseSpec(bad, &error), qPrintable(bad));
        }
        options.faults = u"drop@POST /x;nonsense"_s;
        Emulator broken;
        QVERIFY(!broken.start(options, &error));
        QVERIFY(!error.isEmpty());
    }

    void faultLatencyAndDelay() {
        // A rule delays only matching requests: another request finishes while the delayed one waits.
        FaultInjector::Rule slow;
        slow.kind = FaultInjector::Kind::Delay;
        slow.method = u"GET"_s;
        slow.pathGlob = u"/lockbox/v1/secrets/"_s + kPostgres;
        slow.delayMs = 120000;
        m_emu->faults()->addRule(slow);
        Client other(m_emu->baseUrl());
        QNetworkReply *delayed = c().start("GET", u"/lockbox/v1/secrets/"_s + kPostgres);
        const Http quick = other.get(u"/lockbox/v1/secrets/"_s + kSmtp);
        CHECK_STATUS(quick, 200);
        QVERIFY2(!delayed->isFinished(), "the delayed request finished before the undelayed one");
        delayed->abort();
        Client::finish(delayed);
        // Global latency: a client whose transfer timeout is far shorter than it times out...
        m_emu->faults()->setLatencyMs(120000);
        QNetworkReply *timing = c().start("GET", u"/lockbox/v1/secrets/"_s + kSmtp, {}, adminToken(), {}, 300);
        const Http timedOut = Client::finish(timing);
        QCOMPARE(timedOut.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(timedOut.status, 0);
        // ...and, latency cleared through the admin path, the emulator answers at once again.
        CHECK_STATUS(c().del(u"/_emulator/faults"_s), 200);
        QCOMPARE(m_emu->faults()->latencyMs(), 0);
        QNetworkReply *again = c().start("GET", u"/lockbox/v1/secrets/"_s + kSmtp, {}, adminToken(), {}, 30000);
        CHECK_STATUS(Client::finish(again), 200);
        // A small latency still gives a complete, correct answer.
        CHECK_STATUS(c().post(u"/_emulator/faults"_s, {{u"latencyMs"_s, 30}}), 200);
        const Http late = c().get(u"/lockbox/v1/secrets/"_s + kSmtp);
        CHECK_STATUS(late, 200);
        QCOMPARE(late.json.value(u"id"_s).toString(), kSmtp);
    }

    void faultDropAfterApply() {
        FaultInjector::Rule drop;
        drop.kind = FaultInjector::Kind::Drop;
        drop.method = u"POST"_s;
        drop.pathGlob = u"/lockbox/v1/secrets/*:addVersion"_s;
        m_emu->faults()->addRule(drop);
        const int before = m_emu->store()->versionCount(kSmtp);

        // On the wire (a raw socket, so no client retries): the request is applied, then the connection
        // closes without a single byte of response.
        QTcpSocket socket;
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, m_emu->port());
        QVERIFY(connected.wait(10000));
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"payloadEntries"_s, QJsonArray{entryText(u"dropped"_s, u"applied"_s)}}})
                .toJson(QJsonDocument::Compact);
        socket.write("POST /lockbox/v1/secrets/" + kSmtp.toLatin1() +
                     ":addVersion HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + adminToken() +
                     "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\n\r\n" + body);
        QVERIFY(disconnected.wait(10000) || socket.state() == QAbstractSocket::UnconnectedState);
        QCOMPARE(socket.readAll(), QByteArray());
        QCOMPARE(m_emu->store()->versionCount(kSmtp), before + 1);
        const auto p = payload(kSmtp);
        QVERIFY(p.has_value());
        QCOMPARE(p->last(), (std::pair<QString, QString>{u"dropped"_s, u"applied"_s}));

        // Through QNetworkAccessManager, which re-sends a request whose connection closed before any
        // answer: with an Idempotency-Key the re-send returns the same operation, so one version only.
        m_emu->faults()->addRule(drop);
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const Http r = addVersion(kSmtp, {entryText(u"dropped2"_s, u"once"_s)}, {}, {{"Idempotency-Key", key}});
        QVERIFY2(r.status == 200 || (r.status == 0 && r.error != QNetworkReply::NoError), qPrintable(r.describe()));
        QCOMPARE(m_emu->store()->versionCount(kSmtp), before + 2);
        const QString current = getSecret(kSmtp).value(u"currentVersion"_s).toObject().value(u"id"_s).toString();
        if (r.status == 200) {
            QCOMPARE(r.json.value(u"metadata"_s).toObject().value(u"versionId"_s).toString(), current);
        }
        // A retry with the same key (what a client does after a transport error) changes nothing.
        const Http retry = addVersion(kSmtp, {entryText(u"dropped2"_s, u"once"_s)}, {}, {{"Idempotency-Key", key}});
        CHECK_STATUS(retry, 200);
        QCOMPARE(retry.json.value(u"metadata"_s).toObject().value(u"versionId"_s).toString(), current);
        QCOMPARE(m_emu->store()->versionCount(kSmtp), before + 2);
        // The emulator keeps serving.
        CHECK_STATUS(addVersion(kSmtp, {entryText(u"after"_s, u"1"_s)}), 200);
        QCOMPARE(m_emu->store()->versionCount(kSmtp), before + 3);
    }

    void faultTruncatedAndMalformedBodies() {
        // Truncated: a 200 whose body stops half-way (the connection closes early).
        CHECK_STATUS(c().post(u"/_emulator/faults"_s, {{u"spec"_s, u"truncate@GET /lockbox/v1/secrets/*"_s}}), 200);
        Http r = c().get(u"/lockbox/v1/secrets/"_s + kPostgres);
        QVERIFY2(!(r.error == QNetworkReply::NoError && r.isJson), qPrintable(r.describe()));
        QVERIFY(!r.isJson);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kPostgres), 200);
        // Malformed: a 200 whose body is not JSON; the mutation behind it was applied.
        CHECK_STATUS(c().post(u"/_emulator/faults"_s, {{u"spec"_s, u"malformed@POST /lockbox/v1/secrets/*"_s}}), 200);
        const int before = m_emu->store()->versionCount(kSmtp);
        r = addVersion(kSmtp, {entryText(u"malformed"_s, u"1"_s)});
        CHECK_STATUS(r, 200);
        QVERIFY(!r.isJson);
        QCOMPARE(m_emu->store()->versionCount(kSmtp), before + 1);
        // And the emulator keeps serving.
        r = c().get(u"/lockbox/v1/secrets/"_s + kSmtp);
        CHECK_STATUS(r, 200);
        QVERIFY(r.isJson);
        CHECK_STATUS(addVersion(kSmtp, {entryText(u"ok"_s, u"1"_s)}), 200);
    }

    // ------------------------------------------------------------------ bad requests

    void badRequests() {
        const QString add = u"/lockbox/v1/secrets/%1:addVersion"_s.arg(kSmtp);
        const int before = m_emu->store()->versionCount(kSmtp);
        // Malformed JSON.
        Http r = c().call("POST", add, "{\"payloadEntries\": [");
        CHECK_RPC_ERROR(r, 400, 3);
        QVERIFY2(r.json.value(u"message"_s).toString().contains(u"JSON"_s, Qt::CaseInsensitive),
                 qPrintable(r.describe()));
        r = c().call("POST", add, "[1,2]");
        CHECK_RPC_ERROR(r, 400, 3);
        // Unknown field (named in the message).
        r = c().post(add, {{u"payloadEntries"_s, QJsonArray{entryText(u"a"_s, u"b"_s)}}, {u"bogusField"_s, 1}});
        CHECK_RPC_ERROR(r, 400, 3);
        QVERIFY2(r.json.value(u"message"_s).toString().contains(u"bogusField"_s), qPrintable(r.describe()));
        r = c().post(add, {{u"payloadEntries"_s, QJsonArray{QJsonObject{{u"key"_s, u"a"_s}, {u"value"_s, u"b"_s}}}}});
        CHECK_RPC_ERROR(r, 400, 3);
        // snake_case is not this API's JSON name in bodies (unverified whether the gateway accepts it).
        // Wrong types.
        r = c().post(add, {{u"description"_s, 5}, {u"payloadEntries"_s, QJsonArray{entryText(u"a"_s, u"b"_s)}}});
        CHECK_RPC_ERROR(r, 400, 3);
        QVERIFY2(r.json.value(u"message"_s).toString().contains(u"description"_s), qPrintable(r.describe()));
        r = c().post(add, {{u"payloadEntries"_s, u"a=b"_s}});
        CHECK_RPC_ERROR(r, 400, 3);
        r = c().post(add, {{u"payloadEntries"_s, QJsonArray{QJsonObject{{u"key"_s, 7}, {u"textValue"_s, u"b"_s}}}}});
        CHECK_RPC_ERROR(r, 400, 3);
        r = c().post(add, {{u"payloadEntries"_s,
                            QJsonArray{QJsonObject{{u"key"_s, u"a"_s}, {u"binaryValue"_s, u"!!notbase64!!"_s}}}}});
        CHECK_RPC_ERROR(r, 400, 3);
        r = c().post(
            add,
            {{u"payloadEntries"_s,
              QJsonArray{QJsonObject{{u"key"_s, u"a"_s}, {u"textValue"_s, u"b"_s}, {u"binaryValue"_s, u"YQ=="_s}}}}});
        CHECK_RPC_ERROR(r, 400, 3); // oneof: one of textValue, binaryValue
        r = c().patch(u"/lockbox/v1/secrets/"_s + kSmtp,
                      {{u"updateMask"_s, u"deletionProtection"_s}, {u"deletionProtection"_s, u"yes"_s}});
        CHECK_RPC_ERROR(r, 400, 3);
        r = c().patch(u"/lockbox/v1/secrets/"_s + kSmtp, {{u"description"_s, u"no mask"_s}});
        CHECK_RPC_ERROR(r, 400, 3); // update_mask is required
        // Oversize values.
        r = c().post(u"/lockbox/v1/secrets"_s, {{u"folderId"_s, kFolder}, {u"name"_s, QString(101, QLatin1Char('n'))}});
        CHECK_RPC_ERROR(r, 400, 3);
        r = c().post(add, {{u"payloadEntries"_s, QJsonArray{entryText(u"a"_s, QString(70000, QLatin1Char('v')))}}});
        CHECK_RPC_ERROR(r, 400, 3);
        r = c().post(u"/lockbox/v1/secrets"_s, {{u"folderId"_s, kFolder},
                                                {u"name"_s, u"bad-labels"_s},
                                                {u"labels"_s, QJsonObject{{u"Bad Key"_s, u"v"_s}}}});
        CHECK_RPC_ERROR(r, 400, 3);
        // Unknown query parameter.
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/%1/versions?pageSise=10"_s.arg(kSmtp)), 400, 3);
        // Unknown secret, folder, path.
        r = c().get(u"/lockbox/v1/secrets/e6qnosuchsecret00000"_s);
        CHECK_RPC_ERROR(r, 404, 5);
        CHECK_RPC_ERROR(addVersion(u"e6qnosuchsecret00000"_s, {entryText(u"a"_s, u"b"_s)}), 404, 5);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets/e6qnosuchsecret00000/payload"_s), 404, 5);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v1/secrets?folderId=b1gnosuchfolder00000"_s), 404, 5);
        CHECK_RPC_ERROR(c().get(u"/lockbox/v2/whatever"_s), 404, 5);
        // Nothing was applied, and the emulator keeps serving.
        QCOMPARE(m_emu->store()->versionCount(kSmtp), before);
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kSmtp), 200);
        CHECK_STATUS(addVersion(kSmtp, {entryText(u"a"_s, u"b"_s)}), 200);
    }

    // ------------------------------------------------------------------ persisted state

    void stateSurvivesRestart() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EmulatorOptions options;
        options.stateFile = dir.filePath(u"state.json"_s);
        restart(options);
        QVERIFY(m_emu);

        const QByteArray idemKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const Http added =
            addVersion(kPostgres, {entryText(u"persisted"_s, u"yes"_s)}, {}, {{"Idempotency-Key", idemKey}});
        CHECK_STATUS(added, 200);
        const QString newVersion = added.json.value(u"metadata"_s).toObject().value(u"versionId"_s).toString();
        const Http current =
            c().post(u"/lockbox/v1/secrets/%1:setCurrentVersion"_s.arg(kPostgres), {{u"versionId"_s, pgVersion(4)}});
        CHECK_STATUS(current, 200);
        const Http scheduled = c().post(u"/lockbox/v1/secrets/%1:scheduleVersionDestruction"_s.arg(kPostgres),
                                        {{u"versionId"_s, pgVersion(5)}, {u"pendingPeriod"_s, u"86400s"_s}});
        CHECK_STATUS(scheduled, 200);
        const Http cancelled = c().post(u"/lockbox/v1/secrets/%1:cancelVersionDestruction"_s.arg(kPostgres),
                                        {{u"versionId"_s, pgVersion(2)}});
        CHECK_STATUS(cancelled, 200);
        const Http deactivated = c().call("POST", u"/lockbox/v1/secrets/%1:deactivate"_s.arg(kSmtp));
        CHECK_STATUS(deactivated, 200);
        const Http created =
            c().post(u"/lockbox/v1/secrets"_s,
                     {{u"folderId"_s, kFolder},
                      {u"name"_s, u"persisted-secret"_s},
                      {u"versionPayloadEntries"_s, QJsonArray{entryBinary(u"bin"_s, QByteArray("\x01\x02"))}}});
        CHECK_STATUS(created, 200);
        const QString createdId = created.json.value(u"metadata"_s).toObject().value(u"secretId"_s).toString();
        const QString iamToken = iamTokenFromOAuth();
        QVERIFY(!iamToken.isEmpty());
        m_emu->advanceClock(3600 * 1000);
        const QDateTime clockBefore = m_emu->store()->now();

        // Snapshot what was acknowledged.
        const Http versionsBefore = c().get(u"/lockbox/v1/secrets/%1/versions?pageSize=1000"_s.arg(kPostgres));
        const QJsonObject pgBefore = getSecret(kPostgres);
        const auto payloadBefore = payload(kPostgres, newVersion);
        QVERIFY(payloadBefore.has_value());
        const QStringList opIds{added.json.value(u"id"_s).toString(),       current.json.value(u"id"_s).toString(),
                                scheduled.json.value(u"id"_s).toString(),   cancelled.json.value(u"id"_s).toString(),
                                deactivated.json.value(u"id"_s).toString(), created.json.value(u"id"_s).toString()};
        QList<QJsonObject> opsBefore;
        for (const auto &id : opIds) {
            const Http op = c().get(u"/operations/"_s + id);
            CHECK_STATUS(op, 200);
            opsBefore << op.json;
        }
        const int secretsBefore = m_emu->store()->secretCount();

        // Destroy and start again on the same file.
        m_client.reset();
        m_emu.reset();
        restart(options);
        QVERIFY2(m_emu, "the emulator did not start from its state file");

        QCOMPARE(m_emu->store()->secretCount(), secretsBefore);
        QVERIFY(m_emu->store()->now() >= clockBefore); // the emulator clock kept its offset
        const Http versionsAfter = c().get(u"/lockbox/v1/secrets/%1/versions?pageSize=1000"_s.arg(kPostgres));
        CHECK_STATUS(versionsAfter, 200);
        QCOMPARE(versionsAfter.json, versionsBefore.json);
        QCOMPARE(getSecret(kPostgres), pgBefore);
        QCOMPARE(getSecret(kPostgres).value(u"currentVersion"_s).toObject().value(u"id"_s).toString(), pgVersion(4));
        QCOMPARE(payload(kPostgres, newVersion), payloadBefore);
        QCOMPARE(getSecret(kSmtp).value(u"status"_s).toString(), u"INACTIVE"_s);
        for (qsizetype i = 0; i < opIds.size(); ++i) {
            const Http op = c().get(u"/operations/"_s + opIds[i]);
            CHECK_STATUS(op, 200);
            QCOMPARE(op.json, opsBefore[i]);
        }
        // The idempotency key still maps to the same operation, and adds nothing.
        const int versions = m_emu->store()->versionCount(kPostgres);
        const Http replay =
            addVersion(kPostgres, {entryText(u"persisted"_s, u"yes"_s)}, {}, {{"Idempotency-Key", idemKey}});
        CHECK_STATUS(replay, 200);
        QCOMPARE(replay.json.value(u"id"_s).toString(), opIds.first());
        QCOMPARE(m_emu->store()->versionCount(kPostgres), versions);
        // The issued IAM token is still valid.
        CHECK_STATUS(c().get(u"/lockbox/v1/secrets/"_s + kPostgres, iamToken.toLatin1()), 200);
        // The created secret is there with its binary payload.
        QCOMPARE(payload(createdId), (QList<std::pair<QString, QString>>{{u"bin"_s, u"b64:AQI="_s}}));
        // The scheduled destruction still happens on time; the cancelled one does not.
        QCOMPARE(findVersion(kPostgres, pgVersion(5)).value(u"status"_s).toString(), u"SCHEDULED_FOR_DESTRUCTION"_s);
        m_emu->advanceClock(86400LL * 1000 + 1000);
        QCOMPARE(findVersion(kPostgres, pgVersion(5)).value(u"status"_s).toString(), u"DESTROYED"_s);
        QCOMPARE(findVersion(kPostgres, pgVersion(2)).value(u"status"_s).toString(), u"ACTIVE"_s);

        // And a third start sees that destruction too.
        restart(options);
        QVERIFY(m_emu);
        QCOMPARE(findVersion(kPostgres, pgVersion(5)).value(u"status"_s).toString(), u"DESTROYED"_s);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorConformance)
#include "tst_emulator_conformance.moc"
