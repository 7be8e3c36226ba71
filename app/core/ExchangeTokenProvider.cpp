#include "ExchangeTokenProvider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

namespace lockbox {

ExchangeTokenProvider::ExchangeTokenProvider(ApiClient *iamClient, QObject *parent)
    : CredentialProvider(parent), m_iam(iamClient), m_clock([] { return QDateTime::currentDateTimeUtc(); }) {}

ExchangeTokenProvider::~ExchangeTokenProvider() {
    m_oauthToken.fill(QChar(u'\0'));
    m_token.fill(QChar(u'\0'));
}

ExchangeTokenProvider *ExchangeTokenProvider::forOAuthToken(ApiClient *iamClient, QString oauthToken, QObject *parent) {
    auto *p = new ExchangeTokenProvider(iamClient, parent);
    p->m_oauthToken = std::move(oauthToken);
    return p;
}

ExchangeTokenProvider *ExchangeTokenProvider::forServiceAccountKey(ApiClient *iamClient,
                                                                   std::shared_ptr<ServiceAccountKey> key,
                                                                   QObject *parent) {
    auto *p = new ExchangeTokenProvider(iamClient, parent);
    p->m_key = std::move(key);
    return p;
}

bool ExchangeTokenProvider::needsRefresh(const QDateTime &now) const {
    if (m_token.isEmpty() || !m_expiresAt.isValid()) {
        return true;
    }
    const qint64 lifetime = m_obtainedAt.msecsTo(m_expiresAt);
    const qint64 left = now.msecsTo(m_expiresAt);
    // Refresh once only 10% of the lifetime is left (72 minutes of a 12-hour token).
    return left <= lifetime / 10;
}

std::optional<QString> ExchangeTokenProvider::readyToken() {
    const QDateTime now = m_clock();
    const bool usable = !m_token.isEmpty() && now.msecsTo(m_expiresAt) > 30 * 1000;
    // Not usable also means a new one: with a lifetime under 300 s, the last 30 s come before the
    // last tenth, and a request waiting for a refresh nobody started would wait forever.
    if ((needsRefresh(now) || !usable) && !m_inFlight) {
        startExchange();
    }
    // Still valid: served now even while a refresh runs in the background.
    return usable ? std::optional<QString>(m_token) : std::nullopt;
}

void ExchangeTokenProvider::requestToken(QObject *context, TokenCallback callback) {
    if (const std::optional<QString> token = readyToken()) {
        QTimer::singleShot(0, context, [token = *token, callback = std::move(callback)] { callback(token); });
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(callback)});
}

void ExchangeTokenProvider::invalidate(const QString &token) {
    if (!token.isEmpty() && token == m_token) {
        m_token.fill(QChar(u'\0'));
        m_token.clear();
        m_expiresAt = {};
    }
}

void ExchangeTokenProvider::startExchange() {
    if (!m_iam) {
        return;
    }
    QJsonObject body;
    if (m_key) {
        auto jwt = m_key->makeJwt(m_clock());
        if (!jwt) {
            const ApiError error = jwt.error();
            QTimer::singleShot(0, this, [this, error] {
                const auto waiters = std::exchange(m_waiters, {});
                for (const auto &[ctx, cb] : waiters) {
                    if (ctx) {
                        cb(error);
                    }
                }
            });
            return;
        }
        body.insert(QStringLiteral("jwt"), QString::fromLatin1(jwt.value()));
    } else {
        body.insert(QStringLiteral("yandexPassportOauthToken"), m_oauthToken);
    }
    m_inFlight = true;
    ++m_exchanges;
    const QDateTime started = m_clock();
    m_iam->createIamToken(body, this, [this, started](const Result<IamToken> &result) {
        m_inFlight = false;
        std::optional<ApiError> error;
        if (result) {
            m_token = result.value().iamToken;
            m_obtainedAt = started;
            m_expiresAt = result.value().expiresAt;
            Q_EMIT tokenRefreshed(m_expiresAt);
        } else {
            error = result.error();
            if (error->code == RpcCode::Unauthenticated || error->code == RpcCode::InvalidArgument) {
                error->kind = ApiError::Kind::Auth;
                error->message = m_key ? QCoreApplication::translate("ExchangeTokenProvider",
                                                                     "IAM refused the service account key: %1")
                                             .arg(error->message)
                                       : QCoreApplication::translate("ExchangeTokenProvider",
                                                                     "IAM refused the OAuth token: %1. Get a new "
                                                                     "one at oauth.yandex.com.")
                                             .arg(error->message);
            }
        }
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &[ctx, cb] : waiters) {
            if (!ctx) {
                continue;
            }
            if (error) {
                cb(*error);
            } else {
                cb(m_token);
            }
        }
    });
}

} // namespace lockbox
