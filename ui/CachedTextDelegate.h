#pragma once

#include <QCache>
#include <QFont>
#include <QList>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace lockbox::ui {

// An item delegate for big single-line tables (versions, secrets). The style still draws each
// cell's background, selection, icon and focus; the text is drawn from a cache of laid-out
// QStaticText. The standard delegate shapes every cell's text again on every paint (HarfBuzz: most
// of a table repaint), and a table repaints whole each time a page of rows arrives below it.
// Cells whose text holds a line break go to the standard delegate.
class CachedTextDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CachedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Cells laid out and kept (at most kCacheEntries); for tests and the benchmark.
    int cachedTexts() const { return m_cache.count(); }
    static constexpr int kCacheEntries = 1024; // a few screens of a 7-column table

private:
    // The text as drawn in `width` pixels: laid out once, elided when it does not fit.
    const QStaticText *layout(const QString &text, const QFont &font, int width, Qt::TextElideMode mode) const;
    int fontIndex(const QFont &font) const;

    mutable QCache<QString, QStaticText> m_cache{kCacheEntries};
    mutable QList<QFont> m_fonts; // the fonts seen (a handful: normal, bold); a cache key names one by index
};

} // namespace lockbox::ui
