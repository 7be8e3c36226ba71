#include "CredentialProvider.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace lockbox {

void StaticTokenProvider::requestToken(QObject *context, TokenCallback callback) {
    // Always asynchronous, like a real refresh, so callers never see re-entrant callbacks.
    QPointer<QObject> guard(context);
    const bool invalid = m_invalid;
    const QString token = m_token;
    QTimer::singleShot(
        0, context ? context : this,
        [guard, hadContext = context != nullptr, invalid, token, callback = std::move(callback)]() {
            if (hadContext && !guard) {
                return;
            }
            if (invalid || token.isEmpty()) {
                Result<QString> result(ApiError::local(
                    ApiError::Kind::Auth,
                    QCoreApplication::translate("CredentialProvider",
                                                "The IAM token was refused; paste a new token in the profile"),
                    RpcCode::Unauthenticated));
                callback(result);
                return;
            }
            callback(Result<QString>(token));
        });
}

std::optional<QString> StaticTokenProvider::readyToken() {
    if (m_invalid || m_token.isEmpty()) {
        return std::nullopt;
    }
    return m_token;
}

void StaticTokenProvider::invalidate(const QString &token) {
    if (token == m_token) {
        m_invalid = true;
    }
}

} // namespace lockbox
