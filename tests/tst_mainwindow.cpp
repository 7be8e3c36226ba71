// The main window against the in-process emulator: the secrets list, the paged versions table, the
// actions per selection, the dialogs opened from it, errors shown in place, settings and language.
#include "AddVersionDialog.h"
#include "CredentialProvider.h"
#include "ErrorBanner.h"
#include "ErrorText.h"
#include "FaultInjector.h"
#include "MainWindow.h"
#include "PagedTableView.h"
#include "OperationRunner.h"
#include "ScheduleDestructionDialog.h"
#include "TestSupport.h"
#include "VersionsModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QAbstractItemView>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

using namespace lockbox;
using namespace lockbox::ui;

namespace {

constexpr auto kFolder = "b1gdemo0folder0back1";
constexpr auto kPostgres = "e6qdemo0postgres0001";
constexpr auto kHistory = "e6qdemo0history00001";

QString s(const char *text) {
    return QString::fromUtf8(text);
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsSecretsAndVersions();
    void statusShownByIconColourAndText();
    void pagesThroughHistory();
    void actionsFollowSelection();
    void detailsPaneShowsSelection();
    void detailsFollowThePageControlsInTabOrder();
    void refreshKeepsTheSelectedVersions();
    void setCurrentVersionAfterConfirmation();
    void setCurrentVersionFailureLeavesModel();
    void addVersionUpdatesModelWithoutReload();
    void unknownOutcomeReadsTheSecretAgain();
    void scheduleFromSelection();
    void versionsErrorShownInPlaceWithRetry();
    void busyIndicatorOnlyForLastingWork();
    void secretsErrorShownInPlace();
    void settingsRestored();
    void russianTranslation();
    void versionColumnsFitTheFirstWindow_data();
    void versionColumnsFitTheFirstWindow();

private:
    MainWindow *openWindow(ApiClient *client, QSettings *settings = nullptr);
    void showPostgres(MainWindow *window);
    ApiClient *makeClient(const QString &token);

    std::unique_ptr<emulator::Emulator> m_emulator;
    ApiClient *m_client = nullptr;
    std::unique_ptr<QObject> m_owner;
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_english;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // As the application does: the English catalog supplies the plural forms.
    QVERIFY(m_english.load(s(":/i18n/lockbox-desktop_en")));
    QVERIFY(QCoreApplication::installTranslator(&m_english));
}

void TestMainWindow::init() {
    m_emulator = test::startEmulator();
    QVERIFY(m_emulator);
    m_owner = std::make_unique<QObject>();
    m_client = makeClient(QString::fromLatin1(test::kAdminToken));
}

void TestMainWindow::cleanup() {
    m_window.reset();
    m_owner.reset();
    m_emulator.reset();
}

ApiClient *TestMainWindow::makeClient(const QString &token) {
    auto *credentials = new StaticTokenProvider(token, m_owner.get());
    return new ApiClient(test::clientConfigFor(*m_emulator), credentials, m_owner.get());
}

MainWindow *TestMainWindow::openWindow(ApiClient *client, QSettings *settings) {
    MainWindowOptions options;
    options.folderId = s(kFolder);
    options.sandbox = true;
    m_window = std::make_unique<MainWindow>(client, options, settings);
    m_window->show();
    return m_window.get();
}

void TestMainWindow::showPostgres(MainWindow *window) {
    QSignalSpy loaded(window, &MainWindow::secretsLoaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(window->selectSecret(s(kPostgres)));
    QTRY_COMPARE(window->versionsModel()->rowCount(), 6);
    QTRY_VERIFY(!window->versionsModel()->isLoading());
}

void TestMainWindow::listsSecretsAndVersions() {
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    auto *secrets = window->findChild<QAbstractItemView *>(QStringLiteral("secretsListView"));
    QVERIFY(secrets->model()->rowCount() >= 6);
    QCOMPARE(secrets->model()->columnCount(), 1); // a list, for assistive tools too
    QCOMPARE(window->currentSecret()->name, s("postgres-main"));
    QVERIFY(window->windowTitle().contains(s("postgres-main")));
    // The platform appends the application's display name; a title naming it too showed it twice
    // ("postgres-main — Lockbox Desktop [Sandbox] — Lockbox Desktop").
    QVERIFY2(!window->windowTitle().contains(s("Lockbox Desktop")), qPrintable(window->windowTitle()));
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("sandboxBanner"))->isVisible());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("secretInfoLabel"))->text().contains(s("e6qv0pgmain000000006")));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("versionsCountLabel"))->text(), s("6 versions loaded"));
    QCOMPARE(window->versionsView()->model()->columnCount(), int(VersionsModel::ColumnCount));

    // The deactivated secret is marked in words.
    bool sawInactive = false;
    for (int row = 0; row < secrets->model()->rowCount(); ++row) {
        const QString text = secrets->model()->index(row, 0).data().toString();
        sawInactive = sawInactive || text == s("legacy-api-key (deactivated)");
    }
    QVERIFY(sawInactive);

    // The filter narrows the list but keeps the secret shown.
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("secretsFilterLineEdit"));
    auto *list = qobject_cast<PagedTableView *>(secrets);
    QVERIFY(list);
    QTest::keyClicks(filter, s("redis"));
    QTRY_VERIFY(secrets->model()->rowCount() >= 1);
    QVERIFY(list->emptyText().isEmpty());
    QCOMPARE(window->currentSecret()->id, s(kPostgres));
    QCOMPARE(window->versionsModel()->rowCount(), 6);
    // Down goes on from the filter into the list (found by QA: the focus stayed in the filter).
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    QTRY_VERIFY(list->hasFocus());
    QVERIFY(list->currentIndex().isValid());
    QCOMPARE(filter->text(), s("redis"));

    // A filter that hides every secret says so in the list (and to a screen reader).
    QTest::keyClicks(filter, s("zzz"));
    QTRY_COMPARE(secrets->model()->rowCount(), 0);
    QCOMPARE(list->emptyText(), s("No secret matches “rediszzz”."));
    QCOMPARE(list->viewport()->accessibleDescription(), list->emptyText());
    filter->clear();
    QTRY_VERIFY(secrets->model()->rowCount() >= 6);
    QVERIFY(list->emptyText().isEmpty());
}

