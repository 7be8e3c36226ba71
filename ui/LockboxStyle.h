#pragma once

#include <QProxyStyle>

namespace lockbox::ui {

// The application's style: the one Qt picked (or -style / QT_STYLE_OVERRIDE asked for), unchanged
// but for one thing. Three standard icons are read when first drawn, not when their widget is made:
// the menu bar's and the tool bar's extension buttons (shown only when a bar overflows) and a line
// edit's clear button (shown only once there is text). Qt reads those PNGs at construction, and the
// first image read loads every image-format plugin: ~4 M instructions before the first frame.
class LockboxStyle final : public QProxyStyle {
    Q_OBJECT
public:
    // Takes ownership of base (as QProxyStyle does).
    explicit LockboxStyle(QStyle *base);
    ~LockboxStyle() override;

    // Makes the application's style a LockboxStyle over the style Qt picked (or -style asked for).
    // Before the first widget: the application does it in main(), the benchmark likewise. Once
    // installed, QApplication::style()->name() is empty (QStyle::name() is not virtual): ask
    // baseStyle() for the name.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace lockbox::ui
