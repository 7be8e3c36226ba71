#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace lockbox::bench {

// A 1 ms precise timer on the thread that owns it (the UI thread). The longest gap between two of
// its ticks inside a window is the longest time the event loop could not run: the worst stall a
// user would have felt there.
class Heartbeat final : public QObject {
    Q_OBJECT
public:
    explicit Heartbeat(QObject *parent = nullptr);
    ~Heartbeat() override;
    Q_DISABLE_COPY_MOVE(Heartbeat)

    void start();
    void beginWindow();
    // The longest gap since beginWindow(), in ms, counting the one still open at this moment.
    double endWindow();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    bool m_inWindow = false;
};

} // namespace lockbox::bench
