// lockbox-bench: how fast Lockbox Desktop feels, each figure against a baseline measured in the same
// run on the same machine. See tests/bench/README.md for what each figure is and its target.
#include "ColdStartBench.h"
#include "LockboxStyle.h"
#include "MallocTuning.h"
#include "Report.h"
#include "SeedMaker.h"
#include "ThroughputBench.h"
#include "UiBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>

using namespace lockbox::bench;

namespace {

// The 1-, 5- and 15-minute load averages: a busy machine makes every figure slower and noisier.
QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

void progress(const QString &text) {
    std::fprintf(stderr, "[lockbox-bench] %s\n", qPrintable(text));
    std::fflush(stderr);
}

// --make-seed PATH --secrets N: the emulator's state for the UI items, made in a child process.
int makeSeed(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString path = args.value(args.indexOf(QStringLiteral("--make-seed")) + 1);
    const qsizetype countAt = args.indexOf(QStringLiteral("--secrets"));
    const int count = countAt > 0 ? args.value(countAt + 1).toInt() : 10000;
    QString error;
    const QByteArray seed = makeBenchSeed(count, &error);
    QFile file(path);
    if (seed.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(seed) != seed.size()) {
        std::fprintf(stderr, "lockbox-bench --make-seed: %s\n",
                     qPrintable(error.isEmpty() ? file.errorString() : error));
        return 1;
    }
    return 0;
}

// The offscreen plugin warns once per dialog that it cannot pass size hints on: noise in the output.
QtMessageHandler g_defaultHandler = nullptr;
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (message.startsWith(QLatin1String("This plugin does not support propagateSizeHints"))) {
        return;
    }
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[]) {
    lockbox::limitMallocArenas(); // as app/main.cpp: the window measured lives in this process
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--make-seed") == 0) {
            return makeSeed(argc, argv);
        }
    }
    // Headless when there is no display to show on (CI); the output says which platform ran.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    g_defaultHandler = qInstallMessageHandler(filterMessages);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lockbox-bench"));
    lockbox::ui::LockboxStyle::install(); // as app/main.cpp

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Benchmarks Lockbox Desktop against the emulator on loopback: cold start, paging, 10,000 secrets, "
        "UI stalls, memory, requests per AddVersion and emulator throughput, each against a baseline measured "
        "in the same run. Prints a table and writes JSON."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(
        QStringLiteral("quick"),
        QStringLiteral("One run each, small sizes, under a minute (CI: checks it completes)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Where to write the JSON results."),
                                        QStringLiteral("path"), QStringLiteral("lockbox-bench.json"));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"),
                                            QStringLiteral("Also write the table as Markdown to this file."),
                                            QStringLiteral("path"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (default 7, quick 1)."),
                                        QStringLiteral("n"));
    const QCommandLineOption secretsOption(QStringLiteral("secrets"),
                                           QStringLiteral("Secrets in the big folder (default 10000, quick 1000)."),
                                           QStringLiteral("n"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration-ms"), QStringLiteral("Counted time per throughput run (default 3000, quick 500)."),
        QStringLiteral("ms"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("Comma-separated parts to run: cold, ui, throughput (default all)."),
        QStringLiteral("parts"));
    parser.addOptions({quickOption, jsonOption, markdownOption, runsOption, secretsOption, durationOption, onlyOption});
    parser.process(app);

    const bool quick = parser.isSet(quickOption);
    const int runs = parser.isSet(runsOption) ? std::max(1, parser.value(runsOption).toInt()) : (quick ? 1 : 7);
    const int secrets =
        parser.isSet(secretsOption) ? std::max(10, parser.value(secretsOption).toInt()) : (quick ? 1000 : 10000);
    const int durationMs =
        parser.isSet(durationOption) ? std::max(100, parser.value(durationOption).toInt()) : (quick ? 500 : 3000);
    const QStringList only = parser.isSet(onlyOption) ? parser.value(onlyOption).split(QLatin1Char(','))
                                                      : QStringList{QStringLiteral("cold"), QStringLiteral("ui"),
                                                                    QStringLiteral("throughput")};

    QTemporaryDir work;
    if (!work.isValid()) {
        progress(QStringLiteral("cannot make a temporary directory"));
        return 2;
    }

    Report report;
    report.setMachine(MachineInfo::collect());
    QJsonObject runInfo{{QStringLiteral("quick"), quick},
                        {QStringLiteral("runs"), runs},
                        {QStringLiteral("warmup"), !quick},
                        {QStringLiteral("secrets"), secrets},
                        {QStringLiteral("throughputDurationMs"), durationMs},
                        {QStringLiteral("parts"), QJsonArray::fromStringList(only)},
                        {QStringLiteral("startedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QStringLiteral("buildType"), QStringLiteral(LOCKBOX_BENCH_BUILD_TYPE)},
                        {QStringLiteral("loadAverageAtStart"), loadAverage()}};
    report.setRunInfo(runInfo);
    progress(QStringLiteral("platform %1, %2 run(s) per figure%3")
                 .arg(QGuiApplication::platformName())
                 .arg(runs)
                 .arg(quick ? QStringLiteral(", quick") : QString()));

    QList<double> minimalPeakRss;
    if (only.contains(QLatin1String("cold"))) {
        progress(QStringLiteral("1. cold start"));
        ColdStartOptions cold;
        cold.runs = runs;
        cold.warmup = !quick;
        ColdStartResult r = runColdStart(cold);
        minimalPeakRss = r.minimalPeakRssMiB;
        report.add(r.coldStart);
    }
    if (only.contains(QLatin1String("ui"))) {
        progress(QStringLiteral("2–7. the main window against the emulator (%L1 secrets)").arg(secrets));
        UiBenchOptions options;
        options.runs = runs;
        options.warmup = !quick;
        options.secrets = secrets;
        options.workDir = work.path();
        options.minimalPeakRssMiB = minimalPeakRss;
        UiBench bench(options);
        QString error;
        if (bench.setUp(&error)) {
            bench.run(report);
        } else {
            Figure f{QStringLiteral("ui_setup"), QStringLiteral("2–7. UI benchmark set-up"), QStringLiteral("ms")};
            f.error = error;
            report.add(f);
        }
    }
    if (only.contains(QLatin1String("throughput"))) {
        progress(QStringLiteral("8. emulator throughput"));
        ThroughputOptions options;
        options.runs = runs;
        options.durationMs = durationMs;
        options.workDir = work.path();
        report.add(runThroughput(options));
    }

    runInfo.insert(QStringLiteral("loadAverageAtEnd"), loadAverage());
    runInfo.insert(QStringLiteral("finishedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    report.setRunInfo(runInfo);
    std::printf("%s", qPrintable(report.table()));
    std::printf("load average at start %s, at end %s\n",
                qPrintable(runInfo.value(QLatin1String("loadAverageAtStart")).toString()),
                qPrintable(runInfo.value(QLatin1String("loadAverageAtEnd")).toString()));
    std::fflush(stdout);
    QString error;
    const QString jsonPath = parser.value(jsonOption);
    if (!report.writeJson(jsonPath, &error)) {
        progress(QStringLiteral("cannot write %1: %2").arg(jsonPath, error));
        return 2;
    }
    progress(QStringLiteral("JSON written to %1").arg(jsonPath));
    if (parser.isSet(markdownOption)) {
        QFile md(parser.value(markdownOption));
        if (md.open(QIODevice::WriteOnly)) {
            md.write(report.markdownTable().toUtf8());
        }
    }
    // Only a figure that could not be measured fails the run; a missed target never does.
    for (const Figure &f : report.figures()) {
        if (!f.error.isEmpty()) {
            return 1;
        }
    }
    return 0;
}
