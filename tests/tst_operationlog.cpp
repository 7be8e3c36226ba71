// OperationLog (the core model) and OperationsPanel (its dock): outcomes, durations and request ids of
// real operations against the in-process emulator, fed the way OperationRunner feeds it.
#include "CredentialProvider.h"
#include "OperationLog.h"
#include "OperationRunner.h"
#include "OperationsPanel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPointer>
#include <QTableView>
#include <QToolButton>

using namespace lockbox;
using namespace lockbox::ui;

namespace {

constexpr auto kPostgres = "e6qdemo0postgres0001";
constexpr auto kViewerToken = "demo-viewer";

QString s(const char *text) {
    return QString::fromUtf8(text);
}

ApiError serverError(RpcCode code, const QString &message, const QString &requestId) {
    ApiError e;
    e.kind = ApiError::Kind::Server;
    e.code = code;
    e.httpStatus = ApiError::httpStatusFor(code);
    e.message = message;
    e.requestId = requestId;
    return e;
}

// What the lead's hook in OperationRunner::run does (see OperationRunner-hook.patch): log the start,
// the accepted operation and the outcome, also when the caller is gone. From the outside that means
// running with a context that lives on and checking the caller's guard ourselves.
void runLogged(OperationRunner *runner, OperationLog *log, const QString &description, const QString &target,
               const OperationRunner::Send &send, QObject *context, OperationRunner::Done done) {
    const int id = log->started(description, target);
    QPointer<QObject> guard(context);
    runner->run(
        log,
        [send, log, id](QObject *ctx, ApiClient::Callback<Operation> callback) {
            send(ctx, [log, id, callback](const Result<Operation> &sent) {
                if (sent.ok()) {
                    log->accepted(id, sent.value(), sent.requestId());
                }
                callback(sent);
            });
        },
        [log, id, guard, done](const Result<Operation> &result) {
            log->finished(id, result);
            if (guard) {
                done(result);
            }
        });
}

} // namespace

class TestOperationLog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void recordsLifecycle();
    void unknownOutcome();
    void cancelledAndIgnoredIds();
    void clearAndTrimKeepRunning();
    void durationText();
    void realOperationsAgainstEmulator();
    void panelCopiesAndClears();

private:
    ApiClient *makeClient(const QString &token);

    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<QObject> m_owner;
};

void TestOperationLog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestOperationLog::init() {
    m_emulator = test::startEmulator();
    QVERIFY(m_emulator);
    m_owner = std::make_unique<QObject>();
}

void TestOperationLog::cleanup() {
    m_owner.reset();
    m_emulator.reset();
}

ApiClient *TestOperationLog::makeClient(const QString &token) {
    auto *credentials = new StaticTokenProvider(token, m_owner.get());
    return new ApiClient(test::clientConfigFor(*m_emulator), credentials, m_owner.get());
}

