#include "Report.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace lockbox::bench {

double minOf(const QList<double> &values) {
    return values.isEmpty() ? std::nan("") : *std::min_element(values.begin(), values.end());
}

double medianOf(const QList<double> &values) {
    if (values.isEmpty()) {
        return std::nan("");
    }
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

namespace {

QJsonValue number(double v) {
    return std::isfinite(v) ? QJsonValue(std::round(v * 1000.0) / 1000.0) : QJsonValue(QJsonValue::Null);
}

QJsonArray numbers(const QList<double> &values) {
    QJsonArray out;
    for (double v : values) {
        out.append(number(v));
    }
    return out;
}

QString format(double v, const QString &unit) {
    if (!std::isfinite(v)) {
        return QStringLiteral("–");
    }
    if (unit == QLatin1String("requests") || unit == QLatin1String("req/s")) {
        return QString::number(qRound64(v));
    }
    if (unit == QLatin1String("ms") && std::abs(v) < 10) {
        return QString::number(v, 'f', 2);
    }
    return QString::number(v, 'f', 1);
}

QString formatRatio(const Figure &f, const std::optional<double> &r) {
    if (!r) {
        return QStringLiteral("–");
    }
    if (f.ratioIsDifference) {
        return (*r >= 0 ? QStringLiteral("+") : QString()) + QString::number(*r, 'f', 1) + QLatin1Char(' ') + f.unit;
    }
    return QString::number(*r, 'f', 2) + QStringLiteral("×");
}

QString readCpuModel() {
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("unknown");
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name")) {
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown");
}

qint64 readMemoryMiB() {
    QFile file(QStringLiteral("/proc/meminfo"));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("MemTotal:")) {
            return line.mid(9).simplified().split(' ').value(0).toLongLong() / 1024;
        }
    }
    return 0;
}

} // namespace

std::optional<double> Figure::ratio() const {
    if (!hasBaseline() || samples.isEmpty()) {
        return std::nullopt;
    }
    const double m = medianOf(samples);
    const double b = medianOf(baselineSamples);
    if (ratioIsDifference) {
        return m - b;
    }
    if (b == 0) {
        return std::nullopt;
    }
    return m / b;
}

std::optional<double> Figure::ratioOfMins() const {
    if (!hasBaseline() || samples.isEmpty()) {
        return std::nullopt;
    }
    const double m = minOf(samples);
    const double b = minOf(baselineSamples);
    if (ratioIsDifference) {
        return m - b;
    }
    if (b == 0) {
        return std::nullopt;
    }
    return m / b;
}

QJsonObject Figure::toJson() const {
    QJsonObject o{{QStringLiteral("title"), title},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("samples"), numbers(samples)},
                  {QStringLiteral("min"), number(minOf(samples))},
                  {QStringLiteral("median"), number(medianOf(samples))},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("met"), met ? QJsonValue(*met) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("note"), note},
                  {QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
                  {QStringLiteral("extra"), extra}};
    if (hasBaseline()) {
        o.insert(QStringLiteral("baseline"),
                 QJsonObject{{QStringLiteral("name"), baselineName},
                             {QStringLiteral("samples"), numbers(baselineSamples)},
                             {QStringLiteral("min"), number(minOf(baselineSamples))},
                             {QStringLiteral("median"), number(medianOf(baselineSamples))}});
    } else {
        o.insert(QStringLiteral("baseline"), QJsonValue(QJsonValue::Null));
    }
    const auto r = ratio();
    o.insert(QStringLiteral("ratio"), r ? number(*r) : QJsonValue(QJsonValue::Null));
    const auto rm = ratioOfMins();
    o.insert(QStringLiteral("ratioOfMins"), rm ? number(*rm) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("ratioKind"), ratioIsDifference ? QStringLiteral("difference") : QStringLiteral("ratio"));
    return o;
}

MachineInfo MachineInfo::collect() {
    MachineInfo m;
    m.cpuModel = readCpuModel();
    m.cores = QThread::idealThreadCount();
    m.memoryMiB = readMemoryMiB();
    m.kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    m.os = QSysInfo::prettyProductName();
    m.qtVersion = QString::fromLatin1(qVersion());
    m.platform = QGuiApplication::platformName();
    if (m.platform == QLatin1String("offscreen")) {
        m.platformNote = QStringLiteral("offscreen platform (CI / --quick): painting goes to memory, no X server");
    } else if (m.platform == QLatin1String("xcb")) {
        m.platformNote = QStringLiteral("xcb: a real X server (Xvfb for the README table)");
    } else {
        m.platformNote = m.platform;
    }
    return m;
}

QJsonObject MachineInfo::toJson() const {
    return {{QStringLiteral("cpuModel"), cpuModel},
            {QStringLiteral("cores"), cores},
            {QStringLiteral("memoryMiB"), memoryMiB},
            {QStringLiteral("kernel"), kernel},
            {QStringLiteral("os"), os},
            {QStringLiteral("qtVersion"), qtVersion},
            {QStringLiteral("platform"), platform},
            {QStringLiteral("platformNote"), platformNote}};
}

