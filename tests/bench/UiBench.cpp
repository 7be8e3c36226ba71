#include "UiBench.h"

#include "AddVersionDialog.h"
#include "ApiClient.h"
#include "BareClient.h"
#include "BenchProcInfo.h"
#include "CredentialProvider.h"
#include "MainWindow.h"
#include "SandboxSession.h"
#include "SeedMaker.h"
#include "VersionsModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cmath>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define LOCKBOX_BENCH_TOGGLE_COLLECT() CALLGRIND_TOGGLE_COLLECT
#else
#define LOCKBOX_BENCH_TOGGLE_COLLECT()
#endif

namespace lockbox::bench {

// Counts the paint events a widget (a view's viewport) receives.
class PaintCounter final : public QObject {
public:
    explicit PaintCounter(QWidget *target) : QObject(target) { target->installEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint) {
            ++m_count;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

// LOCKBOX_BENCH_PAINTTIME=<item>: how long each widget's paint events take in that item's runs, and
// each whole repaint (UpdateRequest: layout, every paint, the flush to the window system). Wall
// time, where callgrind counts instructions: it found a scroll bar that Qt draws with few
// instructions but in pieces on its thread pool (fix AG).
class PaintTimeLog final : public QObject {
public:
    using QObject::QObject;
    void start() {
        ++m_runs;
        m_clock.start();
        qApp->installEventFilter(this);
    }
    void stop() { qApp->removeEventFilter(this); }
    void print(const QString &item) const {
        QList<QPair<double, QString>> rows;
        for (auto it = m_ms.cbegin(); it != m_ms.cend(); ++it) {
            rows.append({it.value(), it.key()});
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        const double runs = std::max(1, m_runs);
        for (const auto &[ms, key] : rows) {
            qInfo("painttime %s: %7.3f ms %5.1f×  %s", qPrintable(item), ms / runs, m_count.value(key) / runs,
                  qPrintable(key));
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        const QEvent::Type type = event->type();
        if ((type != QEvent::Paint && type != QEvent::UpdateRequest) || !watched->isWidgetType() ||
            m_passing.contains(event)) {
            return false;
        }
        const auto *widget = static_cast<QWidget *>(watched);
        QString key = type == QEvent::UpdateRequest ? QStringLiteral("(every repaint of the window, flushed)")
                                                    : QString::fromLatin1(widget->metaObject()->className());
        if (type == QEvent::Paint) {
            // Named by the nearest widget with a name of ours (Qt's own start with "qt_").
            for (const QWidget *w = widget; w; w = w->parentWidget()) {
                if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"))) {
                    key += (w == widget ? QStringLiteral(" ") : QStringLiteral(" in ")) + w->objectName();
                    break;
                }
            }
        }
        // Delivered here, through the other filters, and timed; the original goes no further. (An
        // application filter installed after this one sees such an event twice.)
        m_passing.insert(event);
        const qint64 started = m_clock.nsecsElapsed();
        QCoreApplication::sendEvent(watched, event);
        m_ms[key] += double(m_clock.nsecsElapsed() - started) / 1e6;
        ++m_count[key];
        m_passing.remove(event);
        return true;
    }

private:
    QElapsedTimer m_clock;
    QSet<QEvent *> m_passing;
    QMap<QString, double> m_ms;
    QMap<QString, int> m_count;
    int m_runs = 0;
};

// LOCKBOX_BENCH_PAINTS=<item>: what that item's runs repaint (widget, event region) and which named
// widgets they move or resize, with counts, printed after the passes. For finding repaints an item
// does not need; the figures are not taken with it on.
class PaintLog final : public QObject {
public:
    using QObject::QObject;
    void start() { qApp->installEventFilter(this); }
    void stop() { qApp->removeEventFilter(this); }
    void print(const QString &item) const {
        for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
            qInfo("paints %s: %5d  %s", qPrintable(item), it.value(), qPrintable(it.key()));
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget) {
            return false;
        }
        const auto rect = [](const QRect &r) {
            return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
        };
        switch (event->type()) {
        case QEvent::Paint: {
            QString key = name(widget);
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region()) {
                key += QStringLiteral(" [") + rect(r) + QLatin1Char(']');
            }
            ++m_events[key];
            break;
        }
        case QEvent::Move:
        case QEvent::Resize:
            if (!widget->objectName().isEmpty()) {
                ++m_events[(event->type() == QEvent::Move ? QStringLiteral("moved ") : QStringLiteral("resized ")) +
                           name(widget) + QStringLiteral(" to ") + rect(widget->geometry())];
            }
            break;
        default:
            break;
        }
        return false;
    }

private:
    // Class and object name; for an unnamed widget, its parent's too.
    static QString name(const QWidget *w) {
        QString n = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        if (w->objectName().isEmpty() && w->parentWidget()) {
            n += QStringLiteral("in ") + name(w->parentWidget());
        }
        return n;
    }

    QMap<QString, int> m_events;
};

namespace {

constexpr int kWaitMs = 60000;
constexpr auto kPostgres = "e6qdemo0postgres0001"; // 6 versions: where the view rests between runs
constexpr auto kHistory = "e6qdemo0history00001";  // 1,000 versions
const QString kToken = QString::fromLatin1(ui::SandboxSession::kToken);
const QString kDemoFolder = QString::fromLatin1(ui::SandboxSession::kDemoFolderId);

QString s(const char *text) {
    return QString::fromLatin1(text);
}

QString versionsPath(const char *secretId) {
    return QStringLiteral("/lockbox/v1/secrets/%1/versions").arg(s(secretId));
}

double maxOf(const QList<double> &values) {
    return values.isEmpty() ? std::nan("") : *std::max_element(values.begin(), values.end());
}

} // namespace

struct UiBench::Pass {
    bool appFirst = true;
    double firstPage = -1, firstPageBare = -1, firstPageReply = -1;
    double all100 = -1, all100Bare = -1, all1000 = -1, all1000Bare = -1;
    double listing = -1, listingBare = -1;
    double filterNarrow = -1, filterWiden = -1;
    int filterNarrowRows = 0;
    QMap<QString, double> stalls; // item → the longest stall of its application run(s) in this pass

