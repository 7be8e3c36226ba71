#pragma once

#include "OperationRunner.h"

#include <QDialog>
#include <memory>

namespace Ui {
class DeleteSecretDialog;
}

class QPushButton;

namespace lockbox::ui {

// Asks before a secret is deleted, naming it and what goes with it (every version and value), then
// deletes it and follows the operation. A refusal (deletion protection, permissions) stays in the
// dialog with what the server said and what to do about it.
class DeleteSecretDialog final : public QDialog {
    Q_OBJECT
public:
    DeleteSecretDialog(OperationRunner *runner, Secret secret, QWidget *parent = nullptr);
    ~DeleteSecretDialog() override;
    Q_DISABLE_COPY_MOVE(DeleteSecretDialog)

    QPushButton *deleteButton() const { return m_delete; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    void reject() override;

Q_SIGNALS:
    void secretDeleted(const QString &secretId);

private:
    void send();
    void setBusy(bool busy);

    std::unique_ptr<Ui::DeleteSecretDialog> m_ui;
    OperationRunner *m_runner = nullptr;
    Secret m_secret;
    QPushButton *m_delete = nullptr;
    bool m_busy = false;
};

} // namespace lockbox::ui
