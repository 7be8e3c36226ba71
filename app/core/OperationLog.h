#pragma once

#include "Resources.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

namespace lockbox {

// This session's operations, newest last, as a table for the operations panel: what was done, to
// what, when, how long it took, how it ended, the request id to quote to support and the full error
// text. Only metadata is recorded: never a value.
//
// Feeding it:
//     const int id = log->started(tr("Add version"), OperationLog::target(secretId));
//     … later, whatever the outcome (also when the dialog that asked is gone):
//     log->finished(id, result);   // any Result<T>: done, failed or cancelled, with its request id
// started() returns an id; an id that is unknown (or already finished) is ignored by the finishing
// calls, so a late or doubled call does no harm. Running entries are never dropped.
class OperationLog final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DescriptionColumn,
        TargetColumn,
        StartedColumn,
        DurationColumn,
        StatusColumn,
        RequestIdColumn,
        ErrorColumn,
        ColumnCount
    };
    // Unknown: the request may have been applied, but no answer says so (ApiError::outcomeUnknown).
    enum class Status { Running, Done, Failed, Cancelled, Unknown };
    enum Role {
        IdRole = Qt::UserRole + 1, // int
        StatusRole,                // int (Status)
        RequestIdRole,             // QString
        ErrorTextRole,             // QString, the full error text (empty unless failed or cancelled)
        DurationMsRole,            // qint64; for a running entry, the time so far
    };

    struct Entry {
        int id = 0;
        QString description;
        QString target;
        QString operationId; // the server's Operation id, once known
        QDateTime startedAt;
        qint64 startedMs = 0;   // on the log's monotonic clock
        qint64 durationMs = -1; // -1 while running
        Status status = Status::Running;
        QString requestId;
        bool requestIdIsClients = false; // no server answer: the x-client-request-id the client sent
        QString errorText;               // full: code, message, request id, details
        QString errorSummary;            // one line for the table: "CODE: message"
    };

    explicit OperationLog(QObject *parent = nullptr);
    ~OperationLog() override;
    Q_DISABLE_COPY_MOVE(OperationLog)

    // "secret / version" as the target column shows it; versionId may be empty.
    static QString target(const QString &secretId, const QString &versionId = {});

    // Records the start of an operation; returns its id (> 0).
    int started(const QString &description, const QString &target);
    // The server accepted the request: fills in what the caller left empty (the operation's own
    // description, "secret / version" from its metadata) and keeps the request id and operation id.
    void accepted(int id, const Operation &operation, const QString &requestId = {});
    // The outcome. Cancelled when the error says so (ApiError::Kind::Cancelled or CANCELLED).
    template <typename T>
    void finished(int id, const Result<T> &result) {
        if (result.ok()) {
            succeeded(id, result.requestId());
        } else {
            failed(id, result.error(), result.requestId());
        }
    }
    void succeeded(int id, const QString &requestId = {});
    // fallbackRequestId: used when the error carries none.
    void failed(int id, const ApiError &error, const QString &fallbackRequestId = {});
    void cancelled(int id, const QString &reason = {});

    int runningCount() const { return m_running; }
    // Finished entries beyond this many are dropped, oldest first (default 500).
    void setMaxFinishedEntries(int count);
    int maxFinishedEntries() const { return m_maxFinished; }
    // Removes every finished entry; running ones stay.
    void clearFinished();

    const Entry *entry(int id) const;
    int rowOfId(int id) const;
    const Entry &entryAt(int row) const { return m_entries.at(row); }

    static QString statusText(Status status);
    // "850 ms", "2.4 s", "1 min 05 s"
    static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // After a language change: headers and texts (statuses, relative times, dates) are produced again
    // in the new language and locale.
    void refreshTranslatedText();

Q_SIGNALS:
    // Also emitted when an entry starts or finishes, for a status bar ("2 operations running").
    void runningCountChanged(int count);
    void entryFinished(int id, lockbox::OperationLog::Status status);

private:
    void finish(int id, Status status, const QString &requestId, const QString &errorText, const QString &errorSummary,
                bool requestIdIsClients = false);
    void trim();
    void tick();

    QList<Entry> m_entries;
    QElapsedTimer m_clock;
    QTimer m_ticker; // refreshes the duration of running entries once a second
    int m_nextId = 1;
    int m_running = 0;
    int m_maxFinished = 500;
};

} // namespace lockbox
