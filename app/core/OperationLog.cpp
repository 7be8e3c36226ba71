#include "OperationLog.h"

#include <QJsonDocument>
#include <QLocale>

namespace lockbox {

OperationLog::OperationLog(QObject *parent) : QAbstractTableModel(parent) {
    m_clock.start();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &OperationLog::tick);
}

OperationLog::~OperationLog() = default;

QString OperationLog::target(const QString &secretId, const QString &versionId) {
    if (versionId.isEmpty()) {
        return secretId;
    }
    if (secretId.isEmpty()) {
        return versionId;
    }
    return secretId + QStringLiteral(" / ") + versionId;
}

int OperationLog::started(const QString &description, const QString &target) {
    Entry e;
    e.id = m_nextId++;
    e.description = description;
    e.target = target;
    e.startedAt = QDateTime::currentDateTime();
    e.startedMs = m_clock.elapsed();
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(e);
    endInsertRows();
    ++m_running;
    if (!m_ticker.isActive()) {
        m_ticker.start();
    }
    Q_EMIT runningCountChanged(m_running);
    return e.id;
}

void OperationLog::accepted(int id, const Operation &operation, const QString &requestId) {
    const int row = rowOfId(id);
    if (row < 0) {
        return;
    }
    Entry &e = m_entries[row];
    e.operationId = operation.id;
    if (e.description.isEmpty()) {
        e.description = operation.description;
    }
    const QString secretId = operation.metadata.value(QLatin1String("secretId")).toString();
    const QString versionId = operation.metadata.value(QLatin1String("versionId")).toString();
    // A caller that named only the secret (AddVersion: the version is not known before) gets the
    // version the operation names.
    if (e.target.isEmpty() || (!versionId.isEmpty() && e.target == secretId)) {
        e.target = target(secretId, versionId);
    }
    if (!requestId.isEmpty()) {
        e.requestId = requestId;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OperationLog::succeeded(int id, const QString &requestId) {
    finish(id, Status::Done, requestId, {}, {});
}

void OperationLog::failed(int id, const ApiError &error, const QString &fallbackRequestId) {
    const bool cancelled = error.kind == ApiError::Kind::Cancelled || error.code == RpcCode::Cancelled;
    QString text = error.toString();
    if (error.requestId.isEmpty() && !fallbackRequestId.isEmpty()) {
        text += QStringLiteral(" (request id ") + fallbackRequestId + QLatin1Char(')');
    }
    if (!error.details.isEmpty()) {
        text += QLatin1Char('\n') + QString::fromUtf8(QJsonDocument(error.details).toJson(QJsonDocument::Compact));
    }
    const QString summary = ApiError::codeName(error.code) + QStringLiteral(": ") +
                            error.message.trimmed().section(QLatin1Char('\n'), 0, 0);
    const Status status = cancelled ? Status::Cancelled : error.outcomeUnknown ? Status::Unknown : Status::Failed;
    QString requestId = error.requestId.isEmpty() ? fallbackRequestId : error.requestId;
    // Found by exploratory testing: a request that timed out had no ID in the panel, though its
    // message box quoted the client's; support can find a request by either.
    const bool clients = requestId.isEmpty() && !error.clientRequestId.isEmpty();
    if (clients) {
        requestId = error.clientRequestId; // the text names it already (ApiError::toString())
    }
    finish(id, status, requestId, text, summary, clients);
}

void OperationLog::cancelled(int id, const QString &reason) {
    finish(id, Status::Cancelled, {}, reason, reason.section(QLatin1Char('\n'), 0, 0));
}

void OperationLog::finish(int id, Status status, const QString &requestId, const QString &errorText,
                          const QString &errorSummary, bool requestIdIsClients) {
    const int row = rowOfId(id);
    if (row < 0 || m_entries.at(row).status != Status::Running) {
        return;
    }
    Entry &e = m_entries[row];
    e.status = status;
    e.durationMs = m_clock.elapsed() - e.startedMs;
    if (!requestId.isEmpty()) {
        e.requestId = requestId;
        e.requestIdIsClients = requestIdIsClients;
    }
    e.errorText = errorText;
    e.errorSummary = errorSummary;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    --m_running;
    if (m_running == 0) {
        m_ticker.stop();
    }
    Q_EMIT entryFinished(id, status);
    Q_EMIT runningCountChanged(m_running);
    trim();
}

void OperationLog::setMaxFinishedEntries(int count) {
    m_maxFinished = std::max(count, 0);
    trim();
}

void OperationLog::trim() {
    qsizetype finished = static_cast<qsizetype>(m_entries.size()) - m_running;
    for (int row = 0; row < m_entries.size() && finished > m_maxFinished;) {
        if (m_entries.at(row).status == Status::Running) {
            ++row;
            continue;
        }
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
        --finished;
    }
}

void OperationLog::clearFinished() {
    for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).status != Status::Running) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
}

