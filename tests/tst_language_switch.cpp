// Switching the language at run time through the Settings dialog: the main window, its models and
// the dialog itself change language at once (English → Russian → English), dates follow the
// locale, and after the switch no user-visible text of the window is left in English.
#include "ErrorBanner.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SecureClipboard.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "VersionsModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>

using namespace lockbox;
using namespace lockbox::ui;

namespace {

constexpr auto kFolder = "b1gdemo0folder0back1";
constexpr auto kPostgres = "e6qdemo0postgres0001";
constexpr auto kScheduled = "e6qv0pgmain000000002"; // destroyAt now+2d in the demo seed

QString s(const char *text) {
    return QString::fromUtf8(text);
}

// The application's catalogs; LOCKBOX_TEST_CATALOG_PREFIX points at others (a catalog with
// strings not yet merged into translations/).
QString catalogPrefix() {
    return qEnvironmentVariable("LOCKBOX_TEST_CATALOG_PREFIX", s(":/i18n/lockbox-desktop_"));
}

// Every user-visible text of the window, keyed by where it is: widget and action texts, tooltips,
// status tips, placeholders, accessible names and descriptions, menu titles, window titles, the
// views' headers and the item texts that are words (status, relative time, current marker).
QMap<QString, QString> visibleTexts(MainWindow *window) {
    QMap<QString, QString> texts;
    // Keyed by the object itself: the same widgets before and after the switch.
    const auto key = [](const QObject *object, const char *what) -> QString {
        return QString::fromLatin1(object->metaObject()->className()) + QLatin1Char('#') + object->objectName() +
               QLatin1Char('#') + QString::number(quintptr(object), 16) + QLatin1Char('.') + QLatin1String(what);
    };
    const auto add = [&texts](const QString &where, const QString &text) {
        if (!text.isEmpty()) {
            texts.insert(where, text);
        }
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        add(key(w, "toolTip"), w->toolTip());
        add(key(w, "statusTip"), w->statusTip());
        add(key(w, "accessibleName"), w->accessibleName());
        add(key(w, "accessibleDescription"), w->accessibleDescription());
        if (w->isWindow() || qobject_cast<QDockWidget *>(w) || qobject_cast<QToolBar *>(w)) {
            add(key(w, "windowTitle"), w->windowTitle());
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            add(key(w, "text"), label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(key(w, "text"), button->text());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(key(w, "placeholderText"), edit->placeholderText());
        } else if (auto *menu = qobject_cast<QMenu *>(w)) {
            add(key(w, "title"), menu->title());
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(key(w, "header") + QString::number(c), model->headerData(c, Qt::Horizontal).toString());
            }
            if (auto *table = qobject_cast<QTableView *>(view);
                table && table->objectName() == s("versionsTableView")) {
                for (int row = 0; row < model->rowCount(); ++row) {
                    for (int column : {int(VersionsModel::StatusColumn), int(VersionsModel::DestroyAtColumn),
                                       int(VersionsModel::CurrentColumn)}) {
                        add(key(w, "cell") + QString::number(row) + QLatin1Char(',') + QString::number(column),
                            model->index(row, column).data().toString());
                    }
                }
            }
        }
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->isSeparator()) {
            continue;
        }
        add(key(action, "text"), action->text());
        add(key(action, "toolTip"), action->toolTip());
        add(key(action, "statusTip"), action->statusTip());
    }
    return texts;
}

} // namespace

class TestLanguageSwitch final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void switchesThroughSettingsDialog();
    void noEnglishLeftAfterSwitch();
    void settingsDialogAppliesClipboardAndPageSize();
    void errorBannerFollowsLanguage();

