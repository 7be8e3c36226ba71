// CompareVersionsDialog against the in-process emulator: keys compared from the versions' metadata,
// values compared in memory without being shown, a changed key shown only on request, and failures
// shown with the request id while the comparison of keys stays.
#include "CompareVersionsDialog.h"
#include "CredentialProvider.h"
#include "OperationLog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace lockbox;
using namespace lockbox::ui;
using lockbox::test::await;

namespace {

constexpr auto kPostgres = "e6qdemo0postgres0001";
constexpr auto kTls = "e6qdemo0tlscert00001";
constexpr auto kInactive = "e6qdemo0inactive0001";
constexpr auto kViewerToken = "demo-viewer";
constexpr auto kPassword003 = "N6!xgoHxrW4cbjZ9os9cbxDk";
constexpr auto kPassword006 = "CJ5SuHv_djRXLwvrUS#8jXbM";
const QString kMask = QStringLiteral("●●●●●●●●");

QString s(const char *text) {
    return QString::fromUtf8(text);
}

QString cell(CompareVersionsDialog &dialog, const QString &key, int column, int role = Qt::DisplayRole) {
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("keysTableView"));
    return view->model()->index(dialog.rowOfKey(key), column).data(role).toString();
}

QToolButton *showButton(CompareVersionsDialog &dialog, const QString &key) {
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("keysTableView"));
    return qobject_cast<QToolButton *>(
        view->indexWidget(view->model()->index(dialog.rowOfKey(key), CompareVersionsDialog::ShowColumn)));
}

// Every text of the table, in the roles views and accessibility tools read.
QString everything(CompareVersionsDialog &dialog) {
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("keysTableView"));
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole), int(Qt::EditRole)}) {
                texts << view->model()->index(row, column).data(role).toString();
            }
        }
    }
    return texts.join(u'|') + dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text() +
           dialog.findChild<QLabel *>(QStringLiteral("compareNoteLabel"))->text();
}

} // namespace

class TestCompareVersions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keysComparedWithoutPayload();
    void valuesComparedWithoutShowingThem();
    void changedKeyShownOnRequest();
    void permissionDeniedKeepsKeyComparison();
    void unreadableVersionsBlockValueComparison();

private:
    ApiClient *makeClient(const QString &token);
    Secret secret(const QString &id);
    Version version(const QString &secretId, const QString &versionId);

    std::unique_ptr<emulator::Emulator> m_emulator;
    ApiClient *m_admin = nullptr;
    std::unique_ptr<QObject> m_owner;
};

void TestCompareVersions::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestCompareVersions::init() {
    m_emulator = test::startEmulator();
    QVERIFY(m_emulator);
    m_owner = std::make_unique<QObject>();
    m_admin = makeClient(QString::fromLatin1(test::kAdminToken));
}

void TestCompareVersions::cleanup() {
    m_owner.reset();
    m_emulator.reset();
}

ApiClient *TestCompareVersions::makeClient(const QString &token) {
    auto *credentials = new StaticTokenProvider(token, m_owner.get());
    return new ApiClient(test::clientConfigFor(*m_emulator), credentials, m_owner.get());
}

Secret TestCompareVersions::secret(const QString &id) {
    const auto result = await<Secret>([&](QObject *ctx, auto cb) { m_admin->getSecret(id, ctx, cb); });
    return result && result->ok() ? result->value() : Secret();
}

Version TestCompareVersions::version(const QString &secretId, const QString &versionId) {
    const auto result =
        await<Page<Version>>([&](QObject *ctx, auto cb) { m_admin->listVersions(secretId, 1000, {}, ctx, cb); });
    if (result && result->ok()) {
        for (const Version &v : result->value().items) {
            if (v.id == versionId) {
                return v;
            }
        }
    }
    qWarning("version not found");
    return {};
}

