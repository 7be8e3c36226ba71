// The protobuf JSON mapping (timestamps, durations, int64, base64) and the resources' fromJson/toJson.
#include "JsonMapping.h"
#include "Resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

using namespace lockbox;

namespace {
QJsonObject parse(const char *json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qFatal("test JSON does not parse: %s", json);
    }
    return doc.object();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}
} // namespace

class TestJsonMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timestamp_data();
    void timestamp();
    void invalidTimestamp_data();
    void invalidTimestamp();
    void formatTimestamp();
    void duration_data();
    void duration();
    void invalidDuration_data();
    void invalidDuration();
    void formatDuration();
    void int64_data();
    void int64();
    void base64();
    void versionFull();
    void versionDefaults();
    void versionWrongTypes_data();
    void versionWrongTypes();
    void versionRoundTrip();
    void secretFull();
    void secretWrongTypes_data();
    void secretWrongTypes();
    void passwordSpecification();
    void operationDoneWithVersion();
    void operationRunningAndError();
    void operationInvalid_data();
    void operationInvalid();
    void payloadEntryChange();
    void cloudAndFolder();
};

void TestJsonMapping::timestamp_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("no fraction") << QStringLiteral("2024-03-26T07:38:41Z") << utc(2024, 3, 26, 7, 38, 41);
    QTest::newRow("1 digit") << QStringLiteral("2024-03-26T07:38:41.9Z") << utc(2024, 3, 26, 7, 38, 41, 900);
    QTest::newRow("2 digits") << QStringLiteral("2024-03-26T07:38:41.05Z") << utc(2024, 3, 26, 7, 38, 41, 50);
    QTest::newRow("3 digits") << QStringLiteral("2024-03-26T07:38:41.908Z") << utc(2024, 3, 26, 7, 38, 41, 908);
    QTest::newRow("6 digits") << QStringLiteral("2024-03-26T07:38:41.908123Z") << utc(2024, 3, 26, 7, 38, 41, 908);
    QTest::newRow("9 digits") << QStringLiteral("2024-03-26T07:38:41.999999999Z") << utc(2024, 3, 26, 7, 38, 41, 999);
    QTest::newRow("positive offset") << QStringLiteral("2024-03-26T10:38:41.5+03:00")
                                     << utc(2024, 3, 26, 7, 38, 41, 500);
    QTest::newRow("negative offset") << QStringLiteral("2024-03-25T23:08:41-08:30") << utc(2024, 3, 26, 7, 38, 41);
    QTest::newRow("offset crosses year") << QStringLiteral("2025-01-01T01:00:00+02:00") << utc(2024, 12, 31, 23, 0, 0);
    QTest::newRow("zero offset") << QStringLiteral("2024-03-26T07:38:41+00:00") << utc(2024, 3, 26, 7, 38, 41);
    QTest::newRow("lower-case t and z") << QStringLiteral("2024-03-26t07:38:41z") << utc(2024, 3, 26, 7, 38, 41);
    QTest::newRow("protobuf minimum") << QStringLiteral("0001-01-01T00:00:00Z") << utc(1, 1, 1, 0, 0, 0);
    QTest::newRow("protobuf maximum") << QStringLiteral("9999-12-31T23:59:59.999999999Z")
                                      << utc(9999, 12, 31, 23, 59, 59, 999);
    QTest::newRow("4 digits") << QStringLiteral("2024-03-26T07:38:41.0123Z") << utc(2024, 3, 26, 7, 38, 41, 12);
    QTest::newRow("5 digits") << QStringLiteral("2024-03-26T07:38:41.00001Z") << utc(2024, 3, 26, 7, 38, 41);
    QTest::newRow("7 digits") << QStringLiteral("2024-03-26T07:38:41.1000000Z") << utc(2024, 3, 26, 7, 38, 41, 100);
    QTest::newRow("8 digits") << QStringLiteral("2024-03-26T07:38:41.87654321Z") << utc(2024, 3, 26, 7, 38, 41, 876);
    QTest::newRow("lower-case t, offset")
        << QStringLiteral("2024-03-26t12:08:41.25+04:30") << utc(2024, 3, 26, 7, 38, 41, 250);
    QTest::newRow("fraction and negative offset")
        << QStringLiteral("2024-02-29T23:30:00.999-00:45") << utc(2024, 3, 1, 0, 15, 0, 999);
    QTest::newRow("29 February, leap year") << QStringLiteral("2024-02-29T00:00:00Z") << utc(2024, 2, 29, 0, 0, 0);
    QTest::newRow("end of day") << QStringLiteral("2024-12-31T23:59:59Z") << utc(2024, 12, 31, 23, 59, 59);
}

