#include "EmulatorStore.h"

#include "JsonMapping.h"
#include "JwtVerifier.h"
#include "Limits.h"
#include "PasswordGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace lockbox::emulator {

using Outcome = EmulatorStore::Outcome;

namespace {

const QString kTypePrefix = QStringLiteral("type.googleapis.com/");
const QString kLockboxPrefix = QStringLiteral("type.googleapis.com/yandex.cloud.lockbox.v1.");

ApiError err(RpcCode code, const QString &message) {
    ApiError e;
    e.kind = ApiError::Kind::Server;
    e.code = code;
    e.httpStatus = ApiError::httpStatusFor(code);
    e.message = message;
    return e;
}

ApiError invalid(const QString &field, const QString &problem) {
    return err(RpcCode::InvalidArgument, QStringLiteral("Request validation error: %1: %2").arg(field, problem));
}

// Checks a request body the way a protobuf JSON parser does: unknown fields and wrong types are
// INVALID_ARGUMENT. types: 's' string, 'b' bool, 'i' int64 (string or number), 'a' array, 'o' object.
class BodyCheck {
public:
    BodyCheck(const QJsonObject &body, std::initializer_list<std::pair<const char *, char>> fields) : m_body(body) {
        for (auto it = body.begin(); it != body.end(); ++it) {
            char type = 0;
            for (const auto &f : fields) {
                if (it.key() == QLatin1String(f.first)) {
                    type = f.second;
                }
            }
            if (type == 0) {
                m_error = invalid(it.key(), QStringLiteral("unknown field"));
                return;
            }
            const QJsonValue v = it.value();
            if (v.isNull()) {
                continue;
            }
            bool ok = true;
            switch (type) {
            case 's':
                ok = v.isString();
                break;
            case 'b':
                ok = v.isBool();
                break;
            case 'i':
                ok = json::toInt64(v).has_value();
                break;
            case 'a':
                ok = v.isArray();
                break;
            case 'o':
                ok = v.isObject();
                break;
            }
            if (!ok) {
                m_error = invalid(it.key(), QStringLiteral("invalid value type"));
                return;
            }
        }
    }
    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }
    QString str(const char *name) const { return m_body.value(QLatin1String(name)).toString(); }
    bool has(const char *name) const {
        const QJsonValue v = m_body.value(QLatin1String(name));
        return !v.isUndefined() && !v.isNull();
    }

private:
    QJsonObject m_body;
    std::optional<ApiError> m_error;
};

// Query parameters: only these names; unknown ones are INVALID_ARGUMENT as with the gateway.
std::optional<ApiError> checkQuery(const QUrlQuery &q, std::initializer_list<const char *> allowed) {
    for (const auto &item : q.queryItems(QUrl::FullyDecoded)) {
        bool known = false;
        for (const char *a : allowed) {
            known = known || item.first == QLatin1String(a);
        }
        if (!known) {
            return invalid(item.first, QStringLiteral("unknown query parameter"));
        }
    }
    return std::nullopt;
}

std::optional<ApiError> checkId(const QString &field, const QString &value, bool required = true,
                                int max = limits::kMaxIdLength) {
    if (required && value.isEmpty()) {
        return invalid(field, QStringLiteral("required field is empty"));
    }
    if (value.size() > max) {
        return invalid(field, QStringLiteral("length must be <= %1, got %2").arg(max).arg(value.size()));
    }
    return std::nullopt;
}

// pageSize and pageToken of a list request; token is opaque "<kind>:<seq>" in base64url.
struct PageArgs {
    int size = limits::kDefaultPageSize;
    qint64 afterSeq = -1; // -1: from the start
};

Result<PageArgs> parsePage(const QUrlQuery &q, char kind, int maxToken, int maxSize = limits::kMaxPageSize) {
    PageArgs p;
    const QString size = q.queryItemValue(QStringLiteral("pageSize"), QUrl::FullyDecoded);
    if (!size.isEmpty()) {
        bool ok = false;
        const qint64 n = size.toLongLong(&ok);
        if (!ok) {
            return invalid(QStringLiteral("pageSize"), QStringLiteral("invalid int64 value \"%1\"").arg(size));
        }
        if (n < 0 || n > maxSize) {
            return invalid(QStringLiteral("pageSize"),
                           QStringLiteral("value must be in range [0, %1], got %2").arg(maxSize).arg(n));
        }
        p.size = n == 0 ? limits::kDefaultPageSize : static_cast<int>(n);
    }
    const QString token = q.queryItemValue(QStringLiteral("pageToken"), QUrl::FullyDecoded);
    if (!token.isEmpty()) {
        if (token.size() > maxToken) {
            return invalid(QStringLiteral("pageToken"),
                           QStringLiteral("length must be <= %1, got %2").arg(maxToken).arg(token.size()));
        }
        const QByteArray raw =
            QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QList<QByteArray> parts = raw.split(':');
        bool ok = false;
        const qint64 seq =
            parts.size() == 2 && parts[0].size() == 1 && parts[0][0] == kind ? parts[1].toLongLong(&ok) : 0;
        if (!ok || seq < 0) {
            return invalid(QStringLiteral("pageToken"), QStringLiteral("invalid page token"));
        }
        p.afterSeq = seq;
    }
    return p;
}

// Labels of Create/Update: at most 64, keys [a-z][-_0-9a-z]* and values [-_0-9a-z]*, each <= 63.
Result<QMap<QString, QString>> parseLabels(const QJsonValue &value) {
    static const QRegularExpression keyRe(limits::kLabelKeyPattern);
    static const QRegularExpression valRe(limits::kLabelValuePattern);
    QMap<QString, QString> out;
    const QJsonObject labels = value.toObject();
    if (labels.size() > limits::kMaxLabels) {
        return invalid(QStringLiteral("labels"), QStringLiteral("no more than 64 per resource"));
    }
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!it.value().isString()) {
            return invalid(QStringLiteral("labels"), QStringLiteral("invalid value type"));
        }
        const QString v = it.value().toString();
        if (it.key().size() > limits::kMaxLabelKey || !keyRe.match(it.key()).hasMatch()) {
            return invalid(QStringLiteral("labels"), QStringLiteral("invalid label key \"%1\"").arg(it.key()));
        }
        if (v.size() > limits::kMaxLabelValue || !valRe.match(v).hasMatch()) {
            return invalid(QStringLiteral("labels"), QStringLiteral("invalid value of label \"%1\"").arg(it.key()));
        }
        out.insert(it.key(), v);
    }
    return out;
}

QString pageToken(char kind, qint64 seq) {
    return QString::fromLatin1(QByteArray(QByteArray(1, kind) + ':' + QByteArray::number(seq))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString typed(const QString &full) {
    return kTypePrefix + full;
}

QJsonObject withType(QJsonObject o, const QString &type) {
    o.insert(QStringLiteral("@type"), type);
    return o;
}

bool hasAnyRole(const QStringList &roles, std::initializer_list<const char *> wanted) {
    for (const auto &r : roles) {
        for (const char *w : wanted) {
            if (r == QLatin1String(w)) {
                return true;
            }
        }
    }
    return false;
}

QString randomChars(int n, const char *alphabet) {
    const int len = static_cast<int>(qstrlen(alphabet));
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i) {
        s.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(len)]));
    }
    return s;
}

} // namespace

EmulatorStore::EmulatorStore() : m_loadTime(QDateTime::currentDateTimeUtc()) {}
EmulatorStore::~EmulatorStore() = default;

