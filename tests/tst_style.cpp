// LockboxStyle: the extension buttons' and the clear button's standard icons are read from the base
// style only when first drawn, and are then the base style's own icons, pixel for pixel, in either
// layout direction. Every other standard icon comes straight from the base style. Scroll bars, the
// main tool bar and header sections drawn from layers look as Fusion draws them.
#include "LockboxStyle.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QLineEdit>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QProxyStyle>
#include <QScrollBar>
#include <QStyleFactory>
#include <QStyleOption>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>
#include <functional>
#include <memory>

using namespace lockbox::ui;

namespace {

// The base style, counting the standard icons it is asked for.
class CountingStyle final : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override {
        ++m_asked[which];
        return QProxyStyle::standardIcon(which, option, widget);
    }
    int asked(StandardPixmap which) const { return m_asked.value(which); }
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override {
        if (control == CC_ScrollBar) {
            ++scrollBarsDrawn;
        }
        QProxyStyle::drawComplexControl(control, option, painter, widget);
    }
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override {
        if (element == CE_ToolBar || element == CE_HeaderSection) {
            ++stretchablesDrawn;
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }
    mutable int scrollBarsDrawn = 0;
    mutable int stretchablesDrawn = 0;

private:
    mutable QHash<int, int> m_asked;
};

class ExposedScrollBar final : public QScrollBar {
public:
    using QScrollBar::initStyleOption;
    using QScrollBar::QScrollBar;
};

class ExposedToolBar final : public QToolBar {
public:
    using QToolBar::initStyleOption;
    using QToolBar::QToolBar;
};

// The largest difference of one colour channel between two images of the same size.
int largestDifference(const QImage &a, const QImage &b, int *pixels) {
    int largest = 0;
    *pixels = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const int d =
                std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
            largest = std::max(largest, d);
            *pixels += d > 0;
        }
    }
    return largest;
}

// The scroll bar as `style` draws it over a coloured background, at `ratio` device pixels a pixel.
QImage drawn(const QStyle *style, const QStyleOptionSlider &option, const QWidget *widget, qreal ratio) {
    QImage image(option.rect.size() * ratio, QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(QColor(0x12, 0x34, 0x56));
    QPainter painter(&image);
    style->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, widget);
    painter.end();
    return image;
}

