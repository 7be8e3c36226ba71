// The profile editor and the main window's profile switcher, against the in-process emulator, with
// profiles in a QSettings file of a temporary directory and credentials in the real keychain
// (gnome-keyring in a D-Bus session, as tests/run-all.sh starts it).
#include "CloudFolderModel.h"
#include "ConnectionFactory.h"
#include "CredentialStore.h"
#include "EmulatorStore.h"
#include "ErrorBanner.h"
#include "MainWindow.h"
#include "ProfileEditorDialog.h"
#include "ProfileStore.h"
#include "SandboxSession.h"
#include "SecretsModel.h"
#include "TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace lockbox;
using namespace lockbox::ui;

namespace {

constexpr auto kBackend = "b1gdemo0folder0back1";
constexpr auto kData = "b1gdemo0folder0data1";

QString s(const char *text) {
    return QString::fromUtf8(text);
}

// A keychain that refuses every write, as libsecret does with no Secret Service running.
class BrokenKeychain final : public CredentialStore {
public:
    using CredentialStore::CredentialStore;
    void write(const QString &, const QByteArray &, QObject *context,
               std::function<void(const std::optional<ApiError> &)> done) override {
        QTimer::singleShot(0, context, [done]() {
            done(CredentialStore::errorFor(6 /* NoBackendAvailable */,
                                           s("org.freedesktop.secrets was not provided by any .service files")));
        });
    }
};

QByteArray ycKeyFile(const QString &keyId, const QString &saId, QByteArray *publicPem) {
    EVP_PKEY *pkey = EVP_RSA_gen(2048);
    BIO *priv = BIO_new(BIO_s_mem());
    BIO *pub = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(priv, pkey, nullptr, nullptr, 0, nullptr, nullptr);
    PEM_write_bio_PUBKEY(pub, pkey);
    auto read = [](BIO *bio) {
        char *data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        return QByteArray(data, static_cast<qsizetype>(len));
    };
    const QByteArray privatePem = read(priv);
    *publicPem = read(pub);
    BIO_free(priv);
    BIO_free(pub);
    EVP_PKEY_free(pkey);
    const QJsonObject o{{s("id"), keyId},
                        {s("service_account_id"), saId},
                        {s("created_at"), s("2026-11-01T10:00:00Z")},
                        {s("key_algorithm"), s("RSA_2048")},
                        {s("public_key"), QString::fromLatin1(*publicPem)},
                        {s("private_key"), QString(s("PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <") +
                                                   keyId + s(">\n") + QString::fromLatin1(privatePem))}};
    return QJsonDocument(o).toJson();
}

QPushButton *saveButton(QDialog *dialog) {
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
}

} // namespace

class TestProfilesUi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveKeepsTheTokenInTheKeychainOnly();
    void testConnectionShowsCloudsOrTheError();
    void keychainFailureKeepsTheDialogOpen();
    void serviceAccountKeyFileIsCheckedAndShown();
    void importFromYcFillsTheForm();
    void validationBeforeSave();
    void deleteAsksAndRemovesTheKeychainEntry();
    void firstRunOffersTheSandbox();
    void switcherRebuildsTheClientAndRemembersFolders();
    void failedConnectionIsShownWithRetry();

private:
    Profile save(Profile profile, const QByteArray &secret);
    Profile emulatorProfile(const QString &name) const;
    std::unique_ptr<ProfileEditorDialog> openEditor();
    void fill(ProfileEditorDialog *dialog, const QString &name, Profile::Kind kind, const QString &secret);

    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ConnectionFactory> m_factory;
    QTranslator m_english;
};

void TestProfilesUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_english.load(s(":/i18n/lockbox-desktop_en")));
    QVERIFY(QCoreApplication::installTranslator(&m_english));
}

void TestProfilesUi::init() {
    m_emulator = test::startEmulator();
    QVERIFY(m_emulator);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(s("settings.ini")), QSettings::IniFormat);
    m_credentials = std::make_unique<CredentialStore>();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_credentials.get());
    m_factory = std::make_unique<ConnectionFactory>(m_profiles.get());
    m_factory->setEnvironment(QProcessEnvironment());
    m_factory->setConfigAdjuster([](ClientConfig &config) { config.initialBackoffMs = 20; });
}