QDateTime EmulatorStore::now() const {
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void EmulatorStore::advanceClock(qint64 ms) {
    m_clockOffsetMs += ms;
    tick();
    persist();
}

QString EmulatorStore::newId(const char *prefix) {
    // Yandex Cloud ids: 20 characters of [a-v0-9] behind a service prefix.
    return QLatin1String(prefix) +
           randomChars(20 - static_cast<int>(qstrlen(prefix)), "abcdefghijklmnopqrstuv0123456789");
}

void EmulatorStore::addAdminToken(const QString &token) {
    const QString admin = QStringLiteral("ajeemulator0admin001");
    if (!m_subjects.contains(admin)) {
        m_subjects.insert(admin, Subject{admin, QStringLiteral("userAccount"), {QStringLiteral("admin")}});
    }
    m_tokens.insert(token, Token{admin, {}});
}

void EmulatorStore::addSubject(const QString &subjectId, const QStringList &roles, const QStringList &tokens) {
    m_subjects.insert(subjectId, Subject{subjectId, QStringLiteral("userAccount"), roles});
    for (const auto &t : tokens) {
        m_tokens.insert(t, Token{subjectId, {}});
    }
}

void EmulatorStore::addServiceAccountKey(const QString &serviceAccountId, const QString &keyId,
                                         const QByteArray &publicKeyPem) {
    m_saKeys.insert(keyId, SaKey{serviceAccountId, publicKeyPem});
    if (!m_subjects.contains(serviceAccountId)) {
        m_subjects.insert(serviceAccountId,
                          Subject{serviceAccountId, QStringLiteral("serviceAccount"), {QStringLiteral("admin")}});
    }
}

// ---------------------------------------------------------------- loading and saving

QDateTime EmulatorStore::parseSeedTime(const QJsonValue &v, const QDateTime &loadTime, bool *ok) const {
    *ok = true;
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    const QString s = v.toString();
    static const QRegularExpression rel(QStringLiteral(R"(^now(?:([+-])(\d+)([smhd]))?$)"));
    const auto m = rel.match(s);
    if (m.hasMatch()) {
        if (m.capturedLength(1) == 0) {
            return loadTime;
        }
        qint64 n = m.captured(2).toLongLong();
        const QChar unit = m.captured(3).at(0);
        n *= unit == QLatin1Char('s') ? 1 : unit == QLatin1Char('m') ? 60 : unit == QLatin1Char('h') ? 3600 : 86400;
        return loadTime.addSecs(m.captured(1) == QLatin1String("-") ? -n : n);
    }
    const QDateTime t = json::parseTimestamp(s);
    *ok = t.isValid();
    return t;
}

bool EmulatorStore::load(const QByteArray &json, QString *error) {
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(pe.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    return loadObject(root, root.value(QLatin1String("format")).toString() == QLatin1String("lockbox-emulator-state"),
                      error);
}

bool EmulatorStore::loadObject(const QJsonObject &root, bool isState, QString *error) {
    const QDateTime loadTime = now();
    bool ok = true;
    auto fail = [error](const QString &why) {
        *error = why;
        return false;
    };
    // A missing creation time is the load time; a malformed one fails the load.
    auto created = [&](const QJsonObject &o) {
        const QDateTime t = parseSeedTime(o.value(QLatin1String("createdAt")), loadTime, &ok);
        return t.isValid() ? t : loadTime;
    };
    if (isState) {
        m_clockOffsetMs = root.value(QLatin1String("clockOffsetMs")).toInteger();
        m_nextSeq = root.value(QLatin1String("nextSeq")).toInteger(1);
    }
    for (const auto &c : root.value(QLatin1String("clouds")).toArray()) {
        QJsonObject o = c.toObject();
        o.insert(QStringLiteral("createdAt"), json::formatTimestamp(created(o)));
        m_clouds.append(o);
    }
    for (const auto &f : root.value(QLatin1String("folders")).toArray()) {
        QJsonObject o = f.toObject();
        o.insert(QStringLiteral("createdAt"), json::formatTimestamp(created(o)));
        if (!o.contains(QLatin1String("status"))) {
            o.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
        }
        m_folders.append(o);
    }
    for (const auto &sv : root.value(QLatin1String("subjects")).toArray()) {
        const QJsonObject o = sv.toObject();
        Subject s{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("type")).toString(), {}};
        for (const auto &r : o.value(QLatin1String("roles")).toArray()) {
            s.roles.append(r.toString());
        }
        m_subjects.insert(s.id, s);
        for (const auto &t : o.value(QLatin1String("tokens")).toArray()) {
            m_tokens.insert(t.toString(), Token{s.id, {}});
        }
        for (const auto &t : o.value(QLatin1String("oauthTokens")).toArray()) {
            m_oauthTokens.insert(t.toString(), s.id);
        }
    }
    for (const auto &sa : root.value(QLatin1String("serviceAccounts")).toArray()) {
        const QJsonObject o = sa.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        for (const auto &k : o.value(QLatin1String("keys")).toArray()) {
            const QJsonObject ko = k.toObject();
            m_saKeys.insert(ko.value(QLatin1String("id")).toString(),
                            SaKey{id, ko.value(QLatin1String("publicKey")).toString().toUtf8()});
        }
        QStringList roles;
        for (const auto &r : o.value(QLatin1String("roles")).toArray()) {
            roles.append(r.toString());
        }
        m_subjects.insert(id, Subject{id, QStringLiteral("serviceAccount"), roles});
    }
    if (isState) {
        const QJsonObject tokens = root.value(QLatin1String("issuedTokens")).toObject();
        for (auto it = tokens.begin(); it != tokens.end(); ++it) {
            const QJsonObject t = it.value().toObject();
            m_tokens.insert(it.key(), Token{t.value(QLatin1String("subjectId")).toString(),
                                            json::parseTimestamp(t.value(QLatin1String("expiresAt")).toString())});
        }
    }

    for (const auto &sv : root.value(QLatin1String("secrets")).toArray()) {
        const QJsonObject o = sv.toObject();
        StoredSecret s;
        QJsonObject meta = o;
        meta.remove(QStringLiteral("versions"));
        meta.remove(QStringLiteral("currentVersion"));
        meta.insert(QStringLiteral("createdAt"), json::formatTimestamp(created(o)));
        if (!ok) {
            return fail(QStringLiteral("secret %1: bad createdAt").arg(o.value(QLatin1String("id")).toString()));
        }
        if (!meta.contains(QLatin1String("status"))) {
            meta.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
        }
        QString why;
        const auto parsed = Secret::fromJson(meta, &why);
        if (!parsed) {
            return fail(QStringLiteral("secret: %1").arg(why));
        }
        s.meta = *parsed;
        s.currentVersionId = o.value(QLatin1String("currentVersionId")).toString();
        s.seq = isState ? o.value(QLatin1String("seq")).toInteger() : m_nextSeq++;
        s.accessBindings = o.value(QLatin1String("accessBindings")).toArray();
        for (const auto &op : o.value(QLatin1String("operationIds")).toArray()) {
            s.operationIds.append(op.toString());
        }
        for (const auto &vv : o.value(QLatin1String("versions")).toArray()) {
            const QJsonObject vo = vv.toObject();
            StoredVersion v;
            v.meta.id = vo.value(QLatin1String("id")).toString();
            v.meta.secretId = s.meta.id;
            v.meta.createdAt = created(vo);
            v.meta.destroyAt = parseSeedTime(vo.value(QLatin1String("destroyAt")), loadTime, &ok);
            if (!ok) {
                return fail(QStringLiteral("version %1: bad time").arg(v.meta.id));
            }
            v.meta.description = vo.value(QLatin1String("description")).toString();
            v.meta.status =
                Version::statusFromName(vo.value(QLatin1String("status")).toString(QStringLiteral("ACTIVE")));
            if (vo.contains(QLatin1String("passwordPayloadSpecification"))) {
                v.meta.passwordPayloadSpecification = PasswordPayloadSpecification::fromJson(
                    vo.value(QLatin1String("passwordPayloadSpecification")).toObject());
            }
            for (const auto &ev : vo.value(QLatin1String("entries")).toArray()) {
                const QJsonObject eo = ev.toObject();
                Entry e;
                e.key = eo.value(QLatin1String("key")).toString();
                if (eo.contains(QLatin1String("binaryValue"))) {
                    e.binary = true;
                    e.value = QByteArray::fromBase64(eo.value(QLatin1String("binaryValue")).toString().toLatin1());
                } else {
                    e.value = eo.value(QLatin1String("textValue")).toString().toUtf8();
                }
                v.meta.payloadEntryKeys.append(e.key);
                v.entries.append(e);
            }
            if (v.meta.payloadEntryKeys.isEmpty()) {
                // A destroyed version keeps its key list (metadata) though its values are gone.
                for (const auto &k : vo.value(QLatin1String("payloadEntryKeys")).toArray()) {
                    v.meta.payloadEntryKeys.append(k.toString());
                }
            }
            v.seq = isState ? vo.value(QLatin1String("seq")).toInteger() : m_nextSeq++;
            s.versionIndex.insert(v.meta.id, static_cast<int>(s.versions.size()));
            s.versions.append(v);
        }
        if (!s.currentVersionId.isEmpty() && !s.versionIndex.contains(s.currentVersionId)) {
            return fail(QStringLiteral("secret %1: unknown currentVersionId").arg(s.meta.id));
        }
        for (auto &v : s.versions) {
            if (v.meta.status == Version::Status::ScheduledForDestruction) {
                m_destructions.emplace(v.meta.destroyAt.toMSecsSinceEpoch(), std::make_pair(s.meta.id, v.meta.id));
            }
        }
        m_secretsByFolder[s.meta.folderId].insert(s.seq, s.meta.id);
        m_secrets[s.meta.id] = std::move(s);
    }
    if (isState) {
        for (const auto &ov : root.value(QLatin1String("operations")).toArray()) {
            const QJsonObject op = ov.toObject();
            m_operations.insert(op.value(QLatin1String("id")).toString(), op);
            if (!op.value(QLatin1String("done")).toBool()) {
                m_pendingOperations.append(op.value(QLatin1String("id")).toString());
            }
        }
        const QJsonObject idem = root.value(QLatin1String("idempotency")).toObject();
        for (auto it = idem.begin(); it != idem.end(); ++it) {
            m_idempotency.insert(it.key(), it.value().toString());
        }
    }
    tick();
    return true;
}

QByteArray EmulatorStore::saveState() const {
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("lockbox-emulator-state")},
                     {QStringLiteral("clockOffsetMs"), m_clockOffsetMs},
                     {QStringLiteral("nextSeq"), m_nextSeq}};
    QJsonArray clouds, folders, subjects, sas, secrets, ops;
    for (const auto &c : m_clouds) {
        clouds.append(c);
    }
    for (const auto &f : m_folders) {
        folders.append(f);
    }
    QHash<QString, QJsonArray> oauthBySubject;
    for (auto it = m_oauthTokens.begin(); it != m_oauthTokens.end(); ++it) {
        oauthBySubject[it.value()].append(it.key());
    }
    QHash<QString, QJsonArray> keysBySa;
    for (auto it = m_saKeys.begin(); it != m_saKeys.end(); ++it) {
        keysBySa[it->serviceAccountId].append(QJsonObject{
            {QStringLiteral("id"), it.key()}, {QStringLiteral("publicKey"), QString::fromUtf8(it->publicKeyPem)}});
    }
    for (const auto &s : m_subjects) {
        if (s.type == QLatin1String("serviceAccount")) {
            sas.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("roles"), QJsonArray::fromStringList(s.roles)},
                                   {QStringLiteral("keys"), keysBySa.value(s.id)}});
        } else {
            subjects.append(QJsonObject{{QStringLiteral("id"), s.id},
                                        {QStringLiteral("type"), s.type},
                                        {QStringLiteral("roles"), QJsonArray::fromStringList(s.roles)},
                                        {QStringLiteral("oauthTokens"), oauthBySubject.value(s.id)}});
        }
    }
    QJsonObject tokens;
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it) {
        QJsonObject t{{QStringLiteral("subjectId"), it->subjectId}};
        if (it->expiresAt.isValid()) {
            t.insert(QStringLiteral("expiresAt"), json::formatTimestamp(it->expiresAt));
        }
        tokens.insert(it.key(), t);
    }
    for (const auto &[id, s] : m_secrets) {
        QJsonObject o = s.meta.toJson();
        o.insert(QStringLiteral("seq"), s.seq);
        if (!s.meta.deletionProtection) {
            o.remove(QStringLiteral("deletionProtection"));
        }
        o.insert(QStringLiteral("currentVersionId"), s.currentVersionId);
        o.insert(QStringLiteral("accessBindings"), s.accessBindings);
        o.insert(QStringLiteral("operationIds"), QJsonArray::fromStringList(s.operationIds));
        QJsonArray versions;
        for (const auto &v : s.versions) {
            QJsonObject vo = v.meta.toJson();
            vo.remove(QStringLiteral("secretId"));
            vo.insert(QStringLiteral("seq"), v.seq);
            vo.insert(QStringLiteral("status"), Version::statusName(v.meta.status));
            QJsonArray entries;
            for (const auto &e : v.entries) {
                entries.append(
                    e.binary ? QJsonObject{{QStringLiteral("key"), e.key},
                                           {QStringLiteral("binaryValue"), QString::fromLatin1(e.value.toBase64())}}
                             : QJsonObject{{QStringLiteral("key"), e.key},
                                           {QStringLiteral("textValue"), QString::fromUtf8(e.value)}});
            }
            vo.insert(QStringLiteral("entries"), entries);
            versions.append(vo);
        }
        o.insert(QStringLiteral("versions"), versions);
        secrets.append(o);
    }
    for (const auto &op : m_operations) {
        ops.append(op);
    }
    QJsonObject idem;
    for (auto it = m_idempotency.begin(); it != m_idempotency.end(); ++it) {
        idem.insert(it.key(), it.value());
    }
    root.insert(QStringLiteral("clouds"), clouds);
    root.insert(QStringLiteral("folders"), folders);
    root.insert(QStringLiteral("subjects"), subjects);
    root.insert(QStringLiteral("serviceAccounts"), sas);
    root.insert(QStringLiteral("issuedTokens"), tokens);
    root.insert(QStringLiteral("secrets"), secrets);
    root.insert(QStringLiteral("operations"), ops);
    root.insert(QStringLiteral("idempotency"), idem);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void EmulatorStore::setStateFile(const QString &path) {
    m_stateFile = path;
    persist();
}

