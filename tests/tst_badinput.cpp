// Bad input in every dialog field, one data row per case: oversize (limit + 1 and far beyond), empty,
// non-ASCII (Cyrillic, emoji, combining marks), control characters (\t, \n, \x01, \x7f, U+200B) and
// surrounding whitespace. What the server would refuse for a reason the client can know gets a message
// naming the field and the rule, OK stays disabled, and even a forced accept() sends nothing (the
// in-process emulator counts requests). What the server accepts is sent and read back unchanged.
// Fields whose widget cannot hold more than the limit (maxLength, spin box range) are checked to hold
// at most the limit.
#include "AddVersionDialog.h"
#include "ConnectionFactory.h"
#include "CredentialProvider.h"
#include "CredentialStore.h"
#include "Limits.h"
#include "MainWindow.h"
#include "OperationRunner.h"
#include "PasswordSpecDialog.h"
#include "ProfileEditorDialog.h"
#include "ProfileStore.h"
#include "ScheduleDestructionDialog.h"
#include "SecretEditDialog.h"
#include "SecretPayload.h"
#include "SecretsModel.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace lockbox;
using namespace lockbox::ui;
using lockbox::test::await;

namespace {

constexpr auto kFolder = "b1gdemo0folder0back1";
constexpr auto kPostgres = "e6qdemo0postgres0001";
constexpr auto kGenerated = "e6qdemo0generated001";

// What must happen to an input.
enum class Expect {
    Reject, // a message naming the field and rule, OK disabled, nothing sent
    Send,   // sent, and the server holds `sent`
    Clamp,  // the widget cannot hold it: what it holds (and what would be sent) is within the limit
};

} // namespace

Q_DECLARE_METATYPE(Expect)

namespace {

QString s(const char *text) {
    return QString::fromUtf8(text);
}

QPushButton *okButton(QWidget *dialog) {
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    return ok ? ok : box->button(QDialogButtonBox::Save);
}

// The inputs every text field is tried with, beyond its own limits.
struct Input {
    const char *name;
    QString text;
};

QList<Input> nonAsciiInputs() {
    return {{"Cyrillic", s("Секрет")}, {"emoji", s("key🔑")}, {"combining mark", s("cafe\u0301")}};
}

QList<Input> controlInputs() {
    return {{"tab", s("a\tb")},
            {"newline", s("a\nb")},
            {"\\x01", s("a\x01"
                        "b")},
            {"\\x7f", s("a\x7f"
                        "b")},
            {"U+200B", s("a\u200Bb")}};
}

void addRows(const char *field, const QList<Input> &inputs, Expect expect, const QStringList &words) {
    for (const Input &in : inputs) {
        QTest::addRow("%s: %s", field, in.name) << s(field) << in.text << expect << in.text << words;
    }
}

void addRow(const char *field, const char *what, const QString &input, Expect expect, const QStringList &words,
            const QString &sent = {}) {
    QTest::addRow("%s: %s", field, what) << s(field) << input << expect << (sent.isNull() ? input : sent) << words;
}

void addColumns() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QString>("sent");      // Send: what the server must hold
    QTest::addColumn<QStringList>("words"); // Reject: the message names the field and the rule
}

// The message shown says what field and rule (every word, case-insensitively).
bool messageNames(const QString &message, const QStringList &words) {
    return std::all_of(words.cbegin(), words.cend(),
                       [&message](const QString &w) { return message.contains(w, Qt::CaseInsensitive); });
}

// Marks every key of the base version Remove: the new version then holds only what the row sends, so
// a value at the limit is the whole version (the dialog cannot know the sizes of kept values).
void removeBaseKeys(QTableWidget *table) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (auto *change = qobject_cast<QComboBox *>(table->cellWidget(row, AddVersionDialog::ChangeColumn))) {
            change->setCurrentIndex(change->findData(static_cast<int>(AddVersionDialog::Change::Remove)));
        }
    }
}

QString number(int n) {
    return QLocale().toString(n);
}

} // namespace

class TestBadInput final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addVersionField_data();
    void addVersionField();
    void addVersionBinaryFile();
    void passwordSpecField_data();
    void passwordSpecField();
    void passwordLengthIsClamped();
    void scheduleCustomDurationIsClamped();
    void secretEditField_data();
    void secretEditField();
    void profileEditorField_data();
    void profileEditorField();
    void mainWindowFolderAndFilter_data();
    void mainWindowFolderAndFilter();

