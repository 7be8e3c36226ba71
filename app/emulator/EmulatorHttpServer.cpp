#include "EmulatorHttpServer.h"

#include "JsonMapping.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <mutex>

namespace lockbox::emulator {

namespace {

QString methodName(QHttpServerRequest::Method m) {
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

// Qt HttpServer logs each request with its headers (the bearer token) at debug level, and responses
// (payload values) too. The sandbox runs this server inside the app, so its debug output stays off
// whatever the logging rules say (found by tests/tst_hygiene.cpp).
QLoggingCategory::CategoryFilter g_previousCategoryFilter = nullptr;

void silenceHttpServerDebug(QLoggingCategory *category) {
    if (g_previousCategoryFilter) {
        g_previousCategoryFilter(category);
    }
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
    }
}

QByteArray newUuid() {
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

ApiError serverError(RpcCode code, const QString &message) {
    ApiError e;
    e.code = code;
    e.httpStatus = ApiError::httpStatusFor(code);
    e.message = message;
    return e;
}

// A request body parsed as a JSON object; empty bodies count as {} (as the gateway treats them).
Result<QJsonObject> parseBody(const QByteArray &body) {
    if (body.trimmed().isEmpty()) {
        return QJsonObject();
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        return serverError(
            RpcCode::InvalidArgument,
            QStringLiteral("Request body is not valid JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset));
    }
    if (!doc.isObject()) {
        return serverError(RpcCode::InvalidArgument, QStringLiteral("Request body must be a JSON object"));
    }
    return doc.object();
}

} // namespace

EmulatorHttpServer::EmulatorHttpServer(EmulatorStore *store, FaultInjector *faults, QObject *parent)
    : QAbstractHttpServer(parent), m_store(store), m_faults(faults) {
    static std::once_flag filterInstalled;
    std::call_once(filterInstalled,
                   []() { g_previousCategoryFilter = QLoggingCategory::installFilter(silenceHttpServerDebug); });
}

EmulatorHttpServer::Response EmulatorHttpServer::errorResponse(const ApiError &error) const {
    QJsonObject status{{QStringLiteral("code"), static_cast<int>(error.code)},
                       {QStringLiteral("message"), error.message}};
    QJsonArray details{
        QJsonObject{{QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.RequestInfo")},
                    {QStringLiteral("requestId"), QString::fromLatin1(m_currentRequestId)}}};
    status.insert(QStringLiteral("details"), details);
    return Response{ApiError::httpStatusFor(error.code), QJsonDocument(status).toJson(QJsonDocument::Compact), {}};
}

void EmulatorHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    m_currentRequestId = newUuid();
    send(socket, request, errorResponse(serverError(RpcCode::NotFound, QStringLiteral("Unknown path"))),
         m_currentRequestId, 0);
}

bool EmulatorHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    ++m_requestCount;
    const QString method = methodName(request.method());
    const QString path = request.url().path(QUrl::FullyDecoded);
    QByteArray requestId = request.value("x-request-id");
    if (requestId.isEmpty() || requestId.size() > 128) {
        requestId = newUuid();
    }
    m_currentRequestId = requestId;

    if (path.startsWith(QLatin1String("/_emulator/"))) {
        send(socket, request, adminRoute(method, path, request), requestId, 0);
        return true;
    }

    m_store->tick();
    const auto fault = m_faults->take(method, path);
    int delayMs = m_faults->latencyMs();
    if (fault) {
        switch (fault->kind) {
        case FaultInjector::Kind::Status429:
        case FaultInjector::Kind::Status500:
        case FaultInjector::Kind::Status503: {
            const RpcCode code = fault->kind == FaultInjector::Kind::Status429   ? RpcCode::ResourceExhausted
                                 : fault->kind == FaultInjector::Kind::Status500 ? RpcCode::Internal
                                                                                 : RpcCode::Unavailable;
            Response r = errorResponse(
                serverError(code, fault->kind == FaultInjector::Kind::Status429
                                      ? QStringLiteral("Too many requests")
                                      : QStringLiteral("Service is temporarily unavailable (injected fault)")));
            if (fault->kind != FaultInjector::Kind::Status500) {
                r.headers.append(
                    std::make_pair(QByteArrayLiteral("retry-after"), QByteArray::number(fault->retryAfterSeconds)));
            }
            send(socket, request, r, requestId, delayMs);
            return true;
        }
        case FaultInjector::Kind::Drop:
            // The request takes effect, then the connection dies before any answer.
            route(method, path, request);
            socket->abort();
            return true;
        case FaultInjector::Kind::Truncate: {
            const Response full = route(method, path, request);
            socket->write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: " +
                          QByteArray::number(full.body.size()) + "\r\nx-request-id: " + requestId + "\r\n\r\n" +
                          full.body.left(full.body.size() / 2));
            socket->flush();
            socket->disconnectFromHost();
            return true;
        }
        case FaultInjector::Kind::Malformed: {
            route(method, path, request);
            Response r{200, QByteArrayLiteral("{\"id\": \"e6q\", \"done\": tru<html>Bad gateway</html>"), {}};
            send(socket, request, r, requestId, delayMs);
            return true;
        }
        case FaultInjector::Kind::Delay:
            delayMs += fault->delayMs;
            break;
        }
    }
    send(socket, request, route(method, path, request), requestId, delayMs);
    return true;
}

void EmulatorHttpServer::send(QTcpSocket *socket, const QHttpServerRequest &request, Response response,
                              const QByteArray &requestId, int delayMs) {
    response.headers.append(std::make_pair(QByteArrayLiteral("x-request-id"), requestId));
    response.headers.append(std::make_pair(QByteArrayLiteral("x-server-trace-id"), newUuid()));
    response.headers.append(std::make_pair(QByteArrayLiteral("server"), QByteArrayLiteral("lockbox-emulator")));
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto write = [responder, response]() {
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        responder->writeHeader("content-type", "application/json");
        responder->writeHeader("content-length", QByteArray::number(response.body.size()));
        for (const auto &h : response.headers) {
            responder->writeHeader(h.first, h.second);
        }
        responder->writeBody(response.body);
    };
    if (delayMs <= 0) {
        write();
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, this, [guard, write]() {
        if (guard && guard->state() == QAbstractSocket::ConnectedState) {
            write();
        }
    });
}

EmulatorHttpServer::Response EmulatorHttpServer::route(const QString &method, const QString &path,
                                                       const QHttpServerRequest &request) {
    const QUrlQuery query = request.query();
    const QString idemKey = QString::fromLatin1(request.value("idempotency-key"));
    auto reply = [this](const EmulatorStore::Outcome &o) {
        if (!o) {
            return errorResponse(o.error());
        }
        return Response{200, QJsonDocument(o.value()).toJson(QJsonDocument::Compact), {}};
    };

    // IAM token exchange needs no bearer token.
    if (path == QLatin1String("/iam/v1/tokens")) {
        if (method != QLatin1String("POST")) {
            return errorResponse(serverError(RpcCode::Unimplemented, QStringLiteral("Method not allowed")));
        }
        auto body = parseBody(request.body());
        return body ? reply(m_store->createIamToken(body.value())) : errorResponse(body.error());
    }

    const QByteArray auth = request.value("authorization");
    if (!auth.startsWith("Bearer ") || auth.size() <= 7) {
        return errorResponse(serverError(RpcCode::Unauthenticated,
                                         QStringLiteral("Authorization header with a Bearer IAM token is required")));
    }
    const auto caller = m_store->authenticate(QString::fromLatin1(auth.mid(7).trimmed()));
    if (!caller) {
        return errorResponse(caller.error());
    }
    const Caller &c = caller.value();

    static const QRegularExpression secretVerb(QStringLiteral(R"(^/lockbox/v1/secrets/([^/:]+):(\w+)$)"));
    static const QRegularExpression secretSub(
        QStringLiteral(R"(^/lockbox/v1/secrets/([^/:]+)/(versions|operations|payload)$)"));
    static const QRegularExpression secretOne(QStringLiteral(R"(^/lockbox/v1/secrets/([^/:]+)$)"));
    static const QRegularExpression operationRe(QStringLiteral(R"(^/operations/([^/:]+)(?::(cancel))?$)"));
    static const QRegularExpression cloudRe(QStringLiteral(R"(^/resource-manager/v1/clouds/([^/:]+)$)"));
    static const QRegularExpression folderRe(QStringLiteral(R"(^/resource-manager/v1/folders/([^/:]+)$)"));

    const bool get = method == QLatin1String("GET");
    const bool post = method == QLatin1String("POST");
    const bool hasBody = post || method == QLatin1String("PATCH");
    Result<QJsonObject> body = QJsonObject();
    if (hasBody) {
        body = parseBody(request.body());
        if (!body) {
            return errorResponse(body.error());
        }
        if (!query.isEmpty()) {
            return errorResponse(
                serverError(RpcCode::InvalidArgument, QStringLiteral("Request validation error: "
                                                                     "query parameters are not allowed "
                                                                     "with a body")));
        }
    }
    const auto notAllowed = [&]() {
        return errorResponse(
            serverError(RpcCode::Unimplemented, QStringLiteral("Method %1 is not allowed on %2").arg(method, path)));
    };

    if (path == QLatin1String("/lockbox/v1/secrets")) {
        if (get) {
            return reply(m_store->listSecrets(c, query));
        }
        return post ? reply(m_store->createSecret(c, body.value(), idemKey)) : notAllowed();
    }
    if (path == QLatin1String("/lockbox/v1/secrets:getEx")) {
        return get ? reply(m_store->getPayloadEx(c, query)) : notAllowed();
    }
    if (auto m = secretVerb.match(path); m.hasMatch()) {
        const QString id = m.captured(1);
        const QString verb = m.captured(2);
        if (verb == QLatin1String("listAccessBindings")) {
            return get ? reply(m_store->listAccessBindings(c, id, query)) : notAllowed();
        }
        if (!post) {
            return notAllowed();
        }
        const QJsonObject &b = body.value();
        if (verb == QLatin1String("addVersion")) {
            return reply(m_store->addVersion(c, id, b, idemKey));
        }
        if (verb == QLatin1String("setCurrentVersion")) {
            return reply(m_store->setCurrentVersion(c, id, b, idemKey));
        }
        if (verb == QLatin1String("scheduleVersionDestruction")) {
            return reply(m_store->scheduleVersionDestruction(c, id, b, idemKey));
        }
        if (verb == QLatin1String("cancelVersionDestruction")) {
            return reply(m_store->cancelVersionDestruction(c, id, b, idemKey));
        }
        if (verb == QLatin1String("activate") || verb == QLatin1String("deactivate")) {
            if (!b.isEmpty()) {
                return errorResponse(
                    serverError(RpcCode::InvalidArgument,
                                QStringLiteral("Request validation error: %1: unknown field").arg(b.keys().first())));
            }
            return reply(m_store->setSecretActive(c, id, verb == QLatin1String("activate"), idemKey));
        }
        if (verb == QLatin1String("setAccessBindings")) {
            return reply(m_store->setAccessBindings(c, id, b, idemKey));
        }
        if (verb == QLatin1String("updateAccessBindings")) {
            return reply(m_store->updateAccessBindings(c, id, b, idemKey));
        }
        return errorResponse(serverError(RpcCode::NotFound, QStringLiteral("Unknown method %1").arg(verb)));
    }
    if (auto m = secretSub.match(path); m.hasMatch()) {
        if (!get) {
            return notAllowed();
        }
        const QString what = m.captured(2);
        if (what == QLatin1String("versions")) {
            const auto body = m_store->listVersionsBody(c, m.captured(1), query);
            return body ? Response{200, body.value(), {}} : errorResponse(body.error());
        }
        if (what == QLatin1String("operations")) {
            return reply(m_store->listSecretOperations(c, m.captured(1), query));
        }
        return reply(m_store->getPayload(c, m.captured(1), query));
    }
    if (auto m = secretOne.match(path); m.hasMatch()) {
        const QString id = m.captured(1);
        if (get) {
            return reply(m_store->getSecret(c, id));
        }
        if (method == QLatin1String("PATCH")) {
            return reply(m_store->updateSecret(c, id, body.value(), idemKey));
        }
        if (method == QLatin1String("DELETE")) {
            return reply(m_store->deleteSecret(c, id, idemKey));
        }
        return notAllowed();
    }
    if (auto m = operationRe.match(path); m.hasMatch()) {
        // Cancel: the proto says GET, the design guide shows POST; both are served.
        if (m.capturedLength(2) > 0) {
            return (get || post) ? reply(m_store->cancelOperation(c, m.captured(1))) : notAllowed();
        }
        return get ? reply(m_store->getOperation(c, m.captured(1))) : notAllowed();
    }
    if (path == QLatin1String("/resource-manager/v1/clouds")) {
        return get ? reply(m_store->listClouds(c, query)) : notAllowed();
    }
    if (path == QLatin1String("/resource-manager/v1/folders")) {
        return get ? reply(m_store->listFolders(c, query)) : notAllowed();
    }
    if (auto m = cloudRe.match(path); m.hasMatch()) {
        return get ? reply(m_store->getCloud(c, m.captured(1))) : notAllowed();
    }
    if (auto m = folderRe.match(path); m.hasMatch()) {
        return get ? reply(m_store->getFolder(c, m.captured(1))) : notAllowed();
    }
    return errorResponse(serverError(RpcCode::NotFound, QStringLiteral("Unknown path %1").arg(path)));
}

// Emulator control for tests and demos: faults, clock, settings. Not part of the cloud's API.
EmulatorHttpServer::Response EmulatorHttpServer::adminRoute(const QString &method, const QString &path,
                                                            const QHttpServerRequest &request) {
    auto ok = [](const QJsonObject &o) { return Response{200, QJsonDocument(o).toJson(QJsonDocument::Compact), {}}; };
    auto body = parseBody(request.body());
    if (!body) {
        return errorResponse(body.error());
    }
    const QJsonObject &b = body.value();
    if (path == QLatin1String("/_emulator/faults")) {
        if (method == QLatin1String("DELETE")) {
            m_faults->clear();
        } else if (method == QLatin1String("POST")) {
            QString error;
            if (b.contains(QLatin1String("latencyMs"))) {
                m_faults->setLatencyMs(b.value(QLatin1String("latencyMs")).toInt());
            }
            if (b.contains(QLatin1String("spec")) &&
                !m_faults->parseSpec(b.value(QLatin1String("spec")).toString(), &error)) {
                return errorResponse(serverError(RpcCode::InvalidArgument, error));
            }
            for (const auto &r : b.value(QLatin1String("rules")).toArray()) {
                if (!m_faults->addRuleJson(r.toObject(), &error)) {
                    return errorResponse(serverError(RpcCode::InvalidArgument, error));
                }
            }
        }
        return ok(m_faults->toJson());
    }
    if (path == QLatin1String("/_emulator/clock")) {
        if (method == QLatin1String("POST")) {
            const auto ms = json::parseDurationMs(b.value(QLatin1String("advance")).toString());
            if (!ms || *ms < 0) {
                return errorResponse(serverError(RpcCode::InvalidArgument,
                                                 QStringLiteral("advance must be a Duration like \"86400s\"")));
            }
            m_store->advanceClock(*ms);
        }
        return ok({{QStringLiteral("now"), json::formatTimestamp(m_store->now())}});
    }
    if (path == QLatin1String("/_emulator/config") && method == QLatin1String("POST")) {
        if (b.contains(QLatin1String("tokenLifetime"))) {
            const auto ms = json::parseDurationMs(b.value(QLatin1String("tokenLifetime")).toString());
            if (!ms || *ms <= 0) {
                return errorResponse(serverError(RpcCode::InvalidArgument, QStringLiteral("bad tokenLifetime")));
            }
            m_store->setTokenLifetimeMs(*ms);
        }
        if (b.contains(QLatin1String("operationDelay"))) {
            const auto ms = json::parseDurationMs(b.value(QLatin1String("operationDelay")).toString());
            if (!ms || *ms < 0) {
                return errorResponse(serverError(RpcCode::InvalidArgument, QStringLiteral("bad operationDelay")));
            }
            m_store->setOperationDelayMs(*ms);
        }
        return ok({});
    }
    if (path == QLatin1String("/_emulator/stats")) {
        return ok({{QStringLiteral("requests"), m_requestCount}});
    }
    return errorResponse(serverError(RpcCode::NotFound, QStringLiteral("Unknown emulator path %1").arg(path)));
}

} // namespace lockbox::emulator
