#include "ColdStartBench.h"

#include "ChildProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <chrono>

namespace lockbox::bench {

namespace {

constexpr int kStartTimeoutMs = 30000;
constexpr int kFallbackTimeoutMs = 10000;

struct Start {
    double ms = -1;             // QProcess::start → the line read
    double selfReportedMs = -1; // what the program printed (since its own process start)
    double peakRssMiB = -1;
    QList<std::pair<QString, double>> marks; // StartupTimeline's, in ms since just before the start
    QString error;
};

// "startup-phases main=9.71 application=17.40 …"
QList<std::pair<QString, double>> parseMarks(const QByteArray &line) {
    QList<std::pair<QString, double>> marks;
    const QList<QByteArray> fields = line.split(' ');
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const qsizetype eq = fields[i].indexOf('=');
        bool ok = false;
        const double ms = fields[i].mid(eq + 1).toDouble(&ok);
        if (eq > 0 && ok) {
            marks.append({QString::fromLatin1(fields[i].left(eq)), ms});
        }
    }
    return marks;
}

// exits: the program ends by itself after its line (otherwise it is killed once the line is read).
Start startOnce(const QString &program, const QStringList &arguments, const QByteArray &prefix, bool exits,
                const QProcessEnvironment &environment) {
    Start s;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    // The steady clock just before the start, for the program's StartupTimeline marks.
    QProcessEnvironment marked = environment;
    marked.insert(QStringLiteral("LOCKBOX_STARTUP_T0_NS"),
                  QString::number(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                      std::chrono::steady_clock::now().time_since_epoch())
                                      .count()));
    process.setProcessEnvironment(marked);
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
        if (exits) { // a program that prints its first paint prints its phases after it
            s.marks = parseMarks(readLineStartingWith(process, QByteArrayLiteral("startup-phases "), 2000));
        }
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

// Each phase's duration (the time from the previous mark, the first from the start), by name.
void addPhases(const Start &s, QMap<QString, QList<double>> *phases) {
    double previous = 0;
    for (const auto &[name, ms] : s.marks) {
        (*phases)[name].append(ms - previous);
        previous = ms;
    }
    if (!s.marks.isEmpty() && s.ms >= 0) {
        (*phases)[QStringLiteral("read")].append(s.ms - previous);
    }
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
    QMap<QString, QList<double>> desktopPhases;
    QMap<QString, QList<double>> minimalPhases;
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
                addPhases(s, &desktopPhases);
            } else {
                f.baselineSamples << s.ms;
                minimalSelfReported << s.selfReportedMs;
                result.minimalPeakRssMiB << s.peakRssMiB;
                addPhases(s, &minimalPhases);
            }
        }
    }
    f.extra.insert(QStringLiteral("mode"), result.mode);
    f.extra.insert(QStringLiteral("desktopSelfReportedMedianMs"), medianOf(selfReported));
    f.extra.insert(QStringLiteral("minimalSelfReportedMedianMs"), medianOf(minimalSelfReported));
    // Where the time goes, phase by phase, in both programs (StartupTimeline's marks).
    const QList<std::pair<QString, QString>> phaseNames{
        {QStringLiteral("main"), QStringLiteral("loading to main()")},
        {QStringLiteral("application"), QStringLiteral("QApplication")},
        {QStringLiteral("settings"), QStringLiteral("style, language, stores")},
        {QStringLiteral("window"), QStringLiteral("building the window")},
        {QStringLiteral("shown"), QStringLiteral("show()")},
        {QStringLiteral("paint"), QStringLiteral("to the first paint event")},
        {QStringLiteral("frame"), QStringLiteral("painting and flushing")},
        {QStringLiteral("read"), QStringLiteral("the line read")}};
    QJsonObject phases;
    QStringList parts;
    for (const auto &[key, words] : phaseNames) {
        if (!desktopPhases.contains(key) || !minimalPhases.contains(key)) {
            continue;
        }
        const double desktop = medianOf(desktopPhases.value(key));
        const double baseline = medianOf(minimalPhases.value(key));
        QJsonArray samples;
        for (const double ms : desktopPhases.value(key)) {
            samples.append(ms);
        }
        phases.insert(key, QJsonObject{{QStringLiteral("desktopMedianMs"), desktop},
                                       {QStringLiteral("minimalMedianMs"), baseline},
                                       {QStringLiteral("desktopSamplesMs"), samples}});
        parts << QStringLiteral("%1 %2 / %3").arg(words).arg(desktop, 0, 'f', 1).arg(baseline, 0, 'f', 1);
    }
    if (!parts.isEmpty()) {
        f.extra.insert(QStringLiteral("phases"), phases);
        f.details << QStringLiteral("cold start by phase, median ms (lockbox-desktop / minimal program): ") +
                         parts.join(QStringLiteral(", "));
    }
    const auto r = f.ratio();
    f.met = flag && r ? std::optional<bool>(*r <= 1.3) : std::nullopt;
    return result;
}

} // namespace lockbox::bench
