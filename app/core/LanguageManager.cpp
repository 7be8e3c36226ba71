#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lockbox {

namespace {

constexpr auto kEnglish = "en";
constexpr auto kRussian = "ru";

} // namespace

LanguageManager::LanguageManager(const QLocale &systemLocale, const QString &catalogPrefix,
                                 const QString &qtCatalogDirectory, QObject *parent)
    : QObject(parent), m_systemLocale(systemLocale), m_catalogPrefix(catalogPrefix),
      m_qtCatalogDirectory(qtCatalogDirectory.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                                        : qtCatalogDirectory) {}

LanguageManager::~LanguageManager() {
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::availableLanguages() {
    // Each named in itself: whoever cannot read the current language still finds their own.
    return {{QLatin1String(kEnglish), QStringLiteral("English")}, {QLatin1String(kRussian), QStringLiteral("Русский")}};
}

bool LanguageManager::isAvailable(const QString &code) {
    const QList<Language> languages = availableLanguages();
    return std::any_of(languages.cbegin(), languages.cend(), [&code](const Language &l) { return l.code == code; });
}

QString LanguageManager::systemLanguage() const {
    return m_systemLocale.language() == QLocale::Russian ? QLatin1String(kRussian) : QLatin1String(kEnglish);
}

QString LanguageManager::resolve(const QString &code) const {
    if (code.isEmpty()) {
        return systemLanguage();
    }
    return isAvailable(code) ? code : QLatin1String(kEnglish);
}

void LanguageManager::removeTranslators() {
    for (auto *translator : {&m_qtTranslator, &m_appTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
}

void LanguageManager::setLanguage(const QString &code) {
    m_requested = isAvailable(code) ? code : QString(code.isEmpty() ? QString() : QLatin1String(kEnglish));
    const QString effective = resolve(code);
    if (effective == m_effective && m_appTranslator) {
        return;
    }
    m_effective = effective;
    // The locale first: what retranslates on LanguageChange formats dates with the new one.
    QLocale::setDefault(QLocale(effective == QLatin1String(kRussian) ? QLocale::Russian : QLocale::English,
                                effective == QLatin1String(kRussian) ? QLocale::Russia : QLocale::UnitedStates));
    removeTranslators();
    m_qtTranslator = std::make_unique<QTranslator>();
    m_qtCatalogLoaded = m_qtTranslator->load(QStringLiteral("qtbase_") + effective, m_qtCatalogDirectory);
    if (m_qtCatalogLoaded) {
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    m_appTranslator = std::make_unique<QTranslator>();
    m_catalogLoaded = m_appTranslator->load(m_catalogPrefix + effective);
    if (m_catalogLoaded) {
        QCoreApplication::installTranslator(m_appTranslator.get());
    }
    Q_EMIT languageChanged(effective);
}

} // namespace lockbox
