#pragma once

#include "ApiClient.h"
#include "OperationLog.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace lockbox::ui {

// Sends one mutation and follows its Operation to the end with an OperationPoller, so dialogs only
// say what to send and what to do with the outcome. Counts what is in flight for the status bar.
class OperationRunner final : public QObject {
    Q_OBJECT
public:
    // Makes the request: calls the ApiClient method with the given context and callback.
    using Send = std::function<void(QObject *context, ApiClient::Callback<Operation> callback)>;
    // The finished operation (its response set) or why it failed; with the request id to show.
    using Done = std::function<void(const Result<Operation> &result)>;

    explicit OperationRunner(ApiClient *client, QObject *parent = nullptr);
    ~OperationRunner() override;
    Q_DISABLE_COPY_MOVE(OperationRunner)

    ApiClient *client() const { return m_client; }
    int runningCount() const { return m_running; }
    // Every run() is recorded there (start, accepted operation, outcome), also when the caller is gone.
    void setOperationLog(OperationLog *log) { m_log = log; }
    // done runs only while context is alive; the operation is followed to its end either way.
    // description/target: what the operations panel shows; empty: taken from the Operation the server
    // returns ("Add version", "secret / version").
    void run(QObject *context, const Send &send, Done done, const QString &description = {},
             const QString &target = {});

Q_SIGNALS:
    void runningCountChanged(int count);
    // A run ended without knowing whether the server applied it (ApiError::outcomeUnknown): what the
    // views show may be stale.
    void outcomeUnknown();

private:
    void adjustRunning(int delta);

    ApiClient *m_client = nullptr;
    QPointer<OperationLog> m_log;
    int m_running = 0;
};

} // namespace lockbox::ui
