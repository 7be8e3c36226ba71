#include "LockboxStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QMainWindow>
#include <QPaintEngine>
#include <cmath>
#include <memory>
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

LockboxStyle::LockboxStyle(QStyle *base) : QProxyStyle(base) {
    const QStyle *innermost = baseStyle();
    while (const auto *proxy = qobject_cast<const QProxyStyle *>(innermost)) {
        innermost = proxy->baseStyle();
    }
    m_overFusion = innermost && innermost->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

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

void LockboxStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const {
    if (m_overFusion && option && (element == CE_ToolBar || element == CE_HeaderSection) &&
        drawStretched(element, *option, painter, widget)) {
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void LockboxStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                      const QWidget *widget) const {
    if (control == CC_ScrollBar && m_overFusion) {
        if (const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
            bar && drawCachedScrollBar(*bar, painter, widget)) {
            return;
        }
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

namespace {

constexpr int kMargin = 2; // Fusion's outlines reach a pixel past a part's rectangle

// A layer as a pixmap; without an alpha channel when every pixel is opaque, because the raster
// engine copies such a pixmap, where it blends a translucent one row by row (and a tall one on its
// thread pool, which is what made the bars slow).
QPixmap layerPixmap(QImage image) {
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) != 255) {
                return QPixmap::fromImage(std::move(image));
            }
        }
    }
    return QPixmap::fromImage(image.convertToFormat(QImage::Format_RGB32));
}

// Whether layers drawn apart and put in place give what drawing in place gives: no transform,
// opacity, other composition or antialiasing.
bool plainPainter(const QPainter *painter) {
    return painter->worldTransform().isIdentity() && painter->opacity() == 1.0 &&
           painter->compositionMode() == QPainter::CompositionMode_SourceOver &&
           !painter->testRenderHint(QPainter::Antialiasing);
}

// The pixel ratio of the device painted on (not the widget's, when its painting is redirected, as by
// render()); 0 when it is fractional, where parts drawn apart would be rounded otherwise.
qreal wholePixelRatio(const QPainter *painter) {
    const QPaintDevice *device = painter->paintEngine() ? painter->paintEngine()->paintDevice() : painter->device();
    const qreal ratio = device ? device->devicePixelRatio() : 1.0;
    return ratio == std::floor(ratio) ? ratio : 0.0;
}

constexpr int kProbeWidth = 32; // pixels: how wide the base style draws a stretchable element
constexpr int kLeastMiddle = 8; // pixels of the narrow drawing that must be the repeated column

bool sameColumn(const QImage &image, int a, int b) {
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        if (line[a] != line[b]) {
            return false;
        }
    }
    return true;
}

QPixmap columns(const QImage &image, int from, int count, qreal ratio) {
    QImage part = image.copy(from, 0, count, image.height());
    part.setDevicePixelRatio(ratio);
    return layerPixmap(std::move(part));
}

// The middle column (`ratio` device columns from `from`) repeated 128 pixels wide: the raster engine
// tiles a pixmap a tile at a time, and a one-column tile made that a copy per pixel.
QPixmap repeatedColumn(const QImage &image, int from, qreal ratio) {
    const int r = int(ratio);
    QImage wide(128 * r, image.height(), image.format());
    for (int y = 0; y < image.height(); ++y) {
        const auto *source = reinterpret_cast<const QRgb *>(image.constScanLine(y)) + from;
        auto *line = reinterpret_cast<QRgb *>(wide.scanLine(y));
        for (int x = 0; x < wide.width(); ++x) {
            line[x] = source[x % r];
        }
    }
    wide.setDevicePixelRatio(ratio);
    return layerPixmap(std::move(wide));
}

} // namespace