void TestJsonMapping::timestamp() {
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = json::parseTimestamp(text);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toUTC(), expected);
    QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestJsonMapping::invalidTimestamp_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("date only") << QStringLiteral("2024-03-26");
    QTest::newRow("no zone") << QStringLiteral("2024-03-26T07:38:41");
    QTest::newRow("10 fraction digits") << QStringLiteral("2024-03-26T07:38:41.1234567890Z");
    QTest::newRow("empty fraction") << QStringLiteral("2024-03-26T07:38:41.Z");
    QTest::newRow("space separator") << QStringLiteral("2024-03-26 07:38:41Z");
    QTest::newRow("month 13") << QStringLiteral("2024-13-01T00:00:00Z");
    QTest::newRow("30 February") << QStringLiteral("2024-02-30T00:00:00Z");
    QTest::newRow("hour 25") << QStringLiteral("2024-03-26T25:00:00Z");
    QTest::newRow("offset without colon") << QStringLiteral("2024-03-26T07:38:41+0300");
    QTest::newRow("trailing text") << QStringLiteral("2024-03-26T07:38:41Zjunk");
    QTest::newRow("unix seconds") << QStringLiteral("1711438721");
    QTest::newRow("month 00") << QStringLiteral("2024-00-10T00:00:00Z");
    QTest::newRow("day 00") << QStringLiteral("2024-03-00T00:00:00Z");
    QTest::newRow("day 32") << QStringLiteral("2024-01-32T00:00:00Z");
    QTest::newRow("29 February, common year") << QStringLiteral("2023-02-29T00:00:00Z");
    QTest::newRow("hour 24") << QStringLiteral("2024-03-26T24:00:00Z");
    QTest::newRow("minute 60") << QStringLiteral("2024-03-26T07:60:00Z");
    // QTime has no leap second; the regular-expression parser refused it too.
    QTest::newRow("leap second") << QStringLiteral("2016-12-31T23:59:60Z");
    QTest::newRow("year 0") << QStringLiteral("0000-01-01T00:00:00Z");
    QTest::newRow("trailing text after offset") << QStringLiteral("2024-03-26T07:38:41+03:00x");
    QTest::newRow("trailing newline") << QStringLiteral("2024-03-26T07:38:41Z\n");
    QTest::newRow("trailing space") << QStringLiteral("2024-03-26T07:38:41Z ");
    QTest::newRow("leading space") << QStringLiteral(" 2024-03-26T07:38:41Z");
    QTest::newRow("short year") << QStringLiteral("924-03-26T07:38:41Z");
    QTest::newRow("one-digit month") << QStringLiteral("2024-3-26T07:38:41Z");
    QTest::newRow("letter in year") << QStringLiteral("20a4-03-26T07:38:41Z");
    QTest::newRow("sign in day") << QStringLiteral("2024-03-+6T07:38:41Z");
    QTest::newRow("non-ASCII digit") << QString(QStringLiteral("2024-03-26T07:38:4") + QChar(0x0661) +
                                                QLatin1Char('Z'));
    QTest::newRow("fraction without zone") << QStringLiteral("2024-03-26T07:38:41.5");
    QTest::newRow("short offset") << QStringLiteral("2024-03-26T07:38:41+03");
    QTest::newRow("offset with letters") << QStringLiteral("2024-03-26T07:38:41+0a:00");
    QTest::newRow("offset and Z") << QStringLiteral("2024-03-26T07:38:41Z+03:00");
    QTest::newRow("other separator") << QStringLiteral("2024/03/26T07:38:41Z");
    QTest::newRow("zone letter other than Z") << QStringLiteral("2024-03-26T07:38:41X");
}

