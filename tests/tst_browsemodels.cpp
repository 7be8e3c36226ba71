// SecretsModel and CloudFolderModel against the emulator, checked by QAbstractItemModelTester.
#include "CloudFolderModel.h"
#include "EmulatorStore.h"
#include "FakeHttpServer.h"
#include "ResponseDecoder.h"
#include "SecretsModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>

using namespace lockbox;

namespace {

constexpr auto kBackend = "b1gdemo0folder0back1";

// A secret of the backend folder, as an operation's answer would give it.
Secret backendSecret(const QString &id, const QString &name) {
    Secret secret;
    secret.id = id;
    secret.folderId = QString::fromLatin1(kBackend);
    secret.name = name;
    return secret;
}

// The backend folder listed in pages of 4, checked by a model tester.
struct BackendListing {
    explicit BackendListing(ApiClient *client)
        : model(client), tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest),
          finished(&model, &SecretsModel::loadFinished) {
        model.setPageSize(4);
        model.setFolder(QString::fromLatin1(kBackend));
    }
    QStringList ids() const {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << model.index(row, 0).data(SecretsModel::IdRole).toString();
        }
        return ids;
    }
    SecretsModel model;
    QAbstractItemModelTester tester;
    QSignalSpy finished;
};

} // namespace

class TestBrowseModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_emulator = test::startEmulator();
        QVERIFY(m_emulator);
        m_credentials = std::make_unique<StaticTokenProvider>(QString::fromLatin1(test::kAdminToken));
        m_client = std::make_unique<ApiClient>(test::clientConfigFor(*m_emulator), m_credentials.get());
    }
    void cleanup() {
        m_client.reset();
        m_emulator.reset();
    }

    // No folder while a listing is on its way: the model stops loading (its answer is dropped).
    void clearingTheFolderEndsTheLoading() {
        SecretsModel model(m_client.get());
        QSignalSpy loading(&model, &SecretsModel::loadingChanged);
        model.setFolder(QStringLiteral("b1gdemo0folder0back1"));
        QVERIFY(model.isLoading());
        model.setFolder(QString());
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.size(), 2);
        QCOMPARE(loading.last().at(0).toBool(), false);
        QTest::qWait(300); // the dropped answer arrives
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(loading.size(), 2);
    }

    // Found in a screenshot: a secret re-read while its folder was being listed (after a mutation
    // whose outcome was unknown) was listed twice; then, by exploratory testing, listed once but at
    // the top, where it had been added before the listing came. It shows at once, and the page that
    // lists it moves it to its place, with the page's copy (asked for after it was added).
    void secretAppliedWhileListingIsListedOnceInItsPlace() {
        const QStringList order = listedOrder();
        QVERIFY(order.size() >= 10);
        BackendListing listing(m_client.get());
        QVERIFY(listing.model.isLoading());
        const Secret applied = backendSecret(order.at(5), QStringLiteral("applied while listing")); // page 2
        listing.model.applySecret(applied);
        QCOMPARE(listing.model.rowCount(), 1); // shown at once (a secret just made can be selected)
        QVERIFY(listing.finished.wait(5000));
        QCOMPARE(listing.ids(), order);
        const int row = listing.model.rowOfSecret(applied.id);
        QVERIFY(listing.model.data(listing.model.index(row, SecretsModel::NameColumn)).toString() != applied.name);
    }

    // Applied after its page was asked for, the applied copy may be the newer (a change finished
    // meanwhile): it is kept, in the listing's place.
    void copyAppliedAfterItsPageWasAskedIsKept() {
        const QStringList order = listedOrder();
        QVERIFY(order.size() >= 10);
        BackendListing listing(m_client.get()); // the first page is asked for now
        const Secret changed = backendSecret(order.at(2), QStringLiteral("renamed meanwhile"));
        listing.model.applySecret(changed);
        QVERIFY(listing.finished.wait(5000));
        QCOMPARE(listing.model.rowOfSecret(changed.id), 2);
        QCOMPARE(listing.model.data(listing.model.index(2, SecretsModel::NameColumn)).toString(), changed.name);
        QCOMPARE(listing.ids(), order);
    }

    // A secret of the folder that no page lists (made after its page was served) stays where it was
    // added; one of another folder is never added; one deleted during the listing is not brought
    // back by a page served before the deletion.
    void secretsAddedOrRemovedWhileListing() {
        const QStringList order = listedOrder();
        QVERIFY(order.size() >= 10);
        BackendListing listing(m_client.get());
        const Secret created = backendSecret(QStringLiteral("e6qnotlistedanywhere"), QStringLiteral("made now"));
        listing.model.applySecret(created);
        Secret elsewhere = created;
        elsewhere.id = QStringLiteral("e6qotherfolder000001");
        elsewhere.folderId = QStringLiteral("b1gsomeotherfolder01");
        listing.model.applySecret(elsewhere);
        const Secret deleted = backendSecret(order.at(6), QStringLiteral("deleted")); // shown, then deleted
        listing.model.applySecret(deleted);
        listing.model.removeSecret(deleted.id);
        QVERIFY(listing.finished.wait(5000));
        QStringList expected = order;
        expected.removeOne(deleted.id);
        expected.prepend(created.id);
        QCOMPARE(listing.ids(), expected);
        QCOMPARE(listing.finished.last().at(0).toInt(), listing.model.totalCount());
    }

    void secretsOfAFolderLoadAndFilter() {
        SecretsModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SecretsModel::loadFinished);
        model.setPageSize(4); // several pages
        model.setFolder(QStringLiteral("b1gdemo0folder0back1"));
        QVERIFY(finished.wait(5000));
        const int total = model.rowCount();
        QVERIFY2(total >= 10, qPrintable(QString::number(total)));
        QCOMPARE(model.totalCount(), total);
        const int pg = model.rowOfSecret(QStringLiteral("e6qdemo0postgres0001"));
        QVERIFY(pg >= 0);
        QCOMPARE(model.data(model.index(pg, SecretsModel::NameColumn)).toString(), QStringLiteral("postgres-main"));
        QCOMPARE(model.data(model.index(pg, SecretsModel::CurrentVersionColumn)).toString(),
                 QStringLiteral("e6qv0pgmain000000006"));
        QVERIFY(model.data(model.index(pg, SecretsModel::LabelsColumn), SecretsModel::RawValueRole)
                    .toStringList()
                    .contains(QStringLiteral("db=postgres")));
        const int prot = model.rowOfSecret(QStringLiteral("e6qdemo0protected001"));
        QCOMPARE(model.data(model.index(prot, SecretsModel::ProtectionColumn), SecretsModel::RawValueRole).toBool(),
                 true);
        const int inactive = model.rowOfSecret(QStringLiteral("e6qdemo0inactive0001"));
        QCOMPARE(model.data(model.index(inactive, SecretsModel::StatusColumn), SecretsModel::RawValueRole).toString(),
                 QStringLiteral("INACTIVE"));

        model.setFilter(QStringLiteral("postgres"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(QStringLiteral("team=payments"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.secretAt(0)->id, QStringLiteral("e6qdemo0protected001"));
        model.setFilter(QStringLiteral("env=prod team=backend"));
        QVERIFY(model.rowCount() >= 2);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.secretAt(r)->labels.value(QStringLiteral("team")), QStringLiteral("backend"));
        }
        model.setFilter(QStringLiteral("no-such-secret-anywhere"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), total);
    }

    // A page whose token was read early (its next page is already asked for) but whose secrets do not
    // decode fails the listing, and the next page's answer is not inserted after the failure.
    void pageFailingAfterItsTokenStopsTheListing() {
        test::FakeHttpServer server;
        QVERIFY(server.listen());
        const auto secret = [](const QString &id, const QJsonValue &createdAt) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("folderId"), QStringLiteral("b1gfolder")},
                               {QStringLiteral("createdAt"), createdAt},
                               {QStringLiteral("status"), QStringLiteral("ACTIVE")}};
        };
        const QString at = QStringLiteral("2026-01-01T00:00:00Z");
        // Page 1: a good token, one good secret and one whose createdAt is a number (a decode error).
        server.enqueue(test::FakeHttpServer::Response::json(
            200, QJsonObject{{QStringLiteral("secrets"),
                              QJsonArray{secret(QStringLiteral("e6qgood1"), at), secret(QStringLiteral("e6qbad"), 5)}},
                             {QStringLiteral("nextPageToken"), QStringLiteral("page2")}}));
        // Page 2 (asked for early): fine, the last.
        server.enqueue(test::FakeHttpServer::Response::json(
            200, QJsonObject{{QStringLiteral("secrets"), QJsonArray{secret(QStringLiteral("e6qgood2"), at)}}}));
        ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.initialBackoffMs = 10;
        ApiClient client(config, m_credentials.get());
        SecretsModel model(&client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &SecretsModel::loadFailed);
        QSignalSpy finished(&model, &SecretsModel::loadFinished);
        model.setFolder(QStringLiteral("b1gfolder"));
        QVERIFY(failed.wait(5000));
        QTRY_COMPARE(server.requests().size(), 2); // page 2 was asked for on page 1's token
        QTest::qWait(200);                         // and its answer came back: dropped
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!model.isLoading());
        QVERIFY(server.requests().at(1).target.contains("pageToken=page2"));
    }

    void tenThousandSecretsLoadCompletely() {
        m_emulator->store()->generateSecrets(QStringLiteral("b1gdemo0folder0qa001"), QStringLiteral("bulk"), 9950);
        SecretsModel model(m_client.get());
        QSignalSpy finished(&model, &SecretsModel::loadFinished);
        model.setFolder(QStringLiteral("b1gdemo0folder0qa001"));
        QVERIFY(finished.wait(30000));
        QVERIFY(model.rowCount() >= 9950);
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r) {
            names << model.secretAt(r)->id;
        }
        names.removeDuplicates();
        QCOMPARE(names.size(), model.rowCount());
        model.setFilter(QStringLiteral("bulk-0123"));
        QCOMPARE(model.rowCount(), 10); // bulk-01230 … bulk-01239
    }

    // The next page is requested before a page's rows are inserted; pages still arrive in order, and a
    // folder change while that request is in flight drops its answer.
    void pagesStayInOrderAndFolderChangeDropsPipelinedPage() {
        SecretsModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SecretsModel::loadFinished);
        model.setPageSize(3);
        model.setFolder(QStringLiteral("b1gdemo0folder0back1"));
        QVERIFY(finished.wait(5000));
        QStringList paged;
        for (int r = 0; r < model.rowCount(); ++r) {
            paged << model.secretAt(r)->id;
        }
        model.setPageSize(1000);
        model.reload();
        QVERIFY(finished.wait(5000));
        QStringList onePage;
        for (int r = 0; r < model.rowCount(); ++r) {
            onePage << model.secretAt(r)->id;
        }
        QVERIFY(paged.size() > 3);
        QCOMPARE(paged, onePage);

        // Switch folders right after the first page went in (its successor is then in flight).
        model.setPageSize(3);
        bool switched = false;
        const auto connection = connect(&model, &QAbstractItemModel::rowsInserted, this, [&]() {
            if (!switched) {
                switched = true;
                QTimer::singleShot(0, &model, [&model]() { model.setFolder(QStringLiteral("b1gdemo0folder0qa001")); });
            }
        });
        finished.clear();
        model.setFolder(QStringLiteral("b1gdemo0folder0back1"));
        QVERIFY(finished.wait(5000));
        QTest::qWait(200); // let the dropped answer arrive too
        disconnect(connection);
        QVERIFY(switched);
        QCOMPARE(finished.size(), 1);
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.secretAt(r)->folderId, QStringLiteral("b1gdemo0folder0qa001"));
        }
        QCOMPARE(finished.first().first().toInt(), model.rowCount());
        QVERIFY(!model.isLoading());
    }

    // Pages of 1,000 secrets (well over the client's off-thread threshold) are decoded on a worker
    // thread: the receiver or the client going away meanwhile is safe, and the rows come in order.
    void largePagesDecodedOffThread() {
        const QString folder = QStringLiteral("b1gdemo0folder0qa001");
        m_emulator->store()->generateSecrets(folder, QStringLiteral("big"), 2500);
        auto reference = std::make_unique<SecretsModel>(m_client.get());
        QSignalSpy finished(reference.get(), &SecretsModel::loadFinished);
        reference->setPageSize(50);
        reference->setFolder(folder);
        QVERIFY(finished.wait(30000));
        QStringList expected;
        for (int r = 0; r < reference->rowCount(); ++r) {
            expected << reference->secretAt(r)->id;
        }
        QVERIFY(expected.size() >= 2500);

        auto model = std::make_unique<SecretsModel>(m_client.get());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy bigFinished(model.get(), &SecretsModel::loadFinished);
        model->setPageSize(1000);
        model->setFolder(folder);
        QVERIFY(bigFinished.wait(30000));
        QStringList got;
        for (int r = 0; r < model->rowCount(); ++r) {
            got << model->secretAt(r)->id;
        }
        QCOMPARE(got, expected);

        // The receiver goes away once the first large answer is in: nothing reaches it.
        auto doomed = std::make_unique<SecretsModel>(m_client.get());
        doomed->setPageSize(1000);
        QSignalSpy answered(m_client.get(), &ApiClient::requestFinished);
        doomed->setFolder(folder);
        QVERIFY(answered.wait(10000));
        doomed.reset();
        QTest::qWait(200);

        // The client goes away with a decode on its way (its destructor waits for the worker).
        auto other = std::make_unique<SecretsModel>(m_client.get());
        other->setPageSize(1000);
        answered.clear();
        other->setFolder(folder);
        QVERIFY(answered.wait(10000));
        other.reset();
        m_client.reset();
        QTest::qWait(100);
    }

    // A page's secrets share the strings they repeat (memory with 10,000 secrets) and keep every value.
    void repeatedStringsOfAPageAreShared() {
        QJsonArray secrets;
        for (int i = 0; i < 3; ++i) {
            const QString id = QStringLiteral("e6qshare0secret0000%1").arg(i);
            secrets.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("folderId"), QStringLiteral("b1gshare0folder00001")},
                {QStringLiteral("name"), QStringLiteral("s%1").arg(i)},
                {QStringLiteral("labels"), QJsonObject{{QStringLiteral("batch"), QStringLiteral("bench")},
                                                       {QStringLiteral("owner"), QStringLiteral("user%1").arg(i)}}},
                {QStringLiteral("currentVersion"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("e6qshare0version000%1").arg(i)},
                             {QStringLiteral("secretId"), id},
                             {QStringLiteral("payloadEntryKeys"), QJsonArray{QStringLiteral("value")}}}},
            });
        }
        QString why;
        const auto page =
            decode::pageParser<Secret>("secrets")(QJsonObject{{QStringLiteral("secrets"), secrets}}, &why);
        QVERIFY2(page, qPrintable(why));
        QCOMPARE(page->items.size(), 3);
        const Secret &first = page->items.first();
        for (int i = 0; i < 3; ++i) {
            const Secret &s = page->items.at(i);
            QCOMPARE(s.id, QStringLiteral("e6qshare0secret0000%1").arg(i));
            QCOMPARE(s.name, QStringLiteral("s%1").arg(i));
            QCOMPARE(s.folderId, QStringLiteral("b1gshare0folder00001"));
            QCOMPARE(s.labels.size(), 2);
            QCOMPARE(s.labels.value(QStringLiteral("batch")), QStringLiteral("bench"));
            QCOMPARE(s.labels.value(QStringLiteral("owner")), QStringLiteral("user%1").arg(i));
            QVERIFY(s.currentVersion);
            QCOMPARE(s.currentVersion->id, QStringLiteral("e6qshare0version000%1").arg(i));
            QCOMPARE(s.currentVersion->secretId, s.id);
            QCOMPARE(s.currentVersion->payloadEntryKeys, QStringList{QStringLiteral("value")});
            // One copy of each repeated string: the same character data.
            QVERIFY(s.folderId.constData() == first.folderId.constData());
            QVERIFY(s.labels.firstKey().constData() == first.labels.firstKey().constData());
            QVERIFY(s.labels.value(QStringLiteral("batch")).constData() ==
                    first.labels.value(QStringLiteral("batch")).constData());
            QVERIFY(s.currentVersion->secretId.constData() == s.id.constData());
            QVERIFY(s.currentVersion->payloadEntryKeys.constData() ==
                    first.currentVersion->payloadEntryKeys.constData());
        }
    }

    void failureIsReported() {
        SecretsModel model(m_client.get());
        QSignalSpy failed(&model, &SecretsModel::loadFailed);
        model.setFolder(QStringLiteral("b1gno0such0folder001"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().code, RpcCode::NotFound);
        QVERIFY(!model.isLoading());
    }

    void cloudsAndFoldersTree() {
        CloudFolderModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy clouds(&model, &CloudFolderModel::cloudsLoaded);
        model.reload();
        QVERIFY(clouds.wait(5000));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex prod = model.indexOfCloud(QStringLiteral("b1gdemo0cloud0prod01"));
        QVERIFY(prod.isValid());
        QCOMPARE(prod.data().toString(), QStringLiteral("production"));
        QVERIFY(model.hasChildren(prod));
        // The tester itself may already have fetched (it exercises fetchMore); fetch if not.
        if (model.canFetchMore(prod)) {
            model.fetchMore(prod);
        }
        QTRY_COMPARE(model.rowCount(prod), 3);
        const QModelIndex backend = model.indexOfFolder(QStringLiteral("b1gdemo0folder0back1"));
        QVERIFY(backend.isValid());
        QCOMPARE(backend.parent(), prod);
        QCOMPARE(backend.data(CloudFolderModel::KindRole).toInt(), static_cast<int>(CloudFolderModel::Kind::Folder));
        QVERIFY(!model.canFetchMore(prod));
    }

private:
    // The backend folder's secrets in the order the listing gives them.
    QStringList listedOrder() {
        BackendListing listing(m_client.get());
        return listing.finished.wait(5000) ? listing.ids() : QStringList();
    }

    std::unique_ptr<emulator::Emulator> m_emulator;
    std::unique_ptr<StaticTokenProvider> m_credentials;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestBrowseModels)
#include "tst_browsemodels.moc"
