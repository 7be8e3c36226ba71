#pragma once

#include <QList>
#include <QWidget>

namespace lockbox::ui {

// Puts widgets right after `first` in the Tab chain, in the given order (what follows `first` now
// follows the last of them). Widgets made at run time, such as a view's cell and index widgets,
// otherwise join the chain at its end, after OK and Cancel.
inline void chainAfter(QWidget *first, const QList<QWidget *> &widgets) {
    QWidget *previous = first;
    for (QWidget *w : widgets) {
        if (w) {
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
}

} // namespace lockbox::ui
