#include "EmulatorHost.h"

#include <QMetaObject>

namespace lockbox::emulator {

EmulatorHost::EmulatorHost(QObject *parent) : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("lockbox-emulator"));
}

EmulatorHost::~EmulatorHost() {
    if (m_emulator) {
        // Deleted in its own thread, then the thread ends.
        QMetaObject::invokeMethod(m_emulator, &QObject::deleteLater);
    }
    m_thread.quit();
    m_thread.wait();
}

void EmulatorHost::start(const EmulatorOptions &options) {
    m_thread.start();
    m_emulator = new Emulator;
    m_emulator->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_emulator, [this, emulator = m_emulator, options]() {
        QString error;
        if (emulator->start(options, &error)) {
            const QUrl url = emulator->baseUrl();
            QMetaObject::invokeMethod(this, [this, url]() {
                m_baseUrl = url;
                Q_EMIT started(url);
            });
        } else {
            QMetaObject::invokeMethod(this, [this, error]() { Q_EMIT failed(error); });
        }
    });
}

void EmulatorHost::post(std::function<void(Emulator *)> fn) {
    if (m_emulator) {
        QMetaObject::invokeMethod(m_emulator, [emulator = m_emulator, fn = std::move(fn)]() { fn(emulator); });
    }
}

} // namespace lockbox::emulator