private:
    MainWindow *openWindow(const QString &token = QString::fromLatin1(test::kAdminToken));
    void showPostgres(MainWindow *window);
    SettingsDialog *openSettings(MainWindow *window);
    void chooseLanguage(SettingsDialog *dialog, const QString &code, QDialogButtonBox::StandardButton button);
    void checkEnglish(MainWindow *window);
    void checkRussian(MainWindow *window);

    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<QObject> m_owner;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguageSwitch::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestLanguageSwitch::init() {
    m_emulator = test::startEmulator();
    QVERIFY(m_emulator);
    m_owner = std::make_unique<QObject>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(s("settings.ini")), QSettings::IniFormat);
    m_languages = std::make_unique<LanguageManager>(QLocale(QLocale::English, QLocale::UnitedStates), catalogPrefix());
    m_languages->setLanguage(s("en"));
    QVERIFY(m_languages->catalogLoaded());
    QVERIFY(m_languages->qtCatalogLoaded());
}

void TestLanguageSwitch::cleanup() {
    m_window.reset();
    m_languages.reset();
    m_settings.reset();
    m_dir.reset();
    m_owner.reset();
    m_emulator.reset();
}

MainWindow *TestLanguageSwitch::openWindow(const QString &token) {
    auto *credentials = new StaticTokenProvider(token, m_owner.get());
    auto *client = new ApiClient(test::clientConfigFor(*m_emulator), credentials, m_owner.get());
    MainWindowOptions options;
    options.folderId = s(kFolder);
    options.sandbox = true;
    options.languages = m_languages.get();
    m_window = std::make_unique<MainWindow>(client, options, m_settings.get());
    m_window->show();
    return m_window.get();
}

