// Every window in English and Russian: no two visible controls share an Alt+letter mnemonic (found
// by QA: "&Add Key" and "&Add Version" in the Add Version dialog; Alt+A then only moved the focus).
#include "DialogGallery.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QTabBar>
#include <QTranslator>
#include <QVBoxLayout>

using namespace lockbox;

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; a null QChar if none.
QChar mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "letter: what uses it" for every letter used twice among the window's visible controls.
QStringList clashes(QWidget *window) {
    QMultiMap<QChar, QString> users;
    const auto note = [&users](const QString &text, const QString &what) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull()) {
            users.insert(letter, QStringLiteral("%1 “%2”").arg(what, text));
        }
    };
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->isVisible()) {
            note(b->text(),
                 b->objectName().isEmpty() ? QString::fromLatin1(b->metaObject()->className()) : b->objectName());
        }
    }
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (l->isVisible() && l->buddy()) {
            note(l->text(), l->objectName());
        }
    }
    for (QGroupBox *g : window->findChildren<QGroupBox *>()) {
        if (g->isVisible()) {
            note(g->title(), g->objectName());
        }
    }
    for (QTabBar *t : window->findChildren<QTabBar *>()) {
        if (t->isVisible()) {
            for (int i = 0; i < t->count(); ++i) {
                note(t->tabText(i), QStringLiteral("tab"));
            }
        }
    }
    // A main window's menu titles answer Alt+letter too.
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        if (bar->isVisible()) {
            for (QAction *a : bar->actions()) {
                note(a->text(), QStringLiteral("menu"));
            }
        }
    }
    QStringList out;
    for (const QChar letter : users.uniqueKeys()) {
        const QStringList all = users.values(letter);
        if (all.size() > 1) {
            out << QStringLiteral("Alt+%1: %2").arg(letter, all.join(QStringLiteral(", ")));
        }
    }
    return out;
}

} // namespace

class TestMnemonics final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkerFindsClash();
    void noClashes_data();
    void noClashes();

private:
    QTranslator m_qt;
    QTranslator m_ours;
    test::DialogGallery m_gallery;
};

void TestMnemonics::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_gallery.start());
}

void TestMnemonics::checkerFindsClash() {
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QPushButton(QStringLiteral("&Add Key"), &window));
    layout->addWidget(new QPushButton(QStringLiteral("&add Version"), &window));
    layout->addWidget(new QPushButton(QStringLiteral("Save && &Close"), &window));
    auto *hidden = new QPushButton(QStringLiteral("&Close"), &window);
    layout->addWidget(hidden);
    hidden->hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList found = clashes(&window);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(QStringLiteral("Alt+a: ")), qPrintable(found.first()));
    QCOMPARE(mnemonicOf(QStringLiteral("Save && &Close")), QLatin1Char('c'));
    QVERIFY(mnemonicOf(QStringLiteral("R&&D")).isNull());
}

void TestMnemonics::noClashes_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("index");
    const auto scenes = m_gallery.scenes();
    for (const char *language : {"en", "ru"}) {
        for (int i = 0; i < scenes.size(); ++i) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(language), scenes.at(i).name)))
                << QString::fromLatin1(language) << i;
        }
    }
}

void TestMnemonics::noClashes() {
    QFETCH(QString, language);
    QFETCH(int, index);
    // As app/main.cpp does for --lang.
    QLocale::setDefault(QLocale(language));
    QVERIFY(m_qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
            language == QLatin1String("en"));
    QCoreApplication::installTranslator(&m_qt);
    QVERIFY(m_ours.load(QStringLiteral(":/i18n/lockbox-desktop_") + language));
    QVERIFY(QCoreApplication::installTranslator(&m_ours));
    const auto uninstall = qScopeGuard([this]() {
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qt);
    });
    const auto scene = m_gallery.scenes().at(index);
    const std::unique_ptr<QWidget> window = scene.make();
    QVERIFY2(window, "could not open the window");
    QCoreApplication::processEvents();
    const QStringList found = clashes(window.get());
    for (const QString &c : found) {
        qWarning("%s %s: %s", qPrintable(language), qPrintable(scene.name), qPrintable(c));
    }
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 shared mnemonic(s), listed above").arg(found.size())));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
