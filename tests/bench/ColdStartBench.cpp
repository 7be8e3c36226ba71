#include "ColdStartBench.h"

#include "ChildProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

namespace lockbox::bench {

namespace {

constexpr int kStartTimeoutMs = 30000;
constexpr int kFallbackTimeoutMs = 10000;

struct Start {
    double ms = -1;             // QProcess::start → the line read
    double selfReportedMs = -1; // what the program printed (since its own process start)
    double peakRssMiB = -1;
    QString error;
};

// exits: the program ends by itself after its line (otherwise it is killed once the line is read).
Start startOnce(const QString &program, const QStringList &arguments, const QByteArray &prefix, bool exits,
                const QProcessEnvironment &environment) {
    Start s;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    const QByteArray line = readLineStartingWith(process, prefix, exits ? kStartTimeoutMs : kFallbackTimeoutMs);
    s.ms = double(clock.nsecsElapsed()) / 1e6;
    if (line.isEmpty()) {
        s.error = QStringLiteral("%1 printed no \"%2\" line within %3 ms (exit code %4)")
                      .arg(program, QString::fromLatin1(prefix))
                      .arg(kStartTimeoutMs)
                      .arg(process.exitCode());
        s.ms = -1;
    } else {
        s.selfReportedMs = line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble();
        const QByteArray rss = readLineStartingWith(process, QByteArrayLiteral("peak-rss-kib "), 2000);
        if (!rss.isEmpty()) {
            s.peakRssMiB = rss.mid(13).trimmed().toDouble() / 1024.0;
        }
    }
    if (!exits || !process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return s;
}

bool desktopHasFirstPaintFlag(const QProcessEnvironment &environment) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LOCKBOX_BENCH_DESKTOP), {QStringLiteral("--help")});
    process.waitForFinished(kStartTimeoutMs);
    return process.readAllStandardOutput().contains("--exit-after-first-paint");
}

} // namespace

ColdStartResult runColdStart(const ColdStartOptions &options) {
    ColdStartResult result;
    Figure &f = result.coldStart;
    f.id = QStringLiteral("cold_start");
    f.title = QStringLiteral("1. Cold start to first frame");
    f.unit = QStringLiteral("ms");
    f.baselineName = QStringLiteral("bench_minimal_app (QMainWindow + empty QTableView)");
    f.target = QStringLiteral("≤ 1.3× baseline");

    // A settings directory of its own for every start: first-start conditions, the user's untouched.
    QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());

    const bool flag = desktopHasFirstPaintFlag(environment);
    QStringList desktopArgs{QStringLiteral("--sandbox")};
    QByteArray desktopPrefix = QByteArrayLiteral("first-paint ");
    if (flag) {
        desktopArgs << QStringLiteral("--exit-after-first-paint");
        result.mode = QStringLiteral("first-paint");
        f.note = QStringLiteral("lockbox-desktop --sandbox --exit-after-first-paint; from QProcess::start to the "
                                "\"first-paint\" line read");
    } else {
        desktopPrefix = QByteArray();
        result.mode = QStringLiteral("first-stdout-line (fallback)");
        f.note = QStringLiteral("FALLBACK: lockbox-desktop has no --exit-after-first-paint; measured to its first "
                                "stdout line");
    }
    const QString minimal = QStringLiteral(LOCKBOX_BENCH_MINIMAL_APP);
    const QString desktop = QStringLiteral(LOCKBOX_BENCH_DESKTOP);

    QList<double> selfReported;
    QList<double> minimalSelfReported;
    const int total = options.runs + (options.warmup ? 1 : 0);
    for (int i = 0; i < total; ++i) {
        const bool keep = !options.warmup || i > 0;
        // Alternate which goes first, so neither always follows the other.
        for (int k = 0; k < 2; ++k) {
            const bool desktopTurn = (k == 0) == (i % 2 == 0);
            const Start s = desktopTurn ? startOnce(desktop, desktopArgs, desktopPrefix, flag, environment)
                                        : startOnce(minimal, {}, QByteArrayLiteral("first-paint "), true, environment);
            if (!s.error.isEmpty()) {
                f.error = s.error;
                return result;
            }
            if (!keep) {
                continue;
            }
            if (desktopTurn) {
                f.samples << s.ms;
                selfReported << s.selfReportedMs;
            } else {
                f.baselineSamples << s.ms;
                minimalSelfReported << s.selfReportedMs;
                result.minimalPeakRssMiB << s.peakRssMiB;
            }
        }
    }
    f.extra.insert(QStringLiteral("mode"), result.mode);
    f.extra.insert(QStringLiteral("desktopSelfReportedMedianMs"), medianOf(selfReported));
    f.extra.insert(QStringLiteral("minimalSelfReportedMedianMs"), medianOf(minimalSelfReported));
    const auto r = f.ratio();
    f.met = flag && r ? std::optional<bool>(*r <= 1.3) : std::nullopt;
    return result;
}

} // namespace lockbox::bench
