#pragma once

#include "ApiClient.h"

#include <QDialog>
#include <QTimer>
#include <memory>

class QAction;

namespace Ui {
class PayloadViewerDialog;
}

namespace lockbox {
class OperationLog;
}

namespace lockbox::ui {

class SecureClipboard;

// Shows the keys and values of one version. The payload is read (getPayload with the version id)
// when the dialog is shown, with a busy indicator; values are masked until revealed one by one
// (the row's Show button, or Space) or all at once after a confirmation. A value is copied through
// the SecureClipboard (Ctrl+C, also when masked: it never shows on screen that way) and any value
// can be saved to a file (QSaveFile, owner-only permissions 0600). A failed read (deactivated
// secret, no lockbox.payloadViewer role, a version scheduled for destruction…) is shown in the
// dialog with the request id and a Retry button.
//
// Values live only in the SecretPayload this dialog holds. The table reads them on demand through
// a model (no item or line edit keeps a copy), and closing the dialog (done(), destruction) masks
// everything and releases the payload, which wipes it. Showing the dialog again reads it again.
// Nothing here logs a value.
//
// Typical use (main window):
//     auto *dialog = new PayloadViewerDialog(client, secret, version, secureClipboard, this);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     dialog->setOperationLog(operationLog); // optional: the read appears in the operations panel
//     dialog->open();
class PayloadViewerDialog final : public QDialog {
    Q_OBJECT
public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, RevealColumn, ColumnCount };

    // clipboard may be nullptr: copying is then unavailable.
    PayloadViewerDialog(ApiClient *client, Secret secret, Version version, SecureClipboard *clipboard,
                        QWidget *parent = nullptr);
    ~PayloadViewerDialog() override; // releases (wipes) the values
    Q_DISABLE_COPY_MOVE(PayloadViewerDialog)

    // Settings.
    // Revealed values are masked again this many seconds after the last reveal (0: never; default 0).
    void setAutoHideSeconds(int seconds);
    int autoHideSeconds() const { return m_autoHideSeconds; }
    // Reads are recorded there as "Read values" operations (nullptr: not recorded).
    void setOperationLog(OperationLog *log) { m_log = log; }

    const Secret &secret() const { return m_secret; }
    const Version &version() const { return m_version; }
    bool isLoading() const { return m_loading; }
    bool hasValues() const { return m_payload != nullptr; }
    int entryCount() const;
    int rowOfKey(const QString &key) const;
    // The banner's text after a failed read, empty otherwise.
    QString errorText() const;

    bool isRevealed(int row) const;
    void setRevealed(int row, bool revealed);
    // Asks for confirmation (a window-modal message box), then shows every value.
    void requestRevealAll();
    void revealAll();
    void hideAll();
    // Puts the row's value on the clipboard: text as is, binary as Base64.
    bool copyEntry(int row);
    // Writes the row's value (its exact bytes) to path, readable by the owner only.
    bool saveEntryToFile(int row, const QString &path);

    // The first line of a failed read, in words that say what to do (used by CompareVersionsDialog too).
    static QString readFailureLead(const ApiError &error, const Secret &secret, const Version &version);

public Q_SLOTS:
    // Reads the payload again (the Retry button).
    void reload();
    void done(int result) override;

Q_SIGNALS:
    void loaded(int entryCount);
    void loadFailed(const lockbox::ApiError &error);
    // key only, never the value.
    void valueCopied(const QString &key);
    void valueSaved(const QString &key, const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class EntriesModel;

    void setLoading(bool loading);
    void onPayload(const Result<std::shared_ptr<SecretPayload>> &result);
    void rebuildRevealButtons();
    void updateActions();
    void chooseFileForCurrentRow();
    void showStatus(const QString &text, bool problem = false);
    int currentRow() const;
    void releaseValues();

    std::unique_ptr<Ui::PayloadViewerDialog> m_ui;
    ApiClient *m_client = nullptr;
    SecureClipboard *m_clipboard = nullptr;
    OperationLog *m_log = nullptr;
    Secret m_secret;
    Version m_version;
    std::shared_ptr<SecretPayload> m_payload;
    QList<bool> m_revealed;
    EntriesModel *m_model = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_saveAction = nullptr;
    QTimer m_autoHide;
    int m_autoHideSeconds = 0;
    int m_generation = 0; // bumped by every read and by closing: a stale answer is dropped
    bool m_loading = false;
};

} // namespace lockbox::ui
