// The version dialogs against the in-process emulator: what they send, what they hand back, and that
// a failure keeps the dialog open with everything the user entered.
#include "AddVersionDialog.h"
#include "CancelDestructionDialog.h"
#include "CredentialProvider.h"
#include "FaultInjector.h"
#include "Limits.h"
#include "OperationRunner.h"
#include "PasswordSpecDialog.h"
#include "ScheduleDestructionDialog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace lockbox;
using namespace lockbox::ui;
using lockbox::test::await;

namespace {

constexpr auto kPostgres = "e6qdemo0postgres0001";
constexpr auto kGenerated = "e6qdemo0generated001";
constexpr auto kViewerToken = "demo-viewer"; // lockbox.viewer: may read metadata, may not change anything

QString s(const char *text) {
    return QString::fromUtf8(text);
}

// Runs one asynchronous client call to its end (the event loop spins in QTRY_VERIFY).
QPushButton *okButton(QWidget *dialog) {
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

} // namespace

class TestDialogs final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addVersionFromNonCurrentBase();
    void addVersionValidatesAsYouType();
    void addVersionLoadsValuesFromFiles();
    void addVersionFailureKeepsDialogOpen();
    void addVersionUnknownOutcomeIsNotAddedTwice();
    void addVersionTabLeavesTheTable();
    void addVersionGeneratesForGeneratedSecret();
    void passwordSpecSetThenGenerate();
    void passwordSpecValidation();
    void passwordSpecFailureKeepsDialogOpen();
    void scheduleTwoAndCancelOne();
    void scheduleWarnsAboutCurrentVersion();
    void schedulePartialFailureKeepsDialogOpen();
    void cancelFailureKeepsDialogOpen();
    void scheduleWithUnknownOutcomeSaysSo();

private:
    ApiClient *makeClient(const QString &token);
    Secret secret(const QString &id);
    QList<Version> versions(const QString &secretId);
    Version version(const QString &secretId, const QString &versionId);

    std::unique_ptr<emulator::Emulator> m_emulator;
    ApiClient *m_admin = nullptr;
    OperationRunner *m_runner = nullptr;
    std::unique_ptr<QObject> m_owner; // clients, runners and token providers of one test
};

void TestDialogs::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestDialogs::init() {
    m_emulator = test::startEmulator();
    QVERIFY(m_emulator);
    m_owner = std::make_unique<QObject>();
    m_admin = makeClient(QString::fromLatin1(test::kAdminToken));
    m_runner = new OperationRunner(m_admin, m_owner.get());
}

void TestDialogs::cleanup() {
    m_owner.reset();
    m_emulator.reset();
}

ApiClient *TestDialogs::makeClient(const QString &token) {
    auto *credentials = new StaticTokenProvider(token, m_owner.get());
    return new ApiClient(test::clientConfigFor(*m_emulator), credentials, m_owner.get());
}

Secret TestDialogs::secret(const QString &id) {
    const auto result = await<Secret>([&](QObject *ctx, auto cb) { m_admin->getSecret(id, ctx, cb); });
    if (!result || !result->ok()) {
        qWarning("getSecret failed");
        return {};
    }
    return result->value();
}

QList<Version> TestDialogs::versions(const QString &secretId) {
    const auto result =
        await<Page<Version>>([&](QObject *ctx, auto cb) { m_admin->listVersions(secretId, 1000, {}, ctx, cb); });
    return result && result->ok() ? result->value().items : QList<Version>();
}

Version TestDialogs::version(const QString &secretId, const QString &versionId) {
    for (const Version &v : versions(secretId)) {
        if (v.id == versionId) {
            return v;
        }
    }
    return {};
}

