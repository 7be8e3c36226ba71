#pragma once

#include "Result.h"

#include <QObject>
#include <functional>
#include <optional>

namespace lockbox {

// Supplies IAM tokens for requests. Implementations refresh ahead of expiry and keep one refresh in
// flight however many requests wait.
class CredentialProvider : public QObject {
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const Result<QString> &)>;

    explicit CredentialProvider(QObject *parent = nullptr) : QObject(parent) {}
    ~CredentialProvider() override = default;

    // Calls back (bound to context's lifetime) with a token to put after "Bearer ".
    virtual void requestToken(QObject *context, TokenCallback callback) = 0;
    // The server refused this token (401): drop it so the next requestToken() refreshes.
    virtual void invalidate(const QString &token) = 0;
    // A token that may go out now, with nothing to wait for (none when requestToken() would have
    // to fetch or refuse one). A request sent with it leaves while the caller's event is still
    // being handled: the server works while the UI lays out and paints what the click changed.
    // Never calls back; may start a refresh ahead of expiry, as requestToken() does.
    virtual std::optional<QString> readyToken() { return std::nullopt; }
};

// A pasted IAM token (or the sandbox's): no refresh possible.
class StaticTokenProvider final : public CredentialProvider {
    Q_OBJECT
public:
    explicit StaticTokenProvider(QString token, QObject *parent = nullptr)
        : CredentialProvider(parent), m_token(std::move(token)) {}

    void requestToken(QObject *context, TokenCallback callback) override;
    void invalidate(const QString &token) override;
    std::optional<QString> readyToken() override;

private:
    QString m_token;
    bool m_invalid = false;
};

} // namespace lockbox
