// PayloadViewerDialog and SecureClipboard against the in-process emulator, on the offscreen platform's
// clipboard: values masked until revealed, copied with the clipboard-manager hints and cleared after
// the timeout (but not over what the user copied since), binary values saved byte for byte with
// owner-only permissions, and failed reads shown in the dialog with the request id.
#include "CredentialProvider.h"
#include "OperationLog.h"
#include "PayloadViewerDialog.h"
#include "SecretPayload.h"
#include "SecureClipboard.h"
#include "TestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace lockbox;
using namespace lockbox::ui;
using lockbox::test::await;

namespace {

constexpr auto kPostgres = "e6qdemo0postgres0001";
constexpr auto kTls = "e6qdemo0tlscert00001";
constexpr auto kInactive = "e6qdemo0inactive0001";
constexpr auto kViewerToken = "demo-viewer"; // lockbox.viewer only: no payload
constexpr auto kPassword003 = "N6!xgoHxrW4cbjZ9os9cbxDk";
const QString kMask = QStringLiteral("●●●●●●●●");

QString s(const char *text) {
    return QString::fromUtf8(text);
}

QTableView *table(QWidget *dialog) {
    return dialog->findChild<QTableView *>(QStringLiteral("entriesTableView"));
}

QString cell(QWidget *dialog, int row, int column, int role = Qt::DisplayRole) {
    QTableView *view = table(dialog);
    return view->model()->index(row, column).data(role).toString();
}

QToolButton *revealButton(QWidget *dialog, int row) {
    QTableView *view = table(dialog);
    return qobject_cast<QToolButton *>(view->indexWidget(view->model()->index(row, PayloadViewerDialog::RevealColumn)));
}

// Every text the table offers for a row, in every role a view or an accessibility tool asks for.
QStringList allRowTexts(QWidget *dialog, int row) {
    QStringList texts;
    QAbstractItemModel *model = table(dialog)->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                         int(Qt::AccessibleDescriptionRole), int(Qt::StatusTipRole), int(Qt::WhatsThisRole),
                         int(Qt::EditRole), int(Qt::UserRole)}) {
            texts << model->index(row, column).data(role).toString();
        }
    }
    return texts;
}

} // namespace

class TestPayloadViewer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void secureClipboardHintsAndTimeout();
    void secureClipboardLeavesUserCopyAlone();
    void secureClipboardClearsOnDestruction();
    void revealAndCopyClearedAfterTimeout();
    void revealAllAsksFirst();
    void binarySavedWithOwnerOnlyPermissions();
    void failureKeepsDialogOpen_data();
    void failureKeepsDialogOpen();
    void closingReleasesValues();
    void readIsLogged();

private:
    ApiClient *makeClient(const QString &token);
    Secret secret(const QString &id);
    Version version(const QString &secretId, const QString &versionId);

    std::unique_ptr<emulator::Emulator> m_emulator;
    ApiClient *m_admin = nullptr;
    std::unique_ptr<QObject> m_owner;
};

void TestPayloadViewer::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestPayloadViewer::init() {
    m_emulator = test::startEmulator();
    QVERIFY(m_emulator);
    m_owner = std::make_unique<QObject>();
    m_admin = makeClient(QString::fromLatin1(test::kAdminToken));
    QApplication::clipboard()->clear();
}

void TestPayloadViewer::cleanup() {
    m_owner.reset();
    m_emulator.reset();
    QApplication::clipboard()->clear();
}

ApiClient *TestPayloadViewer::makeClient(const QString &token) {
    auto *credentials = new StaticTokenProvider(token, m_owner.get());
    return new ApiClient(test::clientConfigFor(*m_emulator), credentials, m_owner.get());
}

Secret TestPayloadViewer::secret(const QString &id) {
    const auto result = await<Secret>([&](QObject *ctx, auto cb) { m_admin->getSecret(id, ctx, cb); });
    return result && result->ok() ? result->value() : Secret();
}