bool LockboxStyle::drawStretched(ControlElement element, const QStyleOption &option, QPainter *painter,
                                 const QWidget *widget) const {
    const QRect rect = option.rect;
    if (rect.width() <= kProbeWidth || rect.height() <= 0 || !plainPainter(painter)) {
        return false;
    }
    const qreal ratio = wholePixelRatio(painter);
    if (ratio == 0.0) {
        return false;
    }
    // What Fusion's drawing of the element reads, but the width; anything else goes to it directly.
    QString key = QStringLiteral("%1:%2:%3:%4:%5:%6")
                      .arg(int(element))
                      .arg(rect.height())
                      .arg(ratio)
                      .arg(int(option.state))
                      .arg(int(option.direction))
                      .arg(option.palette.cacheKey());
    if (element == CE_ToolBar) {
        const auto *bar = qstyleoption_cast<const QStyleOptionToolBar *>(&option);
        // Fusion draws its bevel only for a main window's bars, and runs the lines along them. The
        // whole bar only (as QToolBar paints it): at twice the pixel ratio Fusion's lines reach half a
        // pixel past the rectangle, which the bar's own edges clip (found by tst_style's offsets).
        if (!bar || !(option.state & State_Horizontal) || !widget ||
            !qobject_cast<const QMainWindow *>(widget->parentWidget()) || option.rect != widget->rect()) {
            return false;
        }
        key += QStringLiteral(":%1:%2:%3:%4:%5:%6")
                   .arg(int(bar->toolBarArea))
                   .arg(int(bar->positionOfLine))
                   .arg(int(bar->positionWithinLine))
                   .arg(int(bar->features))
                   .arg(bar->lineWidth)
                   .arg(bar->midLineWidth);
    } else {
        const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(&option);
        if (!header || header->orientation != Qt::Horizontal) {
            return false;
        }
        const auto *header2 = qstyleoption_cast<const QStyleOptionHeaderV2 *>(&option);
        key += QStringLiteral(":%1:%2:%3")
                   .arg(int(header->position))
                   .arg(int(header->selectedPosition))
                   .arg(header2 && header2->isSectionDragTarget);
    }
    const Stretch *stretch = m_stretches.object(key);
    if (!stretch) {
        auto measured = std::make_unique<Stretch>(measureStretch(element, option, widget, ratio));
        qint64 bytes = 0;
        for (const QPixmap *layer : {&measured->leftLayer, &measured->middleLayer, &measured->rightLayer}) {
            bytes += qint64(layer->width()) * layer->height() * layer->depth() / 8;
        }
        stretch = measured.get();
        m_stretches.insert(key, measured.release(), int(std::max<qint64>(1, bytes / 1024)));
    }
    if (!stretch->usable) {
        return false;
    }
    if (stretch->left > 0) {
        painter->drawPixmap(rect.topLeft(), stretch->leftLayer);
    }
    painter->drawTiledPixmap(
        QRect(rect.left() + stretch->left, rect.top(), rect.width() - stretch->left - stretch->right, rect.height()),
        stretch->middleLayer);
    if (stretch->right > 0) {
        painter->drawPixmap(QPoint(rect.right() + 1 - stretch->right, rect.top()), stretch->rightLayer);
    }
    return true;
}