void TestDialogs::addVersionFromNonCurrentBase() {
    const Secret postgres = secret(s(kPostgres));
    QCOMPARE(postgres.currentVersion->id, s("e6qv0pgmain000000006"));
    AddVersionDialog dialog(m_runner, postgres, versions(s(kPostgres)), s("e6qv0pgmain000000003"));
    dialog.show();

    auto *base = dialog.findChild<QComboBox *>(QStringLiteral("baseVersionComboBox"));
    QCOMPARE(base->currentData().toString(), s("e6qv0pgmain000000003"));
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("generateModeRadioButton"))->isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("baseKeysLabel"))->text(),
             s("host, port, user, password, sslmode"));
    QVERIFY(!okButton(&dialog)->isEnabled()); // nothing changed yet

    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("entriesTableWidget"));
    QCOMPARE(table->rowCount(), 5);
    const int passwordRow = dialog.rowOfKey(s("password"));
    auto *passwordChange = qobject_cast<QComboBox *>(table->cellWidget(passwordRow, AddVersionDialog::ChangeColumn));
    passwordChange->setCurrentIndex(passwordChange->findData(static_cast<int>(AddVersionDialog::Change::Set)));
    auto *passwordValue = qobject_cast<QLineEdit *>(table->cellWidget(passwordRow, AddVersionDialog::ValueColumn));
    QVERIFY(passwordValue->isEnabled());
    QCOMPARE(passwordValue->echoMode(), QLineEdit::Password);
    QTest::keyClicks(passwordValue, s("n3w-Passw0rd"));

    const int sslRow = dialog.rowOfKey(s("sslmode"));
    auto *sslChange = qobject_cast<QComboBox *>(table->cellWidget(sslRow, AddVersionDialog::ChangeColumn));
    sslChange->setCurrentIndex(sslChange->findData(static_cast<int>(AddVersionDialog::Change::Remove)));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addEntryButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 6);
    QTest::keyClicks(qobject_cast<QLineEdit *>(table->cellWidget(5, AddVersionDialog::KeyColumn)), s("replica"));
    QTest::keyClicks(qobject_cast<QLineEdit *>(table->cellWidget(5, AddVersionDialog::ValueColumn)),
                     s("pg-replica.backend.internal"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("descriptionLineEdit")), s("Add the replica"));

    // Exactly the change set: inherited keys that stay are not sent.
    const AddVersionRequest request = dialog.request();
    QCOMPARE(request.baseVersionId, s("e6qv0pgmain000000003"));
    QCOMPARE(request.description, s("Add the replica"));
    QCOMPARE(request.payloadEntries.size(), 3);
    QCOMPARE(request.payloadEntries.at(0).key, s("password"));
    QCOMPARE(request.payloadEntries.at(0).kind, PayloadEntryChange::Kind::Text);
    QCOMPARE(request.payloadEntries.at(0).textValue, s("n3w-Passw0rd"));
    QCOMPARE(request.payloadEntries.at(1).key, s("sslmode"));
    QCOMPARE(request.payloadEntries.at(1).kind, PayloadEntryChange::Kind::Remove);
    QCOMPARE(request.payloadEntries.at(2).key, s("replica"));
    QCOMPARE(request.payloadEntries.at(2).textValue, s("pg-replica.backend.internal"));
    QCOMPARE(dialog.sentValueBytes(), qint64(12 + 27));
    QVERIFY2(dialog.validationProblems().isEmpty(), qPrintable(dialog.validationProblems().join(u'\n')));
    QVERIFY(okButton(&dialog)->isEnabled());

    QSignalSpy added(&dialog, &AddVersionDialog::versionAdded);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QTRY_COMPARE(added.count(), 1);
    const Version created = added.first().first().value<Version>();
    QCOMPARE(created.payloadEntryKeys, QStringList({s("host"), s("port"), s("user"), s("password"), s("replica")}));
    QCOMPARE(created.description, s("Add the replica"));
    QCOMPARE(created.status, Version::Status::Active);
    QCOMPARE(dialog.addedVersion()->id, created.id);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The server agrees: the new version is current and holds the values typed.
    QCOMPARE(secret(s(kPostgres)).currentVersion->id, created.id);
    const auto payload = await<std::shared_ptr<SecretPayload>>(
        [&](QObject *ctx, auto cb) { m_admin->getPayload(s(kPostgres), created.id, ctx, cb); });
    QVERIFY(payload && payload->ok());
    QHash<QString, QByteArray> values;
    for (const SecretPayload::Entry &e : payload->value()->entries()) {
        values.insert(e.key, e.value);
    }
    QCOMPARE(values.value(s("password")), QByteArray("n3w-Passw0rd"));
    QCOMPARE(values.value(s("replica")), QByteArray("pg-replica.backend.internal"));
    QCOMPARE(values.value(s("host")), QByteArray("pg-main.backend.internal"));
    QVERIFY(!values.contains(s("sslmode")));
}