void TestOperationLog::recordsLifecycle() {
    OperationLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy running(&log, &OperationLog::runningCountChanged);
    QSignalSpy finished(&log, &OperationLog::entryFinished);

    const int a = log.started(s("Add version"), OperationLog::target(s("e6q1"), s("e6qv1")));
    const int b = log.started(s("Schedule version destruction"), s("e6q1"));
    QVERIFY(a > 0 && b > a);
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.runningCount(), 2);
    QCOMPARE(running.last().first().toInt(), 2);
    QCOMPARE(log.entry(a)->target, s("e6q1 / e6qv1"));
    QCOMPARE(log.index(0, OperationLog::StatusColumn).data().toString(), s("Running"));
    QCOMPARE(log.index(0, 0).data(OperationLog::StatusRole).toInt(), int(OperationLog::Status::Running));

    QTest::qWait(30);
    Result<Operation> ok{Operation{}};
    ok.setRequestId(s("req-ok-1"));
    log.finished(a, ok);
    QCOMPARE(log.runningCount(), 1);
    QCOMPARE(log.entry(a)->status, OperationLog::Status::Done);
    QVERIFY(log.entry(a)->durationMs >= 30);
    QCOMPARE(log.index(0, OperationLog::RequestIdColumn).data().toString(), s("req-ok-1"));
    QCOMPARE(log.index(0, OperationLog::StatusColumn).data().toString(), s("Done"));
    QVERIFY(log.index(0, OperationLog::ErrorColumn).data().toString().isEmpty());
    QCOMPARE(finished.count(), 1);

    // The error's own request id wins over the fallback; the full text (details too) is kept.
    ApiError denied = serverError(RpcCode::PermissionDenied, s("Permission denied"), s("req-err-2"));
    denied.details.append(QJsonObject{{s("@type"), s("type.googleapis.com/google.rpc.ErrorInfo")}});
    log.failed(b, denied, s("fallback"));
    const OperationLog::Entry *e = log.entry(b);
    QCOMPARE(e->status, OperationLog::Status::Failed);
    QCOMPARE(e->requestId, s("req-err-2"));
    QVERIFY2(e->errorText.startsWith(s("PERMISSION_DENIED: Permission denied (request id req-err-2)")),
             qPrintable(e->errorText));
    QVERIFY(e->errorText.contains(s("google.rpc.ErrorInfo")));
    // One line in the table, the whole text in the tooltip and the role.
    const QModelIndex errorCell = log.index(log.rowOfId(b), OperationLog::ErrorColumn);
    QCOMPARE(errorCell.data().toString(), s("PERMISSION_DENIED: Permission denied"));
    QCOMPARE(errorCell.data(Qt::ToolTipRole).toString(), e->errorText);
    QCOMPARE(errorCell.data(OperationLog::ErrorTextRole).toString(), e->errorText);
    QCOMPARE(log.runningCount(), 0);
    QCOMPARE(running.last().first().toInt(), 0);
}

// A mutation whose answer was lost is neither done nor failed: the panel must not say "Failed",
// and the id support can look up is the client's own when the server's never came.
void TestOperationLog::unknownOutcome() {
    OperationLog log;
    const int a = log.started(s("Add version"), s("e6q1"));
    ApiError lost = ApiError::local(ApiError::Kind::Timeout, s("The server did not answer within 30 seconds"),
                                    RpcCode::DeadlineExceeded);
    lost.outcomeUnknown = true;
    lost.clientRequestId = s("c-123");
    log.failed(a, lost);
    QCOMPARE(log.entry(a)->status, OperationLog::Status::Unknown);
    QCOMPARE(log.index(0, OperationLog::StatusColumn).data().toString(), s("Outcome unknown"));
    QVERIFY2(log.entry(a)->errorText.contains(s("client request id c-123")), qPrintable(log.entry(a)->errorText));
    QCOMPARE(log.runningCount(), 0);
    // Found by exploratory testing: the panel's Request ID column (and Copy Request ID) had nothing.
    const QModelIndex idCell = log.index(0, OperationLog::RequestIdColumn);
    QCOMPARE(idCell.data().toString(), s("c-123"));
    QCOMPARE(idCell.data(OperationLog::RequestIdRole).toString(), s("c-123"));
    QVERIFY(log.entry(a)->requestIdIsClients);
    QVERIFY2(idCell.data(Qt::ToolTipRole).toString().contains(s("sent")),
             qPrintable(idCell.data(Qt::ToolTipRole).toString()));
    // The server's ID, when one came, is the one shown.
    const int b = log.started(s("Add version"), s("e6q1"));
    lost.requestId = s("server-7");
    log.failed(b, lost);
    QCOMPARE(log.entry(b)->requestId, s("server-7"));
    QVERIFY(!log.entry(b)->requestIdIsClients);
}

