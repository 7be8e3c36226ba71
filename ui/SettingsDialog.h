#pragma once

#include <QDialog>
#include <memory>

class QSettings;

namespace Ui {
class SettingsDialog;
}

namespace lockbox {
class LanguageManager;
}

namespace lockbox::ui {

// Preferences: the interface language (switched at once, without a restart), how long a copied
// secret value stays on the clipboard, and how many versions a page loads. OK and Apply apply and
// save to the settings; Cancel leaves everything as it was. The window applies the clipboard time
// and page size through the signals.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    static constexpr auto kClipboardTimeoutKey = "security/clipboardTimeoutSeconds";
    static constexpr auto kPageSizeKey = "versionsTable/pageSize";
    static constexpr int kDefaultClipboardTimeoutSeconds = 30;
    static constexpr int kMaxClipboardTimeoutSeconds = 3600;

    // languages, settings: nullptr leaves that part out (the language row disabled; nothing saved).
    SettingsDialog(LanguageManager *languages, QSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    // The versions page sizes to choose from.
    static QList<int> pageSizeChoices();
    // The saved clipboard time (the default when none is saved or the value is out of range).
    static int savedClipboardTimeoutSeconds(const QSettings *settings);

    // What the form shows at first (the window's values now).
    void setClipboardTimeoutSeconds(int seconds);
    void setPageSize(int pageSize);

    // "" for the system default, else a language code.
    QString selectedLanguage() const;
    int clipboardTimeoutSeconds() const;
    int pageSize() const;

    // Applies and saves what the form shows.
    void apply();
    void accept() override;

Q_SIGNALS:
    void clipboardTimeoutChanged(int seconds);
    void pageSizeChanged(int pageSize);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    LanguageManager *m_languages = nullptr;
    QSettings *m_settings = nullptr;
    QString m_appliedLanguage;
    int m_appliedClipboardTimeout = kDefaultClipboardTimeoutSeconds;
    int m_appliedPageSize = 0;
};

} // namespace lockbox::ui