private:
    // Runs `attempt` (a forced accept) and checks that nothing reached the emulator.
    void expectNothingSent(QDialog *dialog, const std::function<void()> &attempt);
    Secret secret(const QString &id);
    QList<Version> versions(const QString &secretId);

    std::unique_ptr<emulator::Emulator> m_emulator;
    ApiClient *m_admin = nullptr;
    OperationRunner *m_runner = nullptr;
    std::unique_ptr<QObject> m_owner;
};

void TestBadInput::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestBadInput::init() {
    m_emulator = test::startEmulator();
    QVERIFY(m_emulator);
    m_owner = std::make_unique<QObject>();
    auto *credentials = new StaticTokenProvider(QString::fromLatin1(test::kAdminToken), m_owner.get());
    m_admin = new ApiClient(test::clientConfigFor(*m_emulator), credentials, m_owner.get());
    m_runner = new OperationRunner(m_admin, m_owner.get());
}

void TestBadInput::cleanup() {
    m_owner.reset();
    m_emulator.reset();
}

Secret TestBadInput::secret(const QString &id) {
    const auto result = await<Secret>([&](QObject *ctx, auto cb) { m_admin->getSecret(id, ctx, cb); });
    return result && result->ok() ? result->value() : Secret();
}

QList<Version> TestBadInput::versions(const QString &secretId) {
    const auto result =
        await<Page<Version>>([&](QObject *ctx, auto cb) { m_admin->listVersions(secretId, 1000, {}, ctx, cb); });
    return result && result->ok() ? result->value().items : QList<Version>();
}

void TestBadInput::expectNothingSent(QDialog *dialog, const std::function<void()> &attempt) {
    const qint64 before = m_emulator->requestCount();
    attempt();
    // A request would be on the wire within the event loop's next rounds; give it those rounds.
    QTest::qWait(100);
    QCOMPARE(m_emulator->requestCount(), before);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected)); // (never accepted)
}

// ---- AddVersionDialog: a new entry's key and text value, and the description ----------------

void TestBadInput::addVersionField_data() {
    addColumns();
    const int keyMax = limits::kMaxEntryKeyLength;
    const QStringList keyRule{s("key"), s("Latin letters")};
    addRow("key", "empty", QString(), Expect::Reject, {s("key"), s("no name")});
    addRow("key", "limit", QString(keyMax, u'k'), Expect::Send, {});
    addRow("key", "limit+1", QString(keyMax + 1, u'k'), Expect::Reject, {s("key"), s("longer than 256")});
    addRow("key", "far beyond", QString(100 * keyMax, u'k'), Expect::Reject, {s("key"), s("longer than 256")});
    addRows("key", nonAsciiInputs(), Expect::Reject, keyRule);
    addRows("key", controlInputs(), Expect::Reject, keyRule);
    addRow("key", "inner space", s("new key"), Expect::Reject, keyRule);
    addRow("key", "surrounding spaces", s(" newkey "), Expect::Reject, keyRule);

    const int valueMax = limits::kMaxEntryValueBytes;
    addRow("value", "empty", QString(), Expect::Reject, {s("value"), s("empty")});
    addRow("value", "limit", QString(valueMax, u'v'), Expect::Send, {});
    addRow("value", "limit+1 bytes", QString(valueMax + 1, u'v'), Expect::Reject,
           {s("value"), number(limits::kMaxEntryValueBytes)});
    addRow("value", "limit+1 bytes (Cyrillic, 2 bytes each)", QString(valueMax / 2 + 1, u'ж'), Expect::Reject,
           {s("value"), number(limits::kMaxEntryValueBytes)});
    // A value is any text: the server takes all of these as they are.
    addRows("value", nonAsciiInputs(), Expect::Send, {});
    addRows("value", controlInputs(), Expect::Send, {});
    addRow("value", "surrounding spaces (kept)", s("  padded  "), Expect::Send, {});

    const int descMax = limits::kMaxVersionDescription;
    addRow("description", "limit", QString(descMax, u'd'), Expect::Send, {});
    addRow("description", "limit+1", QString(descMax + 1, u'd'), Expect::Reject, {s("description"), s("1024")});
    addRow("description", "far beyond", QString(50 * descMax, u'd'), Expect::Reject, {s("description"), s("1024")});
    addRow("description", "limit+1 (Cyrillic)", QString(descMax + 1, u'д'), Expect::Reject,
           {s("description"), s("1024")});
    addRows("description", nonAsciiInputs(), Expect::Send, {});
    addRows("description", controlInputs(), Expect::Send, {});
}

