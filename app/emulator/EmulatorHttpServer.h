#pragma once

#include "EmulatorStore.h"
#include "FaultInjector.h"

#include <QAbstractHttpServer>

namespace lockbox::emulator {

// HTTP front of the emulator: routes the REST paths of every service to the store, checks the
// bearer token, maps errors to google.rpc.Status bodies and injects faults.
class EmulatorHttpServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    EmulatorHttpServer(EmulatorStore *store, FaultInjector *faults, QObject *parent = nullptr);

    qint64 requestCount() const { return m_requestCount; }
    void resetRequestCount() { m_requestCount = 0; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Response {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    Response route(const QString &method, const QString &path, const QHttpServerRequest &request);
    Response adminRoute(const QString &method, const QString &path, const QHttpServerRequest &request);
    Response errorResponse(const ApiError &error) const;
    void send(QTcpSocket *socket, const QHttpServerRequest &request, Response response, const QByteArray &requestId,
              int delayMs);

    EmulatorStore *m_store = nullptr;
    FaultInjector *m_faults = nullptr;
    qint64 m_requestCount = 0;
    QByteArray m_currentRequestId;
};

} // namespace lockbox::emulator