    void stall(const QString &item, double ms) { stalls[item] = std::max(stalls.value(item, 0.0), ms); }
    double longestStall() const {
        double m = 0;
        for (double v : stalls) {
            m = std::max(m, v);
        }
        return m;
    }
};

UiBench::UiBench(UiBenchOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_profiledItem(qEnvironmentVariable("LOCKBOX_BENCH_CALLGRIND")),
      m_paintLogItem(qEnvironmentVariable("LOCKBOX_BENCH_PAINTS")), m_paintLog(new PaintLog(this)),
      m_paintTimeItem(qEnvironmentVariable("LOCKBOX_BENCH_PAINTTIME")), m_paintTime(new PaintTimeLog(this)) {}

UiBench::~UiBench() {
    m_window.reset(); // before the client it uses
}

bool UiBench::waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            m_failure = QStringLiteral("timed out after %1 ms waiting for %2").arg(timeoutMs).arg(what);
            return false;
        }
        // The 1 ms heartbeat wakes this at least every millisecond.
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void UiBench::processFor(int ms) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
}

// What is pending now (delayed layouts, update requests, paints) is done when this returns.
void UiBench::settle() {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

// Nothing loading in the window, and nothing new for a while.
bool UiBench::quiesce() {
    auto *busy = m_window->findChild<QWidget *>(QStringLiteral("busyIndicator"));
    for (int round = 0; round < 3; ++round) {
        if (!waitUntil([&]() { return !m_versions->isLoading() && (!busy || busy->isHidden()); }, kWaitMs,
                       QStringLiteral("the window to finish loading"))) {
            return false;
        }
        const qsizetype before = m_requests.size();
        processFor(30);
        if (m_requests.size() == before && !m_versions->isLoading() && (!busy || busy->isHidden())) {
            return true;
        }
    }
    return true;
}

bool UiBench::setUp(QString *error) {
    m_clock.start();
    const QString seedPath = m_options.workDir + QStringLiteral("/bench-seed.json");
    // Made in a child process, so building 10,000 secrets never counts in this process's memory.
    QProcess seeder;
    seeder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    seeder.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--make-seed"), seedPath, QStringLiteral("--secrets"), QString::number(m_options.secrets)});
    if (!seeder.waitForFinished(120000) || seeder.exitStatus() != QProcess::NormalExit || seeder.exitCode() != 0) {
        *error = QStringLiteral("making the seed failed");
        return false;
    }
    if (!m_emulator.start(QStringLiteral(LOCKBOX_BENCH_EMULATOR),
                          {QStringLiteral("--seed"), seedPath, QStringLiteral("--token"), kToken},
                          m_options.workDir + QStringLiteral("/emulator-ui.log"), kWaitMs, error)) {
        return false;
    }

    // As SandboxSession does once its emulator is up.
    ClientConfig config;
    config.baseUrl = m_emulator.baseUrl();
    auto *credentials = new StaticTokenProvider(kToken, this);
    m_client = new ApiClient(config, credentials, this);
    connect(m_client, &ApiClient::requestFinished, this, [this](const QString &method, const QUrl &url) {
        m_requests.append({nowMs(), method + QLatin1Char(' ') + url.path()});
    });
    m_bare = new BareClient(m_emulator.baseUrl(), kToken.toLatin1(), this);
    m_heartbeat.start();

    // As app/main.cpp does when the sandbox is ready; settings in a fresh file (first start).
    m_settings = std::make_unique<QSettings>(m_options.workDir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    ui::MainWindowOptions options;
    options.folderId = kDemoFolder;
    options.sandbox = true;
    m_window = std::make_unique<ui::MainWindow>(m_client, options, m_settings.get());
    bool loaded = false;
    const auto connection =
        connect(m_window.get(), &ui::MainWindow::secretsLoaded, this, [&loaded]() { loaded = true; });
    m_window->show();
    const bool up = QTest::qWaitForWindowExposed(m_window.get(), kWaitMs) &&
                    waitUntil([&]() { return loaded; }, kWaitMs, QStringLiteral("the demo folder's secrets"));
    disconnect(connection);
    if (!up) {
        *error = QStringLiteral("the main window did not come up: ") + m_failure;
        return false;
    }

    m_versions = m_window->versionsModel();
    m_table = m_window->findChild<QTableView *>(QStringLiteral("versionsTableView"));
    m_secretsView = m_window->findChild<QAbstractItemView *>(QStringLiteral("secretsListView"));
    m_filter = m_window->findChild<QLineEdit *>(QStringLiteral("secretsFilterLineEdit"));
    m_folder = m_window->findChild<QLineEdit *>(QStringLiteral("folderLineEdit"));
    m_pageSize = m_window->findChild<QComboBox *>(QStringLiteral("pageSizeComboBox"));
    m_nextPage = m_window->findChild<QPushButton *>(QStringLiteral("loadNextPageButton"));
    if (!m_table || !m_secretsView || !m_filter || !m_folder || !m_pageSize || !m_nextPage) {
        *error = QStringLiteral("a widget of the main window was not found by its object name");
        return false;
    }
    m_tablePaints = new PaintCounter(m_table->viewport());
    m_secretsPaints = new PaintCounter(m_secretsView->viewport());
    if (!quiesce()) {
        *error = m_failure;
        return false;
    }
    m_rssAfterShowMiB = double(currentRssKib()) / 1024.0;
    noteMemory(QStringLiteral("1-windowShown"));

    // How many versions the server lists for the 1,000-version secret (destroyed ones included).
    int requests = 0;
    const auto total =
        m_bare->getAllPages(versionsPath(kHistory), {}, QStringLiteral("versions"), 1000, &requests, error);
    if (!total) {
        return false;
    }
    m_versionTotal = static_cast<int>(*total);
    return true;
}

// The heartbeat window of one application run; under callgrind (--collect-atstart=no) with
// LOCKBOX_BENCH_CALLGRIND=<item>, the instructions of that item's runs are the only ones collected.
void UiBench::beginRun(const QString &item) {
    m_runItem = item;
    if (item == m_profiledItem) {
        LOCKBOX_BENCH_TOGGLE_COLLECT();
    }
    if (item == m_paintLogItem) {
        m_paintLog->start();
    }
    if (item == m_paintTimeItem) {
        m_paintTime->start();
    }
    m_heartbeat.beginWindow();
}

double UiBench::endRun() {
    const double stall = m_heartbeat.endWindow();
    if (m_runItem == m_profiledItem) {
        LOCKBOX_BENCH_TOGGLE_COLLECT();
    }
    if (m_runItem == m_paintTimeItem) {
        m_paintTime->stop();
    }
    if (m_runItem == m_paintLogItem) {
        m_paintLog->stop();
    }
    m_runItem.clear();
    return stall;
}

void UiBench::noteMemory(const QString &stage) {
    if (m_memoryStages.contains(stage)) {
        return;
    }
    m_memoryStages.insert(stage, QJsonObject{{QStringLiteral("rssMiB"), double(currentRssKib()) / 1024.0},
                                             {QStringLiteral("heapInUseMiB"), double(heapInUseKib()) / 1024.0}});
}

bool UiBench::showSecret(const QString &secretId) {
    if (m_versions->secretId() == secretId && !m_versions->isLoading()) {
        return true;
    }
    if (!m_window->selectSecret(secretId)) {
        m_failure = QStringLiteral("secret %1 is not in the list").arg(secretId);
        return false;
    }
    return waitUntil([&]() { return m_versions->secretId() == secretId && m_versions->loadedPages() > 0; }, kWaitMs,
                     QStringLiteral("the versions of %1").arg(secretId)) &&
           quiesce();
}

bool UiBench::setPageSize(int pageSize) {
    if (m_versions->pageSize() == pageSize) {
        return true;
    }
    const int index = m_pageSize->findData(pageSize);
    if (index < 0) {
        m_failure = QStringLiteral("the page size combo box has no %1").arg(pageSize);
        return false;
    }
    m_pageSize->setCurrentIndex(index);
    return waitUntil([&]() { return m_versions->pageSize() == pageSize && !m_versions->isLoading(); }, kWaitMs,
                     QStringLiteral("page size %1").arg(pageSize)) &&
           quiesce();
}

// Types the folder id and presses Enter, as a user would; waits for the whole list.
bool UiBench::loadFolder(const QString &folderId, int expectedRows) {
    bool loaded = false;
    const auto connection =
        connect(m_window.get(), &ui::MainWindow::secretsLoaded, this, [&loaded]() { loaded = true; });
    m_folder->setText(folderId);
    QTest::keyClick(m_folder, Qt::Key_Return);
    const bool ok = waitUntil([&]() { return loaded; }, kWaitMs, QStringLiteral("folder %1").arg(folderId));
    disconnect(connection);
    if (!ok) {
        return false;
    }
    settle();
    if (expectedRows >= 0 && m_secretsView->model()->rowCount() != expectedRows) {
        m_failure = QStringLiteral("folder %1 shows %2 secrets, expected %3")
                        .arg(folderId)
                        .arg(m_secretsView->model()->rowCount())
                        .arg(expectedRows);
        return false;
    }
    return true;
}

// Item 2: selecting a secret → its first page of rows painted in the table.
bool UiBench::firstPage(Pass &pass) {
    auto app = [&]() {
        if (!showSecret(s(kPostgres))) {
            return false;
        }
        bool pageSeen = false;
        int paintsAtPage = 0;
        double replyAt = -1;
        const auto c1 = connect(m_versions, &VersionsModel::pageLoaded, this, [&]() {
            if (m_versions->secretId() == s(kHistory)) {
                pageSeen = true;
                paintsAtPage = m_tablePaints->count();
            }
        });
        const auto c2 = connect(m_client, &ApiClient::requestFinished, this, [&](const QString &, const QUrl &url) {
            if (url.path().contains(s(kHistory))) {
                replyAt = nowMs();
            }
        });
        beginRun(QStringLiteral("firstPage"));
        const double t0 = nowMs();
        m_window->selectSecret(s(kHistory));
        const bool ok = waitUntil(
            [&]() { return pageSeen && m_tablePaints->count() > paintsAtPage && m_table->model()->rowCount() > 0; },
            kWaitMs, QStringLiteral("the first page of versions in the view"));
        const double t1 = nowMs();
        pass.stall(QStringLiteral("firstPage"), endRun());
        disconnect(c1);
        disconnect(c2);
        pass.firstPage = t1 - t0;
        pass.firstPageReply = replyAt - t0;
        return ok;
    };
    auto bare = [&]() {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_versions->pageSize()));
        QString error;
        const double t0 = nowMs();
        const auto page = m_bare->getPage(versionsPath(kHistory), query, QStringLiteral("versions"), &error);
        pass.firstPageBare = nowMs() - t0;
        if (!page) {
            m_failure = error;
        }
        return page.has_value();
    };
    return pass.appFirst ? app() && bare() : bare() && app();
}

// Item 3: selecting the 1,000-version secret and loading every page with "Load Next Page" as soon
// as the previous one is in, until all rows are in the view.
bool UiBench::allVersions(int pageSize, Pass &pass) {
    double &appMs = pageSize == 100 ? pass.all100 : pass.all1000;
    double &bareMs = pageSize == 100 ? pass.all100Bare : pass.all1000Bare;
    auto app = [&]() {
        if (!showSecret(s(kPostgres)) || !setPageSize(pageSize)) {
            return false;
        }
        bool done = false;
        const auto connection = connect(m_versions, &VersionsModel::pageLoaded, this, [&]() {
            if (m_versions->secretId() != s(kHistory)) {
                return;
            }
            if (!m_versions->hasMorePages()) {
                done = true;
                return;
            }
            // Once the page's own updates ran, as a click would come.
            QTimer::singleShot(0, this, [this]() {
                if (m_nextPage->isEnabled()) {
                    m_nextPage->click();
                } else {
                    m_versions->loadNextPage();
                }
            });
        });
        beginRun(QStringLiteral("allVersions%1").arg(pageSize));
        const double t0 = nowMs();
        m_window->selectSecret(s(kHistory));
        bool ok = waitUntil([&]() { return done; }, kWaitMs, QStringLiteral("all versions, pages of %1").arg(pageSize));
        settle();
        const double t1 = nowMs();
        pass.stall(QStringLiteral("allVersions%1").arg(pageSize), endRun());
        noteMemory(QStringLiteral("2-allVersionsLoaded"));
        disconnect(connection);
        appMs = t1 - t0;
        if (ok && m_table->model()->rowCount() != m_versionTotal) {
            m_failure = QStringLiteral("the view shows %1 versions, the server lists %2")
                            .arg(m_table->model()->rowCount())
                            .arg(m_versionTotal);
            ok = false;
        }
        return ok;
    };
    auto bare = [&]() {
        QString error;
        int requests = 0;
        const double t0 = nowMs();
        const auto total =
            m_bare->getAllPages(versionsPath(kHistory), {}, QStringLiteral("versions"), pageSize, &requests, &error);
        bareMs = nowMs() - t0;
        if (!total) {
            m_failure = error;
        }
        return total.has_value();
    };
    return pass.appFirst ? app() && bare() : bare() && app();
}

// Item 4a: typing the big folder's id and Enter → all its secrets listed.
bool UiBench::listing(Pass &pass) {
    auto app = [&]() {
        if (!quiesce()) {
            return false;
        }
        beginRun(QStringLiteral("listing"));
        const double t0 = nowMs();
        const bool ok = loadFolder(s(kBenchFolderId), m_options.secrets);
        const double t1 = nowMs();
        pass.stall(QStringLiteral("listing"), endRun());
        noteMemory(QStringLiteral("3-bigFolderListed"));
        pass.listing = t1 - t0;
        return ok;
    };
    auto bare = [&]() {
        QString error;
        int requests = 0;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("folderId"), s(kBenchFolderId));
        const double t0 = nowMs();
        const auto total = m_bare->getAllPages(QStringLiteral("/lockbox/v1/secrets"), query, QStringLiteral("secrets"),
                                               1000, &requests, &error);
        pass.listingBare = nowMs() - t0;
        if (!total) {
            m_failure = error;
        } else if (*total != m_options.secrets) {
            m_failure = QStringLiteral("the bare walk found %1 secrets").arg(*total);
            return false;
        }
        return total.has_value();
    };
    // The application's run leaves the big folder shown, for the filter.
    return pass.appFirst ? app() && bare() : bare() && app();
}

