// Authentication against the emulator: service-account key → PS256 JWT → IAM token, OAuth exchange,
// single-flight refresh, and refusal of a tampered key.
#include "ApiClient.h"
#include "EmulatorStore.h"
#include "ExchangeTokenProvider.h"
#include "ServiceAccountKey.h"
#include "TestKeys.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace lockbox;

namespace {

using test::generateRsa;
using test::KeyPair;
using test::ycKeyFile;

} // namespace

class TestAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_emulator = test::startEmulator();
        QVERIFY(m_emulator);
    }
    void cleanup() { m_emulator.reset(); }

    void serviceAccountKeyIsExchangedAndUsed() {
        const KeyPair kp = generateRsa();
        m_emulator->store()->addServiceAccountKey(QStringLiteral("ajesa0test0000000001"),
                                                  QStringLiteral("ajekey0test000000001"), kp.publicPem);
        auto key = ServiceAccountKey::fromJson(
            ycKeyFile(QStringLiteral("ajekey0test000000001"), QStringLiteral("ajesa0test0000000001"), kp));
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        QCOMPARE(key.value()->keyId(), QStringLiteral("ajekey0test000000001"));

        // The JWT has the documented header and claims.
        auto jwt = key.value()->makeJwt(QDateTime::currentDateTimeUtc());
        QVERIFY(jwt);
        const QList<QByteArray> parts = jwt.value().split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject header =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding)).object();
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("PS256"));
        QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(header.value(QLatin1String("kid")).toString(), QStringLiteral("ajekey0test000000001"));
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), QStringLiteral("ajesa0test0000000001"));
        QCOMPARE(claims.value(QLatin1String("aud")).toString(),
                 QStringLiteral("https://iam.api.cloud.yandex.net/iam/v1/tokens"));
        QVERIFY(claims.value(QLatin1String("exp")).toInteger() - claims.value(QLatin1String("iat")).toInteger() <=
                3600);

        ApiClient iam(test::clientConfigFor(*m_emulator), nullptr);
        auto *provider = ExchangeTokenProvider::forServiceAccountKey(&iam, key.value(), this);
        ApiClient client(test::clientConfigFor(*m_emulator), provider);
        std::optional<Result<Page<Version>>> page;
        client.listVersions(QStringLiteral("e6qdemo0postgres0001"), 10, {}, this,
                            [&](const Result<Page<Version>> &r) { page = r; });
        QTRY_VERIFY(page.has_value());
        QVERIFY2(page->ok(), page->ok() ? "" : qPrintable(page->error().toString()));
        QCOMPARE(page->value().items.size(), 6);
        QCOMPARE(provider->exchangeCount(), 1);
    }

    void tamperedKeyIsRefusedClearly() {
        const KeyPair registered = generateRsa();
        const KeyPair other = generateRsa();
        m_emulator->store()->addServiceAccountKey(QStringLiteral("ajesa0test0000000002"),
                                                  QStringLiteral("ajekey0test000000002"), registered.publicPem);
        // Same key id, another private key: the signature cannot verify.
        auto key = ServiceAccountKey::fromJson(
            ycKeyFile(QStringLiteral("ajekey0test000000002"), QStringLiteral("ajesa0test0000000002"), other));
        QVERIFY(key);
        ApiClient iam(test::clientConfigFor(*m_emulator), nullptr);
        auto *provider = ExchangeTokenProvider::forServiceAccountKey(&iam, key.value(), this);
        std::optional<Result<QString>> token;
        provider->requestToken(this, [&](const Result<QString> &r) { token = r; });
        QTRY_VERIFY(token.has_value());
        QVERIFY(!token->ok());
        QCOMPARE(token->error().kind, ApiError::Kind::Auth);
        QCOMPARE(token->error().code, RpcCode::Unauthenticated);
        QVERIFY2(token->error().message.contains(QLatin1String("signature")), qPrintable(token->error().message));
    }

    void brokenKeyFilesSayWhy() {
        QVERIFY(!ServiceAccountKey::fromJson("not json"));
        QVERIFY(!ServiceAccountKey::fromJson(R"({"id":"k","service_account_id":"s"})"));
        const auto noPem =
            ServiceAccountKey::fromJson(R"({"id":"k","service_account_id":"s","private_key":"garbage"})");
        QVERIFY(!noPem);
        QVERIFY(!noPem.error().message.isEmpty());
    }

    void oauthExchangeRefreshesOnceForManyWaiters() {
        const auto oauth = oauthProvider(3600 * 1000);
        ExchangeTokenProvider *provider = oauth->provider;
        QDateTime &now = oauth->now;

        int answered = 0;
        QStringList tokens;
        for (int i = 0; i < 10; ++i) {
            provider->requestToken(this, [&](const Result<QString> &r) {
                ++answered;
                if (r) {
                    tokens << r.value();
                }
            });
        }
        QTRY_COMPARE(answered, 10);
        QCOMPARE(tokens.size(), 10);
        tokens.removeDuplicates();
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(provider->exchangeCount(), 1);

        // 55 minutes later less than 10% of the hour is left: one background refresh, however
        // many ask, and the still-valid token is served meanwhile.
        now = now.addSecs(55 * 60);
        answered = 0;
        for (int i = 0; i < 5; ++i) {
            provider->requestToken(this, [&](const Result<QString> &) { ++answered; });
        }
        QTRY_COMPARE(answered, 5);
        QTRY_COMPARE(provider->exchangeCount(), 2);
    }

    void readyTokenOnlyWhenNothingToWaitFor() {
        const auto oauth = oauthProvider(3600 * 1000);
        ExchangeTokenProvider *provider = oauth->provider;
        QDateTime &now = oauth->now;

        // None yet: asking starts the exchange (once), and a request has to wait for it.
        QVERIFY(!provider->readyToken());
        QVERIFY(!provider->readyToken());
        QCOMPARE(provider->exchangeCount(), 1);
        QTRY_VERIFY(provider->readyToken().has_value());
        const QString first = *provider->readyToken();
        QCOMPARE(provider->exchangeCount(), 1);

        // Late in its hour: still served at once, and refreshed in the background.
        now = now.addSecs(55 * 60);
        QCOMPARE(provider->readyToken(), std::optional<QString>(first));
        QCOMPARE(provider->exchangeCount(), 2);
        QTRY_VERIFY(provider->readyToken() != std::optional<QString>(first));
        const QString second = *provider->readyToken();

        // Refused by the server, or 20 s from expiry: nothing ready, a new exchange instead.
        QDateTime expiresAt;
        connect(provider, &ExchangeTokenProvider::tokenRefreshed, this, [&](const QDateTime &at) { expiresAt = at; });
        provider->invalidate(second);
        QVERIFY(!provider->readyToken());
        QCOMPARE(provider->exchangeCount(), 3);
        QTRY_VERIFY(provider->readyToken().has_value());
        QVERIFY(expiresAt.isValid());
        now = expiresAt.addSecs(-20);
        QVERIFY(!provider->readyToken());
    }

    void shortLivedTokenIsRenewedNearItsEnd() {
        // 200 s: its last 30 s (not served) come before its last tenth (refreshed ahead).
        const auto oauth = oauthProvider(200 * 1000);
        ExchangeTokenProvider *provider = oauth->provider;
        QDateTime &now = oauth->now;
        QDateTime expiresAt;
        connect(provider, &ExchangeTokenProvider::tokenRefreshed, this, [&](const QDateTime &at) { expiresAt = at; });
        std::optional<Result<QString>> first;
        provider->requestToken(this, [&](const Result<QString> &r) { first = r; });
        QTRY_VERIFY(first.has_value());
        QVERIFY(first->ok());
        QVERIFY(expiresAt.isValid());

        // 25 s left: not served, so a new one is fetched and the request waiting for it answered.
        now = expiresAt.addSecs(-25);
        std::optional<Result<QString>> waited;
        provider->requestToken(this, [&](const Result<QString> &r) { waited = r; });
        QCOMPARE(provider->exchangeCount(), 2);
        QTRY_VERIFY(waited.has_value());
        QVERIFY(waited->ok());
    }

    void expiredTokenIsRefreshedOnceForConcurrentRequests() {
        m_emulator->store()->setTokenLifetimeMs(3600 * 1000);
        ApiClient iam(test::clientConfigFor(*m_emulator), nullptr);
        auto *provider = ExchangeTokenProvider::forOAuthToken(&iam, QStringLiteral("y0_demo-oauth-token"), this);
        ApiClient client(test::clientConfigFor(*m_emulator), provider);
        int done = 0;
        client.getSecret(QStringLiteral("e6qdemo0postgres0001"), this, [&](const Result<Secret> &r) {
            QVERIFY(r.ok());
            ++done;
        });
        QTRY_COMPARE(done, 1);
        QCOMPARE(provider->exchangeCount(), 1);

        // The server's clock passes the expiry; the client's cache does not know: every request
        // gets a 401, and the provider must exchange once for all of them.
        m_emulator->advanceClock(2 * 3600 * 1000);
        int ok = 0;
        for (int i = 0; i < 8; ++i) {
            client.getSecret(QStringLiteral("e6qdemo0postgres0001"), this, [&](const Result<Secret> &r) {
                ok += r.ok() ? 1 : 0;
                ++done;
            });
        }
        QTRY_COMPARE(done, 9);
        QCOMPARE(ok, 8);
        QCOMPARE(provider->exchangeCount(), 2);
    }

    void unknownOAuthTokenIsRefused() {
        ApiClient iam(test::clientConfigFor(*m_emulator), nullptr);
        auto *provider = ExchangeTokenProvider::forOAuthToken(&iam, QStringLiteral("y0_not-a-real-token"), this);
        std::optional<Result<QString>> token;
        provider->requestToken(this, [&](const Result<QString> &r) { token = r; });
        QTRY_VERIFY(token.has_value());
        QVERIFY(!token->ok());
        QCOMPARE(token->error().kind, ApiError::Kind::Auth);
    }

private:
    // An OAuth-token provider against the emulator, whose tokens live `lifetimeMs`, on a clock the
    // test sets (`now`, from the current time).
    struct OAuthProvider {
        std::unique_ptr<ApiClient> iam;
        ExchangeTokenProvider *provider = nullptr;
        QDateTime now = QDateTime::currentDateTimeUtc();
    };
    std::unique_ptr<OAuthProvider> oauthProvider(qint64 lifetimeMs) {
        m_emulator->store()->setTokenLifetimeMs(lifetimeMs);
        auto oauth = std::make_unique<OAuthProvider>();
        oauth->iam = std::make_unique<ApiClient>(test::clientConfigFor(*m_emulator), nullptr);
        oauth->provider =
            ExchangeTokenProvider::forOAuthToken(oauth->iam.get(), QStringLiteral("y0_demo-oauth-token"), this);
        oauth->provider->setClock([now = &oauth->now] { return *now; });
        return oauth;
    }

    std::unique_ptr<emulator::Emulator> m_emulator;
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
