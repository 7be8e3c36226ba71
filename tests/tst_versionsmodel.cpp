// VersionsModel against the in-process emulator, watched by QAbstractItemModelTester throughout.
#include "EmulatorStore.h"
#include "TestSupport.h"
#include "VersionsModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

using namespace lockbox;

namespace {

constexpr auto kPostgres = "e6qdemo0postgres0001";
constexpr auto kHistory = "e6qdemo0history00001";

QString s(const char *text) {
    return QString::fromLatin1(text);
}

QString pg(int n) {
    return QStringLiteral("e6qv0pgmain%1").arg(n, 9, 10, QLatin1Char('0'));
}

} // namespace

class TestVersionsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void emptySecretSendsNothing();
    void firstPage();
    void paging();
    void nextPageAskedWhileLoading();
    void pageSizeIsClamped();
    void headers();
    void statusesAndDestroyTimes();
    void relativeDestroyTimes();
    void applyVersion();
    void currentVersionMoves();
    void staleAnswersAreDropped();
    void loadFailure();
    void neverHoldsSecretValues();

private:
    bool waitForPage(int timeoutMs = 10000);

    std::unique_ptr<emulator::Emulator> m_emu;
    std::unique_ptr<StaticTokenProvider> m_token;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<VersionsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_pages;
    std::unique_ptr<QSignalSpy> m_failures;
};

void TestVersionsModel::init() {
    m_emu = lockbox::test::startEmulator();
    QVERIFY(m_emu);
    m_token = std::make_unique<StaticTokenProvider>(s(lockbox::test::kAdminToken));
    m_client = std::make_unique<ApiClient>(lockbox::test::clientConfigFor(*m_emu), m_token.get());
    m_model = std::make_unique<VersionsModel>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pages = std::make_unique<QSignalSpy>(m_model.get(), &VersionsModel::pageLoaded);
    m_failures = std::make_unique<QSignalSpy>(m_model.get(), &VersionsModel::loadFailed);
}

void TestVersionsModel::cleanup() {
    m_pages.reset();
    m_failures.reset();
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_emu.reset();
}

bool TestVersionsModel::waitForPage(int timeoutMs) {
    const qsizetype before = m_pages->size();
    return m_pages->size() > before || m_pages->wait(timeoutMs);
}

void TestVersionsModel::emptySecretSendsNothing() {
    m_model->setSecret(QString(), QString());
    QVERIFY(!m_model->isLoading());
    m_model->loadNextPage();
    m_model->reload();
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QTest::qWait(100);
    QCOMPARE(m_emu->requestCount(), qint64(0));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(VersionsModel::ColumnCount));
}

