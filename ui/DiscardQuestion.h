#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QString>

#include <functional>

namespace lockbox::ui {

// "Discard …?" before a dialog throws away what the user has typed: window-modal, without a
// nested event loop, one question at a time (asking again raises the open one; the first decides).
class DiscardQuestion final {
    Q_DECLARE_TR_FUNCTIONS(DiscardQuestion)
public:
    // afterDiscard runs when the user chooses Discard; on Cancel (the default) nothing happens.
    void ask(QWidget *parent, const QString &text, std::function<void()> afterDiscard);
    bool isOpen() const { return !m_box.isNull(); }

private:
    QPointer<QMessageBox> m_box;
};

} // namespace lockbox::ui