void TestMainWindow::statusShownByIconColourAndText() {
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    QAbstractItemModel *model = window->versionsView()->model();
    const int scheduledRow = window->versionsModel()->rowOfVersion(s("e6qv0pgmain000000002"));
    const int currentRow = window->versionsModel()->rowOfVersion(s("e6qv0pgmain000000006"));
    const QModelIndex status = model->index(scheduledRow, VersionsModel::StatusColumn);
    QCOMPARE(status.data().toString(), s("Scheduled for destruction"));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(status.data(Qt::ForegroundRole).value<QColor>().isValid());
    const QModelIndex destroyAt = model->index(scheduledRow, VersionsModel::DestroyAtColumn);
    QVERIFY(destroyAt.data(Qt::ToolTipRole).toString().contains(s("UTC")));
    QVERIFY(!destroyAt.data().toString().isEmpty());

    const QModelIndex current = model->index(currentRow, VersionsModel::CurrentColumn);
    QVERIFY(!current.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model->index(currentRow, VersionsModel::IdColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model->index(scheduledRow, VersionsModel::CurrentColumn).data(Qt::DecorationRole).isNull());
}

void TestMainWindow::pagesThroughHistory() {
    MainWindow *window = openWindow(m_client);
    QSignalSpy loaded(window, &MainWindow::secretsLoaded);
    QVERIFY(loaded.wait(10000));
    auto *pageSize = window->findChild<QComboBox *>(QStringLiteral("pageSizeComboBox"));
    pageSize->setCurrentIndex(pageSize->findData(50));
    QVERIFY(window->selectSecret(s(kHistory)));
    VersionsModel *model = window->versionsModel();
    QTRY_COMPARE(model->rowCount(), 50);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(model->hasMorePages());
    auto *count = window->findChild<QLabel *>(QStringLiteral("versionsCountLabel"));
    QVERIFY2(count->text().startsWith(s("50 versions loaded")), qPrintable(count->text()));
    QVERIFY(count->text().contains(s("more on the server")));

    auto *next = window->findChild<QPushButton *>(QStringLiteral("loadNextPageButton"));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 100);
    QTRY_VERIFY(!model->isLoading());

    // Scrolling to the end asks the model for more (fetchMore).
    window->versionsView()->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > 100);
    QTRY_VERIFY(!model->isLoading());

    pageSize->setCurrentIndex(pageSize->findData(1000));
    QTRY_COMPARE(model->pageSize(), 1000);
    QTRY_COMPARE(model->rowCount(), 1000);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(!model->hasMorePages());
    QVERIFY(!next->isEnabled());
    QCOMPARE(count->text(), QLocale().toString(1000) + s(" versions loaded"));
}

