#include "SettingsDialog.h"

#include "LanguageManager.h"
#include "Limits.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QSettings>

namespace lockbox::ui {

SettingsDialog::SettingsDialog(LanguageManager *languages, QSettings *settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_languages(languages), m_settings(settings) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));

    // The items' texts are set by retranslate(); the data stays.
    m_ui->languageComboBox->addItem(QString(), QString());
    for (const LanguageManager::Language &language : LanguageManager::availableLanguages()) {
        m_ui->languageComboBox->addItem(language.nativeName, language.code);
    }
    // What the user chose (saved), not what --lang imposes on this run.
    if (m_languages) {
        m_appliedLanguage =
            m_settings
                ? m_settings->value(QLatin1String(LanguageManager::kSettingsKey), m_languages->language()).toString()
                : m_languages->language();
    }
    m_ui->languageComboBox->setCurrentIndex(std::max(0, m_ui->languageComboBox->findData(m_appliedLanguage)));
    m_ui->languageComboBox->setEnabled(m_languages != nullptr);

    m_ui->clipboardTimeoutSpinBox->setRange(0, kMaxClipboardTimeoutSeconds);
    setClipboardTimeoutSeconds(savedClipboardTimeoutSeconds(m_settings));
    for (int size : pageSizeChoices()) {
        m_ui->pageSizeComboBox->addItem(QString(), size);
    }
    setPageSize(m_settings ? m_settings->value(QLatin1String(kPageSizeKey), limits::kDefaultPageSize).toInt()
                           : limits::kDefaultPageSize);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    retranslate();
}

SettingsDialog::~SettingsDialog() = default;

QList<int> SettingsDialog::pageSizeChoices() {
    return {50, 100, 500, 1000};
}

int SettingsDialog::savedClipboardTimeoutSeconds(const QSettings *settings) {
    if (!settings) {
        return kDefaultClipboardTimeoutSeconds;
    }
    bool ok = false;
    const int seconds = settings->value(QLatin1String(kClipboardTimeoutKey)).toInt(&ok);
    return ok && seconds >= 0 && seconds <= kMaxClipboardTimeoutSeconds ? seconds : kDefaultClipboardTimeoutSeconds;
}

void SettingsDialog::setClipboardTimeoutSeconds(int seconds) {
    m_appliedClipboardTimeout = std::clamp(seconds, 0, kMaxClipboardTimeoutSeconds);
    m_ui->clipboardTimeoutSpinBox->setValue(m_appliedClipboardTimeout);
}

void SettingsDialog::setPageSize(int pageSize) {
    const int index = m_ui->pageSizeComboBox->findData(pageSize);
    m_ui->pageSizeComboBox->setCurrentIndex(index >= 0 ? index
                                                       : m_ui->pageSizeComboBox->findData(limits::kDefaultPageSize));
    m_appliedPageSize = m_ui->pageSizeComboBox->currentData().toInt();
}

QString SettingsDialog::selectedLanguage() const {
    return m_ui->languageComboBox->currentData().toString();
}

int SettingsDialog::clipboardTimeoutSeconds() const {
    return m_ui->clipboardTimeoutSpinBox->value();
}

int SettingsDialog::pageSize() const {
    return m_ui->pageSizeComboBox->currentData().toInt();
}

void SettingsDialog::apply() {
    m_ui->clipboardTimeoutSpinBox->interpretText();
    const int seconds = clipboardTimeoutSeconds();
    const int size = pageSize();
    const QString language = selectedLanguage();
    if (m_settings) {
        m_settings->setValue(QLatin1String(kClipboardTimeoutKey), seconds);
        m_settings->setValue(QLatin1String(kPageSizeKey), size);
    }
    if (seconds != m_appliedClipboardTimeout) {
        m_appliedClipboardTimeout = seconds;
        Q_EMIT clipboardTimeoutChanged(seconds);
    }
    if (size != m_appliedPageSize) {
        m_appliedPageSize = size;
        Q_EMIT pageSizeChanged(size);
    }
    // Only a changed choice is applied: an unchanged one keeps a --lang of this run.
    if (m_languages && language != m_appliedLanguage) {
        m_appliedLanguage = language;
        if (m_settings) {
            m_settings->setValue(QLatin1String(LanguageManager::kSettingsKey), language);
        }
        // Every widget retranslates on the LanguageChange this sends. The other dialogs are all
        // window-modal (open()), so while one is up this dialog cannot be: none of them needs to
        // retranslate live.
        m_languages->setLanguage(language);
    }
}

void SettingsDialog::accept() {
    apply();
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate() {
    setWindowTitle(tr("Settings"));
    m_ui->languageLabel->setText(tr("&Language:"));
    m_ui->languageComboBox->setItemText(0, tr("System default"));
    m_ui->languageComboBox->setToolTip(tr("The language of the interface; it changes at once"));
    m_ui->languageComboBox->setAccessibleName(tr("Language"));
    m_ui->languageComboBox->setAccessibleDescription(
        tr("The language of the interface. System default follows the system locale."));
    m_ui->clipboardTimeoutLabel->setText(tr("&Clear copied values after:"));
    m_ui->clipboardTimeoutSpinBox->setSuffix(tr(" s"));
    m_ui->clipboardTimeoutSpinBox->setSpecialValueText(tr("Never"));
    m_ui->clipboardTimeoutSpinBox->setToolTip(
        tr("How long a copied secret value stays on the clipboard; 0 keeps it there"));
    m_ui->clipboardTimeoutSpinBox->setAccessibleName(tr("Clear copied values after, in seconds"));
    m_ui->clipboardTimeoutSpinBox->setAccessibleDescription(
        tr("Seconds until a copied secret value is taken off the clipboard; 0 means never"));
    m_ui->pageSizeLabel->setText(tr("&Versions per page:"));
    for (int i = 0; i < m_ui->pageSizeComboBox->count(); ++i) {
        m_ui->pageSizeComboBox->setItemText(i, QLocale().toString(m_ui->pageSizeComboBox->itemData(i).toInt()));
    }
    m_ui->pageSizeComboBox->setToolTip(tr("How many versions each page of the versions table loads"));
    m_ui->pageSizeComboBox->setAccessibleName(tr("Versions per page"));
    m_ui->pageSizeComboBox->setAccessibleDescription(tr("How many versions each page of the versions table loads"));
    m_ui->hintLabel->setText(tr("Changes apply at once with OK or Apply and are kept for the next start."));
    m_ui->buttonBox->setAccessibleName(tr("Dialog buttons"));
    m_ui->buttonBox->setAccessibleDescription(tr("Apply the settings, apply and close, or close without applying"));
    // The buttons' own texts come from Qt's catalog, retranslated after this runs.
    const auto describe = [this](QDialogButtonBox::StandardButton which, const QString &name,
                                 const QString &description) {
        if (QPushButton *button = m_ui->buttonBox->button(which)) {
            button->setAccessibleName(name);
            button->setAccessibleDescription(description);
        }
    };
    describe(QDialogButtonBox::Ok, tr("OK"), tr("Apply the settings and close"));
    describe(QDialogButtonBox::Apply, tr("Apply"), tr("Apply the settings and keep the dialog open"));
    describe(QDialogButtonBox::Cancel, tr("Cancel"),
             tr("Close without applying what was changed since the last Apply"));
}

} // namespace lockbox::ui
