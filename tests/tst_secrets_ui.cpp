// The main window's clouds → folders tree and the secret actions against the in-process emulator:
// create (user values and generated), edit labels, deactivate and activate, delete (refused while
// protected, the refusal shown in the dialog), each applied to the list in place without a reload.
#include "CloudFolderModel.h"
#include "CredentialProvider.h"
#include "DeleteSecretDialog.h"
#include "ErrorBanner.h"
#include "FaultInjector.h"
#include "MainWindow.h"
#include "OperationRunner.h"
#include "SecretPayload.h"
#include "SecretEditDialog.h"
#include "SecretsModel.h"
#include "TestSupport.h"
#include "VersionsModel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QAbstractItemView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTranslator>
#include <QTreeView>

using namespace lockbox;
using namespace lockbox::ui;
using lockbox::test::await;

namespace {

constexpr auto kBackend = "b1gdemo0folder0back1";
constexpr auto kData = "b1gdemo0folder0data1";
constexpr auto kPostgres = "e6qdemo0postgres0001";
constexpr auto kProtected = "e6qdemo0protected001";
constexpr auto kSmtp = "e6qdemo0000000000100";

QString s(const char *text) {
    return QString::fromUtf8(text);
}

QPushButton *okButton(QWidget *dialog) {
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSecretsUi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void treeLoadsCloudsAndFoldersAndSelectingAFolderListsItsSecrets();
    void treeErrorShownWithRetry();
    void createUserSecret();
    void createGeneratedSecret();
    void createValidatesAsYouType();
    void createFailureKeepsDialogOpen();
    void editLabels();
    void deactivateThenPayloadRefused();
    void deleteProtectedSecretIsRefusedInTheDialog();
    void deleteSecretRemovesItsRowOnly();
    void secretActionsHaveShortcutsAndContextMenu();

private:
    MainWindow *openWindow(ApiClient *client, const QString &folderId = s(kBackend));
    void select(MainWindow *window, const char *secretId);
    ApiClient *makeClient(const QString &token);

    std::unique_ptr<emulator::Emulator> m_emulator;
    ApiClient *m_client = nullptr;
    std::unique_ptr<QObject> m_owner;
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_english;
};

void TestSecretsUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_english.load(s(":/i18n/lockbox-desktop_en")));
    QVERIFY(QCoreApplication::installTranslator(&m_english));
}

void TestSecretsUi::init() {
    m_emulator = test::startEmulator();
    QVERIFY(m_emulator);
    m_owner = std::make_unique<QObject>();
    m_client = makeClient(QString::fromLatin1(test::kAdminToken));
}

void TestSecretsUi::cleanup() {
    m_window.reset();
    m_owner.reset();
    m_emulator.reset();
}

ApiClient *TestSecretsUi::makeClient(const QString &token) {
    auto *credentials = new StaticTokenProvider(token, m_owner.get());
    return new ApiClient(test::clientConfigFor(*m_emulator), credentials, m_owner.get());
}

MainWindow *TestSecretsUi::openWindow(ApiClient *client, const QString &folderId) {
    MainWindowOptions options;
    options.folderId = folderId;
    m_window = std::make_unique<MainWindow>(client, options);
    m_window->show();
    if (!folderId.isEmpty()) {
        QSignalSpy loaded(m_window.get(), &MainWindow::secretsLoaded);
        if (!loaded.wait(10000)) {
            qWarning("the secrets did not load");
        }
    }
    return m_window.get();
}

void TestSecretsUi::select(MainWindow *window, const char *secretId) {
    QVERIFY(window->selectSecret(s(secretId)));
    QTRY_VERIFY(!window->versionsModel()->isLoading());
}

