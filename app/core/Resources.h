#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QStringList>
#include <optional>

// The Lockbox API's messages as plain values, with their protobuf JSON mapping.
// fromJson() returns nullopt (and says why) instead of a half-filled value.
namespace lockbox {

struct PasswordPayloadSpecification {
    QString passwordKey;
    qint64 length = 0; // 0: the server picks a reasonable length
    // BoolValue fields: unset means true.
    std::optional<bool> includeUppercase;
    std::optional<bool> includeLowercase;
    std::optional<bool> includeDigits;
    std::optional<bool> includePunctuation;
    QString includedPunctuation;
    QString excludedPunctuation;

    bool uppercase() const { return includeUppercase.value_or(true); }
    bool lowercase() const { return includeLowercase.value_or(true); }
    bool digits() const { return includeDigits.value_or(true); }
    bool punctuation() const { return includePunctuation.value_or(true); }

    static std::optional<PasswordPayloadSpecification> fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const;
    bool operator==(const PasswordPayloadSpecification &) const = default;
};

struct Version {
    enum class Status { Unspecified, Active, ScheduledForDestruction, Destroyed };

    QString id;
    QString secretId;
    QDateTime createdAt;
    QDateTime destroyAt;
    QString description;
    Status status = Status::Unspecified;
    QStringList payloadEntryKeys;
    std::optional<PasswordPayloadSpecification> passwordPayloadSpecification;

    static std::optional<Version> fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const;
    static QString statusName(Status s);
    static Status statusFromName(const QString &name);
};

struct Secret {
    enum class Status { Unspecified, Creating, Active, Inactive };

    QString id;
    QString folderId;
    QDateTime createdAt;
    QString name;
    QString description;
    QMap<QString, QString> labels;
    QString kmsKeyId;
    Status status = Status::Unspecified;
    std::optional<Version> currentVersion;
    bool deletionProtection = false;
    std::optional<PasswordPayloadSpecification> passwordPayloadSpecification;

    static std::optional<Secret> fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const;
    static QString statusName(Status s);
    static Status statusFromName(const QString &name);
};

// One change of AddVersion: a value to set, or (no value) a key to remove.
struct PayloadEntryChange {
    enum class Kind { Text, Binary, Remove };
    QString key;
    Kind kind = Kind::Text;
    QString textValue;
    QByteArray binaryValue;

    QJsonObject toJson() const;
};

struct Cloud {
    QString id;
    QString name;
    QString description;
    QString organizationId;
    QDateTime createdAt;
    static std::optional<Cloud> fromJson(const QJsonObject &o, QString *error = nullptr);
};

struct Folder {
    QString id;
    QString cloudId;
    QString name;
    QString description;
    QString status;
    QDateTime createdAt;
    static std::optional<Folder> fromJson(const QJsonObject &o, QString *error = nullptr);
};

// A long-running operation. metadata/response keep their JSON (with "@type"); the typed accessors
// decode them.
struct Operation {
    QString id;
    QString description;
    QDateTime createdAt;
    QString createdBy;
    QDateTime modifiedAt;
    bool done = false;
    QJsonObject metadata;
    QJsonObject response;
    bool hasError = false;
    QJsonObject error; // google.rpc.Status JSON when hasError

    static std::optional<Operation> fromJson(const QJsonObject &o, QString *error = nullptr);
    QString metadataType() const;
    QString responseType() const;
    // Decoded response; nullopt when absent or of another type.
    std::optional<Version> responseVersion() const;
    std::optional<Secret> responseSecret() const;
};

template <typename T>
struct Page {
    QList<T> items;
    QString nextPageToken;
};

} // namespace lockbox

Q_DECLARE_METATYPE(lockbox::Version)
Q_DECLARE_METATYPE(lockbox::Secret)
Q_DECLARE_METATYPE(lockbox::Operation)
