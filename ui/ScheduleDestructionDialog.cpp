#include "ScheduleDestructionDialog.h"

#include "ui_ScheduleDestructionDialog.h"

#include "Limits.h"
#include "StatusPresentation.h"
#include "VersionBatch.h"

#include <QPushButton>

namespace lockbox::ui {

namespace {
constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kCustom = -1;
constexpr int kMaxCustomDays = 365;
constexpr int kMaxCustomHours = kMaxCustomDays * 24;
} // namespace

ScheduleDestructionDialog::ScheduleDestructionDialog(OperationRunner *runner, QString secretId,
                                                     const QList<Version> &versions, const QString &currentVersionId,
                                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ScheduleDestructionDialog>()), m_runner(runner),
      m_secretId(std::move(secretId)) {
    m_ui->setupUi(this);

    m_ui->pendingPeriodComboBox->addItem(tr("1 day"), kDayMs);
    m_ui->pendingPeriodComboBox->addItem(tr("7 days (default)"), limits::kDefaultPendingPeriodMs);
    m_ui->pendingPeriodComboBox->addItem(tr("30 days"), 30 * kDayMs);
    m_ui->pendingPeriodComboBox->addItem(tr("Custom"), kCustom);
    m_ui->pendingPeriodComboBox->setCurrentIndex(1);
    m_ui->customUnitComboBox->addItem(tr("days"), kDayMs);
    m_ui->customUnitComboBox->addItem(tr("hours"), kHourMs);

    m_ui->currentWarningIconLabel->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(24, 24));
    m_ui->currentWarningLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_ui->progressBar->hide();

    const bool includesCurrent =
        std::any_of(versions.cbegin(), versions.cend(), [&](const Version &v) { return v.id == currentVersionId; });
    m_ui->currentWarningFrame->setVisible(includesCurrent);
    setWindowTitle(tr("Schedule Destruction of %n Version(s)", nullptr, static_cast<int>(versions.size())));
    // Two sentences, not a plural form: Russian's "one" form also serves 21, 31, ….
    m_ui->introLabel->setText(versions.size() == 1
                                  ? tr("The version will be destroyed when the pending period ends. Until then the "
                                       "destruction can be cancelled; after that the values cannot be recovered.")
                                  : tr("The versions will be destroyed when the pending period ends. Until then the "
                                       "destruction can be cancelled; after that the values cannot be recovered."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Schedule Destruction"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Schedule destruction"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Schedules the destruction of the listed versions at the time shown."));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes the dialog without scheduling anything."));
    if (includesCurrent) {
        // Applications read the current version: Del then Enter must not schedule it. Enter cancels,
        // and scheduling takes a deliberate click or Alt+S.
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(false);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus();
    }

    m_batch = new VersionBatch(runner, m_ui->versionsListWidget, m_ui->errorLabel, this);
    m_batch->setVersions(versions, currentVersionId, [](const Version &v) {
        return tr("Created %1").arg(StatusPresentation::localAndUtc(v.createdAt));
    });
    connect(m_batch, &VersionBatch::versionUpdated, this, &ScheduleDestructionDialog::versionUpdated);
    connect(m_batch, &VersionBatch::finished, this, &ScheduleDestructionDialog::onBatchFinished);

    connect(m_ui->pendingPeriodComboBox, &QComboBox::currentIndexChanged, this, &ScheduleDestructionDialog::updateForm);
    connect(m_ui->customPeriodSpinBox, &QSpinBox::valueChanged, this, &ScheduleDestructionDialog::updateForm);
    connect(m_ui->customUnitComboBox, &QComboBox::currentIndexChanged, this, &ScheduleDestructionDialog::updateForm);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ScheduleDestructionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ScheduleDestructionDialog::reject);
    // The preview is "now + period": keep it true while the dialog stays open.
    m_previewTimer.setInterval(30 * 1000);
    connect(&m_previewTimer, &QTimer::timeout, this, &ScheduleDestructionDialog::updateForm);
    m_previewTimer.start();
    updateForm();
}

ScheduleDestructionDialog::~ScheduleDestructionDialog() = default;

qint64 ScheduleDestructionDialog::pendingPeriodMs() const {
    const qint64 preset = m_ui->pendingPeriodComboBox->currentData().toLongLong();
    if (preset != kCustom) {
        return preset;
    }
    return m_ui->customPeriodSpinBox->value() * m_ui->customUnitComboBox->currentData().toLongLong();
}

bool ScheduleDestructionDialog::isBusy() const {
    return m_batch->isRunning();
}

void ScheduleDestructionDialog::updateForm() {
    const bool custom = m_ui->pendingPeriodComboBox->currentData().toLongLong() == kCustom;
    const bool busy = isBusy();
    m_ui->customPeriodSpinBox->setEnabled(custom && !busy);
    m_ui->customUnitComboBox->setEnabled(custom && !busy);
    m_ui->customPeriodLabel->setEnabled(custom);
    const bool days = m_ui->customUnitComboBox->currentData().toLongLong() == kDayMs;
    m_ui->customPeriodSpinBox->setMaximum(days ? kMaxCustomDays : kMaxCustomHours);
    m_ui->destroyAtLabel->setText(
        StatusPresentation::localAndUtc(QDateTime::currentDateTimeUtc().addMSecs(pendingPeriodMs())));
}

void ScheduleDestructionDialog::accept() {
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (isBusy()) {
        return;
    }
    const qint64 period = pendingPeriodMs();
    ApiClient *client = m_runner->client();
    const QString secretId = m_secretId;
    m_batch->start(
        [client, secretId, period](const QString &versionId, QObject *context, ApiClient::Callback<Operation> cb) {
            client->scheduleVersionDestruction(secretId, versionId, period, context, std::move(cb));
        },
        [](const Version &v) {
            return tr("Scheduled for destruction at %1").arg(StatusPresentation::localAndUtc(v.destroyAt));
        },
        tr("Schedule version destruction"), secretId);
    setBusy(true);
}

void ScheduleDestructionDialog::reject() {
    if (!isBusy()) {
        QDialog::reject();
    }
}

void ScheduleDestructionDialog::onBatchFinished(int failed) {
    setBusy(false);
    if (failed == 0) {
        m_done = true;
        accept();
        return;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Retry Failed"));
}

void ScheduleDestructionDialog::setBusy(bool busy) {
    m_ui->progressBar->setVisible(busy);
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->pendingPeriodComboBox->setEnabled(!busy);
    updateForm();
}

} // namespace lockbox::ui
