#include "ServiceAccountKey.h"

#include "RsaPssSha256.h"
#include "SecretPayload.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace lockbox {

namespace {
QByteArray b64url(const QByteArray &data) {
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

ServiceAccountKey::~ServiceAccountKey() {
    SecretPayload::wipeBytes(m_privateKeyPem);
}

Result<std::shared_ptr<ServiceAccountKey>> ServiceAccountKey::fromJson(const QByteArray &json) {
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return ApiError::local(
            ApiError::Kind::Local,
            QCoreApplication::translate("ServiceAccountKey", "The authorized key file is not valid JSON."));
    }
    const QJsonObject root = doc.object();
    std::shared_ptr<ServiceAccountKey> key(new ServiceAccountKey);
    QString privateKey;
    if (root.contains(QLatin1String("key")) && root.value(QLatin1String("key")).isObject()) {
        const QJsonObject k = root.value(QLatin1String("key")).toObject();
        key->m_keyId = k.value(QLatin1String("id")).toString();
        key->m_serviceAccountId = k.value(QLatin1String("serviceAccountId")).toString();
        privateKey = root.value(QLatin1String("privateKey")).toString();
    } else {
        key->m_keyId = root.value(QLatin1String("id")).toString();
        key->m_serviceAccountId = root.value(QLatin1String("service_account_id")).toString();
        privateKey = root.value(QLatin1String("private_key")).toString();
    }
    if (key->m_keyId.isEmpty() || key->m_serviceAccountId.isEmpty() || privateKey.isEmpty()) {
        return ApiError::local(
            ApiError::Kind::Local,
            QCoreApplication::translate("ServiceAccountKey",
                                        "The authorized key file lacks id, service_account_id or private_key. Create "
                                        "one with \"yc iam key create --service-account-name NAME -o key.json\"."));
    }
    // yc puts "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID …" before the PEM block.
    const qsizetype begin = privateKey.indexOf(QLatin1String("-----BEGIN"));
    if (begin < 0) {
        return ApiError::local(
            ApiError::Kind::Local,
            QCoreApplication::translate("ServiceAccountKey", "The private key in the authorized key file is not PEM."));
    }
    // PKCS#8 "BEGIN ENCRYPTED PRIVATE KEY", or a legacy PEM's "Proc-Type: 4,ENCRYPTED" header: yc
    // never writes either, and there is nowhere to ask for a passphrase.
    if (privateKey.indexOf(QLatin1String("-----BEGIN ENCRYPTED"), begin) >= 0 ||
        privateKey.indexOf(QLatin1String("Proc-Type: 4,ENCRYPTED"), begin) >= 0) {
        privateKey.fill(QChar(u'\0'));
        return ApiError::local(
            ApiError::Kind::Local,
            QCoreApplication::translate("ServiceAccountKey",
                                        "The private key in the authorized key file is protected by a passphrase. Use "
                                        "the file as \"yc iam key create\" writes it, without a passphrase."));
    }
    key->m_privateKeyPem = privateKey.mid(begin).toLatin1();
    privateKey.fill(QChar(u'\0')); // best effort: the parsed JSON document is the caller's
    // Check that the key parses now, so the profile editor can say so at once.
    auto probe = key->makeJwt(QDateTime::currentDateTimeUtc(), 60);
    if (!probe) {
        return probe.error();
    }
    return key;
}

Result<QByteArray> ServiceAccountKey::makeJwt(const QDateTime &now, int lifetimeSeconds) const {
    const qint64 iat = now.toSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("PS256")},
                             {QStringLiteral("kid"), m_keyId}};
    const QJsonObject claims{{QStringLiteral("iss"), m_serviceAccountId},
                             {QStringLiteral("aud"), QLatin1String(kAudience)},
                             {QStringLiteral("iat"), iat},
                             {QStringLiteral("exp"), iat + std::min(lifetimeSeconds, 3600)}};
    const QByteArray signingInput = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const RsaPssSha256::Signature signature = RsaPssSha256::sign(m_privateKeyPem, signingInput);
    switch (signature.status) {
    case RsaPssSha256::Status::Ok:
        return QByteArray(signingInput + '.' + b64url(signature.bytes));
    case RsaPssSha256::Status::Unavailable:
        return ApiError::local(
            ApiError::Kind::Local,
            QCoreApplication::translate("ServiceAccountKey",
                                        "OpenSSL's libcrypto (version 3), which signs with the authorized key, "
                                        "cannot be loaded: %1")
                .arg(RsaPssSha256::unavailableReason()));
    case RsaPssSha256::Status::BadKey:
        return ApiError::local(
            ApiError::Kind::Local,
            QCoreApplication::translate("ServiceAccountKey",
                                        "The private key of the authorized key cannot be read as an RSA key."));
    case RsaPssSha256::Status::Failed:
    case RsaPssSha256::Status::Mismatch:
        break;
    }
    return ApiError::local(ApiError::Kind::Local,
                           QCoreApplication::translate("ServiceAccountKey", "Signing the JWT failed."));
}

} // namespace lockbox