void TestBadInput::addVersionField() {
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(Expect, expect);
    QFETCH(QString, sent);
    QFETCH(QStringList, words);

    AddVersionDialog dialog(m_runner, secret(s(kPostgres)), versions(s(kPostgres)), QString());
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(s("entriesTableWidget"));
    removeBaseKeys(table);
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("addEntryButton")), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    auto *key = qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::KeyColumn));
    auto *value = qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::ValueColumn));
    auto *description = dialog.findChild<QLineEdit *>(s("descriptionLineEdit"));
    QVERIFY(key && value && description);
    key->setText(field == u"key" ? input : s("newkey"));
    value->setText(field == u"value" ? input : s("v"));
    description->setText(field == u"description" ? input : s("bad input"));
    QLineEdit *edit = field == u"key" ? key : field == u"value" ? value : description;
    QCOMPARE(edit->text(), input.left(edit->maxLength())); // what was entered, as far as the field holds

    auto *validation = dialog.findChild<QLabel *>(s("validationLabel"));
    if (expect == Expect::Reject) {
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(validation->isVisible());
        QVERIFY2(messageNames(validation->text(), words), qPrintable(validation->text()));
        expectNothingSent(&dialog, [&dialog]() { dialog.accept(); });
        return;
    }
    QVERIFY2(dialog.validationProblems().isEmpty(), qPrintable(dialog.validationProblems().join(u'\n')));
    QSignalSpy added(&dialog, &AddVersionDialog::versionAdded);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_VERIFY(added.count() == 1 || dialog.findChild<QLabel *>(s("errorLabel"))->isVisible());
    QVERIFY2(added.count() == 1, qPrintable(dialog.findChild<QLabel *>(s("errorLabel"))->text()));
    const Version created = added.first().first().value<Version>();
    QCOMPARE(created.description, field == u"description" ? sent : s("bad input"));
    const auto payload = await<std::shared_ptr<SecretPayload>>(
        [&](QObject *ctx, auto cb) { m_admin->getPayload(s(kPostgres), created.id, ctx, cb); });
    QVERIFY(payload && payload->ok());
    const QString expectedKey = field == u"key" ? sent : s("newkey");
    const QByteArray expectedValue = field == u"value" ? sent.toUtf8() : QByteArray("v");
    bool found = false;
    for (const SecretPayload::Entry &e : payload->value()->entries()) {
        if (e.key == expectedKey) {
            QCOMPARE(e.value, expectedValue);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestBadInput::addVersionBinaryFile() {
    QTemporaryDir dir;
    const auto write = [&dir](const char *name, qsizetype size) {
        QFile file(dir.filePath(s(name)));
        file.open(QIODevice::WriteOnly);
        file.write(QByteArray(size, '\x01'));
        return file.fileName();
    };
    const QString atLimit = write("limit.bin", limits::kMaxEntryValueBytes);
    const QString overLimit = write("over.bin", limits::kMaxEntryValueBytes + 1);
    const QString farBeyond = write("far.bin", 40 * limits::kMaxEntryValueBytes);
    const QString empty = write("empty.bin", 0);

    AddVersionDialog dialog(m_runner, secret(s(kPostgres)), versions(s(kPostgres)), QString());
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(s("entriesTableWidget"));
    removeBaseKeys(table);
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("addEntryButton")), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::KeyColumn))->setText(s("blob"));
    auto *type = qobject_cast<QComboBox *>(table->cellWidget(row, AddVersionDialog::TypeColumn));
    type->setCurrentIndex(type->findData(true));
    auto *error = dialog.findChild<QLabel *>(s("errorLabel"));
    for (const QString &path : {overLimit, farBeyond}) {
        QVERIFY(!dialog.loadValueFromFile(row, path));
        QVERIFY(error->isVisible());
        QVERIFY2(messageNames(error->text(), {QFileInfo(path).fileName(), s("bytes")}), qPrintable(error->text()));
        QVERIFY(!okButton(&dialog)->isEnabled()); // still no value for "blob"
    }
    // An empty file is no value: the key would be removed, so it is refused as an empty text is.
    dialog.loadValueFromFile(row, empty);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(messageNames(dialog.validationProblems().join(u'\n'), {s("blob")}),
             qPrintable(dialog.validationProblems().join(u'\n')));
    expectNothingSent(&dialog, [&dialog]() { dialog.accept(); });

    QVERIFY(dialog.loadValueFromFile(row, atLimit));
    QVERIFY2(dialog.validationProblems().isEmpty(), qPrintable(dialog.validationProblems().join(u'\n')));
    QSignalSpy added(&dialog, &AddVersionDialog::versionAdded);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_COMPARE(added.count(), 1);
    const auto payload = await<std::shared_ptr<SecretPayload>>([&](QObject *ctx, auto cb) {
        m_admin->getPayload(s(kPostgres), added.first().first().value<Version>().id, ctx, cb);
    });
    QVERIFY(payload && payload->ok());
    bool found = false;
    for (const SecretPayload::Entry &e : payload->value()->entries()) {
        if (e.key == u"blob") {
            QCOMPARE(e.value, QByteArray(limits::kMaxEntryValueBytes, '\x01'));
            found = true;
        }
    }
    QVERIFY(found);
}

