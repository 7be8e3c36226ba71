#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <memory>

class QTranslator;

namespace lockbox {

// The interface language, switchable at run time. Owns the two translators (Qt's own qtbase
// catalog, so standard buttons follow, and the application's catalog), replaces them on
// setLanguage(), moves the default QLocale along (dates, numbers) and says so with
// languageChanged(). Installing a translator makes Qt send QEvent::LanguageChange to every
// widget, which is what makes the widgets retranslate.
//
// Typical use (main.cpp):
//     LanguageManager languages;
//     languages.setLanguage(settings.value(QLatin1String(LanguageManager::kSettingsKey)).toString());
class LanguageManager final : public QObject {
    Q_OBJECT
public:
    struct Language {
        QString code;       // "en", "ru"
        QString nativeName; // the language named in itself: "English", "Русский"
    };

    static constexpr auto kSettingsKey = "ui/language"; // "" or absent: follow the system locale

    // systemLocale: what "" follows (the real one except in tests). catalogPrefix: where the
    // application's catalogs are, the code and ".qm" appended.
    explicit LanguageManager(const QLocale &systemLocale = QLocale::system(),
                             const QString &catalogPrefix = QStringLiteral(":/i18n/lockbox-desktop_"),
                             const QString &qtCatalogDirectory = {}, QObject *parent = nullptr);
    ~LanguageManager() override;
    Q_DISABLE_COPY_MOVE(LanguageManager)

    static QList<Language> availableLanguages();
    static bool isAvailable(const QString &code);

    // code: "" (follow the system locale), "en" or "ru"; anything else falls back to English.
    void setLanguage(const QString &code);
    // As asked ("" when following the system locale).
    QString language() const { return m_requested; }
    // What is shown: "en" or "ru".
    QString effectiveLanguage() const { return m_effective; }
    // What "" means on this system.
    QString systemLanguage() const;
    // Whether the catalogs of the effective language were found (false: English source texts).
    bool catalogLoaded() const { return m_catalogLoaded; }
    bool qtCatalogLoaded() const { return m_qtCatalogLoaded; }

Q_SIGNALS:
    void languageChanged(const QString &effectiveCode);

private:
    QString resolve(const QString &code) const;
    void removeTranslators();

    QLocale m_systemLocale;
    QString m_catalogPrefix;
    QString m_qtCatalogDirectory;
    QString m_requested;
    QString m_effective;
    bool m_catalogLoaded = false;
    bool m_qtCatalogLoaded = false;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_appTranslator;
};

} // namespace lockbox
