#include "Resources.h"

#include "FastJsonReader.h"
#include "JsonMapping.h"
#include "JsonReader.h"
#include "ResourceReading.h"

namespace lockbox {

namespace {
template <typename Reader>
void setError(QString *error, const Reader &r) {
    if (error) {
        *error = r.error();
    }
}
void putIfNotEmpty(QJsonObject &o, const char *name, const QString &value) {
    if (!value.isEmpty()) {
        o.insert(QLatin1String(name), value);
    }
}
void putTime(QJsonObject &o, const char *name, const QDateTime &value) {
    if (value.isValid()) {
        o.insert(QLatin1String(name), json::formatTimestamp(value));
    }
}
} // namespace

namespace read {

template <typename Reader>
std::optional<PasswordPayloadSpecification> passwordPayloadSpecification(Reader &r, QString *error) {
    PasswordPayloadSpecification s;
    r.string("passwordKey", &s.passwordKey);
    r.int64("length", &s.length);
    r.optionalBoolean("includeUppercase", &s.includeUppercase);
    r.optionalBoolean("includeLowercase", &s.includeLowercase);
    r.optionalBoolean("includeDigits", &s.includeDigits);
    r.optionalBoolean("includePunctuation", &s.includePunctuation);
    r.string("includedPunctuation", &s.includedPunctuation);
    r.string("excludedPunctuation", &s.excludedPunctuation);
    if (!r.ok()) {
        setError(error, r);
        return std::nullopt;
    }
    return s;
}

template <typename Reader>
std::optional<Version> version(Reader &r, QString *error) {
    Version v;
    r.string("id", &v.id);
    r.string("secretId", &v.secretId);
    r.timestamp("createdAt", &v.createdAt);
    r.timestamp("destroyAt", &v.destroyAt);
    r.string("description", &v.description);
    QString status;
    r.string("status", &status);
    v.status = Version::statusFromName(status);
    r.stringList("payloadEntryKeys", &v.payloadEntryKeys);
    if (r.has("passwordPayloadSpecification")) {
        QString specError;
        Reader spec = r.child("passwordPayloadSpecification", QStringLiteral("passwordPayloadSpecification"));
        v.passwordPayloadSpecification = passwordPayloadSpecification(spec, &specError);
        if (!v.passwordPayloadSpecification) {
            r.fail(specError);
        }
    }
    if (r.ok() && v.id.isEmpty()) {
        r.fail(QStringLiteral("missing id"));
    }
    if (!r.ok()) {
        setError(error, r);
        return std::nullopt;
    }
    return v;
}

template <typename Reader>
std::optional<Secret> secret(Reader &r, QString *error) {
    Secret s;
    r.string("id", &s.id);
    r.string("folderId", &s.folderId);
    r.timestamp("createdAt", &s.createdAt);
    r.string("name", &s.name);
    r.string("description", &s.description);
    r.stringMap("labels", &s.labels);
    r.string("kmsKeyId", &s.kmsKeyId);
    QString status;
    r.string("status", &status);
    s.status = Secret::statusFromName(status);
    r.boolean("deletionProtection", &s.deletionProtection);
    QString nestedError;
    if (r.has("currentVersion")) {
        Reader current = r.child("currentVersion", QStringLiteral("Version"));
        s.currentVersion = version(current, &nestedError);
        if (!s.currentVersion) {
            r.fail(nestedError);
        }
    }
    if (r.has("passwordPayloadSpecification")) {
        Reader spec = r.child("passwordPayloadSpecification", QStringLiteral("passwordPayloadSpecification"));
        s.passwordPayloadSpecification = passwordPayloadSpecification(spec, &nestedError);
        if (!s.passwordPayloadSpecification) {
            r.fail(nestedError);
        }
    }
    if (r.ok() && s.id.isEmpty()) {
        r.fail(QStringLiteral("missing id"));
    }
    if (!r.ok()) {
        setError(error, r);
        return std::nullopt;
    }
    return s;
}

template std::optional<Version> version<JsonReader>(JsonReader &, QString *);
template std::optional<Version> version<FastJsonReader>(FastJsonReader &, QString *);
template std::optional<Secret> secret<JsonReader>(JsonReader &, QString *);
template std::optional<Secret> secret<FastJsonReader>(FastJsonReader &, QString *);

} // namespace read

std::optional<PasswordPayloadSpecification> PasswordPayloadSpecification::fromJson(const QJsonObject &o,
                                                                                   QString *error) {
    JsonReader r(o, QStringLiteral("passwordPayloadSpecification"));
    return read::passwordPayloadSpecification(r, error);
}

QJsonObject PasswordPayloadSpecification::toJson() const {
    QJsonObject o;
    putIfNotEmpty(o, "passwordKey", passwordKey);
    if (length != 0) {
        o.insert(QStringLiteral("length"), QString::number(length));
    }
    auto putBool = [&o](const char *name, const std::optional<bool> &b) {
        if (b.has_value()) {
            o.insert(QLatin1String(name), *b);
        }
    };
    putBool("includeUppercase", includeUppercase);
    putBool("includeLowercase", includeLowercase);
    putBool("includeDigits", includeDigits);
    putBool("includePunctuation", includePunctuation);
    putIfNotEmpty(o, "includedPunctuation", includedPunctuation);
    putIfNotEmpty(o, "excludedPunctuation", excludedPunctuation);
    return o;
}

QString Version::statusName(Status s) {
    switch (s) {
    case Status::Active:
        return QStringLiteral("ACTIVE");
    case Status::ScheduledForDestruction:
        return QStringLiteral("SCHEDULED_FOR_DESTRUCTION");
    case Status::Destroyed:
        return QStringLiteral("DESTROYED");
    case Status::Unspecified:
        break;
    }
    return QStringLiteral("STATUS_UNSPECIFIED");
}

Version::Status Version::statusFromName(const QString &name) {
    if (name == QLatin1String("ACTIVE")) {
        return Status::Active;
    }
    if (name == QLatin1String("SCHEDULED_FOR_DESTRUCTION")) {
        return Status::ScheduledForDestruction;
    }
    if (name == QLatin1String("DESTROYED")) {
        return Status::Destroyed;
    }
    return Status::Unspecified;
}

std::optional<Version> Version::fromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("Version"));
    return read::version(r, error);
}