// ---- PasswordSpecDialog: key, included and excluded punctuation ------------------------------

void TestBadInput::passwordSpecField_data() {
    addColumns();
    const QStringList keyRule{s("key"), s("Latin letters")};
    addRow("key", "empty", QString(), Expect::Reject, {s("key")});
    addRow("key", "limit+1", QString(limits::kMaxEntryKeyLength + 1, u'k'), Expect::Clamp, {});
    addRow("key", "far beyond", QString(100 * limits::kMaxEntryKeyLength, u'k'), Expect::Clamp, {});
    addRows("key", nonAsciiInputs(), Expect::Reject, keyRule);
    addRows("key", controlInputs(), Expect::Reject, keyRule);
    addRow("key", "inner space", s("pass word"), Expect::Reject, keyRule);
    addRow("key", "plain", s("db.password"), Expect::Send, {});

    const QStringList onlyPunctuation{s("punctuation"), s("Only these")};
    for (const char *field : {"included", "excluded"}) {
        addRow(field, "empty", QString(), Expect::Reject, {s("punctuation")});
        addRow(field, "letters", s("abc"), Expect::Reject, onlyPunctuation);
        addRows(field, nonAsciiInputs(), Expect::Reject, onlyPunctuation);
        addRows(field, controlInputs(), Expect::Reject, onlyPunctuation);
        addRow(field, "two marks", s("#%"), Expect::Send, {});
    }
    addRow("excluded", "all 32 (limit+1)", QString(limits::kDefaultPunctuation), Expect::Reject,
           {s("punctuation"), s("left out")});
    addRow("included", "all 32 (the limit)", QString(limits::kDefaultPunctuation), Expect::Send, {});
    addRow("included", "33 (limit+1, one twice)", QString(limits::kDefaultPunctuation) + u'#', Expect::Reject,
           {s("punctuation"), s("32")});
}

void TestBadInput::passwordSpecField() {
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(Expect, expect);
    QFETCH(QString, sent);
    QFETCH(QStringList, words);

    PasswordSpecDialog dialog(m_runner, secret(s(kGenerated)));
    dialog.show();
    auto *key = dialog.findChild<QLineEdit *>(s("passwordKeyLineEdit"));
    auto *mode = dialog.findChild<QComboBox *>(s("punctuationModeComboBox"));
    auto *chars = dialog.findChild<QLineEdit *>(s("punctuationLineEdit"));
    dialog.findChild<QCheckBox *>(s("punctuationCheckBox"))->setChecked(true);
    QLineEdit *edit = key;
    if (field == u"key") {
        key->setText(input);
    } else {
        mode->setCurrentIndex(field == u"included" ? 1 : 2); // Only these, All except these
        chars->setText(input);
        edit = chars;
    }
    auto *validation = dialog.findChild<QLabel *>(s("validationLabel"));
    if (expect == Expect::Clamp) {
        QVERIFY(edit->text().size() <= limits::kMaxEntryKeyLength);
        QVERIFY(dialog.specification().passwordKey.size() <= limits::kMaxEntryKeyLength);
        return;
    }
    QCOMPARE(edit->text(), input);
    if (expect == Expect::Reject) {
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(validation->isVisible());
        QVERIFY2(messageNames(validation->text(), words), qPrintable(validation->text()));
        expectNothingSent(&dialog, [&dialog]() { dialog.accept(); });
        return;
    }
    QVERIFY2(!validation->isVisible(), qPrintable(validation->text()));
    QSignalSpy updated(&dialog, &PasswordSpecDialog::secretUpdated);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_COMPARE(updated.count(), 1);
    const PasswordPayloadSpecification spec = *secret(s(kGenerated)).passwordPayloadSpecification;
    if (field == u"key") {
        QCOMPARE(spec.passwordKey, sent);
    } else if (field == u"included") {
        QCOMPARE(spec.includedPunctuation, sent);
    } else {
        QCOMPARE(spec.excludedPunctuation, sent);
    }
}

