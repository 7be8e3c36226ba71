// The pages of versions and secrets are decoded straight from the body with RapidJSON
// (decode::pageFromBody). Every body here must come out exactly as the QJsonDocument way
// (objectFromBody + pageParser) has it: the same items, token, verdict and error words.
#include "FastJsonReader.h"
#include "PageDecoderParity.h"
#include "ResourceReading.h"
#include "ResponseDecoder.h"

#include <QTimeZone>
#include <QtTest>

using namespace lockbox;
using parity::Outcome;
using parity::viaFast;
using parity::viaQt;

class TestPageDecoding : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionsPageAsQt_data();
    void versionsPageAsQt();
    void secretsPageAsQt_data();
    void secretsPageAsQt();
    void fastPathReadsTheLastOfARepeatedKey();
    void fastPathMapsEveryField();
};

namespace {

void compare(const Outcome &fast, const Outcome &qt) {
    QCOMPARE(fast.why, qt.why);
    QCOMPARE(fast.ok, qt.ok);
    QCOMPARE(fast.token, qt.token);
    QCOMPARE(fast.heardTokens, qt.heardTokens);
    QCOMPARE(fast.items, qt.items);
}

constexpr char kVersion[] = R"({"id": "e6qv1", "secretId": "e6qs1", "createdAt": "2026-11-20T10:00:00.123Z",
    "destroyAt": "2026-12-01T00:00:00+03:00", "description": "rotated \u00e9 \"quoted\" \\ back",
    "status": "SCHEDULED_FOR_DESTRUCTION", "payloadEntryKeys": ["user", "пароль", ""],
    "passwordPayloadSpecification": {"passwordKey": "pw", "length": "24", "includeUppercase": false,
        "includeDigits": true, "includedPunctuation": "!@", "excludedPunctuation": ""},
    "unknownField": {"deep": [1, 2, {"x": null}]}})";

// PARITY_FILE=<path> adds that body (say, a fuzzer's finding) to both tables.
void addParityFile() {
    QFile file(qEnvironmentVariable("PARITY_FILE"));
    if (file.fileName().isEmpty()) {
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("PARITY_FILE cannot be read");
    }
    QTest::newRow("PARITY_FILE") << file.readAll();
}

QByteArray versionsPage(const QByteArray &items,
                        const QByteArray &rest = QByteArrayLiteral(R"(, "nextPageToken": "t2")")) {
    return QByteArrayLiteral(R"({"versions": [)") + items + "]" + rest + "}";
}

} // namespace

