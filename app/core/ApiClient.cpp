#include "ApiClient.h"

#include "ResponseDecoder.h"

#include "JsonMapping.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace lockbox {

using decode::accessBindingFromJson;
using decode::accessBindingToJson;
using decode::iamTokenFromJson;
using decode::pageParser;
using decode::parsePage;
using decode::payloadFromJson;

namespace {

constexpr int kMaxBackoffMs = 10000;

QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A path segment with everything but unreserved characters percent-encoded, so an id can never
// reach another route ("a/b", "x:cancel", "?").
QString segment(const QString &id) {
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString secretPath(const QString &secretId, const QString &suffix = {}) {
    return QStringLiteral("/lockbox/v1/secrets/") + segment(secretId) + suffix;
}

// QUrlQuery leaves '+' alone (servers read it as a space) and interprets '%XX': hand it values
// that are already fully encoded.
void addQueryItem(QUrlQuery &query, const QString &key, const QString &value) {
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QUrlQuery pageQuery(int pageSize, const QString &pageToken, QUrlQuery query = {}) {
    if (pageSize > 0) {
        addQueryItem(query, QStringLiteral("pageSize"), QString::number(pageSize));
    }
    if (!pageToken.isEmpty()) {
        addQueryItem(query, QStringLiteral("pageToken"), pageToken);
    }
    return query;
}

ApiError decodeError(const QString &why, const QString &requestId) {
    ApiError e =
        ApiError::local(ApiError::Kind::Decode,
                        QCoreApplication::translate("ApiClient", "The server's response could not be read: %1")
                            .arg(why.isEmpty() ? QCoreApplication::translate("ApiClient", "unexpected content") : why));
    e.requestId = requestId;
    return e;
}

ApiError tlsError(const QString &detail) {
    return ApiError::local(
        ApiError::Kind::Tls,
        QCoreApplication::translate("ApiClient",
                                    "The server's certificate is not trusted (%1). If the server uses a private "
                                    "certificate authority, add its CA certificate to the profile.")
            .arg(detail),
        RpcCode::Unavailable);
}

template <typename T>
Result<T> errorResult(const ApiError &error, const QString &requestId) {
    Result<T> r(error);
    r.setRequestId(requestId);
    return r;
}

// A response body as a JSON object, or a Decode error.
Result<QJsonObject> parseBody(const Result<QByteArray> &raw) {
    if (!raw.ok()) {
        return errorResult<QJsonObject>(raw.error(), raw.requestId());
    }
    QString why;
    std::optional<QJsonObject> object = decode::objectFromBody(raw.value(), &why);
    if (!object) {
        return errorResult<QJsonObject>(decodeError(why, raw.requestId()), raw.requestId());
    }
    Result<QJsonObject> r(std::move(*object));
    r.setRequestId(raw.requestId());
    return r;
}

template <typename T>
auto pageBodyParser(const char *arrayName) {
    return [arrayName](const QByteArray &body, const std::function<void(const QString &)> &onToken, QString *why) {
        return decode::pageFromBody<T>(body, arrayName, onToken, why);
    };
}

// Turns the raw JSON callback into a typed one: parse() says why it failed, and a failure becomes a
// Decode error instead of a half-filled value.
template <typename T, typename Parse>
std::function<void(const Result<QJsonObject> &)> decoding(ApiClient::Callback<T> callback, Parse parse) {
    return [callback = std::move(callback), parse](const Result<QJsonObject> &raw) {
        if (!raw.ok()) {
            callback(errorResult<T>(raw.error(), raw.requestId()));
            return;
        }
        QString why;
        std::optional<T> value = parse(raw.value(), &why);
        if (!value) {
            callback(errorResult<T>(decodeError(why, raw.requestId()), raw.requestId()));
            return;
        }
        Result<T> r(std::move(*value));
        r.setRequestId(raw.requestId());
        callback(r);
    };
}

// A mutation's answer, an Operation. A 2xx answer that cannot be read means the server took the
// request: its outcome is unknown, not failed, and the caller must not report "not done".
std::function<void(const Result<QJsonObject> &)> mutationAnswer(ApiClient::Callback<Operation> callback) {
    return decoding<Operation>(
        [callback = std::move(callback)](const Result<Operation> &result) {
            if (result.ok() || result.error().kind != ApiError::Kind::Decode || result.error().outcomeUnknown) {
                callback(result);
                return;
            }
            ApiError error = result.error();
            error.outcomeUnknown = true;
            callback(errorResult<Operation>(error, result.requestId()));
        },
        &Operation::fromJson);
}

// The system's proxy settings for this client only (QNetworkProxyFactory::setUseSystemConfiguration
// is process-wide); loopback (the emulator) never goes through a proxy.
class SystemProxyFactory final : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override {
        const QString host = query.peerHostName();
        const QHostAddress address(host);
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
            (!address.isNull() && address.isLoopback())) {
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        }
        return systemProxyForQuery(query);
    }
};

bool isTransportError(QNetworkReply::NetworkError error) {
    // 1–199: connection, TLS, timeout and proxy errors; 200+ come from an HTTP status.
    return error != QNetworkReply::NoError && static_cast<int>(error) < 200;
}

// Whether a request that failed this way may have reached the server: only a connection that was
// never made (refused, no such host, no TLS session, no proxy) says for sure that it did not.
bool mayHaveArrived(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return false;
    default:
        return true;
    }
}

} // namespace