void TestVersionsModel::firstPage() {
    QSignalSpy loading(m_model.get(), &VersionsModel::loadingChanged);
    m_model->setSecret(s(kPostgres), pg(6));
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore(QModelIndex())); // nothing more while the first page is on its way
    QVERIFY(waitForPage());
    QVERIFY(!m_model->isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QCOMPARE(m_pages->first().at(0).toInt(), 0);
    QCOMPARE(m_pages->first().at(1).toInt(), 6);

    QCOMPARE(m_model->rowCount(), 6);
    for (int row = 0; row < 6; ++row) { // newest first
        QCOMPARE(m_model->index(row, VersionsModel::IdColumn).data().toString(), pg(6 - row));
        QCOMPARE(m_model->rowOfVersion(pg(6 - row)), row);
    }
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QVERIFY(!m_model->hasMorePages());
    QCOMPARE(m_model->loadedPages(), 1);
    QCOMPARE(m_emu->requestCount(), qint64(1));

    const QModelIndex keys = m_model->index(0, VersionsModel::KeysColumn);
    QCOMPARE(keys.data().toString(), s("host, port, user, password"));
    QCOMPARE(keys.data(Qt::ToolTipRole).toString(), s("host\nport\nuser\npassword"));
    QCOMPARE(keys.data(VersionsModel::RawValueRole).toStringList(),
             (QStringList{s("host"), s("port"), s("user"), s("password")}));
    QVERIFY(m_model->index(3, VersionsModel::KeysColumn).data().toString().contains(s("sslmode")));

    // the current version is marked, and only it
    QCOMPARE(m_model->index(0, VersionsModel::CurrentColumn).data().toString(), s("Current"));
    QVERIFY(m_model->index(0, VersionsModel::IdColumn).data(VersionsModel::IsCurrentRole).toBool());
    for (int row = 1; row < 6; ++row) {
        QVERIFY(m_model->index(row, VersionsModel::CurrentColumn).data().toString().isEmpty());
        QVERIFY(!m_model->index(row, VersionsModel::IdColumn).data(VersionsModel::IsCurrentRole).toBool());
    }

    const QModelIndex created = m_model->index(0, VersionsModel::CreatedColumn);
    const QDateTime createdAt = created.data(VersionsModel::RawValueRole).toDateTime();
    QVERIFY(createdAt.isValid());
    QCOMPARE(created.data().toString(), QLocale().toString(createdAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(created.data(VersionsModel::SortRole).toDateTime(), createdAt);
    // newer versions were created later
    QVERIFY(m_model->index(5, VersionsModel::CreatedColumn).data(VersionsModel::SortRole).toDateTime() <= createdAt);

    const auto version = m_model->index(0, 0).data(VersionsModel::VersionRole).value<Version>();
    QCOMPARE(version.id, pg(6));
    QCOMPARE(version.secretId, s(kPostgres));
    QCOMPARE(m_model->versionAt(0)->id, pg(6));
    QVERIFY(!m_model->versionAt(6).has_value());
    QVERIFY(!m_model->versionAt(-1).has_value());
}

void TestVersionsModel::paging() {
    // QAbstractItemModelTester calls fetchMore() after every insertion, which would pull every page at
    // once; pageSizeIsClamped() covers that cascade. Here the pages are asked for one by one.
    m_tester.reset();
    m_model->setPageSize(2);
    m_model->setSecret(s(kPostgres), pg(6));
    QVERIFY(waitForPage());
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->hasMorePages());
    QVERIFY(m_model->canFetchMore(QModelIndex()));
    QVERIFY(!m_model->canFetchMore(m_model->index(0, 0))); // a table: children never

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore(QModelIndex());
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    m_model->fetchMore(QModelIndex()); // ignored while loading: no second request for the same page
    QVERIFY(waitForPage());
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(inserted.first().at(2).toInt(), 3);
    QCOMPARE(m_model->index(2, 0).data().toString(), pg(4));

    m_model->loadNextPage();
    QVERIFY(waitForPage());
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->index(5, 0).data().toString(), pg(1));
    QCOMPARE(m_model->loadedPages(), 3);
    QVERIFY(!m_model->hasMorePages());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QCOMPARE(m_emu->requestCount(), qint64(3));

    // every id exactly once
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ids.insert(m_model->index(row, 0).data().toString());
    }
    QCOMPARE(ids.size(), 6);

    // a new page size starts over
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setPageSize(4);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(waitForPage());
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->loadedPages(), 1);

    // 1,000 versions, page by page
    m_model->setPageSize(300);
    m_model->setSecret(s(kHistory), QString());
    while (m_model->rowCount() < 1000) {
        QVERIFY(waitForPage());
        if (m_model->canFetchMore(QModelIndex())) {
            m_model->fetchMore(QModelIndex());
        } else {
            break;
        }
    }
    QCOMPARE(m_model->rowCount(), 1000);
    QCOMPARE(m_model->loadedPages(), 4);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
}

void TestVersionsModel::pageSizeIsClamped() {
    m_model->setPageSize(0);
    QCOMPARE(m_model->pageSize(), 1);
    m_model->setPageSize(-5);
    QCOMPARE(m_model->pageSize(), 1);
    m_model->setPageSize(5000);
    QCOMPARE(m_model->pageSize(), 1000);
    QCOMPARE(m_emu->requestCount(), qint64(0)); // no secret: nothing to reload

    m_model->setPageSize(1);
    m_model->setSecret(s(kPostgres), pg(6));
    QVERIFY(waitForPage());
    QCOMPARE(m_pages->first().at(1).toInt(), 1);
    // The tester asks for more after each insertion, as a view scrolled to the end would.
    QTRY_COMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->loadedPages(), 6);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_emu->requestCount(), qint64(6));
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(m_model->index(row, 0).data().toString(), pg(6 - row));
    }
}

void TestVersionsModel::headers() {
    const QStringList expected{s("ID"),          s("Created"), s("Status"), s("Destroy at"),
                               s("Description"), s("Keys"),    s("Current")};
    for (int column = 0; column < VersionsModel::ColumnCount; ++column) {
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }
}