void EmulatorStore::persist() const {
    if (m_stateFile.isEmpty()) {
        return;
    }
    // QSaveFile writes a temporary file and renames it over the old one on commit(): a kill at any
    // moment leaves either the old or the new state, never half of one.
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qWarning("emulator: cannot write state file %s: %s", qPrintable(m_stateFile), qPrintable(file.errorString()));
        return;
    }
    file.write(saveState());
    if (!file.commit()) {
        qWarning("emulator: cannot commit state file %s: %s", qPrintable(m_stateFile), qPrintable(file.errorString()));
    }
}

// ---------------------------------------------------------------- clock-driven changes

void EmulatorStore::tick() {
    const qint64 nowMs = now().toMSecsSinceEpoch();
    bool changed = false;
    while (!m_destructions.empty() && m_destructions.begin()->first <= nowMs) {
        const auto [secretId, versionId] = m_destructions.begin()->second;
        m_destructions.erase(m_destructions.begin());
        auto it = m_secrets.find(secretId);
        if (it == m_secrets.end() || !it->second.versionIndex.contains(versionId)) {
            continue;
        }
        StoredVersion &v = it->second.versions[it->second.versionIndex.value(versionId)];
        if (v.meta.status != Version::Status::ScheduledForDestruction) {
            continue;
        }
        v.meta.status = Version::Status::Destroyed;
        v.meta.destroyAt = {}; // destroy_at is empty unless SCHEDULED_FOR_DESTRUCTION
        metaChanged(v);
        for (auto &e : v.entries) {
            e.value.fill('\0');
        }
        v.entries.clear();
        changed = true;
    }
    for (qsizetype i = 0; i < m_pendingOperations.size();) {
        QJsonObject op = m_operations.value(m_pendingOperations[i]);
        if (op.value(QLatin1String("_doneAtMs")).toInteger() > nowMs) {
            ++i;
            continue;
        }
        op.insert(QStringLiteral("done"), true);
        op.insert(QStringLiteral("modifiedAt"), json::formatTimestamp(now()));
        const QString activate = op.value(QLatin1String("_activateSecretId")).toString();
        auto it = m_secrets.find(activate);
        QJsonObject response = op.value(QLatin1String("_response")).toObject();
        if (!activate.isEmpty() && it != m_secrets.end() && it->second.meta.status == Secret::Status::Creating) {
            it->second.meta.status = Secret::Status::Active;
            response = withType(secretJson(it->second), kLockboxPrefix + QStringLiteral("Secret"));
        }
        op.insert(QStringLiteral("response"), response);
        op.remove(QStringLiteral("_doneAtMs"));
        op.remove(QStringLiteral("_response"));
        op.remove(QStringLiteral("_activateSecretId"));
        m_operations.insert(m_pendingOperations[i], op);
        m_pendingOperations.removeAt(i);
        changed = true;
    }
    if (changed) {
        persist();
    }
}

// ---------------------------------------------------------------- auth

Result<Caller> EmulatorStore::authenticate(const QString &token) const {
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || (it->expiresAt.isValid() && it->expiresAt <= now())) {
        return err(RpcCode::Unauthenticated, QStringLiteral("Token is invalid or has expired."));
    }
    const Subject s = m_subjects.value(it->subjectId);
    return Caller{s.id, s.roles};
}

ApiError EmulatorStore::check(const Caller &c, const StoredSecret *secret, const QString &folderId, Right right) const {
    QStringList roles = c.roles;
    if (secret) {
        for (const auto &b : secret->accessBindings) {
            const QJsonObject bo = b.toObject();
            const QJsonObject subject = bo.value(QLatin1String("subject")).toObject();
            const QString sid = subject.value(QLatin1String("id")).toString();
            if (sid == c.subjectId || sid == QLatin1String("allAuthenticatedUsers")) {
                roles.append(bo.value(QLatin1String("roleId")).toString());
            }
        }
    }
    bool allowed = false;
    switch (right) {
    case Right::View:
        allowed = hasAnyRole(roles, {"lockbox.auditor", "lockbox.viewer", "lockbox.editor", "lockbox.admin", "auditor",
                                     "viewer", "editor", "admin"});
        break;
    case Right::Edit:
        allowed = hasAnyRole(roles, {"lockbox.editor", "lockbox.admin", "editor", "admin"});
        break;
    case Right::Payload:
        allowed = hasAnyRole(roles, {"lockbox.payloadViewer", "lockbox.admin", "admin"});
        break;
    case Right::ManageAccess:
        allowed = hasAnyRole(roles, {"lockbox.admin", "admin"});
        break;
    }
    if (allowed) {
        ApiError ok;
        ok.code = RpcCode::Ok;
        ok.httpStatus = 200;
        return ok;
    }
    Q_UNUSED(folderId)
    return err(RpcCode::PermissionDenied, QStringLiteral("Permission denied"));
}

Result<EmulatorStore::StoredSecret *> EmulatorStore::findSecret(const Caller &c, const QString &secretId, Right right) {
    if (auto e = checkId(QStringLiteral("secret_id"), secretId)) {
        return *e;
    }
    auto it = m_secrets.find(secretId);
    if (it == m_secrets.end()) {
        // Unknown and invisible look the same, as in the cloud.
        return err(RpcCode::NotFound, QStringLiteral("Secret not found"));
    }
    const ApiError access = check(c, &it->second, it->second.meta.folderId, right);
    if (access.code != RpcCode::Ok) {
        if (right != Right::View && check(c, &it->second, it->second.meta.folderId, Right::View).code != RpcCode::Ok) {
            return err(RpcCode::NotFound, QStringLiteral("Secret not found"));
        }
        return access;
    }
    return &it->second;
}

