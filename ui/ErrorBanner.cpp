#include "ErrorBanner.h"

#include "ErrorText.h"
#include "SelectableLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QToolButton>

namespace lockbox::ui {

ErrorBanner::ErrorBanner(QWidget *parent) : QFrame(parent) {
    setObjectName(QStringLiteral("errorBanner"));
    hide(); // its contents are made by the first error (ensureBuilt): most banners never show one
}

void ErrorBanner::ensureBuilt() {
    if (m_message) {
        return;
    }
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("lockbox--ui--ErrorBanner { background: #fdecea; border: 1px solid #f1aeb5;"
                                 " border-radius: 4px; } QLabel { color: #8a1c1c; }"
                                 " QLineEdit { color: #8a1c1c; background: transparent; border: none; }"));
    // Retry goes under the message, not beside it: beside it, it and a request ID (one unbreakable
    // word) made the banner wider than a narrow pane, and the pane grew (found by QA: the versions
    // table then lost its last columns).
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/error.svg")).pixmap(20, 20));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon, 0, 0, Qt::AlignTop);
    m_message = new SelectableLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_message, 0, 1);
    layout->setColumnStretch(1, 1);
    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setText(QStringLiteral("✕"));
    m_dismiss->setAutoRaise(true);
    layout->addWidget(m_dismiss, 0, 2, Qt::AlignTop);
    // The request ID in a field of its own, on a line of its own across the banner: a label cannot
    // break a UUID (no break before a digit after a hyphen), so in a narrow pane its end was cut
    // off. The field is the banner's whole width, in a slightly smaller font, so a UUID fits the
    // narrowest pane; were it narrower still, the field scrolls, and selecting or copying gives the
    // whole ID.
    m_idCaption = new QLabel(this);
    m_idCaption->setObjectName(QStringLiteral("requestIdCaption"));
    m_idCaption->setWordWrap(true);
    layout->addWidget(m_idCaption, 1, 1, 1, 2);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("requestIdLineEdit"));
    m_id->setReadOnly(true);
    m_id->setFrame(false);
    m_id->setMinimumWidth(40);
    m_id->setTextMargins(0, 0, 0, 0);
    QFont idFont = m_id->font();
    idFont.setPointSizeF(idFont.pointSizeF() * 0.85);
    m_id->setFont(idFont);
    layout->addWidget(m_id, 2, 0, 1, 3);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    layout->addWidget(m_retry, 3, 1, Qt::AlignLeft);

    connect(m_retry, &QPushButton::clicked, this, [this]() {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_dismiss, &QToolButton::clicked, this, &ErrorBanner::hide);
    retranslate();
}

ErrorBanner::~ErrorBanner() = default;

QSize ErrorBanner::minimumSizeHint() const {
    // The pane decides the width: a banner never widens it (a long word in a server's message may
    // then be cut at the edge; the label stays selectable and copies it whole).
    QSize size = QFrame::minimumSizeHint();
    size.setWidth(std::min(size.width(), kNarrowestWidth));
    return size;
}

void ErrorBanner::showError(const QString &lead, const ApiError &error, const QString &requestId) {
    showError(LeadText([lead]() { return lead; }), error, requestId);
}

void ErrorBanner::showError(LeadText lead, const ApiError &error, const QString &requestId) {
    m_lead = std::move(lead);
    m_error = error;
    m_requestId = requestId;
    ensureBuilt();
    updateMessage();
    show();
}

QString ErrorBanner::text() const {
    if (!m_message) {
        return {};
    }
    // What the banner says, as one text (for tests and logs): the message and the request ID line.
    return m_id->text().isEmpty()
               ? m_message->text()
               : m_message->text() + QLatin1Char('\n') + m_idCaption->text() + QLatin1Char(' ') + m_id->text();
}

void ErrorBanner::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        keepMessageWhole();
    }
}

void ErrorBanner::retranslate() {
    if (!m_message) {
        return; // built (and translated) by the first error
    }
    m_message->setAccessibleName(tr("Error"));
    m_message->setAccessibleDescription(tr("What failed, what the server said and the request ID to quote"));
    m_id->setAccessibleName(tr("Request ID"));
    m_id->setAccessibleDescription(tr("The ID to quote to support; select it to copy it"));
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setAccessibleDescription(tr("Try the failed request again"));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the error"));
    m_dismiss->setAccessibleDescription(tr("Hide this error message"));
    if (m_lead) {
        updateMessage();
    }
}

void ErrorBanner::updateMessage() {
    m_message->setText(m_lead() + QLatin1Char('\n') + ErrorText::summary(m_error));
    const QString id = ErrorText::requestId(m_error, m_requestId);
    const bool clientOnly = id.isEmpty() && !m_error.clientRequestId.isEmpty();
    m_idCaption->setText(clientOnly ? tr("Client request ID:") : tr("Request ID:"));
    m_id->setText(clientOnly ? m_error.clientRequestId : id);
    m_id->setCursorPosition(0);
    m_id->setToolTip(m_id->text());
    m_idCaption->setVisible(!m_id->text().isEmpty());
    m_id->setVisible(!m_id->text().isEmpty());
    keepMessageWhole();
}

void ErrorBanner::resizeEvent(QResizeEvent *event) {
    QFrame::resizeEvent(event);
    keepMessageWhole();
}

void ErrorBanner::keepMessageWhole() {
    if (layout() && layout()->hasHeightForWidth()) {
        setMinimumHeight(layout()->totalHeightForWidth(width()));
    }
}

} // namespace lockbox::ui