void TestDialogs::addVersionValidatesAsYouType() {
    const Secret postgres = secret(s(kPostgres));
    AddVersionDialog dialog(m_runner, postgres, versions(s(kPostgres)), QString());
    dialog.show();
    QCOMPARE(dialog.baseVersionId(), s("e6qv0pgmain000000006")); // no selection: the current version
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("entriesTableWidget"));
    auto *validation = dialog.findChild<QLabel *>(QStringLiteral("validationLabel"));
    auto *ok = okButton(&dialog);

    // A description alone is a valid new version.
    auto *description = dialog.findChild<QLineEdit *>(QStringLiteral("descriptionLineEdit"));
    QTest::keyClicks(description, s("Same values, new note"));
    QVERIFY(ok->isEnabled());
    description->clear();
    QVERIFY(!ok->isEnabled());

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addEntryButton")), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    auto *key = qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::KeyColumn));
    auto *value = qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::ValueColumn));
    QVERIFY(!ok->isEnabled());
    QVERIFY(validation->text().contains(s("no name")));

    QTest::keyClicks(key, s("bad key!"));
    QTest::keyClicks(value, s("v"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(validation->text().contains(s("bad key!")));

    key->clear();
    QTest::keyClicks(key, s("host")); // already in the base version
    QVERIFY(!ok->isEnabled());
    QVERIFY(validation->text().contains(s("host")));

    key->clear();
    QTest::keyClicks(key, s("a/b.c-d_e@f\\g"));
    QVERIFY2(ok->isEnabled(), qPrintable(validation->text()));
    QCOMPARE(validation->text(),
             s("To send: 0 changed, 0 removed, 1 added; other keys are kept from the base version."));

    // An empty text value would remove the key on the server: refused with a hint. A new key has no
    // Remove choice, so its hint names the button that drops it.
    value->clear();
    QVERIFY(!ok->isEnabled());
    QVERIFY2(validation->text().contains(s("Remove New Key")), qPrintable(validation->text()));
    QTest::keyClicks(value, s("x"));
    QVERIFY(ok->isEnabled());

    // The description limit.
    description->setText(QString(1025, u'd'));
    QVERIFY(!ok->isEnabled());
    QVERIFY(validation->text().contains(s("1025")));
    description->setText(QString(1024, u'd'));
    QVERIFY(ok->isEnabled());

    // Removing every key leaves an empty version.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeEntryButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 4);
    table->setCurrentCell(3, 0);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeEntryButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 4); // inherited rows are removed with their Change box instead
    for (int r = 0; r < table->rowCount(); ++r) {
        auto *change = qobject_cast<QComboBox *>(table->cellWidget(r, AddVersionDialog::ChangeColumn));
        change->setCurrentIndex(change->findData(static_cast<int>(AddVersionDialog::Change::Remove)));
    }
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.validationProblems().isEmpty());
}

void TestDialogs::addVersionLoadsValuesFromFiles() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto writeFile = [&](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    writeFile(s("key.der"), QByteArray("\x00\x01\xff\xfe binary", 11));
    writeFile(s("big.bin"), QByteArray(70000, 'x'));
    writeFile(s("half1.pem"), QByteArray(40000, 'a'));
    writeFile(s("half2.pem"), QByteArray(40000, 'b'));

    const Secret postgres = secret(s(kPostgres));
    AddVersionDialog dialog(m_runner, postgres, versions(s(kPostgres)), QString());
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("entriesTableWidget"));
    auto *addButton = dialog.findChild<QPushButton *>(QStringLiteral("addEntryButton"));

    QTest::mouseClick(addButton, Qt::LeftButton);
    int row = table->rowCount() - 1;
    QTest::keyClicks(qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::KeyColumn)), s("tls.der"));
    auto *type = qobject_cast<QComboBox *>(table->cellWidget(row, AddVersionDialog::TypeColumn));
    type->setCurrentIndex(1);                        // Binary
    QVERIFY(!dialog.validationProblems().isEmpty()); // no bytes yet
    QVERIFY(dialog.loadValueFromFile(row, dir.filePath(s("key.der"))));
    auto *value = qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::ValueColumn));
    QVERIFY(value->isReadOnly());
    QVERIFY2(value->text().contains(s("11")), qPrintable(value->text()));
    QVERIFY2(dialog.validationProblems().isEmpty(), qPrintable(dialog.validationProblems().join(u'\n')));
    QCOMPARE(dialog.request().payloadEntries.first().kind, PayloadEntryChange::Kind::Binary);
    QCOMPARE(dialog.request().payloadEntries.first().binaryValue, QByteArray("\x00\x01\xff\xfe binary", 11));

    // Over the per-value limit: not even read.
    QVERIFY(!dialog.loadValueFromFile(row, dir.filePath(s("big.bin"))));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());

    // Bytes into a text row: refused with a hint to choose Binary, which goes once the type changes.
    QTest::mouseClick(addButton, Qt::LeftButton);
    row = table->rowCount() - 1;
    QTest::keyClicks(qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::KeyColumn)), s("key2.der"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(!dialog.loadValueFromFile(row, dir.filePath(s("key.der"))));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(s("UTF-8")), qPrintable(error->text()));
    qobject_cast<QComboBox *>(table->cellWidget(row, AddVersionDialog::TypeColumn))->setCurrentIndex(1); // Binary
    QVERIFY(error->isHidden());
    QVERIFY(dialog.loadValueFromFile(row, dir.filePath(s("key.der"))));
    // The same problem again; removing the row takes it away.
    qobject_cast<QComboBox *>(table->cellWidget(row, AddVersionDialog::TypeColumn))->setCurrentIndex(0); // Text
    QVERIFY(!dialog.loadValueFromFile(row, dir.filePath(s("key.der"))));
    QVERIFY(error->isVisible());
    table->setCurrentCell(row, AddVersionDialog::KeyColumn); // not part of what follows
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeEntryButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), row);
    QVERIFY(error->isHidden());

    // Two values each under the limit, together over the version's total.
    QTest::mouseClick(addButton, Qt::LeftButton);
    row = table->rowCount() - 1;
    QTest::keyClicks(qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::KeyColumn)), s("a.pem"));
    QVERIFY(dialog.loadValueFromFile(row, dir.filePath(s("half1.pem"))));
    QVERIFY(dialog.validationProblems().isEmpty());
    QTest::mouseClick(addButton, Qt::LeftButton);
    row = table->rowCount() - 1;
    QTest::keyClicks(qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::KeyColumn)), s("b.pem"));
    QVERIFY(dialog.loadValueFromFile(row, dir.filePath(s("half2.pem"))));
    QCOMPARE(dialog.sentValueBytes(), qint64(80011));
    QCOMPARE(dialog.validationProblems().size(), 1);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("sizeLabel"))->text().contains(QLocale().toString(80011)));
}

