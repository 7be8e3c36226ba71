#pragma once

#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

class QNetworkAccessManager;

namespace lockbox::bench {

// The limit the application is measured against: a bare QNetworkAccessManager GET and a
// QJsonDocument parse, nothing else (no retries, no mapping to types, no model, no view). Calls
// block in a local event loop, so the caller's timer covers exactly one request (or one walk).
class BareClient final : public QObject {
    Q_OBJECT
public:
    BareClient(QUrl baseUrl, QByteArray token, QObject *parent = nullptr);
    ~BareClient() override;
    Q_DISABLE_COPY_MOVE(BareClient)

    struct Page {
        qsizetype items = 0;
        QString nextPageToken;
        qsizetype bytes = 0;
    };
    // GET path?query, parse the body, count arrayName's items and read nextPageToken.
    std::optional<Page> getPage(const QString &path, const QUrlQuery &query, const QString &arrayName, QString *error);
    // Every page in turn, as a client walking the whole list would; returns the total item count.
    std::optional<qsizetype> getAllPages(const QString &path, QUrlQuery query, const QString &arrayName, int pageSize,
                                         int *requests, QString *error);
    // The body of one GET, unparsed (for the emulator's stats and the static server's body).
    std::optional<QByteArray> getRaw(const QString &path, const QUrlQuery &query, QString *error);

private:
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QByteArray m_authorization;
};

} // namespace lockbox::bench
