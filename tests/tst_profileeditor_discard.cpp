// The profile editor's "discard the changes?" question is asked without a nested event loop: the
// dialog stays responsive while it is open, Cancel keeps what was typed, Discard goes on with what
// the user asked for (a new profile, closing).
#include "ConnectionFactory.h"
#include "CredentialStore.h"
#include "ProfileEditorDialog.h"
#include "ProfileStore.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace lockbox;
using namespace lockbox::ui;

class TestProfileEditorDiscard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cancelKeepsTheForm();
    void discardStartsTheNewProfile();
    void discardCloses();

private:
    QMessageBox *question() const;
    void typeName(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ConnectionFactory> m_factory;
    std::unique_ptr<ProfileEditorDialog> m_dialog;
};

void TestProfileEditorDiscard::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileEditorDiscard::init() {
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_credentials = std::make_unique<CredentialStore>();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_credentials.get());
    m_factory = std::make_unique<ConnectionFactory>(m_profiles.get());
    m_dialog = std::make_unique<ProfileEditorDialog>(m_profiles.get(), m_factory.get(), m_credentials.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfileEditorDiscard::cleanup() {
    m_dialog.reset();
    m_factory.reset();
    m_profiles.reset();
    m_credentials.reset();
    m_settings.reset();
}

QMessageBox *TestProfileEditorDiscard::question() const {
    auto *box = m_dialog->findChild<QMessageBox *>(QStringLiteral("discardChangesQuestion"));
    return box && box->isVisible() ? box : nullptr;
}

void TestProfileEditorDiscard::typeName(const QString &name) {
    auto *edit = m_dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    edit->clear();
    QTest::keyClicks(edit, name);
}

void TestProfileEditorDiscard::cancelKeepsTheForm() {
    typeName(QStringLiteral("work"));
    auto *newButton = m_dialog->findChild<QPushButton *>(QStringLiteral("newProfileButton"));
    newButton->click(); // returns at once: the question is open, no event loop of its own
    QMessageBox *box = question();
    QVERIFY(box);
    QVERIFY(box->isModal());
    newButton->click(); // asking again while it is open adds no second question
    QCOMPARE(m_dialog->findChildren<QMessageBox *>(QStringLiteral("discardChangesQuestion")).size(), 1);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!question());
    QCOMPARE(m_dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text(), QStringLiteral("work"));
    QVERIFY(m_dialog->isVisible());
}

void TestProfileEditorDiscard::discardStartsTheNewProfile() {
    typeName(QStringLiteral("work"));
    m_dialog->findChild<QPushButton *>(QStringLiteral("newProfileButton"))->click();
    QMessageBox *box = question();
    QVERIFY(box);
    QCOMPARE(m_dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text(), QStringLiteral("work"));
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!question());
    QCOMPARE(m_dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text(), QString());
    // Nothing typed since: a second "new profile" asks nothing.
    m_dialog->findChild<QPushButton *>(QStringLiteral("newProfileButton"))->click();
    QVERIFY(!question());
}

void TestProfileEditorDiscard::discardCloses() {
    typeName(QStringLiteral("work"));
    m_dialog->reject();
    QVERIFY(m_dialog->isVisible());
    QMessageBox *box = question();
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestProfileEditorDiscard)
#include "tst_profileeditor_discard.moc"