void TestBadInput::passwordLengthIsClamped() {
    PasswordSpecDialog dialog(m_runner, secret(s(kGenerated)));
    dialog.show();
    auto *length = dialog.findChild<QSpinBox *>(s("lengthSpinBox"));
    QCOMPARE(length->maximum(), limits::kMaxPasswordLength);
    QVERIFY(length->minimum() >= 1);
    for (int tried : {0, -5, limits::kMaxPasswordLength + 1, 100 * limits::kMaxPasswordLength}) {
        length->setValue(tried);
        QVERIFY(length->value() >= 1 && length->value() <= limits::kMaxPasswordLength);
    }
    // Typed text that is no number (or out of range) is refused by the spin box itself.
    for (const QString &typed : {s("abc"), s("1e9"), s("\t"), s("-1"), s("257"), s("99999")}) {
        length->setValue(20);
        length->selectAll();
        QTest::keyClicks(length, typed);
        QTest::keyClick(length, Qt::Key_Tab);
        QVERIFY2(length->value() >= 1 && length->value() <= limits::kMaxPasswordLength, qPrintable(typed));
    }
}

// ---- ScheduleDestructionDialog: the custom duration ------------------------------------------

void TestBadInput::scheduleCustomDurationIsClamped() {
    QList<Version> active;
    for (const Version &v : versions(s(kPostgres))) {
        if (v.status == Version::Status::Active && v.id != u"e6qv0pgmain000000006") {
            active << v;
        }
    }
    QVERIFY(!active.isEmpty());
    ScheduleDestructionDialog dialog(m_runner, s(kPostgres), {active.first()}, s("e6qv0pgmain000000006"));
    dialog.show();
    auto *period = dialog.findChild<QComboBox *>(s("pendingPeriodComboBox"));
    period->setCurrentIndex(period->count() - 1); // Custom…
    auto *spin = dialog.findChild<QSpinBox *>(s("customPeriodSpinBox"));
    auto *unit = dialog.findChild<QComboBox *>(s("customUnitComboBox"));
    QVERIFY(spin->isEnabled());
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    for (int u = 0; u < unit->count(); ++u) {
        unit->setCurrentIndex(u);
        for (int tried : {0, -1, spin->maximum() + 1, 1000000}) {
            spin->setValue(tried);
            QVERIFY(spin->value() >= spin->minimum() && spin->value() <= spin->maximum());
            QVERIFY2(dialog.pendingPeriodMs() > 0 && dialog.pendingPeriodMs() <= 365 * kDay,
                     qPrintable(QString::number(dialog.pendingPeriodMs())));
        }
        for (const QString &typed : {s("abc"), s("-3"), s("1e9"), s("99999")}) {
            spin->setValue(2);
            spin->selectAll();
            QTest::keyClicks(spin, typed);
            QTest::keyClick(spin, Qt::Key_Tab);
            QVERIFY2(dialog.pendingPeriodMs() > 0 && dialog.pendingPeriodMs() <= 365 * kDay, qPrintable(typed));
        }
    }
}

// ---- SecretEditDialog (new secret): name, description, labels, KMS key, version ---------------