void TestDialogs::addVersionFailureKeepsDialogOpen() {
    OperationRunner viewerRunner(makeClient(s(kViewerToken)));
    const Secret postgres = secret(s(kPostgres));
    AddVersionDialog dialog(&viewerRunner, postgres, versions(s(kPostgres)), s("e6qv0pgmain000000004"));
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("entriesTableWidget"));
    const int userRow = dialog.rowOfKey(s("user"));
    auto *change = qobject_cast<QComboBox *>(table->cellWidget(userRow, AddVersionDialog::ChangeColumn));
    change->setCurrentIndex(change->findData(static_cast<int>(AddVersionDialog::Change::Set)));
    auto *value = qobject_cast<QLineEdit *>(table->cellWidget(userRow, AddVersionDialog::ValueColumn));
    QTest::keyClicks(value, s("app_v2"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("descriptionLineEdit")), s("Rename the role"));

    QSignalSpy added(&dialog, &AddVersionDialog::versionAdded);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!dialog.isBusy());
    QVERIFY2(error->text().contains(s("PERMISSION_DENIED")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(s("Request ID")), qPrintable(error->text()));
    QCOMPARE(added.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted

    // Everything typed is still there, and OK may be pressed again.
    QCOMPARE(dialog.baseVersionId(), s("e6qv0pgmain000000004"));
    QCOMPARE(change->currentData().toInt(), static_cast<int>(AddVersionDialog::Change::Set));
    QCOMPARE(value->text(), s("app_v2"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("descriptionLineEdit"))->text(), s("Rename the role"));
    QCOMPARE(dialog.request().payloadEntries.size(), 1);
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(secret(s(kPostgres)).currentVersion->id, s("e6qv0pgmain000000006"));

    // Esc does not drop the prepared version without asking; Cancel keeps it, Discard closes.
    const auto question = [&dialog]() {
        return dialog.findChild<QMessageBox *>(QStringLiteral("discardChangesQuestion"));
    };
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(question() && question()->isVisible());
    QVERIFY(dialog.isVisible());
    QTest::keyClick(&dialog, Qt::Key_Escape); // asking again raises the same question
    QCOMPARE(dialog.findChildren<QMessageBox *>(QStringLiteral("discardChangesQuestion")).size(), 1);
    question()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!question());
    QVERIFY(dialog.isVisible());
    QCOMPARE(value->text(), s("app_v2"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(question());
    question()->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // An untouched draft closes at once.
    AddVersionDialog untouched(&viewerRunner, postgres, versions(s(kPostgres)), QString());
    untouched.show();
    QTest::keyClick(&untouched, Qt::Key_Escape);
    QVERIFY(!untouched.isVisible());
    QVERIFY(!untouched.findChild<QMessageBox *>(QStringLiteral("discardChangesQuestion")));
}

void TestDialogs::addVersionGeneratesForGeneratedSecret() {
    const Secret redis = secret(s(kGenerated));
    QVERIFY(redis.passwordPayloadSpecification);
    AddVersionDialog dialog(m_runner, redis, versions(s(kGenerated)), QString());
    dialog.show();
    auto *generate = dialog.findChild<QRadioButton *>(QStringLiteral("generateModeRadioButton"));
    QVERIFY(generate->isVisible());
    QVERIFY(generate->isChecked());
    QVERIFY(!dialog.findChild<QTableWidget *>(QStringLiteral("entriesTableWidget"))->isEnabled());
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(dialog.request().payloadEntries.isEmpty());

    QSignalSpy added(&dialog, &AddVersionDialog::versionAdded);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_COMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<Version>().payloadEntryKeys, QStringList{s("password")});
}

void TestDialogs::passwordSpecSetThenGenerate() {
    const Secret redis = secret(s(kGenerated));
    PasswordSpecDialog dialog(m_runner, redis);
    dialog.show();
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("passwordKeyLineEdit"))->text(), s("password"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("lengthSpinBox"))->value(), 32);
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("punctuationModeComboBox"));
    QCOMPARE(mode->currentIndex(), 2);        // "all except" the seed's excluded characters
    QVERIFY(!okButton(&dialog)->isEnabled()); // unchanged and no version asked for

    auto *sample = dialog.findChild<QLineEdit *>(QStringLiteral("sampleLineEdit"));
    QCOMPARE(sample->echoMode(), QLineEdit::Password);
    QCOMPARE(sample->text().size(), 32);
    dialog.findChild<QCheckBox *>(QStringLiteral("showSampleCheckBox"))->setChecked(true);
    QCOMPARE(sample->echoMode(), QLineEdit::Normal);

    dialog.findChild<QSpinBox *>(QStringLiteral("lengthSpinBox"))->setValue(20);
    dialog.findChild<QCheckBox *>(QStringLiteral("punctuationCheckBox"))->setChecked(false);
    QVERIFY(!mode->isEnabled());
    QCOMPARE(sample->text().size(), 20);
    for (const QChar c : sample->text()) {
        QVERIFY(c.isLetterOrNumber());
    }
    dialog.findChild<QCheckBox *>(QStringLiteral("generateVersionCheckBox"))->setChecked(true);
    QVERIFY(okButton(&dialog)->isEnabled());

    const PasswordPayloadSpecification spec = dialog.specification();
    QCOMPARE(spec.length, qint64(20));
    QVERIFY(!spec.punctuation());
    QVERIFY(spec.excludedPunctuation.isEmpty());

    QSignalSpy updated(&dialog, &PasswordSpecDialog::secretUpdated);
    QSignalSpy added(&dialog, &PasswordSpecDialog::versionAdded);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_COMPARE(added.count(), 1);
    QCOMPARE(updated.count(), 1);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Secret saved = updated.first().first().value<Secret>();
    QCOMPARE(saved.passwordPayloadSpecification->length, qint64(20));
    QVERIFY(!saved.passwordPayloadSpecification->punctuation());
    const Version generated = added.first().first().value<Version>();
    QCOMPARE(secret(s(kGenerated)).currentVersion->id, generated.id);
    QCOMPARE(secret(s(kGenerated)).passwordPayloadSpecification->length, qint64(20));

    const auto payload = await<std::shared_ptr<SecretPayload>>(
        [&](QObject *ctx, auto cb) { m_admin->getPayload(s(kGenerated), generated.id, ctx, cb); });
    QVERIFY(payload && payload->ok());
    QCOMPARE(payload->value()->entries().size(), 1);
    const QByteArray password = payload->value()->entries().first().value;
    QCOMPARE(password.size(), 20);
    for (const char c : password) {
        QVERIFY(QChar::fromLatin1(c).isLetterOrNumber());
    }
}

