// OperationPoller against a scripted server: already-done operations, polling with backoff, errors,
// timeout and cancel.
#include "FakeHttpServer.h"
#include "OperationPoller.h"

#include <QtTest>

using namespace lockbox;
using lockbox::test::FakeHttpServer;

namespace {

QString s(const char *text) {
    return QString::fromLatin1(text);
}

QJsonObject running(const QString &id) {
    return QJsonObject{{s("id"), id}, {s("done"), false}, {s("description"), s("Create secret")}};
}

QJsonObject succeeded(const QString &id) {
    return QJsonObject{
        {s("id"), id},
        {s("done"), true},
        {s("response"), QJsonObject{{s("@type"), s("type.googleapis.com/yandex.cloud.lockbox.v1.Secret")},
                                    {s("id"), s("e6qnew")},
                                    {s("status"), s("ACTIVE")}}}};
}

QJsonObject failed(const QString &id) {
    return QJsonObject{
        {s("id"), id},
        {s("done"), true},
        {s("error"), QJsonObject{{s("code"), 9}, {s("message"), s("Secret is protected from deletion")}}}};
}

// Result has no default constructor, so QVariant::value() cannot hand it out: read it in place.
Result<Operation> resultOf(const QSignalSpy &spy) {
    const QVariant &v = spy.first().at(0);
    if (v.metaType() != QMetaType::fromType<Result<Operation>>()) {
        qFatal("finished() carried %s", v.metaType().name());
    }
    return *static_cast<const Result<Operation> *>(v.constData());
}

Operation op(const QJsonObject &o) {
    return *Operation::fromJson(o);
}

} // namespace

class TestOperationPoller : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void alreadyDone();
    void alreadyFailed();
    void pollsUntilDone();
    void operationError();
    void pollFailure();
    void timeout();
    void cancel();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<StaticTokenProvider> m_token;
    std::unique_ptr<ApiClient> m_client;
};

void TestOperationPoller::init() {
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_token = std::make_unique<StaticTokenProvider>(s("t1.token"));
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.initialBackoffMs = 5;
    config.maxAttempts = 2;
    m_client = std::make_unique<ApiClient>(config, m_token.get());
}

void TestOperationPoller::cleanup() {
    m_client.reset();
    m_server.reset();
}

void TestOperationPoller::alreadyDone() {
    OperationPoller poller(m_client.get(), op(succeeded(s("op1"))));
    QSignalSpy finished(&poller, &OperationPoller::finished);
    poller.start();
    QCOMPARE(finished.size(), 0); // never from inside start()
    QVERIFY(!poller.isFinished());
    QVERIFY(finished.wait(1000));
    QVERIFY(poller.isFinished());
    const auto result = resultOf(finished);
    QVERIFY(result.ok());
    QCOMPARE(result.value().id, s("op1"));
    QVERIFY(result.value().responseSecret().has_value());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_server->requests().isEmpty()); // no polling
}

void TestOperationPoller::alreadyFailed() {
    OperationPoller poller(m_client.get(), op(failed(s("op1"))));
    QSignalSpy finished(&poller, &OperationPoller::finished);
    poller.start();
    QVERIFY(finished.wait(1000));
    const auto result = resultOf(finished);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, RpcCode::FailedPrecondition);
    QCOMPARE(result.error().message, s("Secret is protected from deletion"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestOperationPoller::pollsUntilDone() {
    m_server->enqueue(FakeHttpServer::Response::json(200, running(s("op/7"))));
    m_server->enqueue(FakeHttpServer::Response::json(200, running(s("op/7"))));
    m_server->enqueue(FakeHttpServer::Response::json(200, succeeded(s("op/7"))));
    OperationPoller poller(m_client.get(), op(running(s("op/7"))));
    QSignalSpy progressed(&poller, &OperationPoller::progressed);
    QSignalSpy finished(&poller, &OperationPoller::finished);
    QElapsedTimer timer;
    timer.start();
    poller.start();
    QVERIFY(finished.wait(10000));
    const qint64 elapsed = timer.elapsed();
    // 250 + 500 + 1000 ms of backoff before the three polls (coarse timers may fire 5 % early)
    QVERIFY2(elapsed >= 1600 && elapsed < 4000, qPrintable(QString::number(elapsed)));
    QCOMPARE(m_server->requests().size(), 3);
    for (const auto &r : m_server->requests()) {
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.target, QByteArray("/operations/op%2F7"));
    }
    QCOMPARE(progressed.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(progressed.at(i).at(1).toInt(), i + 1);
    }
    QVERIFY(!progressed.at(1).at(0).value<Operation>().done);
    const auto result = resultOf(finished);
    QVERIFY(result.ok());
    QVERIFY(result.value().done);
    QCOMPARE(result.requestId(), s("fake-3"));
    QVERIFY(poller.operation().done);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server->requests().size(), 3);
}

