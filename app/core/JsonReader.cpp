#include "JsonReader.h"

#include "JsonMapping.h"

namespace lockbox {

namespace json::why {
namespace {
QString field(const char *name, const char *what) {
    return QStringLiteral("field \"%1\" %2").arg(QLatin1String(name), QLatin1String(what));
}
} // namespace
QString wrongType(const char *name) {
    return field(name, "has the wrong type");
}
QString notInt64(const char *name) {
    return field(name, "is not an int64");
}
QString notTimestamp(const char *name) {
    return field(name, "is not an RFC 3339 timestamp");
}
QString notStrings(const char *name) {
    return field(name, "must hold strings");
}
QString notStringMap(const char *name) {
    return field(name, "must map to strings");
}
QString notBase64(const char *name) {
    return field(name, "is not valid base64");
}
} // namespace json::why

JsonReader::JsonReader(const QJsonObject &object, QString context) : m_context(std::move(context)) {
    m_fields.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        m_fields.append({it.key(), it.value()});
    }
}

QJsonValue JsonReader::value(const char *name) const {
    const QLatin1String key(name);
    for (const auto &field : m_fields) {
        if (field.first == key) {
            return field.second;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool JsonReader::has(const char *name) const {
    const QJsonValue v = value(name);
    return !v.isUndefined() && !v.isNull();
}

void JsonReader::fail(const QString &why) {
    if (m_error.isEmpty()) {
        m_error = m_context.isEmpty() ? why : m_context + QStringLiteral(": ") + why;
    }
}

QJsonValue JsonReader::take(const char *name, QJsonValue::Type expected) {
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (v.type() != expected) {
        fail(json::why::wrongType(name));
        return {};
    }
    return v;
}

void JsonReader::string(const char *name, QString *out) {
    const QJsonValue v = take(name, QJsonValue::String);
    if (v.isString()) {
        *out = v.toString();
    }
}

void JsonReader::boolean(const char *name, bool *out) {
    const QJsonValue v = take(name, QJsonValue::Bool);
    if (v.isBool()) {
        *out = v.toBool();
    }
}

void JsonReader::optionalBoolean(const char *name, std::optional<bool> *out) {
    const QJsonValue v = take(name, QJsonValue::Bool);
    if (v.isBool()) {
        *out = v.toBool();
    }
}

void JsonReader::int64(const char *name, qint64 *out) {
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull()) {
        return;
    }
    const auto n = json::toInt64(v);
    if (!n) {
        fail(json::why::notInt64(name));
        return;
    }
    *out = *n;
}

void JsonReader::timestamp(const char *name, QDateTime *out) {
    const QJsonValue v = take(name, QJsonValue::String);
    if (!v.isString()) {
        return;
    }
    const QDateTime t = json::parseTimestamp(v.toString());
    if (!t.isValid()) {
        fail(json::why::notTimestamp(name));
        return;
    }
    *out = t;
}

void JsonReader::stringList(const char *name, QStringList *out) {
    const QJsonValue v = take(name, QJsonValue::Array);
    if (!v.isArray()) {
        return;
    }
    QStringList list;
    for (const auto &item : v.toArray()) {
        if (!item.isString()) {
            fail(json::why::notStrings(name));
            return;
        }
        list.append(item.toString());
    }
    *out = list;
}

void JsonReader::stringMap(const char *name, QMap<QString, QString> *out) {
    const QJsonValue v = take(name, QJsonValue::Object);
    if (!v.isObject()) {
        return;
    }
    QMap<QString, QString> map;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString()) {
            fail(json::why::notStringMap(name));
            return;
        }
        map.insert(it.key(), it.value().toString());
    }
    *out = map;
}

void JsonReader::bytes(const char *name, QByteArray *out) {
    const QJsonValue v = take(name, QJsonValue::String);
    if (!v.isString()) {
        return;
    }
    const auto decoded = json::fromBase64(v.toString());
    if (!decoded) {
        fail(json::why::notBase64(name));
        return;
    }
    *out = *decoded;
}

QJsonObject JsonReader::object(const char *name) {
    return take(name, QJsonValue::Object).toObject();
}

QJsonArray JsonReader::array(const char *name) {
    return take(name, QJsonValue::Array).toArray();
}

} // namespace lockbox
