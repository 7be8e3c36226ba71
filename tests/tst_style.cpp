// LockboxStyle: the extension buttons' and the clear button's standard icons are read from the base
// style only when first drawn, and are then the base style's own icons, pixel for pixel, in either
// layout direction. Every other standard icon comes straight from the base style.
#include "LockboxStyle.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>
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

private:
    mutable QHash<int, int> m_asked;
};

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

int main(int argc, char *argv[]) {
    qputenv("QT_SCALE_FACTOR", "2"); // see pixmapsAtTheScreensRatio
    QApplication app(argc, argv);
    TestStyle test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_style.moc"
