#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace lockbox {

// A version's payload. The only place secret values live; the bytes are overwritten with zeros when
// the object is destroyed or wipe() is called. Hold it in a std::shared_ptr and drop it promptly.
class SecretPayload final {
public:
    struct Entry {
        QString key;
        bool binary = false;
        QByteArray value; // UTF-8 text or raw bytes
    };

    SecretPayload() = default;
    SecretPayload(QString versionId, QList<Entry> entries);
    ~SecretPayload();
    Q_DISABLE_COPY_MOVE(SecretPayload)

    const QString &versionId() const { return m_versionId; }
    const QList<Entry> &entries() const { return m_entries; }
    void wipe();

    static void wipeBytes(QByteArray &bytes);

private:
    QString m_versionId;
    QList<Entry> m_entries;
};

} // namespace lockbox
