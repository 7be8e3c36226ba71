#pragma once

#include "ApiError.h"

#include <QFrame>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace lockbox::ui {

// A failure shown where it happened (above the list it concerns), with what the server said, the
// request id to quote, and a Retry button. The text follows a language change: the lead is asked
// for again (pass a function for a lead that should change language too).
class ErrorBanner final : public QFrame {
    Q_OBJECT
public:
    using LeadText = std::function<QString()>;

    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;
    Q_DISABLE_COPY_MOVE(ErrorBanner)

    void showError(const QString &lead, const ApiError &error, const QString &requestId = {});
    // lead: called now and again after each language change.
    void showError(LeadText lead, const ApiError &error, const QString &requestId = {});
    // The message and the request ID line, as one text.
    QString text() const;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Cold start: four banners cost ~1 ms to build and most never show an error.
    void ensureBuilt();
    void retranslate();
    void updateMessage();
    // The height the wrapped message needs at the current width, as the minimum: a pane's box
    // layout otherwise squeezes the banner when the pane is short (a splitter sizes panes without
    // asking heights for width), and the message's last lines were cut off.
    void keepMessageWhole();

    static constexpr int kNarrowestWidth = 160;
    QLabel *m_message = nullptr;
    QLabel *m_idCaption = nullptr;
    QLineEdit *m_id = nullptr; // the request ID, whole however narrow the pane
    QPushButton *m_retry = nullptr;
    QToolButton *m_dismiss = nullptr;
    LeadText m_lead;
    ApiError m_error;
    QString m_requestId;
};

} // namespace lockbox::ui
