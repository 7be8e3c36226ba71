#include "RsaPssSha256.h"

#include <QLibrary>

#include <memory>
#include <type_traits>

// Declarations only: nothing here links libcrypto (see the header).
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace lockbox {

namespace {

// The libcrypto functions used, each typed from OpenSSL's own declaration, so a call with the
// wrong arguments does not compile. Members are named as the functions (resolved by that name).
#define LOCKBOX_LIBCRYPTO_FUNCTIONS(F)                                                                                 \
    F(BIO_new_mem_buf)                                                                                                 \
    F(BIO_free)                                                                                                        \
    F(PEM_read_bio_PrivateKey)                                                                                         \
    F(PEM_read_bio_PUBKEY)                                                                                             \
    F(EVP_PKEY_get_base_id) /* EVP_PKEY_base_id is a macro for it in 3.0 */                                            \
    F(EVP_PKEY_free)                                                                                                   \
    F(EVP_MD_CTX_new)                                                                                                  \
    F(EVP_MD_CTX_free)                                                                                                 \
    F(EVP_sha256)                                                                                                      \
    F(EVP_DigestSignInit)                                                                                              \
    F(EVP_DigestSign)                                                                                                  \
    F(EVP_DigestVerifyInit)                                                                                            \
    F(EVP_DigestVerify)                                                                                                \
    F(EVP_PKEY_CTX_set_rsa_padding)                                                                                    \
    F(EVP_PKEY_CTX_set_rsa_pss_saltlen)                                                                                \
    F(ERR_clear_error)

struct LibCrypto {
#define LOCKBOX_DECLARE(name) decltype(&::name) name = nullptr;
    LOCKBOX_LIBCRYPTO_FUNCTIONS(LOCKBOX_DECLARE)
#undef LOCKBOX_DECLARE
    QString error; // empty when every function above is there
};

LibCrypto loadLibCrypto() {
    LibCrypto c;
#if defined(LOCKBOX_LAZY_LIBCRYPTO)
    // Linux: OpenSSL 3's libcrypto.so.3, from the system (the package depends on it).
    QLibrary library(QStringLiteral("crypto"), 3);
    // Not unloaded when `library` goes: the functions stay valid for the process's life.
    if (!library.load()) {
        c.error = library.errorString();
        return c;
    }
    const auto resolve = [&](auto &function, const char *name) {
        function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
        if (!function && c.error.isEmpty()) {
            c.error = library.errorString();
        }
    };
#define LOCKBOX_RESOLVE(name) resolve(c.name, #name);
    LOCKBOX_LIBCRYPTO_FUNCTIONS(LOCKBOX_RESOLVE)
#undef LOCKBOX_RESOLVE
#else
    // Elsewhere libcrypto is linked (app/CMakeLists.txt): macdeployqt and windeployqt bundle only
    // what a binary links, and a DLL loaded by name could come from the current directory.
#define LOCKBOX_TAKE(name) c.name = &::name;
    LOCKBOX_LIBCRYPTO_FUNCTIONS(LOCKBOX_TAKE)
#undef LOCKBOX_TAKE
#endif
    return c;
}

// Loaded once per process, on first use, by whichever thread comes first (a function-local static
// is initialised once, thread-safely). It is the dynamic loader's state, not the application's.
const LibCrypto &libCrypto() {
    static const LibCrypto c = loadLibCrypto();
    return c;
}

// An encrypted key fails instead of prompting: without a callback OpenSSL asks for the passphrase
// on the terminal the application was started from, and the UI thread waits for it.
int refusePassphrase(char *, int, int, void *) {
    return -1;
}

// One signing or verifying pass: the key read from its PEM and a digest context set up for
// RSA-PSS, SHA-256, salt 32. OpenSSL's thread-local error queue is emptied at the end, so a refused
// key leaves nothing behind for Qt's TLS code, which reads that queue after its own calls.
class PssPass {
public:
    enum class Direction { Sign, Verify };

    PssPass(const LibCrypto &c, const QByteArray &pem, Direction direction)
        : m_c(c), m_key(nullptr, c.EVP_PKEY_free), m_context(c.EVP_MD_CTX_new(), c.EVP_MD_CTX_free) {
        std::unique_ptr<BIO, decltype(c.BIO_free)> bio(c.BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())),
                                                       c.BIO_free);
        if (!bio || !m_context) {
            return;
        }
        m_key.reset(direction == Direction::Sign
                        ? c.PEM_read_bio_PrivateKey(bio.get(), nullptr, &refusePassphrase, nullptr)
                        : c.PEM_read_bio_PUBKEY(bio.get(), nullptr, &refusePassphrase, nullptr));
        if (!m_key || c.EVP_PKEY_get_base_id(m_key.get()) != EVP_PKEY_RSA) {
            m_status = RsaPssSha256::Status::BadKey;
            return;
        }
        EVP_PKEY_CTX *keyContext = nullptr;
        const int init =
            direction == Direction::Sign
                ? c.EVP_DigestSignInit(m_context.get(), &keyContext, c.EVP_sha256(), nullptr, m_key.get())
                : c.EVP_DigestVerifyInit(m_context.get(), &keyContext, c.EVP_sha256(), nullptr, m_key.get());
        if (init != 1 || c.EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) != 1 ||
            c.EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32) != 1) {
            return;
        }
        m_status = RsaPssSha256::Status::Ok;
    }
    ~PssPass() { m_c.ERR_clear_error(); }
    Q_DISABLE_COPY_MOVE(PssPass)

    // Ok once the key and the context are ready, else why not.
    RsaPssSha256::Status status() const { return m_status; }
    EVP_MD_CTX *context() const { return m_context.get(); }