Version TestPayloadViewer::version(const QString &secretId, const QString &versionId) {
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

void TestPayloadViewer::secureClipboardHintsAndTimeout() {
    QClipboard *clipboard = QApplication::clipboard();
    SecureClipboard secure(clipboard);
    QCOMPARE(secure.timeoutSeconds(), 30);
    secure.setTimeoutSeconds(1);
    QSignalSpy copied(&secure, &SecureClipboard::copied);
    QSignalSpy cleared(&secure, &SecureClipboard::cleared);

    secure.setSecret(s("s3cr3t-value"), s("password of test"));
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.first().first().toString(), s("password of test"));
    QCOMPARE(clipboard->text(), s("s3cr3t-value"));
    const QMimeData *mime = clipboard->mimeData();
    QCOMPARE(mime->data(s("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(mime->hasFormat(s("ExcludeClipboardContentFromMonitorProcessing")));
    QCOMPARE(mime->data(s("CanIncludeInClipboardHistory")), QByteArray(4, '\0'));
    QVERIFY(mime->hasFormat(s("org.nspasteboard.ConcealedType")));
    QVERIFY(secure.holdsSecret());
    QVERIFY2(secure.remainingSeconds() >= 0 && secure.remainingSeconds() <= 1,
             qPrintable(QString::number(secure.remainingSeconds())));

    QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 3000);
    QVERIFY(clipboard->text().isEmpty());
    QVERIFY(!secure.holdsSecret());
    QCOMPARE(secure.remainingSeconds(), -1);

    // 0: never cleared by time.
    secure.setTimeoutSeconds(0);
    secure.setSecret(QByteArray("bytes-as-utf8 ✓"), s("other"));
    QCOMPARE(clipboard->text(), s("bytes-as-utf8 ✓"));
    QTest::qWait(1300);
    QCOMPARE(clipboard->text(), s("bytes-as-utf8 ✓"));
    secure.clear();
    QVERIFY(clipboard->text().isEmpty());
    QCOMPARE(cleared.count(), 2);
}

void TestPayloadViewer::secureClipboardLeavesUserCopyAlone() {
    QClipboard *clipboard = QApplication::clipboard();
    SecureClipboard secure(clipboard);
    secure.setTimeoutSeconds(1);
    QSignalSpy cleared(&secure, &SecureClipboard::cleared);
    secure.setSecret(s("s3cr3t-value"), s("x"));
    clipboard->setText(s("something the user copied"));
    QVERIFY(!secure.holdsSecret());
    QTest::qWait(1500);
    QCOMPARE(clipboard->text(), s("something the user copied"));
    QCOMPARE(cleared.count(), 0);
    secure.clear();
    QCOMPARE(clipboard->text(), s("something the user copied"));
}

void TestPayloadViewer::secureClipboardClearsOnDestruction() {
    QClipboard *clipboard = QApplication::clipboard();
    {
        SecureClipboard secure(clipboard);
        secure.setSecret(s("quit-time secret"), s("x"));
        QCOMPARE(clipboard->text(), s("quit-time secret"));
    }
    QVERIFY(clipboard->text().isEmpty());
    {
        SecureClipboard secure(clipboard);
        secure.setSecret(s("quit-time secret"), s("x"));
        clipboard->setText(s("user's own"));
    }
    QCOMPARE(clipboard->text(), s("user's own"));
}

void TestPayloadViewer::revealAndCopyClearedAfterTimeout() {
    SecureClipboard secure(QApplication::clipboard());
    secure.setTimeoutSeconds(1);
    QSignalSpy cleared(&secure, &SecureClipboard::cleared);
    PayloadViewerDialog dialog(m_admin, secret(s(kPostgres)), version(s(kPostgres), s("e6qv0pgmain000000003")),
                               &secure);
    QSignalSpy loaded(&dialog, &PayloadViewerDialog::loaded);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(dialog.isLoading());
    QVERIFY(dialog.findChild<QProgressBar *>(s("progressBar"))->isVisible());
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toInt(), 5);
    QVERIFY(!dialog.findChild<QProgressBar *>(s("progressBar"))->isVisible());
    QVERIFY(!table(&dialog)->accessibleName().isEmpty());

    const int row = dialog.rowOfKey(s("password"));
    QCOMPARE(row, 3);
    QCOMPARE(cell(&dialog, row, PayloadViewerDialog::KeyColumn), s("password"));
    // (English plural forms come from the _en catalog, not loaded here: "byte(s)".)
    QVERIFY(cell(&dialog, row, PayloadViewerDialog::TypeColumn).startsWith(s("Text, 24 byte")));
    // Masked everywhere: no role of any row gives the value away.
    for (int r = 0; r < dialog.entryCount(); ++r) {
        QCOMPARE(cell(&dialog, r, PayloadViewerDialog::ValueColumn), kMask);
        QCOMPARE(cell(&dialog, r, PayloadViewerDialog::ValueColumn, Qt::AccessibleTextRole), s("hidden value"));
    }
    QVERIFY(!allRowTexts(&dialog, row).join(u'|').contains(s(kPassword003)));

    // The row's Show button reveals that value only; again hides it.
    QToolButton *reveal = revealButton(&dialog, row);
    QVERIFY(reveal);
    QVERIFY(reveal->accessibleName().contains(s("password")));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(dialog.isRevealed(row));
    QCOMPARE(cell(&dialog, row, PayloadViewerDialog::ValueColumn), s(kPassword003));
    QCOMPARE(cell(&dialog, 0, PayloadViewerDialog::ValueColumn), kMask);
    QVERIFY(!allRowTexts(&dialog, row).mid(0, 16).join(u'|').contains(s(kPassword003))); // not in key/type cells
    QCOMPARE(cell(&dialog, row, PayloadViewerDialog::ValueColumn, Qt::ToolTipRole), QString());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(!dialog.isRevealed(row));
    QCOMPARE(cell(&dialog, row, PayloadViewerDialog::ValueColumn), kMask);

    // Keyboard: Space on the current row shows, Space again hides.
    QTableView *view = table(&dialog);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(dialog.isRevealed(0));
    QCOMPARE(cell(&dialog, 0, PayloadViewerDialog::ValueColumn), s("pg-main.backend.internal"));
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!dialog.isRevealed(0));

    // Ctrl+C copies the selected value, masked as it is, through the SecureClipboard.
    view->setCurrentIndex(view->model()->index(row, 0));
    QSignalSpy copied(&dialog, &PayloadViewerDialog::valueCopied);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.first().first().toString(), s("password"));
    QCOMPARE(QApplication::clipboard()->text(), s(kPassword003));
    QCOMPARE(QApplication::clipboard()->mimeData()->data(s("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(!dialog.isRevealed(row));
    auto *status = dialog.findChild<QLabel *>(s("statusLabel"));
    QVERIFY2(status->text().contains(s("“password”")) && status->text().contains(s("1 second")),
             qPrintable(status->text()));

    // The copy button does the same.
    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("copyValueButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), s(kPassword003));

    QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 3000);
    QVERIFY(QApplication::clipboard()->text().isEmpty());
}

void TestPayloadViewer::revealAllAsksFirst() {
    SecureClipboard secure(QApplication::clipboard());
    PayloadViewerDialog dialog(m_admin, secret(s(kPostgres)), version(s(kPostgres), s("e6qv0pgmain000000006")),
                               &secure);
    dialog.show();
    QTRY_VERIFY(dialog.hasValues());
    QCOMPARE(dialog.entryCount(), 4);
    auto *revealAll = dialog.findChild<QPushButton *>(s("revealAllButton"));

    // Cancel leaves everything masked.
    QTest::mouseClick(revealAll, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(s("revealAllConfirmation"))) && box->isVisible());
    QVERIFY(box->text().contains(s("4")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(s("revealAllConfirmation")));
    for (int r = 0; r < dialog.entryCount(); ++r) {
        QVERIFY(!dialog.isRevealed(r));
    }

    QTest::mouseClick(revealAll, Qt::LeftButton);
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(s("revealAllConfirmation"))) && box->isVisible());
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(dialog.isRevealed(3));
    for (int r = 0; r < dialog.entryCount(); ++r) {
        QVERIFY(dialog.isRevealed(r));
        QVERIFY(revealButton(&dialog, r)->isChecked());
    }
    QCOMPARE(cell(&dialog, 3, PayloadViewerDialog::ValueColumn), s("CJ5SuHv_djRXLwvrUS#8jXbM"));
    QCOMPARE(revealAll->text(), s("Hide &All"));

    // Hiding needs no confirmation.
    QTest::mouseClick(revealAll, Qt::LeftButton);
    for (int r = 0; r < dialog.entryCount(); ++r) {
        QVERIFY(!dialog.isRevealed(r));
        QCOMPARE(cell(&dialog, r, PayloadViewerDialog::ValueColumn), kMask);
    }

    // Auto-hide after the configured time.
    dialog.setAutoHideSeconds(1);
    dialog.setRevealed(1, true);
    QVERIFY(dialog.isRevealed(1));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRevealed(1), 3000);
}

