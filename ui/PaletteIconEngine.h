#pragma once

#include <QHash>
#include <QIcon>
#include <QIconEngine>

#include <memory>

class QSvgRenderer;

namespace lockbox::ui {

// A bundled monochrome SVG drawn in the palette's text colour, so an action icon stays visible on a
// dark palette as on a light one. Parts of the SVG painted `currentColor` take the application
// palette's ButtonText (HighlightedText when selected, the disabled ButtonText at half opacity when
// disabled); other colours (a green check, an orange clock) are kept. Rendered at the requested device
// pixels, so it is sharp at any scale, and cached per colour and size.
class PaletteIconEngine final : public QIconEngine {
public:
    explicit PaletteIconEngine(QString resourcePath);
    ~PaletteIconEngine() override;

    // The icon for a bundled SVG, e.g. ":/icons/copy.svg".
    static QIcon icon(const QString &resourcePath);
    // The colour `currentColor` becomes in this mode.
    static QColor inkColor(QIcon::Mode mode);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    QString m_path;
    QByteArray m_svg; // read once; the SVG text with `currentColor` still in it
    // Parsed once per ink colour and reused for every size (the window icon alone is asked for four
    // sizes); shared with clones.
    QHash<QRgb, std::shared_ptr<QSvgRenderer>> m_renderers;
};

} // namespace lockbox::ui
