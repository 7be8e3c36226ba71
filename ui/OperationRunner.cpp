#include "OperationRunner.h"

#include "OperationPoller.h"

#include <QPointer>

namespace lockbox::ui {

OperationRunner::OperationRunner(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

OperationRunner::~OperationRunner() = default;

void OperationRunner::run(QObject *context, const Send &send, Done done, const QString &description,
                          const QString &target) {
    adjustRunning(+1);
    const int logId = m_log ? m_log->started(description, target) : 0;
    QPointer<QObject> guard(context);
    auto finish = [this, guard, logId, done = std::move(done)](const Result<Operation> &result) {
        adjustRunning(-1);
        if (m_log) {
            m_log->finished(logId, result);
        }
        if (guard) {
            done(result);
        }
        if (!result.ok() && result.error().outcomeUnknown) {
            Q_EMIT outcomeUnknown();
        }
    };
    // Bound to the runner, not the caller: a closed dialog must not leave the count wrong.
    send(this, [this, finish, logId](const Result<Operation> &sent) {
        if (!sent.ok()) {
            finish(sent);
            return;
        }
        if (m_log) {
            m_log->accepted(logId, sent.value(), sent.requestId());
        }
        auto *poller = new OperationPoller(m_client, sent.value(), this);
        const QString sentRequestId = sent.requestId();
        connect(poller, &OperationPoller::finished, this,
                [poller, finish, sentRequestId](const Result<Operation> &result) {
                    poller->deleteLater();
                    if (result.ok() || !result.error().requestId.isEmpty() || sentRequestId.isEmpty()) {
                        finish(result);
                        return;
                    }
                    // An operation that failed at once carries no request id of its own: name the
                    // request that started it.
                    ApiError error = result.error();
                    error.requestId = result.requestId().isEmpty() ? sentRequestId : result.requestId();
                    Result<Operation> withId(error);
                    withId.setRequestId(error.requestId);
                    finish(withId);
                });
        poller->start();
    });
}

void OperationRunner::adjustRunning(int delta) {
    m_running += delta;
    Q_EMIT runningCountChanged(m_running);
}

} // namespace lockbox::ui
