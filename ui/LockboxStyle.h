#pragma once

#include <QCache>
#include <QPixmap>
#include <QProxyStyle>
#include <QString>

class QStyleOptionSlider;

namespace lockbox::ui {

// The application's style: the one Qt picked (or -style / QT_STYLE_OVERRIDE asked for), unchanged
// but for two things.
// Three standard icons are read when first drawn, not when their widget is made: the menu bar's and
// the tool bar's extension buttons (shown only when a bar overflows) and a line edit's clear button
// (shown only once there is text). Qt reads those PNGs at construction, and the first image read
// loads every image-format plugin: ~4 M instructions before the first frame.
// Over Fusion, scroll bars are drawn from pixmaps of Fusion's own drawing, in its order: the groove,
// the slider, each arrow button. Fusion outlines them with a translucent pen, which Qt's raster
// engine blends row by row, a tall part in pieces handed to its thread pool: 0.2 ms for a 380 px
// bar, 0.7 ms for a 1,000 px one, on every repaint. An opaque layer (the groove) is copied; the
// translucent ones are only as large as their part. A slider that moves (scrolling) or a range that
// changes (a page of rows) reuses the groove and the buttons; a slider of the same length is reused
// wherever it is. The result equals Fusion's drawing but for rounding (tst_style: 128 pixels off by
// 1/255 in 960 drawings of bars in every state, direction and at two pixel ratios, each meeting the
// layers the others left).
// The same translucent lines run along the main tool bar and each column's header: Fusion drew the
// tool bar in 0.5 ms on every repaint (0.9 ms the first time, which starts the pool's threads), and
// a header section of a new width likewise. Over Fusion these are drawn stretched: Fusion draws the
// element 32 pixels wide, and the drawing is laid out as its left edge, its middle column repeated
// and its right edge, when the narrow drawing is made of exactly those (tst_style holds the result
// to Fusion's drawing at every width; any other drawing goes to Fusion directly).
class LockboxStyle final : public QProxyStyle {
    Q_OBJECT
public:
    // Takes ownership of base (as QProxyStyle does).
    explicit LockboxStyle(QStyle *base);
    ~LockboxStyle() override;

    // Makes the application's style a LockboxStyle over the style Qt picked (or -style asked for).
    // Before the first widget: the application does it in main(), the benchmark likewise. Once
    // installed, QApplication::style()->name() is empty (QStyle::name() is not virtual): ask
    // baseStyle() for the name.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

private:
    // A horizontally stretchable element as the base style draws it: edges in pixels, and layers of
    // the left edge, one middle column and the right edge. Not usable when the narrow drawing was
    // not edges around a uniform middle.
    struct Stretch {
        bool usable = false;
        int left = 0;
        int right = 0;
        QPixmap leftLayer;
        QPixmap middleLayer;
        QPixmap rightLayer;
    };
    // Draws the tool bar or header section stretched; false when it must be drawn directly.
    bool drawStretched(ControlElement element, const QStyleOption &option, QPainter *painter,
                       const QWidget *widget) const;
    Stretch measureStretch(ControlElement element, const QStyleOption &option, const QWidget *widget,
                           qreal ratio) const;

    // Draws the scroll bar from the cache; false when it must be drawn directly.
    bool drawCachedScrollBar(const QStyleOptionSlider &bar, QPainter *painter, const QWidget *widget) const;

    bool m_overFusion = false; // the base style is Fusion, whose drawing the layers are tested against
    // The scroll bars' layers, by what their drawing reads; cost in KiB, the least recently used
    // go first. Apart from QPixmapCache, so bars of new sizes (a window being resized) never push
    // out the other cached pixmaps.
    mutable QCache<QString, QPixmap> m_scrollBarLayers{4 * 1024};
    // The stretchable elements by what their drawing reads but the width; cost in KiB (a header's
    // ~14 KiB, a tool bar's at twice the pixel ratio ~80 KiB).
    mutable QCache<QString, Stretch> m_stretches{2 * 1024};
};

} // namespace lockbox::ui
