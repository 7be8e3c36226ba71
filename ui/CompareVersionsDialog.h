#pragma once

#include "ApiClient.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CompareVersionsDialog;
}

namespace lockbox {
class OperationLog;
}

namespace lockbox::ui {

// Compares two versions of a secret, A (the older, usually) and B. The keys come from the versions'
// payloadEntryKeys, so the comparison of keys (added in B, removed from A, kept) needs no payload
// read and no lockbox.payloadViewer role. "Compare Values" reads both payloads, marks each kept key
// changed or unchanged (a change of type counts) WITHOUT showing anything, and drops both payloads
// at once (they are wiped). A changed key can then be shown with its row's Show button: that reads
// the two payloads once more, keeps just that key's two values until hidden or the dialog closes,
// and drops the rest. A failed read (no role, deactivated secret, version scheduled for destruction)
// is shown with the request id; the key comparison stays.
//
// Typical use (main window, two selected versions, older first):
//     auto *dialog = new CompareVersionsDialog(client, secret, older, newer, this);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     dialog->setOperationLog(operationLog); // optional
//     dialog->open();
class CompareVersionsDialog final : public QDialog {
    Q_OBJECT
public:
    enum Column { KeyColumn, ChangeColumn, ValueAColumn, ValueBColumn, ShowColumn, ColumnCount };
    // Kept until the values are compared; then Changed or Unchanged.
    enum class Change { Added, Removed, Kept, Changed, Unchanged };

    CompareVersionsDialog(ApiClient *client, Secret secret, Version a, Version b, QWidget *parent = nullptr);
    ~CompareVersionsDialog() override; // wipes any value shown
    Q_DISABLE_COPY_MOVE(CompareVersionsDialog)

    // Reads are recorded there as "Compare values" operations (nullptr: not recorded).
    void setOperationLog(OperationLog *log) { m_log = log; }

    int keyCount() const { return static_cast<int>(m_rows.size()); }
    int rowOfKey(const QString &key) const;
    Change change(int row) const;
    static QString changeText(Change change);
    bool valuesCompared() const { return m_compared; }
    bool isBusy() const { return m_busy; }
    // Why the values cannot be compared (deactivated secret, a version not active), empty if they can be.
    QString compareBlocker() const;
    // The banner's text after a failed read, empty otherwise.
    QString errorText() const;
    bool isRevealed(int row) const;

public Q_SLOTS:
    void compareValues();
    // Shows (reads) or hides the two values of a changed key.
    void setRevealed(int row, bool revealed);
    void done(int result) override;

Q_SIGNALS:
    void valuesComparedChanged(int changedCount);
    void readFailed(const lockbox::ApiError &error);

private:
    class KeysModel;
    struct Row {
        QString key;
        Change change = Change::Kept;
        bool revealed = false;
        bool binaryA = false;
        bool binaryB = false;
        QByteArray valueA; // only while revealed
        QByteArray valueB;
    };
    using PayloadPair = std::pair<std::shared_ptr<SecretPayload>, std::shared_ptr<SecretPayload>>;
    using PairCallback = std::function<void(PayloadPair &payloads)>;

    // Reads both payloads; done runs once both arrived, only if both succeeded (else the banner shows).
    void readBoth(const QString &what, const QString &failureLead, PairCallback done);
    void applyComparison(const PayloadPair &payloads);
    void revealFrom(int row, const PayloadPair &payloads);
    void hideRow(int row);
    void setBusy(bool busy);
    void updateSummary();
    void updateShowButtons();
    void wipeAll();

    std::unique_ptr<Ui::CompareVersionsDialog> m_ui;
    ApiClient *m_client = nullptr;
    OperationLog *m_log = nullptr;
    Secret m_secret;
    Version m_a;
    Version m_b;
    QList<Row> m_rows;
    KeysModel *m_model = nullptr;
    int m_generation = 0; // bumped by closing: answers still on their way are dropped
    bool m_compared = false;
    bool m_busy = false;
};

} // namespace lockbox::ui
