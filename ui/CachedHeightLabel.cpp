#include "CachedHeightLabel.h"

#include <QEvent>

namespace lockbox::ui {

CachedHeightLabel::CachedHeightLabel(QWidget *parent) : QLabel(parent) {}

int CachedHeightLabel::heightForWidth(int width) const {
    if (m_text != text()) {
        m_text = text();
        clear();
    }
    for (int i = 0; i < m_count; ++i) {
        if (m_widths[i] == width) {
            return m_heights[i];
        }
    }
    const int height = QLabel::heightForWidth(width);
    m_widths[m_next] = width;
    m_heights[m_next] = height;
    m_next = (m_next + 1) % kWidths;
    m_count = qMin(m_count + 1, kWidths);
    return height;
}

void CachedHeightLabel::changeEvent(QEvent *event) {
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
