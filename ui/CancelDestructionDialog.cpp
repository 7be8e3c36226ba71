#include "CancelDestructionDialog.h"

#include "ui_CancelDestructionDialog.h"

#include "StatusPresentation.h"
#include "VersionBatch.h"

#include <QPushButton>

namespace lockbox::ui {

CancelDestructionDialog::CancelDestructionDialog(OperationRunner *runner, QString secretId,
                                                 const QList<Version> &versions, const QString &currentVersionId,
                                                 QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CancelDestructionDialog>()), m_runner(runner),
      m_secretId(std::move(secretId)) {
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_ui->progressBar->hide();

    QList<Version> scheduled;
    QStringList skipped;
    for (const Version &v : versions) {
        if (v.status == Version::Status::ScheduledForDestruction) {
            scheduled.append(v);
        } else {
            skipped.append(v.id);
        }
    }
    m_ui->skippedLabel->setVisible(!skipped.isEmpty());
    m_ui->skippedLabel->setText(
        tr("Not scheduled for destruction, left as they are: %1").arg(skipped.join(QStringLiteral(", "))));

    setWindowTitle(tr("Cancel Destruction of %n Version(s)", nullptr, static_cast<int>(scheduled.size())));
    // Two sentences, not a plural form: Russian's "one" form also serves 21, 31, ….
    m_ui->introLabel->setText(scheduled.size() == 1
                                  ? tr("The scheduled destruction of the version will be cancelled, and it becomes "
                                       "active again.")
                                  : tr("The scheduled destruction of the versions will be cancelled, and they become "
                                       "active again."));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Cancel &Destruction"));
    ok->setAccessibleName(tr("Cancel destruction"));
    ok->setAccessibleDescription(tr("Cancels the scheduled destruction of the listed versions."));
    ok->setEnabled(!scheduled.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes the dialog; versions not cancelled stay scheduled for destruction."));

    m_batch = new VersionBatch(runner, m_ui->versionsListWidget, m_ui->errorLabel, this);
    m_batch->setVersions(scheduled, currentVersionId, [](const Version &v) {
        return tr("Scheduled for destruction at %1").arg(StatusPresentation::localAndUtc(v.destroyAt));
    });
    connect(m_batch, &VersionBatch::versionUpdated, this, &CancelDestructionDialog::versionUpdated);
    connect(m_batch, &VersionBatch::finished, this, &CancelDestructionDialog::onBatchFinished);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CancelDestructionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CancelDestructionDialog::reject);
}

CancelDestructionDialog::~CancelDestructionDialog() = default;

bool CancelDestructionDialog::isBusy() const {
    return m_batch->isRunning();
}

void CancelDestructionDialog::accept() {
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (isBusy() || m_batch->pendingVersionIds().isEmpty()) {
        return;
    }
    ApiClient *client = m_runner->client();
    const QString secretId = m_secretId;
    m_batch->start(
        [client, secretId](const QString &versionId, QObject *context, ApiClient::Callback<Operation> cb) {
            client->cancelVersionDestruction(secretId, versionId, context, std::move(cb));
        },
        [](const Version &) { return tr("Destruction cancelled; the version is active"); },
        tr("Cancel version destruction"), secretId);
    setBusy(true);
}

void CancelDestructionDialog::reject() {
    if (!isBusy()) {
        QDialog::reject();
    }
}

void CancelDestructionDialog::onBatchFinished(int failed) {
    setBusy(false);
    if (failed == 0) {
        m_done = true;
        accept();
        return;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Retry Failed"));
}

void CancelDestructionDialog::setBusy(bool busy) {
    m_ui->progressBar->setVisible(busy);
    m_ui->buttonBox->setEnabled(!busy);
}

} // namespace lockbox::ui
