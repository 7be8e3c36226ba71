#pragma once

#include "ApiError.h"

#include <QCoreApplication>

namespace lockbox::ui {

// How an ApiError reads in the UI: a translated lead for the kind of failure, the server's message,
// its code, and the request id support needs to find the request in the server's logs.
class ErrorText final {
    Q_DECLARE_TR_FUNCTIONS(lockbox::ui::ErrorText)
public:
    // One line: "Permission denied: <message> (PERMISSION_DENIED)".
    static QString summary(const ApiError &error);
    // The request id of the error, or fallback when the error itself has none.
    static QString requestId(const ApiError &error, const QString &fallback = {});
    // What a view says failed: notDone ("The secret was not saved."), or for a mutation that may
    // have been applied all the same (ApiError::outcomeUnknown) that the outcome is unknown.
    static QString failureLead(const ApiError &error, const QString &notDone);
    // summary() and, when known, a second line "Request ID: …" (else "Client request ID: …").
    static QString describe(const ApiError &error, const QString &fallbackRequestId = {});
};

} // namespace lockbox::ui
