#pragma once

#include "Resources.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;

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

Q_SIGNALS:
    // Something was put on the clipboard; message says what, for the status bar.
    void copied(const QString &message);

private:
    // copyToolTip: when set, a copy button for the value; copiedMessage goes with copied().
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName, const QString &copyToolTip = {},
                   const QString &copiedMessage = {});

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_versionId = nullptr;
    QLabel *m_secretId = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_destroyAt = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_keys = nullptr;
    QLabel *m_passwordSpec = nullptr;
};

} // namespace lockbox::ui