void TestPageDecoding::versionsPageAsQt_data() {
    QTest::addColumn<QByteArray>("body");
    const QByteArray v = kVersion;
    QTest::newRow("full version") << versionsPage(v);
    QTest::newRow("many") << versionsPage(v + "," + R"({"id": "e6qv2", "status": "ACTIVE"})" + "," + v);
    QTest::newRow("empty page") << QByteArrayLiteral(R"({})");
    QTest::newRow("empty array, no token") << versionsPage({}, {});
    QTest::newRow("empty token") << versionsPage(v, R"(, "nextPageToken": "")");
    QTest::newRow("null token and fields")
        << versionsPage(R"({"id": "v", "description": null, "createdAt": null})", R"(, "nextPageToken": null)");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + versionsPage(v);
    QTest::newRow("byte order mark starting a key") << versionsPage("{\"\xEF\xBB\xBFid\": \"v\"}");
    QTest::newRow("byte order mark starting a value") << versionsPage("{\"id\": \"\xEF\xBB\xBFv\"}");
    QTest::newRow("byte order mark inside a value") << versionsPage("{\"id\": \"v\xEF\xBB\xBFw\"}");
    QTest::newRow("escaped byte order mark") << versionsPage(R"({"id": "\ufeffv", "description": "a\uFEFF"})");
    QTest::newRow("escaped byte order marks") << versionsPage(R"({"id": "\ufeff\ufeff", "description": "\ufeff"})");
    QTest::newRow("escaped byte order mark in keys") << versionsPage(R"({"id": "v", "payloadEntryKeys": ["\ufeffk"]})");
    QTest::newRow("other U+Fxxx") << versionsPage("{\"id\": \"\xEF\xBC\x81v\"}");
    QTest::newRow("whitespace around") << QByteArray(" \n\t") + versionsPage(v) + " \r\n";
    QTest::newRow("repeated keys") << versionsPage(
        R"({"id": "first", "description": "a", "id": "second", "description": null, "status": 5, "status": "ACTIVE"})",
        R"(, "nextPageToken": "t1", "nextPageToken": "t2")");
    QTest::newRow("repeated versions array") << QByteArrayLiteral(R"({"versions": 3, "versions": [{"id": "v"}]})");
    QTest::newRow("unicode escapes") << versionsPage(
        R"({"id": "v\u0041\u00e9\u4e2d\u0000x", "description": "\/\b\f\n\r\t"})");
    QTest::newRow("surrogate pair") << versionsPage(R"({"id": "v", "description": "\ud83d\ude00"})");
    QTest::newRow("lone high surrogate") << versionsPage(R"({"id": "v", "description": "a\ud800b"})");
    QTest::newRow("lone low surrogate") << versionsPage(R"({"id": "v", "description": "a\udc00b"})");
    QTest::newRow("escaped backslash before ud") << versionsPage(R"({"id": "v", "description": "\\ud800"})");
    QTest::newRow("raw non-BMP") << versionsPage("{\"id\": \"v\", \"description\": \"\xF0\x9F\x98\x80\"}");
    QTest::newRow("invalid UTF-8") << versionsPage("{\"id\": \"v\", \"description\": \"\xC3\x28\"}");
    QTest::newRow("overlong UTF-8") << versionsPage("{\"id\": \"v\", \"description\": \"\xC0\xAF\"}");
    QTest::newRow("length as number") << versionsPage(R"({"id": "v", "passwordPayloadSpecification": {"length": 32}})");
    QTest::newRow("length as float") << versionsPage(
        R"({"id": "v", "passwordPayloadSpecification": {"length": 32.0}})");
    QTest::newRow("length fractional") << versionsPage(
        R"({"id": "v", "passwordPayloadSpecification": {"length": 32.5}})");
    QTest::newRow("length exponent") << versionsPage(R"({"id": "v", "passwordPayloadSpecification": {"length": 1e3}})");
    QTest::newRow("length negative zero")
        << versionsPage(R"({"id": "v", "passwordPayloadSpecification": {"length": -0}})");
    QTest::newRow("length huge") << versionsPage(
        R"({"id": "v", "passwordPayloadSpecification": {"length": 9223372036854775808}})");
    QTest::newRow("underflow in an unknown field") << versionsPage(R"({"id": "v"})", R"(, "x": 1e-400)");
    QTest::newRow("negative underflow") << versionsPage(R"({"id": "v", "x": -1E-330})");
    QTest::newRow("long zero fraction") << versionsPage(R"({"id": "v", "x": 0.)" + QByteArray(350, '0') + "1}");
    QTest::newRow("just above the largest double") << versionsPage(R"({"id": "v", "x": 1.7976931348623159e308})");
    QTest::newRow("largest double") << versionsPage(
        R"({"id": "v", "passwordPayloadSpecification": {"length": 1.7976931348623158e308}})");
    QTest::newRow("length rounded differently")
        << versionsPage(R"({"id": "v", "passwordPayloadSpecification": {"length": 12345678901234567.8e1}})");
    QTest::newRow("length 2^63") << versionsPage(
        R"({"id": "v", "passwordPayloadSpecification": {"length": 9223372036854775808}})");
    QTest::newRow("length -2^63") << versionsPage(
        R"({"id": "v", "passwordPayloadSpecification": {"length": -9223372036854775808}})");
    QTest::newRow("length 2^64") << versionsPage(
        R"({"id": "v", "passwordPayloadSpecification": {"length": 18446744073709551616}})");
    QTest::newRow("length beyond double")
        << versionsPage(R"({"id": "v", "passwordPayloadSpecification": {"length": 1e400}})");
    QTest::newRow("length bad string") << versionsPage(
        R"({"id": "v", "passwordPayloadSpecification": {"length": "24x"}})");
    QTest::newRow("length bool") << versionsPage(R"({"id": "v", "passwordPayloadSpecification": {"length": true}})");
    QTest::newRow("spec wrong type") << versionsPage(R"({"id": "v", "passwordPayloadSpecification": []})");
    QTest::newRow("spec null") << versionsPage(R"({"id": "v", "passwordPayloadSpecification": null})");
    QTest::newRow("spec bad boolean") << versionsPage(
        R"({"id": "v", "passwordPayloadSpecification": {"includeDigits": "yes"}})");
    QTest::newRow("id wrong type") << versionsPage(R"({"id": 7})");
    QTest::newRow("missing id") << versionsPage(R"({"status": "ACTIVE"})");
    QTest::newRow("bad timestamp") << versionsPage(R"({"id": "v", "createdAt": "yesterday"})");
    QTest::newRow("timestamp wrong type") << versionsPage(R"({"id": "v", "destroyAt": 1700000000})");
    QTest::newRow("keys not strings") << versionsPage(R"({"id": "v", "payloadEntryKeys": ["a", 1]})");
    QTest::newRow("keys not an array") << versionsPage(R"({"id": "v", "payloadEntryKeys": "a"})");
    QTest::newRow("item not an object") << versionsPage(v + ", 5");
    QTest::newRow("array wrong type, token heard") << QByteArrayLiteral(R"({"versions": {}, "nextPageToken": "t"})");
    QTest::newRow("token wrong type") << versionsPage(v, R"(, "nextPageToken": 3)");
    QTest::newRow("deep unknown field") << versionsPage(R"({"id": "v", "x": )" + QByteArray(200, '[') +
                                                        QByteArray(200, ']') + "}");
    QTest::newRow("too deep for Qt") << versionsPage(R"({"id": "v", "x": )" + QByteArray(3000, '[') +
                                                     QByteArray(3000, ']') + "}");
    QTest::newRow("trailing garbage") << versionsPage(v) + " x";
    QTest::newRow("two documents") << versionsPage(v) + versionsPage(v);
    QTest::newRow("truncated") << versionsPage(v).chopped(10);
    QTest::newRow("trailing comma") << QByteArrayLiteral(R"({"versions": [{"id": "v"},]})");
    QTest::newRow("single quotes") << QByteArrayLiteral(R"({'versions': []})");
    QTest::newRow("NaN") << versionsPage(R"({"id": "v", "passwordPayloadSpecification": {"length": NaN}})");
    QTest::newRow("control character in string") << versionsPage("{\"id\": \"v\x01\"}");
    QTest::newRow("not an object") << QByteArrayLiteral(R"([{"id": "v"}])");
    QTest::newRow("a string") << QByteArrayLiteral(R"("versions")");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("NUL byte") << QByteArray("{\"versions\": []}\0", 17);
    addParityFile();
}

