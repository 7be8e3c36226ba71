#include "VersionDetailsPane.h"

#include "StatusPresentation.h"

#include <QClipboard>
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

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    m_versionId = addRow(form, tr("Version ID:"), QStringLiteral("versionIdLabel"), tr("Copy the version ID"),
                         tr("Version ID copied"));
    m_secretId = addRow(form, tr("Secret ID:"), QStringLiteral("secretIdLabel"), tr("Copy the secret ID"),
                        tr("Secret ID copied"));

    auto *statusRow = new QWidget(page);
    auto *statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_statusIcon = new QLabel(statusRow);
    m_status = new QLabel(statusRow);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    statusLayout->addWidget(m_statusIcon);
    statusLayout->addWidget(m_status, 1);
    form->addRow(tr("Status:"), statusRow);

    m_created = addRow(form, tr("Created:"), QStringLiteral("createdLabel"));
    m_destroyAt = addRow(form, tr("Destroy at:"), QStringLiteral("destroyAtLabel"));
    m_description = addRow(form, tr("Description:"), QStringLiteral("descriptionLabel"));
    m_keys = addRow(form, tr("Keys:"), QStringLiteral("keysLabel"));
    m_passwordSpec = addRow(form, tr("Password specification:"), QStringLiteral("passwordSpecLabel"));
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    showNothing();
}

VersionDetailsPane::~VersionDetailsPane() = default;

QLabel *VersionDetailsPane::addRow(QFormLayout *form, const QString &label, const QString &objectName,
                                   const QString &copyToolTip, const QString &copiedMessage) {
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (copyToolTip.isEmpty()) {
        form->addRow(label, value);
        return value;
    }
    auto *row = new QWidget(form->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(value);
    auto *copy = new QToolButton(row);
    copy->setObjectName(objectName + QStringLiteral("CopyButton"));
    copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    copy->setAutoRaise(true);
    copy->setToolTip(copyToolTip);
    copy->setAccessibleName(copyToolTip);
    layout->addWidget(copy);
    layout->addStretch(1);
    value->setWordWrap(false);
    connect(copy, &QToolButton::clicked, this, [this, value, copiedMessage]() {
        QGuiApplication::clipboard()->setText(value->text());
        Q_EMIT copied(copiedMessage);
    });
    form->addRow(label, row);
    return value;
}

void VersionDetailsPane::showNothing() {
    m_placeholder->setText(tr("Select a version to see its details."));
    m_stack->setCurrentIndex(0);
}

void VersionDetailsPane::showSelectionCount(int count) {
    m_placeholder->setText(tr("%n version(s) selected.", nullptr, count));
    m_stack->setCurrentIndex(0);
}

void VersionDetailsPane::showVersion(const Version &version, const QString &statusText, bool current) {
    m_versionId->setText(version.id);
    m_secretId->setText(version.secretId);
    m_statusIcon->setPixmap(StatusPresentation::icon(version.status).pixmap(16, 16));
    m_status->setText(current ? tr("%1 · current version").arg(statusText) : statusText);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, StatusPresentation::color(version.status));
    m_status->setPalette(palette);
    m_created->setText(StatusPresentation::localAndUtc(version.createdAt));
    m_destroyAt->setText(version.destroyAt.isValid() ? StatusPresentation::localAndUtc(version.destroyAt)
                                                     : tr("not scheduled"));
    m_description->setText(version.description.isEmpty() ? tr("no description") : version.description);
    m_keys->setText(version.payloadEntryKeys.isEmpty()
                        ? tr("no keys")
                        : tr("%n key(s): %1", nullptr, static_cast<int>(version.payloadEntryKeys.size()))
                              .arg(version.payloadEntryKeys.join(QStringLiteral(", "))));
    m_passwordSpec->setText(version.passwordPayloadSpecification
                                ? StatusPresentation::passwordSpecSummary(*version.passwordPayloadSpecification)
                                : tr("none: values set by users"));
    m_stack->setCurrentIndex(1);
}

QString VersionDetailsPane::versionId() const {
    return m_stack->currentIndex() == 1 ? m_versionId->text() : QString();
}

} // namespace lockbox::ui
