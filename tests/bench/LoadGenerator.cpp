#include "LoadGenerator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <memory>
#include <vector>

namespace lockbox::bench {

namespace {

// One parsed answer at the front of a buffer.
struct Parsed {
    bool complete = false;
    int status = 0;
    qsizetype consumed = 0;
    qsizetype bodyBytes = 0;
    bool bad = false;
};

Parsed parseResponse(const QByteArray &buffer) {
    Parsed p;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        p.bad = buffer.size() > 64 * 1024;
        return p;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    p.status = statusLine.value(1).toInt();
    qsizetype length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            length = line.mid(colon + 1).trimmed().toLongLong();
        }
    }
    if (length < 0) {
        p.bad = true; // every server here sends Content-Length
        return p;
    }
    if (buffer.size() < headerEnd + 4 + length) {
        return p;
    }
    p.complete = true;
    p.consumed = headerEnd + 4 + length;
    p.bodyBytes = length;
    return p;
}

LoadResult runInThisThread(const LoadOptions &options) {
    LoadResult result;
    QEventLoop loop;
    QElapsedTimer clock;
    bool counting = false;
    bool stopping = false;
    qint64 sent = 0;
    int connected = 0;

    struct Client {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
    };
    std::vector<Client> clients(static_cast<size_t>(options.clients));

    auto send = [&](Client &c) {
        if (stopping || sent >= options.maxRequests) {
            return;
        }
        ++sent;
        c.socket->write(options.request);
    };
    for (Client &c : clients) {
        c.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = c.socket.get();
        Client *client = &c;
        QObject::connect(socket, &QTcpSocket::connected, &loop, [&, client]() {
            ++connected;
            send(*client);
        });
        QObject::connect(socket, &QTcpSocket::readyRead, &loop, [&, client]() {
            client->buffer += client->socket->readAll();
            for (;;) {
                const Parsed p = parseResponse(client->buffer);
                if (p.bad) {
                    ++result.errors;
                    client->buffer.clear();
                    client->socket->abort();
                    return;
                }
                if (!p.complete) {
                    return;
                }
                client->buffer.remove(0, p.consumed);
                if (counting) {
                    if (p.status == 200) {
                        ++result.responses;
                        result.bodyBytes += p.bodyBytes;
                    } else {
                        ++result.errors;
                    }
                }
                send(*client);
            }
        });
        QObject::connect(socket, &QTcpSocket::disconnected, &loop, [&]() {
            if (!stopping && counting) {
                ++result.errors;
            }
        });
        socket->connectToHost(options.host, options.port);
    }

    QTimer::singleShot(options.warmupMs, &loop, [&]() {
        counting = true;
        clock.start();
    });
    QTimer::singleShot(options.warmupMs + options.durationMs, &loop, [&]() {
        result.seconds = double(clock.nsecsElapsed()) / 1e9;
        counting = false;
        stopping = true;
        loop.quit();
    });
    loop.exec();
    if (connected == 0) {
        result.error = QStringLiteral("no client could connect to %1:%2").arg(options.host).arg(options.port);
    }
    for (Client &c : clients) {
        c.socket->abort();
    }
    return result;
}

} // namespace

LoadResult runLoad(const LoadOptions &options) {
    LoadResult result;
    std::unique_ptr<QThread> thread(QThread::create([&result, options]() { result = runInThisThread(options); }));
    thread->setObjectName(QStringLiteral("bench-load-clients"));
    thread->start();
    thread->wait();
    return result;
}

} // namespace lockbox::bench