void TestOperationPoller::operationError() {
    m_server->enqueue(FakeHttpServer::Response::json(200, failed(s("op1"))));
    OperationPoller poller(m_client.get(), op(running(s("op1"))));
    QSignalSpy finished(&poller, &OperationPoller::finished);
    poller.start();
    QVERIFY(finished.wait(5000));
    const auto result = resultOf(finished);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Server);
    QCOMPARE(result.error().code, RpcCode::FailedPrecondition);
    QVERIFY(!result.error().outcomeUnknown); // the operation itself says it failed
    QCOMPARE(result.error().httpStatus, 400);
    QCOMPARE(result.requestId(), s("fake-1")); // the poll's request id
    QCOMPARE(result.error().requestId, s("fake-1"));
}

void TestOperationPoller::pollFailure() {
    m_server->setFallback(
        FakeHttpServer::Response::json(404, QJsonObject{{s("code"), 5}, {s("message"), s("Operation not found")}}));
    OperationPoller poller(m_client.get(), op(running(s("op1"))));
    QSignalSpy finished(&poller, &OperationPoller::finished);
    poller.start();
    QVERIFY(finished.wait(5000));
    const auto result = resultOf(finished);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, RpcCode::NotFound);
    QVERIFY(result.error().outcomeUnknown); // the operation was accepted: it may still complete
    QCOMPARE(m_server->requests().size(), 1);
}

void TestOperationPoller::timeout() {
    m_server->setFallback(FakeHttpServer::Response::json(200, running(s("op1"))));
    OperationPoller poller(m_client.get(), op(running(s("op1"))));
    poller.setTimeoutMs(900);
    QSignalSpy finished(&poller, &OperationPoller::finished);
    QElapsedTimer timer;
    timer.start();
    poller.start();
    QVERIFY(finished.wait(5000));
    QVERIFY2(timer.elapsed() >= 800 && timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    const auto result = resultOf(finished);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
    QCOMPARE(result.error().message, s("The operation did not finish in time; it may still complete on the server"));
    QVERIFY(result.error().outcomeUnknown);
    const qsizetype polls = m_server->requests().size();
    QVERIFY(polls >= 2 && polls <= 4); // 250, 500, then what is left of the 900 ms
    QTest::qWait(600);
    QCOMPARE(m_server->requests().size(), polls); // and then no more
}

void TestOperationPoller::cancel() {
    m_server->setFallback(FakeHttpServer::Response::json(200, running(s("op1"))));
    OperationPoller poller(m_client.get(), op(running(s("op1"))));
    QSignalSpy finished(&poller, &OperationPoller::finished);
    poller.start();
    QTRY_COMPARE(m_server->requests().size(), 1);
    poller.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(poller.isFinished());
    const auto result = resultOf(finished);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(result.error().code, RpcCode::Cancelled);
    QTRY_COMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).method, QByteArray("POST"));
    QCOMPARE(m_server->requests().at(1).target, QByteArray("/operations/op1:cancel"));
    QTest::qWait(800);
    QCOMPARE(m_server->requests().size(), 2); // no polls after cancel
    poller.cancel();
    QCOMPARE(finished.size(), 1); // finished exactly once
}

QTEST_GUILESS_MAIN(TestOperationPoller)
#include "tst_operationpoller.moc"