void TestSecretsUi::treeLoadsCloudsAndFoldersAndSelectingAFolderListsItsSecrets() {
    MainWindow *window = openWindow(m_client, QString());
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("folderTreeView"));
    QVERIFY(tree);
    CloudFolderModel *model = window->cloudFolderModel();
    QCOMPARE(tree->model(), model);
    QTRY_COMPARE(model->rowCount(), 2);
    // Two clouds: both open, each with its folders loaded lazily.
    const QModelIndex prod = model->indexOfCloud(s("b1gdemo0cloud0prod01"));
    QTRY_COMPARE(model->rowCount(prod), 3);
    QVERIFY(tree->isExpanded(prod));
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("folderTreeBusyIndicator"))->isVisible());
    QCOMPARE(window->secretsModel()->rowCount(), 0);
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("newSecretAction"))->isEnabled()); // no folder yet

    const QModelIndex data = model->indexOfFolder(s(kData));
    QVERIFY(data.isValid());
    QCOMPARE(data.data().toString(), s("data"));
    QSignalSpy loaded(window, &MainWindow::secretsLoaded);
    tree->scrollTo(data);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(data).center());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window->folderId(), s(kData));
    QVERIFY(window->secretsModel()->rowOfSecret(s("e6qdemo0000000000101")) >= 0); // s3-backup-keys
    QCOMPARE(window->secretsModel()->rowOfSecret(s(kPostgres)), -1);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("folderLabel"))->text().contains(s("data")));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("newSecretAction"))->isEnabled());
    QCOMPARE(window->currentSecret()->folderId, s(kData));

    // A folder typed by ID (one the tree may not show) is listed and highlighted when it is there.
    auto *folderEdit = window->findChild<QLineEdit *>(QStringLiteral("folderLineEdit"));
    folderEdit->setText(s(kBackend));
    QTest::keyClick(folderEdit, Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    QVERIFY(window->secretsModel()->rowOfSecret(s(kPostgres)) >= 0);
    QCOMPARE(tree->currentIndex(), model->indexOfFolder(s(kBackend)));
}

void TestSecretsUi::treeErrorShownWithRetry() {
    emulator::FaultInjector::Rule rule;
    rule.kind = emulator::FaultInjector::Kind::Status500;
    rule.method = s("GET");
    rule.pathGlob = s("/resource-manager/v1/clouds");
    rule.remaining = 0; // until cleared
    m_emulator->faults()->addRule(rule);
    MainWindow *window = openWindow(m_client);
    auto *banner = window->findChild<ErrorBanner *>(QStringLiteral("folderTreeErrorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(s("clouds")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(s("Request ID")));
    // The folder's secrets do not depend on the tree.
    QVERIFY(window->secretsModel()->rowOfSecret(s(kPostgres)) >= 0);

    m_emulator->faults()->clear();
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_COMPARE(window->cloudFolderModel()->rowCount(), 2);
    QVERIFY(!banner->isVisible());
    // The listed folder is highlighted once its cloud's folders are in.
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("folderTreeView"));
    QTRY_COMPARE(tree->currentIndex(), window->cloudFolderModel()->indexOfFolder(s(kBackend)));
}

void TestSecretsUi::createUserSecret() {
    MainWindow *window = openWindow(m_client);
    QSignalSpy resets(window->secretsModel(), &QAbstractItemModel::modelReset);
    QSignalSpy reloads(window->secretsModel(), &SecretsModel::loadFinished);
    window->findChild<QAction *>(QStringLiteral("newSecretAction"))->trigger();
    SecretEditDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<SecretEditDialog *>()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), SecretEditDialog::Mode::Create);
    QVERIFY(!okButton(dialog)->isEnabled());

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), s("billing-api"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("descriptionPlainTextEdit"))->setPlainText(s("Billing API key"));
    dialog->addLabelRow(s("env"), s("prod"));
    dialog->addLabelRow(s("team"), s("billing"));
    auto *entries = dialog->findChild<QTableWidget *>(QStringLiteral("entriesTableWidget"));
    QCOMPARE(entries->rowCount(), 1); // one empty row to start with
    QTest::keyClicks(qobject_cast<QLineEdit *>(entries->cellWidget(0, SecretEditDialog::EntryKeyColumn)), s("api_key"));
    auto *value = qobject_cast<QLineEdit *>(entries->cellWidget(0, SecretEditDialog::EntryValueColumn));
    QCOMPARE(value->echoMode(), QLineEdit::Password);
    QTest::keyClicks(value, s("s3cr3t-value"));
    dialog->addEntryRow(s("endpoint"), s("https://billing.example"));
    QVERIFY2(dialog->validationProblems().isEmpty(), qPrintable(dialog->validationProblems().join(QLatin1Char('\n'))));
    const CreateSecretRequest request = dialog->createRequest();
    QCOMPARE(request.folderId, s(kBackend));
    QCOMPARE(request.versionPayloadEntries.size(), 2);
    QCOMPARE(request.labels.value(s("team")), s("billing"));
    QVERIFY(okButton(dialog)->isEnabled());

    QSignalSpy created(dialog, &SecretEditDialog::secretCreated);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    const Secret secret = created.first().first().value<Secret>();
    QCOMPARE(secret.name, s("billing-api"));
    QTRY_VERIFY(!window->findChild<SecretEditDialog *>()); // closed and deleted

    // In the list, selected, without a reload.
    QVERIFY(window->secretsModel()->rowOfSecret(secret.id) >= 0);
    QCOMPARE(window->currentSecret()->id, secret.id);
    QCOMPARE(window->currentSecret()->status, Secret::Status::Active);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(reloads.count(), 0);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("secretInfoLabel"))->text().contains(s("team=billing")));
    QTRY_COMPARE(window->versionsModel()->rowCount(), 1);
    QCOMPARE(window->versionsModel()->versionAt(0)->payloadEntryKeys, QStringList({s("api_key"), s("endpoint")}));

    // What the server has: the values as typed.
    const auto payload = await<std::shared_ptr<SecretPayload>>(
        [&](QObject *ctx, auto cb) { m_client->getPayload(secret.id, QString(), ctx, cb); });
    QVERIFY(payload && payload->ok());
    QCOMPARE(payload->value()->entries().size(), 2);
    QTRY_COMPARE(window->operationRunner()->runningCount(), 0);
}