void TestPageDecoding::versionsPageAsQt() {
    QFETCH(QByteArray, body);
    compare(viaFast<Version>(body, "versions"), viaQt<Version>(body, "versions"));
}

void TestPageDecoding::secretsPageAsQt_data() {
    QTest::addColumn<QByteArray>("body");
    const QByteArray secret =
        QByteArrayLiteral(
            R"({"id": "e6qs1", "folderId": "b1g", "createdAt": "2026-01-02T03:04:05Z", "name": "db",
        "description": "main", "labels": {"env": "prod", "team": "core", "env": "dev"}, "kmsKeyId": "k",
        "status": "ACTIVE", "deletionProtection": true,
        "currentVersion": )") +
        kVersion + R"(, "passwordPayloadSpecification": {"passwordKey": "p", "length": 16}})";
    QTest::newRow("full secret") << QByteArrayLiteral(R"({"secrets": [)") + secret + "," + secret +
                                        R"(], "nextPageToken": "next"})";
    QTest::newRow("labels not strings") << QByteArrayLiteral(R"({"secrets": [{"id": "s", "labels": {"a": 1}}]})");
    QTest::newRow("labels null value") << QByteArrayLiteral(R"({"secrets": [{"id": "s", "labels": {"a": null}}]})");
    QTest::newRow("labels wrong type") << QByteArrayLiteral(R"({"secrets": [{"id": "s", "labels": ["a"]}]})");
    QTest::newRow("current version wrong type")
        << QByteArrayLiteral(R"({"secrets": [{"id": "s", "currentVersion": "v"}]})");
    QTest::newRow("current version without id")
        << QByteArrayLiteral(R"({"secrets": [{"id": "s", "currentVersion": {"status": "ACTIVE"}}]})");
    QTest::newRow("protection wrong type")
        << QByteArrayLiteral(R"({"secrets": [{"id": "s", "deletionProtection": "true"}]})");
    QTest::newRow("status unknown") << QByteArrayLiteral(R"({"secrets": [{"id": "s", "status": "SHINY"}]})");
    QTest::newRow("labels repeated, last a string")
        << QByteArrayLiteral(R"({"secrets": [{"id": "s", "labels": {"a": 202, "b": "x", "a": "2"}}]})");
    QTest::newRow("labels repeated, last not a string")
        << QByteArrayLiteral(R"({"secrets": [{"id": "s", "labels": {"a": "1", "a": 2}}]})");
    addParityFile();
}

