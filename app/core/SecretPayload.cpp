#include "SecretPayload.h"

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
    volatile char *p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        p[i] = 0;
    }
    bytes.clear();
}

} // namespace lockbox