void TestSecretsUi::createGeneratedSecret() {
    MainWindow *window = openWindow(m_client);
    window->findChild<QAction *>(QStringLiteral("newSecretAction"))->trigger();
    SecretEditDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<SecretEditDialog *>()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), s("db-root-password"));
    dialog->findChild<QRadioButton *>(QStringLiteral("generatedRadioButton"))->click();
    auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("passwordKeyLineEdit"));
    key->clear();
    QVERIFY(!okButton(dialog)->isEnabled()); // a password key is needed
    QVERIFY(dialog->validationProblems().first().contains(s("key")));
    QTest::keyClicks(key, s("root_password"));
    dialog->findChild<QSpinBox *>(QStringLiteral("lengthSpinBox"))->setValue(24);
    dialog->findChild<QCheckBox *>(QStringLiteral("punctuationCheckBox"))->setChecked(false);
    QVERIFY(okButton(dialog)->isEnabled());
    const CreateSecretRequest request = dialog->createRequest();
    QVERIFY(request.passwordPayloadSpecification);
    QVERIFY(request.versionPayloadEntries.isEmpty());

    QSignalSpy created(dialog, &SecretEditDialog::secretCreated);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    const Secret secret = created.first().first().value<Secret>();
    QVERIFY(secret.passwordPayloadSpecification);
    QCOMPARE(secret.passwordPayloadSpecification->passwordKey, s("root_password"));
    QCOMPARE(window->currentSecret()->id, secret.id);
    QTRY_COMPARE(window->versionsModel()->rowCount(), 1);
    QCOMPARE(window->versionsModel()->versionAt(0)->payloadEntryKeys, QStringList({s("root_password")}));
    QTRY_VERIFY(window->findChild<QAction *>(QStringLiteral("passwordSpecAction"))->isEnabled());

    const auto payload = await<std::shared_ptr<SecretPayload>>(
        [&](QObject *ctx, auto cb) { m_client->getPayload(secret.id, QString(), ctx, cb); });
    QVERIFY(payload && payload->ok());
    QCOMPARE(payload->value()->entries().first().value.size(), 24);
}