// Item 4b: one keystroke in the filter box → the list repainted. A narrowing one ("7" on an empty
// filter: a third of 10,000 names) and a widening one (Backspace: all 10,000 back).
bool UiBench::filter(Pass &pass) {
    if (!quiesce()) {
        return false;
    }
    m_filter->setFocus();
    auto keystroke = [&](auto key, double *ms) {
        settle();
        const int paints = m_secretsPaints->count();
        beginRun(QStringLiteral("filter"));
        const double t0 = nowMs();
        QTest::keyClick(m_filter, key);
        const bool ok = waitUntil([&]() { return m_secretsPaints->count() > paints; }, kWaitMs,
                                  QStringLiteral("the secrets list to repaint after a keystroke"));
        const double t1 = nowMs();
        pass.stall(QStringLiteral("filter"), endRun());
        *ms = t1 - t0;
        return ok;
    };
    if (!keystroke('7', &pass.filterNarrow)) {
        return false;
    }
    pass.filterNarrowRows = m_secretsView->model()->rowCount();
    if (m_filter->text() != QLatin1String("7") || pass.filterNarrowRows >= m_options.secrets) {
        m_failure = QStringLiteral("the filter did not narrow the list (text \"%1\", %2 rows)")
                        .arg(m_filter->text())
                        .arg(pass.filterNarrowRows);
        return false;
    }
    if (!keystroke(Qt::Key_Backspace, &pass.filterWiden)) {
        return false;
    }
    if (m_secretsView->model()->rowCount() != m_options.secrets) {
        m_failure = QStringLiteral("Backspace left %1 rows").arg(m_secretsView->model()->rowCount());
        return false;
    }
    // Back to the demo folder for the next pass (not measured).
    return quiesce() && loadFolder(kDemoFolder, -1) && quiesce();
}

