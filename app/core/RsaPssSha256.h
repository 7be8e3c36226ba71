#pragma once

#include <QByteArray>
#include <QString>

namespace lockbox {

// RSASSA-PSS with SHA-256 and a 32-byte salt: the signature of a JWT with "alg": "PS256", which the
// IAM token exchange asks for (a service-account key signs, the emulator verifies).
//
// The work is OpenSSL's libcrypto. On Linux it is loaded on first use rather than linked: linked,
// its ~4,200 symbol relocations are paid by every start, before the window can appear, for a key
// most profiles never use. Elsewhere it is linked (app/CMakeLists.txt). Thread-safe; the library
// stays loaded once loaded.
class RsaPssSha256 final {
public:
    enum class Status {
        Ok,
        Unavailable, // libcrypto could not be loaded or lacks a function: unavailableReason()
        BadKey,      // the PEM does not hold an RSA key of the wanted kind (private to sign, public to verify)
        Failed,      // OpenSSL refused to sign or to set the padding up
        Mismatch,    // verify(): the signature is not the data's
    };

    struct Signature {
        Status status = Status::Failed;
        QByteArray bytes;
    };

    // privateKeyPem: PKCS#8 or PKCS#1 ("BEGIN PRIVATE KEY" / "BEGIN RSA PRIVATE KEY").
    static Signature sign(const QByteArray &privateKeyPem, const QByteArray &data);
    // publicKeyPem: SubjectPublicKeyInfo ("BEGIN PUBLIC KEY").
    static Status verify(const QByteArray &publicKeyPem, const QByteArray &data, const QByteArray &signature);

    // Why libcrypto is unavailable (the loader's words, untranslated), or empty when it loaded.
    static QString unavailableReason();
};

} // namespace lockbox