void TestPayloadViewer::binarySavedWithOwnerOnlyPermissions() {
    const auto expected = await<std::shared_ptr<SecretPayload>>(
        [&](QObject *ctx, auto cb) { m_admin->getPayload(s(kTls), s("e6qv0tls00000000002"), ctx, cb); });
    QVERIFY(expected && expected->ok());
    QByteArray keyDer;
    for (const SecretPayload::Entry &e : expected->value()->entries()) {
        if (e.key == s("key.der")) {
            QVERIFY(e.binary);
            keyDer = e.value;
        }
    }
    QVERIFY(keyDer.size() > 100);

    SecureClipboard secure(QApplication::clipboard());
    PayloadViewerDialog dialog(m_admin, secret(s(kTls)), version(s(kTls), s("e6qv0tls00000000002")), &secure);
    dialog.show();
    QTRY_VERIFY(dialog.hasValues());
    const int row = dialog.rowOfKey(s("key.der"));
    QVERIFY(row >= 0);
    QVERIFY(cell(&dialog, row, PayloadViewerDialog::TypeColumn).startsWith(s("Binary, %1 byte").arg(keyDer.size())));
    QCOMPARE(cell(&dialog, row, PayloadViewerDialog::ValueColumn), kMask);
    dialog.setRevealed(row, true);
    QVERIFY(cell(&dialog, row, PayloadViewerDialog::ValueColumn)
                .startsWith(QString::fromLatin1(keyDer.left(4).toHex(' '))));

    // Overwriting a world-readable file: the result is owner-only all the same.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(s("key.der"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
        old.close();
        QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                   QFileDevice::ReadOther));
    }
    // Through the file dialog, as the user does it.
    dialog.findChild<QTableView *>(s("entriesTableView"))->setCurrentIndex(table(&dialog)->model()->index(row, 0));
    QSignalSpy saved(&dialog, &PayloadViewerDialog::valueSaved);
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("saveToFileButton")), Qt::LeftButton);
    QFileDialog *fileDialog = nullptr;
    QTRY_VERIFY((fileDialog = dialog.findChild<QFileDialog *>(s("saveValueFileDialog"))));
    QCOMPARE(fileDialog->acceptMode(), QFileDialog::AcceptSave);
    Q_EMIT fileDialog->fileSelected(path);
    fileDialog->close();
    QCOMPARE(saved.count(), 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), keyDer);
    const QFileDevice::Permissions perms = file.permissions();
    QVERIFY(perms.testFlag(QFileDevice::ReadOwner) && perms.testFlag(QFileDevice::WriteOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther |
                                            QFileDevice::ExeOwner;
    QVERIFY2(!(perms & others), qPrintable(QString::number(int(perms), 16)));

    // A text entry saves its UTF-8 bytes.
    const QString chainPath = dir.filePath(s("chain.pem"));
    QVERIFY(dialog.saveEntryToFile(dialog.rowOfKey(s("chain.pem")), chainPath));
    QFile chain(chainPath);
    QVERIFY(chain.open(QIODevice::ReadOnly));
    QVERIFY(chain.readAll().startsWith("-----BEGIN CERTIFICATE-----\n"));

    // An unwritable place fails with a message, the dialog stays.
    QVERIFY(!dialog.saveEntryToFile(row, dir.filePath(s("no/such/dir/key.der"))));
    QVERIFY(dialog.findChild<QLabel *>(s("statusLabel"))->text().contains(s("Cannot write")));

    // Binary values are copied as Base64.
    QVERIFY(dialog.copyEntry(row));
    QCOMPARE(QApplication::clipboard()->text().toLatin1(), keyDer.toBase64());
}

void TestPayloadViewer::failureKeepsDialogOpen_data() {
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("versionId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("lead");
    QTest::newRow("inactive secret") << QString::fromLatin1(test::kAdminToken) << s(kInactive)
                                     << s("e6qv0legacy000000001") << s("FAILED_PRECONDITION") << s("deactivated");
    QTest::newRow("no payloadViewer role") << s(kViewerToken) << s(kPostgres) << s("e6qv0pgmain000000006")
                                           << s("PERMISSION_DENIED") << s("lockbox.payloadViewer");
    QTest::newRow("scheduled for destruction")
        << QString::fromLatin1(test::kAdminToken) << s(kTls) << s("e6qv0tls00000000001") << s("FAILED_PRECONDITION")
        << s("scheduled for destruction");
}

void TestPayloadViewer::failureKeepsDialogOpen() {
    QFETCH(QString, token);
    QFETCH(QString, secretId);
    QFETCH(QString, versionId);
    QFETCH(QString, code);
    QFETCH(QString, lead);
    SecureClipboard secure(QApplication::clipboard());
    PayloadViewerDialog dialog(makeClient(token), secret(secretId), version(secretId, versionId), &secure);
    QSignalSpy failed(&dialog, &PayloadViewerDialog::loadFailed);
    dialog.show();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isLoading());
    QVERIFY(!dialog.hasValues());
    const QString text = dialog.errorText();
    QVERIFY2(text.contains(code), qPrintable(text));
    QVERIFY2(text.contains(lead), qPrintable(text));
    QVERIFY2(text.contains(s("Request ID: ")), qPrintable(text));
    QCOMPARE(table(&dialog)->model()->rowCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(s("copyValueButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(s("revealAllButton"))->isEnabled());

    // Retry reads again (and fails again, with a new request id).
    auto *retry = dialog.findChild<QPushButton *>(s("retryButton"));
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(failed.count(), 2);
    QVERIFY(dialog.errorText().contains(code));
    QVERIFY(dialog.isVisible());
}

void TestPayloadViewer::closingReleasesValues() {
    SecureClipboard secure(QApplication::clipboard());
    PayloadViewerDialog dialog(m_admin, secret(s(kPostgres)), version(s(kPostgres), s("e6qv0pgmain000000003")),
                               &secure);
    QSignalSpy loaded(&dialog, &PayloadViewerDialog::loaded);
    dialog.show();
    QTRY_COMPARE(loaded.count(), 1);
    dialog.setRevealed(3, true);
    QCOMPARE(cell(&dialog, 3, PayloadViewerDialog::ValueColumn), s(kPassword003));

    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(s("buttonBox"))->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.hasValues());
    QVERIFY(!dialog.isRevealed(3));
    QCOMPARE(table(&dialog)->model()->rowCount(), 0);
    QVERIFY(!dialog.findChild<QToolButton *>(s("revealButton")) ||
            !dialog.findChild<QToolButton *>(s("revealButton"))->isVisible());

    // Shown again: read again, masked again.
    dialog.show();
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(cell(&dialog, 3, PayloadViewerDialog::ValueColumn), kMask);

    // Closed while reading: the answer is dropped.
    dialog.reject();
    dialog.show();
    QVERIFY(dialog.isLoading());
    dialog.reject();
    QTest::qWait(300);
    QVERIFY(!dialog.hasValues());
    QCOMPARE(loaded.count(), 2);
}

void TestPayloadViewer::readIsLogged() {
    OperationLog log;
    SecureClipboard secure(QApplication::clipboard());
    {
        PayloadViewerDialog dialog(m_admin, secret(s(kPostgres)), version(s(kPostgres), s("e6qv0pgmain000000006")),
                                   &secure);
        dialog.setOperationLog(&log);
        dialog.show();
        QTRY_VERIFY(dialog.hasValues());
    }
    {
        PayloadViewerDialog dialog(makeClient(s(kViewerToken)), secret(s(kPostgres)),
                                   version(s(kPostgres), s("e6qv0pgmain000000006")), &secure);
        dialog.setOperationLog(&log);
        dialog.show();
        QTRY_VERIFY(!dialog.errorText().isEmpty());
    }
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.entryAt(0).description, s("Read values"));
    QCOMPARE(log.entryAt(0).target, s("e6qdemo0postgres0001 / e6qv0pgmain000000006"));
    QCOMPARE(log.entryAt(0).status, OperationLog::Status::Done);
    QVERIFY(!log.entryAt(0).requestId.isEmpty());
    QCOMPARE(log.entryAt(1).status, OperationLog::Status::Failed);
    QVERIFY(log.entryAt(1).errorText.contains(s("PERMISSION_DENIED")));
    QVERIFY(!log.entryAt(1).requestId.isEmpty());
}

QTEST_MAIN(TestPayloadViewer)
#include "tst_payloadviewer.moc"