void OperationLog::tick() {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).status == Status::Running) {
            const QModelIndex cell = index(row, DurationColumn);
            Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, DurationMsRole});
        }
    }
}

const OperationLog::Entry *OperationLog::entry(int id) const {
    const int row = rowOfId(id);
    return row < 0 ? nullptr : &m_entries.at(row);
}

int OperationLog::rowOfId(int id) const {
    // Ids grow with the rows: search from the end, where the recent ones are.
    for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

QString OperationLog::statusText(Status status) {
    switch (status) {
    case Status::Running:
        return tr("Running");
    case Status::Done:
        return tr("Done");
    case Status::Failed:
        return tr("Failed");
    case Status::Cancelled:
        return tr("Cancelled");
    case Status::Unknown:
        return tr("Outcome unknown");
    }
    return {};
}

QString OperationLog::durationText(qint64 ms) {
    if (ms < 0) {
        return {};
    }
    const QLocale locale;
    if (ms < 1000) {
        return tr("%1 ms").arg(locale.toString(ms));
    }
    if (ms < 60000) {
        return tr("%1 s").arg(locale.toString(static_cast<double>(ms) / 1000.0, 'f', 1));
    }
    const qint64 seconds = ms / 1000;
    return tr("%1 min %2 s").arg(locale.toString(seconds / 60)).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

int OperationLog::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int OperationLog::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationLog::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &e = m_entries.at(index.row());
    const qint64 duration = e.durationMs >= 0 ? e.durationMs : m_clock.elapsed() - e.startedMs;
    switch (role) {
    case IdRole:
        return e.id;
    case StatusRole:
        return static_cast<int>(e.status);
    case RequestIdRole:
        return e.requestId;
    case ErrorTextRole:
        return e.errorText;
    case DurationMsRole:
        return duration;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DescriptionColumn:
            // Empty when the caller gave none and the request failed before an Operation came back.
            return e.description.isEmpty() ? tr("Operation") : e.description;
        case TargetColumn:
            return e.target;
        case StartedColumn:
            return e.startedAt.toString(QStringLiteral("HH:mm:ss"));
        case DurationColumn:
            return durationText(duration);
        case StatusColumn:
            return statusText(e.status);
        case RequestIdColumn:
            return e.requestId;
        case ErrorColumn:
            // One line in the table (the request id has its own column); the whole text is in the
            // tooltip and is what Copy Error copies.
            return e.errorSummary;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StartedColumn:
            return QLocale().toString(e.startedAt, QLocale::LongFormat);
        case ErrorColumn:
            return e.errorText.isEmpty() ? QVariant() : QVariant(e.errorText);
        case TargetColumn:
            return e.operationId.isEmpty() ? e.target
                                           : e.target + QLatin1Char('\n') + tr("Operation %1").arg(e.operationId);
        case RequestIdColumn:
            if (e.requestId.isEmpty()) {
                return {};
            }
            return e.requestIdIsClients ? tr("The request ID this app sent; no request ID came back from the server")
                                        : tr("The request ID the server gave");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant OperationLog::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DescriptionColumn:
        return tr("Operation");
    case TargetColumn:
        return tr("Target");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case StatusColumn:
        return tr("Status");
    case RequestIdColumn:
        return tr("Request ID");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

void OperationLog::refreshTranslatedText() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

} // namespace lockbox