Outcome EmulatorStore::createIamToken(const QJsonObject &body) {
    BodyCheck b(body, {{"yandexPassportOauthToken", 's'}, {"jwt", 's'}});
    if (!b.ok()) {
        return b.error();
    }
    const bool hasOauth = b.has("yandexPassportOauthToken");
    const bool hasJwt = b.has("jwt");
    if (hasOauth == hasJwt) {
        return invalid(QStringLiteral("identity"),
                       QStringLiteral("exactly one of yandexPassportOauthToken, jwt must be set"));
    }
    QString subjectId;
    if (hasOauth) {
        const QString t = b.str("yandexPassportOauthToken");
        if (t.size() > limits::kMaxOAuthToken) {
            return invalid(QStringLiteral("yandex_passport_oauth_token"), QStringLiteral("length must be <= 4000"));
        }
        subjectId = m_oauthTokens.value(t);
        if (subjectId.isEmpty()) {
            return err(RpcCode::Unauthenticated, QStringLiteral("The OAuth token is invalid or has expired."));
        }
    } else {
        const QString jwt = b.str("jwt");
        if (jwt.size() > limits::kMaxJwt) {
            return invalid(QStringLiteral("jwt"), QStringLiteral("length must be <= 8000"));
        }
        JwtVerifier::Claims claims;
        QString why;
        if (!JwtVerifier::parse(jwt.toLatin1(), &claims, &why)) {
            return invalid(QStringLiteral("jwt"), why);
        }
        const auto key = m_saKeys.constFind(claims.keyId);
        if (key == m_saKeys.constEnd()) {
            return err(RpcCode::Unauthenticated, QStringLiteral("JWT key %1 is unknown").arg(claims.keyId));
        }
        if (!JwtVerifier::verifySignature(jwt.toLatin1(), key->publicKeyPem, &why)) {
            return err(RpcCode::Unauthenticated, QStringLiteral("JWT signature is invalid: %1").arg(why));
        }
        const qint64 nowS = now().toSecsSinceEpoch();
        if (claims.issuer != key->serviceAccountId) {
            return err(RpcCode::Unauthenticated, QStringLiteral("JWT issuer does not own key %1").arg(claims.keyId));
        }
        if (claims.audience != QLatin1String("https://iam.api.cloud.yandex.net/iam/v1/tokens")) {
            return err(RpcCode::Unauthenticated, QStringLiteral("JWT audience is wrong"));
        }
        if (claims.expiresAt - claims.issuedAt > 3600 || claims.expiresAt < claims.issuedAt) {
            return err(RpcCode::Unauthenticated, QStringLiteral("JWT lifetime must not exceed 1 hour"));
        }
        // Five minutes of clock skew either way.
        if (claims.expiresAt + 300 < nowS || claims.issuedAt - 300 > nowS) {
            return err(RpcCode::Unauthenticated, QStringLiteral("JWT has expired or is not valid yet"));
        }
        subjectId = key->serviceAccountId;
    }
    const QString token =
        QStringLiteral("t1.") + randomChars(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") +
        QLatin1Char('.') + randomChars(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
    const QDateTime expires = now().addMSecs(m_tokenLifetimeMs);
    m_tokens.insert(token, Token{subjectId, expires});
    persist();
    return QJsonObject{{QStringLiteral("iamToken"), token},
                       {QStringLiteral("expiresAt"), json::formatTimestamp(expires)}};
}

// ---------------------------------------------------------------- JSON output

QJsonObject EmulatorStore::versionJson(const StoredVersion &v) const {
    return v.meta.toJson();
}

const QByteArray &EmulatorStore::versionBytes(const StoredVersion &v) const {
    if (v.json.isEmpty()) {
        v.json = QJsonDocument(v.meta.toJson()).toJson(QJsonDocument::Compact);
    }
    return v.json;
}

QJsonObject EmulatorStore::secretJson(const StoredSecret &s) const {
    QJsonObject o = s.meta.toJson();
    if (!s.currentVersionId.isEmpty()) {
        o.insert(QStringLiteral("currentVersion"), versionJson(s.versions[s.versionIndex.value(s.currentVersionId)]));
    }
    return o;
}

QJsonObject EmulatorStore::operationPublic(const QJsonObject &op) const {
    QJsonObject o = op;
    for (const auto &k : {QStringLiteral("_doneAtMs"), QStringLiteral("_response"), QStringLiteral("_activateSecretId"),
                          QStringLiteral("_secretId")}) {
        o.remove(k);
    }
    return o;
}

// ---------------------------------------------------------------- operations

std::optional<QJsonObject> EmulatorStore::replayIdempotent(const QString &idemKey) {
    if (idemKey.isEmpty()) {
        return std::nullopt;
    }
    const auto it = m_idempotency.constFind(idemKey);
    if (it == m_idempotency.constEnd() || !m_operations.contains(*it)) {
        return std::nullopt;
    }
    // The documented behaviour: the existing operation, with its current status, instead of a rerun.
    // Whether the body must match is unverified; the key alone decides here.
    return operationPublic(m_operations.value(*it));
}

QJsonObject EmulatorStore::startOperation(const Caller &c, const QString &idemKey, const QString &description,
                                          const QString &metadataType, QJsonObject metadata,
                                          const QString &responseType, QJsonObject response, const QString &secretId,
                                          qint64 delayMs, const QString &activateSecretId) {
    const QString id = newId("e6q");
    const QString ts = json::formatTimestamp(now());
    QJsonObject op{
        {QStringLiteral("id"), id},         {QStringLiteral("description"), description},
        {QStringLiteral("createdAt"), ts},  {QStringLiteral("createdBy"), c.subjectId},
        {QStringLiteral("modifiedAt"), ts}, {QStringLiteral("metadata"), withType(std::move(metadata), metadataType)}};
    const QJsonObject typedResponse = withType(std::move(response), responseType);
    const qint64 delay = std::max(delayMs, m_operationDelayMs);
    if (delay > 0) {
        op.insert(QStringLiteral("done"), false);
        op.insert(QStringLiteral("_doneAtMs"), now().toMSecsSinceEpoch() + delay);
        op.insert(QStringLiteral("_response"), typedResponse);
        if (!activateSecretId.isEmpty()) {
            op.insert(QStringLiteral("_activateSecretId"), activateSecretId);
        }
        m_pendingOperations.append(id);
    } else {
        op.insert(QStringLiteral("done"), true);
        op.insert(QStringLiteral("response"), typedResponse);
    }
    op.insert(QStringLiteral("_secretId"), secretId);
    m_operations.insert(id, op);
    if (!idemKey.isEmpty()) {
        m_idempotency.insert(idemKey, id);
    }
    auto it = m_secrets.find(secretId);
    if (it != m_secrets.end()) {
        it->second.operationIds.append(id);
    }
    persist();
    return operationPublic(op);
}

Outcome EmulatorStore::getOperation(const Caller &c, const QString &operationId) {
    if (auto e = checkId(QStringLiteral("operation_id"), operationId)) {
        return *e;
    }
    const auto it = m_operations.constFind(operationId);
    if (it == m_operations.constEnd()) {
        return err(RpcCode::NotFound, QStringLiteral("Operation %1 not found").arg(operationId));
    }
    if (it->value(QLatin1String("createdBy")).toString() != c.subjectId &&
        check(c, nullptr, {}, Right::View).code != RpcCode::Ok) {
        return err(RpcCode::NotFound, QStringLiteral("Operation %1 not found").arg(operationId));
    }
    return operationPublic(*it);
}

Outcome EmulatorStore::cancelOperation(const Caller &c, const QString &operationId) {
    // Cancel is best-effort in the API. The emulator applies every mutation when it is accepted, so
    // there is nothing left to stop: the operation is returned as it stands (it completes as scheduled).
    return getOperation(c, operationId);
}

// ---------------------------------------------------------------- secrets

Outcome EmulatorStore::getSecret(const Caller &c, const QString &secretId) {
    auto s = findSecret(c, secretId, Right::View);
    if (!s) {
        return s.error();
    }
    return secretJson(*s.value());
}

Outcome EmulatorStore::listSecrets(const Caller &c, const QUrlQuery &query) {
    if (auto e = checkQuery(query, {"folderId", "pageSize", "pageToken"})) {
        return *e;
    }
    const QString folderId = query.queryItemValue(QStringLiteral("folderId"), QUrl::FullyDecoded);
    if (auto e = checkId(QStringLiteral("folder_id"), folderId)) {
        return *e;
    }
    const auto page = parsePage(query, 's', limits::kMaxSecretsPageToken);
    if (!page) {
        return page.error();
    }
    const bool folderKnown = std::any_of(m_folders.begin(), m_folders.end(), [&](const QJsonObject &f) {
        return f.value(QLatin1String("id")).toString() == folderId;
    });
    if (!folderKnown) {
        return err(RpcCode::NotFound, QStringLiteral("Folder %1 not found").arg(folderId));
    }
    if (check(c, nullptr, folderId, Right::View).code != RpcCode::Ok) {
        return err(RpcCode::PermissionDenied, QStringLiteral("Permission denied"));
    }
    QJsonArray items;
    const auto &bySeq = m_secretsByFolder.value(folderId);
    auto it = page.value().afterSeq < 0 ? bySeq.begin() : bySeq.upperBound(page.value().afterSeq);
    qint64 lastSeq = -1;
    for (; it != bySeq.end() && items.size() < page.value().size; ++it) {
        items.append(secretJson(m_secrets.at(it.value())));
        lastSeq = it.key();
    }
    QJsonObject out{{QStringLiteral("secrets"), items}};
    if (it != bySeq.end() && lastSeq >= 0) {
        out.insert(QStringLiteral("nextPageToken"), pageToken('s', lastSeq));
    }
    return out;
}

Result<QList<EmulatorStore::Entry>> EmulatorStore::parseEntryChanges(const QJsonValue &value, const char *field) const {
    static const QRegularExpression keyRe(limits::kEntryKeyPattern);
    QList<Entry> changes;
    if (value.isUndefined() || value.isNull()) {
        return changes;
    }
    const QJsonArray arr = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(field)).arg(i);
        if (!arr[i].isObject()) {
            return invalid(path, QStringLiteral("invalid value type"));
        }
        const QJsonObject eo = arr[i].toObject();
        BodyCheck b(eo, {{"key", 's'}, {"textValue", 's'}, {"binaryValue", 's'}});
        if (!b.ok()) {
            ApiError e = b.error();
            e.message.replace(QStringLiteral("error: "), QStringLiteral("error: ") + path + QLatin1Char('.'));
            return e;
        }
        Entry e;
        e.key = b.str("key");
        if (e.key.isEmpty()) {
            return invalid(path + QStringLiteral(".key"), QStringLiteral("required field is empty"));
        }
        if (e.key.size() > limits::kMaxEntryKeyLength) {
            return invalid(path + QStringLiteral(".key"),
                           QStringLiteral("length must be <= 256, got %1").arg(e.key.size()));
        }
        if (!keyRe.match(e.key).hasMatch()) {
            return invalid(path + QStringLiteral(".key"),
                           QStringLiteral("value \"%1\" does not match pattern [-_./\\\\@0-9a-zA-Z]+").arg(e.key));
        }
        if (seen.contains(e.key)) {
            return invalid(path + QStringLiteral(".key"), QStringLiteral("duplicate key \"%1\"").arg(e.key));
        }
        seen.insert(e.key);
        if (b.has("textValue") && b.has("binaryValue")) {
            return invalid(path, QStringLiteral("only one of textValue, binaryValue may be set"));
        }
        if (b.has("binaryValue")) {
            const auto bytes = json::fromBase64(b.str("binaryValue"));
            if (!bytes) {
                return invalid(path + QStringLiteral(".binaryValue"), QStringLiteral("invalid base64 value"));
            }
            e.binary = true;
            e.value = *bytes;
            if (e.value.size() > limits::kMaxEntryValueBytes) {
                return invalid(path + QStringLiteral(".binaryValue"),
                               QStringLiteral("length must be <= 65536, got %1").arg(e.value.size()));
            }
        } else {
            const QString text = b.str("textValue");
            e.value = text.toUtf8();
            if (e.value.size() > limits::kMaxEntryValueBytes) {
                return invalid(path + QStringLiteral(".textValue"),
                               QStringLiteral("length must be <= 65536, got %1").arg(e.value.size()));
            }
            // No value at all, or an empty text value, marks a removal (the CLI sends only the key,
            // Terraform an empty textValue). Represented as a text entry with a null value.
            e.remove = !b.has("textValue") || text.isEmpty();
        }
        changes.append(e);
    }
    return changes;
}

int EmulatorStore::liveVersionCount(const StoredSecret &s) const {
    int n = 0;
    for (const auto &v : s.versions) {
        n += v.meta.status != Version::Status::Destroyed ? 1 : 0;
    }
    return n;
}

EmulatorStore::StoredVersion &EmulatorStore::appendVersion(StoredSecret &s, QList<Entry> entries,
                                                           const QString &description,
                                                           const std::optional<PasswordPayloadSpecification> &spec) {
    StoredVersion v;
    v.meta.id = newId("e6q");
    v.meta.secretId = s.meta.id;
    v.meta.createdAt = now();
    v.meta.description = description;
    v.meta.status = Version::Status::Active;
    v.meta.passwordPayloadSpecification = spec;
    for (const auto &e : entries) {
        v.meta.payloadEntryKeys.append(e.key);
    }
    v.entries = std::move(entries);
    v.seq = m_nextSeq++;
    s.versionIndex.insert(v.meta.id, static_cast<int>(s.versions.size()));
    s.versions.append(std::move(v));
    s.currentVersionId = s.versions.last().meta.id;
    return s.versions.last();
}

