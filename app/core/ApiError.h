#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace lockbox {

// google.rpc.Code values used by Yandex Cloud.
enum class RpcCode : int {
    Ok = 0,
    Cancelled = 1,
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    OutOfRange = 11,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    DataLoss = 15,
    Unauthenticated = 16,
};

// An error as a value: what the server said (google.rpc.Status), or what the transport failed with.
struct ApiError {
    enum class Kind { Server, Network, Tls, Timeout, Decode, Cancelled, Auth, Local };

    Kind kind = Kind::Server;
    RpcCode code = RpcCode::Unknown;
    int httpStatus = 0;
    QString message;
    QString requestId;
    QJsonArray details;
    // The x-client-request-id of the last attempt: what support can look up when the server's own
    // id never came back (a timeout, a dropped connection).
    QString clientRequestId;
    // A mutation that may have been applied although no answer says so: a timeout or dropped
    // connection after the request left, or an accepted (2xx) answer that could not be read.
    bool outcomeUnknown = false;

    // Parses a google.rpc.Status body; falls back to the HTTP status when the body is not one.
    static ApiError fromHttp(int httpStatus, const QByteArray &body, const QString &requestIdHeader);
    static ApiError fromStatusJson(const QJsonObject &status);
    static ApiError local(Kind kind, const QString &message, RpcCode code = RpcCode::Unknown);

    static int httpStatusFor(RpcCode code);
    static RpcCode codeForHttpStatus(int httpStatus);
    static QString codeName(RpcCode code);

    QJsonObject toStatusJson() const;
    // One line for logs and the operations panel: "NOT_FOUND: Secret not found (request id …)".
    QString toString() const;
    bool isTransient() const;
};

} // namespace lockbox

Q_DECLARE_METATYPE(lockbox::ApiError)
