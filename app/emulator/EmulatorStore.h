#pragma once

#include "ApiError.h"
#include "Resources.h"
#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QUrlQuery>
#include <map>

namespace lockbox::emulator {

// Who is calling, after the bearer token was checked.
struct Caller {
    QString subjectId;
    QStringList roles; // as granted globally (seed / --token)
};

// The emulator's state and the Lockbox semantics: validation limits, AddVersion merging, destruction
// schedule, operations and idempotency, IAM token issue, roles. Transport-free: the HTTP server hands it
// parsed requests and turns its Results into responses. Not thread-safe: used from the emulator's thread.
class EmulatorStore final {
public:
    using Outcome = Result<QJsonObject>;

    EmulatorStore();
    ~EmulatorStore();
    Q_DISABLE_COPY_MOVE(EmulatorStore)

    // Seed JSON (times may be relative: "now-30d", "now+6h", "now-90m") or saved state JSON.
    bool load(const QByteArray &json, QString *error);
    // Every later mutation is persisted here atomically (write to a temp file, then rename).
    void setStateFile(const QString &path);
    QByteArray saveState() const;

    QDateTime now() const;
    void advanceClock(qint64 ms);
    // Applies what the clock made due: scheduled destructions, delayed operations.
    void tick();

    void addAdminToken(const QString &token);
    void setTokenLifetimeMs(qint64 ms) { m_tokenLifetimeMs = ms; }
    void setOperationDelayMs(qint64 ms) { m_operationDelayMs = ms; }
    // Registers a service-account public key (PEM) the JWT exchange verifies against.
    void addServiceAccountKey(const QString &serviceAccountId, const QString &keyId, const QByteArray &publicKeyPem);
    void addSubject(const QString &subjectId, const QStringList &roles, const QStringList &tokens = {});

    // nullopt + error when the token is unknown or expired.
    Result<Caller> authenticate(const QString &token) const;

    // IAM
    Outcome createIamToken(const QJsonObject &body);

    // SecretService
    Outcome getSecret(const Caller &c, const QString &secretId);
    Outcome listSecrets(const Caller &c, const QUrlQuery &query);
    Outcome createSecret(const Caller &c, const QJsonObject &body, const QString &idempotencyKey);
    Outcome updateSecret(const Caller &c, const QString &secretId, const QJsonObject &body, const QString &idemKey);
    Outcome deleteSecret(const Caller &c, const QString &secretId, const QString &idemKey);
    Outcome setSecretActive(const Caller &c, const QString &secretId, bool active, const QString &idemKey);
    Outcome listVersions(const Caller &c, const QString &secretId, const QUrlQuery &query);
    // The same answer as compact JSON bytes, written from each version's cached JSON: what the HTTP
    // server sends (building a QJsonObject per version and serialising the page cost 60% + 31% of it).
    Result<QByteArray> listVersionsBody(const Caller &c, const QString &secretId, const QUrlQuery &query);
    Outcome addVersion(const Caller &c, const QString &secretId, const QJsonObject &body, const QString &idemKey);
    Outcome setCurrentVersion(const Caller &c, const QString &secretId, const QJsonObject &body,
                              const QString &idemKey);
    Outcome scheduleVersionDestruction(const Caller &c, const QString &secretId, const QJsonObject &body,
                                       const QString &idemKey);
    Outcome cancelVersionDestruction(const Caller &c, const QString &secretId, const QJsonObject &body,
                                     const QString &idemKey);
    Outcome listSecretOperations(const Caller &c, const QString &secretId, const QUrlQuery &query);
    Outcome listAccessBindings(const Caller &c, const QString &secretId, const QUrlQuery &query);
    Outcome setAccessBindings(const Caller &c, const QString &secretId, const QJsonObject &body,
                              const QString &idemKey);
    Outcome updateAccessBindings(const Caller &c, const QString &secretId, const QJsonObject &body,
                                 const QString &idemKey);

    // PayloadService
    Outcome getPayload(const Caller &c, const QString &secretId, const QUrlQuery &query);
    Outcome getPayloadEx(const Caller &c, const QUrlQuery &query);

    // OperationService
    Outcome getOperation(const Caller &c, const QString &operationId);
    Outcome cancelOperation(const Caller &c, const QString &operationId);

    // Resource Manager
    Outcome listClouds(const Caller &c, const QUrlQuery &query);
    Outcome getCloud(const Caller &c, const QString &cloudId);
    Outcome listFolders(const Caller &c, const QUrlQuery &query);
    Outcome getFolder(const Caller &c, const QString &folderId);

