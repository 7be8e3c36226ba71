#include "CredentialStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace lockbox {

namespace {
QString platformKey(const QString &key) {
#ifdef Q_OS_WIN
    // 0.13 ignores the service name on Windows: prefix it into the key.
    return QLatin1String(CredentialStore::kService) + QLatin1Char('/') + key;
#else
    return key;
#endif
}
} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}
CredentialStore::~CredentialStore() = default;

ApiError CredentialStore::errorFor(int keychainError, const QString &keychainText) {
    using namespace QKeychain;
    QString message;
    switch (static_cast<Error>(keychainError)) {
    case EntryNotFound:
        message = QCoreApplication::translate("CredentialStore", "The credential is not in the keychain.");
        return ApiError::local(ApiError::Kind::Local, message, RpcCode::NotFound);
    case AccessDeniedByUser:
    case AccessDenied:
        message = QCoreApplication::translate("CredentialStore",
                                              "The keychain refused access (%1). Unlock your keyring (for example "
                                              "with Seahorse or your desktop's login) and try again.")
                      .arg(keychainText);
        break;
    case NoBackendAvailable:
    case NotImplemented:
        message = QCoreApplication::translate("CredentialStore",
                                              "No keychain is available (%1). Lockbox Desktop keeps credentials only "
                                              "in the system keychain: install and start a Secret Service such as "
                                              "gnome-keyring or KWallet.")
                      .arg(keychainText);
        break;
    default:
        message = QCoreApplication::translate("CredentialStore",
                                              "The keychain failed: %1. If no Secret Service is running, install "
                                              "gnome-keyring (or KWallet) and unlock it.")
                      .arg(keychainText);
        break;
    }
    return ApiError::local(ApiError::Kind::Local, message, RpcCode::FailedPrecondition);
}

void CredentialStore::write(const QString &key, const QByteArray &secret, QObject *context,
                            std::function<void(const std::optional<ApiError> &)> done) {
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(kService), this);
    // Never setInsecureFallback: it would write the secret in plain text.
    job->setKey(platformKey(key));
    job->setBinaryData(secret);
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this, [ctx, done = std::move(done)](QKeychain::Job *j) {
        if (!ctx) {
            return;
        }
        if (j->error() != QKeychain::NoError) {
            done(errorFor(j->error(), j->errorString()));
        } else {
            done(std::nullopt);
        }
    });
    job->start();
}

void CredentialStore::read(const QString &key, QObject *context, std::function<void(const Result<QByteArray> &)> done) {
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(kService), this);
    job->setKey(platformKey(key));
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this, [ctx, done = std::move(done)](QKeychain::Job *j) {
        if (!ctx) {
            return;
        }
        if (j->error() != QKeychain::NoError) {
            done(errorFor(j->error(), j->errorString()));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData());
    });
    job->start();
}

void CredentialStore::remove(const QString &key, QObject *context,
                             std::function<void(const std::optional<ApiError> &)> done) {
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(kService), this);
    job->setKey(platformKey(key));
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this, [ctx, done = std::move(done)](QKeychain::Job *j) {
        if (!ctx) {
            return;
        }
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(errorFor(j->error(), j->errorString()));
        } else {
            done(std::nullopt);
        }
    });
    job->start();
}

} // namespace lockbox