void TestJsonMapping::invalidTimestamp() {
    QFETCH(QString, text);
    QVERIFY(!json::parseTimestamp(text).isValid());
}

void TestJsonMapping::formatTimestamp() {
    QCOMPARE(json::formatTimestamp(utc(2024, 3, 26, 7, 38, 41)), QStringLiteral("2024-03-26T07:38:41Z"));
    QCOMPARE(json::formatTimestamp(utc(2024, 3, 26, 7, 38, 41, 5)), QStringLiteral("2024-03-26T07:38:41.005Z"));
    // A time in another zone is written as UTC.
    const QDateTime moscow(QDate(2024, 3, 26), QTime(10, 38, 41), QTimeZone(3 * 3600));
    QCOMPARE(json::formatTimestamp(moscow), QStringLiteral("2024-03-26T07:38:41Z"));
    // What we write, we read back to the millisecond.
    const QDateTime t = utc(2031, 7, 4, 23, 59, 1, 250);
    QCOMPARE(json::parseTimestamp(json::formatTimestamp(t)), t);
}

void TestJsonMapping::duration_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("7 days") << QStringLiteral("604800s") << qint64(604800000);
    QTest::newRow("zero") << QStringLiteral("0s") << qint64(0);
    QTest::newRow("fraction") << QStringLiteral("1.5s") << qint64(1500);
    QTest::newRow("millis") << QStringLiteral("0.001s") << qint64(1);
    QTest::newRow("nanos truncated") << QStringLiteral("2.000999999s") << qint64(2000);
    QTest::newRow("negative") << QStringLiteral("-3s") << qint64(-3000);
    QTest::newRow("negative fraction") << QStringLiteral("-1.25s") << qint64(-1250);
}

void TestJsonMapping::duration() {
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = json::parseDurationMs(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, ms);
}

void TestJsonMapping::invalidDuration_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no unit") << QStringLiteral("5");
    QTest::newRow("minutes") << QStringLiteral("5m");
    QTest::newRow("go style") << QStringLiteral("168h");
    QTest::newRow("dangling dot") << QStringLiteral("1.s");
    QTest::newRow("unit only") << QStringLiteral("s");
    QTest::newRow("leading space") << QStringLiteral(" 1s");
    QTest::newRow("10 fraction digits") << QStringLiteral("1.0000000001s");
}

void TestJsonMapping::invalidDuration() {
    QFETCH(QString, text);
    QVERIFY(!json::parseDurationMs(text).has_value());
}

void TestJsonMapping::formatDuration() {
    QCOMPARE(json::formatDurationMs(604800000), QStringLiteral("604800s"));
    QCOMPARE(json::formatDurationMs(0), QStringLiteral("0s"));
    QCOMPARE(json::formatDurationMs(3600000), QStringLiteral("3600s"));
    for (qint64 ms : {qint64(1500), qint64(1), qint64(-2250), qint64(86400001)}) {
        const QString text = json::formatDurationMs(ms);
        QVERIFY2(text.endsWith(QLatin1Char('s')), qPrintable(text));
        QCOMPARE(json::parseDurationMs(text), std::optional<qint64>(ms));
    }
}

