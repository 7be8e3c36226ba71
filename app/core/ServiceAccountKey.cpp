#include "ServiceAccountKey.h"

#include "SecretPayload.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

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
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(m_privateKeyPem.constData(), static_cast<int>(m_privateKeyPem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    if (!pkey || EVP_PKEY_base_id(pkey.get()) != EVP_PKEY_RSA) {
        return ApiError::local(
            ApiError::Kind::Local,
            QCoreApplication::translate("ServiceAccountKey",
                                        "The private key of the authorized key cannot be read as an RSA key."));
    }
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

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_PKEY_CTX *pctx = nullptr;
    size_t sigLen = 0;
    if (EVP_DigestSignInit(ctx.get(), &pctx, EVP_sha256(), nullptr, pkey.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 32) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &sigLen, reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       static_cast<size_t>(signingInput.size())) != 1) {
        return ApiError::local(ApiError::Kind::Local,
                               QCoreApplication::translate("ServiceAccountKey", "Signing the JWT failed."));
    }
    QByteArray signature(static_cast<qsizetype>(sigLen), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &sigLen,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       static_cast<size_t>(signingInput.size())) != 1) {
        return ApiError::local(ApiError::Kind::Local,
                               QCoreApplication::translate("ServiceAccountKey", "Signing the JWT failed."));
    }
    signature.resize(static_cast<qsizetype>(sigLen));
    return QByteArray(signingInput + '.' + b64url(signature));
}

} // namespace lockbox
