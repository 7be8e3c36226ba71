#pragma once

#include "ApiClient.h"
#include "ConnectionFactory.h"
#include "PagedTableView.h"

#include <QMainWindow>
#include <QSet>
#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;
class QTreeView;

namespace lockbox {
class CloudFolderModel;
class CredentialStore;
class LanguageManager;
class OperationLog;
class ProfileStore;
class SecretsModel;
class VersionsModel;
} // namespace lockbox

namespace lockbox::ui {
class OperationsPanel;
class SecureClipboard;

class ErrorBanner;
class OperationRunner;
class SandboxSession;
class SecretsListProxy;
class SteadyLabel;
class VersionDetailsPane;
class VersionsTableProxy;

struct MainWindowOptions {
    // The folder listed first (else the one last used with the profile, else the profile's own).
    QString folderId;
    // The client handed to the constructor is the sandbox's.
    bool sandbox = false;
    // With a profile store and a factory, the toolbar switches between the saved profiles, the
    // Environment profile and the sandbox, and "Manage Profiles…" edits them. Without, the window
    // shows the one client it was given.
    ProfileStore *profiles = nullptr;
    ConnectionFactory *connections = nullptr;
    CredentialStore *credentials = nullptr;   // lets the profile editor drop credentials no longer needed
    SandboxSession *sandboxSession = nullptr; // started when the sandbox is picked
    LanguageManager *languages = nullptr;     // the Settings dialog switches it (nullptr: no language choice)
    // With no client: the profile to connect to at once.
    QString profileId;
};

// Clouds and folders on the left, the selected folder's secrets below them; on the right the selected
// secret's versions, paged, with a details pane. Secret actions (create, edit, activate, deactivate,
// delete) and version actions (add, password specification, schedule and cancel destruction, set
// current) are in the toolbar, the menus and the context menus. The toolbar's profile switcher
// rebuilds the client for another connection profile.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // client: the connection to show at once (nullptr: options.profileId is opened, or none).
    // settings: where geometry, table layout, the last profile and each profile's last folder are
    // kept; nullptr keeps nothing (tests).
    MainWindow(ApiClient *client, MainWindowOptions options, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    static constexpr auto kLastProfileKey = "session/lastProfile";
    // How long loading or an operation lasts before the status bar's busy indicator shows.
    static constexpr int kBusyDelayMs = 200;

    ApiClient *client() const { return m_client; }
    QString profileId() const { return m_profileId; }
    QString folderId() const { return m_options.folderId; }
    VersionsModel *versionsModel() const { return m_model; }
    SecretsModel *secretsModel() const { return m_secrets; }
    CloudFolderModel *cloudFolderModel() const { return m_clouds; }
    QTableView *versionsView() const { return m_table; }
    OperationRunner *operationRunner() const { return m_runner; }
    SecureClipboard *secureClipboard() const { return m_secureClipboard; }
    std::optional<Secret> currentSecret() const { return m_secret; }
    QList<Version> selectedVersions() const;
    // Selects a secret of the loaded list; false when it is not there.
    bool selectSecret(const QString &secretId);
    // Selects the given versions' rows (those loaded).
    void selectVersions(const QStringList &versionIds);

public Q_SLOTS:
    void refresh();
    void viewValues();
    void compareVersions();
    // Connects to a saved profile, Environment, or the sandbox (ConnectionFactory::kSandboxProfileId).
    void switchToProfile(const QString &profileId);
    void openFolder(const QString &folderId);
    // The folder ID field's Enter: trimmed, checked, explained when it is not an ID.
    void openFolderFromField();
    void manageProfiles();
    // The Settings dialog (window-modal); its changes apply at once.
    void openSettings();
    void newSecret();
    void editSecret();
    void activateSecret();
    void deactivateSecret();
    void deleteSecret();
    void addVersion();
    void editPasswordSpecification();
    void scheduleDestruction();
    void cancelDestruction();
    void setCurrentVersion();

Q_SIGNALS:
    void secretsLoaded(int count);
    // A client is in place (after a switch, or the first one); the models are new.
    void connected(const QString &profileId);
    void connectionFailed(const QString &profileId, const lockbox::ApiError &error);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // A text made again after a language change (the lead of an error, the folder label's message).
    using TextFunction = std::function<QString()>;

    // Every user-visible text of the window: at construction and after each language change.
    void retranslate();
    void buildActions();
    void buildMenus();
    void buildCentral();
    void buildStatusBar();
    void restoreSettings();
    void saveSettings();
    // What the first frame does not show is built after it (cold start): the operations panel (its
    // table is the window's costliest widget) and the delete action's icon (only seen in menus).
    void buildAfterFirstFrame();
    // The sandbox's emulator, when startSandbox() left it for after the first frame.
    void startPendingSandbox();
    OperationsPanel *ensureOperationsPanel();
    void retranslateOperationsAction();

    // Models for this client (nullptr: none yet), in place of the previous ones.
    void setModels(ApiClient *client);
    void attach(ApiClient *client, const QString &profileId, const Profile &profile,
                ConnectionFactory::ConnectionPtr connection, const QString &folderId);
    void detach(const TextFunction &message);
    // What the folder label says while there is no connection (nullptr: the folder).
    void setFolderMessage(const TextFunction &message);
    // folderId: the folder to list once it is up (empty: the last one used, else the demo folder).
    void startSandbox(const QString &folderId = QString());
    void showConnectionError(const TextFunction &lead, const ApiError &error);
    void rebuildProfileSwitcher();
    // The switcher shows the profile in use, or none when not connected.
    void showChosenProfile();
    void updateConnectionWidgets();
    QString settingsKey(const QString &what) const;
    QString profileDisplayName() const;

    void onCloudsLoaded();
    void onFoldersLoaded(const QString &cloudId);
    void onTreeCurrentChanged(const QModelIndex &index);
    void highlightFolder();
    void retryTree();
    void updateFolderLabel();
    // The selected folder's name when the tree knows it.
    QString folderName() const;

    void loadSecrets();
    void onSecretsLoaded(int total);
    void filterSecrets(const QString &text);
    void updateSecretsEmptyText();
    void onSecretChanged(const QModelIndex &index);
    void updateSecretHeader();
    // Writes m_secret back into the secrets model after an operation changed it.
    void storeSecret();
    // An operation returned this secret: into the list and, when shown, the header.
    void applySecret(const Secret &secret);
    void setSecretActive(bool active);
    void runSecretActivation(const Secret &secret, bool active);
    void updateActions();
    void updateDetails();
    void updatePaging();
    bool isBusy() const;
    void updateBusy();
    void showVersionsContextMenu(const QPoint &pos);
    void showSecretsContextMenu(const QPoint &pos);
    void copySelectedIds();
    void copySecretId();

    void applyVersion(const Version &version);
    void onVersionAdded(const Version &version);
    // Reads the secrets, the shown secret and its versions again after a mutation whose outcome is
    // unknown; several in one event make one re-read.
    void resyncSecret();
    void rereadAfterUnknownOutcome();
    void reloadVersionsKeepingSelection();
    void reselectAfterReload();
    void selectVersionIds(const QStringList &versionIds, bool scroll);
    QStringList selectedVersionIds() const; // sorted
    static QStringList sortedIds(QStringList ids);
    void makeCurrent(const Version &version);
    QList<Version> loadedVersions() const;

    ApiClient *m_client = nullptr;
    ConnectionFactory::ConnectionPtr m_connection; // when the factory built the client
    Profile m_profile;                             // the connected profile (a stand-in for the sandbox)
    QString m_profileId;
    quint64 m_connectGeneration = 0;
    QString m_pendingFolderId; // a folder to highlight in the tree once its cloud is loaded
    MainWindowOptions m_options;
    QSettings *m_settings = nullptr;
    OperationRunner *m_runner = nullptr;
    SecretsModel *m_secrets = nullptr;
    SecretsListProxy *m_secretsProxy = nullptr;
    VersionsModel *m_model = nullptr;
    VersionsTableProxy *m_proxy = nullptr;
    CloudFolderModel *m_clouds = nullptr;
    std::optional<Secret> m_secret;
    QSet<QString> m_settingCurrentOf; // the secrets whose Set as Current is running
    quint64 m_secretChanges = 0;      // counts changes to m_secret, so a stale re-read can be dropped
    bool m_resyncPending = false;
    // The versions selected when they were reloaded (Refresh, the re-read after an unknown outcome,
    // Set as Current), selected again as their pages come back while the selection is still only
    // what was restored, and while the same secret is shown.
    struct Reselection {
        QString secretId;
        QStringList pending;  // not on a page yet
        QStringList restored; // selected again so far
    };
    Reselection m_reselection;

    QComboBox *m_profileCombo = nullptr;
    QAction *m_profileComboAction = nullptr;
    QMenu *m_profileMenu = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    QFrame *m_sandboxBanner = nullptr;
    QLabel *m_sandboxBannerText = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    ErrorBanner *m_connectionError = nullptr;
    QProgressBar *m_treeBusy = nullptr;
    ErrorBanner *m_treeError = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_secretsFilter = nullptr;
    PagedTableView *m_secretsView = nullptr; // shown as a list
    ErrorBanner *m_secretsError = nullptr;
    QLabel *m_secretName = nullptr;
    QLabel *m_secretInfo = nullptr;
    ErrorBanner *m_versionsError = nullptr;
    PagedTableView *m_table = nullptr;
    SteadyLabel *m_countLabel = nullptr;
    QComboBox *m_pageSize = nullptr;
    QPushButton *m_loadNextPage = nullptr;
    VersionDetailsPane *m_details = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer *m_busyDelay = nullptr; // m_busy appears only for work that lasts
    bool m_connecting = false;     // a profile's connection or the sandbox is being set up
    QLabel *m_operationsLabel = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_treeLabel = nullptr;
    QLabel *m_folderIdLabel = nullptr;
    QLabel *m_folderIdError = nullptr;
    QLabel *m_pageSizeLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_secretMenu = nullptr;
    QMenu *m_versionMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    TextFunction m_folderMessage;

    QAction *m_refreshAction = nullptr;
    QAction *m_newSecretAction = nullptr;
    QAction *m_editSecretAction = nullptr;
    QAction *m_activateAction = nullptr;
    QAction *m_deactivateAction = nullptr;
    QAction *m_deleteSecretAction = nullptr;
    QAction *m_copySecretIdAction = nullptr;
    QAction *m_goToFolderAction = nullptr;
    QAction *m_manageProfilesAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_addVersionAction = nullptr;
    QAction *m_passwordSpecAction = nullptr;
    QAction *m_scheduleAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_setCurrentAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_viewValuesAction = nullptr;
    QAction *m_compareAction = nullptr;
    SecureClipboard *m_secureClipboard = nullptr;
    OperationLog *m_operationLog = nullptr;
    OperationsPanel *m_operationsPanel = nullptr; // made by ensureOperationsPanel()
    bool m_firstFrameSeen = false;
    bool m_startSandboxAfterFirstFrame = false;
    QAction *m_loadNextPageAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace lockbox::ui
