#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

#include <rapidjson/document.h>

namespace lockbox {

// JsonReader's rules and errors over a RapidJSON object, for the pages of versions and secrets:
// the mappings in Resources.cpp are written once for both readers (templates). Parsed with
// RapidJSON and read here, a page of 100 versions costs about a fifth of QJsonDocument's parse plus
// JsonReader (callgrind, fix AD in tests/bench/README.md).
// As QJsonDocument does, a key given twice counts with its last value.
class FastJsonReader final {
public:
    // object must outlive the reader; a null or non-object value reads as an empty object.
    FastJsonReader(const rapidjson::Value *object, QString context);

    void string(const char *name, QString *out);
    void boolean(const char *name, bool *out);
    void optionalBoolean(const char *name, std::optional<bool> *out);
    void int64(const char *name, qint64 *out);
    void timestamp(const char *name, QDateTime *out);
    void stringList(const char *name, QStringList *out);
    void stringMap(const char *name, QMap<QString, QString> *out);
    bool has(const char *name) const;
    // A reader of the object under name; empty when absent; failure (of this reader) when of
    // another type.
    FastJsonReader child(const char *name, const QString &context);
    // The array under name; nullptr when absent or (a failure) of another type.
    const rapidjson::Value *array(const char *name);

    void fail(const QString &why);
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // A string value as QJsonDocument would give it.
    static QString toQString(const rapidjson::Value &string);

private:
    // The field's value, nullptr when absent or null.
    const rapidjson::Value *value(const char *name) const;
    // As value(), and a failure when present with another type.
    const rapidjson::Value *take(const char *name, bool (rapidjson::Value::*isType)() const);

    const rapidjson::Value *m_object;
    QString m_context;
    QString m_error;
};

} // namespace lockbox
