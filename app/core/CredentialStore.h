#pragma once

#include "Result.h"

#include <QObject>
#include <functional>

namespace lockbox {

// Secrets of profiles (tokens, private keys) in the OS keychain through qtkeychain, service
// "lockbox-desktop". Never falls back to plain files: without a keychain the error says what to
// install or unlock. Asynchronous; callbacks run only while their context lives.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    static constexpr auto kService = "lockbox-desktop";

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    virtual void write(const QString &key, const QByteArray &secret, QObject *context,
                       std::function<void(const std::optional<ApiError> &)> done);
    virtual void read(const QString &key, QObject *context, std::function<void(const Result<QByteArray> &)> done);
    // Deleting a key that is not there is not an error.
    virtual void remove(const QString &key, QObject *context,
                        std::function<void(const std::optional<ApiError> &)> done);

    // Qt Keychain's error as a value with a message an operator can act on.
    static ApiError errorFor(int keychainError, const QString &keychainText);
};

} // namespace lockbox