void TestLanguageSwitch::showPostgres(MainWindow *window) {
    QSignalSpy loaded(window, &MainWindow::secretsLoaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(window->selectSecret(s(kPostgres)));
    QTRY_COMPARE(window->versionsModel()->rowCount(), 6);
    QTRY_VERIFY(!window->versionsModel()->isLoading());
    window->selectVersions({s(kScheduled)});
    QCOMPARE(window->selectedVersions().size(), 1);
}

SettingsDialog *TestLanguageSwitch::openSettings(MainWindow *window) {
    auto *action = window->findChild<QAction *>(s("settingsAction"));
    if (!action || !action->isEnabled()) {
        return nullptr;
    }
    action->trigger();
    auto *dialog = window->findChild<SettingsDialog *>();
    if (dialog && (!dialog->isVisible() || dialog->windowModality() != Qt::WindowModal)) {
        return nullptr; // opened with open(), not exec()
    }
    return dialog;
}

void TestLanguageSwitch::chooseLanguage(SettingsDialog *dialog, const QString &code,
                                        QDialogButtonBox::StandardButton button) {
    auto *combo = dialog->findChild<QComboBox *>(s("languageComboBox"));
    QVERIFY(combo);
    const int index = combo->findData(code);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    auto *box = dialog->findChild<QDialogButtonBox *>(s("buttonBox"));
    QVERIFY(box);
    QTest::mouseClick(box->button(button), Qt::LeftButton);
}

void TestLanguageSwitch::checkEnglish(MainWindow *window) {
    QTRY_COMPARE(window->findChild<QAction *>(s("refreshAction"))->text(), s("&Refresh"));
    QCOMPARE(window->windowTitle(), s("postgres-main — Sandbox"));
    QCOMPARE(window->findChild<QMenu *>(s("fileMenu"))->title(), s("&File"));
    QCOMPARE(window->findChild<QMenu *>(s("versionMenu"))->title(), s("&Version"));
    QCOMPARE(window->findChild<QAction *>(s("refreshAction"))->toolTip(),
             s("Reload the secrets and the selected secret's versions (F5)"));
    QCOMPARE(window->findChild<QAction *>(s("addVersionAction"))->text(), s("&Add Version…"));
    QCOMPARE(window->findChild<QAction *>(s("scheduleDestructionAction"))->statusTip(),
             s("Schedule the destruction of the selected versions"));
    QCOMPARE(window->findChild<QAction *>(s("settingsAction"))->text(), s("Se&ttings…"));
    QCOMPARE(window->findChild<QLineEdit *>(s("folderLineEdit"))->accessibleName(), s("Folder ID"));
    QCOMPARE(window->findChild<QLineEdit *>(s("secretsFilterLineEdit"))->accessibleName(), s("Filter secrets"));
    QCOMPARE(window->versionsView()->accessibleName(), s("Versions"));

    QAbstractItemModel *model = window->versionsView()->model();
    QCOMPARE(model->headerData(VersionsModel::StatusColumn, Qt::Horizontal).toString(), s("Status"));
    QCOMPARE(model->headerData(VersionsModel::DestroyAtColumn, Qt::Horizontal).toString(), s("Destroy at"));
    const int row = window->versionsModel()->rowOfVersion(s(kScheduled));
    QVERIFY(row >= 0);
    const Version version = window->versionsModel()->versionAt(row).value();
    QCOMPARE(model->index(row, VersionsModel::StatusColumn).data().toString(), s("Scheduled for destruction"));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(model->index(row, VersionsModel::DestroyAtColumn).data().toString(),
             english.toString(version.destroyAt.toLocalTime(), QLocale::ShortFormat) + s(" (in 2 days)"));
    QCOMPARE(model->index(row, VersionsModel::CreatedColumn).data().toString(),
             english.toString(version.createdAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(window->findChild<QLabel *>(s("versionsCountLabel"))->text(), s("6 versions loaded"));
    QVERIFY(window->findChild<QLabel *>(s("createdLabel"))
                ->text()
                .startsWith(english.toString(version.createdAt.toLocalTime(), QLocale::LongFormat)));
    QCOMPARE(window->findChild<QLabel *>(s("statusLabel"))->text(), s("Scheduled for destruction"));
}

void TestLanguageSwitch::checkRussian(MainWindow *window) {
    QTRY_COMPARE(window->findChild<QAction *>(s("refreshAction"))->text(), s("&Обновить"));
    QCOMPARE(window->windowTitle(), s("postgres-main — Песочница"));
    QCOMPARE(window->findChild<QMenu *>(s("fileMenu"))->title(), s("&Файл"));
    QCOMPARE(window->findChild<QMenu *>(s("versionMenu"))->title(), s("В&ерсия"));
    QCOMPARE(window->findChild<QAction *>(s("refreshAction"))->toolTip(),
             s("Заново загрузить секреты и версии выбранного секрета (F5)"));
    QCOMPARE(window->findChild<QAction *>(s("addVersionAction"))->text(), s("&Добавить версию…"));
    QCOMPARE(
        window->findChild<QAction *>(s("scheduleDestructionAction"))->statusTip(),
        QCoreApplication::translate("lockbox::ui::MainWindow", "Schedule the destruction of the selected versions"));
    QVERIFY(window->findChild<QAction *>(s("scheduleDestructionAction"))->statusTip() !=
            s("Schedule the destruction of the selected versions"));
    QCOMPARE(window->findChild<QLineEdit *>(s("folderLineEdit"))->accessibleName(), s("Идентификатор каталога"));
    QCOMPARE(window->findChild<QLineEdit *>(s("secretsFilterLineEdit"))->accessibleName(), s("Фильтр секретов"));
    QCOMPARE(window->versionsView()->accessibleName(), s("Версии"));

    QAbstractItemModel *model = window->versionsView()->model();
    QCOMPARE(model->headerData(VersionsModel::StatusColumn, Qt::Horizontal).toString(), s("Статус"));
    QCOMPARE(model->headerData(VersionsModel::DestroyAtColumn, Qt::Horizontal).toString(), s("Время удаления"));
    const int row = window->versionsModel()->rowOfVersion(s(kScheduled));
    QVERIFY(row >= 0);
    const Version version = window->versionsModel()->versionAt(row).value();
    QCOMPARE(model->index(row, VersionsModel::StatusColumn).data().toString(), s("Запланировано удаление"));
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    // A plural form (2 → "дня") and the date in the Russian format (dd.MM.yyyy).
    QCOMPARE(model->index(row, VersionsModel::DestroyAtColumn).data().toString(),
             russian.toString(version.destroyAt.toLocalTime(), QLocale::ShortFormat) + s(" (через 2 дня)"));
    const QString created = model->index(row, VersionsModel::CreatedColumn).data().toString();
    QCOMPARE(created, russian.toString(version.createdAt.toLocalTime(), QLocale::ShortFormat));
    QVERIFY2(created.startsWith(version.createdAt.toLocalTime().toString(s("dd.MM.yyyy"))), qPrintable(created));
    QCOMPARE(window->findChild<QLabel *>(s("versionsCountLabel"))->text(), s("Загружено 6 версий"));
    QVERIFY(window->findChild<QLabel *>(s("createdLabel"))
                ->text()
                .startsWith(russian.toString(version.createdAt.toLocalTime(), QLocale::LongFormat)));
    QCOMPARE(window->findChild<QLabel *>(s("statusLabel"))->text(), s("Запланировано удаление"));
}

void TestLanguageSwitch::switchesThroughSettingsDialog() {
    MainWindow *window = openWindow();
    showPostgres(window);
    checkEnglish(window);

    SettingsDialog *dialog = openSettings(window);
    QVERIFY(dialog);
    auto *box = dialog->findChild<QDialogButtonBox *>(s("buttonBox"));
    QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), s("Cancel"));
    QCOMPARE(dialog->windowTitle(), s("Settings"));
    auto *combo = dialog->findChild<QComboBox *>(s("languageComboBox"));
    QCOMPARE(combo->itemText(0), s("System default"));
    QCOMPARE(combo->itemText(combo->findData(s("ru"))), s("Русский"));

    // Apply: the dialog stays open and changes language with the window.
    chooseLanguage(dialog, s("ru"), QDialogButtonBox::Apply);
    QCOMPARE(m_languages->effectiveLanguage(), s("ru"));
    QCOMPARE(m_settings->value(s("ui/language")).toString(), s("ru"));
    checkRussian(window);
    QTRY_COMPARE(dialog->windowTitle(), s("Настройки"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), s("Отмена")); // Qt's own catalog
    QCOMPARE(combo->itemText(0), s("Как в системе"));
    QCOMPARE(combo->itemText(combo->findData(s("en"))), s("English"));
    QCOMPARE(combo->currentData().toString(), s("ru"));
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<SettingsDialog *>());
    QCOMPARE(m_languages->effectiveLanguage(), s("ru"));

    // A new dialog opens in Russian and shows the saved choice; OK back to English.
    dialog = openSettings(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), s("Настройки"));
    QCOMPARE(dialog->findChild<QComboBox *>(s("languageComboBox"))->currentData().toString(), s("ru"));
    chooseLanguage(dialog, s("en"), QDialogButtonBox::Ok);
    QCOMPARE(m_settings->value(s("ui/language")).toString(), s("en"));
    checkEnglish(window);
    QTRY_VERIFY(!window->findChild<SettingsDialog *>());

    // "System default" is saved as such and follows the (English) system locale.
    dialog = openSettings(window);
    QVERIFY(dialog);
    chooseLanguage(dialog, QString(), QDialogButtonBox::Ok);
    QCOMPARE(m_settings->value(s("ui/language")).toString(), QString());
    QCOMPARE(m_languages->language(), QString());
    QCOMPARE(m_languages->effectiveLanguage(), s("en"));
    checkEnglish(window);
}