QJsonObject Version::toJson() const {
    QJsonObject o;
    putIfNotEmpty(o, "id", id);
    putIfNotEmpty(o, "secretId", secretId);
    putTime(o, "createdAt", createdAt);
    putTime(o, "destroyAt", destroyAt);
    putIfNotEmpty(o, "description", description);
    if (status != Status::Unspecified) {
        o.insert(QStringLiteral("status"), statusName(status));
    }
    if (!payloadEntryKeys.isEmpty()) {
        o.insert(QStringLiteral("payloadEntryKeys"), QJsonArray::fromStringList(payloadEntryKeys));
    }
    if (passwordPayloadSpecification) {
        o.insert(QStringLiteral("passwordPayloadSpecification"), passwordPayloadSpecification->toJson());
    }
    return o;
}

QString Secret::statusName(Status s) {
    switch (s) {
    case Status::Creating:
        return QStringLiteral("CREATING");
    case Status::Active:
        return QStringLiteral("ACTIVE");
    case Status::Inactive:
        return QStringLiteral("INACTIVE");
    case Status::Unspecified:
        break;
    }
    return QStringLiteral("STATUS_UNSPECIFIED");
}

Secret::Status Secret::statusFromName(const QString &name) {
    if (name == QLatin1String("CREATING")) {
        return Status::Creating;
    }
    if (name == QLatin1String("ACTIVE")) {
        return Status::Active;
    }
    if (name == QLatin1String("INACTIVE")) {
        return Status::Inactive;
    }
    return Status::Unspecified;
}

std::optional<Secret> Secret::fromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("Secret"));
    return read::secret(r, error);
}