void TestCompareVersions::keysComparedWithoutPayload() {
    // A client that may not read values at all: the keys come from the versions' metadata.
    OperationLog log;
    CompareVersionsDialog dialog(makeClient(s(kViewerToken)), secret(s(kPostgres)),
                                 version(s(kPostgres), s("e6qv0pgmain000000003")),
                                 version(s(kPostgres), s("e6qv0pgmain000000006")));
    dialog.setOperationLog(&log);
    dialog.show();
    QCOMPARE(dialog.keyCount(), 5);
    QCOMPARE(dialog.change(dialog.rowOfKey(s("sslmode"))), CompareVersionsDialog::Change::Removed);
    for (const char *key : {"host", "port", "user", "password"}) {
        QCOMPARE(dialog.change(dialog.rowOfKey(s(key))), CompareVersionsDialog::Change::Kept);
        QCOMPARE(cell(dialog, s(key), CompareVersionsDialog::ValueAColumn), kMask);
    }
    QCOMPARE(cell(dialog, s("sslmode"), CompareVersionsDialog::ChangeColumn), s("Removed"));
    QCOMPARE(cell(dialog, s("sslmode"), CompareVersionsDialog::ValueBColumn), s("—"));
    QCOMPARE(cell(dialog, s("sslmode"), CompareVersionsDialog::ValueBColumn, Qt::AccessibleTextRole),
             s("not in this version"));
    QVERIFY(!dialog.valuesCompared());
    QCOMPARE(log.rowCount(), 0); // nothing read
    const QString summary = dialog.findChild<QLabel *>(s("summaryLabel"))->text();
    QVERIFY2(summary.contains(s("Added in B: 0")) && summary.contains(s("Removed from A: 1")) &&
                 summary.contains(s("Kept: 4")),
             qPrintable(summary));
    QVERIFY(!dialog.findChild<QTableView *>(s("keysTableView"))->accessibleName().isEmpty());

    // The other way round, sslmode is added.
    CompareVersionsDialog reverse(m_admin, secret(s(kPostgres)), version(s(kPostgres), s("e6qv0pgmain000000006")),
                                  version(s(kPostgres), s("e6qv0pgmain000000003")));
    QCOMPARE(reverse.change(reverse.rowOfKey(s("sslmode"))), CompareVersionsDialog::Change::Added);
    QCOMPARE(reverse.rowOfKey(s("sslmode")), 4); // keys only B has come last
}

void TestCompareVersions::valuesComparedWithoutShowingThem() {
    OperationLog log;
    CompareVersionsDialog dialog(m_admin, secret(s(kPostgres)), version(s(kPostgres), s("e6qv0pgmain000000003")),
                                 version(s(kPostgres), s("e6qv0pgmain000000006")));
    dialog.setOperationLog(&log);
    dialog.show();
    QSignalSpy compared(&dialog, &CompareVersionsDialog::valuesComparedChanged);
    auto *compare = dialog.findChild<QPushButton *>(s("compareValuesButton"));
    QVERIFY(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!compare->isEnabled());
    QTRY_COMPARE(compared.count(), 1);
    QCOMPARE(compared.first().first().toInt(), 1);
    QVERIFY(dialog.valuesCompared());
    QVERIFY(!dialog.isBusy());

    QCOMPARE(dialog.change(dialog.rowOfKey(s("password"))), CompareVersionsDialog::Change::Changed);
    QCOMPARE(dialog.change(dialog.rowOfKey(s("host"))), CompareVersionsDialog::Change::Unchanged);
    QCOMPARE(dialog.change(dialog.rowOfKey(s("port"))), CompareVersionsDialog::Change::Unchanged);
    QCOMPARE(dialog.change(dialog.rowOfKey(s("user"))), CompareVersionsDialog::Change::Unchanged);
    QCOMPARE(dialog.change(dialog.rowOfKey(s("sslmode"))), CompareVersionsDialog::Change::Removed);
    QCOMPARE(cell(dialog, s("password"), CompareVersionsDialog::ChangeColumn), s("Value changed"));
    QCOMPARE(cell(dialog, s("host"), CompareVersionsDialog::ChangeColumn), s("Unchanged"));

    // Nothing of any value is on show.
    const QString all = everything(dialog);
    for (const char *value : {kPassword003, kPassword006, "pg-main.backend.internal", "6432", "verify-full"}) {
        QVERIFY2(!all.contains(s(value)), value);
    }
    QCOMPARE(cell(dialog, s("password"), CompareVersionsDialog::ValueAColumn), kMask);
    // A Show button only where a value changed.
    QVERIFY(showButton(dialog, s("password")));
    QVERIFY(!showButton(dialog, s("host")));
    QVERIFY(!showButton(dialog, s("sslmode")));
    QVERIFY(dialog.findChild<QLabel *>(s("summaryLabel"))->text().contains(s("1 changed, 3 unchanged")));

    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.entryAt(0).status, OperationLog::Status::Done);
    QVERIFY(!log.entryAt(0).requestId.isEmpty());
}

