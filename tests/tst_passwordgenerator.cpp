// PasswordGenerator: every field of PasswordPayloadSpecification is honoured and every problem found.
#include "Limits.h"
#include "PasswordGenerator.h"

#include <QSet>
#include <QtTest>

using namespace lockbox;

Q_DECLARE_METATYPE(lockbox::PasswordGenerator::Problem)
Q_DECLARE_METATYPE(lockbox::PasswordPayloadSpecification)

namespace {

const QString kUpper = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const QString kLower = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
const QString kDigits = QStringLiteral("0123456789");

PasswordPayloadSpecification spec(qint64 length = 32) {
    PasswordPayloadSpecification s;
    s.passwordKey = QStringLiteral("password");
    s.length = length;
    return s;
}

bool onlyFrom(const QString &text, const QString &alphabet) {
    for (const QChar c : text) {
        if (!alphabet.contains(c)) {
            return false;
        }
    }
    return true;
}

bool anyFrom(const QString &text, const QString &alphabet) {
    for (const QChar c : text) {
        if (alphabet.contains(c)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestPasswordGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void invalidSpecGeneratesNothing();
    void length_data();
    void length();
    void defaultsUseEveryClass();
    void singleClass_data();
    void singleClass();
    void includedPunctuation();
    void excludedPunctuation();
    void punctuationSet();
    void everyClassAppears();
    void shortPasswordWithManyClasses();
    void passwordsDiffer();
};

void TestPasswordGenerator::validate_data() {
    using P = PasswordGenerator::Problem;
    QTest::addColumn<PasswordPayloadSpecification>("input");
    QTest::addColumn<P>("problem");

    QTest::newRow("default spec") << spec() << P::None;
    QTest::newRow("length 0 (server default)") << spec(0) << P::None;
    QTest::newRow("length 256") << spec(256) << P::None;
    QTest::newRow("length 257") << spec(257) << P::LengthOutOfRange;
    QTest::newRow("negative length") << spec(-1) << P::LengthOutOfRange;

    auto s = spec();
    s.passwordKey.clear();
    QTest::newRow("no key") << s << P::KeyMissing;
    s = spec();
    s.passwordKey = QStringLiteral("pass word");
    QTest::newRow("key with space") << s << P::KeyInvalid;
    s.passwordKey = QStringLiteral("пароль");
    QTest::newRow("key not ASCII") << s << P::KeyInvalid;
    s.passwordKey = QString(257, QLatin1Char('k'));
    QTest::newRow("key too long") << s << P::KeyInvalid;
    s.passwordKey = QString(256, QLatin1Char('k'));
    QTest::newRow("key 256") << s << P::None;
    s.passwordKey = QStringLiteral("db/main\\pw@host-1_x.y");
    QTest::newRow("key with every allowed symbol") << s << P::None;

    s = spec();
    s.includeUppercase = false;
    s.includeLowercase = false;
    s.includeDigits = false;
    s.includePunctuation = false;
    QTest::newRow("no class") << s << P::NoCharacterClass;

    s = spec();
    s.includedPunctuation = QStringLiteral("!");
    s.excludedPunctuation = QStringLiteral("?");
    QTest::newRow("both lists") << s << P::BothPunctuationLists;

    s = spec();
    s.includePunctuation = false;
    s.includedPunctuation = QStringLiteral("!");
    QTest::newRow("included without punctuation") << s << P::PunctuationListWithoutPunctuation;
    s.includedPunctuation.clear();
    s.excludedPunctuation = QStringLiteral("!");
    QTest::newRow("excluded without punctuation") << s << P::PunctuationListWithoutPunctuation;

    s = spec();
    s.includedPunctuation = QString(limits::kDefaultPunctuation) + QLatin1Char('!');
    QTest::newRow("included 33") << s << P::IncludedTooLong;
    s.includedPunctuation = QString(limits::kDefaultPunctuation);
    QTest::newRow("included all 32") << s << P::None;

    s = spec();
    s.includedPunctuation = QStringLiteral("!a");
    QTest::newRow("included letter") << s << P::NotPunctuation;
    s = spec();
    s.excludedPunctuation = QStringLiteral("§");
    QTest::newRow("excluded non-ASCII") << s << P::NotPunctuation;

    s = spec();
    s.excludedPunctuation = QString(limits::kDefaultPunctuation).left(31);
    QTest::newRow("excluded 31") << s << P::None;
    s.excludedPunctuation = QString(limits::kDefaultPunctuation).left(31) + QLatin1Char('!');
    QTest::newRow("excluded 32 with a duplicate") << s << P::ExcludedTooLong;
}

void TestPasswordGenerator::validate() {
    QFETCH(PasswordPayloadSpecification, input);
    QFETCH(PasswordGenerator::Problem, problem);
    QCOMPARE(PasswordGenerator::validate(input), problem);
}

void TestPasswordGenerator::invalidSpecGeneratesNothing() {
    auto s = spec();
    s.excludedPunctuation = QString(limits::kDefaultPunctuation); // all 32 excluded
    QVERIFY(PasswordGenerator::validate(s) != PasswordGenerator::Problem::None);
    QVERIFY(PasswordGenerator::generate(s).isEmpty());
    QVERIFY(PasswordGenerator::generate(spec(300)).isEmpty());
    auto noKey = spec();
    noKey.passwordKey.clear();
    QVERIFY(PasswordGenerator::generate(noKey).isEmpty());
}

void TestPasswordGenerator::length_data() {
    QTest::addColumn<qint64>("length");
    QTest::addColumn<int>("expected");
    QTest::newRow("1") << qint64(1) << 1;
    QTest::newRow("4") << qint64(4) << 4;
    QTest::newRow("32") << qint64(32) << 32;
    QTest::newRow("256") << qint64(256) << 256;
    QTest::newRow("0 = default") << qint64(0) << limits::kDefaultPasswordLength;
}

void TestPasswordGenerator::length() {
    QFETCH(qint64, length);
    QFETCH(int, expected);
    QCOMPARE(PasswordGenerator::generate(spec(length)).size(), expected);
}

void TestPasswordGenerator::defaultsUseEveryClass() {
    const QString all = kUpper + kLower + kDigits + QString(limits::kDefaultPunctuation);
    for (int i = 0; i < 50; ++i) {
        const QString p = PasswordGenerator::generate(spec(64));
        QVERIFY2(onlyFrom(p, all), qPrintable(p));
        QVERIFY(anyFrom(p, kUpper));
        QVERIFY(anyFrom(p, kLower));
        QVERIFY(anyFrom(p, kDigits));
        QVERIFY(anyFrom(p, QString(limits::kDefaultPunctuation)));
    }
}

void TestPasswordGenerator::singleClass_data() {
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("alphabet");
    QTest::newRow("uppercase") << 0 << kUpper;
    QTest::newRow("lowercase") << 1 << kLower;
    QTest::newRow("digits") << 2 << kDigits;
    QTest::newRow("punctuation") << 3 << QString(limits::kDefaultPunctuation);
}

void TestPasswordGenerator::singleClass() {
    QFETCH(int, which);
    QFETCH(QString, alphabet);
    auto s = spec(100);
    s.includeUppercase = which == 0;
    s.includeLowercase = which == 1;
    s.includeDigits = which == 2;
    s.includePunctuation = which == 3;
    const QString p = PasswordGenerator::generate(s);
    QCOMPARE(p.size(), 100);
    QVERIFY2(onlyFrom(p, alphabet), qPrintable(p));
    // 100 picks from ≥10 characters: more than one distinct character (else it is not random)
    QVERIFY(QSet<QChar>(p.begin(), p.end()).size() > 1);
}

void TestPasswordGenerator::includedPunctuation() {
    auto s = spec(200);
    s.includeUppercase = false;
    s.includeLowercase = false;
    s.includeDigits = false;
    s.includedPunctuation = QStringLiteral("!@!");
    const QString p = PasswordGenerator::generate(s);
    QCOMPARE(p.size(), 200);
    QVERIFY2(onlyFrom(p, QStringLiteral("!@")), qPrintable(p));
    QVERIFY(p.contains(QLatin1Char('!')));
    QVERIFY(p.contains(QLatin1Char('@')));

    // with letters on, the only punctuation is the included one
    auto mixed = spec(200);
    mixed.includedPunctuation = QStringLiteral("#");
    const QString m = PasswordGenerator::generate(mixed);
    QString otherPunctuation = QString(limits::kDefaultPunctuation);
    otherPunctuation.remove(QLatin1Char('#'));
    QVERIFY2(!anyFrom(m, otherPunctuation), qPrintable(m));
    QVERIFY(m.contains(QLatin1Char('#')));
}

void TestPasswordGenerator::excludedPunctuation() {
    auto s = spec(256);
    s.excludedPunctuation = QStringLiteral("\"'`\\");
    for (int i = 0; i < 40; ++i) {
        const QString p = PasswordGenerator::generate(s);
        QVERIFY2(!anyFrom(p, s.excludedPunctuation), qPrintable(p));
    }
    // punctuation off: none at all
    auto off = spec(256);
    off.includePunctuation = false;
    QVERIFY(!anyFrom(PasswordGenerator::generate(off), QString(limits::kDefaultPunctuation)));
}

void TestPasswordGenerator::punctuationSet() {
    QCOMPARE(PasswordGenerator::punctuationSet(spec()), QString(limits::kDefaultPunctuation));
    auto s = spec();
    s.includedPunctuation = QStringLiteral("%%$");
    QCOMPARE(PasswordGenerator::punctuationSet(s), QStringLiteral("%$"));
    s = spec();
    s.excludedPunctuation = QStringLiteral("!\"");
    QCOMPARE(PasswordGenerator::punctuationSet(s).size(), 30);
    QVERIFY(!PasswordGenerator::punctuationSet(s).contains(QLatin1Char('!')));
    s = spec();
    s.includePunctuation = false;
    QVERIFY(PasswordGenerator::punctuationSet(s).isEmpty());
}

void TestPasswordGenerator::everyClassAppears() {
    // length 4 with 4 classes: exactly one of each, every time
    for (int i = 0; i < 200; ++i) {
        const QString p = PasswordGenerator::generate(spec(4));
        QCOMPARE(p.size(), 4);
        QVERIFY2(anyFrom(p, kUpper) && anyFrom(p, kLower) && anyFrom(p, kDigits) &&
                     anyFrom(p, QString(limits::kDefaultPunctuation)),
                 qPrintable(p));
    }
}

void TestPasswordGenerator::shortPasswordWithManyClasses() {
    // shorter than the number of classes: still exactly that long
    QCOMPARE(PasswordGenerator::generate(spec(2)).size(), 2);
    // the class order is shuffled: the first character is not always uppercase
    bool sawNonUpperFirst = false;
    for (int i = 0; i < 100 && !sawNonUpperFirst; ++i) {
        sawNonUpperFirst = !kUpper.contains(PasswordGenerator::generate(spec(8)).at(0));
    }
    QVERIFY(sawNonUpperFirst);
}

void TestPasswordGenerator::passwordsDiffer() {
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        seen.insert(PasswordGenerator::generate(spec(32)));
    }
    QCOMPARE(seen.size(), 100);
}

QTEST_GUILESS_MAIN(TestPasswordGenerator)
#include "tst_passwordgenerator.moc"
