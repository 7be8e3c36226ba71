#include "MainWindow.h"

#include "AddVersionDialog.h"
#include "CancelDestructionDialog.h"
#include "ErrorBanner.h"
#include "ErrorText.h"
#include "Limits.h"
#include "OperationRunner.h"
#include "PasswordSpecDialog.h"
#include "ScheduleDestructionDialog.h"
#include "SecretsListProxy.h"
#include "SecretsModel.h"
#include "StatusPresentation.h"
#include "VersionDetailsPane.h"
#include "VersionsModel.h"
#include "VersionsTableProxy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lockbox::ui {

namespace {

constexpr int kStatusMessageMs = 6000;
const QList<int> kPageSizes{50, 100, 500, 1000};

QIcon icon(const char *name) {
    return QIcon(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}

} // namespace

MainWindow::MainWindow(ApiClient *client, MainWindowOptions options, QSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_options(std::move(options)), m_settings(settings) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("app"));
    m_runner = new OperationRunner(client, this);
    m_secrets = new SecretsModel(client, this);
    m_secretsProxy = new SecretsListProxy(this);
    m_secretsProxy->setSourceModel(m_secrets);
    m_model = new VersionsModel(client, this);
    m_proxy = new VersionsTableProxy(this);
    m_proxy->setSourceModel(m_model);

