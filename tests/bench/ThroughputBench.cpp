#include "ThroughputBench.h"

#include "BareClient.h"
#include "ChildProcess.h"
#include "LoadGenerator.h"

#include <QFile>

namespace lockbox::bench {

namespace {

constexpr int kStartMs = 60000;
constexpr auto kPath = "/lockbox/v1/secrets/e6qdemo0history00001/versions";
constexpr auto kToken = "bench-token";

QByteArray requestFor(const QUrl &base) {
    return QByteArray("GET ") + kPath + "?pageSize=100 HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(base.port()) +
           "\r\nAuthorization: Bearer " + kToken + "\r\nAccept: application/json\r\nConnection: keep-alive\r\n\r\n";
}

} // namespace

Figure runThroughput(const ThroughputOptions &options) {
    Figure f{QStringLiteral("emulator_throughput"),
             QStringLiteral("8. Emulator ListVersions, %1 keep-alive clients").arg(options.clients),
             QStringLiteral("req/s")};
    f.baselineName = QStringLiteral("bench_static_server (QHttpServer, fixed body of the same size)");
    f.target = QStringLiteral("≥ 0.5× ceiling");

    ChildServer emulator;
    QString error;
    if (!emulator.start(QStringLiteral(LOCKBOX_BENCH_EMULATOR), {QStringLiteral("--token"), QLatin1String(kToken)},
                        options.workDir + QStringLiteral("/emulator-throughput.log"), kStartMs, &error)) {
        f.error = error;
        return f;
    }
    // The static server answers with exactly the emulator's page.
    BareClient bare(emulator.baseUrl(), QByteArray(kToken));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    const auto body = bare.getRaw(QLatin1String(kPath), query, &error);
    if (!body) {
        f.error = error;
        return f;
    }
    const QString bodyPath = options.workDir + QStringLiteral("/static-body.json");
    QFile bodyFile(bodyPath);
    if (!bodyFile.open(QIODevice::WriteOnly) || bodyFile.write(*body) != body->size()) {
        f.error = QStringLiteral("cannot write %1").arg(bodyPath);
        return f;
    }
    bodyFile.close();
    ChildServer staticServer;
    if (!staticServer.start(QStringLiteral(LOCKBOX_BENCH_STATIC_SERVER), {QStringLiteral("--body-file"), bodyPath},
                            options.workDir + QStringLiteral("/static-server.log"), kStartMs, &error)) {
        f.error = error;
        return f;
    }

    LoadOptions load;
    load.clients = options.clients;
    load.durationMs = options.durationMs;
    qint64 errors = 0;
    for (int i = 0; i < options.runs; ++i) {
        for (int k = 0; k < 2; ++k) {
            const bool emulatorTurn = (k == 0) == (i % 2 == 0);
            const QUrl base = emulatorTurn ? emulator.baseUrl() : staticServer.baseUrl();
            load.port = static_cast<quint16>(base.port());
            load.request = requestFor(base);
            const LoadResult r = runLoad(load);
            if (!r.error.isEmpty() || r.responses == 0) {
                f.error = r.error.isEmpty() ? QStringLiteral("no answer from %1").arg(base.toString()) : r.error;
                return f;
            }
            errors += r.errors;
            (emulatorTurn ? f.samples : f.baselineSamples) << r.perSecond();
        }
    }
    const auto ratio = f.ratio();
    f.met = ratio ? std::optional<bool>(*ratio >= 0.5) : std::nullopt;
    f.note = QStringLiteral("higher is better; raw QTcpSocket clients on a thread of the benchmark, servers in "
                            "child processes");
    f.extra = QJsonObject{{QStringLiteral("bodyBytes"), body->size()},
                          {QStringLiteral("clients"), options.clients},
                          {QStringLiteral("durationMs"), options.durationMs},
                          {QStringLiteral("errors"), errors}};
    return f;
}

} // namespace lockbox::bench
