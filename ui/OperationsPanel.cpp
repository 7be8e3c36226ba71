#include "OperationsPanel.h"

#include "OperationLog.h"
#include "PaletteIconEngine.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace lockbox::ui {

OperationsPanel::OperationsPanel(OperationLog *log, QWidget *parent) : QDockWidget(parent), m_log(log) {
    setObjectName(QStringLiteral("operationsPanel")); // saveState() needs it

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_copyError = new QAction(PaletteIconEngine::icon(QStringLiteral(":/icons/copy.svg")), QString(), this);
    m_copyError->setObjectName(QStringLiteral("copyErrorAction"));
    m_copyError->setShortcut(QKeySequence::Copy);
    m_copyError->setShortcutContext(Qt::WidgetShortcut);
    m_copyRequestId = new QAction(this);
    m_copyRequestId->setObjectName(QStringLiteral("copyRequestIdAction"));
    m_copyRequestId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyRequestId->setShortcutContext(Qt::WidgetShortcut);
    m_clear = new QAction(this);
    m_clear->setObjectName(QStringLiteral("clearAction"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QAction *action : {m_copyError, m_copyRequestId, m_clear}) {
        auto *button = new QToolButton(content);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        buttons->addWidget(button);
        m_buttons.append(button);
    }
    m_emptyLabel = new QLabel(content);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setEnabled(false);
    buttons->addSpacing(12);
    buttons->addWidget(m_emptyLabel);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_log);
    m_proxy->setSortRole(OperationLog::IdRole);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(0, Qt::DescendingOrder); // newest first

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("operationsTableView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true); // the error
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : {OperationLog::StartedColumn, OperationLog::DurationColumn, OperationLog::StatusColumn,
                       OperationLog::RequestIdColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_view->setColumnWidth(OperationLog::DescriptionColumn, 170);
    m_view->setColumnWidth(OperationLog::TargetColumn, 330);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_copyError);
    m_view->addAction(m_copyRequestId);
    m_view->addAction(m_clear);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_copyError, &QAction::triggered, this, &OperationsPanel::copyError);
    connect(m_copyRequestId, &QAction::triggered, this, &OperationsPanel::copyRequestId);
    connect(m_clear, &QAction::triggered, m_log, &OperationLog::clearFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OperationsPanel::updateActions);
    // A failed entry changes in place: its error becomes copyable while it is selected.
    connect(m_log, &QAbstractItemModel::dataChanged, this, &OperationsPanel::updateActions);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &OperationsPanel::updateActions);
    connect(m_log, &QAbstractItemModel::rowsRemoved, this, &OperationsPanel::updateActions);
    connect(m_log, &QAbstractItemModel::modelReset, this, &OperationsPanel::updateActions);
    connect(m_log, &OperationLog::runningCountChanged, this, [this](int running) {
        updateTitle(running);
        updateActions();
        Q_EMIT runningCountChanged(running);
    });
    retranslate();
    updateActions();
}

OperationsPanel::~OperationsPanel() = default;

int OperationsPanel::selectedId() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(OperationLog::IdRole).toInt();
}

void OperationsPanel::selectId(int id) {
    const int sourceRow = m_log->rowOfId(id);
    if (sourceRow < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_log->index(sourceRow, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void OperationsPanel::copyError() {
    const OperationLog::Entry *entry = m_log->entry(selectedId());
    if (entry && !entry->errorText.isEmpty()) {
        QGuiApplication::clipboard()->setText(entry->errorText);
    }
}

void OperationsPanel::copyRequestId() {
    const OperationLog::Entry *entry = m_log->entry(selectedId());
    if (entry && !entry->requestId.isEmpty()) {
        QGuiApplication::clipboard()->setText(entry->requestId);
    }
}

void OperationsPanel::updateActions() {
    const OperationLog::Entry *entry = m_log->entry(selectedId());
    m_copyError->setEnabled(entry && !entry->errorText.isEmpty());
    m_copyRequestId->setEnabled(entry && !entry->requestId.isEmpty());
    m_clear->setEnabled(m_log->rowCount() > m_log->runningCount());
    m_emptyLabel->setVisible(m_log->rowCount() == 0);
}

void OperationsPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDockWidget::changeEvent(event);
}

void OperationsPanel::retranslate() {
    m_copyError->setText(tr("Copy &Error"));
    m_copyError->setToolTip(tr("Copy the full error text of the selected operation (Ctrl+C)"));
    m_copyRequestId->setText(tr("Copy &Request ID"));
    m_copyRequestId->setToolTip(
        tr("Copy the request ID of the selected operation, to quote to support (Ctrl+Shift+C)"));
    m_clear->setText(tr("C&lear Finished"));
    m_clear->setToolTip(tr("Remove the finished operations from the list; running ones stay"));
    for (QToolButton *button : std::as_const(m_buttons)) {
        QAction *action = button->defaultAction();
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        button->setAccessibleDescription(action->toolTip());
    }
    m_emptyLabel->setText(tr("No operations yet in this session."));
    m_view->setAccessibleName(tr("Operations of this session"));
    m_view->setAccessibleDescription(tr("Newest first. Ctrl+C copies the error text, Ctrl+Shift+C the request ID."));
    // Qt names its title bar buttons once, at construction: again in the new language (Qt's catalog).
    // (Through variables: these are Qt's strings, not for our catalog.)
    const auto qt = [](const char *source) {
        static constexpr char context[] = "QDockWidget";
        return QCoreApplication::translate(context, source);
    };
    if (auto *close = findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_closebutton"))) {
        close->setAccessibleName(qt("Close"));
        close->setAccessibleDescription(qt("Closes the dock widget"));
    }
    if (auto *floating = findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_floatbutton"))) {
        floating->setAccessibleName(qt("Float"));
        floating->setAccessibleDescription(qt("Undocks and re-attaches the dock widget"));
    }
    updateTitle(m_log->runningCount());
}

void OperationsPanel::updateTitle(int running) {
    setWindowTitle(running > 0 ? tr("Operations (%n running)", nullptr, running) : tr("Operations"));
}

} // namespace lockbox::ui
