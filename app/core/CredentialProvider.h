#pragma once

#include "Result.h"

#include <QObject>
#include <functional>

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
};

// A pasted IAM token (or the sandbox's): no refresh possible.
class StaticTokenProvider final : public CredentialProvider {
    Q_OBJECT
public:
    explicit StaticTokenProvider(QString token, QObject *parent = nullptr)
        : CredentialProvider(parent), m_token(std::move(token)) {}

    void requestToken(QObject *context, TokenCallback callback) override;
    void invalidate(const QString &token) override;

private:
    QString m_token;
    bool m_invalid = false;
};

} // namespace lockbox