void TestJsonMapping::int64_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("string") << QJsonValue(QStringLiteral("32")) << true << qint64(32);
    QTest::newRow("negative string") << QJsonValue(QStringLiteral("-7")) << true << qint64(-7);
    QTest::newRow("max") << QJsonValue(QStringLiteral("9223372036854775807")) << true
                         << std::numeric_limits<qint64>::max();
    QTest::newRow("min") << QJsonValue(QStringLiteral("-9223372036854775808")) << true
                         << std::numeric_limits<qint64>::min();
    QTest::newRow("beyond double precision")
        << QJsonValue(QStringLiteral("9007199254740993")) << true << qint64(9007199254740993LL);
    QTest::newRow("number") << QJsonValue(256) << true << qint64(256);
    QTest::newRow("fractional number") << QJsonValue(1.5) << false << qint64(0);
    QTest::newRow("integral double") << QJsonValue(1e3) << true << qint64(1000);
    QTest::newRow("huge number") << QJsonValue(1e300) << false << qint64(0);
    QTest::newRow("2^63 as a number") << QJsonValue(9223372036854775808.0) << false << qint64(0);
    QTest::newRow("-2^63 as a number") << QJsonValue(-9223372036854775808.0) << true
                                       << std::numeric_limits<qint64>::min();
    QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity()) << false << qint64(0);
    QTest::newRow("overflowing string") << QJsonValue(QStringLiteral("9223372036854775808")) << false << qint64(0);
    QTest::newRow("decimal string") << QJsonValue(QStringLiteral("12.0")) << false << qint64(0);
    QTest::newRow("text") << QJsonValue(QStringLiteral("abc")) << false << qint64(0);
    QTest::newRow("empty string") << QJsonValue(QString()) << false << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
    QTest::newRow("object") << QJsonValue(QJsonObject()) << false << qint64(0);
}

void TestJsonMapping::int64() {
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const auto parsed = json::toInt64(value);
    QCOMPARE(parsed.has_value(), ok);
    if (ok) {
        QCOMPARE(*parsed, expected);
    }
}

void TestJsonMapping::base64() {
    QCOMPARE(json::fromBase64(QStringLiteral("aGVsbG8=")), std::optional<QByteArray>(QByteArrayLiteral("hello")));
    QCOMPARE(json::fromBase64(QString()), std::optional<QByteArray>(QByteArray()));
    const QByteArray binary("\x00\xff\xfe\x01\x80", 5);
    QCOMPARE(json::fromBase64(QString::fromLatin1(binary.toBase64())), std::optional<QByteArray>(binary));
    // protobuf accepts the URL-safe alphabet too
    QCOMPARE(json::fromBase64(QString::fromLatin1(binary.toBase64(QByteArray::Base64UrlEncoding))),
             std::optional<QByteArray>(binary));
    QVERIFY(!json::fromBase64(QStringLiteral("!!!!")).has_value());
    QVERIFY(!json::fromBase64(QStringLiteral("aGVs bG8=")).has_value());
    QVERIFY(!json::fromBase64(QStringLiteral("привет")).has_value());
}

void TestJsonMapping::versionFull() {
    QString error;
    const auto v = Version::fromJson(parse(R"({
        "id": "e6qv0pgmain000000003", "secretId": "e6qdemo0postgres0001",
        "createdAt": "2024-03-26T07:38:41.908Z", "destroyAt": "2024-04-02T08:33:34.641123456Z",
        "description": "rotated", "status": "SCHEDULED_FOR_DESTRUCTION",
        "payloadEntryKeys": ["host", "port", "user", "password", "sslmode"],
        "passwordPayloadSpecification": {"passwordKey": "password", "length": "32", "includeDigits": false},
        "futureField": {"nested": [1, 2, 3]}, "anotherUnknown": 42
    })"),
                                     &error);
    QVERIFY2(v.has_value(), qPrintable(error));
    QCOMPARE(v->id, QStringLiteral("e6qv0pgmain000000003"));
    QCOMPARE(v->secretId, QStringLiteral("e6qdemo0postgres0001"));
    QCOMPARE(v->createdAt, utc(2024, 3, 26, 7, 38, 41, 908));
    QCOMPARE(v->destroyAt, utc(2024, 4, 2, 8, 33, 34, 641));
    QCOMPARE(v->description, QStringLiteral("rotated"));
    QCOMPARE(v->status, Version::Status::ScheduledForDestruction);
    QCOMPARE(v->payloadEntryKeys, (QStringList{QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user"),
                                               QStringLiteral("password"), QStringLiteral("sslmode")}));
    QVERIFY(v->passwordPayloadSpecification.has_value());
    QCOMPARE(v->passwordPayloadSpecification->passwordKey, QStringLiteral("password"));
    QCOMPARE(v->passwordPayloadSpecification->length, qint64(32));
    QCOMPARE(v->passwordPayloadSpecification->includeDigits, std::optional<bool>(false));
    QVERIFY(!v->passwordPayloadSpecification->digits());
    QVERIFY(v->passwordPayloadSpecification->uppercase()); // unset BoolValue means true
}