LockboxStyle::Stretch LockboxStyle::measureStretch(ControlElement element, const QStyleOption &option,
                                                   const QWidget *widget, qreal ratio) const {
    const QRect narrow(0, 0, kProbeWidth, option.rect.height());
    QImage image(narrow.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    const auto drawNarrow = [&](auto copy) {
        copy.rect = narrow;
        baseStyle()->drawControl(element, &copy, &p, widget);
    };
    if (element == CE_ToolBar) {
        drawNarrow(*qstyleoption_cast<const QStyleOptionToolBar *>(&option));
    } else if (const auto *header2 = qstyleoption_cast<const QStyleOptionHeaderV2 *>(&option)) {
        drawNarrow(*header2);
    } else {
        drawNarrow(*qstyleoption_cast<const QStyleOptionHeader *>(&option));
    }
    p.end();
    // The run of columns equal to the middle one, widened to whole pixels at this ratio.
    const int r = int(ratio);
    const int width = image.width();
    const int middle = width / 2;
    int first = middle;
    while (first > 0 && sameColumn(image, first - 1, middle)) {
        --first;
    }
    int last = middle;
    while (last + 1 < width && sameColumn(image, last + 1, middle)) {
        ++last;
    }
    Stretch stretch;
    stretch.left = (first + r - 1) / r;
    stretch.right = (width - 1 - last + r - 1) / r;
    if (kProbeWidth - stretch.left - stretch.right < kLeastMiddle) {
        return stretch;
    }
    stretch.usable = true;
    stretch.leftLayer = columns(image, 0, stretch.left * r, ratio);
    stretch.middleLayer = repeatedColumn(image, stretch.left * r, ratio);
    stretch.rightLayer = columns(image, width - stretch.right * r, stretch.right * r, ratio);
    return stretch;
}

bool LockboxStyle::drawCachedScrollBar(const QStyleOptionSlider &bar, QPainter *painter, const QWidget *widget) const {
    // Only where pixmaps drawn at the bar's place give the same pixels: no transform, opacity or
    // other composition, a range to show, and the whole bar asked for (as QScrollBar asks).
    if (!plainPainter(painter) || bar.rect.isEmpty() || bar.minimum >= bar.maximum || bar.subControls != SC_All) {
        return false;
    }
    const qreal ratio = wholePixelRatio(painter);
    if (ratio == 0.0) {
        return false;
    }
    const QRect slider = baseStyle()->subControlRect(CC_ScrollBar, &bar, SC_ScrollBarSlider, widget);
    if (slider.isEmpty() || !bar.rect.contains(slider)) {
        return false;
    }
    // What Fusion's drawing of every part reads; hover and press only count for the part they are on
    // (the groove looks the same under them).
    const QStyle::State hoverOrPress = State_MouseOver | State_Sunken;
    const auto keyOf = [&](const QString &name, QStyle::State state, SubControls active, const QRect &area,
                           QPoint where) -> QString {
        return QStringLiteral("%1:%2:%3x%4:%5:%6:%7:%8:%9")
                   .arg(name)
                   .arg(int(bar.orientation))
                   .arg(bar.rect.width())
                   .arg(bar.rect.height())
                   .arg(ratio)
                   .arg(int(state))
                   .arg(int(active))
                   .arg(bar.palette.cacheKey())
                   .arg(int(bar.direction)) +
               QStringLiteral(":%1:%2x%3@%4,%5")
                   .arg(int(bar.upsideDown))
                   .arg(area.width())
                   .arg(area.height())
                   .arg(where.x())
                   .arg(where.y());
    };
    // The layer of `parts` inside `area`, drawn by the base style on transparency.
    const auto draw = [&](const QString &key, const QRect &area, SubControls parts) {
        if (area.isEmpty()) {
            return;
        }
        const QPixmap *layer = m_scrollBarLayers.object(key);
        if (!layer) {
            QImage image(area.size() * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::transparent);
            QPainter p(&image);
            p.translate(-area.topLeft());
            QStyleOptionSlider only = bar;
            only.subControls = parts;
            baseStyle()->drawComplexControl(CC_ScrollBar, &only, &p, widget);
            p.end();
            auto pixmap = std::make_unique<QPixmap>(layerPixmap(std::move(image)));
            painter->drawPixmap(area.topLeft(), *pixmap);
            const qint64 kib = qint64(pixmap->width()) * pixmap->height() * pixmap->depth() / 8 / 1024;
            m_scrollBarLayers.insert(key, pixmap.release(), int(std::max<qint64>(1, kib)));
            return;
        }
        painter->drawPixmap(area.topLeft(), *layer);
    };
    const auto around = [&](const QRect &r) { return r.adjusted(-kMargin, -kMargin, kMargin, kMargin) & bar.rect; };
    // In Fusion's order: the groove, the slider, then the arrow buttons over the slider's outline.
    // The slider's and the buttons' layers are only as large as they are (few rows to blend). The
    // slider's is keyed by its size and where the slider lies in it, not by its place on the bar:
    // the same slider anywhere (scrolling).
    const SubControls arrows = SubControls(SC_ScrollBarAddLine) | SC_ScrollBarSubLine;
    draw(keyOf(QStringLiteral("groove"), bar.state & ~hoverOrPress, SC_None, bar.rect, QPoint()), bar.rect,
         SubControls(SC_All) & ~(arrows | SC_ScrollBarSlider));
    const QRect sliderArea = around(slider);
    draw(keyOf(QStringLiteral("slider"), bar.state, bar.activeSubControls & SC_ScrollBarSlider, sliderArea,
               slider.topLeft() - sliderArea.topLeft()),
         sliderArea, SC_ScrollBarSlider);
    for (const SubControl button : {SC_ScrollBarSubLine, SC_ScrollBarAddLine}) {
        const QRect area = around(baseStyle()->subControlRect(CC_ScrollBar, &bar, button, widget));
        draw(keyOf(QStringLiteral("button%1").arg(int(button)), bar.state, bar.activeSubControls & button, area,
                   area.topLeft() - bar.rect.topLeft()),
             area, button);
    }
    return true;
}

} // namespace lockbox::ui
