// LanguageManager without widgets: the catalogs it installs, Qt's own included, switching back and
// forth, the fallback for an unknown code and the default locale that follows the language.
#include "LanguageManager.h"

#include <QCoreApplication>
#include <QDate>
#include <QResource>
#include <QSignalSpy>
#include <QtTest>

using namespace lockbox;

namespace {

QString s(const char *text) {
    return QString::fromUtf8(text);
}

// A string of the application's catalog (VersionsModel's header) and one of Qt's (standard buttons).
QString appText() {
    return QCoreApplication::translate("lockbox::VersionsModel", "Status");
}
QString qtText() {
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}
QString pluralText(int n) {
    return QCoreApplication::translate("lockbox::VersionsModel", "in %n day(s)", nullptr, n);
}

} // namespace

class TestLanguageManager final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void availableLanguagesNamedInThemselves();
    void switchesCatalogsAndLocale();
    void followsSystemLocale();
    void unknownCodeFallsBackToEnglish();
    void destructionRemovesTranslators();
    void catalogsAreStoredUncompressed();

private:
    QLocale m_initialLocale;
};

void TestLanguageManager::init() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(appText(), s("Status"));
}

void TestLanguageManager::availableLanguagesNamedInThemselves() {
    const QList<LanguageManager::Language> languages = LanguageManager::availableLanguages();
    QCOMPARE(languages.size(), 2);
    QCOMPARE(languages.at(0).code, s("en"));
    QCOMPARE(languages.at(0).nativeName, s("English"));
    QCOMPARE(languages.at(1).code, s("ru"));
    QCOMPARE(languages.at(1).nativeName, s("Русский"));
    QVERIFY(LanguageManager::isAvailable(s("ru")));
    QVERIFY(!LanguageManager::isAvailable(s("de")));
}

void TestLanguageManager::switchesCatalogsAndLocale() {
    LanguageManager languages(QLocale(QLocale::English, QLocale::UnitedStates));
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);

    languages.setLanguage(s("ru"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), s("ru"));
    QCOMPARE(languages.language(), s("ru"));
    QCOMPARE(languages.effectiveLanguage(), s("ru"));
    QVERIFY(languages.catalogLoaded());
    QVERIFY(languages.qtCatalogLoaded());
    QCOMPARE(appText(), s("Статус"));
    QCOMPARE(qtText(), s("Отмена"));
    QCOMPARE(pluralText(1), s("через 1 день"));
    QCOMPARE(pluralText(3), s("через 3 дня"));
    QCOMPARE(pluralText(6), s("через 6 дней"));
    QCOMPARE(QLocale().language(), QLocale::Russian);
    QCOMPARE(QLocale().toString(QDate(2026, 12, 28), s("d MMMM yyyy")), s("28 декабря 2026"));

    // The same again changes nothing and says nothing.
    languages.setLanguage(s("ru"));
    QCOMPARE(changed.count(), 1);

    languages.setLanguage(s("en"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toString(), s("en"));
    QCOMPARE(languages.effectiveLanguage(), s("en"));
    QCOMPARE(appText(), s("Status"));
    QCOMPARE(qtText(), s("Cancel"));
    QCOMPARE(pluralText(1), s("in 1 day"));
    QCOMPARE(pluralText(6), s("in 6 days"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QLocale().toString(QDate(2026, 12, 28), s("d MMMM yyyy")), s("28 December 2026"));

    // And back once more: the translators were replaced, not stacked.
    languages.setLanguage(s("ru"));
    QCOMPARE(appText(), s("Статус"));
    languages.setLanguage(s("en"));
    QCOMPARE(appText(), s("Status"));
}

void TestLanguageManager::followsSystemLocale() {
    {
        LanguageManager languages(QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(languages.systemLanguage(), s("ru"));
        languages.setLanguage(QString());
        QCOMPARE(languages.language(), QString());
        QCOMPARE(languages.effectiveLanguage(), s("ru"));
        QCOMPARE(appText(), s("Статус"));
        QCOMPARE(QLocale().language(), QLocale::Russian);
        // An explicit choice overrides the system.
        languages.setLanguage(s("en"));
        QCOMPARE(appText(), s("Status"));
    }
    LanguageManager languages(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(languages.systemLanguage(), s("en")); // no German catalog: English
    languages.setLanguage(QString());
    QCOMPARE(languages.effectiveLanguage(), s("en"));
    QCOMPARE(appText(), s("Status"));
}

void TestLanguageManager::unknownCodeFallsBackToEnglish() {
    LanguageManager languages(QLocale(QLocale::Russian, QLocale::Russia));
    languages.setLanguage(s("ru"));
    QCOMPARE(appText(), s("Статус"));
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    languages.setLanguage(s("xx"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(languages.effectiveLanguage(), s("en"));
    QCOMPARE(languages.language(), s("en"));
    QCOMPARE(appText(), s("Status"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguageManager::destructionRemovesTranslators() {
    {
        LanguageManager languages(QLocale(QLocale::English, QLocale::UnitedStates));
        languages.setLanguage(s("ru"));
        QCOMPARE(appText(), s("Статус"));
    }
    QCOMPARE(appText(), s("Status"));
    QCOMPARE(qtText(), s("Cancel"));
}

void TestLanguageManager::catalogsAreStoredUncompressed() {
    // QTranslator reads an uncompressed resource in place; a compressed one is inflated at every
    // start, before the first frame (ui/CMakeLists.txt).
    for (const char *code : {"en", "ru"}) {
        const QResource catalog(s(":/i18n/lockbox-desktop_") + QLatin1String(code) + s(".qm"));
        QVERIFY2(catalog.isValid(), code);
        QCOMPARE(catalog.compressionAlgorithm(), QResource::NoCompression);
        QVERIFY(catalog.size() > 10000);
    }
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