// Item 7: pressing OK in the Add Version dialog → the new version's row in the table; which HTTP
// requests the application sent meanwhile (and in the half second after), and what the emulator counted.
bool UiBench::addVersionRequests(int run, QJsonObject *details) {
    if (!showSecret(s(kPostgres)) || !quiesce()) {
        return false;
    }
    QString error;
    auto stats = [&]() -> qint64 {
        const auto body = m_bare->getRaw(QStringLiteral("/_emulator/stats"), {}, &error);
        return body ? QJsonDocument::fromJson(*body).object().value(QLatin1String("requests")).toInteger() : -1;
    };
    auto *action = m_window->findChild<QAction *>(QStringLiteral("addVersionAction"));
    if (!action) {
        m_failure = QStringLiteral("no addVersionAction");
        return false;
    }
    action->trigger();
    ui::AddVersionDialog *dialog = nullptr;
    if (!waitUntil(
            [&]() {
                dialog = m_window->findChild<ui::AddVersionDialog *>();
                return dialog && dialog->isVisible();
            },
            kWaitMs, QStringLiteral("the Add Version dialog"))) {
        return false;
    }
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionLineEdit"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
    if (!description || !ok) {
        m_failure = QStringLiteral("the Add Version dialog has no description field or OK button");
        return false;
    }
    description->setText(QStringLiteral("lockbox-bench run %1").arg(run)); // a description-only version
    if (!ok->isEnabled()) {
        m_failure = QStringLiteral("OK is disabled: %1").arg(dialog->validationProblems().join(QLatin1Char(' ')));
        return false;
    }
    const QString topBefore = m_versions->rowCount() > 0 ? m_versions->versionAt(0)->id : QString();
    const qint64 served0 = stats();
    settle();
    const qsizetype first = m_requests.size();
    const double t0 = nowMs();
    ok->click();
    const bool updated = waitUntil(
        [&]() {
            const auto top = m_versions->versionAt(0);
            return top && top->id != topBefore && m_versions->currentVersionId() == top->id;
        },
        kWaitMs, QStringLiteral("the added version's row"));
    const double t1 = nowMs();
    const qsizetype atRow = m_requests.size();
    processFor(500); // anything the window sends after the row is there counts against it too
    const qint64 served1 = stats();
    if (!updated || served0 < 0 || served1 < 0) {
        if (m_failure.isEmpty()) {
            m_failure = error;
        }
        return false;
    }
    QJsonArray untilRow;
    QJsonArray after;
    int mutations = 0;
    int polls = 0;
    int lists = 0;
    int others = 0;
    for (qsizetype i = first; i < m_requests.size(); ++i) {
        const QString &r = m_requests[i].second;
        (i < atRow ? untilRow : after).append(r);
        if (r.startsWith(QLatin1String("GET /operations/"))) {
            ++polls;
        } else if (!r.startsWith(QLatin1String("GET "))) {
            ++mutations;
        } else if (r.endsWith(QLatin1String("/versions")) || r.endsWith(QLatin1String("/lockbox/v1/secrets"))) {
            ++lists;
        } else {
            ++others;
        }
    }
    *details = QJsonObject{{QStringLiteral("untilRowUpdated"), untilRow},
                           {QStringLiteral("inHalfSecondAfter"), after},
                           {QStringLiteral("mutations"), mutations},
                           {QStringLiteral("operationPolls"), polls},
                           {QStringLiteral("listReloads"), lists},
                           {QStringLiteral("otherRequests"), others},
                           // Between the two stats requests, less the second one itself.
                           {QStringLiteral("emulatorServed"), served1 - served0 - 1},
                           {QStringLiteral("okToRowMs"), t1 - t0}};
    return waitUntil([&]() { return !m_window->findChild<ui::AddVersionDialog *>(); }, kWaitMs,
                     QStringLiteral("the dialog to close"));
}

