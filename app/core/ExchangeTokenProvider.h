#pragma once

#include "ApiClient.h"
#include "CredentialProvider.h"
#include "ServiceAccountKey.h"

#include <QDateTime>
#include <QPointer>
#include <functional>

namespace lockbox {

// IAM tokens obtained by exchange: a Yandex OAuth token or a service-account key's JWT, POSTed to
// /iam/v1/tokens. Caches the token, refreshes ahead of expiry (when 10% of its lifetime is left),
// keeps one exchange in flight however many requests wait,
// and drops the token when the server refused it.
class ExchangeTokenProvider final : public CredentialProvider {
    Q_OBJECT
public:
    // iamClient is used only for the unauthenticated exchange; it is not owned.
    static ExchangeTokenProvider *forOAuthToken(ApiClient *iamClient, QString oauthToken, QObject *parent = nullptr);
    static ExchangeTokenProvider *forServiceAccountKey(ApiClient *iamClient, std::shared_ptr<ServiceAccountKey> key,
                                                       QObject *parent = nullptr);
    ~ExchangeTokenProvider() override;

    void requestToken(QObject *context, TokenCallback callback) override;
    void invalidate(const QString &token) override;
    std::optional<QString> readyToken() override;

    // For tests: the clock the cache is judged by.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    int exchangeCount() const { return m_exchanges; }

Q_SIGNALS:
    void tokenRefreshed(const QDateTime &expiresAt);

private:
    ExchangeTokenProvider(ApiClient *iamClient, QObject *parent);
    void startExchange();
    bool needsRefresh(const QDateTime &now) const;

    QPointer<ApiClient> m_iam;
    QString m_oauthToken;
    std::shared_ptr<ServiceAccountKey> m_key;
    QString m_token;
    QDateTime m_obtainedAt;
    QDateTime m_expiresAt;
    bool m_inFlight = false;
    int m_exchanges = 0;
    QList<std::pair<QPointer<QObject>, TokenCallback>> m_waiters;
    std::function<QDateTime()> m_clock;
};

} // namespace lockbox
