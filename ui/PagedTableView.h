#pragma once

#include <QTableView>
#include <array>
#include <functional>

namespace lockbox::ui {

// A table that is filled a page at a time. QTableView repaints its whole viewport whenever the row
// count changes; when the new rows land below the last visible row nothing on screen changes but
// the scroll bar, so that repaint (text of every visible cell, a few ms a page) is skipped, and so
// is the horizontal scroll bar's, which QAbstractScrollArea repaints with every relayout.
// Any other change to the model or the view's look takes the usual path.
class PagedTableView final : public QTableView {
    Q_OBJECT
public:
    explicit PagedTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;

    // Sizes that follow the font and the style (row height, icon size): applied now and again
    // whenever the view's font or style changes, so rows never clip a larger font.
    void setMetricsRule(std::function<void(QTableView *)> rule);

    // The column that takes the width the others leave (QHeaderView::Stretch), but never less than
    // minimumChars average characters of the view's font: on a narrow view it keeps that width and
    // the table scrolls sideways, rather than squeezing the column (and its title) to a few pixels.
    void setStretchColumn(int column, int minimumChars);
    int stretchMinimumWidth() const;
    // Fits the stretch column again; for after QHeaderView::restoreState(), which says nothing.
    void fitStretchColumn();

    // How many relayouts skipped their repaint; for tests and the benchmark.
    int quietRelayouts() const { return m_quietRelayouts; }

    // Said in the middle of the view while it has no rows (e.g. "No secrets match …"); empty for
    // nothing. Also the viewport's accessible description, so a screen reader hears it too.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

protected:
    // With one visible column (the secrets list) Home and End go to the first and last row, as in a
    // list; with more, to the first and last column, as in any table.
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void layOutAfterReset();

    // Since the last relayout: nothing changed but appends (m_clean), and some rows were appended
    // below the visible ones (m_onlyAppendsBelow).
    QString m_emptyText;
    bool m_clean = false;
    bool m_onlyAppendsBelow = false;
    int m_quietRelayouts = 0;
    std::function<void(QTableView *)> m_metricsRule;
    int m_stretchColumn = -1;
    int m_stretchMinimumChars = 0;
    bool m_fittingStretch = false;
    std::array<QMetaObject::Connection, 9> m_connections;
};

} // namespace lockbox::ui