void UiBench::run(Report &report) {
    Figure first{QStringLiteral("first_page"), QStringLiteral("2. First page of versions (100 rows)"),
                 QStringLiteral("ms")};
    first.baselineName = QStringLiteral("bare QNetworkAccessManager GET of the same page + QJsonDocument parse");
    first.target = QStringLiteral("≤ 1.2× and ≤ +5 ms");
    Figure all100{QStringLiteral("all_versions_page100"), QStringLiteral("3a. All 1,000 versions, pages of 100"),
                  QStringLiteral("ms")};
    Figure all1000{QStringLiteral("all_versions_page1000"), QStringLiteral("3b. All 1,000 versions, pages of 1,000"),
                   QStringLiteral("ms")};
    for (Figure *f : {&all100, &all1000}) {
        f->baselineName = QStringLiteral("bare sequential paging of the same pages");
        f->target = QStringLiteral("≤ 1.2×");
    }
    Figure listingFig{QStringLiteral("secrets_listing"), QStringLiteral("4a. List %L1 secrets").arg(m_options.secrets),
                      QStringLiteral("ms")};
    listingFig.baselineName = QStringLiteral("bare sequential paging, pages of 1,000");
    listingFig.target = QStringLiteral("≤ 1.2×");
    Figure narrow{QStringLiteral("filter_keystroke_narrow"), QStringLiteral("4b. Filter keystroke → view (narrowing)"),
                  QStringLiteral("ms")};
    Figure widen{QStringLiteral("filter_keystroke_widen"),
                 QStringLiteral("4c. Filter keystroke → view (Backspace, all rows)"), QStringLiteral("ms")};
    for (Figure *f : {&narrow, &widen}) {
        f->target = QStringLiteral("≤ 16 ms");
    }
    Figure stall{QStringLiteral("ui_stall"), QStringLiteral("5. Longest UI-thread stall, items 2–4"),
                 QStringLiteral("ms")};
    stall.target = QStringLiteral("≤ 16 ms");
    stall.note = QStringLiteral("per pass over items 2–4, the longest gap between ticks of a 1 ms heartbeat timer "
                                "during the application's runs");
    Figure memory{QStringLiteral("peak_rss"), QStringLiteral("6. Peak RSS after items 2–4"), QStringLiteral("MiB")};
    memory.baselineName = QStringLiteral("bench_minimal_app peak RSS at its first frame");
    memory.ratioIsDifference = true;
    memory.target = QStringLiteral("≤ +30 MiB");
    Figure requests{QStringLiteral("add_version_requests"),
                    QStringLiteral("7. HTTP requests for one AddVersion (OK → row)"), QStringLiteral("requests")};
    requests.target = QStringLiteral("1 mutation + needed polls, no reloads");
    QList<Figure *> uiFigures{&first, &all100, &all1000, &listingFig, &narrow, &widen, &stall, &memory, &requests};

    auto failAll = [&](const QString &why) {
        for (Figure *f : uiFigures) {
            if (f->samples.isEmpty()) {
                f->error = why;
            }
            report.add(*f);
        }
    };

    QList<Pass> passes;
    QList<double> filterRows;
    const int total = m_options.runs + (m_options.warmup ? 1 : 0);
    for (int i = 0; i < total; ++i) {
        Pass pass;
        pass.appFirst = i % 2 == 0;
        const bool ok = firstPage(pass) && allVersions(100, pass) && allVersions(1000, pass) && setPageSize(100) &&
                        listing(pass) && filter(pass);
        if (!ok) {
            failAll(QStringLiteral("pass %1: %2").arg(i).arg(m_failure));
            return;
        }
        if (!m_options.warmup || i > 0) {
            passes << pass;
        }
    }
    const double peakMiB = double(peakRssKib()) / 1024.0;
    noteMemory(QStringLiteral("4-afterItems2to4"));
    if (!m_paintTimeItem.isEmpty()) {
        m_paintTime->print(m_paintTimeItem);
    }
    if (!m_paintLogItem.isEmpty()) {
        m_paintLog->print(m_paintLogItem);
    }

    QMap<QString, QList<double>> stallsByItem;
    QList<double> replyMs;
    for (const Pass &p : passes) {
        first.samples << p.firstPage;
        first.baselineSamples << p.firstPageBare;
        replyMs << p.firstPageReply;
        all100.samples << p.all100;
        all100.baselineSamples << p.all100Bare;
        all1000.samples << p.all1000;
        all1000.baselineSamples << p.all1000Bare;
        listingFig.samples << p.listing;
        listingFig.baselineSamples << p.listingBare;
        narrow.samples << p.filterNarrow;
        widen.samples << p.filterWiden;
        filterRows << p.filterNarrowRows;
        stall.samples << p.longestStall();
        for (auto it = p.stalls.begin(); it != p.stalls.end(); ++it) {
            stallsByItem[it.key()] << it.value();
        }
    }
    const auto ratioMet = [](const Figure &f, double limit) {
        const auto r = f.ratio();
        return r ? std::optional<bool>(*r <= limit) : std::nullopt;
    };
    const double firstOver = medianOf(first.samples) - medianOf(first.baselineSamples);
    first.met = ratioMet(first, 1.2).value_or(false) && firstOver <= 5.0;
    first.extra.insert(QStringLiteral("medianOverBaselineMs"), firstOver);
    first.extra.insert(QStringLiteral("selectToReplyMedianMs"), medianOf(replyMs));
    first.note = QStringLiteral("selectSecret → pageLoaded → the table's viewport painted; selectToReply: until the "
                                "client's reply arrived");
    all100.met = ratioMet(all100, 1.2);
    all1000.met = ratioMet(all1000, 1.2);
    all100.extra.insert(QStringLiteral("versions"), m_versionTotal);
    all1000.extra.insert(QStringLiteral("versions"), m_versionTotal);
    listingFig.met = ratioMet(listingFig, 1.2);
    listingFig.note = QStringLiteral("folder id typed + Enter → MainWindow::secretsLoaded and the view updated");
    narrow.met = medianOf(narrow.samples) <= 16.0;
    narrow.extra.insert(QStringLiteral("rowsAfter"), medianOf(filterRows));
    narrow.note = QStringLiteral("key \"7\" on an empty filter → the list's viewport painted");
    widen.met = medianOf(widen.samples) <= 16.0;
    widen.note = QStringLiteral("Backspace back to an empty filter → the list's viewport painted");
    stall.met = medianOf(stall.samples) <= 16.0;
    stall.extra.insert(QStringLiteral("worstMs"), maxOf(stall.samples));
    QJsonObject byItem;
    for (auto it = stallsByItem.begin(); it != stallsByItem.end(); ++it) {
        byItem.insert(it.key(), QJsonObject{{QStringLiteral("median"), medianOf(it.value())},
                                            {QStringLiteral("max"), maxOf(it.value())}});
    }
    stall.extra.insert(QStringLiteral("byItem"), byItem);

    memory.samples << peakMiB;
    memory.baselineSamples = m_options.minimalPeakRssMiB;
    memory.extra.insert(QStringLiteral("rssAfterWindowShownMiB"), m_rssAfterShowMiB);
    memory.extra.insert(QStringLiteral("stages"), m_memoryStages);
    memory.note = QStringLiteral("VmHWM of the benchmark process (the window, its client, the bare client; the "
                                 "emulator is another process)");
    if (memory.hasBaseline()) {
        memory.met = *memory.ratio() <= 30.0;
    } else {
        memory.note += QStringLiteral("; no baseline (cold start not run)");
    }

    // Item 7 (after the memory figure: its dialogs are not part of items 2–4).
    QJsonArray runs;
    bool requestsOk = true;
    const int addRuns = std::max(1, std::min(m_options.runs, 5));
    for (int i = 0; i < addRuns; ++i) {
        QJsonObject details;
        if (!addVersionRequests(i, &details)) {
            requests.error = m_failure;
            requestsOk = false;
            break;
        }
        requests.samples << double(details.value(QLatin1String("untilRowUpdated")).toArray().size());
        runs.append(details);
        const bool good = details.value(QLatin1String("mutations")).toInt() == 1 &&
                          details.value(QLatin1String("listReloads")).toInt() == 0 &&
                          details.value(QLatin1String("otherRequests")).toInt() == 0 &&
                          details.value(QLatin1String("operationPolls")).toInt() == 0 &&
                          details.value(QLatin1String("inHalfSecondAfter")).toArray().isEmpty();
        requests.met = requests.met.value_or(true) && good;
    }
    if (requestsOk) {
        requests.extra.insert(QStringLiteral("runs"), runs);
        requests.note = QStringLiteral("client-side count until the row is updated; the emulator's count and the half "
                                       "second after are in extra. The emulator answers AddVersion with a done "
                                       "operation, so no poll is needed");
    }
    for (Figure *f : uiFigures) {
        report.add(*f);
    }
}

} // namespace lockbox::bench