// A tool bar or header section as `style` draws it over a coloured background.
QImage drawnElement(const QStyle *style, QStyle::ControlElement element, const QStyleOption &option,
                    const QWidget *widget, qreal ratio) {
    // From the origin, so an element placed away from it (a header's later sections) is drawn there.
    QImage image(QSize(option.rect.right() + 1, option.rect.bottom() + 1) * ratio, QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(QColor(0x12, 0x34, 0x56));
    QPainter painter(&image);
    style->drawControl(element, &option, &painter, widget);
    painter.end();
    return image;
}

QImage image(const QIcon &icon) {
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

class TestStyle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void iconsWaitUntilDrawn();
    void emptyFilterDoesNotReadItsClearButton();
    void pixmapsAtTheScreensRatio();
    void rightToLeftKeepsItsArrow();
    void otherIconsComeAtOnce();
    void scrollBarsLookAsTheBaseStyleDrawsThem();
    void scrollBarPartsAreDrawnOnce();
    void stretchedElementsLookAsTheBaseStyleDrawsThem();
    void stretchedElementsGoDirectlyWhereTheyMustBe();

private:
    CountingStyle *m_base = nullptr;  // owned by the application's style
    std::unique_ptr<QStyle> m_fusion; // what the icons must look like
};

void TestStyle::initTestCase() {
    m_fusion.reset(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(m_fusion);
    m_base = new CountingStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setStyle(new LockboxStyle(m_base));
}

void TestStyle::iconsWaitUntilDrawn() {
    QMainWindow window;
    QMenuBar *bar = window.menuBar();
    window.addToolBar(QStringLiteral("Tools"));
    auto *edit = new QLineEdit(&window);
    edit->setClearButtonEnabled(true);
    QCOMPARE(m_base->asked(QStyle::SP_ToolBarHorizontalExtensionButton), 0);
    QCOMPARE(m_base->asked(QStyle::SP_LineEditClearButton), 0);

    auto *extension = bar->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
    QVERIFY(extension);
    QVERIFY(!extension->icon().isNull()); // known to be there without being read
    QCOMPARE(m_base->asked(QStyle::SP_ToolBarHorizontalExtensionButton), 0);
    const QImage drawn = image(extension->icon());
    QCOMPARE(m_base->asked(QStyle::SP_ToolBarHorizontalExtensionButton), 1);
    QVERIFY(!drawn.isNull());
    QCOMPARE(drawn, image(m_fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)));
    image(extension->icon()); // read once, then kept
    QCOMPARE(m_base->asked(QStyle::SP_ToolBarHorizontalExtensionButton), 1);

    QAction *clear = nullptr;
    for (QAction *action : edit->findChildren<QAction *>()) {
        if (action->objectName() == QLatin1String("_q_qlineeditclearaction")) {
            clear = action;
        }
    }
    QVERIFY(clear);
    QCOMPARE(image(clear->icon()), image(m_fusion->standardIcon(QStyle::SP_LineEditClearButton)));
    QCOMPARE(m_base->asked(QStyle::SP_LineEditClearButton), 1);
}

// An empty line edit shows its clear button at zero opacity; painting it must not read the icon
// (in the application that would happen with the icon theme still switched off, see main.cpp).
void TestStyle::emptyFilterDoesNotReadItsClearButton() {
    const int before = m_base->asked(QStyle::SP_LineEditClearButton);
    QLineEdit edit;
    edit.setClearButtonEnabled(true);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QCoreApplication::processEvents();
    edit.repaint();
    QCOMPARE(m_base->asked(QStyle::SP_LineEditClearButton), before);
}

// The test runs at a device pixel ratio of 2 (main() below): the deferred icon hands out pixmaps of
// the base icon's size and ratio, not the ratio applied twice.
void TestStyle::pixmapsAtTheScreensRatio() {
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
    for (const QStyle::StandardPixmap which :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_LineEditClearButton}) {
        const QIcon lazy = QApplication::style()->standardIcon(which);
        const QIcon direct = m_fusion->standardIcon(which);
        for (const qreal ratio : {1.0, 2.0}) {
            const QPixmap got = lazy.pixmap(QSize(16, 16), ratio);
            const QPixmap want = direct.pixmap(QSize(16, 16), ratio);
            QCOMPARE(got.size(), want.size());
            QCOMPARE(got.devicePixelRatio(), want.devicePixelRatio());
            QCOMPARE(got.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                     want.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied));
        }
        const QPixmap got = lazy.pixmap(QSize(16, 16)); // the application's ratio
        QCOMPARE(got.size(), direct.pixmap(QSize(16, 16)).size());
        QCOMPARE(lazy.actualSize(QSize(16, 16)), direct.actualSize(QSize(16, 16)));
    }
}

void TestStyle::rightToLeftKeepsItsArrow() {
    QStyleOption rtl;
    rtl.direction = Qt::RightToLeft;
    QStyleOption ltr;
    ltr.direction = Qt::LeftToRight;
    const QStyle::StandardPixmap arrow = QStyle::SP_ToolBarHorizontalExtensionButton;
    const QImage wantRtl = image(m_fusion->standardIcon(arrow, &rtl));
    const QImage wantLtr = image(m_fusion->standardIcon(arrow, &ltr));
    QVERIFY(wantRtl != wantLtr); // otherwise this test could not tell them apart
    QCOMPARE(image(QApplication::style()->standardIcon(arrow, &rtl)), wantRtl);
    QCOMPARE(image(QApplication::style()->standardIcon(arrow, &ltr)), wantLtr);
    // A detached copy made before the first read (a cloned engine) reads for itself.
    const QIcon lazy = QApplication::style()->standardIcon(arrow, &rtl);
    QIcon detached = lazy;
    detached.detach();
    QCOMPARE(image(detached), wantRtl);
}

void TestStyle::otherIconsComeAtOnce() {
    const int before = m_base->asked(QStyle::SP_TrashIcon);
    const QIcon trash = QApplication::style()->standardIcon(QStyle::SP_TrashIcon);
    QCOMPARE(m_base->asked(QStyle::SP_TrashIcon), before + 1);
    QCOMPARE(image(trash), image(m_fusion->standardIcon(QStyle::SP_TrashIcon)));
}

