// bench_minimal_app: the cold-start and memory baseline of lockbox-bench. A QMainWindow with an
// empty QTableView, sized as Lockbox Desktop sizes its first window; at its first painted frame it
// prints "first-paint <ms since process start>" and "peak-rss-kib <VmHWM>" and exits 0.
#include "BenchProcInfo.h"
#include "StartupTimeline.h"

#include <QApplication>
#include <QMainWindow>
#include <QScreen>
#include <QTableView>
#include <cstdio>

namespace {

// Sees the first paint event of any widget of the window. Painting and the flush to the screen run
// in one pass, so a queued call after it runs once the frame is out.
class FirstPaintFilter final : public QObject {
public:
    explicit FirstPaintFilter(lockbox::StartupTimeline &timeline) : m_timeline(timeline) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            m_timeline.mark("paint");
            QMetaObject::invokeMethod(
                this,
                [this]() {
                    m_timeline.mark("frame");
                    const qint64 ms = lockbox::bench::msSinceProcessStart();
                    std::printf("first-paint %lld\n", static_cast<long long>(ms));
                    std::fflush(stdout);
                    m_timeline.print();
                    std::printf("peak-rss-kib %lld\n", static_cast<long long>(lockbox::bench::peakRssKib()));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    lockbox::StartupTimeline &m_timeline;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[]) {
    lockbox::StartupTimeline timeline;
    QApplication app(argc, argv);
    timeline.mark("application");
    QApplication::setApplicationName(QStringLiteral("bench-minimal-app"));
    timeline.mark("settings");
    FirstPaintFilter filter(timeline);
    app.installEventFilter(&filter);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    auto *table = new QTableView(&window);
    window.setCentralWidget(table);
    // The same first-start size rule as MainWindow::restoreSettings, so both paint as many pixels.
    const QSize available = window.screen() ? window.screen()->availableSize() : QSize(1280, 800);
    window.resize((available * 0.92).boundedTo(QSize(1680, 1050)));
    timeline.mark("window");
    window.show();
    timeline.mark("shown");
    return QApplication::exec();
}
