#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVarLengthArray>
#include <optional>
#include <utility>

namespace lockbox {

// Reads a decoded JSON object field by field with protobuf JSON rules: a missing field keeps its
// default, unknown fields are ignored, a present field of the wrong type marks the whole read failed
// (so callers never hand out a half-filled object).
class JsonReader final {
public:
    explicit JsonReader(const QJsonObject &object, QString context = {});

    void string(const char *name, QString *out);
    void boolean(const char *name, bool *out);
    void optionalBoolean(const char *name, std::optional<bool> *out);
    void int64(const char *name, qint64 *out);
    void timestamp(const char *name, QDateTime *out);
    void stringList(const char *name, QStringList *out);
    void stringMap(const char *name, QMap<QString, QString> *out);
    void bytes(const char *name, QByteArray *out);
    // The object or array under name; empty when absent; failure when of another type.
    QJsonObject object(const char *name);
    QJsonArray array(const char *name);
    // A reader of the object under name (as object()), whose errors start with context.
    JsonReader child(const char *name, const QString &context) { return JsonReader(object(name), context); }
    bool has(const char *name) const;

    void fail(const QString &why);
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    QJsonValue take(const char *name, QJsonValue::Type expected);
    QJsonValue value(const char *name) const;

    // The object's fields, read once: QJsonObject::value() scans and compares every key on each
    // call, which was ~40% of decoding a page of secrets (a secret asks for some 20 fields).
    QVarLengthArray<std::pair<QString, QJsonValue>, 16> m_fields;
    QString m_context;
    QString m_error;
};

// Why a field could not be read: the same words from every reader (JsonReader, FastJsonReader).
namespace json::why {
QString wrongType(const char *name);
QString notInt64(const char *name);
QString notTimestamp(const char *name);
QString notStrings(const char *name);
QString notStringMap(const char *name);
QString notBase64(const char *name);
} // namespace json::why

} // namespace lockbox
