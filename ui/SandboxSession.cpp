#include "SandboxSession.h"

#include "CredentialProvider.h"

namespace lockbox::ui {

SandboxSession::SandboxSession(QObject *parent) : QObject(parent), m_host(new emulator::EmulatorHost(this)) {
    connect(m_host, &emulator::EmulatorHost::started, this, [this](const QUrl &baseUrl) {
        ClientConfig config;
        config.baseUrl = baseUrl;
        auto *credentials = new StaticTokenProvider(QString::fromLatin1(kToken), this);
        m_client = new ApiClient(config, credentials, this);
        Q_EMIT ready(m_client);
    });
    connect(m_host, &emulator::EmulatorHost::failed, this, [this](const QString &message) {
        m_started = false; // may be tried again
        Q_EMIT failed(message);
    });
}

SandboxSession::~SandboxSession() = default;

void SandboxSession::start() {
    if (m_started) {
        return;
    }
    m_started = true;
    emulator::EmulatorOptions options;
    options.adminTokens = {QString::fromLatin1(kToken)};
    m_host->start(options);
}

} // namespace lockbox::ui
