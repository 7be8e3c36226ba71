#pragma once

#include "OperationRunner.h"

#include <QHash>
#include <QObject>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace lockbox::ui {

// One mutation applied to several versions (schedule or cancel destruction): fills a list widget
// with the versions, runs the mutation for each through the OperationRunner, marks every item with
// its outcome and, on partial failure, lists what failed (error and request id) in a label. A second
// start() retries only the versions that have not succeeded.
class VersionBatch final : public QObject {
    Q_OBJECT
public:
    using Send =
        std::function<void(const QString &versionId, QObject *context, ApiClient::Callback<Operation> callback)>;
    // The text of an item after its version succeeded, from the operation's Version.
    using Describe = std::function<QString(const Version &version)>;

    VersionBatch(OperationRunner *runner, QListWidget *list, QLabel *errorLabel, QObject *parent = nullptr);
    ~VersionBatch() override;
    Q_DISABLE_COPY_MOVE(VersionBatch)

    // detail: a second line for each item (e.g. its destroyAt).
    void setVersions(const QList<Version> &versions, const QString &currentVersionId,
                     const std::function<QString(const Version &)> &detail);
    QStringList pendingVersionIds() const;
    int failedCount() const { return static_cast<int>(m_failures.size()); }
    bool isRunning() const { return m_running > 0; }
    // description, secretId: what the operations panel shows for each version's operation.
    void start(const Send &send, const Describe &describeSuccess, const QString &description, const QString &secretId);

Q_SIGNALS:
    // A version changed on the server; the Version is what the operation returned.
    void versionUpdated(const lockbox::Version &version);
    // Every version has been tried; failed is how many did not succeed.
    void finished(int failed);

private:
    void settle(QListWidgetItem *item, const QString &versionId, const Result<Operation> &result,
                const Describe &describeSuccess);
    void showFailures();

    OperationRunner *m_runner = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_errorLabel = nullptr;
    QHash<QString, QListWidgetItem *> m_items;
    QStringList m_order;
    QStringList m_succeeded;
    struct Failure {
        QString text; // the error with its request id
        bool outcomeUnknown = false;
    };
    QHash<QString, Failure> m_failures; // by version id
    int m_running = 0;
};

} // namespace lockbox::ui