Outcome EmulatorStore::createSecret(const Caller &c, const QJsonObject &body, const QString &idemKey) {
    if (auto replay = replayIdempotent(idemKey)) {
        return *replay;
    }
    BodyCheck b(body, {{"folderId", 's'},
                       {"name", 's'},
                       {"description", 's'},
                       {"labels", 'o'},
                       {"kmsKeyId", 's'},
                       {"versionDescription", 's'},
                       {"versionPayloadEntries", 'a'},
                       {"deletionProtection", 'b'},
                       {"passwordPayloadSpecification", 'o'},
                       {"createVersion", 'b'}});
    if (!b.ok()) {
        return b.error();
    }
    const QString folderId = b.str("folderId");
    if (auto e = checkId(QStringLiteral("folder_id"), folderId)) {
        return *e;
    }
    const QString name = b.str("name");
    if (name.size() > limits::kMaxSecretName) {
        return invalid(QStringLiteral("name"), QStringLiteral("length must be <= 100, got %1").arg(name.size()));
    }
    if (b.str("description").size() > limits::kMaxSecretDescription) {
        return invalid(QStringLiteral("description"), QStringLiteral("length must be <= 1024"));
    }
    if (b.str("kmsKeyId").size() > limits::kMaxIdLength) {
        return invalid(QStringLiteral("kms_key_id"), QStringLiteral("length must be <= 50"));
    }
    if (b.str("versionDescription").size() > limits::kMaxCreateVersionDescription) {
        return invalid(QStringLiteral("version_description"), QStringLiteral("length must be <= 256"));
    }
    const auto labels = parseLabels(body.value(QLatin1String("labels")));
    if (!labels) {
        return labels.error();
    }
    QString why;
    const bool folderKnown = std::any_of(m_folders.begin(), m_folders.end(), [&](const QJsonObject &f) {
        return f.value(QLatin1String("id")).toString() == folderId;
    });
    if (!folderKnown) {
        return err(RpcCode::NotFound, QStringLiteral("Folder %1 not found").arg(folderId));
    }
    if (check(c, nullptr, folderId, Right::Edit).code != RpcCode::Ok) {
        return err(RpcCode::PermissionDenied, QStringLiteral("Permission denied"));
    }
    std::optional<PasswordPayloadSpecification> spec;
    if (b.has("passwordPayloadSpecification")) {
        spec = PasswordPayloadSpecification::fromJson(
            body.value(QLatin1String("passwordPayloadSpecification")).toObject(), &why);
        if (!spec) {
            return invalid(QStringLiteral("password_payload_specification"), why);
        }
        if (PasswordGenerator::validate(*spec) != PasswordGenerator::Problem::None) {
            return invalid(QStringLiteral("password_payload_specification"), QStringLiteral("invalid specification"));
        }
    }
    auto changes = parseEntryChanges(body.value(QLatin1String("versionPayloadEntries")), "version_payload_entries");
    if (!changes) {
        return changes.error();
    }
    if (spec && !changes.value().isEmpty()) {
        return invalid(QStringLiteral("version_payload_entries"),
                       QStringLiteral("payload entries and a payload specification cannot be set together"));
    }
    const std::optional<bool> createVersion =
        b.has("createVersion") ? std::optional<bool>(body.value(QLatin1String("createVersion")).toBool())
                               : std::nullopt;
    const bool makeVersion = createVersion.value_or(spec.has_value() || !changes.value().isEmpty());
    if (createVersion.value_or(false) && !spec && changes.value().isEmpty()) {
        return invalid(QStringLiteral("version_payload_entries"),
                       QStringLiteral("either payload entries or a payload specification must be set"));
    }
    // Names are taken as unique within a folder (unverified in the reference).
    for (const auto &sid : m_secretsByFolder.value(folderId)) {
        if (!name.isEmpty() && m_secrets.at(sid).meta.name == name) {
            return err(RpcCode::AlreadyExists,
                       QStringLiteral("Secret with name %1 already exists in folder").arg(name));
        }
    }
    QString cloudId;
    for (const auto &f : m_folders) {
        if (f.value(QLatin1String("id")).toString() == folderId) {
            cloudId = f.value(QLatin1String("cloudId")).toString();
        }
    }
    int inCloud = 0;
    for (const auto &f : m_folders) {
        if (f.value(QLatin1String("cloudId")).toString() == cloudId) {
            inCloud += static_cast<int>(m_secretsByFolder.value(f.value(QLatin1String("id")).toString()).size());
        }
    }
    if (inCloud >= limits::kMaxSecretsPerCloud) {
        return err(RpcCode::ResourceExhausted, QStringLiteral("Quota limit lockbox.secrets.count exceeded"));
    }
    qint64 total = 0;
    QList<Entry> entries;
    for (const auto &e : changes.value()) {
        if (!e.remove) {
            entries.append(e);
            total += e.value.size();
        }
    }
    if (total > limits::kMaxVersionPayloadBytes) {
        return invalid(QStringLiteral("version_payload_entries"),
                       QStringLiteral("total size of values must be <= 65536 bytes"));
    }

    StoredSecret s;
    s.meta.id = newId("e6q");
    s.meta.folderId = folderId;
    s.meta.createdAt = now();
    s.meta.name = name;
    s.meta.description = b.str("description");
    s.meta.labels = labels.value();
    s.meta.kmsKeyId = b.str("kmsKeyId");
    s.meta.status = Secret::Status::Creating;
    s.meta.deletionProtection = body.value(QLatin1String("deletionProtection")).toBool();
    s.meta.passwordPayloadSpecification = spec;
    s.seq = m_nextSeq++;
    QString versionId;
    if (makeVersion) {
        if (spec) {
            entries = {Entry{spec->passwordKey, false, PasswordGenerator::generate(*spec).toUtf8()}};
        }
        versionId = appendVersion(s, entries, b.str("versionDescription"), spec).meta.id;
    }
    const QString id = s.meta.id;
    m_secretsByFolder[folderId].insert(s.seq, id);
    m_secrets[id] = std::move(s);
    QJsonObject metadata{{QStringLiteral("secretId"), id}};
    if (!versionId.isEmpty()) {
        metadata.insert(QStringLiteral("versionId"), versionId);
    }
    // Creation completes asynchronously, as the cloud's does (done:false first, then ACTIVE).
    return startOperation(c, idemKey, QStringLiteral("Create secret"),
                          kLockboxPrefix + QStringLiteral("CreateSecretMetadata"), metadata,
                          kLockboxPrefix + QStringLiteral("Secret"), secretJson(m_secrets[id]), id, 200, id);
}

Outcome EmulatorStore::updateSecret(const Caller &c, const QString &secretId, const QJsonObject &body,
                                    const QString &idemKey) {
    if (auto replay = replayIdempotent(idemKey)) {
        return *replay;
    }
    auto found = findSecret(c, secretId, Right::Edit);
    if (!found) {
        return found.error();
    }
    StoredSecret &s = *found.value();
    BodyCheck b(body, {{"updateMask", 's'},
                       {"name", 's'},
                       {"description", 's'},
                       {"labels", 'o'},
                       {"deletionProtection", 'b'},
                       {"passwordPayloadSpecification", 'o'}});
    if (!b.ok()) {
        return b.error();
    }
    const QStringList mask = b.str("updateMask").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (mask.isEmpty()) {
        return invalid(QStringLiteral("update_mask"), QStringLiteral("required field is empty"));
    }
    Secret next = s.meta;
    for (QString path : mask) {
        path = path.trimmed();
        if (path == QLatin1String("name")) {
            next.name = b.str("name");
            if (next.name.size() > limits::kMaxSecretName) {
                return invalid(QStringLiteral("name"), QStringLiteral("length must be <= 100"));
            }
        } else if (path == QLatin1String("description")) {
            next.description = b.str("description");
            if (next.description.size() > limits::kMaxSecretDescription) {
                return invalid(QStringLiteral("description"), QStringLiteral("length must be <= 1024"));
            }
        } else if (path == QLatin1String("labels")) {
            const auto labels = parseLabels(body.value(QLatin1String("labels")));
            if (!labels) {
                return labels.error();
            }
            next.labels = labels.value();
        } else if (path == QLatin1String("deletionProtection") || path == QLatin1String("deletion_protection")) {
            next.deletionProtection = body.value(QLatin1String("deletionProtection")).toBool();
        } else if (path == QLatin1String("passwordPayloadSpecification") ||
                   path == QLatin1String("password_payload_specification")) {
            if (!b.has("passwordPayloadSpecification")) {
                next.passwordPayloadSpecification.reset();
            } else {
                QString why;
                next.passwordPayloadSpecification = PasswordPayloadSpecification::fromJson(
                    body.value(QLatin1String("passwordPayloadSpecification")).toObject(), &why);
                if (!next.passwordPayloadSpecification) {
                    return invalid(QStringLiteral("password_payload_specification"), why);
                }
                if (PasswordGenerator::validate(*next.passwordPayloadSpecification) !=
                    PasswordGenerator::Problem::None) {
                    return invalid(QStringLiteral("password_payload_specification"),
                                   QStringLiteral("invalid specification"));
                }
            }
        } else {
            return invalid(QStringLiteral("update_mask"), QStringLiteral("unknown field path \"%1\"").arg(path));
        }
    }
    if (next.name != s.meta.name && !next.name.isEmpty()) {
        for (const auto &sid : m_secretsByFolder.value(s.meta.folderId)) {
            if (sid != s.meta.id && m_secrets.at(sid).meta.name == next.name) {
                return err(RpcCode::AlreadyExists,
                           QStringLiteral("Secret with name %1 already exists in folder").arg(next.name));
            }
        }
    }
    s.meta = next;
    return startOperation(
        c, idemKey, QStringLiteral("Update secret"), kLockboxPrefix + QStringLiteral("UpdateSecretMetadata"),
        {{QStringLiteral("secretId"), secretId}}, kLockboxPrefix + QStringLiteral("Secret"), secretJson(s), secretId);
}

Outcome EmulatorStore::deleteSecret(const Caller &c, const QString &secretId, const QString &idemKey) {
    if (auto replay = replayIdempotent(idemKey)) {
        return *replay;
    }
    auto found = findSecret(c, secretId, Right::Edit);
    if (!found) {
        return found.error();
    }
    StoredSecret &s = *found.value();
    if (s.meta.deletionProtection) {
        // The exact code is unverified; FAILED_PRECONDITION is what a precondition on state means.
        return err(RpcCode::FailedPrecondition, QStringLiteral("Secret %1 is protected from deletion").arg(secretId));
    }
    const QJsonObject last = secretJson(s);
    for (auto &v : s.versions) {
        for (auto &e : v.entries) {
            e.value.fill('\0');
        }
        if (v.meta.status == Version::Status::ScheduledForDestruction) {
            unscheduleDestruction(secretId, v.meta.id, v.meta.destroyAt);
        }
    }
    m_secretsByFolder[s.meta.folderId].remove(s.seq);
    m_secrets.erase(secretId);
    return startOperation(
        c, idemKey, QStringLiteral("Delete secret"), kLockboxPrefix + QStringLiteral("DeleteSecretMetadata"),
        {{QStringLiteral("secretId"), secretId}}, kLockboxPrefix + QStringLiteral("Secret"), last, secretId);
}

