#pragma once

#include "CredentialProvider.h"
#include "Resources.h"
#include "Result.h"
#include "SecretPayload.h"

#include <QNetworkProxy>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThread;
class QUrlQuery;
class QNetworkReply;

namespace lockbox {

struct ClientConfig {
    // Empty: Yandex Cloud's public hosts. Set: every service under this one base URL (the emulator).
    QUrl baseUrl;
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system store
    int transferTimeoutMs = 30000;
    std::optional<QNetworkProxy> proxy; // nullopt: system proxy configuration
    int maxAttempts = 5;                // first try included
    int retryBudgetMs = 30000;          // no retry starts after this much time
    int initialBackoffMs = 200;
};

struct CreateSecretRequest {
    QString folderId;
    QString name;
    QString description;
    QMap<QString, QString> labels;
    QString kmsKeyId;
    QString versionDescription;
    QList<PayloadEntryChange> versionPayloadEntries;
    bool deletionProtection = false;
    std::optional<PasswordPayloadSpecification> passwordPayloadSpecification;
    std::optional<bool> createVersion;
};

struct UpdateSecretRequest {
    QStringList
        updateMask; // camelCase paths: name, description, labels, deletionProtection, passwordPayloadSpecification
    QString name;
    QString description;
    QMap<QString, QString> labels;
    bool deletionProtection = false;
    std::optional<PasswordPayloadSpecification> passwordPayloadSpecification;
};

struct AddVersionRequest {
    QString description;
    QList<PayloadEntryChange> payloadEntries;
    QString baseVersionId; // empty: the current version
    // Sent as Idempotency-Key; empty: a new key for this call. Sending the same request again with
    // the key of one whose outcome is unknown cannot add a second version.
    QString idempotencyKey;
};

struct AccessBinding {
    QString roleId;
    QString subjectId;
    QString subjectType;
};

struct IamToken {
    QString iamToken;
    QDateTime expiresAt;
};

// The Lockbox REST client: one per connection profile. Every call is asynchronous and delivers a
// Result to a callback that runs only while `context` is alive (never from inside the call). The
// request itself leaves inside the call when the credentials have a token ready, else when the
// token comes; a read whose context is destroyed is aborted. Reads retry transient failures with
// backoff and jitter; mutations carry an Idempotency-Key and are retried with the same key.
class ApiClient final : public QObject {
    Q_OBJECT
public:
    enum class Service { Lockbox, Payload, Operation, Iam, ResourceManager };

    template <typename T>
    using Callback = std::function<void(const Result<T> &)>;

    ApiClient(ClientConfig config, CredentialProvider *credentials, QObject *parent = nullptr);
    ~ApiClient() override;
    Q_DISABLE_COPY_MOVE(ApiClient)

    const ClientConfig &config() const { return m_config; }
    QUrl serviceUrl(Service service, const QString &path) const;

    // SecretService
    void getSecret(const QString &secretId, QObject *context, Callback<Secret> callback);
    // nextPageToken, when given, hears the page's next token as soon as the body is parsed, before
    // its secrets are decoded (a listing can ask for the next page while this one is mapped); the page
    // then comes to callback as usual. Such pages are always decoded off the calling thread, in order.
    void listSecrets(const QString &folderId, int pageSize, const QString &pageToken, QObject *context,
                     Callback<Page<Secret>> callback, std::function<void(const QString &)> nextPageToken = {});
    void createSecret(const CreateSecretRequest &request, QObject *context, Callback<Operation> callback);
    void updateSecret(const QString &secretId, const UpdateSecretRequest &request, QObject *context,
                      Callback<Operation> callback);
    void deleteSecret(const QString &secretId, QObject *context, Callback<Operation> callback);
    void activateSecret(const QString &secretId, QObject *context, Callback<Operation> callback);
    void deactivateSecret(const QString &secretId, QObject *context, Callback<Operation> callback);
    void listVersions(const QString &secretId, int pageSize, const QString &pageToken, QObject *context,
                      Callback<Page<Version>> callback);
    void addVersion(const QString &secretId, const AddVersionRequest &request, QObject *context,
                    Callback<Operation> callback);
    void setCurrentVersion(const QString &secretId, const QString &versionId, QObject *context,
                           Callback<Operation> callback);
    // pendingPeriodMs nullopt: the server's default (7 days).
    void scheduleVersionDestruction(const QString &secretId, const QString &versionId,
                                    std::optional<qint64> pendingPeriodMs, QObject *context,
                                    Callback<Operation> callback);
    void cancelVersionDestruction(const QString &secretId, const QString &versionId, QObject *context,
                                  Callback<Operation> callback);
    void listOperations(const QString &secretId, int pageSize, const QString &pageToken, QObject *context,
                        Callback<Page<Operation>> callback);
    void listAccessBindings(const QString &secretId, int pageSize, const QString &pageToken, QObject *context,
                            Callback<Page<AccessBinding>> callback);
    void setAccessBindings(const QString &secretId, const QList<AccessBinding> &bindings, QObject *context,
                           Callback<Operation> callback);
    // deltas: (true = ADD, false = REMOVE, binding)
    void updateAccessBindings(const QString &secretId, const QList<QPair<bool, AccessBinding>> &deltas,
                              QObject *context, Callback<Operation> callback);

