#pragma once

#include "ApiClient.h"

#include <QMainWindow>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;

namespace lockbox {
class SecretsModel;
class VersionsModel;
} // namespace lockbox

namespace lockbox::ui {

class ErrorBanner;
class OperationRunner;
class SecretsListProxy;
class VersionDetailsPane;
class VersionsTableProxy;

struct MainWindowOptions {
    QString folderId;
    bool sandbox = false;
};

// The secrets of a folder on the left; on the right the selected secret's versions, paged, with a
// details pane, and the version actions (add, password specification, schedule and cancel
// destruction, set current) in the toolbar, the menus and the table's context menu.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // settings: where geometry and table layout are kept; nullptr keeps nothing (tests).
    MainWindow(ApiClient *client, MainWindowOptions options, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    VersionsModel *versionsModel() const { return m_model; }
    QTableView *versionsView() const { return m_table; }
    OperationRunner *operationRunner() const { return m_runner; }
    std::optional<Secret> currentSecret() const { return m_secret; }
    QList<Version> selectedVersions() const;
    // Selects a secret of the loaded list; false when it is not there.
    bool selectSecret(const QString &secretId);
    // Selects the given versions' rows (those loaded).
    void selectVersions(const QStringList &versionIds);

public Q_SLOTS:
    void refresh();
    void addVersion();
    void editPasswordSpecification();
    void scheduleDestruction();
    void cancelDestruction();
    void setCurrentVersion();

Q_SIGNALS:
    void secretsLoaded(int count);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildCentral();
    void buildStatusBar();
    void restoreSettings();
    void saveSettings();

    void loadSecrets();
    void onSecretsLoaded(int total);
    void filterSecrets(const QString &text);
    void onSecretChanged(const QModelIndex &index);
    void updateSecretHeader();
    // Writes m_secret back into the secrets model after an operation changed it.
    void storeSecret();
    void updateActions();
    void updateDetails();
    void updatePaging();
    void updateBusy();
    void showVersionsContextMenu(const QPoint &pos);
    void copySelectedIds();

    void applyVersion(const Version &version);
    void onVersionAdded(const Version &version);
    void makeCurrent(const Version &version);
    QList<Version> loadedVersions() const;

    ApiClient *m_client = nullptr;
    MainWindowOptions m_options;
    QSettings *m_settings = nullptr;
    OperationRunner *m_runner = nullptr;
    SecretsModel *m_secrets = nullptr;
    SecretsListProxy *m_secretsProxy = nullptr;
    VersionsModel *m_model = nullptr;
    VersionsTableProxy *m_proxy = nullptr;
    std::optional<Secret> m_secret;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QLineEdit *m_secretsFilter = nullptr;
    QListView *m_secretsView = nullptr;
    ErrorBanner *m_secretsError = nullptr;
    QLabel *m_secretName = nullptr;
    QLabel *m_secretInfo = nullptr;
    ErrorBanner *m_versionsError = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QComboBox *m_pageSize = nullptr;
    QPushButton *m_loadNextPage = nullptr;
    VersionDetailsPane *m_details = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_operationsLabel = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_addVersionAction = nullptr;
    QAction *m_passwordSpecAction = nullptr;
    QAction *m_scheduleAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_setCurrentAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_loadNextPageAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace lockbox::ui
