#include "PagedTableView.h"

#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QPointer>
#include <QScopedValueRollback>
#include <QScrollBar>

#include <array>

namespace lockbox::ui {

namespace {

// QAbstractScrollArea raises both scroll bars' containers each time it lays them out (every page's
// relayout, and again from a queued call when a range changed). With both bars shown each raise
// reorders the two, which marks the horizontal one for repainting although appended rows never
// change it. While this guard lives that mark is dropped; the bar is repainted only if its range,
// value, place or visibility really changed.
class HorizontalBarGuard final {
public:
    explicit HorizontalBarGuard(QAbstractScrollArea *area)
        : m_bar(area->horizontalScrollBar()), m_box(m_bar->parentWidget() != area ? m_bar->parentWidget() : m_bar),
          m_before(state()), m_wasDisabled(m_box->testAttribute(Qt::WA_UpdatesDisabled)) {
        m_box->setAttribute(Qt::WA_UpdatesDisabled, true);
    }
    ~HorizontalBarGuard() {
        if (!m_box) {
            return; // the view went away during the call
        }
        m_box->setAttribute(Qt::WA_UpdatesDisabled, m_wasDisabled);
        if (!m_bar) {
            m_box->update(); // replaced (setHorizontalScrollBar) during the call: its container stays
        } else if (state() != m_before) {
            m_box->update();
            m_bar->update();
        }
    }
    HorizontalBarGuard(const HorizontalBarGuard &) = delete;
    HorizontalBarGuard &operator=(const HorizontalBarGuard &) = delete;

private:
    std::array<int, 9> state() const {
        const QRect box = m_box->geometry();
        return {m_bar->minimum(), m_bar->maximum(), m_bar->pageStep(), m_bar->value(),    box.x(),
                box.y(),          box.width(),      box.height(),      m_box->isVisible()};
    }

    QPointer<QScrollBar> m_bar;
    QPointer<QWidget> m_box;
    std::array<int, 9> m_before;
    bool m_wasDisabled;
};

} // namespace

PagedTableView::PagedTableView(QWidget *parent) : QTableView(parent) {
    // Another column resized or the columns (re)made: the stretch column's share changed. The
    // stretch column itself dragged narrower by the user (Interactive on a narrow view): not below
    // its minimum either.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical != m_stretchColumn || size < stretchMinimumWidth()) {
            fitStretchColumn();
        }
    });
    connect(horizontalHeader(), &QHeaderView::sectionCountChanged, this, &PagedTableView::fitStretchColumn);
}

void PagedTableView::setModel(QAbstractItemModel *model) {
    for (QMetaObject::Connection &c : m_connections) {
        disconnect(c);
    }
    m_clean = false;
    m_onlyAppendsBelow = false;
    QTableView::setModel(model);
    if (!model) {
        return;
    }
    // Every change but an append needs the view's usual full update.
    const auto changed = [this]() { m_clean = false; };
    int i = 0;
    m_connections[i++] = connect(model, &QAbstractItemModel::modelAboutToBeReset, this, changed);
    m_connections[i++] = connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, changed);
    m_connections[i++] = connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, changed);
    m_connections[i++] = connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, changed);
    m_connections[i++] = connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, changed);
    m_connections[i++] = connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, changed);
    m_connections[i++] = connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, changed);
    m_connections[i++] = connect(model, &QAbstractItemModel::headerDataChanged, this, changed);
    // Connected after the view's and the headers' own reset slots, so it runs after them.
    m_connections[i++] = connect(model, &QAbstractItemModel::modelReset, this, &PagedTableView::layOutAfterReset);
    Q_ASSERT(i == int(m_connections.size()));
}

// A reset leaves the view's and its headers' layouts to zero-time timers, which fire after the next
// repaint: the emptied table was painted, then painted again by its own layout, a second repaint of
// the window before the first page came in (~0.3-1 ms of a click, mostly waiting for the window
// system to take the first one). Laid out now, the reset is painted once. (Not when the reset changes
// the viewport's width: a stretch column is then resized, and QTableView repaints resized columns
// from a timer of its own.)
void PagedTableView::layOutAfterReset() {
    if (!isVisible()) {
        return;
    }
    // The headers first: an empty header's layout says its section count changed (even 0 to 0),
    // which asks the view for a layout of its own again. doItemsLayout() is public and stops the
    // header's pending one (QAbstractItemView::doItemsLayout).
    verticalHeader()->doItemsLayout();
    horizontalHeader()->doItemsLayout();
    executeDelayedItemsLayout();
}

void PagedTableView::setMetricsRule(std::function<void(QTableView *)> rule) {
    m_metricsRule = std::move(rule);
    if (m_metricsRule) {
        m_metricsRule(this);
    }
}

void PagedTableView::setStretchColumn(int column, int minimumChars) {
    m_stretchColumn = column;
    m_stretchMinimumChars = minimumChars;
    fitStretchColumn();
}

int PagedTableView::stretchMinimumWidth() const {
    return fontMetrics().averageCharWidth() * m_stretchMinimumChars;
}