void TestStyle::scrollBarsLookAsTheBaseStyleDrawsThem() {
    struct Range {
        int maximum, pageStep, value;
    };
    // Short and long sliders, at either end and between.
    const QList<Range> ranges{{100, 10, 0}, {100, 10, 47}, {100, 10, 100}, {10000, 380, 1234}, {5, 300, 2}};
    struct Look {
        QStyle::State state;
        QStyle::SubControls active;
    };
    const QList<Look> looks{{QStyle::State_None, QStyle::SC_None},
                            {QStyle::State_MouseOver, QStyle::SC_ScrollBarSlider},
                            {QStyle::State_Sunken, QStyle::SC_ScrollBarAddLine},
                            {QStyle::State_MouseOver, QStyle::SC_ScrollBarSubLine},
                            {QStyle::State_Sunken, QStyle::SC_ScrollBarSlider},
                            {QStyle::State_Sunken, QStyle::SC_ScrollBarAddPage}};
    struct Case {
        std::shared_ptr<ExposedScrollBar> bar;
        QStyleOptionSlider option;
        qreal ratio;
        QImage want;
        QString name;
    };
    QList<Case> cases;
    for (const Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            for (const bool enabled : {true, false}) {
                for (const Range &range : ranges) {
                    auto bar = std::make_shared<ExposedScrollBar>(orientation);
                    bar->resize(orientation == Qt::Horizontal ? QSize(300, 14) : QSize(14, 300));
                    bar->setLayoutDirection(direction);
                    bar->setEnabled(enabled);
                    bar->setRange(0, range.maximum);
                    bar->setPageStep(range.pageStep);
                    bar->setValue(range.value);
                    for (const Look &look : looks) {
                        for (const qreal ratio : {1.0, 2.0}) {
                            Case c{bar, {}, ratio, {}, {}};
                            bar->initStyleOption(&c.option);
                            c.option.subControls = QStyle::SC_All; // as QScrollBar::paintEvent() asks
                            c.option.state |= look.state;
                            c.option.activeSubControls = look.active;
                            c.want = drawn(m_fusion.get(), c.option, bar.get(), ratio);
                            QImage background(c.want.size(), c.want.format());
                            background.setDevicePixelRatio(ratio);
                            background.fill(QColor(0x12, 0x34, 0x56));
                            QVERIFY(c.want != background); // a scroll bar was drawn
                            c.name = QStringLiteral("orientation %1, direction %2, enabled %3, range %4/%5/%6, "
                                                    "look %7/%8, ratio %9")
                                         .arg(orientation)
                                         .arg(direction)
                                         .arg(enabled)
                                         .arg(range.maximum)
                                         .arg(range.pageStep)
                                         .arg(range.value)
                                         .arg(int(look.state))
                                         .arg(int(look.active))
                                         .arg(ratio);
                            cases.append(c);
                        }
                    }
                }
            }
        }
    }
    QCOMPARE(cases.size(), 2 * 2 * 2 * 5 * 6 * 2);
    // Twice, the second time backwards: each drawing also meets layers the others left in the
    // cache, so a key that misses something the base style reads shows as wrong pixels.
    int worst = 0;
    int differing = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (int k = 0; k < cases.size(); ++k) {
            const Case &c = cases.at(pass == 0 ? k : cases.size() - 1 - k);
            const QImage got = drawn(QApplication::style(), c.option, c.bar.get(), c.ratio);
            if (pass == 0) {
                // Again, from the cache alone (drawn directly, the base style would be asked).
                const int asked = m_base->scrollBarsDrawn;
                QCOMPARE(drawn(QApplication::style(), c.option, c.bar.get(), c.ratio), got);
                QCOMPARE(m_base->scrollBarsDrawn, asked);
            }
            QCOMPARE(got.size(), c.want.size());
            int pixels = 0;
            const int difference = largestDifference(got, c.want, &pixels);
            worst = std::max(worst, difference);
            differing += pixels;
            QVERIFY2(difference <= 1, qPrintable(c.name));
        }
    }
    qInfo("largest difference %d, in %d pixels of %lld drawings", worst, differing, qlonglong(2 * cases.size()));
}

