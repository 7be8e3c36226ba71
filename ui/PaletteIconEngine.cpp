#include "PaletteIconEngine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace lockbox::ui {

PaletteIconEngine::PaletteIconEngine(QString resourcePath) : m_path(std::move(resourcePath)) {
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        m_svg = file.readAll();
    }
}

PaletteIconEngine::~PaletteIconEngine() = default;

QIcon PaletteIconEngine::icon(const QString &resourcePath) {
    return QIcon(new PaletteIconEngine(resourcePath));
}

QColor PaletteIconEngine::inkColor(QIcon::Mode mode) {
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) {
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pm = pixmap(rect.size() * ratio, mode, state);
    pm.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, pm);
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) {
    Q_UNUSED(state)
    if (size.isEmpty() || m_svg.isEmpty()) {
        return {};
    }
    const QColor ink = inkColor(mode);
    const QString cacheKey = QStringLiteral("lockbox-palette-icon:%1:%2:%3x%4:%5")
                                 .arg(m_path)
                                 .arg(ink.rgba(), 8, 16)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(static_cast<int>(mode));
    QPixmap pm;
    if (QPixmapCache::find(cacheKey, &pm)) {
        return pm;
    }
    std::shared_ptr<QSvgRenderer> &parsed = m_renderers[ink.rgba()];
    if (!parsed) {
        QByteArray svg = m_svg;
        svg.replace("currentColor", ink.name(QColor::HexRgb).toLatin1());
        parsed = std::make_shared<QSvgRenderer>(svg);
    }
    QSvgRenderer &renderer = *parsed;
    pm = QPixmap(size);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        if (mode == QIcon::Disabled) {
            p.setOpacity(0.5); // the accent colours fade with the ink
        }
        // Square icons in a non-square box stay square, centred.
        const QSizeF svgSize = renderer.defaultSize().scaled(size, Qt::KeepAspectRatio);
        const QRectF target(QPointF((size.width() - svgSize.width()) / 2, (size.height() - svgSize.height()) / 2),
                            svgSize);
        renderer.render(&p, target);
    }
    QPixmapCache::insert(cacheKey, pm);
    return pm;
}

QSize PaletteIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) {
    Q_UNUSED(mode)
    Q_UNUSED(state)
    return size;
}

QIconEngine *PaletteIconEngine::clone() const {
    return new PaletteIconEngine(*this);
}

QString PaletteIconEngine::key() const {
    return QStringLiteral("lockbox-palette");
}

bool PaletteIconEngine::isNull() {
    return m_svg.isEmpty();
}

} // namespace lockbox::ui
