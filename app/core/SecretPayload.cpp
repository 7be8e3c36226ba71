#include "SecretPayload.h"

#include <openssl/crypto.h>

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
    // OPENSSL_cleanse: a memset the compiler may not drop, at memset speed. Every response body
    // passes here (a 10,000-secret listing: ~4 MB), where a volatile byte loop cost a quarter of
    // the UI thread's work.
    OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace lockbox