void TestDialogs::passwordSpecValidation() {
    PasswordSpecDialog dialog(m_runner, secret(s(kGenerated)));
    dialog.show();
    auto *validation = dialog.findChild<QLabel *>(QStringLiteral("validationLabel"));
    auto *ok = okButton(&dialog);
    auto *sample = dialog.findChild<QLineEdit *>(QStringLiteral("sampleLineEdit"));
    dialog.findChild<QCheckBox *>(QStringLiteral("generateVersionCheckBox"))->setChecked(true);
    QVERIFY(ok->isEnabled()); // regenerate with the same specification
    QVERIFY(!validation->isVisible());

    for (const char *name : {"uppercaseCheckBox", "lowercaseCheckBox", "digitsCheckBox", "punctuationCheckBox"}) {
        dialog.findChild<QCheckBox *>(QString::fromLatin1(name))->setChecked(false);
    }
    QVERIFY(!ok->isEnabled());
    QCOMPARE(validation->text(), PasswordSpecDialog::problemText(PasswordGenerator::Problem::NoCharacterClass));
    QVERIFY(sample->text().isEmpty());

    dialog.findChild<QCheckBox *>(QStringLiteral("punctuationCheckBox"))->setChecked(true);
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("punctuationModeComboBox"));
    auto *chars = dialog.findChild<QLineEdit *>(QStringLiteral("punctuationLineEdit"));
    mode->setCurrentIndex(1); // only these
    chars->setText(s("abc"));
    QCOMPARE(validation->text(), PasswordSpecDialog::problemText(PasswordGenerator::Problem::NotPunctuation));
    chars->setText(s("#%"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.specification().includedPunctuation, s("#%"));
    for (const QChar c : sample->text()) {
        QVERIFY(c == u'#' || c == u'%');
    }
    chars->clear();
    QVERIFY(!ok->isEnabled());

    mode->setCurrentIndex(2); // all except
    chars->setText(QString(limits::kDefaultPunctuation));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!validation->text().isEmpty());

    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("passwordKeyLineEdit"));
    mode->setCurrentIndex(0);
    key->setText(s("pass word"));
    QCOMPARE(validation->text(), PasswordSpecDialog::problemText(PasswordGenerator::Problem::KeyInvalid));
    key->clear();
    QCOMPARE(validation->text(), PasswordSpecDialog::problemText(PasswordGenerator::Problem::KeyMissing));
    QVERIFY(!ok->isEnabled());
}