void TestJsonMapping::versionDefaults() {
    const auto v = Version::fromJson(parse(R"({"id": "v1"})"));
    QVERIFY(v.has_value());
    QCOMPARE(v->id, QStringLiteral("v1"));
    QVERIFY(v->secretId.isEmpty());
    QVERIFY(!v->createdAt.isValid());
    QVERIFY(!v->destroyAt.isValid());
    QVERIFY(v->description.isEmpty());
    QCOMPARE(v->status, Version::Status::Unspecified);
    QVERIFY(v->payloadEntryKeys.isEmpty());
    QVERIFY(!v->passwordPayloadSpecification.has_value());

    // null is the same as absent; an unknown status name is not an error (a newer server)
    const auto n = Version::fromJson(parse(R"({"id": "v1", "description": null, "status": "SHINY_NEW"})"));
    QVERIFY(n.has_value());
    QVERIFY(n->description.isEmpty());
    QCOMPARE(n->status, Version::Status::Unspecified);

    for (auto [name, status] : {std::pair{"ACTIVE", Version::Status::Active},
                                std::pair{"SCHEDULED_FOR_DESTRUCTION", Version::Status::ScheduledForDestruction},
                                std::pair{"DESTROYED", Version::Status::Destroyed}}) {
        QCOMPARE(Version::statusFromName(QLatin1String(name)), status);
        QCOMPARE(Version::statusName(status), QLatin1String(name));
    }
}

void TestJsonMapping::versionWrongTypes_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("missing id") << QByteArray(R"({"secretId": "s"})");
    QTest::newRow("id number") << QByteArray(R"({"id": 5})");
    QTest::newRow("status number") << QByteArray(R"({"id": "v", "status": 1})");
    QTest::newRow("keys string") << QByteArray(R"({"id": "v", "payloadEntryKeys": "host"})");
    QTest::newRow("keys numbers") << QByteArray(R"({"id": "v", "payloadEntryKeys": ["host", 5]})");
    QTest::newRow("createdAt garbage") << QByteArray(R"({"id": "v", "createdAt": "yesterday"})");
    QTest::newRow("createdAt number") << QByteArray(R"({"id": "v", "createdAt": 1711438721})");
    QTest::newRow("spec not object") << QByteArray(R"({"id": "v", "passwordPayloadSpecification": "x"})");
    QTest::newRow("spec length text") << QByteArray(
        R"({"id": "v", "passwordPayloadSpecification": {"passwordKey": "p", "length": "long"}})");
    QTest::newRow("spec bool as string") << QByteArray(
        R"({"id": "v", "passwordPayloadSpecification": {"includeDigits": "false"}})");
}

void TestJsonMapping::versionWrongTypes() {
    QFETCH(QByteArray, json);
    QString error;
    const auto v = Version::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY(!v.has_value());
    QVERIFY(!error.isEmpty());
}

