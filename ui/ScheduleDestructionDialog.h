#pragma once

#include "OperationRunner.h"

#include <QDialog>
#include <QTimer>
#include <memory>

namespace Ui {
class ScheduleDestructionDialog;
}

namespace lockbox::ui {

class VersionBatch;

// Schedules the destruction of one or several versions with one pending period. Versions that fail
// stay listed with their error and request id, and OK retries just those.
class ScheduleDestructionDialog final : public QDialog {
    Q_OBJECT
public:
    ScheduleDestructionDialog(OperationRunner *runner, QString secretId, const QList<Version> &versions,
                              const QString &currentVersionId, QWidget *parent = nullptr);
    ~ScheduleDestructionDialog() override;
    Q_DISABLE_COPY_MOVE(ScheduleDestructionDialog)

    // The pending period the form describes now, in milliseconds.
    qint64 pendingPeriodMs() const;
    bool isBusy() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void versionUpdated(const lockbox::Version &version);

private:
    void updateForm();
    void onBatchFinished(int failed);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ScheduleDestructionDialog> m_ui;
    OperationRunner *m_runner = nullptr;
    QString m_secretId;
    VersionBatch *m_batch = nullptr;
    QTimer m_previewTimer;
    bool m_done = false;
};

} // namespace lockbox::ui
