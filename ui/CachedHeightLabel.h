#pragma once

#include <QLabel>
#include <QString>

namespace lockbox::ui {

// A word-wrapped label that remembers its heightForWidth() for its current text. A selectable or
// rich-text QLabel answers heightForWidth() by laying its whole QTextDocument out at that width,
// and that relayout repaints the label: every layout pass of its pane (one per page of versions:
// the count below the table changes) cost a document layout and a repaint of the label.
// The cache is dropped when the text, font or style changes.
class CachedHeightLabel final : public QLabel {
    Q_OBJECT
public:
    explicit CachedHeightLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void clear() const {
        m_count = 0;
        m_next = 0;
    }

    static constexpr int kWidths = 4; // a layout pass asks at a few widths (minimum, current)
    mutable QString m_text;           // the text the cache is for
    mutable int m_widths[kWidths] = {};
    mutable int m_heights[kWidths] = {};
    mutable int m_count = 0;
    mutable int m_next = 0;
};

} // namespace lockbox::ui
