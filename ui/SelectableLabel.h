#pragma once

#include <QLabel>
#include <QString>
#include <memory>

namespace lockbox::ui {

// A label for text the user may select (IDs, a secret's description, an error to quote) that
// sizes itself cheaply. A selectable QLabel answers its size hints by laying its QTextDocument out
// (three times for a size hint, once for each heightForWidth() width), and every such layout also
// repaints it: the labels whose text changes with the selected secret or version were a quarter
// of showing a page of versions, and every layout pass of their pane repainted them.
// For plain text the hints come from an unselectable twin QLabel, that is QLabel's own
// font-metrics path, which gives the same minimum size and the same height for each width
// (tst_fastviews compares them); only the preferred size of a word-wrapped label differs (wider,
// fewer lines), as for any unselectable label. Heights for width are remembered per text. Rich
// text keeps QLabel's own hints.
// A selectable QLabel lays its document out in its paint event, and that layout asks for the
// label to be repainted: every new text was painted twice. Such a request for what the paint has
// just drawn (with the new layout) is dropped.
class SelectableLabel final : public QLabel {
    Q_OBJECT
public:
    explicit SelectableLabel(QWidget *parent = nullptr);
    ~SelectableLabel() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // The twin, brought in line with this label's text, font and layout properties; nullptr for
    // rich text.
    const QLabel *twin() const;
    void clear() const {
        m_count = 0;
        m_next = 0;
    }

    mutable std::unique_ptr<QLabel> m_twin;
    bool m_paintedWhole = false;      // the last paint event drew all of the label
    static constexpr int kWidths = 4; // a layout pass asks at a few widths (minimum, current)
    mutable QString m_text;           // the text the cache is for
    mutable int m_widths[kWidths] = {};
    mutable int m_heights[kWidths] = {};
    mutable int m_count = 0;
    mutable int m_next = 0;
};

} // namespace lockbox::ui