void TestJsonMapping::versionRoundTrip() {
    Version v;
    v.id = QStringLiteral("e6qv1");
    v.secretId = QStringLiteral("e6qs1");
    v.createdAt = utc(2024, 1, 2, 3, 4, 5, 6);
    v.destroyAt = utc(2024, 1, 9, 3, 4, 5);
    v.description = QStringLiteral("Описание");
    v.status = Version::Status::ScheduledForDestruction;
    v.payloadEntryKeys = {QStringLiteral("a"), QStringLiteral("b")};
    PasswordPayloadSpecification spec;
    spec.passwordKey = QStringLiteral("pw");
    spec.length = 40;
    spec.includePunctuation = false;
    v.passwordPayloadSpecification = spec;

    const QJsonObject o = v.toJson();
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("SCHEDULED_FOR_DESTRUCTION"));
    QCOMPARE(o.value(QLatin1String("createdAt")).toString(), QStringLiteral("2024-01-02T03:04:05.006Z"));
    // int64 is written as a string
    QCOMPARE(o.value(QLatin1String("passwordPayloadSpecification")).toObject().value(QLatin1String("length")),
             QJsonValue(QStringLiteral("40")));
    const auto back = Version::fromJson(o);
    QVERIFY(back.has_value());
    QCOMPARE(back->id, v.id);
    QCOMPARE(back->secretId, v.secretId);
    QCOMPARE(back->createdAt, v.createdAt);
    QCOMPARE(back->destroyAt, v.destroyAt);
    QCOMPARE(back->description, v.description);
    QCOMPARE(back->status, v.status);
    QCOMPARE(back->payloadEntryKeys, v.payloadEntryKeys);
    QVERIFY(back->passwordPayloadSpecification == v.passwordPayloadSpecification);

    // defaults are left out, as protobuf does
    Version bare;
    bare.id = QStringLiteral("x");
    QCOMPARE(bare.toJson(), (QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}));
}

void TestJsonMapping::secretFull() {
    QString error;
    const auto s = Secret::fromJson(parse(R"({
        "id": "e6qdemo0postgres0001", "folderId": "b1gdemo0folder0back1", "createdAt": "2024-03-26T07:38:41Z",
        "name": "postgres-main", "labels": {"env": "prod", "team": ""}, "status": "INACTIVE",
        "deletionProtection": true, "unknownEnum": "X",
        "currentVersion": {"id": "e6qv0pgmain000000006", "status": "ACTIVE", "payloadEntryKeys": ["host"]}
    })"),
                                    &error);
    QVERIFY2(s.has_value(), qPrintable(error));
    QCOMPARE(s->name, QStringLiteral("postgres-main"));
    QCOMPARE(s->folderId, QStringLiteral("b1gdemo0folder0back1"));
    QCOMPARE(s->labels.value(QStringLiteral("env")), QStringLiteral("prod"));
    QVERIFY(s->labels.contains(QStringLiteral("team")));
    QCOMPARE(s->status, Secret::Status::Inactive);
    QVERIFY(s->deletionProtection);
    QVERIFY(s->kmsKeyId.isEmpty());
    QVERIFY(s->description.isEmpty());
    QVERIFY(s->currentVersion.has_value());
    QCOMPARE(s->currentVersion->id, QStringLiteral("e6qv0pgmain000000006"));
    QCOMPARE(s->currentVersion->status, Version::Status::Active);
    QVERIFY(!s->passwordPayloadSpecification.has_value());

    const auto back = Secret::fromJson(s->toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->labels, s->labels);
    QCOMPARE(back->currentVersion->id, s->currentVersion->id);
    QCOMPARE(back->status, s->status);
    QCOMPARE(back->deletionProtection, true);

    const auto minimal = Secret::fromJson(parse(R"({"id": "s"})"));
    QVERIFY(minimal.has_value());
    QCOMPARE(minimal->status, Secret::Status::Unspecified);
    QVERIFY(!minimal->deletionProtection);
    QVERIFY(!minimal->currentVersion.has_value());
    QVERIFY(minimal->labels.isEmpty());
}

void TestJsonMapping::secretWrongTypes_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("missing id") << QByteArray(R"({"name": "n"})");
    QTest::newRow("labels array") << QByteArray(R"({"id": "s", "labels": ["a"]})");
    QTest::newRow("label value number") << QByteArray(R"({"id": "s", "labels": {"a": 1}})");
    QTest::newRow("deletionProtection string") << QByteArray(R"({"id": "s", "deletionProtection": "true"})");
    QTest::newRow("bad current version") << QByteArray(R"({"id": "s", "currentVersion": {"id": 3}})");
    QTest::newRow("current version without id") << QByteArray(R"({"id": "s", "currentVersion": {}})");
    QTest::newRow("bad spec") << QByteArray(R"({"id": "s", "passwordPayloadSpecification": {"length": true}})");
}