void TestProfilesUi::cleanup() {
    for (const Profile &p : m_profiles->profiles()) {
        bool done = false;
        QObject scope; // the callback dies with this frame, even when the wait gives up
        m_profiles->remove(p.id, &scope, [&done](const std::optional<ApiError> &) { done = true; });
        QTRY_VERIFY(done);
    }
    m_factory.reset();
    m_profiles.reset();
    m_credentials.reset();
    m_settings.reset();
    m_dir.reset();
    m_emulator.reset();
}

Profile TestProfilesUi::emulatorProfile(const QString &name) const {
    Profile p;
    p.name = name;
    p.kind = Profile::Kind::IamToken;
    p.endpoint = m_emulator->baseUrl();
    return p;
}

Profile TestProfilesUi::save(Profile profile, const QByteArray &secret) {
    std::optional<Result<Profile>> saved;
    QObject scope; // as above
    m_profiles->save(profile, secret, &scope, [&saved](const Result<Profile> &r) { saved = r; });
    if (!QTest::qWaitFor([&saved]() { return saved.has_value(); }, 10000) || !saved->ok()) {
        qWarning("saving the profile failed");
        return profile;
    }
    return saved->value();
}

std::unique_ptr<ProfileEditorDialog> TestProfilesUi::openEditor() {
    auto dialog = std::make_unique<ProfileEditorDialog>(m_profiles.get(), m_factory.get(), m_credentials.get());
    dialog->setYcConfigPath(m_dir->filePath(s("no-yc-config.yaml")));
    dialog->show();
    return dialog;
}

void TestProfilesUi::fill(ProfileEditorDialog *dialog, const QString &name, Profile::Kind kind, const QString &secret) {
    auto *kindBox = dialog->findChild<QComboBox *>(QStringLiteral("kindComboBox"));
    kindBox->setCurrentIndex(kindBox->findData(static_cast<int>(kind)));
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    auto *secretEdit = dialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"));
    secretEdit->clear();
    QTest::keyClicks(secretEdit, secret);
    auto *endpoint = dialog->findChild<QLineEdit *>(QStringLiteral("endpointLineEdit"));
    endpoint->setText(m_emulator->baseUrl().toString());
}

