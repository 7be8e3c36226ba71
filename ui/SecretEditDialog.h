#pragma once

#include "OperationRunner.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SecretEditDialog;
}

class QLineEdit;
class QTableWidget;

namespace lockbox::ui {

// Creates a secret (name, description, labels, deletion protection, KMS key, and either the entries of
// its first version, no version, or a generated password's specification), or edits an existing one's
// name, description, labels and deletion protection (UpdateSecret with exactly the changed fields in
// the mask). Everything is checked against the API's limits as it is typed; the operation is followed
// to its end, and a failure keeps the dialog open with what was entered.
class SecretEditDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Edit };
    enum LabelColumn { LabelKeyColumn, LabelValueColumn };
    enum EntryColumn { EntryKeyColumn, EntryValueColumn };

    // A new secret in this folder.
    SecretEditDialog(OperationRunner *runner, const QString &folderId, QWidget *parent = nullptr);
    // This secret's metadata.
    SecretEditDialog(OperationRunner *runner, Secret secret, QWidget *parent = nullptr);
    ~SecretEditDialog() override; // clears the values it held
    Q_DISABLE_COPY_MOVE(SecretEditDialog)

    Mode mode() const { return m_mode; }
    // How the folder is named in the title ("backend (b1g…)"); the ID by default.
    void setFolderDescription(const QString &folder);
    // Rows for tests and callers that prefill; the row index.
    int addLabelRow(const QString &key = {}, const QString &value = {});
    int addEntryRow(const QString &key = {}, const QString &value = {});
    QMap<QString, QString> labels() const;
    PasswordPayloadSpecification passwordSpecification() const;
    CreateSecretRequest createRequest() const;
    // Only what changed is in the mask.
    UpdateSecretRequest updateRequest() const;
    // What keeps OK disabled (translated), empty when the form can be sent.
    QStringList validationProblems() const;
    bool isBusy() const { return m_busy; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void secretCreated(const lockbox::Secret &secret);
    void secretUpdated(const lockbox::Secret &secret);

private:
    enum class PunctuationMode { All, OnlyThese, AllExcept };

    SecretEditDialog(OperationRunner *runner, Mode mode, QWidget *parent);
    void removeCurrentRow(QTableWidget *table);
    QLineEdit *entryEdit(int row, int column) const;
    QStringList labelProblems() const;
    QStringList contentProblems() const;
    bool hasChanges() const;
    void updateForm();
    void send();
    void finish(const Result<Operation> &result);
    void fail(const QString &lead, const ApiError &error, const QString &requestId);
    void setBusy(bool busy, const QString &what = {});
    void clearValues();

    std::unique_ptr<Ui::SecretEditDialog> m_ui;
    OperationRunner *m_runner = nullptr;
    Mode m_mode = Mode::Create;
    QString m_folderId;
    Secret m_secret; // Edit: as it was
    bool m_busy = false;
    bool m_done = false;
    bool m_syncing = false;
    bool m_touched = false; // Create: problems are shown once something was typed
};

} // namespace lockbox::ui
