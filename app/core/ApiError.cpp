#include "ApiError.h"

#include <QJsonDocument>

namespace lockbox {

int ApiError::httpStatusFor(RpcCode code) {
    switch (code) {
    case RpcCode::Ok:
        return 200;
    case RpcCode::Cancelled:
        return 499;
    case RpcCode::InvalidArgument:
    case RpcCode::FailedPrecondition: // Yandex Cloud maps FAILED_PRECONDITION to 400
    case RpcCode::OutOfRange:
        return 400;
    case RpcCode::DeadlineExceeded:
        return 504;
    case RpcCode::NotFound:
        return 404;
    case RpcCode::AlreadyExists:
    case RpcCode::Aborted:
        return 409;
    case RpcCode::PermissionDenied:
        return 403;
    case RpcCode::ResourceExhausted:
        return 429;
    case RpcCode::Unimplemented:
        return 501;
    case RpcCode::Unavailable:
        return 503;
    case RpcCode::Unauthenticated:
        return 401;
    case RpcCode::Unknown:
    case RpcCode::Internal:
    case RpcCode::DataLoss:
        return 500;
    }
    return 500;
}

RpcCode ApiError::codeForHttpStatus(int httpStatus) {
    switch (httpStatus) {
    case 400:
        return RpcCode::InvalidArgument;
    case 401:
        return RpcCode::Unauthenticated;
    case 403:
        return RpcCode::PermissionDenied;
    case 404:
        return RpcCode::NotFound;
    case 409:
        return RpcCode::Aborted;
    case 429:
        return RpcCode::ResourceExhausted;
    case 499:
        return RpcCode::Cancelled;
    case 501:
        return RpcCode::Unimplemented;
    case 503:
        return RpcCode::Unavailable;
    case 504:
        return RpcCode::DeadlineExceeded;
    default:
        return httpStatus >= 500 ? RpcCode::Internal : RpcCode::Unknown;
    }
}

QString ApiError::codeName(RpcCode code) {
    static const char *const names[] = {
        "OK",        "CANCELLED",      "UNKNOWN",           "INVALID_ARGUMENT",   "DEADLINE_EXCEEDED",
        "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
        "ABORTED",   "OUT_OF_RANGE",   "UNIMPLEMENTED",     "INTERNAL",           "UNAVAILABLE",
        "DATA_LOSS", "UNAUTHENTICATED"};
    const int i = static_cast<int>(code);
    return (i >= 0 && i <= 16) ? QString::fromLatin1(names[i]) : QStringLiteral("CODE_%1").arg(i);
}

ApiError ApiError::fromStatusJson(const QJsonObject &status) {
    ApiError e;
    e.kind = Kind::Server;
    const int c = status.value(QLatin1String("code")).toInt(static_cast<int>(RpcCode::Unknown));
    e.code = (c >= 0 && c <= 16) ? static_cast<RpcCode>(c) : RpcCode::Unknown;
    e.httpStatus = httpStatusFor(e.code);
    e.message = status.value(QLatin1String("message")).toString();
    e.details = status.value(QLatin1String("details")).toArray();
    for (const auto &d : std::as_const(e.details)) {
        const QJsonObject o = d.toObject();
        if (o.value(QLatin1String("@type")).toString() == QLatin1String("type.googleapis.com/google.rpc.RequestInfo")) {
            e.requestId = o.value(QLatin1String("requestId")).toString();
        }
    }
    return e;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QString &requestIdHeader) {
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    ApiError e;
    if (pe.error == QJsonParseError::NoError && doc.isObject() && doc.object().contains(QLatin1String("code"))) {
        e = fromStatusJson(doc.object());
    } else {
        e.code = codeForHttpStatus(httpStatus);
        e.message = QString::fromUtf8(body.left(300)).trimmed();
    }
    e.kind = Kind::Server;
    e.httpStatus = httpStatus;
    if (e.requestId.isEmpty()) {
        e.requestId = requestIdHeader;
    }
    return e;
}

ApiError ApiError::local(Kind kind, const QString &message, RpcCode code) {
    ApiError e;
    e.kind = kind;
    e.code = code;
    e.message = message;
    return e;
}

QJsonObject ApiError::toStatusJson() const {
    QJsonObject o{{QStringLiteral("code"), static_cast<int>(code)}, {QStringLiteral("message"), message}};
    if (!details.isEmpty()) {
        o.insert(QStringLiteral("details"), details);
    }
    return o;
}

QString ApiError::toString() const {
    QString s = codeName(code) + QStringLiteral(": ") + message;
    if (!requestId.isEmpty()) {
        s += QStringLiteral(" (request id ") + requestId + QLatin1Char(')');
    } else if (!clientRequestId.isEmpty()) {
        s += QStringLiteral(" (client request id ") + clientRequestId + QLatin1Char(')');
    }
    return s;
}

bool ApiError::isTransient() const {
    if (kind == Kind::Network || kind == Kind::Timeout) {
        return true;
    }
    if (kind != Kind::Server) {
        return false;
    }
    return httpStatus == 429 || httpStatus == 500 || httpStatus == 503 || httpStatus == 504;
}

} // namespace lockbox