void TestMainWindow::actionsFollowSelection() {
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    auto *schedule = window->findChild<QAction *>(QStringLiteral("scheduleDestructionAction"));
    auto *cancel = window->findChild<QAction *>(QStringLiteral("cancelDestructionAction"));
    auto *setCurrent = window->findChild<QAction *>(QStringLiteral("setCurrentAction"));
    auto *add = window->findChild<QAction *>(QStringLiteral("addVersionAction"));
    auto *spec = window->findChild<QAction *>(QStringLiteral("passwordSpecAction"));
    QCOMPARE(add->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(schedule->shortcut(), QKeySequence(Qt::Key_Delete));
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("refreshAction"))->shortcut(), QKeySequence(Qt::Key_F5));

    QVERIFY(add->isEnabled());
    QVERIFY(!spec->isEnabled()); // postgres-main holds user values
    QVERIFY(!schedule->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!setCurrent->isEnabled());

    window->selectVersions({s("e6qv0pgmain000000002")}); // scheduled
    QVERIFY(!schedule->isEnabled());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!setCurrent->isEnabled());

    window->selectVersions({s("e6qv0pgmain000000003")}); // active, not current
    QVERIFY(schedule->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(setCurrent->isEnabled());

    window->selectVersions({s("e6qv0pgmain000000006")}); // current
    QVERIFY(schedule->isEnabled());
    QVERIFY(!setCurrent->isEnabled());

    window->selectVersions({s("e6qv0pgmain000000001")}); // destroyed
    QVERIFY(!schedule->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!setCurrent->isEnabled());

    window->selectVersions({s("e6qv0pgmain000000002"), s("e6qv0pgmain000000003")});
    QCOMPARE(window->selectedVersions().size(), 2);
    QVERIFY(schedule->isEnabled());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!setCurrent->isEnabled());

    QVERIFY(window->selectSecret(s("e6qdemo0generated001")));
    QTRY_VERIFY(spec->isEnabled());
}

void TestMainWindow::detailsPaneShowsSelection() {
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    window->selectVersions({s("e6qv0pgmain000000003")});
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("versionIdLabel"))->text(), s("e6qv0pgmain000000003"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("secretIdLabel"))->text(), s(kPostgres));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("keysLabel"))->text().contains(s("sslmode")));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("createdLabel"))->text().contains(s("UTC")));

    QTest::mouseClick(window->findChild<QWidget *>(QStringLiteral("versionIdLabelCopyButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), s("e6qv0pgmain000000003"));

    window->selectVersions({s("e6qv0pgmain000000003"), s("e6qv0pgmain000000004")});
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("detailsPlaceholderLabel"))->text(), s("2 versions selected."));
}

void TestMainWindow::detailsFollowThePageControlsInTabOrder() {
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    window->selectVersions({s("e6qv0pgmain000000003")});
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("detailsScrollArea"))->isVisible());
    // The Tab stops after Load Next Page: the details' own, in their order, then round to the tree.
    auto *next = window->findChild<QWidget *>(QStringLiteral("loadNextPageButton"));
    QStringList stops;
    for (QWidget *w = next->nextInFocusChain(); w != next && stops.size() < 4; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            stops << w->objectName();
        }
    }
    QCOMPARE(stops, QStringList({s("detailsScrollArea"), s("versionIdLabelCopyButton"), s("secretIdLabelCopyButton"),
                                 s("folderTreeView")}));
}

