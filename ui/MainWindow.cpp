#include "MainWindow.h"

#include "AddVersionDialog.h"
#include "CachedTextDelegate.h"
#include "CancelDestructionDialog.h"
#include "CloudFolderModel.h"
#include "CompareVersionsDialog.h"
#include "DeleteSecretDialog.h"
#include "ErrorBanner.h"
#include "ErrorText.h"
#include "Limits.h"
#include "OperationLog.h"
#include "OperationsPanel.h"
#include "OperationRunner.h"
#include "PagedTableView.h"
#include "PaletteIconEngine.h"
#include "PasswordSpecDialog.h"
#include "PayloadViewerDialog.h"
#include "ProfileEditorDialog.h"
#include "ProfileStore.h"
#include "SandboxSession.h"
#include "ScheduleDestructionDialog.h"
#include "SecretEditDialog.h"
#include "SecretsListProxy.h"
#include "SelectableLabel.h"
#include "SteadyLabel.h"
#include "SecretsModel.h"
#include "SettingsDialog.h"
#include "SecureClipboard.h"
#include "StatusPresentation.h"
#include "VersionDetailsPane.h"
#include "VersionsModel.h"
#include "VersionsTableProxy.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBasicTimer>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <utility>

namespace lockbox::ui {

namespace {

constexpr int kStatusMessageMs = 6000;
constexpr auto kManageProfilesItem = "\x01manage";
// More clouds than this are left collapsed when it is not known which one holds the folder.
constexpr int kExpandAllClouds = 5;

QIcon icon(const char *name) {
    // Drawn in the palette's text colour where the SVG says currentColor (dark palettes).
    return PaletteIconEngine::icon(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}

QString sandboxId() {
    return QString::fromLatin1(ConnectionFactory::kSandboxProfileId);
}

// Clouds and folders told apart by their icons (the core model has no QtGui).
class FolderTreeDelegate final : public QStyledItemDelegate {
public:
    explicit FolderTreeDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool cloud =
            index.data(CloudFolderModel::KindRole).toInt() == static_cast<int>(CloudFolderModel::Kind::Cloud);
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = icons(style)[cloud ? 0 : 1];
        option->features |= QStyleOptionViewItem::HasDecoration;
    }

private:
    // The style makes a new icon on every standardIcon() call (Fusion: PNG files read and decoded,
    // ~1 M instructions): asked for per row and paint, that was a fifth of a 10,000-secret listing.
    // Made again when the style or the icon theme changes.
    const std::array<QIcon, 2> &icons(const QStyle *style) const {
        const QStringList theme{QIcon::themeName(), QIcon::themeSearchPaths().join(QLatin1Char(':'))};
        // A QPointer: a new style may be made where a deleted one was.
        if (style != m_iconStyle.data() || theme != m_iconTheme) {
            m_iconStyle = style;
            m_iconTheme = theme;
            m_icons = {style->standardIcon(QStyle::SP_DriveNetIcon), style->standardIcon(QStyle::SP_DirIcon)};
        }
        return m_icons;
    }

    mutable QPointer<const QStyle> m_iconStyle;
    mutable QStringList m_iconTheme;
    mutable std::array<QIcon, 2> m_icons;
};

// An indeterminate progress bar that moves a plain block to and fro ten times a second. The
// style's busy animation (Fusion: gradients, 60 frames a second) cost more to paint than the rows of
// a 10,000-secret listing. Still a QProgressBar (range 0-0), so assistive tools see a busy bar.
class BusyBar final : public QProgressBar {
public:
    explicit BusyBar(QWidget *parent) : QProgressBar(parent) {
        setRange(0, 0);
        setTextVisible(false);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

protected:
    void showEvent(QShowEvent *event) override {
        m_timer.start(kStepMs, this);
        QProgressBar::showEvent(event);
    }
    void hideEvent(QHideEvent *event) override {
        m_timer.stop();
        QProgressBar::hideEvent(event);
    }
    void timerEvent(QTimerEvent *event) override {
        if (event->timerId() != m_timer.timerId()) {
            QProgressBar::timerEvent(event);
            return;
        }
        m_step = (m_step + 1) % (2 * kSteps);
        update();
    }
    void paintEvent(QPaintEvent *) override {
        // Not the style's drawing: that is what starts its 60 Hz animation.
        QPainter painter(this);
        const QPalette &colors = palette();
        painter.fillRect(rect(), colors.window());
        const QRect track = rect().adjusted(0, 0, -1, -1);
        painter.setPen(colors.color(QPalette::Mid));
        painter.setBrush(colors.base());
        painter.drawRect(track);
        const int block = std::max(4, track.width() / 4);
        const int phase = m_step < kSteps ? m_step : 2 * kSteps - m_step;
        const int x = track.left() + 1 + (track.width() - 1 - block) * phase / kSteps;
        painter.fillRect(QRect(x, track.top() + 1, block, track.height() - 1), colors.highlight());
    }

private:
    static constexpr int kStepMs = 100;
    static constexpr int kSteps = 12;
    QBasicTimer m_timer;
    int m_step = 0;
};

} // namespace

MainWindow::MainWindow(ApiClient *client, MainWindowOptions options, QSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_options(std::move(options)), m_settings(settings) {
    setObjectName(QStringLiteral("mainWindow"));
    m_secretsProxy = new SecretsListProxy(this);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_secretsProxy, signal, this, &MainWindow::updateSecretsEmptyText);
    }
    connect(m_secretsProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateSecretsEmptyText);
    m_proxy = new VersionsTableProxy(this);
    // Clears a copied value after its timeout and when the window goes (at quit), if still ours.
    m_secureClipboard = new SecureClipboard(QGuiApplication::clipboard(), this);
    m_secureClipboard->setTimeoutSeconds(SettingsDialog::savedClipboardTimeoutSeconds(m_settings));
    m_operationLog = new OperationLog(this);
    setModels(client);

    buildActions();
    buildMenus();
    buildCentral();
    buildStatusBar();
    restoreSettings();
    retranslate(); // also builds the profile switcher
    if (m_options.profiles) {
        connect(m_options.profiles, &ProfileStore::profilesChanged, this, &MainWindow::rebuildProfileSwitcher);
    }

    if (client) {
        Profile profile;
        if (m_options.sandbox) {
            profile.id = sandboxId();
            profile.name = tr("Sandbox");
            profile.kind = Profile::Kind::Sandbox;
        } else if (m_options.connections && !m_options.profileId.isEmpty()) {
            profile = m_options.connections->findProfile(m_options.profileId).value_or(Profile{});
        }
        attach(client, m_options.sandbox ? sandboxId() : m_options.profileId, profile, nullptr, m_options.folderId);
    } else if (m_options.profileId == sandboxId() && m_options.sandboxSession) {
        // The window first, the emulator behind it: the first frame does not wait for the seed to load.
        startSandbox(std::exchange(m_options.folderId, QString()));
    } else if (!m_options.profileId.isEmpty()) {
        updateConnectionWidgets();
        switchToProfile(m_options.profileId);
    } else {
        detach([]() { return tr("Choose a connection profile in the toolbar."); });
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    const auto setTexts = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setToolTip(action->shortcut().isEmpty()
                               ? tip
                               : tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
    };
    setTexts(m_refreshAction, tr("&Refresh"), tr("Reload the secrets and the selected secret's versions"));
    setTexts(m_newSecretAction, tr("&New Secret…"), tr("Create a secret in this folder"));
    setTexts(m_editSecretAction, tr("&Edit Secret…"),
             tr("Change the selected secret's name, description, labels and deletion protection"));
    setTexts(m_activateAction, tr("&Activate"), tr("Let applications read the selected secret's values again"));
    setTexts(m_deactivateAction, tr("&Deactivate…"), tr("Stop applications from reading the selected secret's values"));
    setTexts(m_deleteSecretAction, tr("De&lete Secret…"), tr("Delete the selected secret with all its versions"));
    setTexts(m_copySecretIdAction, tr("Copy Secret &ID"), tr("Copy the selected secret's ID"));
    setTexts(m_goToFolderAction, tr("&Go to Folder ID"),
             tr("Type the ID of a folder to list its secrets (for folders not in the tree)"));
    setTexts(m_manageProfilesAction, tr("&Manage Profiles…"), tr("Add, change or delete connection profiles"));
    setTexts(m_settingsAction, tr("Se&ttings…"), tr("Language, clipboard clearing time and versions per page"));
    setTexts(m_addVersionAction, tr("&Add Version…"), tr("Add a version to the selected secret"));
    setTexts(m_passwordSpecAction, tr("&Password Specification…"),
             tr("Change how the service generates this secret's password"));
    setTexts(m_scheduleAction, tr("&Schedule Destruction…"), tr("Schedule the destruction of the selected versions"));
    setTexts(m_cancelAction, tr("&Cancel Destruction…"),
             tr("Cancel the scheduled destruction of the selected versions"));
    setTexts(m_setCurrentAction, tr("Set as C&urrent…"), tr("Make the selected version current"));
    setTexts(m_copyIdAction, tr("&Copy Version ID"), tr("Copy the selected version IDs"));
    setTexts(m_viewValuesAction, tr("&View Values…"),
             tr("Show the selected version's keys and values, masked until revealed"));
    setTexts(m_compareAction, tr("Co&mpare Versions…"), tr("Compare the keys and values of two selected versions"));
    setTexts(m_loadNextPageAction, tr("Load &Next Page"), tr("Load the next page of versions"));
    setTexts(m_quitAction, tr("&Quit"), tr("Quit Lockbox Desktop"));
    setTexts(m_aboutAction, tr("&About Lockbox Desktop"), tr("Version and license"));
    retranslateOperationsAction();

    m_fileMenu->setTitle(tr("&File"));
    m_profileMenu->setTitle(tr("Switch &Profile"));
    m_secretMenu->setTitle(tr("&Secret"));
    m_versionMenu->setTitle(tr("&Version"));
    m_viewMenu->setTitle(tr("V&iew"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Actions"));
    m_toolBar->setAccessibleName(tr("Actions"));
    m_toolBar->setAccessibleDescription(tr("The profile switcher and the most used secret and version actions"));

    m_profileLabel->setText(tr("Pr&ofile:"));
    m_profileCombo->setAccessibleName(tr("Connection profile"));
    m_profileCombo->setAccessibleDescription(tr("The connection the window shows; pick another to switch"));
    m_profileCombo->setToolTip(tr("The connection profile (Alt+O)"));
    m_sandboxBannerText->setAccessibleName(tr("Sandbox"));
    m_sandboxBannerText->setAccessibleDescription(tr("The window shows the local emulator, not Yandex Cloud"));

    m_treeLabel->setText(tr("C&louds and folders"));
    m_treeBusy->setAccessibleName(tr("Loading clouds and folders"));
    m_treeBusy->setAccessibleDescription(tr("Shown while clouds or folders are being listed"));
    m_tree->setAccessibleName(tr("Clouds and folders"));
    m_tree->setAccessibleDescription(tr("Select a folder to list its secrets"));
    m_folderIdLabel->setText(tr("Folder I&D:"));
    m_folderEdit->setAccessibleName(tr("Folder ID"));
    m_folderEdit->setAccessibleDescription(tr("Type a folder ID and press Enter to list its secrets"));
    m_folderEdit->setToolTip(tr("For a folder not in the tree: type its ID and press Enter (%1)")
                                 .arg(m_goToFolderAction->shortcut().toString(QKeySequence::NativeText)));
    m_folderEdit->setPlaceholderText(tr("b1g…, then Enter"));
    m_folderIdError->setText(tr("Not a folder ID: a folder ID has only Latin letters, digits, '-' and '_'."));
    m_folderIdError->setAccessibleName(tr("Folder ID error"));
    m_folderIdError->setAccessibleDescription(tr("Why the folder ID typed above was not opened"));
    m_folderLabel->setAccessibleName(tr("Folder"));
    m_folderLabel->setAccessibleDescription(tr("The folder whose secrets are listed below"));
    m_secretsFilter->setAccessibleName(tr("Filter secrets"));
    m_secretsFilter->setAccessibleDescription(
        tr("Shows only the secrets whose name or labels contain the text; key=value matches a label"));
    m_secretsFilter->setPlaceholderText(tr("Filter by name or label (env=prod)"));
    m_secretsView->setAccessibleName(tr("Secrets"));
    m_secretsView->setAccessibleDescription(tr("The folder's secrets; select one to see its versions"));

    m_secretName->setAccessibleName(tr("Secret name"));
    m_secretName->setAccessibleDescription(tr("The name of the selected secret"));
    m_secretInfo->setAccessibleName(tr("Secret information"));
    m_secretInfo->setAccessibleDescription(
        tr("The selected secret's ID, status, current version, deletion protection and labels"));
    m_table->setAccessibleName(tr("Versions"));
    m_table->setAccessibleDescription(
        tr("The selected secret's versions, newest first; select several for the actions that allow it"));
    m_countLabel->setAccessibleName(tr("Versions loaded"));
    m_countLabel->setAccessibleDescription(tr("How many versions are loaded and whether the server has more"));
    m_pageSizeLabel->setText(tr("&Page size:"));
    m_pageSize->setAccessibleName(tr("Versions per page"));
    m_pageSize->setAccessibleDescription(tr("How many versions each page loads"));
    for (int i = 0; i < m_pageSize->count(); ++i) {
        m_pageSize->setItemText(i, QLocale().toString(m_pageSize->itemData(i).toInt()));
    }
    // Never narrower than its numbers in this locale (found by QA: squeezed, it showed "1" for 100).
    // QComboBox keeps the minimum it computed from the first texts, so it is set here.
    m_pageSize->setMinimumWidth(m_pageSize->sizeHint().width());
    m_loadNextPage->setText(tr("Load Next Page"));
    m_loadNextPage->setAccessibleName(tr("Load the next page of versions"));
    m_loadNextPage->setAccessibleDescription(tr("Asks the server for the next page of this secret's versions"));

    m_busy->setAccessibleName(tr("Working"));
    m_busy->setAccessibleDescription(tr("Shown while something is loading or an operation runs"));
    m_operationsLabel->setAccessibleName(tr("Running operations"));
    m_operationsLabel->setAccessibleDescription(tr("How many operations are running now"));
    m_endpointLabel->setAccessibleName(tr("Connection"));
    m_endpointLabel->setAccessibleDescription(tr("The profile and the endpoint the window is connected to"));

    // The toolbar's buttons, some of them without text: their names and descriptions from the actions.
    for (QAction *action : m_toolBar->actions()) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action))) {
            button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
            button->setAccessibleDescription(action->statusTip());
        }
    }

