#if defined(__APPLE__)
#define __STDC_WANT_LIB_EXT1__ 1 // memset_s
#endif
#include "SecretPayload.h"

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <string.h> // explicit_bzero, memset_s
#endif

namespace lockbox {

SecretPayload::SecretPayload(QString versionId, QList<Entry> entries)
    : m_versionId(std::move(versionId)), m_entries(std::move(entries)) {}

SecretPayload::~SecretPayload() {
    wipe();
}

void SecretPayload::wipe() {
    for (Entry &entry : m_entries) {
        wipeBytes(entry.value);
    }
    m_entries.clear();
}

void SecretPayload::wipeBytes(QByteArray &bytes) {
    if (bytes.isEmpty()) {
        bytes.clear();
        return;
    }
    // If the data is shared (implicit sharing), data() detaches first and we zero our own copy only:
    // the other owners are responsible for their bytes. Unshared data is zeroed in place.
    // A memset the compiler may not drop, at memset speed. Every response body passes here (a
    // 10,000-secret listing: ~4 MB), where a volatile byte loop cost a quarter of the UI thread's
    // work. (Not OPENSSL_cleanse: that would link libcrypto into every start; see RsaPssSha256.)
#if defined(Q_OS_WIN)
    SecureZeroMemory(bytes.data(), static_cast<size_t>(bytes.size()));
#elif defined(Q_OS_DARWIN)
    memset_s(bytes.data(), static_cast<rsize_t>(bytes.size()), 0, static_cast<rsize_t>(bytes.size()));
#else
    explicit_bzero(bytes.data(), static_cast<size_t>(bytes.size()));
#endif
    bytes.clear();
}

} // namespace lockbox
