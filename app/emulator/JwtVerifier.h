#pragma once

#include <QByteArray>
#include <QString>

namespace lockbox::emulator {

// Checks the service-account JWTs that IAM exchanges for tokens: PS256 (RSA-PSS, SHA-256, salt 32).
class JwtVerifier final {
public:
    struct Claims {
        QString keyId;
        QString issuer;
        QString audience;
        qint64 issuedAt = 0;
        qint64 expiresAt = 0;
    };
    // Structure only: three base64url parts, header {typ, alg: PS256, kid}, claims present.
    static bool parse(const QByteArray &jwt, Claims *claims, QString *error);
    static bool verifySignature(const QByteArray &jwt, const QByteArray &publicKeyPem, QString *error);
};

} // namespace lockbox::emulator