void PagedTableView::resizeEvent(QResizeEvent *event) {
    QTableView::resizeEvent(event);
    fitStretchColumn();
}

void PagedTableView::setEmptyText(const QString &text) {
    if (text == m_emptyText) {
        return;
    }
    m_emptyText = text;
    viewport()->setAccessibleDescription(text);
    viewport()->update();
}

void PagedTableView::paintEvent(QPaintEvent *event) {
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || !model() || model()->rowCount(rootIndex()) > 0) {
        return;
    }
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().averageCharWidth() * 2;
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

void PagedTableView::fitStretchColumn() {
    QHeaderView *header = horizontalHeader();
    if (m_stretchColumn < 0 || m_stretchColumn >= header->count() || m_fittingStretch) {
        return;
    }
    const QScopedValueRollback<bool> guard(m_fittingStretch, true);
    // length() sums the visible sections; a hidden section's size is 0.
    const int others = header->length() - header->sectionSize(m_stretchColumn);
    const int minimum = stretchMinimumWidth();
    if (viewport()->width() - others >= minimum) {
        if (header->sectionResizeMode(m_stretchColumn) != QHeaderView::Stretch) {
            header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
        }
        return;
    }
    // Too narrow: a width of its own (the user may widen it further), and a horizontal scroll bar.
    if (header->sectionResizeMode(m_stretchColumn) != QHeaderView::Interactive) {
        header->setSectionResizeMode(m_stretchColumn, QHeaderView::Interactive);
    }
    if (header->sectionSize(m_stretchColumn) < minimum) {
        header->resizeSection(m_stretchColumn, minimum);
    }
}

QModelIndex PagedTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) {
    const QHeaderView *columns = horizontalHeader();
    if ((action == MoveHome || action == MoveEnd) && columns->count() - columns->hiddenSectionCount() == 1) {
        modifiers |= Qt::ControlModifier;
    }
    return QTableView::moveCursor(action, modifiers);
}

void PagedTableView::rowsInserted(const QModelIndex &parent, int start, int end) {
    // Below the visible rows: the viewport is full and the first new row comes after its last row.
    const int lastVisible = rowAt(viewport()->height() - 1);
    if (parent.isValid() || lastVisible < 0 || start <= lastVisible) {
        m_clean = false;
    } else {
        m_onlyAppendsBelow = true;
    }
    QTableView::rowsInserted(parent, start, end);
    // The rows that first overflow the viewport bring the vertical scroll bar, which QAbstractScrollArea
    // shows from a queued call: the page was painted at the old width, then again, its columns moved.
    // Laid out now, the scroll bar is in place before the first paint.
    QScrollBar *bar = verticalScrollBar();
    if (!parent.isValid() && verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded && !bar->isVisibleTo(this) &&
        isVisible()) {
        executeDelayedItemsLayout();
        if (bar->maximum() > bar->minimum()) {
            setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded); // lays the scroll bars out at once
        }
    }
}

bool PagedTableView::event(QEvent *event) {
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::PaletteChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::Resize:
        m_clean = false;
        break;
    default:
        break;
    }
    if (event->type() == QEvent::MetaCall) {
        // The queued scroll bar layout after a range change (see HorizontalBarGuard).
        const HorizontalBarGuard guard(this);
        return QTableView::event(event);
    }
    const bool handled = QTableView::event(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        if (m_metricsRule) {
            m_metricsRule(this); // after the view took the new font or style
        }
        fitStretchColumn(); // its minimum is in characters of the font
    }
    return handled;
}

void PagedTableView::doItemsLayout() {
    const bool quiet = m_clean && m_onlyAppendsBelow;
    m_clean = true;
    m_onlyAppendsBelow = false;
    if (!quiet) {
        QTableView::doItemsLayout();
        return;
    }
    // The layout (scroll bar range, header) as usual, without the viewport update it ends with.
    ++m_quietRelayouts;
    const HorizontalBarGuard guard(this);
    QWidget *port = viewport();
    const bool wasDisabled = port->testAttribute(Qt::WA_UpdatesDisabled);
    // Scrolled to the end, the rows sit against the viewport's bottom edge; once rows come below,
    // the same scroll bar value puts a row's top at the top edge instead, and the layout moves the
    // rows (the headers' offsets) without scrolling the viewport. Then the viewport is repainted.
    // Likewise when the viewport itself moved (a row-number header that widened with the rows).
    const std::array<int, 2> offsets{verticalHeader()->offset(), horizontalHeader()->offset()};
    const QRect place = port->geometry();
    port->setAttribute(Qt::WA_UpdatesDisabled, true);
    QTableView::doItemsLayout();
    port->setAttribute(Qt::WA_UpdatesDisabled, wasDisabled);
    if (offsets != std::array<int, 2>{verticalHeader()->offset(), horizontalHeader()->offset()} ||
        port->geometry() != place) {
        port->update();
    }
}

} // namespace lockbox::ui
