#include "BareClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace lockbox::bench {

namespace {
constexpr int kTimeoutMs = 60000;
}

BareClient::BareClient(QUrl baseUrl, QByteArray token, QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_baseUrl(std::move(baseUrl)),
      m_authorization("Bearer " + token) {
    m_network->setProxy(QNetworkProxy::NoProxy);
}

BareClient::~BareClient() = default;

std::optional<QByteArray> BareClient::getRaw(const QString &path, const QUrlQuery &query, QString *error) {
    QUrl url = m_baseUrl;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        *error = QStringLiteral("GET %1: HTTP %2, %3").arg(url.toString()).arg(status).arg(reply->errorString());
        return std::nullopt;
    }
    return reply->readAll();
}

std::optional<BareClient::Page> BareClient::getPage(const QString &path, const QUrlQuery &query,
                                                    const QString &arrayName, QString *error) {
    const std::optional<QByteArray> body = getRaw(path, query, error);
    if (!body) {
        return std::nullopt;
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(*body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("GET %1: not a JSON object (%2)").arg(path, pe.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Page page;
    page.items = root.value(arrayName).toArray().size();
    page.nextPageToken = root.value(QLatin1String("nextPageToken")).toString();
    page.bytes = body->size();
    return page;
}

std::optional<qsizetype> BareClient::getAllPages(const QString &path, QUrlQuery query, const QString &arrayName,
                                                 int pageSize, int *requests, QString *error) {
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    qsizetype total = 0;
    *requests = 0;
    QString token;
    do {
        QUrlQuery q = query;
        if (!token.isEmpty()) {
            q.addQueryItem(QStringLiteral("pageToken"), token);
        }
        const std::optional<Page> page = getPage(path, q, arrayName, error);
        ++*requests;
        if (!page) {
            return std::nullopt;
        }
        total += page->items;
        token = page->nextPageToken;
    } while (!token.isEmpty());
    return total;
}

} // namespace lockbox::bench