    buildActions();
    buildMenus();
    buildCentral();
    buildStatusBar();
    restoreSettings();
    updateSecretHeader();
    updateActions();
    updatePaging();
    updateDetails();
    loadSecrets();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions() {
    auto make = [this](const QString &name, const QIcon &actionIcon, const QString &text, const QKeySequence &shortcut,
                       const QString &tip) {
        auto *action = new QAction(actionIcon, text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
        }
        action->setToolTip(shortcut.isEmpty() ? tip
                                              : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        return action;
    };
    m_refreshAction = make(QStringLiteral("refreshAction"), icon("refresh"), tr("&Refresh"), QKeySequence(Qt::Key_F5),
                           tr("Reload the secrets and the selected secret's versions"));
    m_addVersionAction = make(QStringLiteral("addVersionAction"), icon("add"), tr("&Add Version…"),
                              QKeySequence(Qt::CTRL | Qt::Key_N), tr("Add a version to the selected secret"));
    m_passwordSpecAction = make(QStringLiteral("passwordSpecAction"), icon("password"), tr("&Password Specification…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                tr("Change how the service generates this secret's password"));
    m_scheduleAction = make(QStringLiteral("scheduleDestructionAction"), icon("schedule"), tr("&Schedule Destruction…"),
                            QKeySequence(Qt::Key_Delete), tr("Schedule the destruction of the selected versions"));
    m_cancelAction =
        make(QStringLiteral("cancelDestructionAction"), icon("cancel"), tr("&Cancel Destruction…"),
             QKeySequence(Qt::CTRL | Qt::Key_R), tr("Cancel the scheduled destruction of the selected versions"));
    m_setCurrentAction = make(QStringLiteral("setCurrentAction"), icon("set-current"), tr("Set as C&urrent…"),
                              QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Make the selected version current"));
    m_copyIdAction = make(QStringLiteral("copyVersionIdAction"), icon("copy"), tr("&Copy Version ID"),
                          QKeySequence(Qt::CTRL | Qt::Key_C), tr("Copy the selected version IDs"));
    m_copyIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_loadNextPageAction = make(QStringLiteral("loadNextPageAction"), QIcon(), tr("Load &Next Page"),
                                QKeySequence(Qt::CTRL | Qt::Key_PageDown), tr("Load the next page of versions"));
    m_quitAction = make(QStringLiteral("quitAction"), QIcon(), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                        tr("Quit Lockbox Desktop"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction = make(QStringLiteral("aboutAction"), icon("app"), tr("&About Lockbox Desktop"), QKeySequence(),
                         tr("Version and license"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_addVersionAction, &QAction::triggered, this, &MainWindow::addVersion);
    connect(m_passwordSpecAction, &QAction::triggered, this, &MainWindow::editPasswordSpecification);
    connect(m_scheduleAction, &QAction::triggered, this, &MainWindow::scheduleDestruction);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelDestruction);
    connect(m_setCurrentAction, &QAction::triggered, this, &MainWindow::setCurrentVersion);
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copySelectedIds);
    connect(m_loadNextPageAction, &QAction::triggered, m_model, &VersionsModel::loadNextPage);
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
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quitAction);
    QMenu *secret = menuBar()->addMenu(tr("&Secret"));
    secret->addAction(m_refreshAction);
    secret->addAction(m_passwordSpecAction);
    QMenu *version = menuBar()->addMenu(tr("&Version"));
    version->addAction(m_addVersionAction);
    version->addAction(m_setCurrentAction);
    version->addSeparator();
    version->addAction(m_scheduleAction);
    version->addAction(m_cancelAction);
    version->addSeparator();
    version->addAction(m_copyIdAction);
    version->addAction(m_loadNextPageAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Actions"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addAction(m_addVersionAction);
    toolbar->addAction(m_passwordSpecAction);
    toolbar->addAction(m_setCurrentAction);
    toolbar->addSeparator();
    toolbar->addAction(m_scheduleAction);
    toolbar->addAction(m_cancelAction);
}

void MainWindow::buildCentral() {
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);

    if (m_options.sandbox) {
        auto *banner = new QFrame(central);
        banner->setObjectName(QStringLiteral("sandboxBanner"));
        banner->setStyleSheet(QStringLiteral("QFrame#sandboxBanner { background: #fff4d6; border: 1px solid #e0b64c;"
                                             " border-radius: 4px; } QLabel { color: #5c4300; }"));
        auto *bannerLayout = new QHBoxLayout(banner);
        bannerLayout->setContentsMargins(8, 4, 8, 4);
        auto *bannerIcon = new QLabel(banner);
        bannerIcon->setPixmap(icon("sandbox").pixmap(20, 20));
        bannerLayout->addWidget(bannerIcon);
        auto *bannerText = new QLabel(banner);
        bannerText->setObjectName(QStringLiteral("sandboxBannerLabel"));
        bannerText->setWordWrap(true);
        bannerText->setText(tr("<b>Sandbox.</b> A local emulator with demo data at %1. Nothing here reaches Yandex "
                               "Cloud, and every change is lost when the application quits.")
                                .arg(m_client->config().baseUrl.toString().toHtmlEscaped()));
        bannerLayout->addWidget(bannerText, 1);
        layout->addWidget(banner);
    }

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    layout->addWidget(m_mainSplitter, 1);

    // Left: the folder's secrets.
    auto *left = new QWidget(m_mainSplitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("F&older:"), left);
    m_folderEdit = new QLineEdit(m_options.folderId, left);
    m_folderEdit->setObjectName(QStringLiteral("folderLineEdit"));
    m_folderEdit->setAccessibleName(tr("Folder ID"));
    m_folderEdit->setToolTip(tr("The ID of the folder whose secrets are listed; press Enter to load it"));
    m_folderEdit->setMaxLength(limits::kMaxIdLength);
    folderLabel->setBuddy(m_folderEdit);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folderEdit, 1);
    leftLayout->addLayout(folderRow);
    m_secretsFilter = new QLineEdit(left);
    m_secretsFilter->setObjectName(QStringLiteral("secretsFilterLineEdit"));
    m_secretsFilter->setAccessibleName(tr("Filter secrets"));
    m_secretsFilter->setPlaceholderText(tr("Filter by name or label (env=prod)"));
    m_secretsFilter->setClearButtonEnabled(true);
    leftLayout->addWidget(m_secretsFilter);
    m_secretsError = new ErrorBanner(left);
    m_secretsError->setObjectName(QStringLiteral("secretsErrorBanner"));
    leftLayout->addWidget(m_secretsError);
    m_secretsView = new QListView(left);
    m_secretsView->setObjectName(QStringLiteral("secretsListView"));
    m_secretsView->setAccessibleName(tr("Secrets"));
    m_secretsView->setUniformItemSizes(true);
    m_secretsView->setModel(m_secretsProxy);
    m_secretsView->setModelColumn(SecretsModel::NameColumn);
    leftLayout->addWidget(m_secretsView, 1);

    // Right: the selected secret's versions and the selected version's details.
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    auto *versionsPane = new QWidget(m_rightSplitter);
    auto *versionsLayout = new QVBoxLayout(versionsPane);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    m_secretName = new QLabel(versionsPane);
    m_secretName->setObjectName(QStringLiteral("secretNameLabel"));
    QFont nameFont = m_secretName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_secretName->setFont(nameFont);
    m_secretName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    versionsLayout->addWidget(m_secretName);
    m_secretInfo = new QLabel(versionsPane);
    m_secretInfo->setObjectName(QStringLiteral("secretInfoLabel"));
    m_secretInfo->setWordWrap(true);
    m_secretInfo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    versionsLayout->addWidget(m_secretInfo);
    m_versionsError = new ErrorBanner(versionsPane);
    m_versionsError->setObjectName(QStringLiteral("versionsErrorBanner"));
    versionsLayout->addWidget(m_versionsError);

    m_table = new QTableView(versionsPane);
    m_table->setObjectName(QStringLiteral("versionsTableView"));
    m_table->setAccessibleName(tr("Versions"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSectionResizeMode(VersionsModel::DescriptionColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int idWidth = metrics.horizontalAdvance(QStringLiteral("e6qv0pgmain000000000")) * 11 / 10 + 16;
    m_table->setColumnWidth(VersionsModel::IdColumn, idWidth);
    // Times in the user's locale; destroyAt adds a relative part ("in 3 days").
    const QDateTime sampleTime(QDate(2026, 12, 28), QTime(23, 59));
    const int timeWidth = metrics.horizontalAdvance(QLocale().toString(sampleTime, QLocale::ShortFormat)) + 24;
    m_table->setColumnWidth(VersionsModel::CreatedColumn, timeWidth);
    m_table->setColumnWidth(VersionsModel::StatusColumn,
                            metrics.horizontalAdvance(QStringLiteral("Scheduled for destruction")) + 40);
    m_table->setColumnWidth(VersionsModel::DestroyAtColumn, timeWidth * 185 / 100);
    m_table->setColumnWidth(VersionsModel::KeysColumn, 150);
    m_table->setColumnWidth(VersionsModel::CurrentColumn, 44);
    m_table->addAction(m_copyIdAction);
    versionsLayout->addWidget(m_table, 1);

    auto *pagingRow = new QHBoxLayout;
    m_countLabel = new QLabel(versionsPane);
    m_countLabel->setObjectName(QStringLiteral("versionsCountLabel"));
    pagingRow->addWidget(m_countLabel, 1);
    auto *pageSizeLabel = new QLabel(tr("&Page size:"), versionsPane);
    m_pageSize = new QComboBox(versionsPane);
    m_pageSize->setObjectName(QStringLiteral("pageSizeComboBox"));
    m_pageSize->setAccessibleName(tr("Versions per page"));
    for (int size : kPageSizes) {
        m_pageSize->addItem(QLocale().toString(size), size);
    }
    m_pageSize->setCurrentIndex(m_pageSize->findData(m_model->pageSize()));
    pageSizeLabel->setBuddy(m_pageSize);
    pagingRow->addWidget(pageSizeLabel);
    pagingRow->addWidget(m_pageSize);
    m_loadNextPage = new QPushButton(tr("Load Next Page"), versionsPane);
    m_loadNextPage->setObjectName(QStringLiteral("loadNextPageButton"));
    m_loadNextPage->setAccessibleName(tr("Load the next page of versions"));
    pagingRow->addWidget(m_loadNextPage);
    versionsLayout->addLayout(pagingRow);

    m_details = new VersionDetailsPane(m_rightSplitter);
    m_rightSplitter->addWidget(versionsPane);
    m_rightSplitter->addWidget(m_details);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);

    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({230, 1100});
    setCentralWidget(central);

    setTabOrder(m_folderEdit, m_secretsFilter);
    setTabOrder(m_secretsFilter, m_secretsView);
    setTabOrder(m_secretsView, m_table);
    setTabOrder(m_table, m_pageSize);
    setTabOrder(m_pageSize, m_loadNextPage);
    setTabOrder(m_loadNextPage, m_details);

    connect(m_folderEdit, &QLineEdit::returnPressed, this, [this]() {
        m_options.folderId = m_folderEdit->text().trimmed();
        loadSecrets();
    });
    connect(m_secretsFilter, &QLineEdit::textChanged, this, &MainWindow::filterSecrets);
    connect(m_secretsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { onSecretChanged(index); });
    connect(m_secrets, &SecretsModel::loadFinished, this, &MainWindow::onSecretsLoaded);
    connect(m_secrets, &SecretsModel::loadingChanged, this, &MainWindow::updateBusy);
    connect(m_secrets, &SecretsModel::loadFailed, this, [this](const ApiError &error) {
        m_secretsError->showError(tr("The secrets of folder %1 could not be loaded.").arg(m_secrets->folderId()),
                                  error);
    });
    connect(m_secretsError, &ErrorBanner::retryRequested, m_secrets, &SecretsModel::reload);
    connect(m_versionsError, &ErrorBanner::retryRequested, m_model, &VersionsModel::loadNextPage);
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
    connect(m_loadNextPage, &QPushButton::clicked, m_model, &VersionsModel::loadNextPage);

    connect(m_model, &VersionsModel::loadingChanged, this, [this]() {
        updatePaging();
        updateBusy();
    });
    connect(m_model, &VersionsModel::pageLoaded, this, [this]() {
        m_versionsError->hide();
        updatePaging();
    });
    connect(m_model, &VersionsModel::loadFailed, this, [this](const ApiError &error) {
        m_versionsError->showError(tr("The versions could not be loaded."), error);
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
}

void MainWindow::buildStatusBar() {
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_operationsLabel = new QLabel(this);
    m_operationsLabel->setObjectName(QStringLiteral("operationsLabel"));
    auto *endpoint = new QLabel(this);
    endpoint->setObjectName(QStringLiteral("endpointLabel"));
    endpoint->setText(m_options.sandbox ? tr("Sandbox: %1").arg(m_client->config().baseUrl.toString())
                                        : m_client->config().baseUrl.toString());
    statusBar()->addPermanentWidget(m_operationsLabel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(endpoint);
    connect(m_runner, &OperationRunner::runningCountChanged, this, &MainWindow::updateBusy);
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
    m_rightSplitter->restoreState(m_settings->value(QStringLiteral("mainWindow/rightSplitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(m_settings->value(QStringLiteral("versionsTable/header")).toByteArray());
    const int pageSize = m_pageSize->findData(m_settings->value(QStringLiteral("versionsTable/pageSize")).toInt());
    if (pageSize >= 0) {
        m_pageSize->setCurrentIndex(pageSize);
    }
}

void MainWindow::saveSettings() {
    if (!m_settings) {
        return;
    }
    m_settings->setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("mainWindow/state"), saveState());
    m_settings->setValue(QStringLiteral("mainWindow/mainSplitter"), m_mainSplitter->saveState());
    m_settings->setValue(QStringLiteral("mainWindow/rightSplitter"), m_rightSplitter->saveState());
    m_settings->setValue(QStringLiteral("versionsTable/header"), m_table->horizontalHeader()->saveState());
    m_settings->setValue(QStringLiteral("versionsTable/pageSize"), m_model->pageSize());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

// ---- Secrets ----------------------------------------------------------------------------------

void MainWindow::loadSecrets() {
    m_secretsError->hide();
    if (m_secret && m_secret->folderId != m_options.folderId) {
        onSecretChanged(QModelIndex()); // another folder: its secret is no longer what is listed
    }
    m_secrets->setFolder(m_options.folderId);
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

void MainWindow::filterSecrets(const QString &text) {
    m_secrets->setFilter(text);
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
    const QString suffix = m_options.sandbox ? QLatin1Char(' ') + tr("[Sandbox]") : QString();
    if (!m_secret) {
        m_secretName->setText(tr("No secret selected"));
        m_secretInfo->setText(m_options.folderId.isEmpty() ? tr("Enter a folder ID to list its secrets.")
                                                           : tr("Select a secret on the left to see its versions."));
        setWindowTitle(tr("Lockbox Desktop") + suffix);
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
    if (!s.description.isEmpty()) {
        info << s.description;
    }
    m_secretInfo->setText(info.join(QStringLiteral("  ·  ")));
    setWindowTitle(tr("%1 — Lockbox Desktop").arg(s.name.isEmpty() ? s.id : s.name) + suffix);
}

void MainWindow::storeSecret() {
    if (m_secret) {
        m_secrets->applySecret(*m_secret);
    }
    updateSecretHeader();
}

// ---- Versions ---------------------------------------------------------------------------------

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
        m_table->scrollTo(selection.first().topLeft());
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

void MainWindow::updateActions() {
    const bool hasSecret = m_secret.has_value();
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
    m_setCurrentAction->setEnabled(hasSecret && selected.size() == 1 &&
                                   selected.first().status == Version::Status::Active &&
                                   selected.first().id != m_model->currentVersionId());
    m_copyIdAction->setEnabled(!selected.isEmpty());
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
    } else {
        text = tr("%Ln version(s) loaded", nullptr, rows);
        if (more) {
            text += QStringLiteral(" · ") + tr("more on the server");
        }
    }
    m_countLabel->setText(text);
    const bool canLoad = m_secret && !m_model->isLoading() && (more || m_model->loadedPages() == 0);
    m_loadNextPage->setEnabled(canLoad);
    m_loadNextPageAction->setEnabled(canLoad);
}

void MainWindow::updateBusy() {
    const int running = m_runner->runningCount();
    m_busy->setVisible(running > 0 || m_model->isLoading() || m_secrets->isLoading());
    m_operationsLabel->setVisible(running > 0);
    m_operationsLabel->setText(tr("%n operation(s) running", nullptr, running));
}

void MainWindow::showVersionsContextMenu(const QPoint &pos) {
    QMenu menu(this);
    menu.addAction(m_addVersionAction);
    menu.addAction(m_setCurrentAction);
    menu.addSeparator();
    menu.addAction(m_scheduleAction);
    menu.addAction(m_cancelAction);
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

void MainWindow::refresh() {
    m_secretsError->hide();
    m_secrets->reload();
    if (m_secret) {
        m_versionsError->hide();
        m_model->reload();
    }
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
    m_model->applyVersion(version);
    m_model->setCurrentVersionId(version.id);
    if (m_secret) {
        m_secret->currentVersion = version;
        storeSecret();
    }
    updateActions();
    updateDetails();
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
        m_runner->run(
            this,
            [client, secretId, versionId](QObject *context, ApiClient::Callback<Operation> callback) {
                client->setCurrentVersion(secretId, versionId, context, std::move(callback));
            },
            [this, secretId, versionId](const Result<Operation> &result) {
                if (!m_secret || m_secret->id != secretId) {
                    return; // another secret is shown now; its list reload will tell the truth
                }
                if (!result.ok()) {
                    auto *failure =
                        new QMessageBox(QMessageBox::Warning, tr("Set as Current Version"),
                                        tr("Version %1 was not made current.").arg(versionId), QMessageBox::Ok, this);
                    failure->setObjectName(QStringLiteral("setCurrentFailure"));
                    failure->setInformativeText(ErrorText::describe(result.error(), result.requestId()));
                    failure->setAttribute(Qt::WA_DeleteOnClose);
                    failure->open();
                    return;
                }
                Version current = result.value().responseVersion().value_or(Version{});
                if (current.id.isEmpty()) {
                    m_model->setCurrentVersionId(versionId);
                    m_model->reload();
                } else {
                    makeCurrent(current);
                }
                statusBar()->showMessage(tr("Version %1 is now the current version").arg(versionId), kStatusMessageMs);
            });
    });
    box->open();
}

} // namespace lockbox::ui
