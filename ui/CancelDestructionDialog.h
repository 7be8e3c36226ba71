#pragma once

#include "OperationRunner.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CancelDestructionDialog;
}

namespace lockbox::ui {

class VersionBatch;

// Cancels the scheduled destruction of the selected versions that are SCHEDULED_FOR_DESTRUCTION
// (others in the selection are named and left alone). Failures stay listed; OK retries them.
class CancelDestructionDialog final : public QDialog {
    Q_OBJECT
public:
    CancelDestructionDialog(OperationRunner *runner, QString secretId, const QList<Version> &versions,
                            const QString &currentVersionId, QWidget *parent = nullptr);
    ~CancelDestructionDialog() override;
    Q_DISABLE_COPY_MOVE(CancelDestructionDialog)

    bool isBusy() const;
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void versionUpdated(const lockbox::Version &version);

private:
    void onBatchFinished(int failed);
    void setBusy(bool busy);

    std::unique_ptr<Ui::CancelDestructionDialog> m_ui;
    OperationRunner *m_runner = nullptr;
    QString m_secretId;
    VersionBatch *m_batch = nullptr;
    bool m_done = false;
};

} // namespace lockbox::ui