// QA found it: an answer that could not be read was reported as "not added" although the server had
// added the version, and pressing OK again added a second one.
void TestDialogs::addVersionUnknownOutcomeIsNotAddedTwice() {
    const int before = static_cast<int>(versions(s(kPostgres)).size());
    // The emulator applies the request, then answers 200 with a body that is not JSON.
    QVERIFY(m_emulator->faults()->parseSpec(s("malformedx1@POST *:addVersion"), nullptr));
    AddVersionDialog dialog(m_runner, secret(s(kPostgres)), versions(s(kPostgres)), QString());
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("entriesTableWidget"));
    const int userRow = dialog.rowOfKey(s("user"));
    auto *change = qobject_cast<QComboBox *>(table->cellWidget(userRow, AddVersionDialog::ChangeColumn));
    change->setCurrentIndex(change->findData(static_cast<int>(AddVersionDialog::Change::Set)));
    QTest::keyClicks(qobject_cast<QLineEdit *>(table->cellWidget(userRow, AddVersionDialog::ValueColumn)), s("app_v3"));
    QSignalSpy added(&dialog, &AddVersionDialog::versionAdded);
    QSignalSpy unknown(m_runner, &OperationRunner::outcomeUnknown); // the main window reads the secret again

    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(s("may have added the version")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(s("if the new version is listed")), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(s("was not added")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(s("Request ID")), qPrintable(error->text()));
    QCOMPARE(unknown.count(), 1);
    QCOMPARE(added.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(versions(s(kPostgres)).size(), before + 1); // it was added

    // Sent again, unchanged: the same key, so the server answers with the first request's operation.
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_COMPARE(added.count(), 1);
    QTRY_VERIFY(!dialog.isVisible());
    const QList<Version> after = versions(s(kPostgres));
    QCOMPARE(after.size(), before + 1); // still only one
    QCOMPARE(dialog.addedVersion()->id, secret(s(kPostgres)).currentVersion->id);

    // A request changed after an unknown outcome is another version: it goes with a new key.
    QVERIFY(m_emulator->faults()->parseSpec(s("malformedx1@POST *:addVersion"), nullptr));
    AddVersionDialog second(m_runner, secret(s(kPostgres)), versions(s(kPostgres)), QString());
    second.show();
    auto *description = second.findChild<QLineEdit *>(QStringLiteral("descriptionLineEdit"));
    QTest::keyClicks(description, s("first try"));
    QTest::mouseClick(okButton(&second), Qt::LeftButton);
    auto *secondError = second.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(secondError->isVisible());
    QCOMPARE(versions(s(kPostgres)).size(), before + 2);
    QTest::keyClicks(description, s(", edited"));
    QTest::mouseClick(okButton(&second), Qt::LeftButton);
    QTRY_VERIFY(!second.isVisible());
    QCOMPARE(versions(s(kPostgres)).size(), before + 3);
    QCOMPARE(second.addedVersion()->description, s("first try, edited"));
}

// Found by QA: Tab stopped on read-only cells, wrapped round inside the table and never reached the
// buttons; and the buttons under the table moved as the hint under it changed with each keystroke.
void TestDialogs::addVersionTabLeavesTheTable() {
    AddVersionDialog dialog(m_runner, secret(s(kPostgres)), versions(s(kPostgres)), QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("entriesTableWidget"));
    auto *addKey = dialog.findChild<QPushButton *>(QStringLiteral("addEntryButton"));
    const QPoint addKeyAt = addKey->mapTo(&dialog, QPoint(0, 0));
    QTest::mouseClick(addKey, Qt::LeftButton);
    const int row = table->rowCount() - 1;
    auto *key = qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::KeyColumn));
    auto *type = table->cellWidget(row, AddVersionDialog::TypeColumn);
    auto *value = qobject_cast<QLineEdit *>(table->cellWidget(row, AddVersionDialog::ValueColumn));
    key->setFocus();
    QTRY_VERIFY(key->hasFocus());
    QTest::keyClicks(key, s("api_key"));
    // The new row's key, then its type, then its value: no stop on the read-only "Add" cell.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), type);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), value);
    QTest::keyClicks(value, s("k3y"));
    // The last row's value is the last stop in the table: Tab goes on to the buttons under it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QWidget *next = QApplication::focusWidget();
    QVERIFY2(next && !table->isAncestorOf(next), next ? next->metaObject()->className() : "no focus");
    // The summary under the table changed from a problem to what will be sent; nothing moved.
    QCOMPARE(addKey->mapTo(&dialog, QPoint(0, 0)), addKeyAt);
}

