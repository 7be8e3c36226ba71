#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace lockbox::bench {

// Sample statistics: the minimum and the median (the mean of the two middle values for an even count).
double minOf(const QList<double> &values);
double medianOf(const QList<double> &values);

// One row of the table: the measured samples, the baseline's (if any), the target and whether it is met.
struct Figure {
    Figure() = default;
    Figure(QString figureId, QString figureTitle, QString figureUnit)
        : id(std::move(figureId)), title(std::move(figureTitle)), unit(std::move(figureUnit)) {}

    QString id;    // stable key in the JSON
    QString title; // row label in the table
    QString unit;  // "ms", "MiB", "requests", "req/s"
    QList<double> samples;
    QString baselineName;
    QList<double> baselineSamples;
    // How "ratio" is formed: median / baseline median (the default), or the difference, for memory.
    bool ratioIsDifference = false;
    QString target; // in words, as in the issue
    std::optional<bool> met;
    QString note;
    QString error; // set when the figure could not be measured
    QJsonObject extra;
    QStringList details; // lines printed under the table (and in the markdown), such as a breakdown

    bool hasBaseline() const { return !baselineSamples.isEmpty(); }
    std::optional<double> ratio() const;       // from the medians
    std::optional<double> ratioOfMins() const; // from the minima: steadier on a busy machine
    QJsonObject toJson() const;
};

struct MachineInfo {
    QString cpuModel;
    int cores = 0;
    qint64 memoryMiB = 0;
    QString kernel;
    QString os;
    QString qtVersion;
    QString platform;
    QString platformNote; // offscreen or xcb, and what that means for the figures
    static MachineInfo collect();
    QJsonObject toJson() const;
};

class Report final {
public:
    void setMachine(MachineInfo machine) { m_machine = std::move(machine); }
    void setRunInfo(QJsonObject info) { m_runInfo = std::move(info); }
    void add(Figure figure) { m_figures.append(std::move(figure)); }
    const QList<Figure> &figures() const { return m_figures; }

    QString table() const;         // fixed-width text for stdout
    QString markdownTable() const; // the same rows for the README
    QJsonObject toJson() const;
    bool writeJson(const QString &path, QString *error) const;

private:
    MachineInfo m_machine;
    QJsonObject m_runInfo;
    QList<Figure> m_figures;
};

} // namespace lockbox::bench
