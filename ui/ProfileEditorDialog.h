#pragma once

#include "ConnectionFactory.h"
#include "DiscardQuestion.h"
#include "YcConfig.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class ProfileEditorDialog;
}

namespace lockbox {
class CredentialStore;
class ProfileStore;
} // namespace lockbox

namespace lockbox::ui {

// The connection profiles: a list of the saved ones and a form for one of them. The credential (IAM
// or OAuth token, a service-account authorized key, or a yc CLI profile for federated accounts) goes
// to the keychain, everything else to the settings. "Test connection" signs in with the form as it is
// and lists the clouds. A failure (keychain or server) keeps the dialog open with what was entered.
class ProfileEditorDialog final : public QDialog {
    Q_OBJECT
public:
    // credentials: the store ProfileStore writes to, to drop a credential a profile no longer needs
    // (nullptr: it stays until the profile is deleted).
    ProfileEditorDialog(ProfileStore *profiles, ConnectionFactory *factory, CredentialStore *credentials = nullptr,
                        QWidget *parent = nullptr);
    ~ProfileEditorDialog() override; // overwrites the token and key it held
    Q_DISABLE_COPY_MOVE(ProfileEditorDialog)

    // First start: a welcome text, no profile list, and a button to use the sandbox instead.
    void setFirstRun(bool firstRun);
    // Where "Import from yc…" reads (tests; the default is yc's own file).
    void setYcConfigPath(const QString &path);
    void selectProfile(const QString &profileId);
    void startNewProfile();

    // The profile the form describes (its id empty for a new one) and the credential typed or chosen,
    // if any (nullopt: keep the one in the keychain).
    Profile formProfile() const;
    std::optional<QByteArray> formSecret() const;
    // What keeps Save disabled (translated), empty when the form can be saved.
    QStringList validationProblems() const;
    // Loads an authorized key file as if chosen with Browse…; false when it is not a key.
    bool loadKeyFile(const QString &path);
    void applyYcProfile(const YcProfile &profile);
    bool isBusy() const { return m_busy; }

    void accept() override;
    void reject() override;

public Q_SLOTS:
    void testConnection();
    void deleteSelectedProfile();

Q_SIGNALS:
    void profileSaved(const lockbox::Profile &profile);
    void profileRemoved(const QString &profileId);
    void sandboxRequested();
    void connectionTested(bool ok);

private:
    enum class ProxyMode { System, Direct, Manual };

    void reloadList(const QString &selectId);
    void loadProfile(const Profile &profile);
    void onListSelectionChanged();
    // Asks (window-modal, without a nested event loop) whether to drop the unsaved changes; runs
    // afterDiscard with m_dirty cleared when the user says so, nothing when they cancel.
    void confirmDiscard(std::function<void()> afterDiscard);
    void updateKind();
    void updateForm();
    void setKeyJson(const QByteArray &json, const QString &source);
    void showStoredKeyInfo(const Profile &profile);
    void showYcMenu();
    void finishTest(const QString &text, bool ok);
    void save();
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &lead, const ApiError &error, const QString &requestId = {});
    void wipeSecrets();
    Profile::Kind currentKind() const;
    QStringList connectionProblems() const;

    std::unique_ptr<Ui::ProfileEditorDialog> m_ui;
    ProfileStore *m_profiles = nullptr;
    ConnectionFactory *m_factory = nullptr;
    CredentialStore *m_credentials = nullptr;
    QString m_ycConfigPath;
    std::optional<Profile> m_loaded; // the saved profile in the form; nullopt for a new one
    QByteArray m_keyJson;            // a key chosen or imported, not yet saved
    QString m_keyError;              // why the chosen key file is not a key
    ConnectionFactory::ConnectionPtr m_testConnection;
    quint64 m_testGeneration = 0;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_busy = false;   // testing, saving or deleting
    bool m_saving = false; // saving or deleting: the dialog stays until the keychain answers
    bool m_firstRun = false;
    int m_listRow = -1;
    DiscardQuestion m_discardQuestion;
};

} // namespace lockbox::ui
