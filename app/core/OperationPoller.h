#pragma once

#include "ApiClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace lockbox {

// Follows one Operation until done: polls GET /operations/{id} with backoff (250 ms doubling to
// 5 s), gives up after a timeout, can be cancelled. Emits finished() exactly once.
class OperationPoller final : public QObject {
    Q_OBJECT
public:
    OperationPoller(ApiClient *client, Operation initial, QObject *parent = nullptr);
    ~OperationPoller() override;
    Q_DISABLE_COPY_MOVE(OperationPoller)

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start();
    // Stops polling (and asks the server to cancel, best effort); finished() reports CANCELLED.
    void cancel();
    const Operation &operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void progressed(const lockbox::Operation &operation, int polls);
    // The done operation (response set), or the operation's error / a polling failure as an ApiError.
    void finished(const lockbox::Result<lockbox::Operation> &result);

private:
    void poll();
    void finish(const Result<Operation> &result);

    ApiClient *m_client = nullptr;
    Operation m_operation;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_delayMs = 250;
    int m_polls = 0;
    int m_timeoutMs = 120000;
    bool m_finished = false;
};

} // namespace lockbox
