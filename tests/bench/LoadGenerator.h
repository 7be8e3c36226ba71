#pragma once

#include <QByteArray>
#include <QString>

namespace lockbox::bench {

struct LoadOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QByteArray request;           // one complete HTTP/1.1 GET, sent again on each connection after each answer
    int clients = 32;             // keep-alive connections, one request in flight on each
    int warmupMs = 300;           // answers in this first stretch are not counted
    int durationMs = 3000;        // then answers are counted for this long
    qint64 maxRequests = 5000000; // a bound on the count as well as on the time
};

struct LoadResult {
    qint64 responses = 0; // complete 200 answers counted
    qint64 errors = 0;    // other statuses, dropped connections
    qint64 bodyBytes = 0;
    double seconds = 0;
    QString error; // set when no connection could be made
    double perSecond() const { return seconds > 0 ? double(responses) / seconds : 0; }
};

// Raw QTcpSocket clients on a thread of their own (never the server's): each sends the request,
// reads the whole answer (Content-Length), and sends it again. Blocks the caller until done.
LoadResult runLoad(const LoadOptions &options);

} // namespace lockbox::bench