void TestVersionsModel::statusesAndDestroyTimes() {
    m_model->setPageSize(1000);
    m_model->setSecret(s(kHistory), QString());
    QVERIFY(waitForPage());
    QCOMPARE(m_model->rowCount(), 1000);

    static const QRegularExpression utcRe(QStringLiteral(R"(^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$)"));
    const QDateTime now = m_emu->store()->now();
    m_model->setNowOverride(now);
    QMap<QString, int> seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex status = m_model->index(row, VersionsModel::StatusColumn);
        const QString name = status.data(VersionsModel::RawValueRole).toString();
        const QString text = status.data().toString();
        const int order = status.data(VersionsModel::SortRole).toInt();
        ++seen[name];
        const QModelIndex destroy = m_model->index(row, VersionsModel::DestroyAtColumn);
        const QDateTime destroyAt = destroy.data(VersionsModel::RawValueRole).toDateTime();
        if (name == s("ACTIVE")) {
            QCOMPARE(text, s("Active"));
            QCOMPARE(order, 0);
            QVERIFY(destroy.data().toString().isEmpty());
            QVERIFY(!destroy.data(Qt::ToolTipRole).isValid());
        } else if (name == s("SCHEDULED_FOR_DESTRUCTION")) {
            QCOMPARE(text, s("Scheduled for destruction"));
            QCOMPARE(order, 1);
            QVERIFY(destroyAt.isValid());
            QVERIFY(destroyAt > now); // the emulator destroys what is due
            const QString display = destroy.data().toString();
            QVERIFY2(display.startsWith(QLocale().toString(destroyAt.toLocalTime(), QLocale::ShortFormat)),
                     qPrintable(display));
            QVERIFY2(display.contains(s("in ")), qPrintable(display));
            const QString tip = destroy.data(Qt::ToolTipRole).toString();
            QVERIFY2(utcRe.match(tip).hasMatch(), qPrintable(tip));
            QCOMPARE(tip, destroyAt.toUTC().toString(s("yyyy-MM-dd HH:mm:ss")) + s(" UTC"));
            QCOMPARE(destroy.data(VersionsModel::SortRole).toDateTime(), destroyAt);
        } else if (name == s("DESTROYED")) {
            QCOMPARE(text, s("Destroyed"));
            QCOMPARE(order, 2);
            QVERIFY(!destroy.data().toString().contains(s("in ")));
        } else {
            QFAIL(qPrintable(s("unexpected status ") + name));
        }
    }
    QVERIFY(seen.value(s("ACTIVE")) > 0);
    QVERIFY(seen.value(s("SCHEDULED_FOR_DESTRUCTION")) > 0);
    QVERIFY(seen.value(s("DESTROYED")) > 0);
}

void TestVersionsModel::relativeDestroyTimes() {
    m_model->setSecret(s(kPostgres), pg(6));
    QVERIFY(waitForPage());
    const QDateTime now(QDate(2031, 5, 10), QTime(12, 0), QTimeZone::utc());
    m_model->setNowOverride(now);

    Version v;
    v.id = s("e6qvsynthetic0000001");
    v.secretId = s(kPostgres);
    v.createdAt = now.addDays(-1);
    v.status = Version::Status::ScheduledForDestruction;
    const auto destroyText = [this, &v](const QDateTime &at) {
        v.destroyAt = at;
        m_model->applyVersion(v);
        return m_model->index(m_model->rowOfVersion(v.id), VersionsModel::DestroyAtColumn).data().toString();
    };
    // without a translator the plural forms read "day(s)"; with the English one, "days"
    QVERIFY2(destroyText(now.addDays(6).addSecs(3600)).contains(s("in 6 day")),
             qPrintable(destroyText(now.addDays(6))));
    QVERIFY(destroyText(now.addSecs(3 * 3600 + 1200)).contains(s("in 3 hour")));
    // Rounded to the nearest unit: seven days less a few seconds (a fresh 7-day schedule) is 7 days.
    QVERIFY(destroyText(now.addDays(7).addSecs(-5)).contains(s("in 7 day")));
    QVERIFY(destroyText(now.addSecs(3 * 3600 + 2400)).contains(s("in 4 hour")));
    QVERIFY(destroyText(now.addSecs(20 * 60)).contains(s("in 20 minute")));
    QVERIFY(destroyText(now.addSecs(-60)).contains(s("overdue")));
    QCOMPARE(m_model->index(0, VersionsModel::DestroyAtColumn).data(Qt::ToolTipRole).toString(),
             now.addSecs(-60).toString(s("yyyy-MM-dd HH:mm:ss")) + s(" UTC"));

    // moving "now" updates the text and tells the views
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    v.destroyAt = now.addDays(2);
    m_model->applyVersion(v);
    m_model->setNowOverride(now.addDays(3));
    QVERIFY(changed.size() >= 2);
    QVERIFY(m_model->index(0, VersionsModel::DestroyAtColumn).data().toString().contains(s("overdue")));
}

