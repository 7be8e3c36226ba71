#include "CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <utility>

namespace lockbox::ui {

namespace {

bool hasLineBreak(const QString &text) {
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            return true;
        }
    }
    return false;
}

} // namespace

CachedTextDelegate::CachedTextDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

int CachedTextDelegate::fontIndex(const QFont &font) const {
    const qsizetype at = m_fonts.indexOf(font);
    if (at >= 0) {
        return int(at);
    }
    if (m_fonts.size() >= 16) { // fonts changed many times (zoom, theme): start again
        m_fonts.clear();
        m_cache.clear();
    }
    m_fonts.append(font);
    return int(m_fonts.size() - 1);
}

const QStaticText *CachedTextDelegate::layout(const QString &text, const QFont &font, int width,
                                              Qt::TextElideMode mode) const {
    // Key: font, then the text; an elided form also names the width it was made for.
    const QString key = QString::number(fontIndex(font)) + QLatin1Char('|') + text;
    QStaticText *full = m_cache.object(key);
    if (!full) {
        full = new QStaticText(text);
        full->setTextFormat(Qt::PlainText); // a description may hold "<b>": shown as typed
        full->prepare(QTransform(), font);
        if (!m_cache.insert(key, full)) {
            return nullptr;
        }
    }
    if (full->size().width() <= width || mode == Qt::ElideNone) {
        return full;
    }
    const QString elidedKey =
        key + QLatin1Char('|') + QString::number(width) + QLatin1Char('|') + QString::number(mode);
    QStaticText *elided = m_cache.object(elidedKey);
    if (!elided) {
        elided = new QStaticText(QFontMetrics(font).elidedText(text, mode, width));
        elided->setTextFormat(Qt::PlainText);
        elided->prepare(QTransform(), font);
        if (!m_cache.insert(elidedKey, elided)) {
            return nullptr;
        }
    }
    return elided;
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (hasLineBreak(opt.text)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = std::exchange(opt.text, QString());
    const bool hasText = opt.features.testFlag(QStyleOptionViewItem::HasDisplay) && !text.isEmpty();
    opt.features.setFlag(QStyleOptionViewItem::HasDisplay, false);
    // Background, selection, check box, icon and focus frame: the style's, so the table looks native.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (!hasText) {
        return;
    }

    // Where QCommonStyle puts the text: after the icon, inside the focus frame's margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (opt.features.testFlag(QStyleOptionViewItem::HasDecoration) &&
        opt.decorationPosition == QStyleOptionViewItem::Left) {
        const int iconSpace = opt.decorationSize.width() + 2 * margin;
        if (opt.direction == Qt::RightToLeft) {
            textRect.setRight(textRect.right() - iconSpace);
        } else {
            textRect.setLeft(textRect.left() + iconSpace);
        }
    }
    if (textRect.width() <= 0) {
        return;
    }
    const QStaticText *laidOut = layout(text, opt.font, textRect.width(), opt.textElideMode);
    if (!laidOut) {
        return;
    }

    QPalette::ColorGroup group = QPalette::Normal;
    if (!opt.state.testFlag(QStyle::State_Enabled)) {
        group = QPalette::Disabled;
    } else if (!opt.state.testFlag(QStyle::State_Active)) {
        group = QPalette::Inactive;
    }
    const QPalette::ColorRole role =
        opt.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;

    const QSizeF size = laidOut->size();
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    qreal x = textRect.left();
    if (align & Qt::AlignRight) {
        x = textRect.right() + 1 - size.width();
    } else if (align & Qt::AlignHCenter) {
        x = textRect.left() + (textRect.width() - size.width()) / 2;
    }
    qreal y = textRect.top() + (textRect.height() - size.height()) / 2;
    if (align & Qt::AlignTop) {
        y = textRect.top();
    } else if (align & Qt::AlignBottom) {
        y = textRect.bottom() + 1 - size.height();
    }

    painter->save();
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    painter->drawStaticText(QPointF(x, y), *laidOut);
    painter->restore();
}

} // namespace lockbox::ui
