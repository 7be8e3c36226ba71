#include "DiscardQuestion.h"

#include <QPushButton>

namespace lockbox::ui {

void DiscardQuestion::ask(QWidget *parent, const QString &text, std::function<void()> afterDiscard) {
    if (m_box) {
        m_box->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"), text,
                                QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("discardChangesQuestion"));
    box->setDefaultButton(QMessageBox::Cancel);
    // Qt's own Russian for Discard is "Отклонить" (reject), which reads wrong here.
    box->button(QMessageBox::Discard)->setText(tr("&Discard"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_box = box;
    QObject::connect(box, &QMessageBox::finished, parent, [afterDiscard = std::move(afterDiscard)](int result) {
        if (result == QMessageBox::Discard) {
            afterDiscard();
        }
    });
    box->open();
}

} // namespace lockbox::ui