// Found by exploratory testing: the re-read after a change whose outcome was unknown (which is
// Refresh) emptied the selection under the open dialog.
void TestMainWindow::refreshKeepsTheSelectedVersions() {
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    const QStringList chosen{s("e6qv0pgmain000000003"), s("e6qv0pgmain000000004")};
    window->selectVersions(chosen);
    QSignalSpy reset(window->versionsModel(), &QAbstractItemModel::modelReset);
    QSignalSpy page(window->versionsModel(), &VersionsModel::pageLoaded);
    window->refresh();
    QCOMPARE(reset.size(), 1); // reloaded, not kept
    QVERIFY(page.wait(5000));
    QStringList selected;
    for (const Version &version : window->selectedVersions()) {
        selected << version.id;
    }
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, chosen);
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("detailsPlaceholderLabel"))->text(), s("2 versions selected."));

    // Over several pages: each restores what it brings, until the user chooses something else.
    window->versionsModel()->setPageSize(2); // 6 and 5, then 4 and 3, then 2 and 1 (a reload)
    QTRY_COMPARE(window->versionsModel()->rowCount(), 6);
    QTRY_VERIFY(!window->versionsModel()->isLoading());
    window->selectVersions({s("e6qv0pgmain000000005"), s("e6qv0pgmain000000003")});
    window->refresh();
    QTRY_COMPARE(window->selectedVersions().size(), 2);
    QTRY_VERIFY(window->versionsModel()->rowCount() == 6 && !window->versionsModel()->isLoading() &&
                !window->versionsModel()->canFetchMore(QModelIndex()));
    window->selectVersions({s("e6qv0pgmain000000005"), s("e6qv0pgmain000000001")});
    QCOMPARE(window->selectedVersions().size(), 2); // 1 is on the last page: the user's choice spans pages
    QObject scope;
    connect(
        window->versionsModel(), &VersionsModel::pageLoaded, &scope,
        [window]() { window->selectVersions({s("e6qv0pgmain000000006")}); }, Qt::SingleShotConnection);
    window->refresh();
    QTRY_COMPARE(window->versionsModel()->rowCount(), 6);
    QTRY_VERIFY(!window->versionsModel()->isLoading());
    QCOMPARE(window->selectedVersions().size(), 1);
    QCOMPARE(window->selectedVersions().first().id, s("e6qv0pgmain000000006"));

    // Refresh twice before the first page: the second keeps what the first was to restore.
    QTRY_VERIFY(!window->versionsModel()->isLoading() && !window->versionsModel()->canFetchMore(QModelIndex()));
    window->selectVersions({s("e6qv0pgmain000000004")});
    window->refresh();
    window->refresh();
    QTRY_COMPARE(window->selectedVersions().size(), 1);
    QCOMPARE(window->selectedVersions().first().id, s("e6qv0pgmain000000004"));
}

void TestMainWindow::setCurrentVersionAfterConfirmation() {
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    QSignalSpy resets(window->versionsModel(), &QAbstractItemModel::modelReset);
    window->selectVersions({s("e6qv0pgmain000000003")});
    window->findChild<QAction *>(QStringLiteral("setCurrentAction"))->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("setCurrentConfirmation"))));
    QVERIFY(box->text().contains(s("e6qv0pgmain000000003")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_COMPARE(window->versionsModel()->currentVersionId(), s("e6qv0pgmain000000003"));
    const int row = window->versionsModel()->rowOfVersion(s("e6qv0pgmain000000003"));
    QVERIFY(window->versionsModel()->index(row, 0).data(VersionsModel::IsCurrentRole).toBool());
    QCOMPARE(window->currentSecret()->currentVersion->id, s("e6qv0pgmain000000003"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("secretInfoLabel"))->text().contains(s("e6qv0pgmain000000003")));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("setCurrentAction"))->isEnabled());
    QCOMPARE(resets.count(), 0);
    QTRY_COMPARE(window->operationRunner()->runningCount(), 0);
}

