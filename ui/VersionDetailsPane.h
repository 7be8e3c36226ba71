#pragma once

#include "Resources.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace lockbox::ui {

// The selected version in full: ids with copy buttons, status, times in local time and UTC, keys
// and the password specification. Metadata only: it never shows a value.
class VersionDetailsPane final : public QWidget {
    Q_OBJECT
public:
    explicit VersionDetailsPane(QWidget *parent = nullptr);
    ~VersionDetailsPane() override;
    Q_DISABLE_COPY_MOVE(VersionDetailsPane)

    void showNothing();
    void showSelectionCount(int count);
    // statusText: the model's text for the status.
    void showVersion(const Version &version, const QString &statusText, bool current);
    QString versionId() const;
    // Builds the rows of details now (they are built when first shown otherwise): what the first
    // frame does not show comes after it.
    void ensureDetails();

Q_SIGNALS:
    // Something was put on the clipboard; message says what, for the status bar.
    void copied(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        QToolButton *copy = nullptr; // for ids only
    };
    Row addRow(QFormLayout *form, const QString &objectName, bool copyable);
    void retranslate();
    void retranslateDetails();
    // Shows again what was shown (the texts in the current language).
    void render();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QScrollArea *m_scroll = nullptr;
    Row m_versionId;
    Row m_secretId;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    Row m_created;
    Row m_destroyAt;
    Row m_description;
    Row m_keys;
    Row m_passwordSpec;

    std::optional<Version> m_version;
    QString m_statusText;
    bool m_current = false;
    int m_selectionCount = 0;
};

} // namespace lockbox::ui