void TestSecretsUi::createValidatesAsYouType() {
    OperationRunner runner(m_client);
    SecretEditDialog dialog(&runner, s(kBackend));
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), s("x"));
    QVERIFY(!dialog.validationProblems().isEmpty()); // the empty entry row: no entry yet
    QVERIFY(dialog.validationProblems().join(QLatin1Char(' ')).contains(s("at least one entry")));
    dialog.findChild<QCheckBox *>(QStringLiteral("noVersionCheckBox"))->setChecked(true);
    QVERIFY(dialog.validationProblems().isEmpty());
    QCOMPARE(dialog.createRequest().createVersion, std::optional<bool>(false));

    // Labels: the API's patterns, checked before anything is sent.
    const int row = dialog.addLabelRow(s("Env"), s("prod"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(dialog.validationProblems().first().contains(s("Env")));
    auto *labels = dialog.findChild<QTableWidget *>(QStringLiteral("labelsTableWidget"));
    labels->item(row, SecretEditDialog::LabelKeyColumn)->setText(s("env"));
    QVERIFY(okButton(&dialog)->isEnabled());
    labels->item(row, SecretEditDialog::LabelValueColumn)->setText(s("Prod!"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    labels->item(row, SecretEditDialog::LabelValueColumn)->setText(QString()); // an empty value is allowed
    QVERIFY(okButton(&dialog)->isEnabled());
    dialog.addLabelRow(s("env"), s("dev"));
    QVERIFY(dialog.validationProblems().first().contains(s("twice")));
    labels->setCurrentCell(1, 0);
    dialog.findChild<QPushButton *>(QStringLiteral("removeLabelButton"))->click();
    QCOMPARE(labels->rowCount(), 1);
    QVERIFY(okButton(&dialog)->isEnabled());

    // Entries: key pattern, duplicates, the 64 KB limit.
    dialog.findChild<QCheckBox *>(QStringLiteral("noVersionCheckBox"))->setChecked(false);
    auto *entries = dialog.findChild<QTableWidget *>(QStringLiteral("entriesTableWidget"));
    qobject_cast<QLineEdit *>(entries->cellWidget(0, 0))->setText(s("bad key"));
    qobject_cast<QLineEdit *>(entries->cellWidget(0, 1))->setText(s("v"));
    QVERIFY(dialog.validationProblems().first().contains(s("bad key")));
    qobject_cast<QLineEdit *>(entries->cellWidget(0, 0))->setText(s("good.key"));
    QVERIFY(dialog.validationProblems().isEmpty());
    dialog.addEntryRow(s("good.key"), s("w"));
    QVERIFY(dialog.validationProblems().first().contains(s("twice")));
    qobject_cast<QLineEdit *>(entries->cellWidget(1, 0))->setText(s("other"));
    qobject_cast<QLineEdit *>(entries->cellWidget(1, 1))->setText(QString(70000, QLatin1Char('a')));
    QVERIFY(dialog.validationProblems().first().contains(s("larger than")));
    QVERIFY(!okButton(&dialog)->isEnabled());
}

void TestSecretsUi::createFailureKeepsDialogOpen() {
    MainWindow *window = openWindow(makeClient(s("demo-viewer"))); // may read, may not create
    window->findChild<QAction *>(QStringLiteral("newSecretAction"))->trigger();
    SecretEditDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<SecretEditDialog *>()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), s("not-allowed"));
    dialog->findChild<QCheckBox *>(QStringLiteral("noVersionCheckBox"))->setChecked(true);
    dialog->addLabelRow(s("env"), s("prod"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(s("PERMISSION_DENIED")), qPrintable(error->text()));
    QVERIFY(error->text().contains(s("Request ID")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text(), s("not-allowed"));
    QCOMPARE(dialog->labels().value(s("env")), s("prod"));
    QVERIFY(okButton(dialog)->isEnabled()); // may be sent again
    QVERIFY(!dialog->isBusy());
}

void TestSecretsUi::editLabels() {
    MainWindow *window = openWindow(m_client);
    select(window, kPostgres);
    QSignalSpy resets(window->secretsModel(), &QAbstractItemModel::modelReset);
    window->findChild<QAction *>(QStringLiteral("editSecretAction"))->trigger();
    SecretEditDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<SecretEditDialog *>()));
    QCOMPARE(dialog->mode(), SecretEditDialog::Mode::Edit);
    QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("contentGroupBox"))->isVisible());
    auto *labels = dialog->findChild<QTableWidget *>(QStringLiteral("labelsTableWidget"));
    QCOMPARE(labels->rowCount(), 3);
    QVERIFY(!okButton(dialog)->isEnabled()); // nothing changed yet
    QCOMPARE(dialog->labels().value(s("env")), s("prod"));

    // env=prod → env=staging, team removed, owner=dba added.
    for (int row = 0; row < labels->rowCount(); ++row) {
        if (labels->item(row, 0)->text() == s("env")) {
            labels->item(row, 1)->setText(s("staging"));
        }
    }
    for (int row = 0; row < labels->rowCount(); ++row) {
        if (labels->item(row, 0)->text() == s("team")) {
            labels->setCurrentCell(row, 0);
            dialog->findChild<QPushButton *>(QStringLiteral("removeLabelButton"))->click();
            break;
        }
    }
    dialog->addLabelRow(s("owner"), s("dba"));
    QVERIFY(okButton(dialog)->isEnabled());
    const UpdateSecretRequest request = dialog->updateRequest();
    QCOMPARE(request.updateMask, QStringList({s("labels")})); // only what changed
    QSignalSpy updated(dialog, &SecretEditDialog::secretUpdated);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(updated.wait(10000));
    QTRY_VERIFY(!window->findChild<SecretEditDialog *>());

    const QMap<QString, QString> expected{{s("db"), s("postgres")}, {s("env"), s("staging")}, {s("owner"), s("dba")}};
    QCOMPARE(window->currentSecret()->labels, expected);
    const int row = window->secretsModel()->rowOfSecret(s(kPostgres));
    QCOMPARE(window->secretsModel()->secretAt(row)->labels, expected);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("secretInfoLabel"))->text().contains(s("owner=dba")));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(window->versionsModel()->rowCount(), 6); // the versions stay

    // The server agrees; name and description untouched.
    const auto fresh = await<Secret>([&](QObject *ctx, auto cb) { m_client->getSecret(s(kPostgres), ctx, cb); });
    QVERIFY(fresh && fresh->ok());
    QCOMPARE(fresh->value().labels, expected);
    QCOMPARE(fresh->value().name, s("postgres-main"));
    QVERIFY(!fresh->value().description.isEmpty());
}