void TestOperationLog::cancelledAndIgnoredIds() {
    OperationLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int a = log.started(s("Add version"), s("x"));
    const int b = log.started(s("Add version"), s("y"));
    log.failed(a, ApiError::local(ApiError::Kind::Cancelled, s("The operation was cancelled"), RpcCode::Cancelled));
    QCOMPARE(log.entry(a)->status, OperationLog::Status::Cancelled);
    log.cancelled(b);
    QCOMPARE(log.entry(b)->status, OperationLog::Status::Cancelled);

    // A second outcome, or one for an id never given out, changes nothing.
    log.succeeded(a, s("late"));
    QCOMPARE(log.entry(a)->status, OperationLog::Status::Cancelled);
    QVERIFY(log.entry(a)->requestId.isEmpty());
    log.succeeded(12345);
    QCOMPARE(log.runningCount(), 0);
    QCOMPARE(log.rowCount(), 2);

    // accepted() fills in what the caller left empty from the operation.
    const int c = log.started(QString(), QString());
    Operation op;
    op.id = s("e6qop1");
    op.description = s("Add version");
    op.metadata = QJsonObject{{s("secretId"), s("e6qsecret")}, {s("versionId"), s("e6qversion")}};
    log.accepted(c, op, s("req-sent"));
    QCOMPARE(log.entry(c)->description, s("Add version"));
    QCOMPARE(log.entry(c)->target, s("e6qsecret / e6qversion"));
    QCOMPARE(log.entry(c)->operationId, s("e6qop1"));
    QCOMPARE(log.entry(c)->requestId, s("req-sent"));
    // The outcome without a request id keeps the one of the request that started it.
    log.succeeded(c);
    QCOMPARE(log.entry(c)->requestId, s("req-sent"));
}

void TestOperationLog::clearAndTrimKeepRunning() {
    OperationLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int running = log.started(s("long"), s("t"));
    QList<int> done;
    for (int i = 0; i < 5; ++i) {
        done << log.started(s("short %1").arg(i), s("t"));
        log.succeeded(done.last(), s("r%1").arg(i));
    }
    log.setMaxFinishedEntries(3);
    QCOMPARE(log.rowCount(), 4); // the running one and the three newest finished
    QVERIFY(log.entry(running));
    QVERIFY(!log.entry(done.at(0)));
    QVERIFY(!log.entry(done.at(1)));
    QVERIFY(log.entry(done.at(4)));

    log.clearFinished();
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.entryAt(0).id, running);
    log.succeeded(running);
    QCOMPARE(log.entry(running)->status, OperationLog::Status::Done);
}

void TestOperationLog::durationText() {
    QLocale::setDefault(QLocale::c());
    QCOMPARE(OperationLog::durationText(850), s("850 ms"));
    QCOMPARE(OperationLog::durationText(2400), s("2.4 s"));
    QCOMPARE(OperationLog::durationText(65000), s("1 min 05 s"));
    QVERIFY(OperationLog::durationText(-1).isEmpty());
}

