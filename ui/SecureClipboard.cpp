#include "SecureClipboard.h"

#include "SecretPayload.h"

#include <QClipboard>
#include <QMessageAuthenticationCode>
#include <QMimeData>
#include <QRandomGenerator>

namespace lockbox::ui {

namespace {

// Zeroes a string we hold alone; a shared buffer belongs to its other owners too (the clipboard's
// mime data) and is left to them.
void wipeIfDetached(QString &text) {
    if (text.isDetached()) {
        text.fill(QChar());
    }
    text.clear();
}

} // namespace

SecureClipboard::SecureClipboard(QClipboard *clipboard, QObject *parent) : QObject(parent), m_clipboard(clipboard) {
    m_hashKey.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_hashKey.data()), m_hashKey.size() / 4);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire (and count) 5 % late
    connect(&m_timer, &QTimer::timeout, this, &SecureClipboard::clear);
    if (m_clipboard) {
        // Someone else copied something: nothing of ours is left to clear later.
        connect(m_clipboard, &QClipboard::dataChanged, this, [this]() {
            if (!m_hash.isEmpty() && !holdsSecret()) {
                forget();
            }
        });
    }
}

SecureClipboard::~SecureClipboard() {
    // At quit the clipboard would otherwise outlive us (X11 hands it to the clipboard manager).
    if (holdsSecret()) {
        m_clipboard->clear(QClipboard::Clipboard);
    }
}

QMimeData *SecureClipboard::makeMimeData(const QString &value) {
    auto *mime = new QMimeData;
    mime->setText(value);
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    // DWORD 0: "do not put this in the clipboard history / cloud clipboard".
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), QByteArray(4, '\0'));
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), QByteArray(4, '\0'));
    mime->setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray());
    return mime;
}

void SecureClipboard::setSecret(const QString &value, const QString &label) {
    if (!m_clipboard) {
        return;
    }
    m_hash = keyedHash(value);
    m_label = label;
    m_clipboard->setMimeData(makeMimeData(value), QClipboard::Clipboard);
    if (m_timeoutSeconds > 0) {
        m_timer.start(m_timeoutSeconds * 1000);
    } else {
        m_timer.stop();
    }
    Q_EMIT copied(label);
}

void SecureClipboard::setSecret(const QByteArray &utf8Value, const QString &label) {
    QString text = QString::fromUtf8(utf8Value);
    setSecret(text, label);
    wipeIfDetached(text);
}

void SecureClipboard::setTimeoutSeconds(int seconds) {
    m_timeoutSeconds = std::max(seconds, 0);
    if (m_hash.isEmpty()) {
        return;
    }
    // A pending value gets the new timeout, counted from now.
    if (m_timeoutSeconds > 0) {
        m_timer.start(m_timeoutSeconds * 1000);
    } else {
        m_timer.stop();
    }
}

int SecureClipboard::remainingSeconds() const {
    if (m_hash.isEmpty() || !m_timer.isActive()) {
        return -1;
    }
    return (m_timer.remainingTime() + 999) / 1000;
}

bool SecureClipboard::holdsSecret() const {
    if (m_hash.isEmpty() || !m_clipboard) {
        return false;
    }
    const QMimeData *mime = m_clipboard->mimeData(QClipboard::Clipboard);
    if (!mime || !mime->hasText()) {
        return false;
    }
    QString text = mime->text();
    const bool ours = keyedHash(text) == m_hash;
    wipeIfDetached(text);
    return ours;
}

void SecureClipboard::clear() {
    const bool ours = holdsSecret();
    forget();
    if (ours) {
        m_clipboard->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    }
}

void SecureClipboard::forget() {
    m_timer.stop();
    m_hash.clear();
    m_label.clear();
}

QByteArray SecureClipboard::keyedHash(const QString &value) const {
    QByteArray utf8 = value.toUtf8();
    const QByteArray mac = QMessageAuthenticationCode::hash(utf8, m_hashKey, QCryptographicHash::Sha256);
    SecretPayload::wipeBytes(utf8);
    return mac;
}

} // namespace lockbox::ui
