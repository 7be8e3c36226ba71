#include "JwtVerifier.h"

#include "RsaPssSha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lockbox::emulator {

namespace {
std::optional<QByteArray> b64url(const QByteArray &part) {
    auto r = QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!r) {
        return std::nullopt;
    }
    return *r;
}
} // namespace

bool JwtVerifier::parse(const QByteArray &jwt, Claims *claims, QString *error) {
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3) {
        *error = QStringLiteral("JWT must have three parts");
        return false;
    }
    const auto header = b64url(parts[0]);
    const auto payload = b64url(parts[1]);
    if (!header || !payload || !b64url(parts[2])) {
        *error = QStringLiteral("JWT is not base64url");
        return false;
    }
    const QJsonObject h = QJsonDocument::fromJson(*header).object();
    const QJsonObject p = QJsonDocument::fromJson(*payload).object();
    if (h.contains(QLatin1String("typ")) && h.value(QLatin1String("typ")).toString() != QLatin1String("JWT")) {
        *error = QStringLiteral("JWT type must be JWT");
        return false;
    }
    if (h.value(QLatin1String("alg")).toString() != QLatin1String("PS256")) {
        *error = QStringLiteral("JWT algorithm must be PS256");
        return false;
    }
    claims->keyId = h.value(QLatin1String("kid")).toString();
    claims->issuer = p.value(QLatin1String("iss")).toString();
    const QJsonValue aud = p.value(QLatin1String("aud"));
    claims->audience = aud.isArray() ? aud.toArray().first().toString() : aud.toString();
    claims->issuedAt = p.value(QLatin1String("iat")).toInteger();
    claims->expiresAt = p.value(QLatin1String("exp")).toInteger();
    if (claims->keyId.isEmpty() || claims->issuer.isEmpty() || claims->issuedAt == 0 || claims->expiresAt == 0) {
        *error = QStringLiteral("JWT must carry kid, iss, aud, iat and exp");
        return false;
    }
    return true;
}

bool JwtVerifier::verifySignature(const QByteArray &jwt, const QByteArray &publicKeyPem, QString *error) {
    const qsizetype lastDot = jwt.lastIndexOf('.');
    const QByteArray signingInput = jwt.left(lastDot);
    const auto signature = b64url(jwt.mid(lastDot + 1));
    if (!signature) {
        *error = QStringLiteral("bad signature encoding");
        return false;
    }
    switch (RsaPssSha256::verify(publicKeyPem, signingInput, *signature)) {
    case RsaPssSha256::Status::Ok:
        break;
    case RsaPssSha256::Status::Unavailable:
        *error = QStringLiteral("libcrypto cannot be loaded: ") + RsaPssSha256::unavailableReason();
        return false;
    case RsaPssSha256::Status::BadKey:
        *error = QStringLiteral("the registered public key cannot be read");
        return false;
    case RsaPssSha256::Status::Failed:
        *error = QStringLiteral("cannot set up RSA-PSS verification");
        return false;
    case RsaPssSha256::Status::Mismatch:
        *error = QStringLiteral("signature does not match");
        return false;
    }
    return true;
}

} // namespace lockbox::emulator