void TestProfilesUi::saveKeepsTheTokenInTheKeychainOnly() {
    auto dialog = openEditor();
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("profilesListWidget"))->count(), 0);
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->echoMode(), QLineEdit::Password);
    fill(dialog.get(), s("production (oauth)"), Profile::Kind::OAuthToken, s("y0_demo-oauth-token"));
    dialog->findChild<QLineEdit *>(QStringLiteral("folderIdLineEdit"))->setText(s(kBackend));
    dialog->findChild<QSpinBox *>(QStringLiteral("pageSizeSpinBox"))->setValue(250);
    QVERIFY2(dialog->validationProblems().isEmpty(), qPrintable(dialog->validationProblems().join(QLatin1Char('\n'))));
    QSignalSpy saved(dialog.get(), &ProfileEditorDialog::profileSaved);
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const Profile profile = saved.first().first().value<Profile>();
    QCOMPARE(profile.kind, Profile::Kind::OAuthToken);
    QCOMPARE(profile.folderId, s(kBackend));
    QCOMPARE(profile.pageSize, 250);
    QCOMPARE(profile.endpoint, m_emulator->baseUrl());

    // The settings file has the fields, never the token; the keychain has the token.
    m_settings->sync();
    QFile ini(m_dir->filePath(s("settings.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("production (oauth)"));
    QVERIFY(!text.contains("demo-oauth-token"));
    std::optional<Result<QByteArray>> secret;
    QObject scope; // as above
    m_profiles->readSecret(profile, &scope, [&secret](const Result<QByteArray> &r) { secret = r; });
    QTRY_VERIFY(secret.has_value());
    QVERIFY(secret->ok());
    QCOMPARE(secret->value(), QByteArray("y0_demo-oauth-token"));

    // Opened again: listed; the token is not shown, only said to be saved; saving nothing changed is off.
    auto again = openEditor();
    auto *list = again->findChild<QListWidget *>(QStringLiteral("profilesListWidget"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentItem()->text(), s("production (oauth)"));
    auto *secretEdit = again->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"));
    QVERIFY(secretEdit->text().isEmpty());
    QVERIFY(secretEdit->placeholderText().contains(s("keychain")));
    QVERIFY(!saveButton(again.get())->isEnabled());
    QCOMPARE(again->formProfile().id, profile.id);
    QVERIFY(!again->formSecret());
    // A field change saves without touching the keychain entry.
    again->findChild<QLineEdit *>(QStringLiteral("cloudIdLineEdit"))->setText(s("b1gdemo0cloud0prod01"));
    QVERIFY(saveButton(again.get())->isEnabled());
    QSignalSpy savedAgain(again.get(), &ProfileEditorDialog::profileSaved);
    QTest::mouseClick(saveButton(again.get()), Qt::LeftButton);
    QTRY_COMPARE(savedAgain.count(), 1); // no keychain write: at once
    QCOMPARE(m_profiles->profile(profile.id)->cloudId, s("b1gdemo0cloud0prod01"));
    secret.reset();
    m_profiles->readSecret(profile, &scope, [&secret](const Result<QByteArray> &r) { secret = r; });
    QTRY_VERIFY(secret.has_value());
    QCOMPARE(secret->value(), QByteArray("y0_demo-oauth-token"));
}

void TestProfilesUi::testConnectionShowsCloudsOrTheError() {
    auto dialog = openEditor();
    fill(dialog.get(), s("admin"), Profile::Kind::IamToken, QString::fromLatin1(test::kAdminToken));
    dialog->findChild<QLineEdit *>(QStringLiteral("folderIdLineEdit"))->setText(s(kBackend));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResultLabel"));
    QSignalSpy tested(dialog.get(), &ProfileEditorDialog::connectionTested);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.last().first().toBool(), true);
    QVERIFY2(result->text().contains(s("2 cloud")), qPrintable(result->text()));
    QVERIFY(result->text().contains(s(kBackend)));
    QVERIFY(result->isVisible());
    QVERIFY(m_profiles->profiles().isEmpty()); // testing saves nothing

    // A token the server refuses: the error and its request id; the form keeps everything.
    auto *secretEdit = dialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"));
    secretEdit->setText(s("t1.not-a.valid-token"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.last().first().toBool(), false);
    QVERIFY2(result->text().contains(s("Not signed in")), qPrintable(result->text()));
    QVERIFY(result->text().contains(s("Request ID")));
    QCOMPARE(secretEdit->text(), s("t1.not-a.valid-token"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text(), s("admin"));
    QVERIFY(dialog->isVisible());

    // The OAuth token is exchanged first; a folder the account cannot read is named.
    fill(dialog.get(), s("oauth"), Profile::Kind::OAuthToken, s("y0_demo-oauth-token"));
    dialog->findChild<QLineEdit *>(QStringLiteral("folderIdLineEdit"))->setText(s("b1gno0such0folder001"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.last().first().toBool(), false);
    QVERIFY2(result->text().contains(s("2 cloud")), qPrintable(result->text()));
    QVERIFY(result->text().contains(s("b1gno0such0folder001")));
    QVERIFY(result->text().contains(s("NOT_FOUND")));
}

void TestProfilesUi::keychainFailureKeepsTheDialogOpen() {
    BrokenKeychain broken;
    ProfileStore profiles(m_settings.get(), &broken);
    ProfileEditorDialog dialog(&profiles, m_factory.get(), &broken);
    dialog.setYcConfigPath(m_dir->filePath(s("none.yaml")));
    dialog.show();
    fill(&dialog, s("robot"), Profile::Kind::IamToken, s("t1.abc.def"));
    QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(s("not saved")), qPrintable(error->text()));
    QVERIFY(error->text().contains(s("gnome-keyring")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text(), s("robot"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->text(), s("t1.abc.def"));
    QVERIFY(saveButton(&dialog)->isEnabled()); // may be tried again
    QVERIFY(profiles.profiles().isEmpty());    // nothing saved without the credential
}

void TestProfilesUi::serviceAccountKeyFileIsCheckedAndShown() {
    QByteArray publicPem;
    const QByteArray key = ycKeyFile(s("ajekey0editor0000001"), s("ajesa0editor00000001"), &publicPem);
    m_emulator->store()->addServiceAccountKey(s("ajesa0editor00000001"), s("ajekey0editor0000001"), publicPem);
    const QString path = m_dir->filePath(s("key.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(key);
    file.close();
    const QString notKey = m_dir->filePath(s("not-a-key.json"));
    QFile other(notKey);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("{\"id\": \"x\"}");
    other.close();

    auto dialog = openEditor();
    fill(dialog.get(), s("robot"), Profile::Kind::ServiceAccountKey, QString());
    QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("secretLineEdit"))->isVisible());
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("keyFileLineEdit"))->isVisible());
    QVERIFY(!saveButton(dialog.get())->isEnabled());

    QVERIFY(!dialog->loadKeyFile(notKey));
    auto *info = dialog->findChild<QLabel *>(QStringLiteral("keyInfoLabel"));
    QVERIFY2(info->text().contains(s("not an authorized key")), qPrintable(info->text()));
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    // Another path being typed: the old file's error no longer stands there as if it were this one's.
    auto *keyFile = dialog->findChild<QLineEdit *>(QStringLiteral("keyFileLineEdit"));
    keyFile->setFocus();
    QTest::keyClick(keyFile, Qt::Key_Backspace);
    QVERIFY2(!info->text().contains(s("not an authorized key")), qPrintable(info->text()));
    QVERIFY2(info->text().contains(s("press Enter")), qPrintable(info->text()));

    QVERIFY(dialog->loadKeyFile(path));
    QVERIFY2(info->text().contains(s("ajekey0editor0000001")), qPrintable(info->text()));
    QVERIFY(info->text().contains(s("ajesa0editor00000001")));
    QVERIFY(saveButton(dialog.get())->isEnabled());

    QSignalSpy tested(dialog.get(), &ProfileEditorDialog::connectionTested);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QVERIFY2(tested.last().first().toBool(),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("testResultLabel"))->text()));

    QSignalSpy saved(dialog.get(), &ProfileEditorDialog::profileSaved);
    QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const Profile profile = saved.first().first().value<Profile>();
    std::optional<Result<QByteArray>> secret;
    QObject scope; // as above
    m_profiles->readSecret(profile, &scope, [&secret](const Result<QByteArray> &r) { secret = r; });
    QTRY_VERIFY(secret.has_value());
    QCOMPARE(secret->value(), key);

    // Opened again: the saved key is described from the keychain, never shown.
    auto again = openEditor();
    auto *againInfo = again->findChild<QLabel *>(QStringLiteral("keyInfoLabel"));
    QTRY_VERIFY(againInfo->text().contains(s("ajekey0editor0000001")));
    QVERIFY(!againInfo->text().contains(s("PRIVATE KEY")));
    // The saved key works for Test Connection too.
    QSignalSpy testedAgain(again.get(), &ProfileEditorDialog::connectionTested);
    QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(testedAgain.wait(10000));
    QVERIFY(testedAgain.last().first().toBool());
}

void TestProfilesUi::importFromYcFillsTheForm() {
    const QString path = m_dir->filePath(s("config.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(current: prod
profiles:
  prod:
    token: y0_AgAAAAexample
    cloud-id: b1gdemo0cloud0prod01
    folder-id: b1gdemo0folder0data1
    endpoint: api.cloud.yandex.net:443
  fed:
    federation-id: bpffed
    cloud-id: b1gfedcloud
    endpoint: lockbox.example.net:8443
)");
    file.close();
    auto dialog = openEditor();
    dialog->setYcConfigPath(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importYcButton")), Qt::LeftButton);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = dialog->findChild<QMenu *>(QStringLiteral("ycProfilesMenu"))));
    QCOMPARE(menu->actions().size(), 2);
    QAction *prod = nullptr;
    QAction *fed = nullptr;
    for (QAction *a : menu->actions()) {
        (a->data().toString() == s("prod") ? prod : fed) = a;
    }
    QVERIFY(prod->text().contains(s("current")));
    prod->trigger();
    menu->close();
    const Profile p = dialog->formProfile();
    QCOMPARE(p.name, s("prod"));
    QCOMPARE(p.kind, Profile::Kind::OAuthToken);
    QCOMPARE(p.cloudId, s("b1gdemo0cloud0prod01"));
    QCOMPARE(p.folderId, s(kData));
    QVERIFY(p.endpoint.isEmpty()); // the public API endpoint: Yandex Cloud's own hosts
    QCOMPARE(dialog->formSecret(), std::optional<QByteArray>(QByteArray("y0_AgAAAAexample")));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importYcButton")), Qt::LeftButton);
    QTRY_VERIFY((menu = dialog->findChild<QMenu *>(QStringLiteral("ycProfilesMenu"))));
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == s("fed")) {
            a->trigger();
        }
    }
    menu->close();
    const Profile f = dialog->formProfile();
    QCOMPARE(f.kind, Profile::Kind::YcCli);
    QCOMPARE(f.ycProfile, s("fed"));
    QCOMPARE(f.endpoint, QUrl(s("https://lockbox.example.net:8443")));
    QVERIFY(!dialog->formSecret());
}

void TestProfilesUi::validationBeforeSave() {
    save(emulatorProfile(s("taken")), QByteArray(test::kAdminToken));
    auto dialog = openEditor();
    dialog->findChild<QPushButton *>(QStringLiteral("newProfileButton"))->click();
    fill(dialog.get(), s("taken"), Profile::Kind::IamToken, s("t1.abc.def"));
    QVERIFY(dialog->validationProblems().value(0).contains(s("already called")));
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    name->setText(s("fresh"));
    QVERIFY(saveButton(dialog.get())->isEnabled());

    auto *ca = dialog->findChild<QLineEdit *>(QStringLiteral("caFileLineEdit"));
    ca->setText(m_dir->filePath(s("missing-ca.pem")));
    QVERIFY(dialog->validationProblems().value(0).contains(s("missing-ca.pem")));
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->isEnabled());
    ca->clear();

    auto *proxyMode = dialog->findChild<QComboBox *>(QStringLiteral("proxyModeComboBox"));
    proxyMode->setCurrentIndex(2); // manual
    auto *proxy = dialog->findChild<QLineEdit *>(QStringLiteral("proxyLineEdit"));
    QVERIFY(proxy->isEnabled());
    proxy->setText(s("proxy.corp"));
    QVERIFY(!saveButton(dialog.get())->isEnabled());
    proxy->setText(s("http://proxy.corp:3128"));
    QVERIFY(saveButton(dialog.get())->isEnabled());
    QCOMPARE(dialog->formProfile().proxy, s("http://proxy.corp:3128"));
    proxyMode->setCurrentIndex(1);
    QCOMPARE(dialog->formProfile().proxy, s("direct"));

    auto *endpoint = dialog->findChild<QLineEdit *>(QStringLiteral("endpointLineEdit"));
    endpoint->setText(s("lockbox.internal:8443"));
    QCOMPARE(dialog->formProfile().endpoint, QUrl(s("https://lockbox.internal:8443")));
    auto *panel = dialog->findChild<QWidget *>(QStringLiteral("profilesPanel"));
    const int panelWidth = panel->width();
    endpoint->setText(s("http://lockbox.internal:8080"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("hintLabel"))->text().contains(s("not encrypted")));
    // The hint under the field does not take width from the profile list (found by QA).
    QCoreApplication::sendPostedEvents(); // the layout request the new hint made
    QCoreApplication::processEvents();
    QCOMPARE(panel->width(), panelWidth);

    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"));
    secret->setText(s("t1.abc def"));
    QVERIFY(dialog->validationProblems().value(0).contains(s("spaces")));
    secret->setText(s("y0_looks-like-oauth"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("hintLabel"))->text().contains(s("OAuth")));
    // Found by QA: a cut-off IAM token was told that IAM tokens start with "t1.".
    secret->setText(s("t1.cut-off"));
    const QString hint = dialog->findChild<QLabel *>(QStringLiteral("hintLabel"))->text();
    QVERIFY2(hint.contains(s("copied in full")) && !hint.contains(s("they start with")), qPrintable(hint));
}

void TestProfilesUi::deleteAsksAndRemovesTheKeychainEntry() {
    const Profile keep = save(emulatorProfile(s("keep")), QByteArray(test::kAdminToken));
    const Profile victim = save(emulatorProfile(s("victim")), QByteArray("t1.victim.token"));
    auto dialog = openEditor();
    dialog->selectProfile(victim.id);
    QCOMPARE(dialog->formProfile().id, victim.id);
    QSignalSpy removed(dialog.get(), &ProfileEditorDialog::profileRemoved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deleteProfileButton")), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("deleteProfileConfirmation"))));
    QVERIFY(box->text().contains(s("victim")));
    QVERIFY(box->informativeText().contains(s("keychain")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().first().toString(), victim.id);
    QVERIFY(!m_profiles->profile(victim.id));
    QVERIFY(m_profiles->profile(keep.id));
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("profilesListWidget"))->count(), 1);
    std::optional<Result<QByteArray>> secret;
    QObject scope; // as above
    m_credentials->read(victim.secretKey(), &scope, [&secret](const Result<QByteArray> &r) { secret = r; });
    QTRY_VERIFY(secret.has_value());
    QVERIFY(!secret->ok());
    QCOMPARE(secret->error().code, RpcCode::NotFound);
}

void TestProfilesUi::firstRunOffersTheSandbox() {
    auto dialog = openEditor();
    dialog->setFirstRun(true);
    auto *sandbox = dialog->findChild<QPushButton *>(QStringLiteral("sandboxButton"));
    QVERIFY(sandbox->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("introLabel"))->isVisible());
    QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("profilesPanel"))->isVisible());
    QSignalSpy requested(dialog.get(), &ProfileEditorDialog::sandboxRequested);
    QTest::mouseClick(sandbox, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(!dialog->isVisible());
}