QString Report::table() const {
    struct Row {
        QStringList cells;
    };
    const QStringList header{QStringLiteral("figure"), QStringLiteral("unit"),         QStringLiteral("min"),
                             QStringLiteral("median"), QStringLiteral("baseline min"), QStringLiteral("baseline med"),
                             QStringLiteral("ratio"),  QStringLiteral("ratio (mins)"), QStringLiteral("target"),
                             QStringLiteral("met")};
    QList<QStringList> rows{header};
    for (const Figure &f : m_figures) {
        QStringList cells;
        cells << f.title << f.unit;
        if (!f.error.isEmpty()) {
            cells << QStringLiteral("error") << QStringLiteral("–") << QStringLiteral("–") << QStringLiteral("–")
                  << QStringLiteral("–") << QStringLiteral("–") << f.target << QStringLiteral("n/a");
            rows << cells;
            continue;
        }
        cells << format(minOf(f.samples), f.unit) << format(medianOf(f.samples), f.unit);
        if (f.hasBaseline()) {
            cells << format(minOf(f.baselineSamples), f.unit) << format(medianOf(f.baselineSamples), f.unit);
        } else {
            cells << QStringLiteral("–") << QStringLiteral("–");
        }
        cells << formatRatio(f, f.ratio()) << formatRatio(f, f.ratioOfMins());
        cells << f.target << (f.met ? (*f.met ? QStringLiteral("yes") : QStringLiteral("NO")) : QStringLiteral("n/a"));
        rows << cells;
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &cells : rows) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            widths[i] = std::max(widths[i], cells[i].size());
        }
    }
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList padded;
        for (qsizetype i = 0; i < rows[r].size(); ++i) {
            padded << (i == 0 || i == 1 || i == 8 ? rows[r][i].leftJustified(widths[i])
                                                  : rows[r][i].rightJustified(widths[i]));
        }
        out += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
        if (r == 0) {
            QStringList rules;
            for (qsizetype w : widths) {
                rules << QString(w, QLatin1Char('-'));
            }
            out += rules.join(QStringLiteral("  ")) + QLatin1Char('\n');
        }
    }
    for (const Figure &f : m_figures) {
        if (!f.error.isEmpty()) {
            out += QStringLiteral("error in %1: %2\n").arg(f.id, f.error);
        }
        for (const QString &line : f.details) {
            out += line + QLatin1Char('\n');
        }
    }
    out += QStringLiteral("machine: %1, %2 cores, %3 MiB, %4, Qt %5, platform %6\n")
               .arg(m_machine.cpuModel)
               .arg(m_machine.cores)
               .arg(m_machine.memoryMiB)
               .arg(m_machine.os, m_machine.qtVersion, m_machine.platformNote);
    return out;
}

QString Report::markdownTable() const {
    QString out = QStringLiteral("| figure | min | median | baseline min | baseline median | ratio | ratio (mins) | "
                                 "target | met |\n|---|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (const Figure &f : m_figures) {
        const QString unit = QLatin1Char(' ') + f.unit;
        if (!f.error.isEmpty()) {
            out += QStringLiteral("| %1 | error | | | | | | %2 | n/a |\n").arg(f.title, f.target);
            continue;
        }
        const QString baseMin =
            f.hasBaseline() ? QString(format(minOf(f.baselineSamples), f.unit) + unit) : QStringLiteral("–");
        const QString baseMedian =
            f.hasBaseline() ? QString(format(medianOf(f.baselineSamples), f.unit) + unit) : QStringLiteral("–");
        const QString met = f.met ? (*f.met ? QStringLiteral("yes") : QStringLiteral("**no**")) : QStringLiteral("n/a");
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                   .arg(f.title, format(minOf(f.samples), f.unit) + unit, format(medianOf(f.samples), f.unit) + unit,
                        baseMin, baseMedian, formatRatio(f, f.ratio()), formatRatio(f, f.ratioOfMins()), f.target, met);
    }
    QString details;
    for (const Figure &f : m_figures) {
        for (const QString &line : f.details) {
            details += QStringLiteral("- ") + line + QLatin1Char('\n');
        }
    }
    if (!details.isEmpty()) {
        out += QLatin1Char('\n') + details;
    }
    return out;
}

QJsonObject Report::toJson() const {
    QJsonObject figures;
    QJsonArray order;
    int met = 0;
    int missed = 0;
    int errors = 0;
    for (const Figure &f : m_figures) {
        figures.insert(f.id, f.toJson());
        order.append(f.id);
        if (!f.error.isEmpty()) {
            ++errors;
        } else if (f.met && *f.met) {
            ++met;
        } else if (f.met) {
            ++missed;
        }
    }
    return {{QStringLiteral("schema"), QStringLiteral("lockbox-bench/1")},
            {QStringLiteral("run"), m_runInfo},
            {QStringLiteral("machine"), m_machine.toJson()},
            {QStringLiteral("figureOrder"), order},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("met"), met},
                                                    {QStringLiteral("missed"), missed},
                                                    {QStringLiteral("errors"), errors}}},
            {QStringLiteral("markdownTable"), markdownTable()}};
}

bool Report::writeJson(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace lockbox::bench