    // PayloadService. versionId empty: the current version.
    void getPayload(const QString &secretId, const QString &versionId, QObject *context,
                    Callback<std::shared_ptr<SecretPayload>> callback);

    // OperationService
    void getOperation(const QString &operationId, QObject *context, Callback<Operation> callback);
    void cancelOperation(const QString &operationId, QObject *context, Callback<Operation> callback);

    // Resource Manager
    void listClouds(int pageSize, const QString &pageToken, QObject *context, Callback<Page<Cloud>> callback);
    void listFolders(const QString &cloudId, int pageSize, const QString &pageToken, QObject *context,
                     Callback<Page<Folder>> callback);

    // IAM token exchange (no Authorization header): body {"yandexPassportOauthToken"} or {"jwt"}.
    void createIamToken(const QJsonObject &body, QObject *context, Callback<IamToken> callback);

Q_SIGNALS:
    // Every HTTP attempt, for the operations panel and request counting in benchmarks.
    void requestFinished(const QString &method, const QUrl &url, int httpStatus, const QString &requestId);

private:
    struct Call;
    using RawCallback = std::function<void(const Result<QJsonObject> &)>;
    // The response body of a successful call; the receiver may wipe it (payloads).
    using BodyCallback = std::function<void(Result<QByteArray> &)>;
    // idempotencyKey: for a mutation, the key to send (empty: a new one).
    void send(Service service, const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QJsonObject &body, bool mutation, bool authenticated, QObject *context, RawCallback callback,
              const QString &idempotencyKey = {});
    void sendRaw(Service service, const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QJsonObject &body, bool mutation, bool authenticated, QObject *context, BodyCallback callback,
                 const QString &idempotencyKey = {});
    // A GET of one page, decoded from the body by parse(body, onToken, &why) (decode::pageFromBody):
    // bodies from kOffThreadDecodeBytes up are decoded on a worker thread (one page of 1,000 secrets
    // was ~30 ms of UI-thread time with QJsonDocument, still several with RapidJSON); smaller ones, and
    // every callback, stay on this client's thread.
    template <typename T, typename Parse>
    void sendPage(const QString &path, const QUrlQuery &query, QObject *context, Callback<T> callback, Parse parse,
                  std::function<void(const QString &)> nextPageToken = {});
    QObject *decodeWorker();
    void attempt(std::shared_ptr<Call> call);
    void sendHttp(const std::shared_ptr<Call> &call, const QString &token);
    void handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void finish(const std::shared_ptr<Call> &call, Result<QByteArray> &result);

    ClientConfig m_config;
    CredentialProvider *m_credentials = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    static constexpr qsizetype kOffThreadDecodeBytes = 128 * 1024;
    QThread *m_decodeThread = nullptr; // started with the first large page
    QObject *m_decodeWorker = nullptr; // lives in m_decodeThread
};

} // namespace lockbox