Outcome EmulatorStore::setSecretActive(const Caller &c, const QString &secretId, bool active, const QString &idemKey) {
    if (auto replay = replayIdempotent(idemKey)) {
        return *replay;
    }
    auto found = findSecret(c, secretId, Right::Edit);
    if (!found) {
        return found.error();
    }
    StoredSecret &s = *found.value();
    if (s.meta.status == Secret::Status::Creating) {
        return err(RpcCode::FailedPrecondition, QStringLiteral("Secret %1 is being created").arg(secretId));
    }
    s.meta.status = active ? Secret::Status::Active : Secret::Status::Inactive;
    const QString verb = active ? QStringLiteral("Activate") : QStringLiteral("Deactivate");
    return startOperation(
        c, idemKey, verb + QStringLiteral(" secret"), kLockboxPrefix + verb + QStringLiteral("SecretMetadata"),
        {{QStringLiteral("secretId"), secretId}}, kLockboxPrefix + QStringLiteral("Secret"), secretJson(s), secretId);
}

// ---------------------------------------------------------------- versions

Outcome EmulatorStore::listVersions(const Caller &c, const QString &secretId, const QUrlQuery &query) {
    const auto body = listVersionsBody(c, secretId, query);
    if (!body) {
        return body.error();
    }
    return QJsonDocument::fromJson(body.value()).object();
}

Result<QByteArray> EmulatorStore::listVersionsBody(const Caller &c, const QString &secretId, const QUrlQuery &query) {
    if (auto e = checkQuery(query, {"pageSize", "pageToken"})) {
        return *e;
    }
    const auto page = parsePage(query, 'v', limits::kMaxVersionsPageToken);
    if (!page) {
        return page.error();
    }
    auto found = findSecret(c, secretId, Right::View);
    if (!found) {
        return found.error();
    }
    const StoredSecret &s = *found.value();
    // Newest first (the order the console shows; the API's order is unverified). Keyset tokens keep a
    // walk exact while versions are added: new ones sort before the walk's position.
    qsizetype i = s.versions.size() - 1;
    if (page.value().afterSeq >= 0) {
        const auto pos = std::lower_bound(s.versions.begin(), s.versions.end(), page.value().afterSeq,
                                          [](const StoredVersion &v, qint64 seq) { return v.seq < seq; });
        i = (pos - s.versions.begin()) - 1;
    }
    // Keys in QJsonDocument's (sorted) order: {"nextPageToken":…,"versions":[…]}.
    QByteArray items;
    int count = 0;
    for (; i >= 0 && count < page.value().size; --i, ++count) {
        const QByteArray &one = versionBytes(s.versions[i]);
        if (items.isEmpty()) {
            items.reserve(one.size() * (std::min<qsizetype>(page.value().size, i + 1) + 1));
        } else {
            items.append(',');
        }
        items.append(one);
    }
    QByteArray out;
    out.reserve(items.size() + 64);
    out.append('{');
    if (i >= 0) {
        // A base64url token: nothing to escape.
        out.append("\"nextPageToken\":\"").append(pageToken('v', s.versions[i + 1].seq).toLatin1()).append("\",");
    }
    out.append("\"versions\":[").append(items).append("]}");
    return out;
}

Outcome EmulatorStore::addVersion(const Caller &c, const QString &secretId, const QJsonObject &body,
                                  const QString &idemKey) {
    if (auto replay = replayIdempotent(idemKey)) {
        return *replay;
    }
    auto found = findSecret(c, secretId, Right::Edit);
    if (!found) {
        return found.error();
    }
    StoredSecret &s = *found.value();
    BodyCheck b(body, {{"description", 's'}, {"payloadEntries", 'a'}, {"baseVersionId", 's'}});
    if (!b.ok()) {
        return b.error();
    }
    const QString description = b.str("description");
    if (description.size() > limits::kMaxVersionDescription) {
        return invalid(QStringLiteral("description"),
                       QStringLiteral("length must be <= 1024, got %1").arg(description.size()));
    }
    QString baseId = b.str("baseVersionId");
    if (auto e = checkId(QStringLiteral("base_version_id"), baseId, false)) {
        return *e;
    }
    auto changes = parseEntryChanges(body.value(QLatin1String("payloadEntries")), "payload_entries");
    if (!changes) {
        return changes.error();
    }
    if (baseId.isEmpty()) {
        baseId = s.currentVersionId;
    }
    QList<Entry> entries;
    if (!baseId.isEmpty()) {
        if (!s.versionIndex.contains(baseId)) {
            return err(RpcCode::NotFound, QStringLiteral("Version %1 not found").arg(baseId));
        }
        const StoredVersion &base = s.versions[s.versionIndex.value(baseId)];
        if (base.meta.status == Version::Status::Destroyed) {
            return err(RpcCode::FailedPrecondition, QStringLiteral("Base version %1 is destroyed").arg(baseId));
        }
        entries = base.entries;
    }
    if (liveVersionCount(s) >= limits::kMaxVersionsPerSecret) {
        return err(RpcCode::ResourceExhausted, QStringLiteral("Quota limit lockbox.versions.count exceeded"));
    }
    std::optional<PasswordPayloadSpecification> spec = s.meta.passwordPayloadSpecification;
    if (spec) {
        // What the service does with entries on a generated secret is unverified; Terraform says they
        // must be omitted, so they are refused. Without entries the password is generated anew.
        if (!changes.value().isEmpty()) {
            return invalid(QStringLiteral("payload_entries"),
                           QStringLiteral("must be empty for a secret with a payload specification"));
        }
        const QByteArray password = PasswordGenerator::generate(*spec).toUtf8();
        bool replaced = false;
        for (auto &e : entries) {
            if (e.key == spec->passwordKey) {
                e = Entry{spec->passwordKey, false, password};
                replaced = true;
            }
        }
        if (!replaced) {
            entries.append(Entry{spec->passwordKey, false, password});
        }
    } else {
        // Merge: existing keys are replaced in place, new keys appended, removals dropped.
        for (const auto &change : changes.value()) {
            const auto pos =
                std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.key == change.key; });
            if (change.remove) {
                if (pos != entries.end()) {
                    entries.erase(pos);
                }
            } else if (pos != entries.end()) {
                *pos = change;
            } else {
                entries.append(change);
            }
        }
        if (entries.isEmpty()) {
            // Unverified: a version without entries holds nothing; refused as invalid.
            return invalid(QStringLiteral("payload_entries"), QStringLiteral("the new version would have no entries"));
        }
    }
    qint64 total = 0;
    for (const auto &e : entries) {
        total += e.value.size();
    }
    if (total > limits::kMaxVersionPayloadBytes) {
        return invalid(QStringLiteral("payload_entries"),
                       QStringLiteral("total size of values in a version must be <= 65536 bytes, got %1").arg(total));
    }
    const StoredVersion &v = appendVersion(s, entries, description, spec);
    return startOperation(c, idemKey, QStringLiteral("Add version"),
                          kLockboxPrefix + QStringLiteral("AddVersionMetadata"),
                          {{QStringLiteral("secretId"), secretId}, {QStringLiteral("versionId"), v.meta.id}},
                          kLockboxPrefix + QStringLiteral("Version"), versionJson(v), secretId);
}

Result<EmulatorStore::VersionTarget> EmulatorStore::versionTarget(const Caller &c, const QString &secretId,
                                                                  const QJsonObject &body, bool withPendingPeriod) {
    auto found = findSecret(c, secretId, Right::Edit);
    if (!found) {
        return found.error();
    }
    const BodyCheck b = withPendingPeriod ? BodyCheck(body, {{"versionId", 's'}, {"pendingPeriod", 's'}})
                                          : BodyCheck(body, {{"versionId", 's'}});
    if (!b.ok()) {
        return b.error();
    }
    const QString versionId = b.str("versionId");
    if (auto e = checkId(QStringLiteral("version_id"), versionId)) {
        return *e;
    }
    StoredSecret &s = *found.value();
    if (!s.versionIndex.contains(versionId)) {
        return err(RpcCode::NotFound, QStringLiteral("Version %1 not found").arg(versionId));
    }
    return VersionTarget{&s, &s.versions[s.versionIndex.value(versionId)]};
}

Outcome EmulatorStore::setCurrentVersion(const Caller &c, const QString &secretId, const QJsonObject &body,
                                         const QString &idemKey) {
    if (auto replay = replayIdempotent(idemKey)) {
        return *replay;
    }
    auto target = versionTarget(c, secretId, body, false);
    if (!target) {
        return target.error();
    }
    const StoredVersion &v = *target.value().version;
    if (v.meta.status != Version::Status::Active) {
        return err(RpcCode::FailedPrecondition, QStringLiteral("Version %1 is %2 and cannot be made current")
                                                    .arg(v.meta.id, Version::statusName(v.meta.status)));
    }
    target.value().secret->currentVersionId = v.meta.id;
    return startOperation(c, idemKey, QStringLiteral("Set current version"),
                          kLockboxPrefix + QStringLiteral("SetCurrentVersionMetadata"),
                          {{QStringLiteral("secretId"), secretId}, {QStringLiteral("versionId"), v.meta.id}},
                          kLockboxPrefix + QStringLiteral("Version"), versionJson(v), secretId);
}

void EmulatorStore::scheduleDestruction(const QString &secretId, StoredVersion &v, const QDateTime &at) {
    v.meta.status = Version::Status::ScheduledForDestruction;
    v.meta.destroyAt = at;
    metaChanged(v);
    m_destructions.emplace(at.toMSecsSinceEpoch(), std::make_pair(secretId, v.meta.id));
}

void EmulatorStore::unscheduleDestruction(const QString &secretId, const QString &versionId, const QDateTime &at) {
    auto range = m_destructions.equal_range(at.toMSecsSinceEpoch());
    for (auto it = range.first; it != range.second; ++it) {
        if (it->second.first == secretId && it->second.second == versionId) {
            m_destructions.erase(it);
            return;
        }
    }
}

Outcome EmulatorStore::scheduleVersionDestruction(const Caller &c, const QString &secretId, const QJsonObject &body,
                                                  const QString &idemKey) {
    if (auto replay = replayIdempotent(idemKey)) {
        return *replay;
    }
    qint64 pendingMs = limits::kDefaultPendingPeriodMs;
    const QJsonValue period = body.value(QLatin1String("pendingPeriod"));
    if (period.isString()) {
        const auto d = json::parseDurationMs(period.toString());
        if (!d) {
            return invalid(QStringLiteral("pending_period"),
                           QStringLiteral("invalid duration \"%1\"").arg(period.toString()));
        }
        // The proto sets no bounds; a negative period is meaningless and refused.
        if (*d < 0) {
            return invalid(QStringLiteral("pending_period"), QStringLiteral("must not be negative"));
        }
        pendingMs = *d;
    }
    auto target = versionTarget(c, secretId, body, true);
    if (!target) {
        return target.error();
    }
    StoredVersion &v = *target.value().version;
    if (v.meta.status != Version::Status::Active) {
        return err(RpcCode::FailedPrecondition,
                   QStringLiteral("Version %1 is %2, only an ACTIVE version can be scheduled for destruction")
                       .arg(v.meta.id, Version::statusName(v.meta.status)));
    }
    const QDateTime at = now().addMSecs(pendingMs);
    scheduleDestruction(secretId, v, at);
    return startOperation(c, idemKey, QStringLiteral("Schedule version destruction"),
                          kLockboxPrefix + QStringLiteral("ScheduleVersionDestructionMetadata"),
                          {{QStringLiteral("secretId"), secretId},
                           {QStringLiteral("versionId"), v.meta.id},
                           {QStringLiteral("destroyAt"), json::formatTimestamp(at)}},
                          kLockboxPrefix + QStringLiteral("Version"), versionJson(v), secretId);
}