struct ApiClient::Call {
    QByteArray method;
    QUrl url;
    QByteArray body;
    bool hasBody = false;
    bool mutation = false;
    bool authenticated = true;
    bool bound = false; // a context was given: deliver only while it lives
    QPointer<QObject> context;
    BodyCallback callback;
    QString traceId;
    QString idempotencyKey;
    QElapsedTimer elapsed;
    int attempts = 0;
    bool authRetried = false;
    QString token;
    QString sslErrorText;
    QString lastRequestId;
    QString lastClientRequestId;
    bool mayHaveArrived = false; // an attempt failed after the request may have reached the server

    ~Call() { SecretPayload::wipeBytes(body); } // AddVersion bodies hold secret values
    bool contextGone() const { return bound && !context; }
};

ApiClient::ApiClient(ClientConfig config, CredentialProvider *credentials, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_credentials(credentials),
      m_network(new QNetworkAccessManager(this)) {
    if (m_config.proxy) {
        m_network->setProxy(*m_config.proxy);
    } else {
        m_network->setProxyFactory(new SystemProxyFactory); // owned by the manager
    }
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient() {
    if (m_decodeThread) {
        m_decodeThread->quit();
        m_decodeThread->wait(); // a decode in progress ends in microseconds to milliseconds
        delete m_decodeWorker;
    }
    // Replies finish (aborted) while the manager is destroyed: make sure none reaches us then.
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

QUrl ApiClient::serviceUrl(Service service, const QString &path) const {
    QUrl url;
    if (m_config.baseUrl.isValid() && !m_config.baseUrl.isEmpty()) {
        url = m_config.baseUrl;
    } else {
        switch (service) {
        case Service::Lockbox:
            url = QUrl(QStringLiteral("https://lockbox.api.cloud.yandex.net"));
            break;
        case Service::Payload:
            url = QUrl(QStringLiteral("https://payload.lockbox.api.cloud.yandex.net"));
            break;
        case Service::Operation:
            url = QUrl(QStringLiteral("https://operation.api.cloud.yandex.net"));
            break;
        case Service::Iam:
            url = QUrl(QStringLiteral("https://iam.api.cloud.yandex.net"));
            break;
        case Service::ResourceManager:
            url = QUrl(QStringLiteral("https://resource-manager.api.cloud.yandex.net"));
            break;
        }
    }
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    QString tail = path;
    if (!tail.startsWith(QLatin1Char('/'))) {
        tail.prepend(QLatin1Char('/'));
    }
    url.setPath(base + tail, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ApiClient::send(Service service, const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const QJsonObject &body, bool mutation, bool authenticated, QObject *context, RawCallback callback,
                     const QString &idempotencyKey) {
    sendRaw(
        service, method, path, query, body, mutation, authenticated, context,
        [callback = std::move(callback)](Result<QByteArray> &raw) { callback(parseBody(raw)); }, idempotencyKey);
}

template <typename T, typename Parse>
void ApiClient::sendPage(const QString &path, const QUrlQuery &query, QObject *context, Callback<T> callback,
                         Parse parse, std::function<void(const QString &)> nextPageToken) {
    // parse(body, onToken, &why) decodes the page straight from the bytes (decode::pageFromBody);
    // onToken hears the page's nextPageToken once the body is parsed, before the items are mapped.
    auto decode = [parse](const Result<QByteArray> &raw, const std::function<void(const QString &)> &onToken) {
        if (!raw.ok()) {
            return errorResult<T>(raw.error(), raw.requestId());
        }
        QString why;
        std::optional<T> page = parse(raw.value(), onToken, &why);
        if (!page) {
            return errorResult<T>(decodeError(why, raw.requestId()), raw.requestId());
        }
        Result<T> result(std::move(*page));
        result.setRequestId(raw.requestId());
        return result;
    };
    // Only the calling thread reads the guard and calls back; the worker just carries them.
    struct Receiver {
        Callback<T> callback;
        QPointer<QObject> context;
        std::function<void(const QString &)> nextPageToken;
    };
    auto shared = std::make_shared<Receiver>(Receiver{std::move(callback), context, std::move(nextPageToken)});
    const bool bound = context != nullptr;
    sendRaw(Service::Lockbox, "GET", path, query, {}, false, true, context,
            [this, decode, shared, bound](Result<QByteArray> &raw) mutable {
                // A pipelined listing's pages all go through the one worker, so they come back in order.
                const bool pipelined = static_cast<bool>(shared->nextPageToken);
                // (Its failures too: one must not overtake the page before it, still being decoded.)
                if (!pipelined && (!raw.ok() || raw.value().size() < kOffThreadDecodeBytes)) {
                    shared->callback(decode(raw, shared->nextPageToken));
                    return;
                }
                QMetaObject::invokeMethod(
                    decodeWorker(),
                    [this, decode, shared = std::move(shared), bound, raw = Result<QByteArray>(raw)]() mutable {
                        // ~ApiClient waits for this thread, so `this` is alive here; a call posted
                        // while it is being destroyed is dropped with it.
                        std::shared_ptr<Result<T>> result;
                        {
                            // Its copy of `shared` goes at the end of this block, before the last
                            // reference moves to the caller's thread: the receiver is freed there.
                            std::function<void(const QString &)> onToken;
                            if (shared->nextPageToken) {
                                onToken = [this, shared, bound](const QString &token) {
                                    QMetaObject::invokeMethod(
                                        this,
                                        [shared, bound, token]() {
                                            if (!bound || shared->context) {
                                                shared->nextPageToken(token);
                                            }
                                        },
                                        Qt::QueuedConnection);
                                };
                            }
                            result = std::make_shared<Result<T>>(decode(raw, onToken));
                        }
                        QMetaObject::invokeMethod(
                            this,
                            [shared = std::move(shared), bound, result = std::move(result)]() {
                                if (bound && !shared->context) {
                                    return; // the receiver is gone
                                }
                                shared->callback(*result);
                            },
                            Qt::QueuedConnection);
                    },
                    Qt::QueuedConnection);
            });
}

QObject *ApiClient::decodeWorker() {
    if (!m_decodeThread) {
        m_decodeThread = new QThread(this);
        m_decodeThread->setObjectName(QStringLiteral("lockbox-decode"));
        m_decodeWorker = new QObject;
        m_decodeWorker->moveToThread(m_decodeThread);
        m_decodeThread->start();
    }
    return m_decodeWorker;
}

void ApiClient::sendRaw(Service service, const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QJsonObject &body, bool mutation, bool authenticated, QObject *context,
                        BodyCallback callback, const QString &idempotencyKey) {
    auto call = std::make_shared<Call>();
    call->method = method;
    call->url = serviceUrl(service, path);
    if (!query.isEmpty()) {
        call->url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    call->hasBody = method == "POST" || method == "PATCH" || method == "PUT";
    if (call->hasBody) {
        call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    call->mutation = mutation;
    call->authenticated = authenticated;
    call->bound = context != nullptr;
    call->context = context;
    call->callback = std::move(callback);
    call->traceId = newUuid();
    if (mutation) {
        // v4; the same on every retry of this call
        call->idempotencyKey = idempotencyKey.isEmpty() ? newUuid() : idempotencyKey;
    }
    call->elapsed.start();
    attempt(std::move(call));
}

void ApiClient::attempt(std::shared_ptr<Call> call) {
    if (call->contextGone()) {
        return;
    }
    if (!call->authenticated) {
        sendHttp(call, QString());
        return;
    }
    if (!m_credentials) {
        Result<QByteArray> r(
            ApiError::local(ApiError::Kind::Auth,
                            QCoreApplication::translate("ApiClient", "No credentials are configured for this profile"),
                            RpcCode::Unauthenticated));
        finish(call, r);
        return;
    }
    // A token at hand: the request leaves now, not after the caller's event (a click's layout and
    // paint), so the server answers while the UI thread is still busy with it.
    if (const std::optional<QString> token = m_credentials->readyToken()) {
        sendHttp(call, *token);
        return;
    }
    m_credentials->requestToken(this, [this, call](const Result<QString> &token) {
        if (!token.ok()) {
            // The error itself names the 401 that led here, if any: views that show only the error
            // (the main window's banners) lost the request ID (found by QA).
            ApiError error = token.error();
            if (error.requestId.isEmpty()) {
                error.requestId = call->lastRequestId;
            }
            Result<QByteArray> r(error);
            r.setRequestId(call->lastRequestId);
            finish(call, r);
            return;
        }
        sendHttp(call, token.value());
    });
}

void ApiClient::sendHttp(const std::shared_ptr<Call> &call, const QString &token) {
    if (call->contextGone()) {
        return;
    }
    ++call->attempts;
    call->token = token;
    call->sslErrorText.clear();

    QNetworkRequest request(call->url);
    request.setTransferTimeout(m_config.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    if (call->url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_config.extraCaCertificates.isEmpty()) {
            ssl.addCaCertificates(m_config.extraCaCertificates);
        }
        request.setSslConfiguration(ssl);
    }
    request.setRawHeader("Accept", "application/json");
    if (call->authenticated) {
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }
    call->lastClientRequestId = newUuid();
    request.setRawHeader("x-client-request-id", call->lastClientRequestId.toLatin1());
    request.setRawHeader("x-client-trace-id", call->traceId.toLatin1());
    if (call->mutation) {
        request.setRawHeader("Idempotency-Key", call->idempotencyKey.toLatin1());
    }

    QNetworkReply *reply = nullptr;
    if (call->hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->sendCustomRequest(request, call->method, call->body);
    } else if (call->method == "GET") {
        reply = m_network->get(request);
    } else if (call->method == "DELETE") {
        reply = m_network->deleteResource(request);
    } else {
        reply = m_network->sendCustomRequest(request, call->method);
    }
    // Never ignored: only remembered for the message.
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors) {
            texts << e.errorString();
        }
        call->sslErrorText = texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply]() { handleReply(call, reply); });
    // A read that nobody waits for any more is abandoned. With a token at hand the request leaves
    // inside the call, so a context destroyed in the same event would otherwise still have the
    // server serve (and log, for a payload) an answer for nobody. A mutation is let finish: the
    // server may have applied it already, and its outcome is still polled elsewhere.
    if (call->bound && !call->mutation && call->context) {
        connect(call->context.data(), &QObject::destroyed, reply, &QNetworkReply::abort);
    }
}

void ApiClient::handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError netError = reply->error();

    Q_EMIT requestFinished(QString::fromLatin1(call->method), call->url, status, requestId);

    std::optional<Result<QByteArray>> result;
    bool final = false;     // an error that a retry cannot fix
    bool retryable = false; // retried although its kind is not transient
    if (isTransportError(netError) || status == 0) {
        SecretPayload::wipeBytes(body); // a partial body is useless (and may be a partial payload)
        // A certificate refused before the request left (sslErrors) also says it never arrived.
        call->mayHaveArrived = call->mayHaveArrived || (mayHaveArrived(netError) && call->sslErrorText.isEmpty());
        ApiError error;
        switch (netError) {
        case QNetworkReply::SslHandshakeFailedError:
            error = tlsError(call->sslErrorText.isEmpty() ? reply->errorString() : call->sslErrorText);
            break;
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
        case QNetworkReply::TimeoutError: {
            // A plain variable: lupdate skips a translate() whose count has parentheses in it.
            const int seconds = std::max(1, m_config.transferTimeoutMs / 1000);
            error = ApiError::local(ApiError::Kind::Timeout,
                                    QCoreApplication::translate(
                                        "ApiClient", "The server did not answer within %n second(s)", nullptr, seconds),
                                    RpcCode::DeadlineExceeded);
            break;
        }
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            // Never followed with our credentials, and asking again would be redirected again.
            error = ApiError::local(
                ApiError::Kind::Network,
                QCoreApplication::translate("ApiClient",
                                            "The server redirected the request elsewhere; it was not followed (%1)")
                    .arg(reply->errorString()),
                RpcCode::Unavailable);
            final = true;
            break;
        default:
            if (status >= 200 && status < 300) {
                // The answer began but the connection closed before the announced length: an
                // unreadable body, though asking again may well get all of it.
                error =
                    ApiError::local(ApiError::Kind::Decode,
                                    QCoreApplication::translate("ApiClient", "The server's response was cut short (%1)")
                                        .arg(reply->errorString()),
                                    RpcCode::DataLoss);
                error.httpStatus = status;
                retryable = true;
            } else if (!call->sslErrorText.isEmpty()) {
                error = tlsError(call->sslErrorText);
            } else {
                error = ApiError::local(ApiError::Kind::Network,
                                        QCoreApplication::translate("ApiClient", "Could not reach the server: %1")
                                            .arg(reply->errorString()),
                                        RpcCode::Unavailable);
            }
            break;
        }
        error.requestId = requestId;
        result.emplace(error);
    } else if (status >= 200 && status < 300) {
        result.emplace(std::move(body));
    } else {
        result.emplace(ApiError::fromHttp(status, body, requestId));
        SecretPayload::wipeBytes(body);
        // A server error other than "not implemented" or "unavailable" (both refuse before doing
        // anything) may come after the change was committed: a 500, a gateway's 502 or 504.
        if (status >= 500 && status != 501 && status != 503) {
            call->mayHaveArrived = true;
        }
    }
    result->setRequestId(requestId);
    call->lastRequestId = requestId;

    if (!result->ok()) {
        const ApiError &error = result->error();
        // 401: the token was refused; drop it and try once more with a fresh one.
        if (error.kind == ApiError::Kind::Server && error.httpStatus == 401 && call->authenticated &&
            !call->authRetried && m_credentials) {
            call->authRetried = true;
            m_credentials->invalidate(call->token);
            attempt(call);
            return;
        }
        if (!final && (error.isTransient() || retryable) && call->attempts < m_config.maxAttempts) {
            qint64 delay = -1;
            bool ok = false;
            const qint64 retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After")).trimmed().toLongLong(&ok);
            if (ok && retryAfter >= 0) {
                delay = retryAfter * 1000;
            } else {
                // Exponential backoff with "equal jitter": half of each step fixed, half random.
                // Full jitter could spend every attempt within a few hundred milliseconds (one in
                // five calls by 1 s with the defaults), so a server restart of under a second
                // failed calls; now the retries always span at least half the schedule (1.5 s by
                // default) and still spread the clients out.
                const int exponent = std::min(call->attempts - 1, 20);
                const qint64 step =
                    std::min<qint64>(kMaxBackoffMs, qint64(std::max(1, m_config.initialBackoffMs)) << exponent);
                delay = step / 2 + QRandomGenerator::global()->bounded(step - step / 2 + 1);
            }
            if (call->elapsed.elapsed() + delay <= m_config.retryBudgetMs) {
                QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, call]() { attempt(call); });
                return;
            }
        }
    }
    finish(call, *result);
}

void ApiClient::finish(const std::shared_ptr<Call> &call, Result<QByteArray> &result) {
    if (call->contextGone()) {
        if (result.ok()) {
            SecretPayload::wipeBytes(result.value());
        }
        return;
    }
    if (!result.ok()) {
        ApiError error = result.error();
        error.clientRequestId = call->lastClientRequestId;
        // Only a refusal of the request itself settles it: the same body was refused the first time
        // too. Others may have come after the first attempt was applied (409 ALREADY_EXISTS for a
        // retried create, 404 for a retried delete, FAILED_PRECONDITION for a retried schedule) or
        // before the server looked at the Idempotency-Key (401, 403).
        const bool settled = error.kind == ApiError::Kind::Server &&
                             (error.code == RpcCode::InvalidArgument || error.code == RpcCode::OutOfRange);
        error.outcomeUnknown = call->mutation && call->mayHaveArrived && !settled;
        Result<QByteArray> marked(error);
        marked.setRequestId(result.requestId());
        call->callback(marked);
        return;
    }
    call->callback(result);
    if (result.ok()) {
        SecretPayload::wipeBytes(result.value());
    }
}

// --- SecretService ---------------------------------------------------------------------------------

void ApiClient::getSecret(const QString &secretId, QObject *context, Callback<Secret> callback) {
    send(Service::Lockbox, "GET", secretPath(secretId), {}, {}, false, true, context,
         decoding<Secret>(std::move(callback), &Secret::fromJson));
}

void ApiClient::listSecrets(const QString &folderId, int pageSize, const QString &pageToken, QObject *context,
                            Callback<Page<Secret>> callback, std::function<void(const QString &)> nextPageToken) {
    QUrlQuery query;
    addQueryItem(query, QStringLiteral("folderId"), folderId);
    query = pageQuery(pageSize, pageToken, query);
    sendPage<Page<Secret>>(QStringLiteral("/lockbox/v1/secrets"), query, context, std::move(callback),
                           pageBodyParser<Secret>("secrets"), std::move(nextPageToken));
}

void ApiClient::createSecret(const CreateSecretRequest &request, QObject *context, Callback<Operation> callback) {
    QJsonObject body{{QStringLiteral("folderId"), request.folderId}};
    if (!request.name.isEmpty()) {
        body.insert(QStringLiteral("name"), request.name);
    }
    if (!request.description.isEmpty()) {
        body.insert(QStringLiteral("description"), request.description);
    }
    if (!request.labels.isEmpty()) {
        QJsonObject labels;
        for (auto it = request.labels.begin(); it != request.labels.end(); ++it) {
            labels.insert(it.key(), it.value());
        }
        body.insert(QStringLiteral("labels"), labels);
    }
    if (!request.kmsKeyId.isEmpty()) {
        body.insert(QStringLiteral("kmsKeyId"), request.kmsKeyId);
    }
    if (!request.versionDescription.isEmpty()) {
        body.insert(QStringLiteral("versionDescription"), request.versionDescription);
    }
    if (!request.versionPayloadEntries.isEmpty()) {
        QJsonArray entries;
        for (const auto &entry : request.versionPayloadEntries) {
            entries.append(entry.toJson());
        }
        body.insert(QStringLiteral("versionPayloadEntries"), entries);
    }
    if (request.deletionProtection) {
        body.insert(QStringLiteral("deletionProtection"), true);
    }
    if (request.passwordPayloadSpecification) {
        body.insert(QStringLiteral("passwordPayloadSpecification"), request.passwordPayloadSpecification->toJson());
    }
    if (request.createVersion) {
        body.insert(QStringLiteral("createVersion"), *request.createVersion);
    }
    send(Service::Lockbox, "POST", QStringLiteral("/lockbox/v1/secrets"), {}, body, true, true, context,
         mutationAnswer(std::move(callback)));
}

void ApiClient::updateSecret(const QString &secretId, const UpdateSecretRequest &request, QObject *context,
                             Callback<Operation> callback) {
    QJsonObject body{{QStringLiteral("updateMask"), request.updateMask.join(QLatin1Char(','))}};
    // Only what the mask names: a named field missing from the body would be reset by the server, so
    // every named field is sent, even when empty.
    for (const QString &path : request.updateMask) {
        if (path == QLatin1String("name")) {
            body.insert(QStringLiteral("name"), request.name);
        } else if (path == QLatin1String("description")) {
            body.insert(QStringLiteral("description"), request.description);
        } else if (path == QLatin1String("labels")) {
            QJsonObject labels;
            for (auto it = request.labels.begin(); it != request.labels.end(); ++it) {
                labels.insert(it.key(), it.value());
            }
            body.insert(QStringLiteral("labels"), labels);
        } else if (path == QLatin1String("deletionProtection")) {
            body.insert(QStringLiteral("deletionProtection"), request.deletionProtection);
        } else if (path == QLatin1String("passwordPayloadSpecification") && request.passwordPayloadSpecification) {
            body.insert(QStringLiteral("passwordPayloadSpecification"), request.passwordPayloadSpecification->toJson());
        }
    }
    send(Service::Lockbox, "PATCH", secretPath(secretId), {}, body, true, true, context,
         mutationAnswer(std::move(callback)));
}

void ApiClient::deleteSecret(const QString &secretId, QObject *context, Callback<Operation> callback) {
    send(Service::Lockbox, "DELETE", secretPath(secretId), {}, {}, true, true, context,
         mutationAnswer(std::move(callback)));
}

void ApiClient::activateSecret(const QString &secretId, QObject *context, Callback<Operation> callback) {
    send(Service::Lockbox, "POST", secretPath(secretId, QStringLiteral(":activate")), {}, {}, true, true, context,
         mutationAnswer(std::move(callback)));
}

void ApiClient::deactivateSecret(const QString &secretId, QObject *context, Callback<Operation> callback) {
    send(Service::Lockbox, "POST", secretPath(secretId, QStringLiteral(":deactivate")), {}, {}, true, true, context,
         mutationAnswer(std::move(callback)));
}

void ApiClient::listVersions(const QString &secretId, int pageSize, const QString &pageToken, QObject *context,
                             Callback<Page<Version>> callback) {
    sendPage<Page<Version>>(secretPath(secretId, QStringLiteral("/versions")), pageQuery(pageSize, pageToken), context,
                            std::move(callback), pageBodyParser<Version>("versions"));
}

void ApiClient::addVersion(const QString &secretId, const AddVersionRequest &request, QObject *context,
                           Callback<Operation> callback) {
    QJsonObject body;
    if (!request.description.isEmpty()) {
        body.insert(QStringLiteral("description"), request.description);
    }
    if (!request.payloadEntries.isEmpty()) {
        QJsonArray entries;
        for (const auto &entry : request.payloadEntries) {
            entries.append(entry.toJson());
        }
        body.insert(QStringLiteral("payloadEntries"), entries);
    }
    if (!request.baseVersionId.isEmpty()) {
        body.insert(QStringLiteral("baseVersionId"), request.baseVersionId);
    }
    send(Service::Lockbox, "POST", secretPath(secretId, QStringLiteral(":addVersion")), {}, body, true, true, context,
         mutationAnswer(std::move(callback)), request.idempotencyKey);
}

void ApiClient::setCurrentVersion(const QString &secretId, const QString &versionId, QObject *context,
                                  Callback<Operation> callback) {
    const QJsonObject body{{QStringLiteral("versionId"), versionId}};
    send(Service::Lockbox, "POST", secretPath(secretId, QStringLiteral(":setCurrentVersion")), {}, body, true, true,
         context, mutationAnswer(std::move(callback)));
}

void ApiClient::scheduleVersionDestruction(const QString &secretId, const QString &versionId,
                                           std::optional<qint64> pendingPeriodMs, QObject *context,
                                           Callback<Operation> callback) {
    QJsonObject body{{QStringLiteral("versionId"), versionId}};
    if (pendingPeriodMs) {
        body.insert(QStringLiteral("pendingPeriod"), json::formatDurationMs(*pendingPeriodMs));
    }
    send(Service::Lockbox, "POST", secretPath(secretId, QStringLiteral(":scheduleVersionDestruction")), {}, body, true,
         true, context, mutationAnswer(std::move(callback)));
}

void ApiClient::cancelVersionDestruction(const QString &secretId, const QString &versionId, QObject *context,
                                         Callback<Operation> callback) {
    const QJsonObject body{{QStringLiteral("versionId"), versionId}};
    send(Service::Lockbox, "POST", secretPath(secretId, QStringLiteral(":cancelVersionDestruction")), {}, body, true,
         true, context, mutationAnswer(std::move(callback)));
}

void ApiClient::listOperations(const QString &secretId, int pageSize, const QString &pageToken, QObject *context,
                               Callback<Page<Operation>> callback) {
    send(Service::Lockbox, "GET", secretPath(secretId, QStringLiteral("/operations")), pageQuery(pageSize, pageToken),
         {}, false, true, context, decoding<Page<Operation>>(std::move(callback), pageParser<Operation>("operations")));
}

void ApiClient::listAccessBindings(const QString &secretId, int pageSize, const QString &pageToken, QObject *context,
                                   Callback<Page<AccessBinding>> callback) {
    auto parse = [](const QJsonObject &o, QString *why) {
        return parsePage<AccessBinding>(o, "accessBindings", &accessBindingFromJson, why);
    };
    send(Service::Lockbox, "GET", secretPath(secretId, QStringLiteral(":listAccessBindings")),
         pageQuery(pageSize, pageToken), {}, false, true, context,
         decoding<Page<AccessBinding>>(std::move(callback), parse));
}

void ApiClient::setAccessBindings(const QString &secretId, const QList<AccessBinding> &bindings, QObject *context,
                                  Callback<Operation> callback) {
    QJsonArray array;
    for (const auto &b : bindings) {
        array.append(accessBindingToJson(b));
    }
    const QJsonObject body{{QStringLiteral("accessBindings"), array}};
    send(Service::Lockbox, "POST", secretPath(secretId, QStringLiteral(":setAccessBindings")), {}, body, true, true,
         context, mutationAnswer(std::move(callback)));
}

void ApiClient::updateAccessBindings(const QString &secretId, const QList<QPair<bool, AccessBinding>> &deltas,
                                     QObject *context, Callback<Operation> callback) {
    QJsonArray array;
    for (const auto &delta : deltas) {
        array.append(
            QJsonObject{{QStringLiteral("action"), delta.first ? QStringLiteral("ADD") : QStringLiteral("REMOVE")},
                        {QStringLiteral("accessBinding"), accessBindingToJson(delta.second)}});
    }
    const QJsonObject body{{QStringLiteral("accessBindingDeltas"), array}};
    send(Service::Lockbox, "POST", secretPath(secretId, QStringLiteral(":updateAccessBindings")), {}, body, true, true,
         context, mutationAnswer(std::move(callback)));
}

// --- PayloadService --------------------------------------------------------------------------------

void ApiClient::getPayload(const QString &secretId, const QString &versionId, QObject *context,
                           Callback<std::shared_ptr<SecretPayload>> callback) {
    QUrlQuery query;
    if (!versionId.isEmpty()) {
        addQueryItem(query, QStringLiteral("versionId"), versionId);
    }
    using PayloadResult = Result<std::shared_ptr<SecretPayload>>;
    sendRaw(Service::Payload, "GET", secretPath(secretId, QStringLiteral("/payload")), query, {}, false, true, context,
            [callback = std::move(callback)](Result<QByteArray> &raw) {
                if (!raw.ok()) {
                    callback(errorResult<std::shared_ptr<SecretPayload>>(raw.error(), raw.requestId()));
                    return;
                }
                QString why;
                std::shared_ptr<SecretPayload> payload = payloadFromJson(raw.value(), &why);
                SecretPayload::wipeBytes(raw.value());
                if (!payload) {
                    callback(errorResult<std::shared_ptr<SecretPayload>>(decodeError(why, raw.requestId()),
                                                                         raw.requestId()));
                    return;
                }
                PayloadResult r(std::move(payload));
                r.setRequestId(raw.requestId());
                callback(r);
            });
}

// --- OperationService ------------------------------------------------------------------------------

void ApiClient::getOperation(const QString &operationId, QObject *context, Callback<Operation> callback) {
    send(Service::Operation, "GET", QStringLiteral("/operations/") + segment(operationId), {}, {}, false, true, context,
         decoding<Operation>(std::move(callback), &Operation::fromJson));
}

void ApiClient::cancelOperation(const QString &operationId, QObject *context, Callback<Operation> callback) {
    // Cancel is not a new mutation of the resource, but it is sent with a key like every POST.
    send(Service::Operation, "POST", QStringLiteral("/operations/") + segment(operationId) + QStringLiteral(":cancel"),
         {}, {}, true, true, context, mutationAnswer(std::move(callback)));
}

// --- Resource Manager ------------------------------------------------------------------------------

void ApiClient::listClouds(int pageSize, const QString &pageToken, QObject *context, Callback<Page<Cloud>> callback) {
    send(Service::ResourceManager, "GET", QStringLiteral("/resource-manager/v1/clouds"), pageQuery(pageSize, pageToken),
         {}, false, true, context, decoding<Page<Cloud>>(std::move(callback), pageParser<Cloud>("clouds")));
}

void ApiClient::listFolders(const QString &cloudId, int pageSize, const QString &pageToken, QObject *context,
                            Callback<Page<Folder>> callback) {
    QUrlQuery query;
    addQueryItem(query, QStringLiteral("cloudId"), cloudId);
    query = pageQuery(pageSize, pageToken, query);
    send(Service::ResourceManager, "GET", QStringLiteral("/resource-manager/v1/folders"), query, {}, false, true,
         context, decoding<Page<Folder>>(std::move(callback), pageParser<Folder>("folders")));
}

// --- IAM -------------------------------------------------------------------------------------------

void ApiClient::createIamToken(const QJsonObject &body, QObject *context, Callback<IamToken> callback) {
    send(Service::Iam, "POST", QStringLiteral("/iam/v1/tokens"), {}, body, false, false, context,
         decoding<IamToken>(std::move(callback), &iamTokenFromJson));
}

} // namespace lockbox
