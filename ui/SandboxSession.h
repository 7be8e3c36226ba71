#pragma once

#include "ApiClient.h"
#include "EmulatorHost.h"

#include <QObject>

namespace lockbox::ui {

// Sandbox mode: the emulator with the demo seed in its own thread, and a client signed in to it
// with the sandbox's admin token.
class SandboxSession final : public QObject {
    Q_OBJECT
public:
    static constexpr auto kToken = "sandbox";
    static constexpr auto kDemoFolderId = "b1gdemo0folder0back1";

    explicit SandboxSession(QObject *parent = nullptr);
    ~SandboxSession() override;
    Q_DISABLE_COPY_MOVE(SandboxSession)

    // Starts the emulator once; later calls do nothing (ready() has come or will come).
    void start();
    bool isStarted() const { return m_started; }
    ApiClient *client() const { return m_client; }
    QUrl baseUrl() const { return m_client ? m_client->config().baseUrl : QUrl(); }

Q_SIGNALS:
    void ready(lockbox::ApiClient *client);
    void failed(const QString &message);

private:
    emulator::EmulatorHost *m_host = nullptr;
    ApiClient *m_client = nullptr;
    bool m_started = false;
};

} // namespace lockbox::ui