void TestStyle::scrollBarPartsAreDrawnOnce() {
    ExposedScrollBar bar(Qt::Vertical);
    bar.resize(14, 380);
    bar.setRange(0, 2000);
    bar.setPageStep(360);
    bar.setValue(500);
    const auto draw = [&]() {
        QStyleOptionSlider option;
        bar.initStyleOption(&option);
        option.subControls = QStyle::SC_All;
        return drawn(QApplication::style(), option, &bar, 1.0);
    };
    m_base->scrollBarsDrawn = 0;
    draw();
    QCOMPARE(m_base->scrollBarsDrawn, 4); // the groove, the slider, each arrow button

    // Scrolling: the same slider elsewhere on the same bar.
    bar.setValue(700);
    const QImage scrolled = draw();
    bar.setValue(900);
    draw();
    QCOMPARE(m_base->scrollBarsDrawn, 4);

    // A page of rows more: a shorter slider on the same bar.
    bar.setRange(0, 4000);
    draw();
    QCOMPARE(m_base->scrollBarsDrawn, 5);

    // At the end of the range: the same buttons (the sweep above holds them to Fusion's there).
    bar.setValue(4000);
    draw();
    QCOMPARE(m_base->scrollBarsDrawn, 5);

    // Back where it was: from the cache, and as the base style draws it (within rounding).
    bar.setRange(0, 2000);
    bar.setValue(700);
    QCOMPARE(draw(), scrolled);
    QCOMPARE(m_base->scrollBarsDrawn, 5);
    QStyleOptionSlider option;
    bar.initStyleOption(&option);
    option.subControls = QStyle::SC_All;
    int pixels = 0;
    QVERIFY(largestDifference(scrolled, drawn(m_fusion.get(), option, &bar, 1.0), &pixels) <= 1);

    // Painted through a transform: drawn directly.
    QImage image(28, 760, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.scale(2, 2);
    QApplication::style()->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, &bar);
    QCOMPARE(m_base->scrollBarsDrawn, 6);
    painter.resetTransform();
    painter.setRenderHint(QPainter::Antialiasing);
    QApplication::style()->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, &bar);
    QCOMPARE(m_base->scrollBarsDrawn, 7);
    painter.end();

    // Redirected into an image at twice the widget's pixel ratio (QWidget::render()): layers at
    // that ratio, as Fusion would draw.
    QImage twice(bar.size() * 2, QImage::Format_RGB32);
    twice.setDevicePixelRatio(2);
    twice.fill(Qt::white);
    bar.render(&twice);
    QImage direct(bar.size() * 2, QImage::Format_RGB32);
    direct.setDevicePixelRatio(2);
    direct.fill(Qt::white);
    bar.setStyle(m_fusion.get());
    bar.render(&direct);
    bar.setStyle(nullptr);
    QVERIFY(largestDifference(twice, direct, &pixels) <= 1);
}

void TestStyle::stretchedElementsLookAsTheBaseStyleDrawsThem() {
    QMainWindow window;
    auto *bar = new ExposedToolBar(&window);
    window.addToolBar(bar);
    QHeaderView header(Qt::Horizontal);
    struct Case {
        QStyle::ControlElement element;
        std::shared_ptr<QStyleOption> option;
        QWidget *widget;
        qreal ratio;
        QString name;
    };
    QList<Case> cases;
    // Widths at, just over and far over the narrow drawing's; every line position and look.
    for (const int width : {32, 33, 97, 1500}) {
        for (const qreal ratio : {1.0, 2.0}) {
            for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
                for (const Qt::ToolBarArea area : {Qt::TopToolBarArea, Qt::BottomToolBarArea}) {
                    for (const auto line : {QStyleOptionToolBar::Beginning, QStyleOptionToolBar::Middle,
                                            QStyleOptionToolBar::End, QStyleOptionToolBar::OnlyOne}) {
                        for (const QStyle::State state :
                             {QStyle::State(QStyle::State_None), QStyle::State(QStyle::State_Enabled),
                              QStyle::State_Enabled | QStyle::State_Active}) {
                            auto option = std::make_shared<QStyleOptionToolBar>();
                            bar->initStyleOption(option.get());
                            option->rect = QRect(0, 0, width, 38); // the whole bar, as QToolBar paints it
                            option->direction = direction;
                            option->toolBarArea = area;
                            option->positionOfLine = line;
                            option->state = state | QStyle::State_Horizontal;
                            cases.append({QStyle::CE_ToolBar, option, bar, ratio,
                                          QStringLiteral("tool bar %1 px, ratio %2, direction %3, area %4, line %5, "
                                                         "state %6")
                                              .arg(width)
                                              .arg(ratio)
                                              .arg(direction)
                                              .arg(area)
                                              .arg(line)
                                              .arg(int(state))});
                        }
                    }
                }
                for (const auto position : {QStyleOptionHeader::Beginning, QStyleOptionHeader::Middle,
                                            QStyleOptionHeader::End, QStyleOptionHeader::OnlyOneSection}) {
                    for (const QStyle::State state :
                         {QStyle::State(QStyle::State_None), QStyle::State(QStyle::State_Enabled),
                          QStyle::State_Enabled | QStyle::State_Sunken, QStyle::State_Enabled | QStyle::State_On,
                          QStyle::State_Enabled | QStyle::State_MouseOver}) {
                        for (const bool dragTarget : {false, true}) {
                            auto option = std::make_shared<QStyleOptionHeaderV2>();
                            option->initFrom(&header);
                            option->orientation = Qt::Horizontal;
                            // Odd widths placed away from the origin, as a header's later sections are.
                            option->rect = QRect(width % 2 ? 37 : 0, width % 2 ? 3 : 0, width, 24);
                            option->direction = direction;
                            option->position = position;
                            option->state = state | QStyle::State_Horizontal;
                            option->isSectionDragTarget = dragTarget;
                            cases.append({QStyle::CE_HeaderSection, option, &header, ratio,
                                          QStringLiteral("header %1 px, ratio %2, direction %3, position %4, "
                                                         "state %5, drag target %6")
                                              .arg(width)
                                              .arg(ratio)
                                              .arg(direction)
                                              .arg(position)
                                              .arg(int(state))
                                              .arg(dragTarget)});
                        }
                    }
                }
            }
        }
    }
    QCOMPARE(cases.size(), 4 * 2 * 2 * (2 * 4 * 3 + 4 * 5 * 2));
    // Twice, the second time backwards, as for the scroll bars: every look meets the others' layers.
    for (int pass = 0; pass < 2; ++pass) {
        for (int k = 0; k < cases.size(); ++k) {
            const Case &c = cases.at(pass == 0 ? k : cases.size() - 1 - k);
            if (c.element == QStyle::CE_ToolBar) {
                c.widget->setFixedSize(c.option->rect.size()); // as QToolBar paints: the whole bar
            }
            const QImage want = drawnElement(m_fusion.get(), c.element, *c.option, c.widget, c.ratio);
            const QImage got = drawnElement(QApplication::style(), c.element, *c.option, c.widget, c.ratio);
            if (c.option->rect.width() > 32 && pass == 0) {
                // Again: stretched from its layers, the base style not asked (drawn directly, it would be).
                const int asked = m_base->stretchablesDrawn;
                QCOMPARE(drawnElement(QApplication::style(), c.element, *c.option, c.widget, c.ratio), got);
                QVERIFY2(m_base->stretchablesDrawn == asked, qPrintable(c.name));
            }
            int pixels = 0;
            QVERIFY2(largestDifference(got, want, &pixels) == 0, qPrintable(c.name));
        }
    }
}

