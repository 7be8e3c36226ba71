#pragma once

#include "ApiError.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace lockbox::ui {

// A failure shown where it happened (above the list it concerns), with what the server said, the
// request id to quote, and a Retry button.
class ErrorBanner final : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;
    Q_DISABLE_COPY_MOVE(ErrorBanner)

    void showError(const QString &lead, const ApiError &error, const QString &requestId = {});
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_message = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace lockbox::ui