void TestOperationLog::realOperationsAgainstEmulator() {
    OperationLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OperationRunner admin(makeClient(QString::fromLatin1(test::kAdminToken)));
    OperationRunner viewer(makeClient(s(kViewerToken)));
    const QString secretId = s(kPostgres);

    QObject context;
    int outcomes = 0;
    auto addVersion = [secretId](ApiClient *client) {
        return [client, secretId](QObject *ctx, ApiClient::Callback<Operation> callback) {
            AddVersionRequest request;
            request.description = s("from the log test");
            client->addVersion(secretId, request, ctx, std::move(callback));
        };
    };
    runLogged(&admin, &log, s("Add version"), OperationLog::target(secretId), addVersion(admin.client()), &context,
              [&outcomes](const Result<Operation> &) { ++outcomes; });
    runLogged(&viewer, &log, s("Add version"), OperationLog::target(secretId), addVersion(viewer.client()), &context,
              [&outcomes](const Result<Operation> &) { ++outcomes; });
    QCOMPARE(log.runningCount(), 2);
    QTRY_COMPARE(outcomes, 2);
    QCOMPARE(log.runningCount(), 0);

    const OperationLog::Entry &done = log.entryAt(0);
    QCOMPARE(done.status, OperationLog::Status::Done);
    QVERIFY(!done.requestId.isEmpty());
    QVERIFY(!done.operationId.isEmpty());
    QVERIFY(done.durationMs >= 0);
    QVERIFY(done.errorText.isEmpty());
    // Started naming only the secret; the accepted operation names the version it made.
    QVERIFY2(done.target.startsWith(secretId + s(" / e6q")), qPrintable(done.target));

    const OperationLog::Entry &failed = log.entryAt(1);
    QCOMPARE(failed.status, OperationLog::Status::Failed);
    QVERIFY(!failed.requestId.isEmpty());
    QVERIFY2(failed.errorText.contains(s("PERMISSION_DENIED")), qPrintable(failed.errorText));
    QVERIFY2(failed.errorText.contains(failed.requestId), qPrintable(failed.errorText));
    QVERIFY(failed.durationMs >= 0);

    // The outcome is recorded even when the dialog that asked has gone.
    auto gone = std::make_unique<QObject>();
    bool called = false;
    runLogged(&admin, &log, s("Add version"), OperationLog::target(secretId), addVersion(admin.client()), gone.get(),
              [&called](const Result<Operation> &) { called = true; });
    gone.reset();
    QTRY_COMPARE(log.runningCount(), 0);
    QCOMPARE(log.entryAt(2).status, OperationLog::Status::Done);
    QVERIFY(!called);
}

void TestOperationLog::panelCopiesAndClears() {
    OperationLog log;
    OperationsPanel panel(&log);
    panel.resize(900, 240);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QSignalSpy running(&panel, &OperationsPanel::runningCountChanged);
    QTableView *view = panel.findChild<QTableView *>(s("operationsTableView"));
    QVERIFY(view);
    QVERIFY(!view->accessibleName().isEmpty());

    const int a = log.started(s("Add version"), s("e6q / e6qv"));
    QCOMPARE(running.last().first().toInt(), 1);
    QVERIFY(panel.windowTitle().contains(s("1")));
    const int b = log.started(s("Set current version"), s("e6q / e6qv2"));
    log.succeeded(a, s("req-a"));
    log.failed(b, serverError(RpcCode::FailedPrecondition, s("Secret is not active"), s("req-b")));
    QCOMPARE(running.last().first().toInt(), 0);
    QCOMPARE(panel.windowTitle(), s("Operations"));

    // Newest first.
    QCOMPARE(view->model()->index(0, OperationLog::DescriptionColumn).data().toString(), s("Set current version"));

    panel.selectId(b);
    QCOMPARE(panel.selectedId(), b);
    QVERIFY(panel.copyErrorAction()->isEnabled());
    QApplication::clipboard()->clear();
    panel.copyErrorAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), log.entry(b)->errorText);
    QVERIFY(QApplication::clipboard()->text().contains(s("req-b")));
    panel.copyRequestIdAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), s("req-b"));

    panel.selectId(a);
    QVERIFY(!panel.copyErrorAction()->isEnabled()); // nothing failed
    QVERIFY(panel.copyRequestIdAction()->isEnabled());

    // Keyboard: Ctrl+Shift+C in the table copies the request id.
    view->setFocus();
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), s("req-a"));

    const int c = log.started(s("Add version"), s("e6q"));
    QTest::mouseClick(panel.findChild<QToolButton *>(s("clearButton")), Qt::LeftButton);
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.entryAt(0).id, c);
    QVERIFY(!panel.clearAction()->isEnabled()); // only the running one is left
    log.cancelled(c);
    QVERIFY(panel.clearAction()->isEnabled());
}

QTEST_MAIN(TestOperationLog)
#include "tst_operationlog.moc"