void TestCompareVersions::changedKeyShownOnRequest() {
    CompareVersionsDialog dialog(m_admin, secret(s(kPostgres)), version(s(kPostgres), s("e6qv0pgmain000000003")),
                                 version(s(kPostgres), s("e6qv0pgmain000000006")));
    dialog.show();
    QSignalSpy compared(&dialog, &CompareVersionsDialog::valuesComparedChanged);
    dialog.compareValues();
    QTRY_COMPARE(compared.count(), 1);

    QToolButton *show = showButton(dialog, s("password"));
    QVERIFY(show->accessibleName().contains(s("password")));
    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QTRY_VERIFY(dialog.isRevealed(dialog.rowOfKey(s("password"))));
    QCOMPARE(cell(dialog, s("password"), CompareVersionsDialog::ValueAColumn), s(kPassword003));
    QCOMPARE(cell(dialog, s("password"), CompareVersionsDialog::ValueBColumn), s(kPassword006));
    QCOMPARE(cell(dialog, s("host"), CompareVersionsDialog::ValueAColumn), kMask); // only that key
    QVERIFY(showButton(dialog, s("password"))->isChecked());

    QTest::mouseClick(showButton(dialog, s("password")), Qt::LeftButton);
    QVERIFY(!dialog.isRevealed(dialog.rowOfKey(s("password"))));
    QCOMPARE(cell(dialog, s("password"), CompareVersionsDialog::ValueAColumn), kMask);

    // Closing wipes what was shown.
    dialog.setRevealed(dialog.rowOfKey(s("password")), true);
    QTRY_VERIFY(dialog.isRevealed(dialog.rowOfKey(s("password"))));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(s("buttonBox"))->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.isRevealed(dialog.rowOfKey(s("password"))));
    QCOMPARE(cell(dialog, s("password"), CompareVersionsDialog::ValueAColumn), kMask);
}

void TestCompareVersions::permissionDeniedKeepsKeyComparison() {
    OperationLog log;
    CompareVersionsDialog dialog(makeClient(s(kViewerToken)), secret(s(kPostgres)),
                                 version(s(kPostgres), s("e6qv0pgmain000000003")),
                                 version(s(kPostgres), s("e6qv0pgmain000000006")));
    dialog.setOperationLog(&log);
    dialog.show();
    QSignalSpy failed(&dialog, &CompareVersionsDialog::readFailed);
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("compareValuesButton")), Qt::LeftButton);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isBusy());
    QVERIFY(!dialog.valuesCompared());
    const QString text = dialog.errorText();
    QVERIFY2(text.contains(s("PERMISSION_DENIED")), qPrintable(text));
    QVERIFY2(text.contains(s("Request ID: ")), qPrintable(text));
    QVERIFY2(text.contains(s("lockbox.payloadViewer")), qPrintable(text));
    // The keys stay compared.
    QCOMPARE(dialog.keyCount(), 5);
    QCOMPARE(dialog.change(dialog.rowOfKey(s("sslmode"))), CompareVersionsDialog::Change::Removed);
    QCOMPARE(dialog.change(dialog.rowOfKey(s("password"))), CompareVersionsDialog::Change::Kept);
    QVERIFY(dialog.findChild<QPushButton *>(s("compareValuesButton"))->isEnabled());
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.entryAt(0).status, OperationLog::Status::Failed);
    QVERIFY(!log.entryAt(0).requestId.isEmpty());
}

void TestCompareVersions::unreadableVersionsBlockValueComparison() {
    // Version 001 is scheduled for destruction: its values cannot be read, its keys can be compared.
    CompareVersionsDialog tls(m_admin, secret(s(kTls)), version(s(kTls), s("e6qv0tls00000000001")),
                              version(s(kTls), s("e6qv0tls00000000002")));
    tls.show();
    QCOMPARE(tls.change(tls.rowOfKey(s("cert.der"))), CompareVersionsDialog::Change::Kept);
    QCOMPARE(tls.change(tls.rowOfKey(s("key.der"))), CompareVersionsDialog::Change::Kept);
    QCOMPARE(tls.change(tls.rowOfKey(s("chain.pem"))), CompareVersionsDialog::Change::Added);
    QVERIFY(!tls.findChild<QPushButton *>(s("compareValuesButton"))->isEnabled());
    QVERIFY(tls.compareBlocker().contains(s("scheduled for destruction")));
    QVERIFY(tls.findChild<QLabel *>(s("compareNoteLabel"))->text().contains(s("scheduled for destruction")));

    // A deactivated secret: no value comparison either.
    const Secret inactive = secret(s(kInactive));
    const Version legacy = version(s(kInactive), s("e6qv0legacy000000001"));
    CompareVersionsDialog off(m_admin, inactive, legacy, legacy);
    off.show();
    QVERIFY(!off.findChild<QPushButton *>(s("compareValuesButton"))->isEnabled());
    QVERIFY(off.compareBlocker().contains(s("deactivated")));
    QCOMPARE(off.change(0), CompareVersionsDialog::Change::Kept);
}

QTEST_MAIN(TestCompareVersions)
#include "tst_compareversions.moc"
