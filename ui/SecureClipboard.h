#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QClipboard;
class QMimeData;

namespace lockbox::ui {

// Puts secret values on the clipboard and takes them off again. The value goes with the hints
// clipboard managers and history services honour, so it is not kept in their history:
//   x-kde-passwordManagerHint = "secret"            KDE Klipper (X11 and Wayland), and others that follow it
//   ExcludeClipboardContentFromMonitorProcessing   Windows clipboard history and cloud clipboard
//   CanIncludeInClipboardHistory = 0, CanUploadToCloudClipboard = 0   (Windows 10+)
//   org.nspasteboard.ConcealedType                 macOS clipboard managers (nspasteboard.org)
// Formats a platform does not know are harmless there. (On macOS, Qt 6.4 offers no public converter
// that exports a custom UTI, so the last hint reaches the pasteboard only under a mangled name.)
//
// The clipboard is cleared after timeoutSeconds() (default 30; 0: never), on clear() and when this
// object is destroyed (application quit), in each case ONLY if it still holds our value: something
// the user copied meanwhile is left alone. The comparison uses a keyed hash of the value (HMAC with
// a random per-instance key), never a kept copy of the value itself.
//
// One instance per application (the main window owns it) so that a new copy replaces the previous
// one's timer. clipboard: QGuiApplication::clipboard().
class SecureClipboard final : public QObject {
    Q_OBJECT
public:
    explicit SecureClipboard(QClipboard *clipboard, QObject *parent = nullptr);
    ~SecureClipboard() override; // clears the clipboard if it still holds our value
    Q_DISABLE_COPY_MOVE(SecureClipboard)

    // label: what was copied, for messages ("password of postgres-main"); never the value.
    void setSecret(const QString &value, const QString &label);
    // UTF-8 bytes, copied as text.
    void setSecret(const QByteArray &utf8Value, const QString &label);

    void setTimeoutSeconds(int seconds);
    int timeoutSeconds() const { return m_timeoutSeconds; }
    // Seconds until the clipboard is cleared; -1 when nothing of ours is pending.
    int remainingSeconds() const;
    // True while the clipboard still holds the value we put there.
    bool holdsSecret() const;
    QString label() const { return m_label; }

    // The mime data setSecret() puts on the clipboard (for tests and drag-and-drop).
    static QMimeData *makeMimeData(const QString &value);

public Q_SLOTS:
    // Clears the clipboard now if it still holds our value.
    void clear();

Q_SIGNALS:
    void copied(const QString &label);
    // Our value was taken off the clipboard (timeout, clear(), quit).
    void cleared();

private:
    QByteArray keyedHash(const QString &value) const;
    void forget();

    QPointer<QClipboard> m_clipboard;
    QByteArray m_hashKey;
    QByteArray m_hash; // of the value we put there; empty when nothing is pending
    QString m_label;
    QTimer m_timer;
    int m_timeoutSeconds = 30;
};

} // namespace lockbox::ui
