#include "FastJsonReader.h"

#include "JsonMapping.h"
#include "JsonReader.h"

#include <QJsonValue>
#include <cstring>

namespace lockbox {

FastJsonReader::FastJsonReader(const rapidjson::Value *object, QString context)
    : m_object(object && object->IsObject() ? object : nullptr), m_context(std::move(context)) {}

QString FastJsonReader::toQString(const rapidjson::Value &string) {
    const char *utf8 = string.GetString();
    auto length = static_cast<qsizetype>(string.GetStringLength());
    // QString::fromUtf8() drops a byte order mark that starts its input. Here such a mark came from
    // a \ufeff escape (a body with a raw one is left to QJsonDocument), which Qt keeps.
    qsizetype marks = 0;
    while (length >= 3 && std::memcmp(utf8, "\xEF\xBB\xBF", 3) == 0) {
        ++marks;
        utf8 += 3;
        length -= 3;
    }
    const QString rest = QString::fromUtf8(utf8, length);
    return marks == 0 ? rest : QString(marks, QChar(0xFEFF)) + rest;
}

const rapidjson::Value *FastJsonReader::value(const char *name) const {
    if (!m_object) {
        return nullptr;
    }
    const size_t length = std::strlen(name);
    // From the end: a repeated key counts with its last value, as in QJsonDocument.
    for (auto it = m_object->MemberEnd(); it != m_object->MemberBegin();) {
        --it;
        if (it->name.GetStringLength() == length && std::memcmp(it->name.GetString(), name, length) == 0) {
            return it->value.IsNull() ? nullptr : &it->value;
        }
    }
    return nullptr;
}

bool FastJsonReader::has(const char *name) const {
    return value(name) != nullptr;
}

void FastJsonReader::fail(const QString &why) {
    if (m_error.isEmpty()) {
        m_error = m_context.isEmpty() ? why : m_context + QStringLiteral(": ") + why;
    }
}

const rapidjson::Value *FastJsonReader::take(const char *name, bool (rapidjson::Value::*isType)() const) {
    const rapidjson::Value *v = value(name);
    if (v && !(v->*isType)()) {
        fail(json::why::wrongType(name));
        return nullptr;
    }
    return v;
}

void FastJsonReader::string(const char *name, QString *out) {
    if (const rapidjson::Value *v = take(name, &rapidjson::Value::IsString)) {
        *out = toQString(*v);
    }
}

void FastJsonReader::boolean(const char *name, bool *out) {
    if (const rapidjson::Value *v = take(name, &rapidjson::Value::IsBool)) {
        *out = v->GetBool();
    }
}

void FastJsonReader::optionalBoolean(const char *name, std::optional<bool> *out) {
    if (const rapidjson::Value *v = take(name, &rapidjson::Value::IsBool)) {
        *out = v->GetBool();
    }
}

void FastJsonReader::int64(const char *name, qint64 *out) {
    const rapidjson::Value *v = value(name);
    if (!v) {
        return;
    }
    // Through the QJsonValue QJsonDocument would have made, so both readers take the same numbers
    // (an int64 may come as a string or a number) and refuse the same ones.
    QJsonValue asQt;
    if (v->IsString()) {
        asQt = toQString(*v);
    } else if (v->IsInt64()) {
        asQt = static_cast<qint64>(v->GetInt64());
    } else if (v->IsNumber()) {
        asQt = v->GetDouble();
    }
    const auto n = json::toInt64(asQt);
    if (!n) {
        fail(json::why::notInt64(name));
        return;
    }
    *out = *n;
}

void FastJsonReader::timestamp(const char *name, QDateTime *out) {
    const rapidjson::Value *v = take(name, &rapidjson::Value::IsString);
    if (!v) {
        return;
    }
    const QDateTime t = json::parseTimestamp(toQString(*v));
    if (!t.isValid()) {
        fail(json::why::notTimestamp(name));
        return;
    }
    *out = t;
}

void FastJsonReader::stringList(const char *name, QStringList *out) {
    const rapidjson::Value *v = take(name, &rapidjson::Value::IsArray);
    if (!v) {
        return;
    }
    QStringList list;
    list.reserve(static_cast<qsizetype>(v->Size()));
    for (const rapidjson::Value &item : v->GetArray()) {
        if (!item.IsString()) {
            fail(json::why::notStrings(name));
            return;
        }
        list.append(toQString(item));
    }
    *out = list;
}

void FastJsonReader::stringMap(const char *name, QMap<QString, QString> *out) {
    const rapidjson::Value *v = take(name, &rapidjson::Value::IsObject);
    if (!v) {
        return;
    }
    QMap<QString, QString> map;
    // From the end, and a key already seen skipped: a repeated key counts (and is checked) with its
    // last value only, as QJsonDocument keeps only that one.
    for (auto it = v->MemberEnd(); it != v->MemberBegin();) {
        --it;
        const QString key = toQString(it->name);
        if (map.contains(key)) {
            continue;
        }
        if (!it->value.IsString()) {
            fail(json::why::notStringMap(name));
            return;
        }
        map.insert(key, toQString(it->value));
    }
    *out = map;
}

FastJsonReader FastJsonReader::child(const char *name, const QString &context) {
    return FastJsonReader(take(name, &rapidjson::Value::IsObject), context);
}

const rapidjson::Value *FastJsonReader::array(const char *name) {
    return take(name, &rapidjson::Value::IsArray);
}

} // namespace lockbox