void TestMainWindow::setCurrentVersionFailureLeavesModel() {
    MainWindow *window = openWindow(makeClient(s("demo-viewer"))); // may read, may not change
    showPostgres(window);
    // The answer comes late, so the test sees the action while the request runs.
    QVERIFY(m_emulator->faults()->parseSpec(s("delay=400x1@POST *:setCurrentVersion"), nullptr));
    window->selectVersions({s("e6qv0pgmain000000003")});
    auto *setCurrent = window->findChild<QAction *>(QStringLiteral("setCurrentAction"));
    setCurrent->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("setCurrentConfirmation"))));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    // One at a time (found by QA: a second one could be started while the first ran).
    window->selectVersions({s("e6qv0pgmain000000004")});
    QCOMPARE(window->operationRunner()->runningCount(), 1);
    QVERIFY(!setCurrent->isEnabled());
    QMessageBox *failure = nullptr;
    QTRY_VERIFY((failure = window->findChild<QMessageBox *>(QStringLiteral("setCurrentFailure"))));
    QVERIFY2(failure->informativeText().contains(s("PERMISSION_DENIED")), qPrintable(failure->informativeText()));
    QVERIFY(failure->informativeText().contains(s("Request ID")));
    QCOMPARE(window->versionsModel()->currentVersionId(), s("e6qv0pgmain000000006"));
    QCOMPARE(window->currentSecret()->currentVersion->id, s("e6qv0pgmain000000006"));
    QTRY_COMPARE(window->operationRunner()->runningCount(), 0);
    QVERIFY(setCurrent->isEnabled()); // free again for the selected version
}

void TestMainWindow::addVersionUpdatesModelWithoutReload() {
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    QSignalSpy resets(window->versionsModel(), &QAbstractItemModel::modelReset);
    QSignalSpy pages(window->versionsModel(), &VersionsModel::pageLoaded);
    window->selectVersions({s("e6qv0pgmain000000004")});
    window->findChild<QAction *>(QStringLiteral("addVersionAction"))->trigger();
    AddVersionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<AddVersionDialog *>()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->baseVersionId(), s("e6qv0pgmain000000004")); // the selected version
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("entriesTableWidget"));
    const int row = dialog->rowOfKey(s("sslmode"));
    auto *change = qobject_cast<QComboBox *>(table->cellWidget(row, AddVersionDialog::ChangeColumn));
    change->setCurrentIndex(change->findData(static_cast<int>(AddVersionDialog::Change::Remove)));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QTRY_COMPARE(window->versionsModel()->rowCount(), 7);
    const QString added = window->versionsModel()->versionAt(0)->id;
    QCOMPARE(window->versionsModel()->currentVersionId(), added);
    QCOMPARE(window->versionsModel()->versionAt(0)->payloadEntryKeys,
             QStringList({s("host"), s("port"), s("user"), s("password")}));
    QCOMPARE(window->selectedVersions().size(), 1);
    QCOMPARE(window->selectedVersions().first().id, added);
    QCOMPARE(window->currentSecret()->currentVersion->id, added);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(pages.count(), 0);
    QTRY_VERIFY(!window->findChild<AddVersionDialog *>()); // closed and deleted
}

// A version the server added while its answer was lost appears, current, without a manual refresh.
void TestMainWindow::unknownOutcomeReadsTheSecretAgain() {
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    const int before = window->versionsModel()->rowCount();
    QVERIFY(m_emulator->faults()->parseSpec(s("malformedx1@POST *:addVersion"), nullptr));
    window->findChild<QAction *>(QStringLiteral("addVersionAction"))->trigger();
    AddVersionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<AddVersionDialog *>()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionLineEdit")), s("answer lost"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE(window->versionsModel()->rowCount(), before + 1);
    const Version added = window->versionsModel()->versionAt(0).value_or(Version{});
    QCOMPARE(added.description, s("answer lost"));
    QTRY_COMPARE(window->currentSecret()->currentVersion->id, added.id);
    QCOMPARE(window->versionsModel()->currentVersionId(), added.id);
    dialog->reject();
}

