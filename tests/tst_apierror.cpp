// ApiError: the gRPC ⇄ HTTP mapping table of lockbox-api.md §3 and google.rpc.Status parsing.
#include "ApiError.h"

#include <QJsonDocument>
#include <QtTest>

using namespace lockbox;

Q_DECLARE_METATYPE(lockbox::RpcCode)

class TestApiError : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void grpcToHttp_data();
    void grpcToHttp();
    void httpToGrpc_data();
    void httpToGrpc();
    void codeNames();
    void statusWithRequestInfo();
    void statusWithoutRequestInfo();
    void nonJsonBody_data();
    void nonJsonBody();
    void fromStatusJsonUnknownCode();
    void local();
    void transient_data();
    void transient();
    void toStringAndBack();
};

void TestApiError::grpcToHttp_data() {
    QTest::addColumn<RpcCode>("code");
    QTest::addColumn<int>("http");
    // lockbox-api.md §3 "Mapping from gRPC code to HTTP status"
    QTest::newRow("OK") << RpcCode::Ok << 200;
    QTest::newRow("CANCELLED") << RpcCode::Cancelled << 499;
    QTest::newRow("UNKNOWN") << RpcCode::Unknown << 500;
    QTest::newRow("INVALID_ARGUMENT") << RpcCode::InvalidArgument << 400;
    QTest::newRow("DEADLINE_EXCEEDED") << RpcCode::DeadlineExceeded << 504;
    QTest::newRow("NOT_FOUND") << RpcCode::NotFound << 404;
    QTest::newRow("ALREADY_EXISTS") << RpcCode::AlreadyExists << 409;
    QTest::newRow("PERMISSION_DENIED") << RpcCode::PermissionDenied << 403;
    QTest::newRow("RESOURCE_EXHAUSTED") << RpcCode::ResourceExhausted << 429;
    QTest::newRow("FAILED_PRECONDITION") << RpcCode::FailedPrecondition << 400;
    QTest::newRow("ABORTED") << RpcCode::Aborted << 409;
    QTest::newRow("OUT_OF_RANGE") << RpcCode::OutOfRange << 400;
    QTest::newRow("UNIMPLEMENTED") << RpcCode::Unimplemented << 501;
    QTest::newRow("INTERNAL") << RpcCode::Internal << 500;
    QTest::newRow("UNAVAILABLE") << RpcCode::Unavailable << 503;
    QTest::newRow("DATA_LOSS") << RpcCode::DataLoss << 500;
    QTest::newRow("UNAUTHENTICATED") << RpcCode::Unauthenticated << 401;
}

void TestApiError::grpcToHttp() {
    QFETCH(RpcCode, code);
    QFETCH(int, http);
    QCOMPARE(ApiError::httpStatusFor(code), http);
    // A status body with this code gets the HTTP status of the table.
    const ApiError e = ApiError::fromStatusJson(QJsonObject{{QStringLiteral("code"), static_cast<int>(code)}});
    QCOMPARE(e.code, code);
    QCOMPARE(e.httpStatus, http);
    QCOMPARE(e.kind, ApiError::Kind::Server);
}

void TestApiError::httpToGrpc_data() {
    QTest::addColumn<int>("http");
    QTest::addColumn<RpcCode>("code");
    QTest::newRow("400") << 400 << RpcCode::InvalidArgument;
    QTest::newRow("401") << 401 << RpcCode::Unauthenticated;
    QTest::newRow("403") << 403 << RpcCode::PermissionDenied;
    QTest::newRow("404") << 404 << RpcCode::NotFound;
    QTest::newRow("429") << 429 << RpcCode::ResourceExhausted;
    QTest::newRow("499") << 499 << RpcCode::Cancelled;
    QTest::newRow("501") << 501 << RpcCode::Unimplemented;
    QTest::newRow("503") << 503 << RpcCode::Unavailable;
    QTest::newRow("504") << 504 << RpcCode::DeadlineExceeded;
    QTest::newRow("500") << 500 << RpcCode::Internal;
    QTest::newRow("502") << 502 << RpcCode::Internal;
    QTest::newRow("418") << 418 << RpcCode::Unknown;
}

void TestApiError::httpToGrpc() {
    QFETCH(int, http);
    QFETCH(RpcCode, code);
    QCOMPARE(ApiError::codeForHttpStatus(http), code);
}

void TestApiError::codeNames() {
    QCOMPARE(ApiError::codeName(RpcCode::Ok), QStringLiteral("OK"));
    QCOMPARE(ApiError::codeName(RpcCode::NotFound), QStringLiteral("NOT_FOUND"));
    QCOMPARE(ApiError::codeName(RpcCode::FailedPrecondition), QStringLiteral("FAILED_PRECONDITION"));
    QCOMPARE(ApiError::codeName(RpcCode::DataLoss), QStringLiteral("DATA_LOSS"));
    QCOMPARE(ApiError::codeName(RpcCode::Unauthenticated), QStringLiteral("UNAUTHENTICATED"));
    QCOMPARE(ApiError::codeName(static_cast<RpcCode>(42)), QStringLiteral("CODE_42"));
}

