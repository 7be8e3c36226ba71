#include "LockboxStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QStyleFactory>
#include <QStyleOption>
#include <QPainter>
#include <QPointer>
#include <QWidget>

namespace lockbox::ui {

namespace {

// Asks the style for the icon on first use, then answers from it.
class DeferredStandardIconEngine final : public QIconEngine {
public:
    DeferredStandardIconEngine(const QStyle *style, QStyle::StandardPixmap which, Qt::LayoutDirection direction,
                               const QWidget *widget)
        : m_style(const_cast<QStyle *>(style)), m_which(which), m_direction(direction),
          m_widget(const_cast<QWidget *>(widget)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    // An engine is asked in device pixels; QIcon's own pixmap() and actualSize() would apply the
    // application's device pixel ratio once more, so the ratio is passed explicitly.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override {
        return icon().pixmap(size / scale, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        const qreal ratio = qApp->devicePixelRatio();
        return ratio > 1.0 ? icon().actualSize(size / ratio, mode, state) * ratio
                           : icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return icon().availableSizes(mode, state);
    }
    QIconEngine *clone() const override {
        auto *copy = new DeferredStandardIconEngine(m_style, m_which, m_direction, m_widget);
        copy->m_icon = m_icon;
        copy->m_loaded = m_loaded;
        return copy;
    }
    QString key() const override { return QStringLiteral("lockbox-deferred-standard"); }
    // Until it is read, not null (asking would read it: the button only needs to know there is one).
    bool isNull() override { return m_loaded && m_icon.isNull(); }

private:
    const QIcon &icon() {
        if (!m_loaded) {
            m_loaded = true;
            if (m_style) {
                // The direction is what the style reads from the option (the extension arrow's
                // right-to-left variant); the widget may be gone.
                QStyleOption option;
                option.direction = m_direction;
                m_icon = m_style->standardIcon(m_which, &option, m_widget);
            }
        }
        return m_icon;
    }

    // Non-const only because QPointer cannot hold a const object in Qt 6.4; never changed through.
    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    Qt::LayoutDirection m_direction;
    QPointer<QWidget> m_widget;
    QIcon m_icon;
    bool m_loaded = false;
};

} // namespace

LockboxStyle::LockboxStyle(QStyle *base) : QProxyStyle(base) {}

LockboxStyle::~LockboxStyle() = default;

void LockboxStyle::install() {
    if (QStyle *base = QStyleFactory::create(QApplication::style()->name())) {
        QApplication::setStyle(new LockboxStyle(base));
    }
}

QIcon LockboxStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const {
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_LineEditClearButton: {
        const Qt::LayoutDirection direction =
            option ? option->direction : (widget ? widget->layoutDirection() : QApplication::layoutDirection());
        return QIcon(new DeferredStandardIconEngine(baseStyle(), standardIcon, direction, widget));
    }
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace lockbox::ui
