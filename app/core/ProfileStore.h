#pragma once

#include "CredentialStore.h"
#include "Profile.h"

#include <QObject>
#include <QSettings>

namespace lockbox {

// Profiles: fields in the injected QSettings, secrets in the CredentialStore (never in settings).
class ProfileStore final : public QObject {
    Q_OBJECT
public:
    ProfileStore(QSettings *settings, CredentialStore *credentials, QObject *parent = nullptr);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Saves the fields; when secret is set, writes it to the keychain first (nothing is saved if that
    // fails). A new profile gets an id.
    void save(Profile profile, const std::optional<QByteArray> &secret, QObject *context,
              std::function<void(const Result<Profile> &)> done);
    // Removes the fields and the keychain entry.
    void remove(const QString &id, QObject *context, std::function<void(const std::optional<ApiError> &)> done);
    void readSecret(const Profile &profile, QObject *context, std::function<void(const Result<QByteArray> &)> done);

Q_SIGNALS:
    void profilesChanged();

private:
    void writeFields(const Profile &profile);

    QSettings *m_settings = nullptr;
    CredentialStore *m_credentials = nullptr;
};

} // namespace lockbox