void TestBadInput::secretEditField_data() {
    addColumns();
    addRow("name", "empty", QString(), Expect::Reject, {s("name")});
    addRow("name", "spaces only", s("   "), Expect::Reject, {s("name")});
    addRow("name", "limit+1", QString(limits::kMaxSecretName + 1, u'n'), Expect::Clamp, {});
    addRow("name", "far beyond", QString(100 * limits::kMaxSecretName, u'n'), Expect::Clamp, {});
    addRow("name", "surrounding spaces (trimmed)", s("  named  "), Expect::Send, {}, s("named"));
    // No pattern for names: the server takes these as they are.
    addRows("name", nonAsciiInputs(), Expect::Send, {});

    addRow("description", "limit", QString(limits::kMaxSecretDescription, u'd'), Expect::Send, {});
    addRow("description", "limit+1", QString(limits::kMaxSecretDescription + 1, u'd'), Expect::Reject,
           {s("description"), s("1024")});
    addRow("description", "far beyond (Cyrillic)", QString(20 * limits::kMaxSecretDescription, u'д'), Expect::Reject,
           {s("description"), s("1024")});
    addRows("description", nonAsciiInputs(), Expect::Send, {});
    addRows("description", controlInputs(), Expect::Send, {});

    const QStringList labelKeyRule{s("label key"), s("lowercase")};
    addRow("labelKey", "limit", QString(limits::kMaxLabelKey, u'k'), Expect::Send, {});
    addRow("labelKey", "limit+1", QString(limits::kMaxLabelKey + 1, u'k'), Expect::Reject, labelKeyRule);
    addRow("labelKey", "empty (with a value)", QString(), Expect::Reject, {s("label"), s("no key")});
    addRow("labelKey", "upper case", s("Env"), Expect::Reject, labelKeyRule);
    addRow("labelKey", "starts with a digit", s("1env"), Expect::Reject, labelKeyRule);
    addRows("labelKey", nonAsciiInputs(), Expect::Reject, labelKeyRule);
    addRows("labelKey", controlInputs(), Expect::Reject, labelKeyRule);

    const QStringList labelValueRule{s("label value"), s("a–z")};
    addRow("labelValue", "limit", QString(limits::kMaxLabelValue, u'v'), Expect::Send, {});
    addRow("labelValue", "limit+1", QString(limits::kMaxLabelValue + 1, u'v'), Expect::Reject, labelValueRule);
    addRow("labelValue", "empty (allowed)", QString(), Expect::Send, {});
    addRow("labelValue", "upper case", s("Prod"), Expect::Reject, labelValueRule);
    addRows("labelValue", nonAsciiInputs(), Expect::Reject, labelValueRule);
    addRows("labelValue", controlInputs(), Expect::Reject, labelValueRule);

    addRow("kmsKeyId", "limit+1", QString(limits::kMaxIdLength + 1, u'a'), Expect::Clamp, {});
    addRow("kmsKeyId", "far beyond", QString(100 * limits::kMaxIdLength, u'a'), Expect::Clamp, {});

    const QStringList entryKeyRule{s("entry key"), s("Latin letters")};
    addRows("entryKey", nonAsciiInputs(), Expect::Reject, entryKeyRule);
    addRows("entryKey", controlInputs(), Expect::Reject, entryKeyRule);
    addRow("entryValue", "limit+1 bytes", QString(limits::kMaxEntryValueBytes + 1, u'v'), Expect::Reject,
           {s("value"), s("bytes")});
    addRows("entryValue", nonAsciiInputs(), Expect::Send, {});
    addRows("entryValue", controlInputs(), Expect::Send, {});

    addRow("versionDescription", "limit+1", QString(limits::kMaxCreateVersionDescription + 1, u'd'), Expect::Clamp, {});
}

void TestBadInput::secretEditField() {
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(Expect, expect);
    QFETCH(QString, sent);
    QFETCH(QStringList, words);

    SecretEditDialog dialog(m_runner, s(kFolder));
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(s("nameLineEdit"));
    auto *description = dialog.findChild<QPlainTextEdit *>(s("descriptionPlainTextEdit"));
    auto *kms = dialog.findChild<QLineEdit *>(s("kmsKeyIdLineEdit"));
    auto *versionDescription = dialog.findChild<QLineEdit *>(s("versionDescriptionLineEdit"));
    name->setText(field == u"name" ? input : s("bad-input"));
    description->setPlainText(field == u"description" ? input : QString());
    if (field == u"labelKey" || field == u"labelValue") {
        dialog.addLabelRow(field == u"labelKey" ? input : s("env"), field == u"labelValue" ? input : s("v"));
    }
    kms->setText(field == u"kmsKeyId" ? input : QString());
    versionDescription->setText(field == u"versionDescription" ? input : QString());
    dialog.addEntryRow(field == u"entryKey" ? input : s("k"), field == u"entryValue" ? input : s("v"));

    if (expect == Expect::Clamp) {
        const CreateSecretRequest request = dialog.createRequest();
        QVERIFY(request.name.size() <= limits::kMaxSecretName);
        QVERIFY(request.kmsKeyId.size() <= limits::kMaxIdLength);
        QVERIFY(request.versionDescription.size() <= limits::kMaxCreateVersionDescription);
        return;
    }
    auto *validation = dialog.findChild<QLabel *>(s("validationLabel"));
    if (expect == Expect::Reject) {
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(validation->isVisible());
        QVERIFY2(messageNames(validation->text(), words), qPrintable(validation->text()));
        expectNothingSent(&dialog, [&dialog]() { dialog.accept(); });
        return;
    }
    QVERIFY2(dialog.validationProblems().isEmpty(), qPrintable(dialog.validationProblems().join(u'\n')));
    QSignalSpy created(&dialog, &SecretEditDialog::secretCreated);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_COMPARE(created.count(), 1);
    const Secret stored = secret(created.first().first().value<Secret>().id);
    if (field == u"name") {
        QCOMPARE(stored.name, sent);
    } else if (field == u"description") {
        QCOMPARE(stored.description, sent);
    } else if (field == u"labelKey") {
        QCOMPARE(stored.labels.value(sent), s("v"));
    } else if (field == u"labelValue") {
        QVERIFY(stored.labels.contains(s("env")));
        QCOMPARE(stored.labels.value(s("env")), sent);
    } else if (field == u"entryValue") {
        const auto payload = await<std::shared_ptr<SecretPayload>>(
            [&](QObject *ctx, auto cb) { m_admin->getPayload(stored.id, {}, ctx, cb); });
        QVERIFY(payload && payload->ok());
        QCOMPARE(payload->value()->entries().size(), 1);
        QCOMPARE(payload->value()->entries().first().value, sent.toUtf8());
    }
}

