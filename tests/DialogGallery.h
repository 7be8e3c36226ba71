#pragma once

// Every dialog of the app (and the main window) in the states an operator sees, against the in-process
// emulator with the demo seed. Shared by the accessibility and the Russian layout suites: each scene
// builds its window, shows it, waits until it has loaded, hands it to a check and destroys it.
#include "AddVersionDialog.h"
#include "CancelDestructionDialog.h"
#include "CompareVersionsDialog.h"
#include "CredentialProvider.h"
#include "CredentialStore.h"
#include "DeleteSecretDialog.h"
#include "MainWindow.h"
#include "OperationRunner.h"
#include "PasswordSpecDialog.h"
#include "PayloadViewerDialog.h"
#include "ProfileEditorDialog.h"
#include "ProfileStore.h"
#include "ScheduleDestructionDialog.h"
#include "SecretEditDialog.h"
#include "SecureClipboard.h"
#include "TestSupport.h"
#include "VersionsModel.h"
#if __has_include("SettingsDialog.h")
#include "LanguageManager.h"
#include "SettingsDialog.h"
#define LOCKBOX_HAVE_SETTINGS_DIALOG 1
#endif

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace lockbox::test {

// One window in one state: made by make(), checked by the caller, then destroyed.
struct GalleryScene {
    QString name;
    std::function<std::unique_ptr<QWidget>()> make; // nullptr when it could not be set up (reported)
};

class DialogGallery final {
public:
    static constexpr auto kFolder = "b1gdemo0folder0back1";
    static constexpr auto kPostgres = "e6qdemo0postgres0001";
    static constexpr auto kGenerated = "e6qdemo0generated001";

    // False (with a warning) when the emulator does not start.
    bool start() {
        m_emulator = startEmulator();
        if (!m_emulator) {
            return false;
        }
        m_owner = std::make_unique<QObject>();
        auto *token = new StaticTokenProvider(QString::fromLatin1(kAdminToken), m_owner.get());
        m_client = new ApiClient(clientConfigFor(*m_emulator), token, m_owner.get());
        m_runner = new ui::OperationRunner(m_client, m_owner.get());
        m_clipboard = new ui::SecureClipboard(QApplication::clipboard(), m_owner.get());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_credentials = std::make_unique<CredentialStore>();
        m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_credentials.get());
        m_factory = std::make_unique<ConnectionFactory>(m_profiles.get());
        m_factory->setEnvironment(QProcessEnvironment());
        return true;
    }

    QList<GalleryScene> scenes() {
        QList<GalleryScene> out;
        out.append({QStringLiteral("MainWindow"), [this]() { return mainWindow(); }});
        out.append({QStringLiteral("AddVersionDialog/entries"), [this]() -> std::unique_ptr<QWidget> {
                        const Secret postgres = secret(QString::fromLatin1(kPostgres));
                        auto d = std::make_unique<ui::AddVersionDialog>(m_runner, postgres, versions(postgres.id),
                                                                        QStringLiteral("e6qv0pgmain000000003"));
                        auto w = shown(std::move(d));
                        w->findChild<QPushButton *>(QStringLiteral("addEntryButton"))->click(); // an added row too
                        QCoreApplication::processEvents();
                        return w;
                    }});
        out.append({QStringLiteral("AddVersionDialog/generated"), [this]() -> std::unique_ptr<QWidget> {
                        const Secret generated = secret(QString::fromLatin1(kGenerated));
                        return shown(std::make_unique<ui::AddVersionDialog>(m_runner, generated, versions(generated.id),
                                                                            QString()));
                    }});
        out.append({QStringLiteral("PasswordSpecDialog"), [this]() -> std::unique_ptr<QWidget> {
                        return shown(std::make_unique<ui::PasswordSpecDialog>(m_runner,
                                                                              secret(QString::fromLatin1(kGenerated))));
                    }});
        out.append({QStringLiteral("ScheduleDestructionDialog/current"), [this]() -> std::unique_ptr<QWidget> {
                        const QString id = QString::fromLatin1(kPostgres);
                        // v5 and the current v6: the strong warning is shown.
                        return shown(std::make_unique<ui::ScheduleDestructionDialog>(
                            m_runner, id,
                            pick(id, {QStringLiteral("e6qv0pgmain000000005"), QStringLiteral("e6qv0pgmain000000006")}),
                            QStringLiteral("e6qv0pgmain000000006")));
                    }});
        out.append({QStringLiteral("CancelDestructionDialog"), [this]() -> std::unique_ptr<QWidget> {
                        const QString id = QString::fromLatin1(kPostgres);
                        return shown(std::make_unique<ui::CancelDestructionDialog>(
                            m_runner, id, pick(id, {QStringLiteral("e6qv0pgmain000000002")}),
                            QStringLiteral("e6qv0pgmain000000006")));
                    }});
        out.append({QStringLiteral("PayloadViewerDialog"), [this]() -> std::unique_ptr<QWidget> {
                        const QString id = QString::fromLatin1(kPostgres);
                        const Secret s = secret(id);
                        const QList<Version> v = pick(id, {QStringLiteral("e6qv0pgmain000000006")});
                        if (v.isEmpty()) {
                            return nullptr;
                        }
                        auto d = std::make_unique<ui::PayloadViewerDialog>(m_client, s, v.first(), m_clipboard);
                        auto *raw = d.get();
                        auto w = shown(std::move(d));
                        if (!QTest::qWaitFor([raw]() { return !raw->isLoading(); }, 10000)) {
                            qWarning("payload not loaded");
                        }
                        return w;
                    }});
        out.append({QStringLiteral("CompareVersionsDialog/compared"), [this]() -> std::unique_ptr<QWidget> {
                        const QString id = QString::fromLatin1(kPostgres);
                        const QList<Version> v =
                            pick(id, {QStringLiteral("e6qv0pgmain000000003"), QStringLiteral("e6qv0pgmain000000006")});
                        if (v.size() != 2) {
                            return nullptr;
                        }
                        auto d = std::make_unique<ui::CompareVersionsDialog>(m_client, secret(id), v.at(0), v.at(1));
                        auto *raw = d.get();
                        auto w = shown(std::move(d));
                        raw->compareValues();
                        if (!QTest::qWaitFor([raw]() { return raw->valuesCompared() && !raw->isBusy(); }, 10000)) {
                            qWarning("values not compared");
                        }
                        return w;
                    }});
        const QList<std::pair<QString, Profile::Kind>> kinds = {
            {QStringLiteral("oauth"), Profile::Kind::OAuthToken},
            {QStringLiteral("iam"), Profile::Kind::IamToken},
            {QStringLiteral("key"), Profile::Kind::ServiceAccountKey},
            {QStringLiteral("yc"), Profile::Kind::YcCli}};
        for (const auto &[label, kind] : kinds) {
            out.append({QStringLiteral("ProfileEditorDialog/") + label, [this, kind]() -> std::unique_ptr<QWidget> {
                            auto d = std::make_unique<ui::ProfileEditorDialog>(m_profiles.get(), m_factory.get(),
                                                                               m_credentials.get());
                            auto *combo = d->findChild<QComboBox *>(QStringLiteral("kindComboBox"));
                            combo->setCurrentIndex(combo->findData(static_cast<int>(kind)));
                            return shown(std::move(d));
                        }});
        }
        out.append({QStringLiteral("ProfileEditorDialog/firstRun"), [this]() -> std::unique_ptr<QWidget> {
                        auto d = std::make_unique<ui::ProfileEditorDialog>(m_profiles.get(), m_factory.get(),
                                                                           m_credentials.get());
                        d->setFirstRun(true);
                        return shown(std::move(d));
                    }});
        out.append({QStringLiteral("SecretEditDialog/create"), [this]() -> std::unique_ptr<QWidget> {
                        auto d = std::make_unique<ui::SecretEditDialog>(m_runner, QString::fromLatin1(kFolder));
                        d->addLabelRow(QStringLiteral("env"), QStringLiteral("prod"));
                        return shown(std::move(d));
                    }});
        out.append({QStringLiteral("SecretEditDialog/create-generated"), [this]() -> std::unique_ptr<QWidget> {
                        auto d = std::make_unique<ui::SecretEditDialog>(m_runner, QString::fromLatin1(kFolder));
                        d->findChild<QRadioButton *>(QStringLiteral("generatedRadioButton"))->setChecked(true);
                        return shown(std::move(d));
                    }});
        out.append({QStringLiteral("SecretEditDialog/edit"), [this]() -> std::unique_ptr<QWidget> {
                        return shown(
                            std::make_unique<ui::SecretEditDialog>(m_runner, secret(QString::fromLatin1(kPostgres))));
                    }});
        out.append({QStringLiteral("DeleteSecretDialog"), [this]() -> std::unique_ptr<QWidget> {
                        return shown(
                            std::make_unique<ui::DeleteSecretDialog>(m_runner, secret(QString::fromLatin1(kPostgres))));
                    }});
#ifdef LOCKBOX_HAVE_SETTINGS_DIALOG
        out.append(
            {QStringLiteral("SettingsDialog"), [this]() -> std::unique_ptr<QWidget> { return settingsDialog(); }});
#endif
        return out;
    }

    ApiClient *client() const {
        return m_client;
    }

private:
    template <typename T>
    static std::unique_ptr<QWidget> shown(std::unique_ptr<T> w) {
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get())) {
            qWarning("window not exposed");
        }
        QCoreApplication::processEvents();
        return w;
    }

    std::unique_ptr<QWidget> mainWindow() {
        ui::MainWindowOptions options;
        options.folderId = QString::fromLatin1(kFolder);
        options.sandbox = true;
        auto window = std::make_unique<ui::MainWindow>(m_client, options);
        ui::MainWindow *w = window.get();
        QSignalSpy loaded(w, &ui::MainWindow::secretsLoaded);
        window->show();
        if (!QTest::qWaitForWindowExposed(w) || (loaded.isEmpty() && !loaded.wait(10000)) ||
            !w->selectSecret(QString::fromLatin1(kPostgres)) ||
            !QTest::qWaitFor([w]() { return w->versionsModel()->rowCount() == 6 && !w->versionsModel()->isLoading(); },
                             10000)) {
            qWarning("main window did not load the demo secret");
            return nullptr;
        }
        w->selectVersions({QStringLiteral("e6qv0pgmain000000003")});
        QCoreApplication::processEvents();
        return window;
    }