void TestApiError::statusWithRequestInfo() {
    // The documented 401 example plus a LocalizedMessage detail.
    const QByteArray body = R"({"code":16,"message":"Token is invalid or has expired.","details":[
        {"@type":"type.googleapis.com/google.rpc.LocalizedMessage","locale":"en","message":"Expired"},
        {"@type":"type.googleapis.com/google.rpc.RequestInfo","requestId":"8d1a4b2c-body"}]})";
    const ApiError e = ApiError::fromHttp(401, body, QStringLiteral("header-id"));
    QCOMPARE(e.kind, ApiError::Kind::Server);
    QCOMPARE(e.code, RpcCode::Unauthenticated);
    QCOMPARE(e.httpStatus, 401);
    QCOMPARE(e.message, QStringLiteral("Token is invalid or has expired."));
    QCOMPARE(e.requestId, QStringLiteral("8d1a4b2c-body")); // the RequestInfo wins over the header
    QCOMPARE(e.details.size(), 2);

    // FAILED_PRECONDITION arrives as HTTP 400: the body's code is kept, and so is the real status.
    const ApiError fp = ApiError::fromHttp(400, R"({"code":9,"message":"Secret is protected"})", QString());
    QCOMPARE(fp.code, RpcCode::FailedPrecondition);
    QCOMPARE(fp.httpStatus, 400);
    QCOMPARE(fp.message, QStringLiteral("Secret is protected"));
}

void TestApiError::statusWithoutRequestInfo() {
    const ApiError e = ApiError::fromHttp(404, R"({"code":5,"message":"Secret not found"})", QStringLiteral("hdr-1"));
    QCOMPARE(e.code, RpcCode::NotFound);
    QCOMPARE(e.requestId, QStringLiteral("hdr-1"));
    QVERIFY(e.details.isEmpty());
}

void TestApiError::nonJsonBody_data() {
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<RpcCode>("code");
    QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << RpcCode::Internal;
    QTest::newRow("empty 503") << 503 << QByteArray() << RpcCode::Unavailable;
    QTest::newRow("truncated json 404") << 404 << QByteArray(R"({"code":5,"mess)") << RpcCode::NotFound;
    QTest::newRow("json array 429") << 429 << QByteArray("[1,2]") << RpcCode::ResourceExhausted;
    QTest::newRow("object without code 403") << 403 << QByteArray(R"({"error":"denied"})") << RpcCode::PermissionDenied;
}

void TestApiError::nonJsonBody() {
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    QFETCH(RpcCode, code);
    const ApiError e = ApiError::fromHttp(http, body, QStringLiteral("rid"));
    QCOMPARE(e.kind, ApiError::Kind::Server);
    QCOMPARE(e.code, code);
    QCOMPARE(e.httpStatus, http);
    QCOMPARE(e.requestId, QStringLiteral("rid"));
    QVERIFY(e.message.size() <= 300);
}

void TestApiError::fromStatusJsonUnknownCode() {
    const ApiError e = ApiError::fromStatusJson(QJsonObject{{QStringLiteral("code"), 99}});
    QCOMPARE(e.code, RpcCode::Unknown);
    QCOMPARE(e.httpStatus, 500);
    const ApiError s = ApiError::fromStatusJson(QJsonObject{{QStringLiteral("code"), QStringLiteral("NOT_FOUND")}});
    QCOMPARE(s.code, RpcCode::Unknown);
}

void TestApiError::local() {
    const ApiError e = ApiError::local(ApiError::Kind::Timeout, QStringLiteral("slow"), RpcCode::DeadlineExceeded);
    QCOMPARE(e.kind, ApiError::Kind::Timeout);
    QCOMPARE(e.code, RpcCode::DeadlineExceeded);
    QCOMPARE(e.message, QStringLiteral("slow"));
    QCOMPARE(e.httpStatus, 0);
}

void TestApiError::transient_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("http");
    QTest::addColumn<bool>("transient");
    const int server = static_cast<int>(ApiError::Kind::Server);
    QTest::newRow("429") << server << 429 << true;
    QTest::newRow("500") << server << 500 << true;
    QTest::newRow("503") << server << 503 << true;
    QTest::newRow("504") << server << 504 << true;
    QTest::newRow("501") << server << 501 << false;
    QTest::newRow("502") << server << 502 << false;
    QTest::newRow("400") << server << 400 << false;
    QTest::newRow("401") << server << 401 << false;
    QTest::newRow("404") << server << 404 << false;
    QTest::newRow("409") << server << 409 << false;
    QTest::newRow("network") << static_cast<int>(ApiError::Kind::Network) << 0 << true;
    QTest::newRow("timeout") << static_cast<int>(ApiError::Kind::Timeout) << 0 << true;
    QTest::newRow("tls") << static_cast<int>(ApiError::Kind::Tls) << 0 << false;
    QTest::newRow("decode") << static_cast<int>(ApiError::Kind::Decode) << 200 << false;
    QTest::newRow("auth") << static_cast<int>(ApiError::Kind::Auth) << 0 << false;
    QTest::newRow("cancelled") << static_cast<int>(ApiError::Kind::Cancelled) << 0 << false;
}

void TestApiError::transient() {
    QFETCH(int, kind);
    QFETCH(int, http);
    QFETCH(bool, transient);
    ApiError e;
    e.kind = static_cast<ApiError::Kind>(kind);
    e.httpStatus = http;
    QCOMPARE(e.isTransient(), transient);
}

void TestApiError::toStringAndBack() {
    const ApiError e = ApiError::fromHttp(404, R"({"code":5,"message":"Secret not found","details":[{"@type":
        "type.googleapis.com/google.rpc.RequestInfo","requestId":"r-1"}]})",
                                          QString());
    QCOMPARE(e.toString(), QStringLiteral("NOT_FOUND: Secret not found (request id r-1)"));
    const QJsonObject status = e.toStatusJson();
    QCOMPARE(status.value(QLatin1String("code")).toInt(), 5);
    const ApiError back = ApiError::fromStatusJson(status);
    QCOMPARE(back.code, e.code);
    QCOMPARE(back.message, e.message);
    QCOMPARE(back.requestId, e.requestId);
    QCOMPARE(ApiError::local(ApiError::Kind::Network, QStringLiteral("down"), RpcCode::Unavailable).toString(),
             QStringLiteral("UNAVAILABLE: down"));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