    rebuildProfileSwitcher();
    // Headers, statuses, relative times and dates of the models, in the new language and locale.
    m_model->refreshTranslatedText();
    m_secrets->refreshTranslatedText();
    m_clouds->refreshTranslatedText();
    m_operationLog->refreshTranslatedText();
    statusBar()->clearMessage(); // a transient message in the old language
    updateConnectionWidgets();
    updateSecretsEmptyText();
}

void MainWindow::retranslateOperationsAction() {
    if (!m_operationsPanel) {
        return; // made after the first frame; this runs again then
    }
    QAction *operations = m_operationsPanel->toggleViewAction();
    operations->setToolTip(tr("Show or hide this session's operations (%1)")
                               .arg(operations->shortcut().toString(QKeySequence::NativeText)));
    operations->setStatusTip(tr("Show or hide this session's operations"));
}

bool MainWindow::event(QEvent *event) {
    if (event->type() == QEvent::Paint && !m_firstFrameSeen) {
        m_firstFrameSeen = true;
        // A timer, not a queued call: it runs after this frame is flushed.
        QTimer::singleShot(1, this, &MainWindow::buildAfterFirstFrame);
    }
    return QMainWindow::event(event);
}

void MainWindow::startPendingSandbox() {
    // Not when another profile was picked in the meantime.
    if (std::exchange(m_startSandboxAfterFirstFrame, false) && m_options.sandboxSession && m_profileId == sandboxId()) {
        m_options.sandboxSession->start();
    }
}

void MainWindow::buildAfterFirstFrame() {
    startPendingSandbox();
    // The window manager's icon: the X11 platform renders it at every size it sends (~5 M
    // instructions of SVG rendering), and nobody sees it before the window is up.
    setWindowIcon(icon("app"));
    ensureOperationsPanel();
    m_details->ensureDetails();
    if (m_deleteSecretAction->icon().isNull()) {
        m_deleteSecretAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    }
}

OperationsPanel *MainWindow::ensureOperationsPanel() {
    if (m_operationsPanel) {
        return m_operationsPanel;
    }
    m_operationsPanel = new OperationsPanel(m_operationLog, this);
    // Its place and visibility as restoreState() kept them; nothing saved: at the bottom, hidden.
    if (!restoreDockWidget(m_operationsPanel)) {
        addDockWidget(Qt::BottomDockWidgetArea, m_operationsPanel);
        m_operationsPanel->hide();
    }
    QAction *operations = m_operationsPanel->toggleViewAction();
    operations->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewMenu->addAction(operations);
    retranslateOperationsAction();
    return m_operationsPanel;
}

