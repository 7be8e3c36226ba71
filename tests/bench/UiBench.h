#pragma once

#include "ChildProcess.h"
#include "Heartbeat.h"
#include "Report.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;
class QAbstractItemView;
class QPushButton;
class QTableView;

namespace lockbox {
class ApiClient;
class VersionsModel;
namespace ui {
class MainWindow;
}
} // namespace lockbox

namespace lockbox::bench {

class BareClient;
class PaintCounter;
class PaintLog;
class PaintTimeLog;

struct UiBenchOptions {
    int runs = 7;                    // passes over items 2–4 that count
    bool warmup = true;              // one more pass first, discarded (icons, fonts, caches, connections)
    int secrets = 10000;             // the generated folder
    QString workDir;                 // seed, settings, logs
    QList<double> minimalPeakRssMiB; // the memory baseline, from the cold-start runs
};

// Items 2–7 against the real MainWindow in this process (built as app/main.cpp builds it for the
// sandbox), talking to lockbox-emulator in a child process over loopback: first page of versions,
// all 1,000 versions (pages of 100 and 1,000), listing and filtering 10,000 secrets, the longest
// stall of the UI thread meanwhile, peak memory after them, and the requests one AddVersion makes.
// Each against a bare QNetworkAccessManager request of the same pages where it has a baseline.
class UiBench final : public QObject {
    Q_OBJECT
public:
    explicit UiBench(UiBenchOptions options, QObject *parent = nullptr);
    ~UiBench() override;
    Q_DISABLE_COPY_MOVE(UiBench)

    bool setUp(QString *error);
    // Appends figures 2–7 to the report (with an error in a figure that could not be measured).
    void run(Report &report);

private:
    struct Pass; // the samples of one pass over items 2–4

    bool waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what);
    void processFor(int ms);
    void settle();
    bool quiesce();
    double nowMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }

    bool showSecret(const QString &secretId);
    bool setPageSize(int pageSize);
    bool loadFolder(const QString &folderId, int expectedRows);

    bool firstPage(Pass &pass);
    bool allVersions(int pageSize, Pass &pass);
    bool listing(Pass &pass);
    bool filter(Pass &pass);
    bool addVersionRequests(int run, QJsonObject *details);
    void noteMemory(const QString &stage);
    void beginRun(const QString &item);
    double endRun();

    UiBenchOptions m_options;
    QString m_failure;
    QString m_profiledItem; // LOCKBOX_BENCH_CALLGRIND: the item whose runs callgrind collects
    QString m_paintLogItem; // LOCKBOX_BENCH_PAINTS: the item whose repaints are listed
    PaintLog *m_paintLog = nullptr;
    QString m_paintTimeItem; // LOCKBOX_BENCH_PAINTTIME: the item whose paint times are listed
    PaintTimeLog *m_paintTime = nullptr;
    QString m_runItem;
    QElapsedTimer m_clock;
    ChildServer m_emulator;
    Heartbeat m_heartbeat;
    std::unique_ptr<QSettings> m_settings;
    ApiClient *m_client = nullptr;
    BareClient *m_bare = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    VersionsModel *m_versions = nullptr;
    QTableView *m_table = nullptr;
    QAbstractItemView *m_secretsView = nullptr;
    QLineEdit *m_filter = nullptr;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_pageSize = nullptr;
    QPushButton *m_nextPage = nullptr;
    PaintCounter *m_tablePaints = nullptr;
    PaintCounter *m_secretsPaints = nullptr;
    int m_versionTotal = 0; // of the 1,000-version secret, as the server lists them

    // Every HTTP attempt of the application's client: (ms, "METHOD path").
    QList<std::pair<double, QString>> m_requests;
    double m_rssAfterShowMiB = -1;
    QJsonObject m_memoryStages; // RSS and heap in use at points of the run
};

} // namespace lockbox::bench
