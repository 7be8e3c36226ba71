#include "VersionDetailsPane.h"

#include "PaletteIconEngine.h"
#include "SelectableLabel.h"
#include "StatusPresentation.h"

#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lockbox::ui {

VersionDetailsPane::VersionDetailsPane(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("versionDetailsPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_scroll);
    retranslate();
}

void VersionDetailsPane::ensureDetails() {
    if (m_versionId.value) {
        return;
    }
    auto *page = new QWidget(m_scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    m_versionId = addRow(form, QStringLiteral("versionIdLabel"), true);
    m_secretId = addRow(form, QStringLiteral("secretIdLabel"), true);

    auto *statusRow = new QWidget(page);
    auto *statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_statusIcon = new QLabel(statusRow);
    m_status = new QLabel(statusRow);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    statusLayout->addWidget(m_statusIcon);
    statusLayout->addWidget(m_status, 1);
    m_statusLabel = new QLabel(page);
    form->addRow(m_statusLabel, statusRow);

    m_created = addRow(form, QStringLiteral("createdLabel"), false);
    m_destroyAt = addRow(form, QStringLiteral("destroyAtLabel"), false);
    m_description = addRow(form, QStringLiteral("descriptionLabel"), false);
    m_keys = addRow(form, QStringLiteral("keysLabel"), false);
    m_passwordSpec = addRow(form, QStringLiteral("passwordSpecLabel"), false);
    m_scroll->setWidget(page);
    // Made after the window, these would come last in its Tab order: they follow the scroll area,
    // as when they were made with it.
    QWidget *previous = m_scroll;
    const QList<QWidget *> order{m_versionId.value,   m_versionId.copy, m_secretId.value,
                                 m_secretId.copy,     m_created.value,  m_destroyAt.value,
                                 m_description.value, m_keys.value,     m_passwordSpec.value};
    for (QWidget *w : order) {
        setTabOrder(previous, w);
        previous = w;
    }

    connect(m_versionId.copy, &QToolButton::clicked, this, [this]() {
        QGuiApplication::clipboard()->setText(m_versionId.value->text());
        Q_EMIT copied(tr("Version ID copied"));
    });
    connect(m_secretId.copy, &QToolButton::clicked, this, [this]() {
        QGuiApplication::clipboard()->setText(m_secretId.value->text());
        Q_EMIT copied(tr("Secret ID copied"));
    });
    retranslateDetails();
}

VersionDetailsPane::~VersionDetailsPane() = default;

VersionDetailsPane::Row VersionDetailsPane::addRow(QFormLayout *form, const QString &objectName, bool copyable) {
    Row row;
    row.label = new QLabel(form->parentWidget());
    row.value = new SelectableLabel(form->parentWidget());
    row.value->setObjectName(objectName);
    row.value->setWordWrap(true);
    row.value->setTextFormat(Qt::PlainText);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    row.label->setBuddy(row.value);
    if (!copyable) {
        form->addRow(row.label, row.value);
        return row;
    }
    auto *field = new QWidget(form->parentWidget());
    auto *layout = new QHBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.value);
    row.copy = new QToolButton(field);
    row.copy->setObjectName(objectName + QStringLiteral("CopyButton"));
    row.copy->setIcon(PaletteIconEngine::icon(QStringLiteral(":/icons/copy.svg")));
    row.copy->setAutoRaise(true);
    layout->addWidget(row.copy);
    layout->addStretch(1);
    row.value->setWordWrap(false);
    form->addRow(row.label, field);
    return row;
}

void VersionDetailsPane::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void VersionDetailsPane::retranslate() {
    setAccessibleName(tr("Version details"));
    setAccessibleDescription(tr("The selected version's IDs, status, times, keys and password specification"));
    m_placeholder->setAccessibleName(tr("Version details"));
    m_placeholder->setAccessibleDescription(tr("Select a version in the table to see its details here"));
    if (m_versionId.value) {
        retranslateDetails();
    }
    render();
}

void VersionDetailsPane::retranslateDetails() {
    const auto label = [](const Row &row, const QString &text, const QString &description) {
        row.label->setText(text);
        row.value->setAccessibleName(QString(text).remove(QLatin1Char(':')));
        row.value->setAccessibleDescription(description);
    };
    label(m_versionId, tr("Version ID:"), tr("The ID of the selected version"));
    label(m_secretId, tr("Secret ID:"), tr("The ID of the secret the version belongs to"));
    label(m_created, tr("Created:"), tr("When the version was created, in local time and UTC"));
    label(m_destroyAt, tr("Destroy at:"), tr("When the version is destroyed, in local time and UTC"));
    label(m_description, tr("Description:"), tr("The version's description"));
    label(m_keys, tr("Keys:"), tr("The keys of the version's entries (never the values)"));
    label(m_passwordSpec, tr("Password specification:"), tr("How the service generates this secret's password"));
    m_statusLabel->setText(tr("Status:"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setAccessibleDescription(tr("The version's status, and whether it is the current version"));
    m_versionId.copy->setToolTip(tr("Copy the version ID"));
    m_versionId.copy->setAccessibleName(tr("Copy the version ID"));
    m_versionId.copy->setAccessibleDescription(tr("Puts the version ID on the clipboard"));
    m_secretId.copy->setToolTip(tr("Copy the secret ID"));
    m_secretId.copy->setAccessibleName(tr("Copy the secret ID"));
    m_secretId.copy->setAccessibleDescription(tr("Puts the secret ID on the clipboard"));
}

void VersionDetailsPane::showNothing() {
    m_version.reset();
    m_selectionCount = 0;
    render();
}

void VersionDetailsPane::showSelectionCount(int count) {
    m_version.reset();
    m_selectionCount = count;
    render();
}

void VersionDetailsPane::showVersion(const Version &version, const QString &statusText, bool current) {
    m_version = version;
    m_statusText = statusText;
    m_current = current;
    render();
}

void VersionDetailsPane::render() {
    // Also when hidden: nothing is left in an earlier language.
    m_placeholder->setText(m_selectionCount > 0 && !m_version ? tr("%n version(s) selected.", nullptr, m_selectionCount)
                                                              : tr("Select a version to see its details."));
    if (!m_version) {
        m_stack->setCurrentIndex(0);
        return;
    }
    ensureDetails();
    const Version &version = *m_version;
    m_versionId.value->setText(version.id);
    m_secretId.value->setText(version.secretId);
    m_statusIcon->setPixmap(StatusPresentation::icon(version.status).pixmap(16, 16));
    m_status->setText(m_current ? tr("%1 · current version").arg(m_statusText) : m_statusText);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, StatusPresentation::color(version.status));
    m_status->setPalette(palette);
    m_created.value->setText(StatusPresentation::localAndUtc(version.createdAt));
    m_destroyAt.value->setText(version.destroyAt.isValid() ? StatusPresentation::localAndUtc(version.destroyAt)
                                                           : tr("not scheduled"));
    m_description.value->setText(version.description.isEmpty() ? tr("no description") : version.description);
    m_keys.value->setText(version.payloadEntryKeys.isEmpty()
                              ? tr("no keys")
                              : tr("%n key(s): %1", nullptr, static_cast<int>(version.payloadEntryKeys.size()))
                                    .arg(version.payloadEntryKeys.join(QStringLiteral(", "))));
    m_passwordSpec.value->setText(version.passwordPayloadSpecification
                                      ? StatusPresentation::passwordSpecSummary(*version.passwordPayloadSpecification)
                                      : tr("none: values set by users"));
    m_stack->setCurrentIndex(1);
}

QString VersionDetailsPane::versionId() const {
    return m_stack->currentIndex() == 1 ? m_versionId.value->text() : QString();
}

} // namespace lockbox::ui