void TestLanguageSwitch::noEnglishLeftAfterSwitch() {
    MainWindow *window = openWindow();
    showPostgres(window);
    // The operations panel and the error banners hold texts too.
    window->findChild<QDockWidget *>(s("operationsPanel"))->show();
    checkEnglish(window);
    const QMap<QString, QString> english = visibleTexts(window);
    QVERIFY(english.size() > 150);

    SettingsDialog *dialog = openSettings(window);
    QVERIFY(dialog);
    chooseLanguage(dialog, s("ru"), QDialogButtonBox::Ok);
    checkRussian(window);
    const QMap<QString, QString> russian = visibleTexts(window);

    // Data and names that read the same in both languages.
    const QRegularExpression notWords(s("^[^A-Za-z]*$"));
    const QRegularExpression dataOrName(
        s("^(postgres-main|Lockbox Desktop|Yandex Cloud|e6q\\w+|Rotate password|host, port, user, password|"
          "http://[^ ]+|ID .*)$"));
    QStringList leftInEnglish;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString now = russian.value(it.key());
        if (now == it.value() && !notWords.match(now).hasMatch() && !dataOrName.match(now).hasMatch()) {
            leftInEnglish << it.key() + s(" = ") + now;
        }
    }
    QVERIFY2(leftInEnglish.isEmpty(), qPrintable(leftInEnglish.join(QLatin1Char('\n'))));
    // Nothing went missing either: the same places have texts.
    QCOMPARE(QSet<QString>(russian.keyBegin(), russian.keyEnd()), QSet<QString>(english.keyBegin(), english.keyEnd()));
}

