#pragma once

// RSA service-account keys for the auth tests: a fresh key pair, and the file yc writes for it.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace lockbox::test {

struct KeyPair {
    QByteArray privatePem;
    QByteArray publicPem;
};

inline KeyPair generateRsa() {
    EVP_PKEY *pkey = EVP_RSA_gen(2048);
    BIO *priv = BIO_new(BIO_s_mem());
    BIO *pub = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(priv, pkey, nullptr, nullptr, 0, nullptr, nullptr);
    PEM_write_bio_PUBKEY(pub, pkey);
    auto read = [](BIO *bio) {
        char *data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        return QByteArray(data, static_cast<qsizetype>(len));
    };
    KeyPair kp{read(priv), read(pub)};
    BIO_free(priv);
    BIO_free(pub);
    EVP_PKEY_free(pkey);
    return kp;
}

// The file `yc iam key create -o key.json` writes, with its preface line before the PEM.
inline QByteArray ycKeyFile(const QString &keyId, const QString &saId, const KeyPair &kp) {
    const QJsonObject o{{QStringLiteral("id"), keyId},
                        {QStringLiteral("service_account_id"), saId},
                        {QStringLiteral("created_at"), QStringLiteral("2026-11-01T10:00:00.000000000Z")},
                        {QStringLiteral("key_algorithm"), QStringLiteral("RSA_2048")},
                        {QStringLiteral("public_key"), QString::fromLatin1(kp.publicPem)},
                        {QStringLiteral("private_key"),
                         QString(QStringLiteral("PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <") + keyId +
                                 QStringLiteral(">\n") + QString::fromLatin1(kp.privatePem))}};
    return QJsonDocument(o).toJson();
}

} // namespace lockbox::test