Outcome EmulatorStore::cancelVersionDestruction(const Caller &c, const QString &secretId, const QJsonObject &body,
                                                const QString &idemKey) {
    if (auto replay = replayIdempotent(idemKey)) {
        return *replay;
    }
    auto target = versionTarget(c, secretId, body, false);
    if (!target) {
        return target.error();
    }
    StoredVersion &v = *target.value().version;
    if (v.meta.status != Version::Status::ScheduledForDestruction) {
        return err(RpcCode::FailedPrecondition, QStringLiteral("Version %1 is %2, not scheduled for destruction")
                                                    .arg(v.meta.id, Version::statusName(v.meta.status)));
    }
    unscheduleDestruction(secretId, v.meta.id, v.meta.destroyAt);
    v.meta.status = Version::Status::Active;
    v.meta.destroyAt = {};
    metaChanged(v);
    return startOperation(c, idemKey, QStringLiteral("Cancel version destruction"),
                          kLockboxPrefix + QStringLiteral("CancelVersionDestructionMetadata"),
                          {{QStringLiteral("secretId"), secretId}, {QStringLiteral("versionId"), v.meta.id}},
                          kLockboxPrefix + QStringLiteral("Version"), versionJson(v), secretId);
}

Outcome EmulatorStore::listSecretOperations(const Caller &c, const QString &secretId, const QUrlQuery &query) {
    if (auto e = checkQuery(query, {"pageSize", "pageToken"})) {
        return *e;
    }
    const auto page = parsePage(query, 'o', limits::kMaxVersionsPageToken);
    if (!page) {
        return page.error();
    }
    auto found = findSecret(c, secretId, Right::View);
    if (!found) {
        return found.error();
    }
    const StoredSecret &s = *found.value();
    // Newest first. The token is the absolute position (in creation order) where the next page
    // starts, so operations added during a walk (they are appended) never shift it.
    qsizetype i = page.value().afterSeq >= 0 ? std::min<qsizetype>(page.value().afterSeq, s.operationIds.size() - 1)
                                             : s.operationIds.size() - 1;
    QJsonArray items;
    for (; i >= 0 && items.size() < page.value().size; --i) {
        QJsonObject op = operationPublic(m_operations.value(s.operationIds[i]));
        // As in the documented operation log: the list shows the response as Empty.
        if (op.contains(QLatin1String("response"))) {
            op.insert(QStringLiteral("response"),
                      QJsonObject{{QStringLiteral("@type"), typed(QStringLiteral("google.protobuf.Empty"))}});
        }
        items.append(op);
    }
    QJsonObject out{{QStringLiteral("operations"), items}};
    if (i >= 0) {
        out.insert(QStringLiteral("nextPageToken"), pageToken('o', i));
    }
    return out;
}

// ---------------------------------------------------------------- access bindings

Outcome EmulatorStore::listAccessBindings(const Caller &c, const QString &secretId, const QUrlQuery &query) {
    if (auto e = checkQuery(query, {"pageSize", "pageToken"})) {
        return *e;
    }
    const auto page = parsePage(query, 'a', limits::kMaxVersionsPageToken);
    if (!page) {
        return page.error();
    }
    if (auto e = checkId(QStringLiteral("resource_id"), secretId, true, 64)) {
        return *e;
    }
    auto found = findSecret(c, secretId, Right::View);
    if (!found) {
        return found.error();
    }
    const QJsonArray all = found.value()->accessBindings;
    const qint64 start = std::max<qint64>(0, page.value().afterSeq);
    QJsonArray items;
    qint64 i = start;
    for (; i < all.size() && items.size() < page.value().size; ++i) {
        items.append(all[i]);
    }
    QJsonObject out{{QStringLiteral("accessBindings"), items}};
    if (i < all.size()) {
        out.insert(QStringLiteral("nextPageToken"), pageToken('a', i));
    }
    return out;
}

namespace {
Result<QJsonObject> parseBinding(const QJsonValue &v, const QString &path) {
    if (!v.isObject()) {
        return invalid(path, QStringLiteral("invalid value type"));
    }
    const QJsonObject o = v.toObject();
    BodyCheck b(o, {{"roleId", 's'}, {"subject", 'o'}});
    if (!b.ok()) {
        return b.error();
    }
    const QJsonObject subject = o.value(QLatin1String("subject")).toObject();
    BodyCheck sb(subject, {{"id", 's'}, {"type", 's'}});
    if (!sb.ok()) {
        return sb.error();
    }
    if (b.str("roleId").isEmpty() || b.str("roleId").size() > 64) {
        return invalid(path + QStringLiteral(".role_id"), QStringLiteral("required, length must be <= 64"));
    }
    if (sb.str("id").isEmpty() || sb.str("id").size() > 100) {
        return invalid(path + QStringLiteral(".subject.id"), QStringLiteral("required, length must be <= 100"));
    }
    static const QStringList types{QStringLiteral("userAccount"), QStringLiteral("serviceAccount"),
                                   QStringLiteral("federatedUser"), QStringLiteral("system"), QStringLiteral("group")};
    if (!types.contains(sb.str("type"))) {
        return invalid(path + QStringLiteral(".subject.type"),
                       QStringLiteral("unknown subject type \"%1\"").arg(sb.str("type")));
    }
    return o;
}
} // namespace

Outcome EmulatorStore::setAccessBindings(const Caller &c, const QString &secretId, const QJsonObject &body,
                                         const QString &idemKey) {
    if (auto replay = replayIdempotent(idemKey)) {
        return *replay;
    }
    auto found = findSecret(c, secretId, Right::ManageAccess);
    if (!found) {
        return found.error();
    }
    BodyCheck b(body, {{"accessBindings", 'a'}});
    if (!b.ok()) {
        return b.error();
    }
    const QJsonArray in = body.value(QLatin1String("accessBindings")).toArray();
    if (in.size() > 1000) {
        return invalid(QStringLiteral("access_bindings"), QStringLiteral("no more than 1000"));
    }
    QJsonArray bindings;
    for (qsizetype i = 0; i < in.size(); ++i) {
        auto parsed = parseBinding(in[i], QStringLiteral("access_bindings[%1]").arg(i));
        if (!parsed) {
            return parsed.error();
        }
        bindings.append(parsed.value());
    }
    found.value()->accessBindings = bindings;
    return startOperation(c, idemKey, QStringLiteral("Set access bindings"),
                          typed(QStringLiteral("yandex.cloud.access.SetAccessBindingsMetadata")),
                          {{QStringLiteral("resourceId"), secretId}}, typed(QStringLiteral("google.protobuf.Empty")),
                          {}, secretId);
}

Outcome EmulatorStore::updateAccessBindings(const Caller &c, const QString &secretId, const QJsonObject &body,
                                            const QString &idemKey) {
    if (auto replay = replayIdempotent(idemKey)) {
        return *replay;
    }
    auto found = findSecret(c, secretId, Right::ManageAccess);
    if (!found) {
        return found.error();
    }
    BodyCheck b(body, {{"accessBindingDeltas", 'a'}});
    if (!b.ok()) {
        return b.error();
    }
    const QJsonArray deltas = body.value(QLatin1String("accessBindingDeltas")).toArray();
    if (deltas.isEmpty() || deltas.size() > 1000) {
        return invalid(QStringLiteral("access_binding_deltas"), QStringLiteral("must have 1 to 1000 items"));
    }
    QJsonArray bindings = found.value()->accessBindings;
    QJsonArray changes;
    for (qsizetype i = 0; i < deltas.size(); ++i) {
        const QString path = QStringLiteral("access_binding_deltas[%1]").arg(i);
        const QJsonObject d = deltas[i].toObject();
        BodyCheck db(d, {{"action", 's'}, {"accessBinding", 'o'}});
        if (!db.ok()) {
            return db.error();
        }
        auto binding = parseBinding(d.value(QLatin1String("accessBinding")), path + QStringLiteral(".access_binding"));
        if (!binding) {
            return binding.error();
        }
        const QString action = db.str("action");
        if (action == QLatin1String("ADD")) {
            if (!bindings.contains(binding.value())) {
                bindings.append(binding.value());
            }
        } else if (action == QLatin1String("REMOVE")) {
            for (qsizetype j = 0; j < bindings.size(); ++j) {
                if (bindings[j].toObject() == binding.value()) {
                    bindings.removeAt(j);
                    break;
                }
            }
        } else {
            return invalid(path + QStringLiteral(".action"), QStringLiteral("must be ADD or REMOVE"));
        }
        changes.append(d);
    }
    found.value()->accessBindings = bindings;
    return startOperation(c, idemKey, QStringLiteral("Update access bindings"),
                          typed(QStringLiteral("yandex.cloud.access.UpdateAccessBindingsMetadata")),
                          {{QStringLiteral("resourceId"), secretId}, {QStringLiteral("accessBindingDeltas"), changes}},
                          typed(QStringLiteral("google.protobuf.Empty")), {}, secretId);
}

// ---------------------------------------------------------------- payload