#ifdef LOCKBOX_HAVE_SETTINGS_DIALOG
    std::unique_ptr<QWidget> settingsDialog() {
        if (!m_languages) {
            m_languages = std::make_unique<LanguageManager>(); // asked nothing, it switches nothing
        }
        return shown(std::make_unique<ui::SettingsDialog>(m_languages.get(), m_settings.get()));
    }
    std::unique_ptr<LanguageManager> m_languages;
#endif

    Secret secret(const QString &id) {
        const auto r = await<Secret>([&](QObject *ctx, auto cb) { m_client->getSecret(id, ctx, cb); });
        return r && r->ok() ? r->value() : Secret();
    }

    QList<Version> versions(const QString &secretId) {
        const auto r =
            await<Page<Version>>([&](QObject *ctx, auto cb) { m_client->listVersions(secretId, 1000, {}, ctx, cb); });
        return r && r->ok() ? r->value().items : QList<Version>();
    }

    QList<Version> pick(const QString &secretId, const QStringList &ids) {
        QList<Version> out;
        for (const Version &v : versions(secretId)) {
            if (ids.contains(v.id)) {
                out.append(v);
            }
        }
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<QObject> m_owner;
    ApiClient *m_client = nullptr;
    ui::OperationRunner *m_runner = nullptr;
    ui::SecureClipboard *m_clipboard = nullptr;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ConnectionFactory> m_factory;
};

} // namespace lockbox::test