void MainWindow::openSettings() {
    auto *dialog = new SettingsDialog(m_options.languages, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClipboardTimeoutSeconds(m_secureClipboard->timeoutSeconds());
    dialog->setPageSize(m_model->pageSize());
    connect(dialog, &SettingsDialog::clipboardTimeoutChanged, m_secureClipboard, &SecureClipboard::setTimeoutSeconds);
    connect(dialog, &SettingsDialog::pageSizeChanged, this, [this](int pageSize) {
        const int index = m_pageSize->findData(pageSize);
        if (index >= 0) {
            m_pageSize->setCurrentIndex(index);
        }
    });
    dialog->open();
}

void MainWindow::buildActions() {
    // Texts, tooltips and status tips are set by retranslate().
    auto make = [this](const QString &name, const QIcon &actionIcon, const QKeySequence &shortcut) {
        auto *action = new QAction(actionIcon, QString(), this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
        }
        return action;
    };
    m_refreshAction = make(QStringLiteral("refreshAction"), icon("refresh"), QKeySequence(Qt::Key_F5));
    m_newSecretAction =
        make(QStringLiteral("newSecretAction"), icon("secret"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editSecretAction = make(QStringLiteral("editSecretAction"), QIcon(), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_activateAction = make(QStringLiteral("activateSecretAction"), icon("status-active"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_deactivateAction =
        make(QStringLiteral("deactivateSecretAction"), QIcon(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    // Its icon (the style's, ~6 M instructions) comes after the first frame: buildAfterFirstFrame().
    m_deleteSecretAction =
        make(QStringLiteral("deleteSecretAction"), QIcon(), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_copySecretIdAction =
        make(QStringLiteral("copySecretIdAction"), icon("copy"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_goToFolderAction = make(QStringLiteral("goToFolderAction"), QIcon(), QKeySequence(Qt::CTRL | Qt::Key_G));
    m_manageProfilesAction =
        make(QStringLiteral("manageProfilesAction"), QIcon(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    // Preferences is empty on some platforms (GNOME, Windows): Ctrl+, as most desktop tools use.
    const QKeySequence preferences = QKeySequence(QKeySequence::Preferences).isEmpty()
                                         ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                         : QKeySequence(QKeySequence::Preferences);
    m_settingsAction = make(QStringLiteral("settingsAction"), QIcon(), preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_addVersionAction = make(QStringLiteral("addVersionAction"), icon("add"), QKeySequence(Qt::CTRL | Qt::Key_N));
    m_passwordSpecAction =
        make(QStringLiteral("passwordSpecAction"), icon("password"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_scheduleAction =
        make(QStringLiteral("scheduleDestructionAction"), icon("schedule"), QKeySequence(Qt::Key_Delete));
    m_cancelAction =
        make(QStringLiteral("cancelDestructionAction"), icon("cancel"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_setCurrentAction =
        make(QStringLiteral("setCurrentAction"), icon("set-current"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_copyIdAction = make(QStringLiteral("copyVersionIdAction"), icon("copy"), QKeySequence(Qt::CTRL | Qt::Key_C));
    m_copyIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_viewValuesAction = make(QStringLiteral("viewValuesAction"), icon("secret"), QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_compareAction = make(QStringLiteral("compareVersionsAction"), QIcon(), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_loadNextPageAction =
        make(QStringLiteral("loadNextPageAction"), QIcon(), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_quitAction = make(QStringLiteral("quitAction"), QIcon(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction = make(QStringLiteral("aboutAction"), icon("app"), QKeySequence());
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_newSecretAction, &QAction::triggered, this, &MainWindow::newSecret);
    connect(m_editSecretAction, &QAction::triggered, this, &MainWindow::editSecret);
    connect(m_activateAction, &QAction::triggered, this, &MainWindow::activateSecret);
    connect(m_deactivateAction, &QAction::triggered, this, &MainWindow::deactivateSecret);
    connect(m_deleteSecretAction, &QAction::triggered, this, &MainWindow::deleteSecret);
    connect(m_copySecretIdAction, &QAction::triggered, this, &MainWindow::copySecretId);
    connect(m_goToFolderAction, &QAction::triggered, this, [this]() {
        m_folderEdit->setFocus(Qt::ShortcutFocusReason);
        m_folderEdit->selectAll();
    });
    connect(m_manageProfilesAction, &QAction::triggered, this, &MainWindow::manageProfiles);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_addVersionAction, &QAction::triggered, this, &MainWindow::addVersion);
    connect(m_passwordSpecAction, &QAction::triggered, this, &MainWindow::editPasswordSpecification);
    connect(m_scheduleAction, &QAction::triggered, this, &MainWindow::scheduleDestruction);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelDestruction);
    connect(m_setCurrentAction, &QAction::triggered, this, &MainWindow::setCurrentVersion);
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copySelectedIds);
    connect(m_viewValuesAction, &QAction::triggered, this, &MainWindow::viewValues);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareVersions);
    connect(m_loadNextPageAction, &QAction::triggered, this, [this]() { m_model->loadNextPage(); });
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_aboutAction, &QAction::triggered, this, [this]() {
        QMessageBox::about(this, tr("About Lockbox Desktop"),
                           tr("<h3>Lockbox Desktop %1</h3><p>A desktop client for the versions of Yandex Cloud "
                              "Lockbox secrets.</p><p>It shows and changes version metadata; it never displays "
                              "secret values.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(QString());
    m_fileMenu = file;
    m_profileMenu = file->addMenu(QString());
    m_profileMenu->setObjectName(QStringLiteral("profileMenu"));
    m_profileGroup = new QActionGroup(this);
    m_profileGroup->setExclusive(true);
    file->addAction(m_manageProfilesAction);
    file->addSeparator();
    file->addAction(m_goToFolderAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *secret = menuBar()->addMenu(QString());
    m_secretMenu = secret;
    secret->addAction(m_newSecretAction);
    secret->addAction(m_editSecretAction);
    secret->addSeparator();
    secret->addAction(m_activateAction);
    secret->addAction(m_deactivateAction);
    secret->addSeparator();
    secret->addAction(m_deleteSecretAction);
    secret->addSeparator();
    secret->addAction(m_refreshAction);
    secret->addAction(m_passwordSpecAction);
    secret->addAction(m_copySecretIdAction);
    QMenu *version = menuBar()->addMenu(QString());
    m_versionMenu = version;
    version->addAction(m_addVersionAction);
    version->addAction(m_setCurrentAction);
    version->addSeparator();
    version->addAction(m_scheduleAction);
    version->addAction(m_cancelAction);
    version->addSeparator();
    version->addAction(m_viewValuesAction);
    version->addAction(m_compareAction);
    version->addSeparator();
    version->addAction(m_copyIdAction);
    version->addAction(m_loadNextPageAction);
    // The operations panel and its toggle (Ctrl+L) join this menu after the first frame.
    m_viewMenu = menuBar()->addMenu(QString());
    QMenu *help = menuBar()->addMenu(QString());
    m_helpMenu = help;
    help->addAction(m_aboutAction);
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_secretMenu->setObjectName(QStringLiteral("secretMenu"));
    m_versionMenu->setObjectName(QStringLiteral("versionMenu"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));

    QToolBar *toolbar = addToolBar(QString());
    m_toolBar = toolbar;
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);

    // The profile switcher leads the toolbar: everything else acts within the connection it picks.
    auto *profileLabel = new QLabel(toolbar);
    m_profileLabel = profileLabel;
    profileLabel->setContentsMargins(4, 0, 4, 0);
    m_profileCombo = new QComboBox(toolbar);
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(12);
    profileLabel->setBuddy(m_profileCombo);
    m_profileComboAction = toolbar->addWidget(profileLabel);
    QAction *comboAction = toolbar->addWidget(m_profileCombo);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profileCombo->itemData(index).toString();
        if (id == QLatin1String(kManageProfilesItem)) {
            const QSignalBlocker blocker(m_profileCombo);
            showChosenProfile();
            manageProfiles();
        } else if (id != m_profileId) {
            switchToProfile(id);
        }
    });
    const bool switching = m_options.connections != nullptr;
    m_profileComboAction->setVisible(switching);
    comboAction->setVisible(switching);
    m_manageProfilesAction->setVisible(switching && m_options.profiles);
    m_profileMenu->menuAction()->setVisible(switching);
    if (switching) {
        toolbar->addSeparator();
    }

    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_newSecretAction);
    toolbar->addSeparator();
    toolbar->addAction(m_addVersionAction);
    toolbar->addAction(m_passwordSpecAction);
    toolbar->addAction(m_setCurrentAction);
    toolbar->addSeparator();
    toolbar->addAction(m_scheduleAction);
    toolbar->addAction(m_cancelAction);
    // Room for the longer Russian labels: the two most familiar icons go without text (their
    // tooltips and accessible names keep the words).
    for (QAction *iconOnly : {m_refreshAction, m_passwordSpecAction}) {
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(iconOnly))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
}

void MainWindow::buildCentral() {
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);

    m_sandboxBanner = new QFrame(central);
    m_sandboxBanner->setObjectName(QStringLiteral("sandboxBanner"));
    m_sandboxBanner->setStyleSheet(
        QStringLiteral("QFrame#sandboxBanner { background: #fff4d6; border: 1px solid #e0b64c;"
                       " border-radius: 4px; } QLabel { color: #5c4300; }"));
    auto *bannerLayout = new QHBoxLayout(m_sandboxBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    auto *bannerIcon = new QLabel(m_sandboxBanner);
    bannerIcon->setPixmap(icon("sandbox").pixmap(20, 20));
    bannerLayout->addWidget(bannerIcon);
    m_sandboxBannerText = new SelectableLabel(m_sandboxBanner);
    m_sandboxBannerText->setObjectName(QStringLiteral("sandboxBannerLabel"));
    m_sandboxBannerText->setWordWrap(true);
    bannerLayout->addWidget(m_sandboxBannerText, 1);
    m_sandboxBanner->hide();
    layout->addWidget(m_sandboxBanner);

    m_connectionError = new ErrorBanner(central);
    m_connectionError->setObjectName(QStringLiteral("connectionErrorBanner"));
    layout->addWidget(m_connectionError);
    connect(m_connectionError, &ErrorBanner::retryRequested, this, [this]() {
        if (!m_profileId.isEmpty()) {
            switchToProfile(m_profileId);
        }
    });

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    layout->addWidget(m_mainSplitter, 1);

    // Left: clouds and folders above, the selected folder's secrets below.
    m_leftSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->setChildrenCollapsible(false);

    auto *treePane = new QWidget(m_leftSplitter);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(3);
    auto *treeHeader = new QHBoxLayout;
    auto *treeLabel = new QLabel(treePane);
    m_treeLabel = treeLabel;
    treeHeader->addWidget(treeLabel, 1);
    m_treeBusy = new BusyBar(treePane);
    m_treeBusy->setObjectName(QStringLiteral("folderTreeBusyIndicator"));
    m_treeBusy->setMaximumSize(80, 10);
    m_treeBusy->hide();
    treeHeader->addWidget(m_treeBusy);
    treeLayout->addLayout(treeHeader);
    m_treeError = new ErrorBanner(treePane);
    m_treeError->setObjectName(QStringLiteral("folderTreeErrorBanner"));
    treeLayout->addWidget(m_treeError);
    m_tree = new QTreeView(treePane);
    m_tree->setObjectName(QStringLiteral("folderTreeView"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setItemDelegate(new FolderTreeDelegate(m_tree));
    m_tree->setModel(m_clouds);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { onTreeCurrentChanged(index); });
    treeLabel->setBuddy(m_tree);
    treeLayout->addWidget(m_tree, 1);
    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(treePane);
    m_folderIdLabel = folderLabel;
    m_folderEdit = new QLineEdit(treePane);
    m_folderEdit->setObjectName(QStringLiteral("folderLineEdit"));
    m_folderEdit->setMaxLength(limits::kMaxIdLength);
    folderLabel->setBuddy(m_folderEdit);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folderEdit, 1);
    treeLayout->addLayout(folderRow);
    // Checked on Enter rather than by a validator: a validator silently refuses a pasted ID with a
    // stray space or newline, where trimming and saying what is wrong serves the operator better.
    m_folderIdError = new SelectableLabel(treePane);
    m_folderIdError->setObjectName(QStringLiteral("folderIdErrorLabel"));
    m_folderIdError->setWordWrap(true);
    m_folderIdError->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_folderIdError->hide();
    treeLayout->addWidget(m_folderIdError);

    auto *secretsPane = new QWidget(m_leftSplitter);
    auto *secretsLayout = new QVBoxLayout(secretsPane);
    secretsLayout->setContentsMargins(0, 0, 0, 0);
    secretsLayout->setSpacing(3);
    m_folderLabel = new SelectableLabel(secretsPane);
    m_folderLabel->setObjectName(QStringLiteral("folderLabel"));
    m_folderLabel->setTextFormat(Qt::PlainText);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names must not widen the pane: the label clips, the tooltip has it all.
    m_folderLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont folderFont = m_folderLabel->font();
    folderFont.setBold(true);
    m_folderLabel->setFont(folderFont);
    secretsLayout->addWidget(m_folderLabel);
    m_secretsFilter = new QLineEdit(secretsPane);
    m_secretsFilter->setObjectName(QStringLiteral("secretsFilterLineEdit"));
    m_secretsFilter->setClearButtonEnabled(true);
    secretsLayout->addWidget(m_secretsFilter);
    m_secretsError = new ErrorBanner(secretsPane);
    m_secretsError->setObjectName(QStringLiteral("secretsErrorBanner"));
    secretsLayout->addWidget(m_secretsError);
    // A one-column table shown as a list: QListView lays every row out again (through the proxy)
    // for each page of a listing, 10 passes over up to 10,000 rows; a table's rows need no layout.
    m_secretsView = new PagedTableView(secretsPane);
    m_secretsView->setObjectName(QStringLiteral("secretsListView"));
    m_secretsView->setModel(m_secretsProxy);
    m_secretsView->setItemDelegate(new CachedTextDelegate(m_secretsView));
    m_secretsView->horizontalHeader()->hide();
    m_secretsView->horizontalHeader()->setStretchLastSection(true);
    m_secretsView->verticalHeader()->hide();
    m_secretsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Icons and rows as QListView had them: the list-view icon size, rows just taller.
    m_secretsView->setMetricsRule([](QTableView *view) {
        const int listIcon = view->style()->pixelMetric(QStyle::PM_ListViewIconSize, nullptr, view);
        view->setIconSize(QSize(listIcon, listIcon));
        view->verticalHeader()->setDefaultSectionSize(qMax(view->fontMetrics().height(), listIcon) + 2);
    });
    m_secretsView->setShowGrid(false);
    m_secretsView->setWordWrap(false);
    m_secretsView->setTextElideMode(Qt::ElideRight);
    m_secretsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_secretsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_secretsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_secretsView->setTabKeyNavigation(false); // Tab leaves the list, as it does a list view
    m_secretsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_secretsView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_secretsView->addAction(m_copySecretIdAction);
    m_copySecretIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    secretsLayout->addWidget(m_secretsView, 1);
    m_leftSplitter->addWidget(treePane);
    m_leftSplitter->addWidget(secretsPane);
    m_leftSplitter->setStretchFactor(0, 1);
    m_leftSplitter->setStretchFactor(1, 2);
    m_leftSplitter->setSizes({200, 450});

    // Right: the selected secret's versions and the selected version's details.
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    auto *versionsPane = new QWidget(m_rightSplitter);
    auto *versionsLayout = new QVBoxLayout(versionsPane);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    m_secretName = new SelectableLabel(versionsPane);
    m_secretName->setObjectName(QStringLiteral("secretNameLabel"));
    QFont nameFont = m_secretName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_secretName->setFont(nameFont);
    m_secretName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    versionsLayout->addWidget(m_secretName);
    m_secretInfo = new SelectableLabel(versionsPane);
    m_secretInfo->setObjectName(QStringLiteral("secretInfoLabel"));
    m_secretInfo->setWordWrap(true);
    m_secretInfo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    versionsLayout->addWidget(m_secretInfo);
    m_versionsError = new ErrorBanner(versionsPane);
    m_versionsError->setObjectName(QStringLiteral("versionsErrorBanner"));
    versionsLayout->addWidget(m_versionsError);

    m_table = new PagedTableView(versionsPane);
    m_table->setObjectName(QStringLiteral("versionsTableView"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false); // alternating rows separate them; grid lines were a tenth of each repaint
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setMetricsRule(
        [](QTableView *view) { view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10); });
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int idWidth = metrics.horizontalAdvance(QStringLiteral("e6qv0pgmain000000000")) * 11 / 10 + 16;
    m_table->setColumnWidth(VersionsModel::IdColumn, idWidth);
    // Times in the user's locale; destroyAt adds a relative part ("in 3 days").
    const QDateTime sampleTime(QDate(2026, 12, 28), QTime(23, 59));
    const int timeWidth = metrics.horizontalAdvance(QLocale().toString(sampleTime, QLocale::ShortFormat)) + 24;
    m_table->setColumnWidth(VersionsModel::CreatedColumn, timeWidth);
    // The longest status, in the language shown, after its icon.
    m_table->setColumnWidth(VersionsModel::StatusColumn,
                            metrics.horizontalAdvance(VersionsModel::tr("Scheduled for destruction")) + 40);
    // The longest forms of "time (in N days)". Digits are equally wide, so the count with the most
    // digits is the widest; each unit in each plural form (Russian has three: 21, 22, 25), and
    // "overdue". Up to 99 days ahead fits; a custom period of 100-365 days elides the end of its
    // relative part (the time stays, and the details pane gives it in local time and UTC).
    int destroyAtWidth = 0;
    constexpr qint64 kMinute = 60 * 1000, kHour = 60 * kMinute, kDay = 24 * kHour;
    for (const qint64 ahead : {21 * kDay, 22 * kDay, 25 * kDay, 21 * kHour, 22 * kHour, 20 * kHour, 21 * kMinute,
                               22 * kMinute, 20 * kMinute, qint64(-1)}) {
        const QString text = VersionsModel::destroyAtText(sampleTime, true, sampleTime.addMSecs(-ahead));
        destroyAtWidth = std::max(destroyAtWidth, metrics.horizontalAdvance(text));
    }
    m_table->setColumnWidth(VersionsModel::DestroyAtColumn, destroyAtWidth + 16);
    // Room for a few key names; more are elided, and the details pane lists them all.
    m_table->setColumnWidth(VersionsModel::KeysColumn,
                            metrics.horizontalAdvance(QStringLiteral("host, port, u…")) + 16);
    m_table->setColumnWidth(VersionsModel::CurrentColumn, 44);
    // The description fills what the others leave, but stays readable on a laptop's narrower window.
    m_table->setStretchColumn(VersionsModel::DescriptionColumn, 20);
    m_table->addAction(m_copyIdAction);
    versionsLayout->addWidget(m_table, 1);

    auto *pagingRow = new QHBoxLayout;
    m_countLabel = new SteadyLabel(versionsPane); // new text every page: no relayout of the window for it
    m_countLabel->setObjectName(QStringLiteral("versionsCountLabel"));
    pagingRow->addWidget(m_countLabel);
    pagingRow->addStretch(1);
    auto *pageSizeLabel = new QLabel(versionsPane);
    m_pageSizeLabel = pageSizeLabel;
    m_pageSize = new QComboBox(versionsPane);
    m_pageSize->setObjectName(QStringLiteral("pageSizeComboBox"));
    m_pageSize->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its width follows the locale's numbers
    for (int size : SettingsDialog::pageSizeChoices()) {
        m_pageSize->addItem(QString(), size); // the number in the locale: retranslate()
    }
    m_pageSize->setCurrentIndex(m_pageSize->findData(m_model->pageSize()));
    pageSizeLabel->setBuddy(m_pageSize);
    pagingRow->addWidget(pageSizeLabel);
    pagingRow->addWidget(m_pageSize);
    m_loadNextPage = new QPushButton(versionsPane);
    m_loadNextPage->setObjectName(QStringLiteral("loadNextPageButton"));
    pagingRow->addWidget(m_loadNextPage);
    versionsLayout->addLayout(pagingRow);

    m_details = new VersionDetailsPane(m_rightSplitter);
    m_rightSplitter->addWidget(versionsPane);
    m_rightSplitter->addWidget(m_details);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);

    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({240, 1100});
    setCentralWidget(central);

    // Profile switcher, tree and folder ID, filter, secrets, versions, page controls, details.
    setTabOrder(m_profileCombo, m_tree);
    setTabOrder(m_tree, m_folderEdit);
    setTabOrder(m_folderEdit, m_secretsFilter);
    setTabOrder(m_secretsFilter, m_secretsView);
    setTabOrder(m_secretsView, m_table);
    setTabOrder(m_table, m_pageSize);
    setTabOrder(m_pageSize, m_loadNextPage);
    setTabOrder(m_loadNextPage, m_details);

    connect(m_folderEdit, &QLineEdit::returnPressed, this, &MainWindow::openFolderFromField);
    connect(m_folderEdit, &QLineEdit::textEdited, m_folderIdError, &QWidget::hide);
    connect(m_secretsFilter, &QLineEdit::textChanged, this, &MainWindow::filterSecrets);
    // Down from the filter goes on into the list, as from a file manager's search field (found by QA).
    auto *intoList = new QAction(m_secretsFilter);
    intoList->setShortcut(QKeySequence(Qt::Key_Down));
    intoList->setShortcutContext(Qt::WidgetShortcut);
    m_secretsFilter->addAction(intoList);
    connect(intoList, &QAction::triggered, this, [this]() {
        if (m_secretsProxy->rowCount() == 0) {
            return;
        }
        m_secretsView->setFocus(Qt::ShortcutFocusReason);
        if (!m_secretsView->currentIndex().isValid()) {
            m_secretsView->setCurrentIndex(m_secretsProxy->index(0, 0));
        }
    });
    connect(m_secretsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { onSecretChanged(index); });
    connect(m_secretsView, &QTableView::customContextMenuRequested, this, &MainWindow::showSecretsContextMenu);
    connect(m_secretsView, &QTableView::doubleClicked, this, [this]() {
        if (m_editSecretAction->isEnabled()) {
            editSecret();
        }
    });
    connect(m_secretsError, &ErrorBanner::retryRequested, this, [this]() { m_secrets->reload(); });
    connect(m_treeError, &ErrorBanner::retryRequested, this, &MainWindow::retryTree);
    connect(m_versionsError, &ErrorBanner::retryRequested, this, [this]() { m_model->loadNextPage(); });
    connect(m_details, &VersionDetailsPane::copied, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        updateActions();
        updateDetails();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showVersionsContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this]() {
        if (m_setCurrentAction->isEnabled()) {
            setCurrentVersion();
        }
    });
    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
            [this]() { m_model->setPageSize(m_pageSize->currentData().toInt()); });
    connect(m_loadNextPage, &QPushButton::clicked, this, [this]() { m_model->loadNextPage(); });
}

void MainWindow::buildStatusBar() {
    m_busy = new BusyBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setMaximumWidth(100);
    m_busy->setMaximumHeight(14);
    // Shown and hidden around every request: it keeps its place, so neither the status bar nor the
    // window above it relays out (and repaints) twice a page.
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(busyPolicy);
    m_busy->hide();
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(kBusyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this, [this]() {
        if (isBusy()) {
            m_busy->show();
        }
    });
    m_operationsLabel = new QLabel(this);
    m_operationsLabel->setObjectName(QStringLiteral("operationsLabel"));
    m_endpointLabel = new QLabel(this);
    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    statusBar()->addPermanentWidget(m_operationsLabel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_endpointLabel);
    updateBusy();
}

void MainWindow::restoreSettings() {
    // First start: most of the screen, up to a size where the table stops gaining anything.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    const QSize initial = (available * 0.92).boundedTo(QSize(1680, 1050));
    if (!m_settings || !restoreGeometry(m_settings->value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        resize(initial);
    }
    if (!m_settings) {
        return;
    }
    restoreState(m_settings->value(QStringLiteral("mainWindow/state")).toByteArray());
    m_mainSplitter->restoreState(m_settings->value(QStringLiteral("mainWindow/mainSplitter")).toByteArray());
    m_leftSplitter->restoreState(m_settings->value(QStringLiteral("mainWindow/leftSplitter")).toByteArray());
    m_rightSplitter->restoreState(m_settings->value(QStringLiteral("mainWindow/rightSplitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(m_settings->value(QStringLiteral("versionsTable/header")).toByteArray());
    m_table->fitStretchColumn();
    const int pageSize = m_pageSize->findData(m_settings->value(QStringLiteral("versionsTable/pageSize")).toInt());
    if (pageSize >= 0) {
        m_pageSize->setCurrentIndex(pageSize);
    }
}

void MainWindow::saveSettings() {
    if (!m_settings) {
        return;
    }
    ensureOperationsPanel(); // closed before it was made: its saved state is kept
    m_settings->setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("mainWindow/state"), saveState());
    m_settings->setValue(QStringLiteral("mainWindow/mainSplitter"), m_mainSplitter->saveState());
    m_settings->setValue(QStringLiteral("mainWindow/leftSplitter"), m_leftSplitter->saveState());
    m_settings->setValue(QStringLiteral("mainWindow/rightSplitter"), m_rightSplitter->saveState());
    m_settings->setValue(QStringLiteral("versionsTable/header"), m_table->horizontalHeader()->saveState());
    m_settings->setValue(QStringLiteral("versionsTable/pageSize"), m_model->pageSize());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

// ---- Connection -------------------------------------------------------------------------------

void MainWindow::setModels(ApiClient *client) {
    // The proxies and views stay; the models (bound to one client) are replaced.
    const QByteArray header = m_table ? m_table->horizontalHeader()->saveState() : QByteArray();
    const int versionsPageSize = m_model ? m_model->pageSize() : limits::kDefaultPageSize;
    for (QObject *old : std::initializer_list<QObject *>{m_runner, m_secrets, m_model, m_clouds}) {
        if (old) {
            old->disconnect(this);
            old->deleteLater();
        }
    }
    m_secret.reset();
    m_settingCurrentOf.clear(); // the old runner's callbacks never come
    m_client = client;
    m_runner = new OperationRunner(client, this);
    connect(m_runner, &OperationRunner::outcomeUnknown, this, &MainWindow::resyncSecret);
    m_runner->setOperationLog(m_operationLog);
    m_secrets = new SecretsModel(client, this);
    m_model = new VersionsModel(client, this);
    m_model->setPageSize(versionsPageSize);
    m_clouds = new CloudFolderModel(client, this);
    m_secretsProxy->setSourceModel(m_secrets);
    m_proxy->setSourceModel(m_model);
    if (m_table && !header.isEmpty()) {
        m_table->horizontalHeader()->restoreState(header);
        m_table->fitStretchColumn();
    }
    if (m_tree) {
        QItemSelectionModel *oldSelection = m_tree->selectionModel();
        m_tree->setModel(m_clouds);
        delete oldSelection;
    }

    connect(m_runner, &OperationRunner::runningCountChanged, this, &MainWindow::updateBusy);
    connect(m_secrets, &SecretsModel::loadFinished, this, &MainWindow::onSecretsLoaded);
    connect(m_secrets, &SecretsModel::loadingChanged, this, &MainWindow::updateBusy);
    connect(m_secrets, &SecretsModel::loadingChanged, this, &MainWindow::updateSecretsEmptyText);
    connect(m_secrets, &SecretsModel::loadFailed, this, [this](const ApiError &error) {
        m_secretsError->showError(
            [folder = m_secrets->folderId()]() {
                return tr("The secrets of folder %1 could not be loaded.").arg(folder);
            },
            error);
    });
    connect(m_model, &VersionsModel::loadingChanged, this, [this]() {
        updatePaging();
        updateBusy();
    });
    connect(m_model, &VersionsModel::pageLoaded, this, [this]() {
        m_versionsError->hide();
        updatePaging();
        reselectAfterReload();
    });
    connect(m_model, &VersionsModel::loadFailed, this, [this](const ApiError &error) {
        m_versionsError->showError([]() { return tr("The versions could not be loaded."); }, error);
        updatePaging();
    });
    connect(m_model, &VersionsModel::modelReset, this, [this]() {
        updatePaging();
        updateActions();
        updateDetails();
    });
    connect(m_model, &VersionsModel::rowsInserted, this, &MainWindow::updatePaging);
    connect(m_model, &VersionsModel::dataChanged, this, [this]() {
        updateActions();
        updateDetails();
    });
    connect(m_clouds, &CloudFolderModel::loadingChanged, this, [this](bool loading) {
        m_treeBusy->setVisible(loading);
        updateBusy();
    });
    connect(m_clouds, &CloudFolderModel::cloudsLoaded, this, &MainWindow::onCloudsLoaded);
    connect(m_clouds, &CloudFolderModel::foldersLoaded, this, &MainWindow::onFoldersLoaded);
    connect(m_clouds, &CloudFolderModel::loadFailed, this, [this](const ApiError &error) {
        // Without the right to list clouds or folders a folder may still be readable: say how to get there.
        const bool noClouds = m_clouds->rowCount() == 0;
        m_treeError->showError(
            [noClouds]() {
                return noClouds ? tr("The clouds could not be listed. A folder can still be opened by its ID below.")
                                : tr("The folders could not be listed. A folder can still be opened by its ID below.");
            },
            error);
    });
    if (m_tree) {
        connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &index) { onTreeCurrentChanged(index); });
    }
}

QString MainWindow::settingsKey(const QString &what) const {
    return QStringLiteral("profileState/") + m_profileId + QLatin1Char('/') + what;
}

QString MainWindow::profileDisplayName() const {
    if (m_options.sandbox) {
        return tr("Sandbox");
    }
    return m_profile.name.isEmpty() ? m_profileId : m_profile.name;
}

void MainWindow::attach(ApiClient *client, const QString &profileId, const Profile &profile,
                        ConnectionFactory::ConnectionPtr connection, const QString &folderId) {
    m_profileId = profileId;
    m_profile = profile;
    m_options.sandbox = profileId == sandboxId();
    m_connecting = false;
    if (client != m_client) {
        setModels(client);
    }
    m_connection = std::move(connection); // the previous one goes (deleteLater) after its models
    if (!m_options.sandbox && m_options.connections && m_secrets) {
        m_secrets->setPageSize(profile.pageSize > 0 ? profile.pageSize : limits::kDefaultPageSize);
    }
    m_connectionError->hide();
    m_treeError->hide();
    m_secretsError->hide();
    m_versionsError->hide();
    m_secretsFilter->clear();

    // The folder: as asked, else the one last used with this profile, else the profile's own.
    QString folder = folderId;
    QString cloudHint;
    if (m_settings && !profileId.isEmpty()) {
        if (folder.isEmpty()) {
            folder = m_settings->value(settingsKey(QStringLiteral("folder"))).toString();
        }
        cloudHint = m_settings->value(settingsKey(QStringLiteral("cloud"))).toString();
    }
    if (folder.isEmpty()) {
        folder = profile.folderId;
    }
    if (folder.isEmpty() && profile.kind == Profile::Kind::Sandbox) {
        folder = QString::fromLatin1(SandboxSession::kDemoFolderId);
    }
    if (cloudHint.isEmpty()) {
        cloudHint = profile.cloudId;
    }
    m_options.folderId = folder;
    m_pendingFolderId = folder;
    m_profile.cloudId = cloudHint;
    m_folderEdit->setText(folder);
    updateConnectionWidgets();
    m_clouds->reload();
    loadSecrets();
    Q_EMIT connected(profileId);
}

void MainWindow::detach(const TextFunction &message) {
    ++m_connectGeneration;
    setModels(nullptr);
    m_connection.reset();
    m_options.folderId.clear();
    m_folderEdit->clear();
    m_secretsError->hide();
    m_treeError->hide();
    m_versionsError->hide();
    onSecretChanged(QModelIndex());
    setFolderMessage(message);
    updateConnectionWidgets();
}

void MainWindow::setFolderMessage(const TextFunction &message) {
    m_folderMessage = message;
    if (m_folderMessage) {
        // A sentence wraps (found by QA: "…Choose another one in the toolbar." was cut); a folder's
        // name stays on one line and clips.
        m_folderLabel->setWordWrap(true);
        m_folderLabel->setText(m_folderMessage());
        m_folderLabel->setToolTip(QString());
    }
}

void MainWindow::updateConnectionWidgets() {
    // The sandbox banner names the emulator's address: shown once it is up ("connecting…" until then).
    const bool sandbox = m_options.sandbox && m_client;
    m_sandboxBanner->setVisible(sandbox);
    const QUrl baseUrl = m_client ? m_client->config().baseUrl : QUrl();
    if (sandbox) {
        m_sandboxBannerText->setText(tr("<b>Sandbox.</b> A local emulator with demo data at %1. Nothing here reaches "
                                        "Yandex Cloud, and every change is lost when the application quits.")
                                         .arg(baseUrl.toString().toHtmlEscaped()));
        m_endpointLabel->setText(tr("Sandbox: %1").arg(baseUrl.toString()));
    } else if (!m_client) {
        m_endpointLabel->setText(m_profileId.isEmpty() ? tr("Not connected")
                                                       : tr("%1: connecting…").arg(profileDisplayName()));
    } else {
        const QString where = baseUrl.isEmpty() ? tr("Yandex Cloud") : baseUrl.toString();
        m_endpointLabel->setText(m_profileId.isEmpty() ? where : tr("%1: %2").arg(profileDisplayName(), where));
    }
    {
        const QSignalBlocker blocker(m_profileCombo);
        showChosenProfile();
    }
    for (QAction *action : m_profileGroup->actions()) {
        action->setChecked(action->data().toString() == m_profileId);
    }
    updateFolderLabel();
    updateSecretHeader();
    updateActions();
    updatePaging();
    updateDetails();
    updateBusy();
}

void MainWindow::showChosenProfile() {
    // Not connected (the profile was deleted): no profile looks chosen (found by QA: the first one
    // did, while the status bar said there was no connection).
    m_profileCombo->setPlaceholderText(tr("Choose a profile"));
    m_profileCombo->setCurrentIndex(m_profileId.isEmpty() ? -1 : m_profileCombo->findData(m_profileId));
}

void MainWindow::rebuildProfileSwitcher() {
    ConnectionFactory *factory = m_options.connections;
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (QAction *action : m_profileGroup->actions()) {
        // Maybe the one being triggered now: it goes when the event loop is back.
        m_profileGroup->removeAction(action);
        m_profileMenu->removeAction(action);
        action->deleteLater();
    }
    if (!factory) {
        return;
    }
    struct Entry {
        QString id;
        QString name;
        QIcon icon;
        QString tip;
    };
    QList<Entry> entries;
    for (const Profile &p : factory->availableProfiles()) {
        QString tip;
        if (p.id == QLatin1String(ConnectionFactory::kEnvironmentProfileId)) {
            tip = tr("From the YC_TOKEN or YC_SERVICE_ACCOUNT_KEY_FILE environment variable; never saved");
        } else {
            tip = p.endpoint.isEmpty() ? tr("Yandex Cloud") : p.endpoint.toString();
        }
        entries.append({p.id, p.name.isEmpty() ? p.id : p.name, style()->standardIcon(QStyle::SP_DriveNetIcon), tip});
    }
    if (m_options.sandboxSession || m_options.sandbox) {
        entries.append({sandboxId(), tr("Sandbox"), icon("sandbox"), tr("A local emulator with demo secrets")});
    }
    if (!m_profileId.isEmpty() &&
        std::none_of(entries.cbegin(), entries.cend(), [this](const Entry &e) { return e.id == m_profileId; })) {
        // Connected with a profile that is gone (deleted meanwhile): still say what is shown.
        entries.append({m_profileId, profileDisplayName(), QIcon(), QString()});
    }
    int shortcutNumber = 1;
    for (const Entry &e : std::as_const(entries)) {
        m_profileCombo->addItem(e.icon, e.name, e.id);
        m_profileCombo->setItemData(m_profileCombo->count() - 1, e.tip, Qt::ToolTipRole);
        QAction *action = m_profileMenu->addAction(e.icon, e.name);
        action->setObjectName(QStringLiteral("switchProfileAction"));
        action->setCheckable(true);
        action->setData(e.id);
        action->setStatusTip(e.tip);
        if (shortcutNumber <= 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + shortcutNumber++)));
        }
        m_profileGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = e.id]() {
            if (id != m_profileId) {
                switchToProfile(id);
            }
        });
    }
    if (m_options.profiles) {
        m_profileCombo->insertSeparator(m_profileCombo->count());
        m_profileCombo->addItem(tr("Manage Profiles…"), QLatin1String(kManageProfilesItem));
    }
    showChosenProfile();
    for (QAction *action : m_profileGroup->actions()) {
        action->setChecked(action->data().toString() == m_profileId);
    }
}

void MainWindow::switchToProfile(const QString &profileId) {
    if (m_settings && !profileId.isEmpty()) {
        m_settings->setValue(QLatin1String(kLastProfileKey), profileId);
    }
    if (profileId == sandboxId()) {
        startSandbox();
        return;
    }
    ConnectionFactory *factory = m_options.connections;
    const std::optional<Profile> profile = factory ? factory->findProfile(profileId) : std::nullopt;
    const quint64 generation = ++m_connectGeneration;
    setModels(nullptr);
    m_connection.reset();
    m_profileId = profileId;
    m_profile = profile.value_or(Profile{});
    m_options.sandbox = false;
    m_options.folderId.clear();
    m_folderEdit->clear();
    m_secretsError->hide();
    m_treeError->hide();
    m_versionsError->hide();
    onSecretChanged(QModelIndex());
    if (m_profileCombo->findData(profileId) < 0) {
        rebuildProfileSwitcher();
    }
    updateConnectionWidgets();
    if (!profile) {
        showConnectionError([profileId]() { return tr("There is no connection profile “%1”.").arg(profileId); },
                            ApiError::local(ApiError::Kind::Local, tr("Choose another profile, or create one with "
                                                                      "Manage Profiles.")));
        return;
    }
    setFolderMessage([name = profile->name]() { return tr("Connecting with “%1”…").arg(name); });
    m_connecting = true;
    updateBusy();
    factory->open(
        *profile, this, [this, generation, profile = *profile](const Result<ConnectionFactory::ConnectionPtr> &r) {
            if (generation != m_connectGeneration) {
                return; // another profile was picked meanwhile
            }
            if (!r.ok()) {
                showConnectionError(
                    [name = profile.name]() { return tr("Could not connect with the profile “%1”.").arg(name); },
                    r.error());
                return;
            }
            attach(r.value()->client(), profile.id, profile, r.value(), QString());
        });
}

void MainWindow::startSandbox(const QString &folderId) {
    SandboxSession *session = m_options.sandboxSession;
    if (!session) {
        return;
    }
    Profile profile;
    profile.id = sandboxId();
    profile.name = tr("Sandbox");
    profile.kind = Profile::Kind::Sandbox;
    const quint64 generation = ++m_connectGeneration;
    if (session->client()) {
        attach(session->client(), profile.id, profile, nullptr, folderId);
        return;
    }
    if (m_client) {
        setModels(nullptr); // a fresh window has no client yet: its models are already empty
    }
    m_connection.reset();
    m_profileId = profile.id;
    m_profile = profile;
    m_options.sandbox = true;
    onSecretChanged(QModelIndex());
    updateConnectionWidgets();
    setFolderMessage([]() { return tr("Starting the sandbox…"); });
    m_connecting = true;
    updateBusy();
    connect(
        session, &SandboxSession::ready, this,
        [this, generation, profile, folderId](ApiClient *client) {
            if (generation == m_connectGeneration) {
                attach(client, profile.id, profile, nullptr, folderId);
            }
        },
        Qt::SingleShotConnection);
    connect(
        session, &SandboxSession::failed, this,
        [this, generation](const QString &message) {
            if (generation == m_connectGeneration) {
                showConnectionError([]() { return tr("The sandbox could not start."); },
                                    ApiError::local(ApiError::Kind::Local, message));
            }
        },
        Qt::SingleShotConnection);
    // At launch the emulator starts after the first frame: its thread and the connection it brings
    // would otherwise compete with the window's first paint (cold start).
    if (m_firstFrameSeen) {
        session->start();
    } else {
        m_startSandboxAfterFirstFrame = true;
        // A window that is not painted soon (started minimised) connects all the same.
        QTimer::singleShot(1000, this, &MainWindow::startPendingSandbox);
    }
}

void MainWindow::showConnectionError(const TextFunction &lead, const ApiError &error) {
    m_connecting = false;
    updateBusy();
    m_connectionError->showError(lead, error);
    setFolderMessage([]() { return tr("Not connected."); });
    Q_EMIT connectionFailed(m_profileId, error);
}

void MainWindow::manageProfiles() {
    if (!m_options.profiles || !m_options.connections) {
        return;
    }
    auto *dialog = new ProfileEditorDialog(m_options.profiles, m_options.connections, m_options.credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_options.profiles->profile(m_profileId)) {
        dialog->selectProfile(m_profileId);
    }
    const QStringList before = [this]() {
        QStringList ids;
        for (const Profile &p : m_options.profiles->profiles()) {
            ids << p.id;
        }
        return ids;
    }();
    connect(dialog, &ProfileEditorDialog::profileSaved, this, [this, before](const Profile &saved) {
        rebuildProfileSwitcher();
        // A new profile is what the user wants to use; the current one reconnects with its new settings.
        if (!before.contains(saved.id) || saved.id == m_profileId) {
            switchToProfile(saved.id);
        }
    });
    connect(dialog, &ProfileEditorDialog::profileRemoved, this, [this](const QString &id) {
        if (m_settings) {
            m_settings->remove(QStringLiteral("profileState/") + id);
            if (m_settings->value(QLatin1String(kLastProfileKey)).toString() == id) {
                m_settings->remove(QLatin1String(kLastProfileKey));
            }
        }
        if (id == m_profileId) {
            m_profileId.clear();
            m_profile = Profile{};
            m_options.sandbox = false;
            detach([]() { return tr("The profile was deleted. Choose another one in the toolbar."); });
        }
        rebuildProfileSwitcher();
        updateConnectionWidgets();
    });
    dialog->open();
}

// ---- Clouds and folders -----------------------------------------------------------------------

void MainWindow::onCloudsLoaded() {
    m_treeError->hide();
    const int clouds = m_clouds->rowCount();
    const QModelIndex hinted = m_profile.cloudId.isEmpty() ? QModelIndex() : m_clouds->indexOfCloud(m_profile.cloudId);
    if (hinted.isValid()) {
        m_tree->expand(hinted);
    } else if (clouds <= kExpandAllClouds) {
        // Which cloud holds the folder is not known: open them all (each loads its folders).
        for (int row = 0; row < clouds; ++row) {
            m_tree->expand(m_clouds->index(row, 0));
        }
    }
    highlightFolder();
}

void MainWindow::onFoldersLoaded(const QString &cloudId) {
    Q_UNUSED(cloudId)
    m_treeError->hide();
    highlightFolder();
}

void MainWindow::highlightFolder() {
    if (m_pendingFolderId.isEmpty()) {
        return;
    }
    const QModelIndex folder = m_clouds->indexOfFolder(m_pendingFolderId);
    if (!folder.isValid()) {
        return;
    }
    m_pendingFolderId.clear();
    m_tree->expand(folder.parent());
    m_tree->selectionModel()->setCurrentIndex(folder, QItemSelectionModel::ClearAndSelect);
    m_tree->scrollTo(folder);
    updateFolderLabel();
}

void MainWindow::onTreeCurrentChanged(const QModelIndex &index) {
    if (!index.isValid() ||
        index.data(CloudFolderModel::KindRole).toInt() != static_cast<int>(CloudFolderModel::Kind::Folder)) {
        return;
    }
    const QString folderId = index.data(CloudFolderModel::IdRole).toString();
    if (m_settings && !m_profileId.isEmpty()) {
        m_settings->setValue(settingsKey(QStringLiteral("cloud")), index.data(CloudFolderModel::CloudIdRole));
    }
    if (folderId != m_options.folderId) {
        openFolder(folderId);
    } else {
        updateFolderLabel();
    }
}

void MainWindow::openFolderFromField() {
    static const QRegularExpression idPattern(QStringLiteral("^[-_0-9A-Za-z]+$"));
    const QString folderId = m_folderEdit->text().trimmed();
    if (folderId.isEmpty()) {
        return;
    }
    if (!idPattern.match(folderId).hasMatch()) {
        // Nothing is sent: the server could only answer INVALID_ARGUMENT.
        m_folderIdError->show();
        return;
    }
    m_folderIdError->hide();
    openFolder(folderId);
}

void MainWindow::openFolder(const QString &folderId) {
    if (!m_client || folderId.isEmpty()) {
        return;
    }
    m_options.folderId = folderId;
    m_folderEdit->setText(folderId);
    if (m_settings && !m_profileId.isEmpty()) {
        m_settings->setValue(settingsKey(QStringLiteral("folder")), folderId);
    }
    const QModelIndex inTree = m_clouds->indexOfFolder(folderId);
    if (inTree.isValid() && m_tree->currentIndex() != inTree) {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->selectionModel()->setCurrentIndex(inTree, QItemSelectionModel::ClearAndSelect);
        m_tree->viewport()->update();
    } else if (!inTree.isValid()) {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->selectionModel()->clear();
        m_tree->viewport()->update();
        m_pendingFolderId = folderId; // highlighted once its cloud's folders are loaded
    }
    loadSecrets();
}

void MainWindow::retryTree() {
    if (!m_client) {
        return;
    }
    if (m_clouds->rowCount() == 0) {
        m_clouds->reload();
        return;
    }
    for (int row = 0; row < m_clouds->rowCount(); ++row) {
        const QModelIndex cloud = m_clouds->index(row, 0);
        if (m_tree->isExpanded(cloud) && m_clouds->canFetchMore(cloud)) {
            m_clouds->fetchMore(cloud);
        }
    }
}

QString MainWindow::folderName() const {
    const QModelIndex folder = m_clouds->indexOfFolder(m_options.folderId);
    const QString name = folder.isValid() ? folder.data().toString() : QString();
    return name == m_options.folderId ? QString() : name;
}

void MainWindow::updateFolderLabel() {
    if (!m_client) {
        setFolderMessage(m_folderMessage); // connecting, not connected: the message, in today's language
        return;
    }
    m_folderMessage = nullptr;
    m_folderLabel->setWordWrap(false);
    if (m_options.folderId.isEmpty()) {
        m_folderLabel->setText(tr("Select a folder"));
        return;
    }
    const QString name = folderName();
    m_folderLabel->setText(name.isEmpty() ? tr("Secrets in folder %1").arg(m_options.folderId)
                                          : tr("Secrets in “%1”").arg(name));
    m_folderLabel->setToolTip(tr("Folder %1").arg(m_options.folderId));
}

// ---- Secrets ----------------------------------------------------------------------------------

void MainWindow::loadSecrets() {
    m_secretsError->hide();
    if (m_secret && m_secret->folderId != m_options.folderId) {
        onSecretChanged(QModelIndex()); // another folder: its secret is no longer what is listed
    }
    if (m_client) {
        m_secrets->setFolder(m_options.folderId);
    }
    updateFolderLabel();
    updateSecretHeader();
    updateActions();
}

void MainWindow::onSecretsLoaded(int total) {
    const int row = m_secret ? m_secrets->rowOfSecret(m_secret->id) : -1;
    if (row >= 0) {
        // The same secret again (a refresh): onSecretChanged takes its fresh metadata.
        m_secretsView->setCurrentIndex(m_secretsProxy->index(row, SecretsModel::NameColumn));
    } else if (m_secrets->rowCount() > 0) {
        m_secretsView->setCurrentIndex(m_secretsProxy->index(0, SecretsModel::NameColumn));
    } else {
        onSecretChanged(QModelIndex());
    }
    Q_EMIT secretsLoaded(total);
}

void MainWindow::updateSecretsEmptyText() {
    if (!m_secretsView || !m_secrets) {
        return; // still being built
    }
    // Only for a filter that hides every secret: an empty folder is explained on the right.
    const QString filter = m_secrets->filter();
    if (filter.isEmpty() || m_secretsProxy->rowCount() > 0 || m_secrets->totalCount() == 0) {
        m_secretsView->setEmptyText(QString());
        return;
    }
    m_secretsView->setEmptyText(m_secrets->isLoading() ? tr("No secret loaded so far matches “%1”.").arg(filter)
                                                       : tr("No secret matches “%1”.").arg(filter));
}

void MainWindow::filterSecrets(const QString &text) {
    m_secrets->setFilter(text); // its reset updates the list's empty text
    const int row = m_secret ? m_secrets->rowOfSecret(m_secret->id) : -1;
    if (row >= 0) {
        // The same secret again: onSecretChanged keeps its versions.
        m_secretsView->setCurrentIndex(m_secretsProxy->index(row, SecretsModel::NameColumn));
    }
}

bool MainWindow::selectSecret(const QString &secretId) {
    const int row = m_secrets->rowOfSecret(secretId);
    if (row < 0) {
        return false;
    }
    m_secretsView->setCurrentIndex(m_secretsProxy->index(row, SecretsModel::NameColumn));
    return true;
}

void MainWindow::onSecretChanged(const QModelIndex &index) {
    const std::optional<Secret> secret = index.isValid() ? m_secrets->secretAt(index.row()) : std::optional<Secret>();
    if (!secret) {
        if (!m_secret) {
            updateActions();
            return;
        }
        m_secret.reset();
        m_versionsError->hide();
        m_model->setSecret(QString(), QString());
    } else if (m_secret && m_secret->id == secret->id) {
        // Fresh metadata of the secret already shown: keep its rows.
        m_secret = secret;
        m_model->setCurrentVersionId(secret->currentVersion ? secret->currentVersion->id : QString());
    } else {
        m_secret = secret;
        m_versionsError->hide();
        m_model->setSecret(secret->id, secret->currentVersion ? secret->currentVersion->id : QString());
    }
    updateSecretHeader();
    updateActions();
    updateDetails();
}

void MainWindow::updateSecretHeader() {
    // The title names what is shown and where from; the platform appends " — Lockbox Desktop" (the
    // application's display name) itself, so it is not part of it.
    const QString where = m_options.sandbox ? tr("Sandbox") : m_profile.name;
    const auto title = [&where](const QString &shown) {
        QStringList parts;
        if (!shown.isEmpty()) {
            parts << shown;
        }
        if (!where.isEmpty()) {
            parts << where;
        }
        return parts.join(QStringLiteral(" — "));
    };
    if (!m_secret) {
        m_secretName->setText(tr("No secret selected"));
        if (!m_client) {
            m_secretInfo->setText(m_profileId.isEmpty() ? tr("Not connected: choose a connection profile.")
                                                        : tr("Not connected."));
        } else if (m_options.folderId.isEmpty()) {
            m_secretInfo->setText(tr("Select a folder on the left to list its secrets."));
        } else if (!m_secrets->isLoading() && m_secrets->totalCount() == 0) {
            m_secretInfo->setText(tr("This folder has no secrets yet: create one with New Secret (%1).")
                                      .arg(m_newSecretAction->shortcut().toString(QKeySequence::NativeText)));
        } else {
            m_secretInfo->setText(tr("Select a secret on the left to see its versions."));
        }
        setWindowTitle(title(QString()));
        return;
    }
    const Secret &s = *m_secret;
    m_secretName->setText(s.name.isEmpty() ? s.id : s.name);
    QStringList info;
    info << tr("ID %1").arg(s.id);
    info << tr("Status: %1").arg(StatusPresentation::secretStatusText(s.status));
    info << (s.currentVersion ? tr("Current version: %1").arg(s.currentVersion->id) : tr("No current version"));
    if (s.deletionProtection) {
        info << tr("Deletion protection on");
    }
    if (s.passwordPayloadSpecification) {
        info << tr("Generated: %1").arg(StatusPresentation::passwordSpecSummary(*s.passwordPayloadSpecification));
    }
    if (!s.labels.isEmpty()) {
        QStringList labels;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
            labels << (it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
        }
        info << tr("Labels: %1").arg(labels.join(QStringLiteral(", ")));
    }
    if (!s.description.isEmpty()) {
        info << s.description;
    }
    m_secretInfo->setText(info.join(QStringLiteral("  ·  ")));
    setWindowTitle(title(s.name.isEmpty() ? s.id : s.name));
}

void MainWindow::storeSecret() {
    if (m_secret) {
        m_secrets->applySecret(*m_secret);
    }
    updateSecretHeader();
}

void MainWindow::applySecret(const Secret &returned) {
    ++m_secretChanges;
    Secret secret = returned;
    if (m_secret && m_secret->id == secret.id && !secret.currentVersion && m_secret->currentVersion) {
        secret.currentVersion = m_secret->currentVersion; // an answer without it does not mean it is gone
    }
    m_secrets->applySecret(secret);
    if (m_secret && m_secret->id == secret.id) {
        m_secret = secret;
        m_model->setCurrentVersionId(secret.currentVersion ? secret.currentVersion->id : QString());
    }
    updateSecretHeader();
    updateActions();
}

void MainWindow::showSecretsContextMenu(const QPoint &pos) {
    const QModelIndex index = m_secretsView->indexAt(pos);
    if (index.isValid()) {
        m_secretsView->setCurrentIndex(index);
    }
    QMenu menu(this);
    menu.addAction(m_newSecretAction);
    if (index.isValid()) {
        menu.addAction(m_editSecretAction);
        menu.addSeparator();
        menu.addAction(m_activateAction);
        menu.addAction(m_deactivateAction);
        menu.addSeparator();
        menu.addAction(m_copySecretIdAction);
        menu.addSeparator();
        menu.addAction(m_deleteSecretAction);
    }
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.exec(m_secretsView->viewport()->mapToGlobal(pos));
}

void MainWindow::copySecretId() {
    if (!m_secret) {
        return;
    }
    QApplication::clipboard()->setText(m_secret->id);
    statusBar()->showMessage(tr("Secret ID %1 copied").arg(m_secret->id), kStatusMessageMs);
}

void MainWindow::newSecret() {
    if (!m_client || m_options.folderId.isEmpty()) {
        return;
    }
    auto *dialog = new SecretEditDialog(m_runner, m_options.folderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = folderName();
    dialog->setFolderDescription(name.isEmpty() ? m_options.folderId : tr("“%1” (%2)").arg(name, m_options.folderId));
    connect(dialog, &SecretEditDialog::secretCreated, this, [this](const Secret &secret) {
        m_secrets->applySecret(secret);
        if (!selectSecret(secret.id) && !m_secretsFilter->text().isEmpty()) {
            m_secretsFilter->clear(); // the filter hides it: show it
            selectSecret(secret.id);
        }
        statusBar()->showMessage(tr("Secret “%1” created").arg(secret.name.isEmpty() ? secret.id : secret.name),
                                 kStatusMessageMs);
    });
    dialog->open();
}

void MainWindow::editSecret() {
    if (!m_secret) {
        return;
    }
    auto *dialog = new SecretEditDialog(m_runner, *m_secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SecretEditDialog::secretUpdated, this, [this](const Secret &secret) {
        applySecret(secret);
        statusBar()->showMessage(tr("Secret “%1” saved").arg(secret.name.isEmpty() ? secret.id : secret.name),
                                 kStatusMessageMs);
    });
    dialog->open();
}

void MainWindow::activateSecret() {
    setSecretActive(true);
}

void MainWindow::deactivateSecret() {
    setSecretActive(false);
}

void MainWindow::setSecretActive(bool active) {
    if (!m_secret) {
        return;
    }
    const Secret secret = *m_secret;
    if (active) {
        runSecretActivation(secret, true);
        return;
    }
    const QString name = secret.name.isEmpty() ? secret.id : secret.name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Deactivate Secret"), tr("Deactivate “%1”?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deactivateConfirmation"));
    box->setInformativeText(tr("Applications can no longer read its values until it is activated again. Its "
                               "versions are kept."));
    QPushButton *confirm = box->addButton(tr("&Deactivate"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, secret](QAbstractButton *button) {
        if (button == confirm) {
            runSecretActivation(secret, false);
        }
    });
    box->open();
}

void MainWindow::runSecretActivation(const Secret &secret, bool active) {
    ApiClient *client = m_client;
    const QString secretId = secret.id;
    const QString name = secret.name.isEmpty() ? secret.id : secret.name;
    m_runner->run(
        this,
        [client, secretId, active](QObject *context, ApiClient::Callback<Operation> callback) {
            if (active) {
                client->activateSecret(secretId, context, std::move(callback));
            } else {
                client->deactivateSecret(secretId, context, std::move(callback));
            }
        },
        [this, secret, active, name](const Result<Operation> &result) {
            if (!result.ok()) {
                auto *failure = new QMessageBox(
                    QMessageBox::Warning, active ? tr("Activate Secret") : tr("Deactivate Secret"),
                    ErrorText::failureLead(result.error(), active ? tr("“%1” was not activated.").arg(name)
                                                                  : tr("“%1” was not deactivated.").arg(name)),
                    QMessageBox::Ok, this);
                failure->setObjectName(QStringLiteral("secretOperationFailure"));
                failure->setInformativeText(ErrorText::describe(result.error(), result.requestId()));
                failure->setAttribute(Qt::WA_DeleteOnClose);
                failure->open();
                return;
            }
            Secret updated = result.value().responseSecret().value_or(secret);
            if (!result.value().responseSecret()) {
                updated.status = active ? Secret::Status::Active : Secret::Status::Inactive;
            }
            applySecret(updated);
            statusBar()->showMessage(active ? tr("“%1” is active").arg(name) : tr("“%1” is deactivated").arg(name),
                                     kStatusMessageMs);
        },
        active ? tr("Activate secret") : tr("Deactivate secret"), OperationLog::target(secretId));
}

void MainWindow::deleteSecret() {
    if (!m_secret) {
        return;
    }
    auto *dialog = new DeleteSecretDialog(m_runner, *m_secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteSecretDialog::secretDeleted, this, [this](const QString &secretId) {
        const int row = m_secrets->rowOfSecret(secretId);
        const QString name =
            m_secret && m_secret->id == secretId && !m_secret->name.isEmpty() ? m_secret->name : secretId;
        if (m_secret && m_secret->id == secretId) {
            onSecretChanged(QModelIndex());
        }
        m_secrets->removeSecret(secretId);
        // The neighbour takes its place, as in a file manager.
        if (m_secrets->rowCount() > 0) {
            const int next = std::clamp(row, 0, m_secrets->rowCount() - 1);
            m_secretsView->setCurrentIndex(m_secretsProxy->index(next, SecretsModel::NameColumn));
        }
        statusBar()->showMessage(tr("Secret “%1” deleted").arg(name), kStatusMessageMs);
        updateSecretHeader();
    });
    dialog->open();
}

void MainWindow::updateActions() {
    const bool connected = m_client != nullptr;
    const bool hasSecret = m_secret.has_value();
    m_refreshAction->setEnabled(connected);
    m_newSecretAction->setEnabled(connected && !m_options.folderId.isEmpty());
    m_editSecretAction->setEnabled(hasSecret);
    m_activateAction->setEnabled(hasSecret && m_secret->status == Secret::Status::Inactive);
    m_deactivateAction->setEnabled(hasSecret && m_secret->status == Secret::Status::Active);
    m_deleteSecretAction->setEnabled(hasSecret);
    m_copySecretIdAction->setEnabled(hasSecret);
    m_goToFolderAction->setEnabled(connected);
    m_folderEdit->setEnabled(connected);

    const QList<Version> selected = selectedVersions();
    const auto any = [&](Version::Status status) {
        return std::any_of(selected.cbegin(), selected.cend(), [&](const Version &v) { return v.status == status; });
    };
    m_addVersionAction->setEnabled(hasSecret);
    m_passwordSpecAction->setEnabled(hasSecret && m_secret->passwordPayloadSpecification.has_value());
    m_passwordSpecAction->setToolTip(
        hasSecret && !m_secret->passwordPayloadSpecification
            ? tr("This secret holds values set by users; it has no password specification")
            : tr("Change how the service generates this secret's password (%1)")
                  .arg(m_passwordSpecAction->shortcut().toString(QKeySequence::NativeText)));
    m_scheduleAction->setEnabled(hasSecret && any(Version::Status::Active));
    m_cancelAction->setEnabled(hasSecret && any(Version::Status::ScheduledForDestruction));
    m_setCurrentAction->setEnabled(hasSecret && !m_settingCurrentOf.contains(m_secret->id) && selected.size() == 1 &&
                                   selected.first().status == Version::Status::Active &&
                                   selected.first().id != m_model->currentVersionId());
    m_copyIdAction->setEnabled(!selected.isEmpty());
    m_viewValuesAction->setEnabled(hasSecret && selected.size() == 1 &&
                                   selected.first().status != Version::Status::Destroyed);
    m_compareAction->setEnabled(hasSecret && selected.size() == 2);
}

void MainWindow::viewValues() {
    const QList<Version> selected = selectedVersions();
    if (!m_secret || selected.size() != 1) {
        return;
    }
    auto *dialog = new PayloadViewerDialog(m_client, *m_secret, selected.first(), m_secureClipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOperationLog(m_operationLog);
    dialog->open();
}

void MainWindow::compareVersions() {
    QList<Version> selected = selectedVersions();
    if (!m_secret || selected.size() != 2) {
        return;
    }
    std::sort(selected.begin(), selected.end(),
              [](const Version &a, const Version &b) { return a.createdAt < b.createdAt; });
    auto *dialog = new CompareVersionsDialog(m_client, *m_secret, selected.at(0), selected.at(1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOperationLog(m_operationLog);
    dialog->open();
}

bool MainWindow::isBusy() const {
    return m_connecting || m_runner->runningCount() > 0 || m_model->isLoading() || m_secrets->isLoading() ||
           m_clouds->isLoading();
}

void MainWindow::updateBusy() {
    const int running = m_runner->runningCount();
    // Shown once the work has lasted kBusyDelayMs: a page that comes at once does not flash the bar
    // (and repaint the status bar twice).
    if (!isBusy()) {
        m_busyDelay->stop();
        // On the next turn of the event loop: work that ends and starts again in one go (a reload,
        // a connection that lists its folder) keeps the bar up instead of blinking it.
        if (!m_busy->isHidden()) {
            QTimer::singleShot(0, this, [this]() {
                if (!isBusy()) {
                    m_busy->hide();
                }
            });
        }
    } else if (m_busy->isHidden() && !m_busyDelay->isActive()) {
        m_busyDelay->start();
    }
    m_operationsLabel->setVisible(running > 0);
    m_operationsLabel->setText(tr("%n operation(s) running", nullptr, running));
}

void MainWindow::refresh() {
    if (!m_client) {
        return;
    }
    m_secretsError->hide();
    m_secrets->reload();
    if (m_secret) {
        m_versionsError->hide();
        reloadVersionsKeepingSelection();
    }
    if (m_clouds->rowCount() == 0 && !m_clouds->isLoading()) {
        m_treeError->hide();
        m_clouds->reload();
    }
}

// ---- Versions ---------------------------------------------------------------------------------

void MainWindow::reloadVersionsKeepingSelection() {
    // Found by exploratory testing: after a failed change the re-read emptied the selection under
    // the open dialog, and Retry or Refresh left the user on no version.
    Reselection &r = m_reselection;
    QStringList selected = selectedVersionIds();
    if (r.secretId == m_model->secretId() && !r.pending.isEmpty() && selected == sortedIds(r.restored)) {
        // Reloaded again before the last reload's versions all came back (Refresh twice, or one
        // re-read per unknown outcome): what was still to be restored is still wanted, unless the
        // user has chosen something since.
        selected = r.restored + r.pending;
    }
    r = {m_model->secretId(), selected, {}};
    m_model->reload();
}

void MainWindow::reselectAfterReload() {
    Reselection &r = m_reselection;
    if (r.pending.isEmpty()) {
        return;
    }
    if (r.secretId != m_model->secretId() || selectedVersionIds() != sortedIds(r.restored)) {
        r = {}; // another secret is shown, or the user chose something else meanwhile
        return;
    }
    QStringList found;
    r.pending.removeIf([this, &found](const QString &id) {
        if (m_model->rowOfVersion(id) < 0) {
            return false;
        }
        found << id;
        return true;
    });
    if (!found.isEmpty()) {
        // Scrolled to on the first page that brings one; later pages do not pull the view back.
        const bool first = r.restored.isEmpty();
        r.restored << found;
        selectVersionIds(r.restored, first);
    }
    if (!m_model->isLoading() && !m_model->canFetchMore(QModelIndex())) {
        r.pending.clear(); // the rest are gone (destroyed, or on no page)
    }
}

QStringList MainWindow::sortedIds(QStringList ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList MainWindow::selectedVersionIds() const {
    QStringList ids;
    for (const Version &version : selectedVersions()) {
        ids << version.id;
    }
    return sortedIds(std::move(ids));
}

QList<Version> MainWindow::selectedVersions() const {
    QList<Version> versions;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        versions.append(index.data(VersionsModel::VersionRole).value<Version>());
    }
    return versions;
}

void MainWindow::selectVersions(const QStringList &versionIds) {
    selectVersionIds(versionIds, true);
}

void MainWindow::selectVersionIds(const QStringList &versionIds, bool scroll) {
    QItemSelection selection;
    for (const QString &id : versionIds) {
        const int row = m_model->rowOfVersion(id);
        if (row >= 0) {
            selection.select(m_proxy->index(row, 0), m_proxy->index(row, VersionsModel::ColumnCount - 1));
        }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        m_table->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
        if (scroll) {
            m_table->scrollTo(selection.first().topLeft());
        }
    }
}

QList<Version> MainWindow::loadedVersions() const {
    QList<Version> versions;
    bool haveCurrent = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const std::optional<Version> v = m_model->versionAt(row)) {
            haveCurrent = haveCurrent || v->id == m_model->currentVersionId();
            versions.append(*v);
        }
    }
    if (!haveCurrent && m_secret && m_secret->currentVersion) {
        versions.prepend(*m_secret->currentVersion); // not on the pages loaded so far
    }
    return versions;
}

void MainWindow::updateDetails() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(VersionsModel::StatusColumn);
    if (rows.size() == 1) {
        const QModelIndex index = rows.first();
        m_details->showVersion(index.data(VersionsModel::VersionRole).value<Version>(), index.data().toString(),
                               index.data(VersionsModel::IsCurrentRole).toBool());
    } else if (rows.size() > 1) {
        m_details->showSelectionCount(static_cast<int>(rows.size()));
    } else {
        m_details->showNothing();
    }
}

void MainWindow::updatePaging() {
    const int rows = m_model->rowCount();
    const bool more = m_model->hasMorePages();
    QString text;
    if (!m_secret) {
        text.clear();
    } else if (m_model->isLoading() && rows == 0) {
        text = tr("Loading versions…");
    } else if (rows == 0 && m_model->loadedPages() == 0 && m_model->lastLoadFailed()) {
        // Not "0 versions loaded" (found by QA): nothing is known yet. Load Next Page asks again.
        text = tr("The versions could not be loaded");
    } else {
        text = tr("%Ln version(s) loaded", nullptr, rows);
        if (more) {
            text += QStringLiteral(" · ") + tr("more on the server");
        }
    }
    m_countLabel->showText(text);
    const bool canLoad = m_secret && !m_model->isLoading() && (more || m_model->loadedPages() == 0);
    m_loadNextPage->setEnabled(canLoad);
    m_loadNextPageAction->setEnabled(canLoad);
}

void MainWindow::showVersionsContextMenu(const QPoint &pos) {
    QMenu menu(this);
    menu.addAction(m_addVersionAction);
    menu.addAction(m_setCurrentAction);
    menu.addSeparator();
    menu.addAction(m_scheduleAction);
    menu.addAction(m_cancelAction);
    menu.addSeparator();
    menu.addAction(m_viewValuesAction);
    menu.addAction(m_compareAction);
    menu.addSeparator();
    menu.addAction(m_copyIdAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::copySelectedIds() {
    QStringList ids;
    for (const Version &v : selectedVersions()) {
        ids << v.id;
    }
    if (ids.isEmpty()) {
        return;
    }
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("%n version ID(s) copied", nullptr, static_cast<int>(ids.size())), kStatusMessageMs);
}

void MainWindow::applyVersion(const Version &version) {
    m_model->applyVersion(version);
    if (m_secret && m_secret->currentVersion && m_secret->currentVersion->id == version.id) {
        m_secret->currentVersion = version;
        storeSecret();
    }
    updateActions();
    updateDetails();
}

void MainWindow::makeCurrent(const Version &version) {
    ++m_secretChanges;
    m_model->applyVersion(version);
    m_model->setCurrentVersionId(version.id);
    if (m_secret) {
        m_secret->currentVersion = version;
        storeSecret();
    }
    updateActions();
    updateDetails();
}

void MainWindow::resyncSecret() {
    // Several unknown outcomes (a destruction batch) make one re-read, after they are all in.
    if (m_resyncPending) {
        return;
    }
    m_resyncPending = true;
    QTimer::singleShot(0, this, [this]() {
        m_resyncPending = false;
        rereadAfterUnknownOutcome();
    });
}

void MainWindow::rereadAfterUnknownOutcome() {
    if (!m_client) {
        return;
    }
    // What Refresh reads (a create or delete may have happened: the secrets too), and the secret
    // itself: a lost answer may have added a version and made it current.
    refresh();
    if (!m_secret) {
        return;
    }
    const QString secretId = m_secret->id;
    const quint64 asked = ++m_secretChanges;
    m_client->getSecret(secretId, this, [this, secretId, asked](const Result<Secret> &result) {
        // Dropped when the secret changed meanwhile (a later success made a version current): this
        // answer may predate that.
        if (result.ok() && m_secret && m_secret->id == secretId && asked == m_secretChanges) {
            applySecret(result.value());
        }
    });
}

void MainWindow::onVersionAdded(const Version &version) {
    makeCurrent(version);
    selectVersions({version.id});
    statusBar()->showMessage(tr("Version %1 added; it is now the current version").arg(version.id), kStatusMessageMs);
}

void MainWindow::addVersion() {
    if (!m_secret) {
        return;
    }
    QString preselected;
    const QList<Version> selected = selectedVersions();
    if (selected.size() == 1 && selected.first().status != Version::Status::Destroyed) {
        preselected = selected.first().id;
    }
    auto *dialog = new AddVersionDialog(m_runner, *m_secret, loadedVersions(), preselected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddVersionDialog::versionAdded, this, &MainWindow::onVersionAdded);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (!dialog->addedVersion()) {
            m_model->reload(); // the operation did not say which version it made
        }
    });
    dialog->open();
}

void MainWindow::editPasswordSpecification() {
    if (!m_secret || !m_secret->passwordPayloadSpecification) {
        return;
    }
    auto *dialog = new PasswordSpecDialog(m_runner, *m_secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordSpecDialog::secretUpdated, this, [this](const Secret &secret) {
        if (m_secret && m_secret->id == secret.id) {
            m_secret->passwordPayloadSpecification = secret.passwordPayloadSpecification;
            storeSecret();
            statusBar()->showMessage(tr("Password specification saved"), kStatusMessageMs);
        }
    });
    connect(dialog, &PasswordSpecDialog::versionAdded, this, &MainWindow::onVersionAdded);
    dialog->open();
}

void MainWindow::scheduleDestruction() {
    QList<Version> versions;
    for (const Version &v : selectedVersions()) {
        if (v.status == Version::Status::Active) {
            versions.append(v);
        }
    }
    if (!m_secret || versions.isEmpty()) {
        return;
    }
    auto *dialog = new ScheduleDestructionDialog(m_runner, m_secret->id, versions, m_model->currentVersionId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleDestructionDialog::versionUpdated, this, &MainWindow::applyVersion);
    const int count = static_cast<int>(versions.size());
    connect(dialog, &QDialog::accepted, this, [this, count]() {
        statusBar()->showMessage(tr("Destruction of %n version(s) scheduled", nullptr, count), kStatusMessageMs);
    });
    dialog->open();
}

void MainWindow::cancelDestruction() {
    const QList<Version> versions = selectedVersions();
    if (!m_secret || versions.isEmpty()) {
        return;
    }
    auto *dialog = new CancelDestructionDialog(m_runner, m_secret->id, versions, m_model->currentVersionId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CancelDestructionDialog::versionUpdated, this, &MainWindow::applyVersion);
    connect(dialog, &QDialog::accepted, this,
            [this]() { statusBar()->showMessage(tr("Scheduled destruction cancelled"), kStatusMessageMs); });
    dialog->open();
}

void MainWindow::setCurrentVersion() {
    const QList<Version> selected = selectedVersions();
    if (!m_secret || selected.size() != 1) {
        return;
    }
    const Version version = selected.first();
    const QString secretId = m_secret->id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Set as Current Version"),
                                tr("Make version %1 the current version of “%2”?")
                                    .arg(version.id, m_secret->name.isEmpty() ? secretId : m_secret->name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("setCurrentConfirmation"));
    box->setInformativeText(tr("Applications that read the secret without a version ID get this version's values "
                               "from now on. The version that is current now stays active."));
    QPushButton *confirm = box->addButton(tr("Set as &Current"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(confirm);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, version, secretId](QAbstractButton *b) {
        if (b != confirm) {
            return;
        }
        ApiClient *client = m_client;
        const QString versionId = version.id;
        m_settingCurrentOf.insert(secretId); // one at a time: a second click would race the first
        updateActions();
        m_runner->run(
            this,
            [client, secretId, versionId](QObject *context, ApiClient::Callback<Operation> callback) {
                client->setCurrentVersion(secretId, versionId, context, std::move(callback));
            },
            [this, secretId, versionId](const Result<Operation> &result) {
                m_settingCurrentOf.remove(secretId);
                updateActions();
                if (!m_secret || m_secret->id != secretId) {
                    return; // another secret is shown now; its list reload will tell the truth
                }
                if (!result.ok()) {
                    auto *failure = new QMessageBox(
                        QMessageBox::Warning, tr("Set as Current Version"),
                        ErrorText::failureLead(result.error(), tr("Version %1 was not made current.").arg(versionId)),
                        QMessageBox::Ok, this);
                    failure->setObjectName(QStringLiteral("setCurrentFailure"));
                    failure->setInformativeText(ErrorText::describe(result.error(), result.requestId()));
                    failure->setAttribute(Qt::WA_DeleteOnClose);
                    failure->open();
                    return;
                }
                Version current = result.value().responseVersion().value_or(Version{});
                if (current.id.isEmpty()) {
                    m_model->setCurrentVersionId(versionId);
                    reloadVersionsKeepingSelection();
                } else {
                    makeCurrent(current);
                }
                statusBar()->showMessage(tr("Version %1 is now the current version").arg(versionId), kStatusMessageMs);
            },
            tr("Set current version"), OperationLog::target(secretId, versionId));
    });
    box->open();
}

} // namespace lockbox::ui