void TestVersionsModel::applyVersion() {
    m_model->setSecret(s(kPostgres), pg(6));
    QVERIFY(waitForPage());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // an existing row is replaced in place
    Version third = *m_model->versionAt(3);
    QCOMPARE(third.id, pg(3));
    third.status = Version::Status::ScheduledForDestruction;
    third.destroyAt = QDateTime::currentDateTimeUtc().addDays(7);
    m_model->applyVersion(third);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), m_model->index(3, 0));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(), m_model->index(3, VersionsModel::ColumnCount - 1));
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->index(3, VersionsModel::StatusColumn).data(VersionsModel::RawValueRole).toString(),
             s("SCHEDULED_FOR_DESTRUCTION"));

    // a real AddVersion: its operation's Version goes on top
    AddVersionRequest request;
    request.description = s("from the model test");
    std::optional<Version> added;
    QObject scope; // the callback dies with this frame, even when the wait gives up
    m_client->addVersion(s(kPostgres), request, &scope, [&added](const Result<Operation> &r) {
        if (r.ok()) {
            added = r.value().responseVersion();
        }
    });
    QTRY_VERIFY(added.has_value());
    m_model->applyVersion(*added);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->index(0, VersionsModel::IdColumn).data().toString(), added->id);
    QCOMPARE(m_model->index(0, VersionsModel::DescriptionColumn).data().toString(), s("from the model test"));
    for (int row = 0; row < m_model->rowCount(); ++row) { // the id → row index follows the shift
        QCOMPARE(m_model->rowOfVersion(m_model->index(row, 0).data().toString()), row);
    }

    // another secret's version is not ours
    Version foreign;
    foreign.id = s("e6qvforeign000000001");
    foreign.secretId = s(kHistory);
    m_model->applyVersion(foreign);
    QCOMPARE(m_model->rowCount(), 7);

    // a reload brings the same rows from the server, without duplicates
    m_model->reload();
    QVERIFY(waitForPage());
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->index(0, 0).data().toString(), added->id);
}

void TestVersionsModel::currentVersionMoves() {
    m_model->setSecret(s(kPostgres), pg(6));
    QVERIFY(waitForPage());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setCurrentVersionId(pg(3));
    QCOMPARE(changed.size(), 2); // the old current row and the new one
    QCOMPARE(m_model->currentVersionId(), pg(3));
    QVERIFY(!m_model->index(0, 0).data(VersionsModel::IsCurrentRole).toBool());
    QVERIFY(m_model->index(3, 0).data(VersionsModel::IsCurrentRole).toBool());
    QCOMPARE(m_model->index(3, VersionsModel::CurrentColumn).data(VersionsModel::SortRole).toInt(), 1);
    QCOMPARE(m_model->index(0, VersionsModel::CurrentColumn).data(VersionsModel::SortRole).toInt(), 0);
    m_model->setCurrentVersionId(pg(3));
    QCOMPARE(changed.size(), 2); // no change, no signal
}

