#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace lockbox {

// A connection profile's non-secret fields (kept in QSettings). Its secret, if any, is in the
// keychain under secretKey().
struct Profile {
    enum class Kind { IamToken, OAuthToken, ServiceAccountKey, YcCli, Sandbox };

    QString id;
    QString name;
    Kind kind = Kind::IamToken;
    QString cloudId;
    QString folderId;
    QUrl endpoint;     // empty: Yandex Cloud's hosts; else every service under this base URL
    QString caFile;    // extra CA certificate (PEM) trusted for this profile
    QString proxy;     // empty: system proxy; "direct": none; else http://host:port or socks5://host:port
    QString ycProfile; // for Kind::YcCli: the yc profile passed to `yc iam create-token --profile`
    int pageSize = 100;

    QString secretKey() const { return QStringLiteral("profile/") + id + QStringLiteral("/secret"); }
    bool needsSecret() const { return kind != Kind::YcCli && kind != Kind::Sandbox; }
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
};

} // namespace lockbox

Q_DECLARE_METATYPE(lockbox::Profile)