void TestDialogs::passwordSpecFailureKeepsDialogOpen() {
    OperationRunner viewerRunner(makeClient(s(kViewerToken)));
    PasswordSpecDialog dialog(&viewerRunner, secret(s(kGenerated)));
    dialog.show();
    dialog.findChild<QSpinBox *>(QStringLiteral("lengthSpinBox"))->setValue(48);
    dialog.findChild<QCheckBox *>(QStringLiteral("digitsCheckBox"))->setChecked(false);
    dialog.findChild<QCheckBox *>(QStringLiteral("generateVersionCheckBox"))->setChecked(true);
    QSignalSpy updated(&dialog, &PasswordSpecDialog::secretUpdated);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(s("PERMISSION_DENIED")), qPrintable(error->text()));
    QVERIFY(error->text().contains(s("Request ID")));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isBusy());
    QCOMPARE(updated.count(), 0);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("lengthSpinBox"))->value(), 48);
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("digitsCheckBox"))->isChecked());
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(secret(s(kGenerated)).passwordPayloadSpecification->length, qint64(32));
}

void TestDialogs::scheduleTwoAndCancelOne() {
    const QString v4 = s("e6qv0pgmain000000004");
    const QString v5 = s("e6qv0pgmain000000005");
    ScheduleDestructionDialog schedule(m_runner, s(kPostgres), {version(s(kPostgres), v4), version(s(kPostgres), v5)},
                                       s("e6qv0pgmain000000006"));
    schedule.show();
    auto *period = schedule.findChild<QComboBox *>(QStringLiteral("pendingPeriodComboBox"));
    QCOMPARE(period->currentIndex(), 1); // 7 days
    QCOMPARE(schedule.pendingPeriodMs(), limits::kDefaultPendingPeriodMs);
    QVERIFY(!schedule.findChild<QFrame *>(QStringLiteral("currentWarningFrame"))->isVisible());
    QCOMPARE(schedule.findChild<QListWidget *>(QStringLiteral("versionsListWidget"))->count(), 2);

    // Custom: 36 hours.
    period->setCurrentIndex(3);
    auto *spin = schedule.findChild<QSpinBox *>(QStringLiteral("customPeriodSpinBox"));
    auto *unit = schedule.findChild<QComboBox *>(QStringLiteral("customUnitComboBox"));
    QVERIFY(spin->isEnabled());
    unit->setCurrentIndex(1); // hours
    spin->setValue(36);
    QCOMPARE(schedule.pendingPeriodMs(), 36LL * 3600 * 1000);
    const QString preview = schedule.findChild<QLabel *>(QStringLiteral("destroyAtLabel"))->text();
    QVERIFY(preview.contains(u"UTC"));

    QSignalSpy scheduled(&schedule, &ScheduleDestructionDialog::versionUpdated);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::mouseClick(okButton(&schedule), Qt::LeftButton);
    QTRY_COMPARE(scheduled.count(), 2);
    QTRY_VERIFY(!schedule.isVisible());
    QCOMPARE(schedule.result(), int(QDialog::Accepted));
    for (const QList<QVariant> &args : scheduled) {
        const Version v = args.first().value<Version>();
        QCOMPARE(v.status, Version::Status::ScheduledForDestruction);
        const qint64 ahead = before.msecsTo(v.destroyAt);
        QVERIFY2(ahead > 35LL * 3600 * 1000 && ahead < 37LL * 3600 * 1000, qPrintable(v.destroyAt.toString()));
    }

    // Cancel one of them; a version that is not scheduled is named and left out.
    CancelDestructionDialog cancel(m_runner, s(kPostgres),
                                   {version(s(kPostgres), v5), version(s(kPostgres), s("e6qv0pgmain000000003"))},
                                   s("e6qv0pgmain000000006"));
    cancel.show();
    QCOMPARE(cancel.findChild<QListWidget *>(QStringLiteral("versionsListWidget"))->count(), 1);
    QVERIFY(cancel.findChild<QLabel *>(QStringLiteral("skippedLabel"))->isVisible());
    QSignalSpy cancelled(&cancel, &CancelDestructionDialog::versionUpdated);
    QTest::mouseClick(okButton(&cancel), Qt::LeftButton);
    QTRY_COMPARE(cancelled.count(), 1);
    QTRY_VERIFY(!cancel.isVisible());
    const Version restored = cancelled.first().first().value<Version>();
    QCOMPARE(restored.id, v5);
    QCOMPARE(restored.status, Version::Status::Active);

    QCOMPARE(version(s(kPostgres), v4).status, Version::Status::ScheduledForDestruction);
    QCOMPARE(version(s(kPostgres), v5).status, Version::Status::Active);
}