void TestProfilesUi::switcherRebuildsTheClientAndRemembersFolders() {
    const Profile admin = save(emulatorProfile(s("admin")), QByteArray(test::kAdminToken));
    Profile viewerProfile = emulatorProfile(s("viewer"));
    viewerProfile.folderId = s(kData);
    const Profile viewer = save(viewerProfile, QByteArray("demo-viewer"));
    QProcessEnvironment env;
    env.insert(s("YC_TOKEN"), s("y0_demo-oauth-token"));
    env.insert(s("YC_ENDPOINT"), m_emulator->baseUrl().toString());
    env.insert(s("YC_FOLDER_ID"), s(kBackend));
    m_factory->setEnvironment(env);
    SandboxSession sandbox; // listed; not started here

    MainWindowOptions options;
    options.profiles = m_profiles.get();
    options.connections = m_factory.get();
    options.credentials = m_credentials.get();
    options.sandboxSession = &sandbox;
    options.profileId = admin.id;
    MainWindow window(nullptr, options, m_settings.get());
    window.show();
    QSignalSpy connected(&window, &MainWindow::connected);
    QSignalSpy loaded(&window, &MainWindow::secretsLoaded);
    QVERIFY(connected.wait(10000));
    QCOMPARE(window.profileId(), admin.id);
    QVERIFY(window.client());

    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    QStringList names;
    for (int i = 0; i < combo->count(); ++i) {
        names << combo->itemText(i);
    }
    QVERIFY2(names.contains(s("admin")) && names.contains(s("viewer")) && names.contains(s("Environment")) &&
                 names.contains(s("Sandbox")) && names.contains(s("Manage Profiles…")),
             qPrintable(names.join(s(", "))));
    QCOMPARE(combo->currentText(), s("admin"));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("sandboxBanner"))->isVisible());

    // No folder yet for this profile: the tree is there to pick one.
    CloudFolderModel *tree = window.cloudFolderModel();
    QTRY_COMPARE(tree->rowCount(), 2);
    QTRY_VERIFY(tree->indexOfFolder(s(kData)).isValid());
    auto *view = window.findChild<QTreeView *>(QStringLiteral("folderTreeView"));
    view->setCurrentIndex(tree->indexOfFolder(s(kData)));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window.folderId(), s(kData));
    // A QPointer: the switch may free the old client and the new one may reuse its address.
    const QPointer<ApiClient> adminClient = window.client();

    // Switch: a new client, new models, the viewer's own folder.
    combo->setCurrentIndex(combo->findData(viewer.id));
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(connected.wait(10000));
    QCOMPARE(window.profileId(), viewer.id);
    QVERIFY(adminClient.isNull() || window.client() != adminClient.data());
    QCOMPARE(window.folderId(), s(kData)); // the profile's folder
    QVERIFY(loaded.wait(10000));
    QVERIFY(window.secretsModel()->rowOfSecret(s("e6qdemo0000000000101")) >= 0);
    QCOMPARE(m_settings->value(QLatin1String(MainWindow::kLastProfileKey)).toString(), viewer.id);
    QVERIFY(window.windowTitle().contains(s("viewer")));
    // The viewer picks another folder; it is remembered for the viewer only.
    QTRY_VERIFY(window.cloudFolderModel()->indexOfFolder(s(kBackend)).isValid());
    view->setCurrentIndex(window.cloudFolderModel()->indexOfFolder(s(kBackend)));
    QVERIFY(loaded.wait(10000));

    // Environment: never saved, listed because YC_TOKEN is set.
    combo->setCurrentIndex(combo->findData(s("environment")));
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(connected.wait(10000));
    QCOMPARE(window.folderId(), s(kBackend)); // YC_FOLDER_ID
    QVERIFY(loaded.wait(10000));
    QVERIFY(!m_profiles->profile(s("environment")));

    // Back to admin: its last folder.
    for (QAction *a : window.findChildren<QAction *>(QStringLiteral("switchProfileAction"))) {
        if (a->data().toString() == admin.id) {
            a->trigger();
            break;
        }
    }
    QVERIFY(connected.wait(10000));
    QCOMPARE(window.profileId(), admin.id);
    QCOMPARE(window.folderId(), s(kData));
    // And the viewer's.
    combo->setCurrentIndex(combo->findData(viewer.id));
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(connected.wait(10000));
    QCOMPARE(window.folderId(), s(kBackend));
    QTRY_COMPARE(view->currentIndex(), window.cloudFolderModel()->indexOfFolder(s(kBackend)));

    // "Manage Profiles…" opens the editor on the current profile and keeps the selection.
    combo->setCurrentIndex(combo->findData(QString::fromLatin1("\x01manage")));
    Q_EMIT combo->activated(combo->currentIndex());
    ProfileEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = window.findChild<ProfileEditorDialog *>()));
    QCOMPARE(editor->formProfile().id, viewer.id);
    QCOMPARE(combo->currentData().toString(), viewer.id);

    // The profile in use is deleted there (found by QA: the switcher then showed another profile as
    // chosen, and the message in the secrets pane was cut).
    Q_EMIT editor->profileRemoved(viewer.id);
    QVERIFY(window.profileId().isEmpty());
    QCOMPARE(combo->currentIndex(), -1);
    auto *folderLabel = window.findChild<QLabel *>(QStringLiteral("folderLabel"));
    QVERIFY2(folderLabel->text().startsWith(s("The profile was deleted")), qPrintable(folderLabel->text()));
    QVERIFY(folderLabel->wordWrap());
    QTRY_VERIFY(folderLabel->height() >= folderLabel->heightForWidth(folderLabel->width()));
    editor->reject();
}