void TestStyle::stretchedElementsGoDirectlyWhereTheyMustBe() {
    QMainWindow window;
    auto *bar = new ExposedToolBar(&window);
    window.addToolBar(bar);
    QStyleOptionToolBar option;
    bar->initStyleOption(&option);
    option.rect = QRect(0, 0, 400, 38);
    option.state |= QStyle::State_Horizontal;
    bar->setFixedSize(option.rect.size()); // the whole bar, as QToolBar paints it
    const auto asks = [&](const QStyleOptionToolBar &o, const QWidget *widget,
                          const std::function<void(QPainter &)> &set) {
        QImage image(o.rect.size() * 2, QImage::Format_RGB32);
        QPainter painter(&image);
        set(painter);
        const int before = m_base->stretchablesDrawn;
        QApplication::style()->drawControl(QStyle::CE_ToolBar, &o, &painter, widget);
        return m_base->stretchablesDrawn - before;
    };
    const auto plain = [](QPainter &) {};
    asks(option, bar, plain); // measured once
    QCOMPARE(asks(option, bar, plain), 0);
    QCOMPARE(asks(option, bar, [](QPainter &p) { p.scale(2, 2); }), 1);
    QCOMPARE(asks(option, bar, [](QPainter &p) { p.setRenderHint(QPainter::Antialiasing); }), 1);
    QCOMPARE(asks(option, bar, [](QPainter &p) { p.setOpacity(0.5); }), 1);
    // A bar outside a main window, a vertical one.
    QToolBar loose;
    QCOMPARE(asks(option, &loose, plain), 1);
    QStyleOptionToolBar vertical = option;
    vertical.state &= ~QStyle::State_Horizontal;
    QCOMPARE(asks(vertical, bar, plain), 1);
    // Part of the bar, or the bar placed elsewhere: Fusion's lines may reach past such a rectangle.
    QStyleOptionToolBar part = option;
    part.rect = QRect(10, 0, 300, 38);
    QCOMPARE(asks(part, bar, plain), 1);
    // Another look (a palette no other test used) is measured once, then stretched.
    QStyleOptionToolBar other = option;
    other.palette.setColor(QPalette::Window, QColor(0x20, 0x60, 0x60));
    QCOMPARE(asks(other, bar, plain), 1);
    other.rect.setWidth(900);
    bar->setFixedSize(other.rect.size());
    QCOMPARE(asks(other, bar, plain), 0);
}

int main(int argc, char *argv[]) {
    qputenv("QT_SCALE_FACTOR", "2"); // see pixmapsAtTheScreensRatio
    QApplication app(argc, argv);
    TestStyle test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_style.moc"
