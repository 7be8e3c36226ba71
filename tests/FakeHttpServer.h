#pragma once

// A scripted HTTP/1.1 server on loopback for client tests that need to see exactly what was sent
// (headers, bodies, retries) or to answer in ways the emulator does not (redirects, odd statuses).
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace lockbox::test {

class FakeHttpServer final : public QObject {
public:
    struct Request {
        QByteArray method;
        QByteArray target;                    // path and query as sent
        QMap<QByteArray, QByteArray> headers; // names lower-case
        QByteArray body;

        QString path() const {
            return QString::fromLatin1(target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')));
        }
        QUrlQuery query() const {
            const int q = target.indexOf('?');
            return q < 0 ? QUrlQuery() : QUrlQuery(QString::fromLatin1(target.mid(q + 1)));
        }
        QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    struct Response {
        int status = 200;
        QByteArray body = "{}";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool drop = false; // close the connection without answering
        int holdMs = 0;    // answer this much later

        static Response json(int status, const QJsonObject &o) {
            Response r;
            r.status = status;
            r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            return r;
        }
        static Response dropped() {
            Response r;
            r.drop = true;
            return r;
        }
        Response &header(const QByteArray &name, const QByteArray &value) {
            headers.append({name, value});
            return *this;
        }
    };

    explicit FakeHttpServer(QObject *parent = nullptr) : QObject(parent) {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }

    // Answers in order; when the queue is empty, the fallback answers.
    void enqueue(const Response &r) { m_queue.append(r); }
    void setFallback(const Response &r) { m_fallback = r; }
    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    void onReadyRead(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const int end = buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            Request request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const int colon = line.indexOf(':');
                if (colon > 0) {
                    request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
                }
            }
            const int length = request.headers.value("content-length", "0").toInt();
            if (buffer.size() < end + 4 + length) {
                return;
            }
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            m_requests.append(request);
            const Response response = m_queue.isEmpty() ? m_fallback : m_queue.takeFirst();
            if (response.drop) {
                socket->abort(); // emits disconnected, which forgets the buffer
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
            out += "Content-Type: application/json\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            out += "x-request-id: fake-" + QByteArray::number(m_requests.size()) + "\r\n";
            for (const auto &h : response.headers) {
                out += h.first + ": " + h.second + "\r\n";
            }
            out += "\r\n" + response.body;
            if (response.holdMs > 0) {
                QTimer::singleShot(response.holdMs, socket, [socket, out]() { socket->write(out); });
            } else {
                socket->write(out);
            }
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    QList<Response> m_queue;
    Response m_fallback;
};

} // namespace lockbox::test
