// bench_static_server: the ceiling for the emulator's throughput in lockbox-bench. QHttpServer with
// the ListVersions route, answering every request with one fixed body read from a file (a real
// ListVersions page, so both servers send the same bytes). Prints "listening on http://127.0.0.1:PORT".
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fixed-body HTTP server, the ceiling of lockbox-bench."));
    parser.addHelpOption();
    const QCommandLineOption bodyOption(QStringLiteral("body-file"), QStringLiteral("The JSON body to answer with."),
                                        QStringLiteral("file"));
    parser.addOption(bodyOption);
    parser.process(app);

    QFile file(parser.value(bodyOption));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_static_server: cannot read --body-file %s\n", qPrintable(parser.value(bodyOption)));
        return 2;
    }
    const QByteArray body = file.readAll();

    QHttpServer server;
    server.route(QStringLiteral("/lockbox/v1/secrets/<arg>/versions"),
                 [body](const QString &) { return QHttpServerResponse(QByteArrayLiteral("application/json"), body); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        std::fprintf(stderr, "bench_static_server: cannot listen\n");
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