void TestMainWindow::scheduleFromSelection() {
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    window->selectVersions({s("e6qv0pgmain000000004"), s("e6qv0pgmain000000005")});
    window->findChild<QAction *>(QStringLiteral("scheduleDestructionAction"))->trigger();
    ScheduleDestructionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ScheduleDestructionDialog *>()));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    VersionsModel *model = window->versionsModel();
    for (const char *id : {"e6qv0pgmain000000004", "e6qv0pgmain000000005"}) {
        QTRY_COMPARE(model->versionAt(model->rowOfVersion(s(id)))->status, Version::Status::ScheduledForDestruction);
    }
    QVERIFY(window->findChild<QAction *>(QStringLiteral("cancelDestructionAction"))->isEnabled());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("scheduleDestructionAction"))->isEnabled());
}

void TestMainWindow::versionsErrorShownInPlaceWithRetry() {
    emulator::FaultInjector::Rule rule;
    rule.kind = emulator::FaultInjector::Kind::Status500;
    rule.method = s("GET");
    rule.pathGlob = s("/lockbox/v1/secrets/*/versions");
    rule.remaining = 0; // until cleared
    m_emulator->faults()->addRule(rule);

    MainWindow *window = openWindow(m_client);
    QSignalSpy loaded(window, &MainWindow::secretsLoaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(window->selectSecret(s(kPostgres)));
    auto *banner = window->findChild<ErrorBanner *>(QStringLiteral("versionsErrorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(s("Request ID")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(s("INTERNAL")) || banner->text().contains(s("UNKNOWN")));
    QCOMPARE(window->versionsModel()->rowCount(), 0);
    // Not "0 versions loaded" (found by QA): nothing is known.
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("versionsCountLabel"))->text(),
             s("The versions could not be loaded"));

    m_emulator->faults()->clear();
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_COMPARE(window->versionsModel()->rowCount(), 6);
    QVERIFY(!banner->isVisible());
}

// The status bar's busy indicator shows only once loading has lasted kBusyDelayMs, and goes with it.
void TestMainWindow::busyIndicatorOnlyForLastingWork() {
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    auto *busy = window->findChild<QWidget *>(QStringLiteral("busyIndicator"));
    QVERIFY(busy);
    QTRY_VERIFY(!busy->isVisible());

    // A slow listing: not at once, then shown while it lasts, hidden when the rows are in.
    emulator::FaultInjector::Rule slow;
    slow.kind = emulator::FaultInjector::Kind::Delay;
    slow.method = s("GET");
    slow.pathGlob = s("/lockbox/v1/secrets/*/versions");
    slow.delayMs = 3 * MainWindow::kBusyDelayMs + 400;
    m_emulator->faults()->addRule(slow);
    window->versionsModel()->reload();
    QVERIFY(window->versionsModel()->isLoading());
    QVERIFY(!busy->isVisible()); // no flash for what may come at once
    QTRY_VERIFY_WITH_TIMEOUT(busy->isVisible(), 5000);
    QVERIFY(window->versionsModel()->isLoading());
    QTRY_COMPARE(window->versionsModel()->rowCount(), 6);
    QTRY_VERIFY(!busy->isVisible());

    // A fast one after it: the pending delay is dropped with the work, nothing shows later.
    window->versionsModel()->reload();
    QTRY_VERIFY(!window->versionsModel()->isLoading());
    QTest::qWait(2 * MainWindow::kBusyDelayMs);
    QVERIFY(!busy->isVisible());
}

void TestMainWindow::secretsErrorShownInPlace() {
    MainWindow *window = openWindow(makeClient(s("not-a-valid-token")));
    auto *banner = window->findChild<ErrorBanner *>(QStringLiteral("secretsErrorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(s(kFolder)), qPrintable(banner->text()));
    QVERIFY(!window->currentSecret());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("addVersionAction"))->isEnabled());
}

void TestMainWindow::settingsRestored() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(s("settings.ini")), QSettings::IniFormat);
    {
        MainWindow *window = openWindow(m_client, &settings);
        window->resize(1111, 777);
        auto *pageSize = window->findChild<QComboBox *>(QStringLiteral("pageSizeComboBox"));
        pageSize->setCurrentIndex(pageSize->findData(500));
        window->versionsView()->setColumnWidth(VersionsModel::IdColumn, 333);
        // The operations panel is made after the first frame; shown now, it is shown again next time.
        QTRY_VERIFY(window->findChild<QDockWidget *>(QStringLiteral("operationsPanel")));
        window->findChild<QDockWidget *>(QStringLiteral("operationsPanel"))->show();
        window->close();
        m_window.reset();
    }
    MainWindow *window = openWindow(m_client, &settings);
    QCOMPARE(window->size(), QSize(1111, 777));
    QCOMPARE(window->versionsModel()->pageSize(), 500);
    QCOMPARE(window->findChild<QComboBox *>(QStringLiteral("pageSizeComboBox"))->currentData().toInt(), 500);
    QCOMPARE(window->versionsView()->columnWidth(VersionsModel::IdColumn), 333);
    QTRY_VERIFY(window->findChild<QDockWidget *>(QStringLiteral("operationsPanel")));
    QVERIFY(window->findChild<QDockWidget *>(QStringLiteral("operationsPanel"))->isVisible());
    // The delete action's icon comes after the first frame too.
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("deleteSecretAction"))->icon().isNull());
}