// Load Next Page while a page is on its way: the following page is requested as soon as that page's
// token arrives, before its rows go in; pages stay in order, nothing is asked twice, a secret change
// drops the request in flight.
void TestVersionsModel::nextPageAskedWhileLoading() {
    m_tester.reset(); // its fetchMore() after every insertion would pull every page (see paging())
    QSignalSpy loading(m_model.get(), &VersionsModel::loadingChanged);
    m_model->setPageSize(2);
    m_model->setSecret(s(kPostgres), pg(6));
    m_model->loadNextPage();
    m_model->loadNextPage(); // asked twice: still one page more
    QList<bool> loadingAtInsert;
    const auto connection = connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
                                    [&loadingAtInsert, this]() { loadingAtInsert.append(m_model->isLoading()); });
    QVERIFY(waitForPage());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(loadingAtInsert, QList<bool>{true}); // the second page was already requested
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QVERIFY(waitForPage());
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(loadingAtInsert, (QList<bool>{true, false}));
    QVERIFY(!m_model->isLoading());
    QVERIFY(m_model->hasMorePages());
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(m_model->index(row, 0).data().toString(), pg(6 - row));
    }
    QTest::qWait(100);
    QCOMPARE(m_emu->requestCount(), qint64(2));
    QCOMPARE(m_pages->size(), 2);
    // One loading period for the two pages.
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    disconnect(connection);

    // Another secret while a pipelined request is in flight: its answer is dropped.
    m_model->setSecret(s(kHistory), QString());
    m_model->loadNextPage();
    QVERIFY(waitForPage());
    QVERIFY(m_model->isLoading()); // kHistory's second page in flight
    m_model->setSecret(s(kPostgres), pg(6));
    QVERIFY(waitForPage());
    QTest::qWait(200); // let the dropped answer arrive too
    QCOMPARE(m_model->rowCount(), 2);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->versionAt(row)->secretId, s(kPostgres));
    }
    QVERIFY(!m_model->isLoading());
}

void TestVersionsModel::staleAnswersAreDropped() {
    m_model->setPageSize(1000);
    m_model->setSecret(s(kHistory), QString());
    m_model->setSecret(s(kPostgres), pg(6)); // before the first answer arrives
    QVERIFY(waitForPage());
    QTRY_COMPARE(m_emu->requestCount(), qint64(2));
    QTest::qWait(200); // let the older answer arrive too
    QCOMPARE(m_pages->size(), 1);
    QCOMPARE(m_model->rowCount(), 6);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->versionAt(row)->secretId, s(kPostgres));
    }
    QVERIFY(!m_model->isLoading());
}

void TestVersionsModel::loadFailure() {
    QSignalSpy loading(m_model.get(), &VersionsModel::loadingChanged);
    m_model->setSecret(s("e6qnosuchsecret00001"), QString());
    QVERIFY(m_failures->wait(10000));
    const auto error = m_failures->first().at(0).value<ApiError>();
    QCOMPARE(error.code, RpcCode::NotFound);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(loading.last().at(0).toBool(), false);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_pages->size(), 0);
    QVERIFY(m_model->lastLoadFailed()); // the view says so instead of "0 versions loaded"

    // the first page can be asked for again
    m_model->loadNextPage();
    QVERIFY(m_model->isLoading());
    QVERIFY(m_failures->wait(10000));
    QCOMPARE(m_emu->requestCount(), qint64(2));
    QVERIFY(m_model->lastLoadFailed());

    // another secret starts afresh, and a page that comes clears it
    m_model->setSecret(s("e6qdemo0postgres0001"), QString());
    QVERIFY(!m_model->lastLoadFailed());
    QTRY_VERIFY(m_model->rowCount() > 0);
    QVERIFY(!m_model->lastLoadFailed());
}

void TestVersionsModel::neverHoldsSecretValues() {
    // Read every value of every version, then look for them in everything the model returns.
    QList<QByteArray> values;
    for (int n = 1; n <= 6; ++n) {
        bool done = false;
        QObject scope; // as above
        m_client->getPayload(s(kPostgres), pg(n), &scope, [&](const Result<std::shared_ptr<SecretPayload>> &r) {
            done = true;
            if (r.ok()) {
                for (const auto &e : r.value()->entries()) {
                    if (e.value.size() >= 4) { // short values ("5432") may well appear in dates
                        values << e.value;
                    }
                }
            }
        });
        QTRY_VERIFY(done);
    }
    QVERIFY(!values.isEmpty());
    m_model->setSecret(s(kPostgres), pg(6));
    QVERIFY(waitForPage());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole),
                             int(VersionsModel::RawValueRole), int(VersionsModel::SortRole)}) {
                const QVariant value = m_model->index(row, column).data(role);
                const QString text =
                    value.canConvert<QStringList>() ? value.toStringList().join(QLatin1Char('|')) : value.toString();
                for (const QByteArray &secret : std::as_const(values)) {
                    QVERIFY2(!text.contains(QString::fromUtf8(secret)), qPrintable(text));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestVersionsModel)
#include "tst_versionsmodel.moc"