void TestPageDecoding::secretsPageAsQt() {
    QFETCH(QByteArray, body);
    compare(viaFast<Secret>(body, "secrets"), viaQt<Secret>(body, "secrets"));
}

// The reader itself, on a RapidJSON document: a body the fast path takes never reaches
// QJsonDocument, so these hold for it whatever the fallback does.
void TestPageDecoding::fastPathReadsTheLastOfARepeatedKey() {
    rapidjson::Document doc;
    doc.Parse(R"({"id": "first", "flag": "x", "id": "second", "flag": true, "gone": 1, "gone": null})");
    QVERIFY(!doc.HasParseError());
    FastJsonReader r(&doc, QStringLiteral("Thing"));
    QString id;
    r.string("id", &id);
    QCOMPARE(id, QStringLiteral("second"));
    bool flag = false;
    r.boolean("flag", &flag);
    QVERIFY(flag);
    QVERIFY(!r.has("gone"));
    QVERIFY(r.ok());
    qint64 n = 0;
    r.int64("id", &n);   // "second" is no int64
    r.int64("flag", &n); // neither is true, but the first failure is the one kept, with the context
    QCOMPARE(r.error(), QStringLiteral("Thing: field \"id\" is not an int64"));
}

void TestPageDecoding::fastPathMapsEveryField() {
    rapidjson::Document doc;
    doc.Parse(kVersion);
    QVERIFY(!doc.HasParseError());
    FastJsonReader r(&doc, QStringLiteral("Version"));
    QString why;
    const auto fast = read::version(r, &why);
    QVERIFY2(fast.has_value(), qPrintable(why));
    const auto qt = Version::fromJson(*decode::objectFromBody(kVersion, &why));
    QVERIFY(qt.has_value());
    QCOMPARE(fast->toJson(), qt->toJson());
    QCOMPARE(fast->description, QStringLiteral("rotated é \"quoted\" \\ back"));
    QCOMPARE(fast->payloadEntryKeys, (QStringList{QStringLiteral("user"), QStringLiteral("пароль"), QString()}));
    QCOMPARE(fast->passwordPayloadSpecification->length, 24);
    QCOMPARE(fast->passwordPayloadSpecification->includeUppercase, std::optional<bool>(false));
    QCOMPARE(fast->passwordPayloadSpecification->includeLowercase, std::nullopt);
    QCOMPARE(fast->createdAt, QDateTime(QDate(2026, 11, 20), QTime(10, 0, 0, 123), QTimeZone::utc()));
    QCOMPARE(fast->destroyAt, QDateTime(QDate(2026, 11, 30), QTime(21, 0), QTimeZone::utc()));
}

QTEST_GUILESS_MAIN(TestPageDecoding)
#include "tst_pagedecoding.moc"