// ---- ProfileEditorDialog: name, token, IDs, endpoint, key and CA files ------------------------

void TestBadInput::profileEditorField_data() {
    addColumns();
    addRow("name", "empty", QString(), Expect::Reject, {s("name")});
    addRow("name", "spaces only", s("  "), Expect::Reject, {s("name")});
    addRow("name", "limit+1", QString(101, u'n'), Expect::Clamp, {});
    addRows("name", nonAsciiInputs(), Expect::Send, {});

    const QStringList tokenRule{s("token")};
    addRow("token", "empty", QString(), Expect::Reject, tokenRule);
    addRow("token", "inner space", s("t1.abc def"), Expect::Reject, {s("token"), s("spaces")});
    addRows("token", nonAsciiInputs(), Expect::Reject, tokenRule);
    addRows("token", controlInputs(), Expect::Reject, tokenRule);
    addRow("token", "surrounding spaces (trimmed)", s("  t1.abc.def  "), Expect::Send, {});
    addRow("oauth", "limit+1", QString(limits::kMaxOAuthToken + 1, u'y'), Expect::Reject, {s("OAuth"), s("4000")});

    const QStringList idRule{s("folder ID")};
    for (const char *field : {"cloudId", "folderId"}) {
        addRow(field, "limit+1", QString(limits::kMaxIdLength + 1, u'b'), Expect::Clamp, {});
        addRows(field, nonAsciiInputs(), Expect::Reject, idRule);
        addRows(field, controlInputs(), Expect::Reject, idRule);
        addRow(field, "surrounding spaces (trimmed)", s(" b1gabc "), Expect::Send, {});
    }

    const QStringList endpointRule{s("endpoint"), s("https://")};
    addRow("endpoint", "other scheme", s("ftp://example.org"), Expect::Reject, endpointRule);
    addRow("endpoint", "no host", s("https://"), Expect::Reject, endpointRule);
    addRow("endpoint", "inner space", s("https://exa mple.org"), Expect::Reject, endpointRule);
    addRow("endpoint", "control character", s("https://exa\x01mple.org"), Expect::Reject, endpointRule);
    addRow("endpoint", "zero-width space", s("https://exa\u200Bmple.org"), Expect::Reject, endpointRule);
    addRow("endpoint", "Cyrillic host (IDN)", s("https://локбокс.рф"), Expect::Send, {});
    addRow("endpoint", "host:port", s("api.example.org:443"), Expect::Send, {});

    addRow("caFile", "missing file", s("/nonexistent/ca.pem"), Expect::Reject, {s("/nonexistent/ca.pem")});
    addRow("caFile", "Cyrillic missing file", s("/нет/ca.pem"), Expect::Reject, {s("/нет/ca.pem")});
    addRow("keyFile", "missing file", s("/nonexistent/key.json"), Expect::Reject, {s("key.json")});
}