void TestDialogs::scheduleWarnsAboutCurrentVersion() {
    ScheduleDestructionDialog dialog(m_runner, s(kPostgres), {version(s(kPostgres), s("e6qv0pgmain000000006"))},
                                     s("e6qv0pgmain000000006"));
    dialog.show();
    QVERIFY(dialog.findChild<QFrame *>(QStringLiteral("currentWarningFrame"))->isVisible());
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("currentWarningLabel"));
    QVERIFY(warning->styleSheet().contains(u"bold"));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("currentWarningIconLabel"))->pixmap().isNull());

    // Enter does not schedule the current version (found by QA: Del, Enter did); it cancels.
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isDefault());
    QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isDefault());
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(version(s(kPostgres), s("e6qv0pgmain000000006")).status, Version::Status::Active);

    // Without the current version, Enter schedules as before.
    ScheduleDestructionDialog other(m_runner, s(kPostgres), {version(s(kPostgres), s("e6qv0pgmain000000005"))},
                                    s("e6qv0pgmain000000006"));
    other.show();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QVERIFY(
        other.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->isDefault());
}

void TestDialogs::schedulePartialFailureKeepsDialogOpen() {
    Version missing;
    missing.id = s("e6qv0pgmain000000099");
    missing.secretId = s(kPostgres);
    missing.status = Version::Status::Active;
    ScheduleDestructionDialog dialog(
        m_runner, s(kPostgres), {version(s(kPostgres), s("e6qv0pgmain000000003")), missing}, s("e6qv0pgmain000000006"));
    dialog.show();
    dialog.findChild<QComboBox *>(QStringLiteral("pendingPeriodComboBox"))->setCurrentIndex(0); // 1 day
    QSignalSpy scheduled(&dialog, &ScheduleDestructionDialog::versionUpdated);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!dialog.isBusy());
    QCOMPARE(scheduled.count(), 1); // the one that worked reaches the model at once
    QCOMPARE(scheduled.first().first().value<Version>().id, s("e6qv0pgmain000000003"));
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(missing.id), qPrintable(error->text()));
    QVERIFY(error->text().contains(s("NOT_FOUND")));
    QVERIFY(error->text().contains(s("Request ID")));
    QVERIFY(!error->text().contains(s("e6qv0pgmain000000003")));
    QCOMPARE(okButton(&dialog)->text().remove(u'&'), s("Retry Failed"));

    // Retrying sends only what failed.
    m_emulator->resetRequestCount();
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QCOMPARE(scheduled.count(), 1);
    QVERIFY(m_emulator->requestCount() <= 2); // one scheduleVersionDestruction (and no second for 003)
}

void TestDialogs::cancelFailureKeepsDialogOpen() {
    OperationRunner viewerRunner(makeClient(s(kViewerToken)));
    const Version scheduled = version(s(kPostgres), s("e6qv0pgmain000000002"));
    QCOMPARE(scheduled.status, Version::Status::ScheduledForDestruction);
    CancelDestructionDialog dialog(&viewerRunner, s(kPostgres), {scheduled}, s("e6qv0pgmain000000006"));
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("versionsListWidget"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(scheduled.id));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(s("PERMISSION_DENIED")), qPrintable(error->text()));
    QVERIFY(error->text().contains(s("Request ID")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(list->count(), 1);
    QVERIFY(!list->item(0)->toolTip().isEmpty());
    QCOMPARE(version(s(kPostgres), scheduled.id).status, Version::Status::ScheduledForDestruction);
}

// Found by exploratory testing: the heading said "1 version failed" over a line saying that the
// request may have been done (a 500 after the server may have acted).
void TestDialogs::scheduleWithUnknownOutcomeSaysSo() {
    // Every attempt (the client retries a 500), cleared at the end.
    QVERIFY(m_emulator->faults()->parseSpec(s("500x0@POST *:scheduleVersionDestruction"), nullptr));
    const auto clearFaults = qScopeGuard([this]() { m_emulator->faults()->clear(); });
    ScheduleDestructionDialog dialog(m_runner, s(kPostgres), {version(s(kPostgres), s("e6qv0pgmain000000003"))},
                                     s("e6qv0pgmain000000006"));
    dialog.show();
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!dialog.isBusy());
    QVERIFY2(error->text().startsWith(s("Outcome unknown for 1 version")), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(s("failed")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(s("may have been done")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
