#pragma once

#include <QLabel>

namespace lockbox::ui {

// A one-line label whose text changes often while its size mostly does not (the count of loaded
// versions under the table, new with every page). QLabel::setText() asks every layout up to the
// window to run again, and each pass asks the splitters, panes and labels on the way for their
// sizes: more than the label's own repaint. This label holds its size hint as a fixed size, which
// Qt takes as "nothing to lay out", and refits (one relayout) only when a text, font or style
// really needs another size (what a QLabel with that text would ask for).
class SteadyLabel final : public QLabel {
    Q_OBJECT
public:
    explicit SteadyLabel(QWidget *parent = nullptr);

    // QLabel::setText(), then the size refitted if the text needs another one.
    void showText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fit();

    // What QLabel would ask for: its own sizeHint() never falls below its minimum size, which here
    // is the fixed size, so the hint comes from an unshown twin with the same text and metrics.
    QLabel m_twin;
};

} // namespace lockbox::ui
