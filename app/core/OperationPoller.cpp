#include "OperationPoller.h"

namespace lockbox {

namespace {
constexpr int kFirstDelayMs = 250;
constexpr int kMaxDelayMs = 5000;
} // namespace

OperationPoller::OperationPoller(ApiClient *client, Operation initial, QObject *parent)
    : QObject(parent), m_client(client), m_operation(std::move(initial)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OperationPoller::poll);
}

OperationPoller::~OperationPoller() = default;

void OperationPoller::start() {
    if (m_finished || m_elapsed.isValid()) {
        return;
    }
    m_elapsed.start();
    m_delayMs = kFirstDelayMs;
    if (m_operation.done) {
        // Already done (most Lockbox mutations): report on the next turn, as a poll would.
        QTimer::singleShot(0, this, [this]() {
            if (m_finished) {
                return;
            }
            if (m_operation.hasError) {
                ApiError error = ApiError::fromStatusJson(m_operation.error);
                finish(Result<Operation>(error));
            } else {
                finish(Result<Operation>(m_operation));
            }
        });
        return;
    }
    m_timer.start(std::min<qint64>(m_delayMs, std::max<qint64>(0, m_timeoutMs)));
}

void OperationPoller::cancel() {
    if (m_finished) {
        return;
    }
    m_timer.stop();
    if (m_client && !m_operation.id.isEmpty() && !m_operation.done) {
        // Best effort, fire and forget: bound to the client, which outlives this poller's interest.
        m_client->cancelOperation(m_operation.id, m_client, [](const Result<Operation> &) {});
    }
    finish(Result<Operation>(
        ApiError::local(ApiError::Kind::Cancelled, tr("The operation was cancelled"), RpcCode::Cancelled)));
}

void OperationPoller::poll() {
    if (m_finished || !m_client) {
        return;
    }
    m_client->getOperation(m_operation.id, this, [this](const Result<Operation> &result) {
        if (m_finished) {
            return; // cancelled while the poll was in flight
        }
        ++m_polls;
        if (!result.ok()) {
            // The client has already retried transient failures; give up with its error. The
            // operation was accepted and may still complete: its outcome is unknown, not failed.
            ApiError error = result.error();
            error.outcomeUnknown = true;
            Result<Operation> unknown(error);
            unknown.setRequestId(result.requestId());
            finish(unknown);
            return;
        }
        m_operation = result.value();
        Q_EMIT progressed(m_operation, m_polls);
        if (m_finished) {
            return; // a receiver of progressed() cancelled
        }
        if (m_operation.done) {
            if (m_operation.hasError) {
                ApiError error = ApiError::fromStatusJson(m_operation.error);
                if (error.requestId.isEmpty()) {
                    error.requestId = result.requestId();
                }
                Result<Operation> failed(error);
                failed.setRequestId(result.requestId());
                finish(failed);
            } else {
                finish(result);
            }
            return;
        }
        const qint64 remaining = m_timeoutMs - m_elapsed.elapsed();
        if (remaining <= 0) {
            ApiError late =
                ApiError::local(ApiError::Kind::Timeout,
                                tr("The operation did not finish in time; it may still complete on the server"),
                                RpcCode::DeadlineExceeded);
            late.outcomeUnknown = true;
            Result<Operation> timedOut(late);
            timedOut.setRequestId(result.requestId());
            finish(timedOut);
            return;
        }
        m_delayMs = std::min(m_delayMs * 2, kMaxDelayMs);
        m_timer.start(static_cast<int>(std::min<qint64>(m_delayMs, remaining)));
    });
}

void OperationPoller::finish(const Result<Operation> &result) {
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    Q_EMIT finished(result);
}

} // namespace lockbox
