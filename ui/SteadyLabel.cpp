#include "SteadyLabel.h"

#include <QEvent>

namespace lockbox::ui {

SteadyLabel::SteadyLabel(QWidget *parent) : QLabel(parent) {
    fit();
}

void SteadyLabel::showText(const QString &text) {
    if (text == this->text()) {
        return;
    }
    setText(text);
    fit();
}

void SteadyLabel::changeEvent(QEvent *event) {
    QLabel::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        fit();
        break;
    default:
        break;
    }
}

void SteadyLabel::fit() {
    // With minimum == maximum, QWidget::updateGeometry() does not ask the parent's layout to run.
    m_twin.setFont(font());
    m_twin.setFrameStyle(frameStyle());
    m_twin.setLineWidth(lineWidth());
    m_twin.setMidLineWidth(midLineWidth());
    m_twin.setContentsMargins(contentsMargins());
    m_twin.setMargin(margin());
    m_twin.setIndent(indent());
    m_twin.setTextFormat(textFormat());
    m_twin.setText(text());
    const QSize hint = m_twin.sizeHint();
    if (minimumSize() != hint || maximumSize() != hint) {
        setFixedSize(hint);
    }
}

} // namespace lockbox::ui
