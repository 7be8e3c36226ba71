#include "ErrorBanner.h"

#include "ErrorText.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace lockbox::ui {

ErrorBanner::ErrorBanner(QWidget *parent) : QFrame(parent) {
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("lockbox--ui--ErrorBanner { background: #fdecea; border: 1px solid #f1aeb5;"
                                 " border-radius: 4px; } QLabel { color: #8a1c1c; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/error.svg")).pixmap(20, 20));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_message, 1);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("dismissButton"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss the error"));
    layout->addWidget(close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, [this]() {
        hide();
        Q_EMIT retryRequested();
    });
    connect(close, &QToolButton::clicked, this, &ErrorBanner::hide);
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const QString &lead, const ApiError &error, const QString &requestId) {
    m_message->setText(lead + QLatin1Char('\n') + ErrorText::describe(error, requestId));
    show();
}

QString ErrorBanner::text() const {
    return m_message->text();
}

} // namespace lockbox::ui