void TestSecretsUi::deactivateThenPayloadRefused() {
    MainWindow *window = openWindow(m_client);
    select(window, kPostgres);
    auto *deactivate = window->findChild<QAction *>(QStringLiteral("deactivateSecretAction"));
    auto *activate = window->findChild<QAction *>(QStringLiteral("activateSecretAction"));
    QVERIFY(deactivate->isEnabled());
    QVERIFY(!activate->isEnabled());
    deactivate->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("deactivateConfirmation"))));
    QVERIFY(box->text().contains(s("postgres-main")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_COMPARE(window->currentSecret()->status, Secret::Status::Inactive);
    QVERIFY(activate->isEnabled());
    QVERIFY(!deactivate->isEnabled());
    auto *list = window->findChild<QAbstractItemView *>(QStringLiteral("secretsListView"));
    const int row = window->secretsModel()->rowOfSecret(s(kPostgres));
    QCOMPARE(list->model()->index(row, 0).data().toString(), s("postgres-main (deactivated)"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("secretInfoLabel"))->text().contains(s("Status: Deactivated")));

    // A deactivated secret's content cannot be read.
    auto payload = await<std::shared_ptr<SecretPayload>>(
        [&](QObject *ctx, auto cb) { m_client->getPayload(s(kPostgres), QString(), ctx, cb); });
    QVERIFY(payload);
    QVERIFY(!payload->ok());
    QCOMPARE(payload->error().code, RpcCode::FailedPrecondition);

    activate->trigger(); // no question: nothing is lost by activating
    QTRY_COMPARE(window->currentSecret()->status, Secret::Status::Active);
    payload = await<std::shared_ptr<SecretPayload>>(
        [&](QObject *ctx, auto cb) { m_client->getPayload(s(kPostgres), QString(), ctx, cb); });
    QVERIFY(payload && payload->ok());
}

void TestSecretsUi::deleteProtectedSecretIsRefusedInTheDialog() {
    MainWindow *window = openWindow(m_client);
    select(window, kProtected);
    QVERIFY(window->currentSecret()->deletionProtection);
    window->findChild<QAction *>(QStringLiteral("deleteSecretAction"))->trigger();
    DeleteSecretDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<DeleteSecretDialog *>()));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(s("payments-root")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("protectionLabel"))->isVisible());
    QVERIFY(!dialog->deleteButton()->isDefault()); // Enter does not delete

    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
    const QString error = dialog->errorText();
    QVERIFY2(error.contains(s("FAILED_PRECONDITION")), qPrintable(error));
    QVERIFY(error.contains(s("Request ID")));
    QVERIFY(error.contains(s("protected from deletion")));
    QVERIFY(error.contains(s("Edit Secret")));
    QVERIFY(dialog->isVisible()); // the refusal stays on screen
    QVERIFY(window->secretsModel()->rowOfSecret(s(kProtected)) >= 0);
    QCOMPARE(window->currentSecret()->id, s(kProtected));
    dialog->reject();
    QTRY_VERIFY(!window->findChild<DeleteSecretDialog *>());

    // Protection off (Edit Secret), then the delete goes through.
    window->findChild<QAction *>(QStringLiteral("editSecretAction"))->trigger();
    SecretEditDialog *edit = nullptr;
    QTRY_VERIFY((edit = window->findChild<SecretEditDialog *>()));
    edit->findChild<QCheckBox *>(QStringLiteral("deletionProtectionCheckBox"))->setChecked(false);
    QCOMPARE(edit->updateRequest().updateMask, QStringList({s("deletionProtection")}));
    QTest::mouseClick(okButton(edit), Qt::LeftButton);
    QTRY_VERIFY(!window->currentSecret()->deletionProtection);
    window->findChild<QAction *>(QStringLiteral("deleteSecretAction"))->trigger();
    QTRY_VERIFY((dialog = window->findChild<DeleteSecretDialog *>()));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("protectionLabel"))->isVisible());
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_COMPARE(window->secretsModel()->rowOfSecret(s(kProtected)), -1);
}

