#pragma once

#include <QDockWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace lockbox {
class OperationLog;
}

namespace lockbox::ui {

// A dock with this session's operations (an OperationLog): newest first, with "Copy Error" (the full
// error text, Ctrl+C), "Copy Request ID" (Ctrl+Shift+C) and "Clear Finished". Copies go to the plain
// clipboard: nothing here is secret. runningCountChanged() is the log's, for the status bar.
//
// Typical use (main window):
//     auto *log = new OperationLog(this);
//     auto *panel = new OperationsPanel(log, this);
//     addDockWidget(Qt::BottomDockWidgetArea, panel);
//     viewMenu->addAction(panel->toggleViewAction());
//     connect(panel, &OperationsPanel::runningCountChanged, this, &MainWindow::updateBusy);
class OperationsPanel final : public QDockWidget {
    Q_OBJECT
public:
    explicit OperationsPanel(OperationLog *log, QWidget *parent = nullptr);
    ~OperationsPanel() override;
    Q_DISABLE_COPY_MOVE(OperationsPanel)

    OperationLog *log() const { return m_log; }
    QTableView *view() const { return m_view; }
    // The log's id of the selected entry, 0 when none is selected.
    int selectedId() const;
    void selectId(int id);

    QAction *copyErrorAction() const { return m_copyError; }
    QAction *copyRequestIdAction() const { return m_copyRequestId; }
    QAction *clearAction() const { return m_clear; }

public Q_SLOTS:
    void copyError();
    void copyRequestId();

Q_SIGNALS:
    void runningCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void updateTitle(int running);

    OperationLog *m_log = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QAction *m_copyError = nullptr;
    QAction *m_copyRequestId = nullptr;
    QAction *m_clear = nullptr;
    QList<QToolButton *> m_buttons;
};

} // namespace lockbox::ui
