#include "Heartbeat.h"

namespace lockbox::bench {

Heartbeat::Heartbeat(QObject *parent) : QObject(parent) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::tick);
}

Heartbeat::~Heartbeat() = default;

void Heartbeat::start() {
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void Heartbeat::beginWindow() {
    m_lastNs = m_clock.nsecsElapsed();
    m_maxGapNs = 0;
    m_inWindow = true;
}

double Heartbeat::endWindow() {
    const qint64 now = m_clock.nsecsElapsed();
    m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
    m_inWindow = false;
    return double(m_maxGapNs) / 1e6;
}

void Heartbeat::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    if (m_inWindow) {
        m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
    }
    m_lastNs = now;
}

} // namespace lockbox::bench