void TestJsonMapping::secretWrongTypes() {
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!Secret::fromJson(QJsonDocument::fromJson(json).object(), &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestJsonMapping::passwordSpecification() {
    const auto spec = PasswordPayloadSpecification::fromJson(parse(R"({"passwordKey": "password", "length": 32,
        "includeUppercase": true, "includeLowercase": false, "excludedPunctuation": "\"'`"})"));
    QVERIFY(spec.has_value());
    QCOMPARE(spec->length, qint64(32)); // a number is accepted as well as a string
    QCOMPARE(spec->includeUppercase, std::optional<bool>(true));
    QCOMPARE(spec->includeLowercase, std::optional<bool>(false));
    QVERIFY(!spec->includeDigits.has_value());
    QVERIFY(spec->digits());
    QCOMPARE(spec->excludedPunctuation, QStringLiteral("\"'`"));
    const QJsonObject o = spec->toJson();
    QCOMPARE(o.value(QLatin1String("length")), QJsonValue(QStringLiteral("32")));
    QVERIFY(!o.contains(QLatin1String("includeDigits"))); // unset stays unset
    QCOMPARE(o.value(QLatin1String("includeLowercase")), QJsonValue(false));
    QVERIFY(PasswordPayloadSpecification::fromJson(o) == spec);
}

void TestJsonMapping::operationDoneWithVersion() {
    QString error;
    const auto op = Operation::fromJson(parse(R"({
        "id": "e6qop1", "description": "Add version", "createdAt": "2024-03-26T08:33:34.650123456Z",
        "createdBy": "ajeuser", "modifiedAt": "2024-03-26T08:33:34.65Z", "done": true,
        "metadata": {"@type": "type.googleapis.com/yandex.cloud.lockbox.v1.AddVersionMetadata",
                     "secretId": "s", "versionId": "v7"},
        "response": {"@type": "type.googleapis.com/yandex.cloud.lockbox.v1.Version", "id": "v7", "secretId": "s",
                     "status": "ACTIVE", "payloadEntryKeys": ["k"]},
        "somethingNew": true
    })"),
                                        &error);
    QVERIFY2(op.has_value(), qPrintable(error));
    QVERIFY(op->done);
    QVERIFY(!op->hasError);
    QCOMPARE(op->createdAt, utc(2024, 3, 26, 8, 33, 34, 650));
    QCOMPARE(op->metadataType(), QStringLiteral("type.googleapis.com/yandex.cloud.lockbox.v1.AddVersionMetadata"));
    QCOMPARE(op->metadata.value(QLatin1String("versionId")).toString(), QStringLiteral("v7"));
    const auto version = op->responseVersion();
    QVERIFY(version.has_value());
    QCOMPARE(version->id, QStringLiteral("v7"));
    QCOMPARE(version->payloadEntryKeys, QStringList{QStringLiteral("k")});
    QVERIFY(!op->responseSecret().has_value()); // another type

    const auto secretOp = Operation::fromJson(parse(R"({"id": "o2", "done": true,
        "response": {"@type": "type.googleapis.com/yandex.cloud.lockbox.v1.Secret", "id": "s", "status": "ACTIVE"}})"));
    QVERIFY(secretOp.has_value());
    QVERIFY(secretOp->responseSecret().has_value());
    QCOMPARE(secretOp->responseSecret()->status, Secret::Status::Active);
    QVERIFY(!secretOp->responseVersion().has_value());

    const auto empty = Operation::fromJson(parse(R"({"id": "o3", "done": true,
        "response": {"@type": "type.googleapis.com/google.protobuf.Empty"}})"));
    QVERIFY(empty.has_value());
    QCOMPARE(empty->responseType(), QStringLiteral("type.googleapis.com/google.protobuf.Empty"));
}

void TestJsonMapping::operationRunningAndError() {
    const auto running = Operation::fromJson(parse(R"({"id": "o1", "done": false,
        "metadata": {"@type": "type.googleapis.com/yandex.cloud.lockbox.v1.CreateSecretMetadata", "secretId": "s"}})"));
    QVERIFY(running.has_value());
    QVERIFY(!running->done);
    QVERIFY(!running->hasError);
    QVERIFY(running->response.isEmpty());

    const auto notDone = Operation::fromJson(parse(R"({"id": "o1"})"));
    QVERIFY(notDone.has_value());
    QVERIFY(!notDone->done); // absent bool is false

    const auto failed = Operation::fromJson(parse(R"({"id": "o2", "done": true,
        "error": {"code": 9, "message": "Secret is protected from deletion"}})"));
    QVERIFY(failed.has_value());
    QVERIFY(failed->hasError);
    QCOMPARE(failed->error.value(QLatin1String("code")).toInt(), 9);
}

void TestJsonMapping::operationInvalid_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("missing id") << QByteArray(R"({"done": false})");
    QTest::newRow("done without result") << QByteArray(R"({"id": "o", "done": true})");
    QTest::newRow("done as string") << QByteArray(R"({"id": "o", "done": "true"})");
    QTest::newRow("metadata array") << QByteArray(R"({"id": "o", "metadata": []})");
    QTest::newRow("response string") << QByteArray(R"({"id": "o", "done": true, "response": "ok"})");
    QTest::newRow("error string") << QByteArray(R"({"id": "o", "done": true, "error": "bad"})");
    QTest::newRow("bad createdAt") << QByteArray(R"({"id": "o", "createdAt": "2024-03-26"})");
}

