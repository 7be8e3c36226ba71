// The bundled icons on a light and a dark palette: action icons follow the palette's text colour and
// status icons keep their meaning colours, and both stand out from the window and view backgrounds
// (WCAG's 3:1 for graphics). An icon's colour is the median relative luminance of its opaque pixels:
// the outline or the disc, not the small glyph inside it.
#include "PaletteIconEngine.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>
#include <QtTest>
#include <algorithm>
#include <cmath>

using namespace lockbox::ui;

namespace {

constexpr double kMinContrast = 3.0;
constexpr int kSize = 32;

QPalette darkPalette() { // as tests/screenshots/screenshots.cpp, the README's dark screenshots
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

double channel(int c) {
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double luminance(QColor c) {
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(double a, double b) {
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

// Median luminance of the pixels at least half opaque; -1 when there are none.
double iconLuminance(const QImage &image) {
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    std::vector<double> values;
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QColor c = QColor::fromRgba(argb.pixel(x, y));
            if (c.alpha() >= 128) {
                values.push_back(luminance(c));
            }
        }
    }
    if (values.empty()) {
        return -1;
    }
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

QStringList actionIcons() {
    return {QStringLiteral("copy"),        QStringLiteral("refresh"), QStringLiteral("password"),
            QStringLiteral("secret"),      QStringLiteral("cancel"),  QStringLiteral("schedule"),
            QStringLiteral("set-current"), QStringLiteral("add"),     QStringLiteral("sandbox")};
}

QStringList statusIcons() {
    return {QStringLiteral("status-active"),
            QStringLiteral("status-scheduled"),
            QStringLiteral("status-destroyed"),
            QStringLiteral("current"),
            QStringLiteral("error"),
            QStringLiteral("warning")};
}

QString path(const QString &name) {
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

// Problems of one icon image against the palette's window and view backgrounds.
QStringList check(const QString &name, const QImage &image, const QPalette &palette) {
    QStringList problems;
    const double icon = iconLuminance(image);
    if (icon < 0) {
        return {name + QStringLiteral(": nothing drawn")};
    }
    for (const auto role : {QPalette::Window, QPalette::Base}) {
        const QColor background = palette.color(role);
        const double ratio = contrast(icon, luminance(background));
        if (ratio < kMinContrast) {
            problems << QStringLiteral("%1 on %2: contrast %3, needs %4")
                            .arg(name, background.name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(kMinContrast);
        }
    }
    return problems;
}

} // namespace

class TestIcons final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void measureFailsTheOldDarkInk();
    void icons_data();
    void icons();
    void followsPaletteChanges();
    void sharpAtTwiceTheSize();
};

void TestIcons::initTestCase() {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void TestIcons::cleanup() {
    QApplication::setPalette(QApplication::style()->standardPalette());
}

// The icons before this check drew their outlines in #37474f whatever the palette: the measure must
// call that out on the dark palette (and accept it on the light one).
void TestIcons::measureFailsTheOldDarkInk() {
    QSvgRenderer renderer(QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24">
        <path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3" fill="none" stroke="#37474f" stroke-width="2.2"/></svg>)"));
    QImage image(kSize, kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    renderer.render(&p);
    p.end();
    QVERIFY(!check(QStringLiteral("old refresh"), image, darkPalette()).isEmpty());
    QVERIFY2(check(QStringLiteral("old refresh"), image, QApplication::style()->standardPalette()).isEmpty(),
             "the old ink was fine on the light palette");
}

void TestIcons::icons_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("followsPalette");
    QTest::addColumn<bool>("dark");
    for (const bool dark : {false, true}) {
        const char *palette = dark ? "dark" : "light";
        for (const QString &name : actionIcons()) {
            QTest::addRow("%s/%s", qPrintable(name), palette) << name << true << dark;
        }
        for (const QString &name : statusIcons()) {
            QTest::addRow("%s/%s", qPrintable(name), palette) << name << false << dark;
        }
    }
}

void TestIcons::icons() {
    QFETCH(QString, name);
    QFETCH(bool, followsPalette);
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
    QApplication::setPalette(palette);
    // Action icons as the app makes them; status icons as StatusPresentation does (plain files).
    const QIcon icon = followsPalette ? PaletteIconEngine::icon(path(name)) : QIcon(path(name));
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(kSize, kSize).toImage();
    QCOMPARE(image.size(), QSize(kSize, kSize));
    const QStringList problems = check(name, image, palette);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Switching the palette while running redraws in the new colour (nothing cached under the old one).
void TestIcons::followsPaletteChanges() {
    const QIcon icon = PaletteIconEngine::icon(path(QStringLiteral("refresh")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    const double light = iconLuminance(icon.pixmap(kSize, kSize).toImage());
    QApplication::setPalette(darkPalette());
    const double dark = iconLuminance(icon.pixmap(kSize, kSize).toImage());
    QVERIFY2(dark > light + 0.5, qPrintable(QStringLiteral("light %1, dark %2").arg(light).arg(dark)));
}

// At 200% the icon is drawn from the SVG at twice the pixels, not scaled up from the small one.
void TestIcons::sharpAtTwiceTheSize() {
    const QIcon icon = PaletteIconEngine::icon(path(QStringLiteral("copy")));
    const QPixmap pm = icon.pixmap(QSize(16, 16), 2.0);
    QCOMPARE(pm.size(), QSize(32, 32));
    QCOMPARE(pm.devicePixelRatio(), 2.0);
    // The same pixels as a direct 32-pixel rendering, not a 16-pixel one scaled up.
    const QImage direct = icon.pixmap(QSize(32, 32), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
    QImage twice = pm.toImage().convertToFormat(QImage::Format_ARGB32);
    twice.setDevicePixelRatio(1.0);
    QCOMPARE(twice, direct);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
