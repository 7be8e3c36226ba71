#include "ProfileStore.h"

#include <QUuid>

namespace lockbox {

QString Profile::kindName(Kind kind) {
    switch (kind) {
    case Kind::IamToken:
        return QStringLiteral("iam-token");
    case Kind::OAuthToken:
        return QStringLiteral("oauth-token");
    case Kind::ServiceAccountKey:
        return QStringLiteral("service-account-key");
    case Kind::YcCli:
        return QStringLiteral("yc-cli");
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    }
    return {};
}

Profile::Kind Profile::kindFromName(const QString &name) {
    for (Kind k : {Kind::IamToken, Kind::OAuthToken, Kind::ServiceAccountKey, Kind::YcCli, Kind::Sandbox}) {
        if (kindName(k) == name) {
            return k;
        }
    }
    return Kind::IamToken;
}

ProfileStore::ProfileStore(QSettings *settings, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_settings(settings), m_credentials(credentials) {}

QList<Profile> ProfileStore::profiles() const {
    QList<Profile> list;
    m_settings->beginGroup(QStringLiteral("profiles"));
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        Profile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.kind = Profile::kindFromName(m_settings->value(QStringLiteral("kind")).toString());
        p.cloudId = m_settings->value(QStringLiteral("cloudId")).toString();
        p.folderId = m_settings->value(QStringLiteral("folderId")).toString();
        p.endpoint = QUrl(m_settings->value(QStringLiteral("endpoint")).toString());
        p.caFile = m_settings->value(QStringLiteral("caFile")).toString();
        p.proxy = m_settings->value(QStringLiteral("proxy")).toString();
        p.ycProfile = m_settings->value(QStringLiteral("ycProfile")).toString();
        p.pageSize = std::clamp(m_settings->value(QStringLiteral("pageSize"), 100).toInt(), 1, 1000);
        m_settings->endGroup();
        list.append(p);
    }
    m_settings->endGroup();
    std::sort(list.begin(), list.end(),
              [](const Profile &a, const Profile &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return list;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const {
    for (const auto &p : profiles()) {
        if (p.id == id) {
            return p;
        }
    }
    return std::nullopt;
}

void ProfileStore::writeFields(const Profile &p) {
    m_settings->beginGroup(QStringLiteral("profiles/") + p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("kind"), Profile::kindName(p.kind));
    m_settings->setValue(QStringLiteral("cloudId"), p.cloudId);
    m_settings->setValue(QStringLiteral("folderId"), p.folderId);
    m_settings->setValue(QStringLiteral("endpoint"), p.endpoint.toString());
    m_settings->setValue(QStringLiteral("caFile"), p.caFile);
    m_settings->setValue(QStringLiteral("proxy"), p.proxy);
    m_settings->setValue(QStringLiteral("ycProfile"), p.ycProfile);
    m_settings->setValue(QStringLiteral("pageSize"), p.pageSize);
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::save(Profile profile, const std::optional<QByteArray> &secret, QObject *context,
                        std::function<void(const Result<Profile> &)> done) {
    if (profile.id.isEmpty()) {
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (!secret) {
        writeFields(profile);
        Q_EMIT profilesChanged();
        done(profile);
        return;
    }
    m_credentials->write(profile.secretKey(), *secret, context,
                         [this, profile, done = std::move(done)](const std::optional<ApiError> &error) {
                             if (error) {
                                 done(*error);
                                 return;
                             }
                             writeFields(profile);
                             Q_EMIT profilesChanged();
                             done(profile);
                         });
}

void ProfileStore::remove(const QString &id, QObject *context,
                          std::function<void(const std::optional<ApiError> &)> done) {
    const auto p = profile(id);
    if (!p) {
        done(std::nullopt);
        return;
    }
    m_credentials->remove(p->secretKey(), context,
                          [this, id, done = std::move(done)](const std::optional<ApiError> &error) {
                              if (error) {
                                  done(error); // keep the fields so the user can retry the keychain part
                                  return;
                              }
                              m_settings->remove(QStringLiteral("profiles/") + id);
                              m_settings->sync();
                              Q_EMIT profilesChanged();
                              done(std::nullopt);
                          });
}

void ProfileStore::readSecret(const Profile &profile, QObject *context,
                              std::function<void(const Result<QByteArray> &)> done) {
    m_credentials->read(profile.secretKey(), context, std::move(done));
}

} // namespace lockbox
