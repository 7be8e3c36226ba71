#include "ConnectionFactory.h"

#include "ExchangeTokenProvider.h"
#include "ProfileStore.h"
#include "ServiceAccountKey.h"
#include "YcCliTokenProvider.h"

#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QTimer>

namespace lockbox {

namespace {

// The endpoint yc and the Terraform provider use for the public cloud: it is the gRPC gateway, not
// one base URL for every REST service, so it means "Yandex Cloud's own hosts" here.
constexpr QLatin1StringView kPublicApiHost{"api.cloud.yandex.net"};

QString env(const QProcessEnvironment &environment, const char *name) {
    return environment.value(QLatin1String(name)).trimmed();
}

} // namespace

Connection::Connection(Profile profile) : m_profile(std::move(profile)) {}

Connection::~Connection() {
    // The client first, then its credential provider, then the IAM client the provider uses.
    const QObjectList kids = children();
    for (auto it = kids.crbegin(); it != kids.crend(); ++it) {
        delete *it;
    }
}

ConnectionFactory::ConnectionFactory(ProfileStore *profiles, QObject *parent) : QObject(parent), m_profiles(profiles) {}

ConnectionFactory::~ConnectionFactory() = default;

Profile::Kind ConnectionFactory::tokenKind(const QString &token) {
    const QString t = token.trimmed();
    return t.startsWith(QLatin1String("t1.")) && t.count(QLatin1Char('.')) == 2 ? Profile::Kind::IamToken
                                                                                : Profile::Kind::OAuthToken;
}

QUrl ConnectionFactory::endpointFromYc(const QString &endpoint) {
    const QString text = endpoint.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (text.contains(QLatin1String("://"))) {
        return QUrl(text, QUrl::StrictMode);
    }
    const QUrl url(QStringLiteral("https://") + text, QUrl::StrictMode);
    if (url.host().compare(kPublicApiHost, Qt::CaseInsensitive) == 0 && (url.port() == -1 || url.port() == 443)) {
        return {};
    }
    return url;
}

Result<std::optional<QNetworkProxy>> ConnectionFactory::parseProxy(const QString &proxy) {
    const QString text = proxy.trimmed();
    if (text.isEmpty()) {
        return std::optional<QNetworkProxy>();
    }
    if (text.compare(QLatin1String("direct"), Qt::CaseInsensitive) == 0) {
        return std::optional<QNetworkProxy>(QNetworkProxy(QNetworkProxy::NoProxy));
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::DefaultProxy;
    if (scheme == QLatin1String("http")) {
        type = QNetworkProxy::HttpProxy;
    } else if (scheme == QLatin1String("socks5")) {
        type = QNetworkProxy::Socks5Proxy;
    }
    if (!url.isValid() || type == QNetworkProxy::DefaultProxy || url.host().isEmpty()) {
        return ApiError::local(ApiError::Kind::Local,
                               tr("The proxy “%1” is not understood: write http://host:port or socks5://host:port, "
                                  "“direct” for no proxy, or leave it empty for the system's settings.")
                                   .arg(text),
                               RpcCode::InvalidArgument);
    }
    if (url.port() <= 0) {
        return ApiError::local(ApiError::Kind::Local,
                               tr("The proxy “%1” has no port: write %2://host:port.").arg(text, scheme),
                               RpcCode::InvalidArgument);
    }
    if (!url.userInfo().isEmpty()) {
        // They would be kept in the settings file in plain text.
        return ApiError::local(ApiError::Kind::Local,
                               tr("User names and passwords in the proxy address are not supported: they would be "
                                  "saved in plain text."),
                               RpcCode::InvalidArgument);
    }
    return std::optional<QNetworkProxy>(QNetworkProxy(type, url.host(), static_cast<quint16>(url.port())));
}

Result<ClientConfig> ConnectionFactory::clientConfig(const Profile &profile) {
    ClientConfig config;
    if (!profile.endpoint.isEmpty()) {
        const QString scheme = profile.endpoint.scheme().toLower();
        if (!profile.endpoint.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
            profile.endpoint.host().isEmpty()) {
            return ApiError::local(
                ApiError::Kind::Local,
                tr("The endpoint “%1” is not an https:// (or http://) URL.").arg(profile.endpoint.toString()),
                RpcCode::InvalidArgument);
        }
        config.baseUrl = profile.endpoint;
    }
    if (!profile.caFile.trimmed().isEmpty()) {
        const QString path = profile.caFile.trimmed();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return ApiError::local(
                ApiError::Kind::Local,
                tr("The CA certificate file “%1” could not be read: %2").arg(path, file.errorString()),
                RpcCode::FailedPrecondition);
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty()) {
            return ApiError::local(ApiError::Kind::Local,
                                   tr("The CA certificate file “%1” holds no PEM certificate (-----BEGIN "
                                      "CERTIFICATE-----).")
                                       .arg(path),
                                   RpcCode::InvalidArgument);
        }
        config.extraCaCertificates = certificates;
    }
    auto proxy = parseProxy(profile.proxy);
    if (!proxy) {
        return proxy.error();
    }
    config.proxy = proxy.value();
    return config;
}

std::optional<Profile> ConnectionFactory::environmentProfile() const {
    const QString token = env(m_environment, "YC_TOKEN");
    const QString keyFile = env(m_environment, "YC_SERVICE_ACCOUNT_KEY_FILE");
    if (token.isEmpty() && keyFile.isEmpty()) {
        return std::nullopt;
    }
    Profile p;
    p.id = QLatin1String(kEnvironmentProfileId);
    p.name = tr("Environment");
    p.kind = keyFile.isEmpty() ? tokenKind(token) : Profile::Kind::ServiceAccountKey;
    p.cloudId = env(m_environment, "YC_CLOUD_ID");
    p.folderId = env(m_environment, "YC_FOLDER_ID");
    p.endpoint = endpointFromYc(env(m_environment, "YC_ENDPOINT"));
    return p;
}

Result<QByteArray> ConnectionFactory::environmentSecret() const {
    const QString token = env(m_environment, "YC_TOKEN");
    const QString keyFile = env(m_environment, "YC_SERVICE_ACCOUNT_KEY_FILE");
    if (!token.isEmpty() && !keyFile.isEmpty()) {
        return ApiError::local(ApiError::Kind::Auth,
                               tr("Both YC_TOKEN and YC_SERVICE_ACCOUNT_KEY_FILE are set: unset one of them."),
                               RpcCode::InvalidArgument);
    }
    if (!token.isEmpty()) {
        return token.toUtf8();
    }
    if (keyFile.startsWith(QLatin1Char('{'))) {
        return keyFile.toUtf8(); // the key itself, as the Terraform provider accepts
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return ApiError::local(
            ApiError::Kind::Auth,
            tr("YC_SERVICE_ACCOUNT_KEY_FILE names “%1”, which could not be read: %2").arg(keyFile, file.errorString()),
            RpcCode::FailedPrecondition);
    }
    return file.readAll();
}

QList<Profile> ConnectionFactory::availableProfiles() const {
    QList<Profile> list = m_profiles ? m_profiles->profiles() : QList<Profile>();
    if (const auto environment = environmentProfile()) {
        list.append(*environment);
    }
    return list;
}

std::optional<Profile> ConnectionFactory::findProfile(const QString &id) const {
    for (const Profile &p : availableProfiles()) {
        if (p.id == id) {
            return p;
        }
    }
    return std::nullopt;
}

Result<ConnectionFactory::ConnectionPtr> ConnectionFactory::build(const Profile &profile,
                                                                  const QByteArray &secret) const {
    auto config = clientConfig(profile);
    if (!config) {
        return config.error();
    }
    if (m_adjust) {
        m_adjust(config.value());
    }
    ConnectionPtr connection(new Connection(profile), [](Connection *c) { c->deleteLater(); });
    CredentialProvider *credentials = nullptr;
    switch (profile.kind) {
    case Profile::Kind::IamToken:
    case Profile::Kind::OAuthToken: {
        QString token = QString::fromUtf8(secret).trimmed();
        if (token.isEmpty()) {
            return ApiError::local(
                ApiError::Kind::Auth,
                tr("The profile “%1” has no token: enter one in the profile editor.").arg(profile.name),
                RpcCode::Unauthenticated);
        }
        if (profile.kind == Profile::Kind::IamToken) {
            credentials = new StaticTokenProvider(token, connection.get());
        } else {
            auto *iam = new ApiClient(config.value(), nullptr, connection.get());
            credentials = ExchangeTokenProvider::forOAuthToken(iam, token, connection.get());
        }
        token.fill(QChar(u'\0'));
        break;
    }
    case Profile::Kind::ServiceAccountKey: {
        auto key = ServiceAccountKey::fromJson(secret);
        if (!key) {
            return key.error();
        }
        auto *iam = new ApiClient(config.value(), nullptr, connection.get());
        credentials = ExchangeTokenProvider::forServiceAccountKey(iam, key.value(), connection.get());
        break;
    }
    case Profile::Kind::YcCli:
        credentials = new YcCliTokenProvider(profile.ycProfile, m_ycProgram, connection.get());
        break;
    case Profile::Kind::Sandbox:
        return ApiError::local(ApiError::Kind::Local, tr("The sandbox has no connection profile to build."));
    }
    connection->m_client = new ApiClient(config.value(), credentials, connection.get());
    return connection;
}

void ConnectionFactory::open(const Profile &profile, QObject *context, Done done) {
    auto deliver = [context, done](const Result<ConnectionPtr> &result) {
        QTimer::singleShot(0, context, [done, result]() { done(result); });
    };
    if (profile.kind == Profile::Kind::Sandbox) {
        deliver(ApiError::local(ApiError::Kind::Local, tr("The sandbox has no connection profile to build.")));
        return;
    }
    if (profile.id == QLatin1String(kEnvironmentProfileId)) {
        Result<QByteArray> secret = environmentSecret();
        if (!secret) {
            deliver(secret.error());
            return;
        }
        deliver(build(profile, secret.value()));
        secret.value().fill('\0');
        return;
    }
    if (!profile.needsSecret()) {
        deliver(build(profile, {}));
        return;
    }
    if (!m_profiles) {
        deliver(ApiError::local(ApiError::Kind::Local, tr("No profile store to read the credential from.")));
        return;
    }
    m_profiles->readSecret(profile, context, [this, profile, done](const Result<QByteArray> &secret) {
        if (!secret) {
            ApiError error = secret.error();
            if (error.code == RpcCode::NotFound) {
                error.message = tr("The credential of profile “%1” is not in the keychain: open Manage Profiles and "
                                   "enter it again.")
                                    .arg(profile.name);
            }
            done(error);
            return;
        }
        QByteArray value = secret.value();
        const Result<ConnectionPtr> built = build(profile, value);
        value.fill('\0');
        done(built);
    });
}

} // namespace lockbox
