#pragma once

#include "Emulator.h"

#include <QObject>
#include <QThread>

namespace lockbox::emulator {

// Runs an Emulator in its own thread so the UI thread never serves HTTP (sandbox mode).
// start() returns at once; started() or failed() follows.
class EmulatorHost final : public QObject {
    Q_OBJECT
public:
    explicit EmulatorHost(QObject *parent = nullptr);
    ~EmulatorHost() override; // stops the thread
    Q_DISABLE_COPY_MOVE(EmulatorHost)

    void start(const EmulatorOptions &options);
    QUrl baseUrl() const { return m_baseUrl; }
    // Runs fn on the emulator's thread (e.g. to move its clock). Fire and forget.
    void post(std::function<void(Emulator *)> fn);

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    QThread m_thread;
    Emulator *m_emulator = nullptr; // lives in m_thread
    QUrl m_baseUrl;
};

} // namespace lockbox::emulator