void TestSecretsUi::deleteSecretRemovesItsRowOnly() {
    MainWindow *window = openWindow(m_client);
    select(window, kSmtp);
    const int before = window->secretsModel()->totalCount();
    QSignalSpy reloads(window->secretsModel(), &SecretsModel::loadFinished);
    window->findChild<QAction *>(QStringLiteral("deleteSecretAction"))->trigger();
    DeleteSecretDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<DeleteSecretDialog *>()));
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_COMPARE(window->secretsModel()->totalCount(), before - 1);
    QCOMPARE(window->secretsModel()->rowOfSecret(s(kSmtp)), -1);
    QCOMPARE(reloads.count(), 0);
    QVERIFY(window->currentSecret()); // the neighbour is selected
    QVERIFY(window->currentSecret()->id != s(kSmtp));
    QTRY_VERIFY(!window->findChild<DeleteSecretDialog *>());
    const auto gone = await<Secret>([&](QObject *ctx, auto cb) { m_client->getSecret(s(kSmtp), ctx, cb); });
    QVERIFY(gone && !gone->ok());
    QCOMPARE(gone->error().code, RpcCode::NotFound);
}

void TestSecretsUi::secretActionsHaveShortcutsAndContextMenu() {
    MainWindow *window = openWindow(m_client);
    select(window, kPostgres);
    const auto shortcut = [window](const char *name) {
        return window->findChild<QAction *>(QString::fromLatin1(name))->shortcut();
    };
    QCOMPARE(shortcut("newSecretAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QCOMPARE(shortcut("editSecretAction"), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(shortcut("deleteSecretAction"), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    QCOMPARE(shortcut("deactivateSecretAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QCOMPARE(shortcut("activateSecretAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QCOMPARE(window->findChild<QAbstractItemView *>(QStringLiteral("secretsListView"))->contextMenuPolicy(),
             Qt::CustomContextMenu);
    // Every new interactive widget has a name for screen readers.
    for (const char *name : {"folderTreeView", "folderLineEdit", "secretsListView"}) {
        QVERIFY2(!window->findChild<QWidget *>(QString::fromLatin1(name))->accessibleName().isEmpty(), name);
    }
    OperationRunner runner(m_client);
    SecretEditDialog dialog(&runner, s(kBackend));
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTableWidget *>(w)) &&
            !w->objectName().startsWith(QLatin1String("qt_")) && w->isVisibleTo(&dialog)) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
}

QTEST_MAIN(TestSecretsUi)
#include "tst_secrets_ui.moc"