QJsonObject Secret::toJson() const {
    QJsonObject o;
    putIfNotEmpty(o, "id", id);
    putIfNotEmpty(o, "folderId", folderId);
    putTime(o, "createdAt", createdAt);
    putIfNotEmpty(o, "name", name);
    putIfNotEmpty(o, "description", description);
    if (!labels.isEmpty()) {
        QJsonObject l;
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            l.insert(it.key(), it.value());
        }
        o.insert(QStringLiteral("labels"), l);
    }
    putIfNotEmpty(o, "kmsKeyId", kmsKeyId);
    if (status != Status::Unspecified) {
        o.insert(QStringLiteral("status"), statusName(status));
    }
    if (currentVersion) {
        o.insert(QStringLiteral("currentVersion"), currentVersion->toJson());
    }
    if (deletionProtection) {
        o.insert(QStringLiteral("deletionProtection"), true);
    }
    if (passwordPayloadSpecification) {
        o.insert(QStringLiteral("passwordPayloadSpecification"), passwordPayloadSpecification->toJson());
    }
    return o;
}

QJsonObject PayloadEntryChange::toJson() const {
    QJsonObject o{{QStringLiteral("key"), key}};
    switch (kind) {
    case Kind::Text:
        o.insert(QStringLiteral("textValue"), textValue);
        break;
    case Kind::Binary:
        o.insert(QStringLiteral("binaryValue"), QString::fromLatin1(binaryValue.toBase64()));
        break;
    case Kind::Remove:
        break; // only the key: the CLI's documented way to remove an entry
    }
    return o;
}

std::optional<Cloud> Cloud::fromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("Cloud"));
    Cloud c;
    r.string("id", &c.id);
    r.string("name", &c.name);
    r.string("description", &c.description);
    r.string("organizationId", &c.organizationId);
    r.timestamp("createdAt", &c.createdAt);
    if (r.ok() && c.id.isEmpty()) {
        r.fail(QStringLiteral("missing id"));
    }
    if (!r.ok()) {
        setError(error, r);
        return std::nullopt;
    }
    return c;
}

std::optional<Folder> Folder::fromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("Folder"));
    Folder f;
    r.string("id", &f.id);
    r.string("cloudId", &f.cloudId);
    r.string("name", &f.name);
    r.string("description", &f.description);
    r.string("status", &f.status);
    r.timestamp("createdAt", &f.createdAt);
    if (r.ok() && f.id.isEmpty()) {
        r.fail(QStringLiteral("missing id"));
    }
    if (!r.ok()) {
        setError(error, r);
        return std::nullopt;
    }
    return f;
}

std::optional<Operation> Operation::fromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("Operation"));
    Operation op;
    r.string("id", &op.id);
    r.string("description", &op.description);
    r.timestamp("createdAt", &op.createdAt);
    r.string("createdBy", &op.createdBy);
    r.timestamp("modifiedAt", &op.modifiedAt);
    r.boolean("done", &op.done);
    op.metadata = r.object("metadata");
    op.response = r.object("response");
    if (r.has("error")) {
        op.hasError = true;
        op.error = r.object("error");
    }
    if (r.ok() && op.id.isEmpty()) {
        r.fail(QStringLiteral("missing id"));
    }
    if (r.ok() && op.done && !op.hasError && !r.has("response")) {
        r.fail(QStringLiteral("done without response or error"));
    }
    if (!r.ok()) {
        setError(error, r);
        return std::nullopt;
    }
    return op;
}

QString Operation::metadataType() const {
    return metadata.value(QLatin1String("@type")).toString();
}

QString Operation::responseType() const {
    return response.value(QLatin1String("@type")).toString();
}

std::optional<Version> Operation::responseVersion() const {
    if (responseType() != QLatin1String("type.googleapis.com/yandex.cloud.lockbox.v1.Version")) {
        return std::nullopt;
    }
    return Version::fromJson(response);
}

std::optional<Secret> Operation::responseSecret() const {
    if (responseType() != QLatin1String("type.googleapis.com/yandex.cloud.lockbox.v1.Secret")) {
        return std::nullopt;
    }
    return Secret::fromJson(response);
}

} // namespace lockbox
