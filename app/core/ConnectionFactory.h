#pragma once

#include "ApiClient.h"
#include "Profile.h"

#include <QProcessEnvironment>
#include <memory>

namespace lockbox {

class ProfileStore;

// A ready client for one profile, with what keeps it signed in: the credential provider and, for a
// token exchange, the unauthenticated IAM client. Deleting it deletes them (and wipes the tokens).
class Connection final : public QObject {
    Q_OBJECT
public:
    ~Connection() override;
    Q_DISABLE_COPY_MOVE(Connection)

    const Profile &profile() const { return m_profile; }
    ApiClient *client() const { return m_client; }

private:
    friend class ConnectionFactory;
    explicit Connection(Profile profile);

    Profile m_profile;
    ApiClient *m_client = nullptr; // child
};

// Builds the ApiClient of a connection profile: its secret read from the keychain (or from the
// environment for the implicit "Environment" profile), the credential provider its kind needs, and
// the ClientConfig from its endpoint, CA file and proxy. The sandbox is not built here: SandboxSession
// starts the emulator and makes its client.
class ConnectionFactory final : public QObject {
    Q_OBJECT
public:
    static constexpr auto kEnvironmentProfileId = "environment";
    static constexpr auto kSandboxProfileId = "sandbox";
    // Connections are deleted with deleteLater: the last holder may drop one inside its client's callback.
    using ConnectionPtr = std::shared_ptr<Connection>;
    using Done = std::function<void(const Result<ConnectionPtr> &)>;

    explicit ConnectionFactory(ProfileStore *profiles, QObject *parent = nullptr);
    ~ConnectionFactory() override;
    Q_DISABLE_COPY_MOVE(ConnectionFactory)

    // Where YC_* come from (the process environment unless set; tests inject their own).
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    const QProcessEnvironment &environment() const { return m_environment; }
    // The yc executable for yc CLI profiles (tests: a stub script).
    void setYcProgram(const QString &program) { m_ycProgram = program; }
    // Applied to every ClientConfig made here (tests: shorter backoff).
    void setConfigAdjuster(std::function<void(ClientConfig &)> adjust) { m_adjust = std::move(adjust); }

    ProfileStore *profileStore() const { return m_profiles; }
    // The implicit profile from YC_TOKEN / YC_SERVICE_ACCOUNT_KEY_FILE (with YC_CLOUD_ID, YC_FOLDER_ID,
    // YC_ENDPOINT) when one of the credential variables is set. Never saved.
    std::optional<Profile> environmentProfile() const;
    // The saved profiles (by name), then Environment when it is set.
    QList<Profile> availableProfiles() const;
    std::optional<Profile> findProfile(const QString &id) const;

    // Reads the profile's secret (keychain or environment) and builds its connection. done runs while
    // context lives, never before open() returns.
    void open(const Profile &profile, QObject *context, Done done);
    // Builds a connection with a secret at hand (the profile editor tests what it has not saved).
    Result<ConnectionPtr> build(const Profile &profile, const QByteArray &secret) const;

    // The profile's endpoint, CA certificates and proxy as a ClientConfig; errors name the field.
    static Result<ClientConfig> clientConfig(const Profile &profile);
    // "" → nullopt (the system's settings); "direct" → no proxy; "http://host:port", "socks5://host:port".
    static Result<std::optional<QNetworkProxy>> parseProxy(const QString &proxy);
    // yc's and YC_ENDPOINT's "host:port" → https://host:port. Yandex Cloud's own API endpoint gives an
    // empty URL: the client then uses each service's public host. A full http(s) URL is kept.
    static QUrl endpointFromYc(const QString &endpoint);
    // The Terraform provider's rule: "t1." with two dots is an IAM token, anything else OAuth.
    static Profile::Kind tokenKind(const QString &token);

private:
    Result<QByteArray> environmentSecret() const;

    ProfileStore *m_profiles = nullptr;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_ycProgram = QStringLiteral("yc");
    std::function<void(ClientConfig &)> m_adjust;
};

} // namespace lockbox