private:
    const LibCrypto &m_c;
    std::unique_ptr<EVP_PKEY, decltype(LibCrypto::EVP_PKEY_free)> m_key;
    std::unique_ptr<EVP_MD_CTX, decltype(LibCrypto::EVP_MD_CTX_free)> m_context;
    RsaPssSha256::Status m_status = RsaPssSha256::Status::Failed;
};

const unsigned char *bytesOf(const QByteArray &data) {
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

RsaPssSha256::Signature RsaPssSha256::sign(const QByteArray &privateKeyPem, const QByteArray &data) {
    const LibCrypto &c = libCrypto();
    if (!c.error.isEmpty()) {
        return {Status::Unavailable, {}};
    }
    const PssPass pass(c, privateKeyPem, PssPass::Direction::Sign);
    if (pass.status() != Status::Ok) {
        return {pass.status(), {}};
    }
    const auto size = static_cast<size_t>(data.size());
    size_t length = 0;
    if (c.EVP_DigestSign(pass.context(), nullptr, &length, bytesOf(data), size) != 1) {
        return {Status::Failed, {}};
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (c.EVP_DigestSign(pass.context(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytesOf(data),
                         size) != 1) {
        return {Status::Failed, {}};
    }
    signature.resize(static_cast<qsizetype>(length));
    return {Status::Ok, signature};
}

RsaPssSha256::Status RsaPssSha256::verify(const QByteArray &publicKeyPem, const QByteArray &data,
                                          const QByteArray &signature) {
    const LibCrypto &c = libCrypto();
    if (!c.error.isEmpty()) {
        return Status::Unavailable;
    }
    const PssPass pass(c, publicKeyPem, PssPass::Direction::Verify);
    if (pass.status() != Status::Ok) {
        return pass.status();
    }
    return c.EVP_DigestVerify(pass.context(), bytesOf(signature), static_cast<size_t>(signature.size()), bytesOf(data),
                              static_cast<size_t>(data.size())) == 1
               ? Status::Ok
               : Status::Mismatch;
}

QString RsaPssSha256::unavailableReason() {
    return libCrypto().error;
}

} // namespace lockbox