void TestProfilesUi::failedConnectionIsShownWithRetry() {
    Profile p = emulatorProfile(s("no credential"));
    std::optional<Result<Profile>> saved;
    m_profiles->save(p, std::nullopt, this,
                     [&saved](const Result<Profile> &r) { saved = r; }); // nothing in the keychain
    QTRY_VERIFY(saved.has_value());
    MainWindowOptions options;
    options.profiles = m_profiles.get();
    options.connections = m_factory.get();
    options.profileId = saved->value().id;
    MainWindow window(nullptr, options, m_settings.get());
    window.show();
    auto *banner = window.findChild<ErrorBanner *>(QStringLiteral("connectionErrorBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(s("keychain")), qPrintable(banner->text()));
    QVERIFY(!window.client());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("newSecretAction"))->isEnabled());
    // Nothing is running any more: the busy indicator is not left on.
    auto *busy = window.findChild<QWidget *>(QStringLiteral("busyIndicator"));
    QTest::qWait(2 * MainWindow::kBusyDelayMs);
    QVERIFY(!busy->isVisible());

    // The credential is entered (as the editor would); Retry connects.
    bool written = false;
    m_credentials->write(saved->value().secretKey(), QByteArray(test::kAdminToken), this,
                         [&written](const std::optional<ApiError> &) { written = true; });
    QTRY_VERIFY(written);
    QSignalSpy connected(&window, &MainWindow::connected);
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QVERIFY(connected.wait(10000));
    QVERIFY(window.client());
    QVERIFY(!banner->isVisible());
    QTRY_COMPARE(window.cloudFolderModel()->rowCount(), 2);
}

QTEST_MAIN(TestProfilesUi)
#include "tst_profiles_ui.moc"