    // Test and benchmark helpers.
    int secretCount() const { return static_cast<int>(m_secrets.size()); }
    int versionCount(const QString &secretId) const;
    // Adds `count` user secrets named prefix-N to a folder (for the 10,000-secret benchmark).
    void generateSecrets(const QString &folderId, const QString &prefix, int count);

private:
    struct Entry {
        QString key;
        bool binary = false;
        QByteArray value;
        bool remove = false; // in a change set: drop this key
    };
    struct StoredVersion {
        Version meta;
        QList<Entry> entries;
        qint64 seq = 0;
        // Compact JSON of meta, built on first output; cleared wherever meta changes (metaChanged()).
        mutable QByteArray json;
    };
    struct StoredSecret {
        Secret meta; // currentVersion left empty; built on output
        QString currentVersionId;
        QList<StoredVersion> versions; // ascending seq
        QHash<QString, int> versionIndex;
        qint64 seq = 0;
        QJsonArray accessBindings;
        QStringList operationIds; // ascending creation
    };
    struct Subject {
        QString id;
        QString type;
        QStringList roles;
    };
    struct Token {
        QString subjectId;
        QDateTime expiresAt; // invalid: never
    };
    struct SaKey {
        QString serviceAccountId;
        QByteArray publicKeyPem;
    };
    enum class Right { View, Edit, Payload, ManageAccess };
    struct VersionTarget {
        StoredSecret *secret = nullptr;
        StoredVersion *version = nullptr;
    };

    bool loadObject(const QJsonObject &root, bool isState, QString *error);
    QDateTime parseSeedTime(const QJsonValue &v, const QDateTime &loadTime, bool *ok) const;
    ApiError check(const Caller &c, const StoredSecret *secret, const QString &folderId, Right right) const;
    Result<StoredSecret *> findSecret(const Caller &c, const QString &secretId, Right right);
    // The secret (editable by c) and the version named by body.versionId of a version RPC.
    Result<VersionTarget> versionTarget(const Caller &c, const QString &secretId, const QJsonObject &body,
                                        bool withPendingPeriod);
    QJsonObject versionJson(const StoredVersion &v) const;
    const QByteArray &versionBytes(const StoredVersion &v) const;
    static void metaChanged(StoredVersion &v) { v.json.clear(); }
    QJsonObject secretJson(const StoredSecret &s) const;
    QString newId(const char *prefix);
    QJsonObject startOperation(const Caller &c, const QString &idemKey, const QString &description,
                               const QString &metadataType, QJsonObject metadata, const QString &responseType,
                               QJsonObject response, const QString &secretId, qint64 delayMs = 0,
                               const QString &activateSecretId = {});
    std::optional<QJsonObject> replayIdempotent(const QString &idemKey);
    Result<QList<Entry>> parseEntryChanges(const QJsonValue &value, const char *field) const;
    void scheduleDestruction(const QString &secretId, StoredVersion &v, const QDateTime &at);
    void unscheduleDestruction(const QString &secretId, const QString &versionId, const QDateTime &at);
    int liveVersionCount(const StoredSecret &s) const;
    StoredVersion &appendVersion(StoredSecret &s, QList<Entry> entries, const QString &description,
                                 const std::optional<PasswordPayloadSpecification> &spec);
    void persist() const;
    QJsonObject operationPublic(const QJsonObject &op) const;

    QDateTime m_loadTime;
    qint64 m_clockOffsetMs = 0;
    qint64 m_tokenLifetimeMs = 12LL * 3600 * 1000;
    qint64 m_operationDelayMs = 0;
    qint64 m_nextSeq = 1;
    QString m_stateFile;

    QList<QJsonObject> m_clouds;
    QList<QJsonObject> m_folders;
    QHash<QString, Subject> m_subjects;
    QHash<QString, Token> m_tokens;
    QHash<QString, QString> m_oauthTokens; // OAuth token → subject id
    QHash<QString, SaKey> m_saKeys;        // key id → key
    std::map<QString, StoredSecret> m_secrets;
    QHash<QString, QMap<qint64, QString>> m_secretsByFolder; // folder → seq → secret id
    QHash<QString, QJsonObject> m_operations;
    QStringList m_pendingOperations;
    QHash<QString, QString> m_idempotency;                             // key → operation id
    std::multimap<qint64, std::pair<QString, QString>> m_destructions; // destroyAt ms → (secret, version)
};

} // namespace lockbox::emulator
