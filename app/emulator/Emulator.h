#pragma once

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace lockbox::emulator {

class EmulatorStore;
class EmulatorHttpServer;
class FaultInjector;

struct EmulatorOptions {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0; // 0: a free port
    bool allowRemote = false;
    QString seedFile;           // empty: the built-in demo seed
    QString stateFile;          // empty: memory only
    QStringList adminTokens;    // IAM tokens of an admin subject that sees everything
    QString tlsCertificateFile; // PEM; with tlsKeyFile: serve HTTPS
    QString tlsKeyFile;
    QString faults; // --faults SPEC (FaultInjector::parseSpec)
    qint64 tokenLifetimeMs = 12LL * 3600 * 1000;
};

// The Lockbox emulator: Secret/Payload/Operation services, IAM token exchange and Resource Manager
// on one loopback port, backed by an in-memory store seeded from JSON. Lives in the thread that
// created it; EmulatorHost runs one in a worker thread.
class Emulator final : public QObject {
    Q_OBJECT
public:
    explicit Emulator(QObject *parent = nullptr);
    ~Emulator() override;
    Q_DISABLE_COPY_MOVE(Emulator)

    // Loads the seed (or state) and listens. False with a message on failure.
    bool start(const EmulatorOptions &options, QString *error);
    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT
    bool isTls() const;

    EmulatorStore *store() const;
    FaultInjector *faults() const;
    // Moves the emulator's clock forward (destroyAt, token expiry and operation delays follow it).
    void advanceClock(qint64 ms);
    // HTTP requests served since start (or since resetRequestCount), for request-counting tests.
    qint64 requestCount() const;
    void resetRequestCount();

private:
    std::unique_ptr<EmulatorStore> m_store;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<EmulatorHttpServer> m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_host;
};

} // namespace lockbox::emulator
