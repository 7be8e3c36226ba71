#include "DeleteSecretDialog.h"

#include "ui_DeleteSecretDialog.h"

#include "ErrorText.h"

#include <QPushButton>
#include <QStyle>

namespace lockbox::ui {

DeleteSecretDialog::DeleteSecretDialog(OperationRunner *runner, Secret secret, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DeleteSecretDialog>()), m_runner(runner), m_secret(std::move(secret)) {
    m_ui->setupUi(this);
    const QString name = m_secret.name.isEmpty() ? m_secret.id : m_secret.name;
    setWindowTitle(tr("Delete Secret — %1").arg(name));
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_ui->messageLabel->setText(
        tr("<b>Delete the secret “%1”?</b><br>ID %2").arg(name.toHtmlEscaped(), m_secret.id.toHtmlEscaped()));
    m_ui->detailLabel->setText(tr("Every version of it and every value goes at once; applications that read it stop "
                                  "working. This cannot be undone. To stop its use but keep it, deactivate it "
                                  "instead."));
    m_ui->protectionLabel->setStyleSheet(QStringLiteral("QLabel { color: #6d4c00; }"));
    m_ui->protectionLabel->setText(tr("Deletion protection is on for this secret: the service refuses to delete it "
                                      "until the protection is turned off (Edit Secret)."));
    m_ui->protectionLabel->setVisible(m_secret.deletionProtection);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_ui->errorLabel->hide();
    m_ui->progressBar->hide();
    m_ui->progressLabel->hide();

    m_delete = m_ui->buttonBox->addButton(tr("&Delete Secret"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setAccessibleName(tr("Delete the secret %1").arg(name));
    m_delete->setAccessibleDescription(tr("Deletes the secret with all its versions. This cannot be undone."));
    m_delete->setAutoDefault(false);
    // The safe choice is the default: Enter does not delete.
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setAccessibleDescription(tr("Closes the dialog and keeps the secret."));
    cancel->setFocus();
    QWidget::setTabOrder(m_delete, cancel); // as laid out: Delete left of Cancel
    connect(m_delete, &QPushButton::clicked, this, &DeleteSecretDialog::send);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DeleteSecretDialog::reject);
    resize(width(), sizeHint().height());
}

DeleteSecretDialog::~DeleteSecretDialog() = default;

QString DeleteSecretDialog::errorText() const {
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void DeleteSecretDialog::reject() {
    if (!m_busy) {
        QDialog::reject();
    }
}

void DeleteSecretDialog::send() {
    if (m_busy) {
        return;
    }
    m_ui->errorLabel->hide();
    setBusy(true);
    ApiClient *client = m_runner->client();
    const QString secretId = m_secret.id;
    m_runner->run(
        this,
        [client, secretId](QObject *context, ApiClient::Callback<Operation> callback) {
            client->deleteSecret(secretId, context, std::move(callback));
        },
        [this, secretId](const Result<Operation> &result) {
            setBusy(false);
            if (result.ok()) {
                Q_EMIT secretDeleted(secretId);
                QDialog::accept();
                return;
            }
            const ApiError &error = result.error();
            QString text = ErrorText::failureLead(error, tr("The secret was not deleted.")) + QLatin1Char('\n') +
                           ErrorText::describe(error, result.requestId());
            const bool protectedSecret =
                error.code == RpcCode::FailedPrecondition &&
                (m_secret.deletionProtection || error.message.contains(QLatin1String("protect"), Qt::CaseInsensitive));
            if (protectedSecret) {
                text += QStringLiteral("\n\n") +
                        tr("The secret is protected from deletion. To delete it, open Edit Secret, clear “Protect "
                           "from deletion”, save, and delete it again.");
                m_ui->protectionLabel->hide();
            }
            m_ui->errorLabel->setText(text);
            m_ui->errorLabel->show();
        },
        tr("Delete secret"), OperationLog::target(secretId));
}

void DeleteSecretDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->progressLabel->setVisible(busy);
    m_ui->progressLabel->setText(busy ? tr("Deleting…") : QString());
    m_delete->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
}

} // namespace lockbox::ui
