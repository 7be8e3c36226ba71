#include "SelectableLabel.h"

#include <QEvent>
#include <QPaintEvent>
#include <QTextDocument>

namespace lockbox::ui {

SelectableLabel::SelectableLabel(QWidget *parent) : QLabel(parent) {}

SelectableLabel::~SelectableLabel() = default;

const QLabel *SelectableLabel::twin() const {
    const bool plain = textFormat() == Qt::PlainText || (textFormat() == Qt::AutoText && !Qt::mightBeRichText(text()));
    if (!plain) {
        return nullptr;
    }
    if (!m_twin) {
        m_twin = std::make_unique<QLabel>();
        m_twin->setTextFormat(Qt::PlainText);
    }
    QLabel *t = m_twin.get();
    // Only what differs is set: each setter drops the twin's own cached hints.
    const auto sync = [t](auto get, auto set, const auto &value) {
        if ((t->*get)() != value) {
            (t->*set)(value);
        }
    };
    sync(&QWidget::font, &QWidget::setFont, font());
    sync(&QLabel::wordWrap, &QLabel::setWordWrap, wordWrap());
    sync(&QLabel::alignment, &QLabel::setAlignment, alignment());
    sync(&QLabel::margin, &QLabel::setMargin, margin());
    sync(&QLabel::indent, &QLabel::setIndent, indent());
    sync(&QWidget::contentsMargins, qOverload<const QMargins &>(&QWidget::setContentsMargins), contentsMargins());
    sync(&QWidget::minimumSize, qOverload<const QSize &>(&QWidget::setMinimumSize), minimumSize());
    sync(&QWidget::maximumSize, qOverload<const QSize &>(&QWidget::setMaximumSize), maximumSize());
    sync(&QWidget::layoutDirection, &QWidget::setLayoutDirection, layoutDirection());
    t->setText(text()); // returns at once when unchanged
    return t;
}

QSize SelectableLabel::sizeHint() const {
    const QLabel *t = twin();
    return t ? t->sizeHint() : QLabel::sizeHint();
}

QSize SelectableLabel::minimumSizeHint() const {
    const QLabel *t = twin();
    return t ? t->minimumSizeHint() : QLabel::minimumSizeHint();
}

int SelectableLabel::heightForWidth(int width) const {
    if (m_text != text()) {
        m_text = text();
        clear();
    }
    for (int i = 0; i < m_count; ++i) {
        if (m_widths[i] == width) {
            return m_heights[i];
        }
    }
    const QLabel *t = twin();
    const int height = t ? t->heightForWidth(width) : QLabel::heightForWidth(width);
    m_widths[m_next] = width;
    m_heights[m_next] = height;
    m_next = (m_next + 1) % kWidths;
    m_count = qMin(m_count + 1, kWidths);
    return height;
}

bool SelectableLabel::event(QEvent *event) {
    // QWidget::update() from inside a paint event comes back as UpdateLater; here it comes from
    // QLabel's text control, when the paint laid the document out before drawing it. After a
    // paint of the whole label it would only paint the same again.
    if (event->type() == QEvent::UpdateLater && m_paintedWhole) {
        return true;
    }
    return QLabel::event(event);
}

void SelectableLabel::paintEvent(QPaintEvent *event) {
    QLabel::paintEvent(event);
    m_paintedWhole = (QRegion(rect()) - event->region()).isEmpty();
}

void SelectableLabel::changeEvent(QEvent *event) {
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ContentsRectChange:
        clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace lockbox::ui
