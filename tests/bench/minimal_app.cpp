// bench_minimal_app: the cold-start and memory baseline of lockbox-bench. A QMainWindow with an
// empty QTableView, sized as Lockbox Desktop sizes its first window; at its first painted frame it
// prints "first-paint <ms since process start>" and "peak-rss-kib <VmHWM>" and exits 0.
#include "BenchProcInfo.h"

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
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this,
                []() {
                    const qint64 ms = lockbox::bench::msSinceProcessStart();
                    std::printf("first-paint %lld\npeak-rss-kib %lld\n", static_cast<long long>(ms),
                                static_cast<long long>(lockbox::bench::peakRssKib()));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench-minimal-app"));
    FirstPaintFilter filter;
    app.installEventFilter(&filter);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    auto *table = new QTableView(&window);
    window.setCentralWidget(table);
    // The same first-start size rule as MainWindow::restoreSettings, so both paint as many pixels.
    const QSize available = window.screen() ? window.screen()->availableSize() : QSize(1280, 800);
    window.resize((available * 0.92).boundedTo(QSize(1680, 1050)));
    window.show();
    return QApplication::exec();
}