void TestMainWindow::russianTranslation() {
    QTranslator translator;
    QVERIFY(translator.load(s(":/i18n/lockbox-desktop_ru")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QLocale previousLocale;
    QLocale::setDefault(QLocale(QLocale::Russian));
    MainWindow *window = openWindow(m_client);
    showPostgres(window);
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("refreshAction"))->text(), s("&Обновить"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("versionsCountLabel"))->text(), s("Загружено 6 версий"));
    QCOMPARE(window->versionsView()->model()->headerData(VersionsModel::StatusColumn, Qt::Horizontal).toString(),
             s("Статус"));
    ApiError denied;
    denied.code = RpcCode::PermissionDenied;
    denied.message = s("no");
    denied.requestId = s("r-1");
    QCOMPARE(ErrorText::describe(denied), s("Доступ запрещён: no (PERMISSION_DENIED)\nИдентификатор запроса: r-1"));
    m_window.reset();
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(previousLocale);
}

void TestMainWindow::versionColumnsFitTheFirstWindow_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << s("en");
    QTest::newRow("ru") << s("ru");
}

// At the first start on a 1400×900 screen (the window takes 92%: 1288×828) every column of a short
// history shows, the "current" star too, without scrolling sideways; the status and destroyAt
// columns hold their longest texts in the language shown.
void TestMainWindow::versionColumnsFitTheFirstWindow() {
    QFETCH(QString, language);
    QTranslator translator;
    const QLocale previousLocale;
    if (language == s("ru")) {
        QVERIFY(translator.load(s(":/i18n/lockbox-desktop_ru")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QLocale::setDefault(QLocale(QLocale::Russian));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // as --lang en
    }
    auto restore = qScopeGuard([&]() {
        m_window.reset();
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previousLocale);
    });
    MainWindow *window = openWindow(m_client);
    window->resize(1288, 828);
    showPostgres(window);
    QTableView *table = window->versionsView();
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    const QHeaderView *header = table->horizontalHeader();
    QVERIFY(header->sectionViewportPosition(VersionsModel::CurrentColumn) +
                header->sectionSize(VersionsModel::CurrentColumn) <=
            table->viewport()->width());
    const QFontMetrics metrics = table->fontMetrics();
    QVERIFY(table->columnWidth(VersionsModel::StatusColumn) >
            metrics.horizontalAdvance(VersionsModel::tr("Scheduled for destruction")));
    bool sawScheduled = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString when = table->model()->index(row, VersionsModel::DestroyAtColumn).data().toString();
        if (when.contains(QLatin1Char('('))) { // scheduled: "time (in N days)"
            sawScheduled = true;
            QVERIFY2(table->columnWidth(VersionsModel::DestroyAtColumn) > metrics.horizontalAdvance(when),
                     qPrintable(when));
        }
    }
    QVERIFY(sawScheduled);

    // The secrets filter's hint is not cut either (the box's text area: its frame and margins off).
    auto *filter = window->findChild<QLineEdit *>(s("secretsFilterLineEdit"));
    const int frame = filter->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, filter);
    QVERIFY2(filter->fontMetrics().horizontalAdvance(filter->placeholderText()) <=
                 filter->contentsRect().width() - 2 * frame - 4,
             qPrintable(filter->placeholderText()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