void TestLanguageSwitch::settingsDialogAppliesClipboardAndPageSize() {
    m_settings->setValue(s("security/clipboardTimeoutSeconds"), 45);
    MainWindow *window = openWindow();
    QCOMPARE(window->secureClipboard()->timeoutSeconds(), 45); // restored at start
    showPostgres(window);
    SettingsDialog *dialog = openSettings(window);
    QVERIFY(dialog);
    auto *spin = dialog->findChild<QSpinBox *>(s("clipboardTimeoutSpinBox"));
    QCOMPARE(spin->value(), 45);
    spin->setValue(0);
    QCOMPARE(spin->text(), s("Never"));
    auto *pageSize = dialog->findChild<QComboBox *>(s("pageSizeComboBox"));
    QCOMPARE(pageSize->currentData().toInt(), window->versionsModel()->pageSize());
    pageSize->setCurrentIndex(pageSize->findData(50));
    auto *box = dialog->findChild<QDialogButtonBox *>(s("buttonBox"));

    // Cancel applies nothing.
    QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(window->secureClipboard()->timeoutSeconds(), 45);
    QTRY_VERIFY(!window->findChild<SettingsDialog *>());

    dialog = openSettings(window);
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(s("clipboardTimeoutSpinBox"))->setValue(0);
    pageSize = dialog->findChild<QComboBox *>(s("pageSizeComboBox"));
    pageSize->setCurrentIndex(pageSize->findData(50));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(s("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(window->secureClipboard()->timeoutSeconds(), 0);
    QCOMPARE(window->versionsModel()->pageSize(), 50);
    QCOMPARE(window->findChild<QComboBox *>(s("pageSizeComboBox"))->currentData().toInt(), 50);
    QCOMPARE(m_settings->value(s("security/clipboardTimeoutSeconds")).toInt(), 0);
    QCOMPARE(m_settings->value(s("versionsTable/pageSize")).toInt(), 50);
    // The language was not touched, so none is saved.
    QVERIFY(!m_settings->contains(s("ui/language")));
    QCOMPARE(m_languages->effectiveLanguage(), s("en"));
}

void TestLanguageSwitch::errorBannerFollowsLanguage() {
    MainWindow *window = openWindow(s("not-a-valid-token"));
    auto *banner = window->findChild<ErrorBanner *>(s("secretsErrorBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().startsWith(s("The secrets of folder %1 could not be loaded.").arg(s(kFolder))),
             qPrintable(banner->text()));
    const QString english = banner->text();
    QVERIFY2(english.contains(s("\nNot signed in: ")), qPrintable(english)); // ErrorText's lead
    auto *retry = banner->findChild<QPushButton *>(s("retryButton"));
    QCOMPARE(retry->text(), s("&Retry"));

    m_languages->setLanguage(s("ru"));
    // The lead and the error's own lead again, in Russian.
    QTRY_COMPARE(retry->text(), s("&Повторить"));
    QVERIFY2(banner->text().startsWith(s("Не удалось загрузить секреты каталога %1.").arg(s(kFolder))),
             qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(s("Not signed in")), qPrintable(banner->text()));
    QVERIFY(banner->isVisible());

    m_languages->setLanguage(s("en"));
    QTRY_COMPARE(retry->text(), s("&Retry"));
    QCOMPARE(banner->text(), english);
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