void TestBadInput::profileEditorField() {
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(Expect, expect);
    QFETCH(QStringList, words);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(s("settings.ini")), QSettings::IniFormat);
    CredentialStore credentials; // never written: nothing is saved here
    ProfileStore profiles(&settings, &credentials);
    ConnectionFactory factory(&profiles);
    factory.setEnvironment(QProcessEnvironment());
    ProfileEditorDialog dialog(&profiles, &factory, &credentials);
    dialog.setYcConfigPath(dir.filePath(s("no-yc-config.yaml")));
    dialog.show();
    const Profile::Kind kind = field == u"oauth"     ? Profile::Kind::OAuthToken
                               : field == u"keyFile" ? Profile::Kind::ServiceAccountKey
                                                     : Profile::Kind::IamToken;
    auto *kindBox = dialog.findChild<QComboBox *>(s("kindComboBox"));
    kindBox->setCurrentIndex(kindBox->findData(static_cast<int>(kind)));
    const auto edit = [&dialog](const char *name) { return dialog.findChild<QLineEdit *>(s(name)); };
    edit("nameLineEdit")->setText(field == u"name" ? input : s("bad input"));
    if (kind != Profile::Kind::ServiceAccountKey) {
        edit("secretLineEdit")->setText(field == u"token" || field == u"oauth" ? input : s("t1.abc.def"));
    }
    edit("cloudIdLineEdit")->setText(field == u"cloudId" ? input : s("b1gdemo0cloud0prod01"));
    edit("folderIdLineEdit")->setText(field == u"folderId" ? input : s(kFolder));
    edit("endpointLineEdit")->setText(field == u"endpoint" ? input : m_emulator->baseUrl().toString());
    edit("caFileLineEdit")->setText(field == u"caFile" ? input : QString());
    if (field == u"keyFile") {
        QVERIFY(!dialog.loadKeyFile(input));
    }

    const QStringList problems = dialog.validationProblems();
    if (expect == Expect::Clamp) {
        const Profile p = dialog.formProfile();
        QVERIFY(p.name.size() <= 100);
        QVERIFY(p.cloudId.size() <= limits::kMaxIdLength && p.folderId.size() <= limits::kMaxIdLength);
        return;
    }
    if (expect == Expect::Send) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(okButton(&dialog)->isEnabled());
        return;
    }
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(!problems.isEmpty());
    auto *validation = dialog.findChild<QLabel *>(s("validationLabel"));
    auto *error = dialog.findChild<QLabel *>(s("errorLabel"));
    const QString shown = (validation->isVisible() ? validation->text() : QString()) + u'\n' +
                          (error->isVisible() ? error->text() : QString());
    QVERIFY2(messageNames(shown, words), qPrintable(shown + s(" / ") + problems.join(u'\n')));
    if (field == u"name") {
        // The name is not needed to test a connection; Save is what it blocks.
        expectNothingSent(&dialog, [&dialog]() { dialog.accept(); });
        return;
    }
    // Test connection would sign in with what is typed: refused too.
    QVERIFY(!dialog.findChild<QPushButton *>(s("testConnectionButton"))->isEnabled());
    expectNothingSent(&dialog, [&dialog]() {
        dialog.testConnection();
        dialog.accept();
    });
}

// ---- MainWindow: the folder ID field and the filter box ---------------------------------------

void TestBadInput::mainWindowFolderAndFilter_data() {
    addColumns();
    addRow("folder", "limit+1", QString(limits::kMaxIdLength + 1, u'b'), Expect::Clamp, {});
    addRow("folder", "far beyond", QString(100 * limits::kMaxIdLength, u'b'), Expect::Clamp, {});
    addRow("folder", "empty", QString(), Expect::Reject, {});
    addRow("folder", "spaces only", s("   "), Expect::Reject, {});
    // Not an ID: Return opens nothing and says why.
    addRows("folder", nonAsciiInputs(), Expect::Reject, {});
    addRows("folder", controlInputs(), Expect::Reject, {});
    addRow("folder", "inner space", s("b1g folder"), Expect::Reject, {});
    // The filter is local: whatever is typed, nothing is asked of the server.
    addRow("filter", "far beyond", QString(10000, u'f'), Expect::Reject, {});
    addRows("filter", nonAsciiInputs(), Expect::Reject, {});
    addRows("filter", controlInputs(), Expect::Reject, {});
    addRow("filter", "label syntax, odd", s("=\x01=="), Expect::Reject, {});
}

void TestBadInput::mainWindowFolderAndFilter() {
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(Expect, expect);

    MainWindowOptions options;
    options.folderId = s(kFolder);
    options.sandbox = true;
    MainWindow window(m_admin, options);
    QSignalSpy loaded(&window, &MainWindow::secretsLoaded);
    window.show();
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(!window.secretsModel()->isLoading());
    QTest::qWait(100); // the tree's own first requests
    auto *folder = window.findChild<QLineEdit *>(s("folderLineEdit"));
    auto *filter = window.findChild<QLineEdit *>(s("secretsFilterLineEdit"));
    QVERIFY(folder && filter);
    const qint64 before = m_emulator->requestCount();
    if (field == u"folder") {
        folder->setText(input);
        if (expect == Expect::Clamp) {
            QCOMPARE(folder->text().size(), limits::kMaxIdLength);
            return;
        }
        QTest::keyClick(folder, Qt::Key_Return);
        // Not an ID: the reason shows under the field (nothing to explain for an empty field).
        auto *error = window.findChild<QLabel *>(s("folderIdErrorLabel"));
        QVERIFY(error);
        QCOMPARE(error->isVisible(), !input.trimmed().isEmpty());
        if (error->isVisible()) {
            QVERIFY(error->text().contains(s("folder ID")));
        }
    } else {
        filter->setText(input);
        QTest::keyClick(filter, Qt::Key_Return);
    }
    QTest::qWait(100);
    QCOMPARE(m_emulator->requestCount(), before);
    QCOMPARE(window.folderId(), s(kFolder));
}

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
