#include "Emulator.h"

#include "EmulatorHttpServer.h"
#include "EmulatorStore.h"
#include "FaultInjector.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace lockbox::emulator {

Emulator::Emulator(QObject *parent)
    : QObject(parent), m_store(std::make_unique<EmulatorStore>()), m_faults(std::make_unique<FaultInjector>()) {}

Emulator::~Emulator() = default;

bool Emulator::start(const EmulatorOptions &options, QString *error) {
    if (!options.host.isLoopback() && !options.allowRemote) {
        *error = QStringLiteral("refusing to bind %1: not a loopback address (use --allow-remote)")
                     .arg(options.host.toString());
        return false;
    }
    QByteArray data;
    bool fromState = false;
    if (!options.stateFile.isEmpty()) {
        QFile state(options.stateFile);
        if (state.exists()) {
            if (!state.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("cannot read state %1: %2").arg(options.stateFile, state.errorString());
                return false;
            }
            data = state.readAll();
            fromState = !data.trimmed().isEmpty();
        }
    }
    if (!fromState) {
        QFile seed(options.seedFile.isEmpty() ? QStringLiteral(":/emulator/demo-seed.json") : options.seedFile);
        if (!seed.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read seed %1: %2").arg(seed.fileName(), seed.errorString());
            return false;
        }
        data = seed.readAll();
    }
    if (!m_store->load(data, error)) {
        *error = QStringLiteral("%1: %2").arg(fromState ? options.stateFile : QStringLiteral("seed"), *error);
        return false;
    }
    for (const auto &token : options.adminTokens) {
        m_store->addAdminToken(token);
    }
    m_store->setTokenLifetimeMs(options.tokenLifetimeMs);
    if (!options.faults.isEmpty() && !m_faults->parseSpec(options.faults, error)) {
        return false;
    }
    if (!options.stateFile.isEmpty()) {
        m_store->setStateFile(options.stateFile);
    }

    m_server = std::make_unique<EmulatorHttpServer>(m_store.get(), m_faults.get());
    if (!options.tlsCertificateFile.isEmpty() || !options.tlsKeyFile.isEmpty()) {
        QFile certFile(options.tlsCertificateFile);
        QFile keyFile(options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate or key");
            return false;
        }
        const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        }
        if (chain.isEmpty() || key.isNull()) {
            *error = QStringLiteral("the TLS certificate or key is not valid PEM");
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
        m_server->sslSetup(tls);
        m_tls = true;
    }
    m_port = m_server->listen(options.host, options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(options.host.toString()).arg(options.port);
        m_server.reset();
        return false;
    }
    m_host = options.host.protocol() == QAbstractSocket::IPv6Protocol
                 ? QLatin1Char('[') + options.host.toString() + QLatin1Char(']')
                 : options.host.toString();
    return true;
}

quint16 Emulator::port() const {
    return m_port;
}

QUrl Emulator::baseUrl() const {
    return QUrl(
        QStringLiteral("%1://%2:%3").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), m_host).arg(m_port));
}

bool Emulator::isTls() const {
    return m_tls;
}

EmulatorStore *Emulator::store() const {
    return m_store.get();
}

FaultInjector *Emulator::faults() const {
    return m_faults.get();
}

void Emulator::advanceClock(qint64 ms) {
    m_store->advanceClock(ms);
}

qint64 Emulator::requestCount() const {
    return m_server ? m_server->requestCount() : 0;
}

void Emulator::resetRequestCount() {
    if (m_server) {
        m_server->resetRequestCount();
    }
}

} // namespace lockbox::emulator