void TestJsonMapping::operationInvalid() {
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!Operation::fromJson(QJsonDocument::fromJson(json).object(), &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestJsonMapping::payloadEntryChange() {
    PayloadEntryChange text;
    text.key = QStringLiteral("user");
    text.textValue = QStringLiteral("admin");
    QCOMPARE(text.toJson(), (QJsonObject{{QStringLiteral("key"), QStringLiteral("user")},
                                         {QStringLiteral("textValue"), QStringLiteral("admin")}}));
    PayloadEntryChange binary;
    binary.key = QStringLiteral("cert.der");
    binary.kind = PayloadEntryChange::Kind::Binary;
    binary.binaryValue = QByteArray("\x00\x01\xff", 3);
    QCOMPARE(binary.toJson().value(QLatin1String("binaryValue")).toString(), QStringLiteral("AAH/"));
    QVERIFY(!binary.toJson().contains(QLatin1String("textValue")));
    PayloadEntryChange removal;
    removal.key = QStringLiteral("old");
    removal.kind = PayloadEntryChange::Kind::Remove;
    QCOMPARE(removal.toJson(), (QJsonObject{{QStringLiteral("key"), QStringLiteral("old")}}));
}

void TestJsonMapping::cloudAndFolder() {
    const auto cloud = Cloud::fromJson(parse(R"({"id": "b1gdemo0cloud0prod01", "name": "production",
        "createdAt": "2023-01-01T00:00:00Z", "organizationId": "bpf1"})"));
    QVERIFY(cloud.has_value());
    QCOMPARE(cloud->name, QStringLiteral("production"));
    QCOMPARE(cloud->organizationId, QStringLiteral("bpf1"));
    QVERIFY(!Cloud::fromJson(parse(R"({"name": "x"})")).has_value());
    QVERIFY(!Cloud::fromJson(parse(R"({"id": "c", "name": 1})")).has_value());

    const auto folder = Folder::fromJson(parse(R"({"id": "b1gdemo0folder0back1", "cloudId": "b1gdemo0cloud0prod01",
        "name": "backend", "status": "ACTIVE", "labels": {"a": "b"}})"));
    QVERIFY(folder.has_value());
    QCOMPARE(folder->cloudId, QStringLiteral("b1gdemo0cloud0prod01"));
    QCOMPARE(folder->status, QStringLiteral("ACTIVE"));
    QVERIFY(!Folder::fromJson(parse(R"({"id": "f", "createdAt": "never"})")).has_value());
}

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