Outcome EmulatorStore::getPayload(const Caller &c, const QString &secretId, const QUrlQuery &query) {
    if (auto e = checkQuery(query, {"versionId"})) {
        return *e;
    }
    const QString versionIdArg = query.queryItemValue(QStringLiteral("versionId"), QUrl::FullyDecoded);
    if (auto e = checkId(QStringLiteral("version_id"), versionIdArg, false)) {
        return *e;
    }
    auto found = findSecret(c, secretId, Right::Payload);
    if (!found) {
        return found.error();
    }
    const StoredSecret &s = *found.value();
    if (s.meta.status != Secret::Status::Active) {
        // Unverified in the reference: a deactivated secret's content cannot be read.
        return err(RpcCode::FailedPrecondition, QStringLiteral("Secret %1 is not active").arg(secretId));
    }
    const QString versionId = versionIdArg.isEmpty() ? s.currentVersionId : versionIdArg;
    if (versionId.isEmpty()) {
        return err(RpcCode::NotFound, QStringLiteral("Secret %1 has no current version").arg(secretId));
    }
    if (!s.versionIndex.contains(versionId)) {
        return err(RpcCode::NotFound, QStringLiteral("Version %1 not found").arg(versionId));
    }
    const StoredVersion &v = s.versions[s.versionIndex.value(versionId)];
    if (v.meta.status == Version::Status::Destroyed) {
        return err(RpcCode::NotFound, QStringLiteral("Version %1 is destroyed").arg(versionId));
    }
    if (v.meta.status == Version::Status::ScheduledForDestruction) {
        // Unverified: a version pending destruction is treated as disabled, as in other secret stores.
        return err(RpcCode::FailedPrecondition,
                   QStringLiteral("Version %1 is scheduled for destruction").arg(versionId));
    }
    QJsonArray entries;
    for (const auto &e : v.entries) {
        entries.append(e.binary ? QJsonObject{{QStringLiteral("key"), e.key},
                                              {QStringLiteral("binaryValue"), QString::fromLatin1(e.value.toBase64())}}
                                : QJsonObject{{QStringLiteral("key"), e.key},
                                              {QStringLiteral("textValue"), QString::fromUtf8(e.value)}});
    }
    return QJsonObject{{QStringLiteral("versionId"), versionId}, {QStringLiteral("entries"), entries}};
}

Outcome EmulatorStore::getPayloadEx(const Caller &c, const QUrlQuery &query) {
    if (auto e = checkQuery(query, {"secretId", "versionId", "folderAndName.folderId", "folderAndName.secretName"})) {
        return *e;
    }
    const QString secretIdArg = query.queryItemValue(QStringLiteral("secretId"), QUrl::FullyDecoded);
    const QString folderId = query.queryItemValue(QStringLiteral("folderAndName.folderId"), QUrl::FullyDecoded);
    const QString name = query.queryItemValue(QStringLiteral("folderAndName.secretName"), QUrl::FullyDecoded);
    const bool byName = !folderId.isEmpty() || !name.isEmpty();
    if (byName == !secretIdArg.isEmpty()) {
        return invalid(QStringLiteral("identifier"),
                       QStringLiteral("exactly one of secretId, folderAndName must be set"));
    }
    QString secretId = secretIdArg;
    if (byName) {
        if (auto e = checkId(QStringLiteral("folder_and_name.folder_id"), folderId)) {
            return *e;
        }
        if (auto e = checkId(QStringLiteral("folder_and_name.secret_name"), name, true, limits::kMaxSecretName)) {
            return *e;
        }
        for (const auto &sid : m_secretsByFolder.value(folderId)) {
            if (m_secrets.at(sid).meta.name == name) {
                secretId = sid;
            }
        }
        if (secretId.isEmpty()) {
            return err(RpcCode::NotFound, QStringLiteral("Secret not found"));
        }
    }
    QUrlQuery inner;
    if (query.hasQueryItem(QStringLiteral("versionId"))) {
        inner.addQueryItem(QStringLiteral("versionId"), query.queryItemValue(QStringLiteral("versionId")));
    }
    auto payload = getPayload(c, secretId, inner);
    if (!payload) {
        return payload;
    }
    QJsonObject entries;
    for (const auto &e : payload.value().value(QLatin1String("entries")).toArray()) {
        const QJsonObject eo = e.toObject();
        // GetEx maps every value to bytes (base64), text entries included.
        const QByteArray bytes =
            eo.contains(QLatin1String("binaryValue"))
                ? QByteArray::fromBase64(eo.value(QLatin1String("binaryValue")).toString().toLatin1())
                : eo.value(QLatin1String("textValue")).toString().toUtf8();
        entries.insert(eo.value(QLatin1String("key")).toString(), QString::fromLatin1(bytes.toBase64()));
    }
    return QJsonObject{{QStringLiteral("secretId"), secretId},
                       {QStringLiteral("versionId"), payload.value().value(QLatin1String("versionId"))},
                       {QStringLiteral("entries"), entries}};
}

// ---------------------------------------------------------------- resource manager

Outcome EmulatorStore::listClouds(const Caller &c, const QUrlQuery &query) {
    if (auto e = checkQuery(query, {"pageSize", "pageToken", "filter", "organizationId"})) {
        return *e;
    }
    const auto page = parsePage(query, 'c', limits::kMaxResourceManagerPageToken);
    if (!page) {
        return page.error();
    }
    const QString filter = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    static const QRegularExpression filterRe(QStringLiteral(R"re(^\s*name\s*=\s*"([^"]*)"\s*$)re"));
    QString nameFilter;
    if (!filter.isEmpty()) {
        const auto m = filterRe.match(filter);
        if (!m.hasMatch() || filter.size() > 1000) {
            return invalid(QStringLiteral("filter"), QStringLiteral("only name=\"...\" is supported"));
        }
        nameFilter = m.captured(1);
    }
    const QString org = query.queryItemValue(QStringLiteral("organizationId"), QUrl::FullyDecoded);
    if (auto e = checkId(QStringLiteral("organization_id"), org, false)) {
        return *e;
    }
    if (check(c, nullptr, {}, Right::View).code != RpcCode::Ok) {
        return QJsonObject{{QStringLiteral("clouds"), QJsonArray()}};
    }
    QJsonArray items;
    qint64 i = std::max<qint64>(0, page.value().afterSeq);
    for (; i < m_clouds.size() && items.size() < page.value().size; ++i) {
        const QJsonObject &cl = m_clouds[i];
        if ((!nameFilter.isEmpty() && cl.value(QLatin1String("name")).toString() != nameFilter) ||
            (!org.isEmpty() && cl.value(QLatin1String("organizationId")).toString() != org)) {
            continue;
        }
        items.append(cl);
    }
    QJsonObject out{{QStringLiteral("clouds"), items}};
    const bool more = std::any_of(m_clouds.begin() + i, m_clouds.end(), [&](const QJsonObject &cl) {
        return (nameFilter.isEmpty() || cl.value(QLatin1String("name")).toString() == nameFilter) &&
               (org.isEmpty() || cl.value(QLatin1String("organizationId")).toString() == org);
    });
    if (more) {
        out.insert(QStringLiteral("nextPageToken"), pageToken('c', i));
    }
    return out;
}

Outcome EmulatorStore::getCloud(const Caller &c, const QString &cloudId) {
    if (auto e = checkId(QStringLiteral("cloud_id"), cloudId)) {
        return *e;
    }
    for (const auto &cl : m_clouds) {
        if (cl.value(QLatin1String("id")).toString() == cloudId &&
            check(c, nullptr, {}, Right::View).code == RpcCode::Ok) {
            return cl;
        }
    }
    return err(RpcCode::NotFound, QStringLiteral("Cloud %1 not found").arg(cloudId));
}

Outcome EmulatorStore::listFolders(const Caller &c, const QUrlQuery &query) {
    if (auto e = checkQuery(query, {"cloudId", "pageSize", "pageToken", "filter"})) {
        return *e;
    }
    const QString cloudId = query.queryItemValue(QStringLiteral("cloudId"), QUrl::FullyDecoded);
    if (auto e = checkId(QStringLiteral("cloud_id"), cloudId)) {
        return *e;
    }
    const auto page = parsePage(query, 'f', limits::kMaxResourceManagerPageToken);
    if (!page) {
        return page.error();
    }
    auto cloud = getCloud(c, cloudId);
    if (!cloud) {
        return cloud.error();
    }
    const QString filter = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    static const QRegularExpression filterRe(QStringLiteral(R"re(^\s*name\s*=\s*"([^"]*)"\s*$)re"));
    QString nameFilter;
    if (filter.size() > 1000) {
        return invalid(QStringLiteral("filter"), QStringLiteral("length must be <= 1000, got %1").arg(filter.size()));
    }
    if (!filter.isEmpty()) {
        const auto m = filterRe.match(filter);
        if (!m.hasMatch()) {
            return invalid(QStringLiteral("filter"), QStringLiteral("only name=\"...\" is supported"));
        }
        nameFilter = m.captured(1);
    }
    auto wanted = [&](const QJsonObject &f) {
        return f.value(QLatin1String("cloudId")).toString() == cloudId &&
               (nameFilter.isEmpty() || f.value(QLatin1String("name")).toString() == nameFilter);
    };
    QJsonArray items;
    qint64 i = std::max<qint64>(0, page.value().afterSeq);
    for (; i < m_folders.size() && items.size() < page.value().size; ++i) {
        if (wanted(m_folders[i])) {
            items.append(m_folders[i]);
        }
    }
    QJsonObject out{{QStringLiteral("folders"), items}};
    if (std::any_of(m_folders.begin() + i, m_folders.end(), wanted)) {
        out.insert(QStringLiteral("nextPageToken"), pageToken('f', i));
    }
    return out;
}

Outcome EmulatorStore::getFolder(const Caller &c, const QString &folderId) {
    if (auto e = checkId(QStringLiteral("folder_id"), folderId)) {
        return *e;
    }
    for (const auto &f : m_folders) {
        if (f.value(QLatin1String("id")).toString() == folderId &&
            check(c, nullptr, {}, Right::View).code == RpcCode::Ok) {
            return f;
        }
    }
    return err(RpcCode::NotFound, QStringLiteral("Folder %1 not found").arg(folderId));
}

// ---------------------------------------------------------------- helpers for tests and benchmarks

int EmulatorStore::versionCount(const QString &secretId) const {
    const auto it = m_secrets.find(secretId);
    return it == m_secrets.end() ? 0 : static_cast<int>(it->second.versions.size());
}

void EmulatorStore::generateSecrets(const QString &folderId, const QString &prefix, int count) {
    for (int i = 0; i < count; ++i) {
        StoredSecret s;
        s.meta.id = newId("e6q");
        s.meta.folderId = folderId;
        s.meta.createdAt = now();
        s.meta.name = QStringLiteral("%1-%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        s.meta.status = Secret::Status::Active;
        s.meta.labels.insert(QStringLiteral("batch"), prefix);
        s.seq = m_nextSeq++;
        appendVersion(s, {Entry{QStringLiteral("value"), false, QByteArray::number(i)}}, {}, std::nullopt);
        m_secretsByFolder[folderId].insert(s.seq, s.meta.id);
        const QString id = s.meta.id;
        m_secrets[id] = std::move(s);
    }
    persist();
}

} // namespace lockbox::emulator
