#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>

namespace lockbox {

// A service-account authorized key, as `yc iam key create -o key.json` writes it, and the PS256 JWT
// made from it for the IAM token exchange. The private key's PEM is wiped when the object goes.
class ServiceAccountKey final {
public:
    ~ServiceAccountKey();
    Q_DISABLE_COPY_MOVE(ServiceAccountKey)

    // Accepts the yc file ({id, service_account_id, private_key, …}) and the API form
    // ({key: {id, serviceAccountId, …}, privateKey}). Errors are translated, for the profile editor.
    static Result<std::shared_ptr<ServiceAccountKey>> fromJson(const QByteArray &json);

    const QString &keyId() const { return m_keyId; }
    const QString &serviceAccountId() const { return m_serviceAccountId; }
    // {typ: JWT, alg: PS256, kid} . {iss, aud, iat, exp = iat + lifetime (≤ 3600 s)} . RSA-PSS/SHA-256/salt 32
    Result<QByteArray> makeJwt(const QDateTime &now, int lifetimeSeconds = 3600) const;

    static constexpr auto kAudience = "https://iam.api.cloud.yandex.net/iam/v1/tokens";

private:
    ServiceAccountKey() = default;
    QString m_keyId;
    QString m_serviceAccountId;
    QByteArray m_privateKeyPem;
};

} // namespace lockbox
