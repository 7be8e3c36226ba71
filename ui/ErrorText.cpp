#include "ErrorText.h"

namespace lockbox::ui {

QString ErrorText::summary(const ApiError &error) {
    QString lead;
    switch (error.kind) {
    case ApiError::Kind::Network:
        lead = tr("Network error");
        break;
    case ApiError::Kind::Tls:
        lead = tr("Secure connection failed");
        break;
    case ApiError::Kind::Timeout:
        lead = tr("Timed out");
        break;
    case ApiError::Kind::Decode:
        lead = tr("Unexpected answer from the server");
        break;
    case ApiError::Kind::Cancelled:
        lead = tr("Cancelled");
        break;
    case ApiError::Kind::Auth:
        lead = tr("Not signed in");
        break;
    case ApiError::Kind::Local:
        lead = tr("Error");
        break;
    case ApiError::Kind::Server:
        switch (error.code) {
        case RpcCode::PermissionDenied:
            lead = tr("Permission denied");
            break;
        case RpcCode::Unauthenticated:
            lead = tr("Not signed in");
            break;
        case RpcCode::NotFound:
            lead = tr("Not found");
            break;
        case RpcCode::InvalidArgument:
        case RpcCode::OutOfRange:
            lead = tr("Rejected by the server");
            break;
        case RpcCode::FailedPrecondition:
            lead = tr("Not possible now");
            break;
        case RpcCode::AlreadyExists:
        case RpcCode::Aborted:
            lead = tr("Conflict");
            break;
        case RpcCode::ResourceExhausted:
            lead = tr("Quota or rate limit exceeded");
            break;
        case RpcCode::Unavailable:
        case RpcCode::DeadlineExceeded:
            lead = tr("Service unavailable");
            break;
        default:
            lead = tr("Server error");
            break;
        }
        break;
    }
    const QString message = error.message.trimmed().isEmpty() ? tr("no details given") : error.message.trimmed();
    if (error.kind == ApiError::Kind::Server) {
        return tr("%1: %2 (%3)").arg(lead, message, ApiError::codeName(error.code));
    }
    return tr("%1: %2").arg(lead, message);
}

QString ErrorText::requestId(const ApiError &error, const QString &fallback) {
    return error.requestId.isEmpty() ? fallback : error.requestId;
}

QString ErrorText::failureLead(const ApiError &error, const QString &notDone) {
    if (!error.outcomeUnknown) {
        return notDone;
    }
    return tr("The outcome is unknown: the server may have done it, but has not confirmed it. What is shown is "
              "being read again.");
}

QString ErrorText::describe(const ApiError &error, const QString &fallbackRequestId) {
    const QString id = requestId(error, fallbackRequestId);
    if (!id.isEmpty()) {
        return summary(error) + QLatin1Char('\n') + tr("Request ID: %1").arg(id);
    }
    if (!error.clientRequestId.isEmpty()) {
        // No answer came (a timeout, a lost connection): the id this client sent (x-client-request-id).
        return summary(error) + QLatin1Char('\n') + tr("Client request ID: %1").arg(error.clientRequestId);
    }
    return summary(error);
}

} // namespace lockbox::ui
