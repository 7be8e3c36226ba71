#include "ResponseDecoder.h"

#include "FastJsonReader.h"
#include "ResourceReading.h"

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <QJsonDocument>
#include <cstring>

namespace lockbox::decode {

std::optional<QJsonObject> objectFromBody(const QByteArray &body, QString *why) {
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *why = pe.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *why = QStringLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

namespace {

template <typename T>
std::optional<T> readItem(FastJsonReader &r, QString *why) {
    if constexpr (std::is_same_v<T, Version>) {
        return read::version(r, why);
    } else {
        return read::secret(r, why);
    }
}

// Hands the parse to the document, and stops it (a parse error) when objects and arrays nest
// deeper than kMaxDepth or a number is not an integer of 64 bits.
struct DepthLimited {
    static constexpr int kMaxDepth = 512;
    rapidjson::Document &document;
    int depth = 0;

    bool Null() { return document.Null(); }
    bool Bool(bool b) { return document.Bool(b); }
    bool Int(int i) { return document.Int(i); }
    bool Uint(unsigned u) { return document.Uint(u); }
    bool Int64(int64_t i) { return document.Int64(i); }
    bool Uint64(uint64_t u) { return document.Uint64(u); }
    // A number with a fraction or an exponent, or beyond 64 bits: RapidJSON (without full precision)
    // may round it differently, and reads to 0 or infinity what Qt refuses as "illegal number".
    // Such numbers are rare in these pages; the parse stops and QJsonDocument judges.
    bool Double(double) { return false; }
    bool RawNumber(const char *s, rapidjson::SizeType length, bool copy) { return document.RawNumber(s, length, copy); }
    bool String(const char *s, rapidjson::SizeType length, bool copy) { return document.String(s, length, copy); }
    bool Key(const char *s, rapidjson::SizeType length, bool copy) { return document.Key(s, length, copy); }
    bool StartObject() { return ++depth <= kMaxDepth && document.StartObject(); }
    bool EndObject(rapidjson::SizeType members) {
        --depth;
        return document.EndObject(members);
    }
    bool StartArray() { return ++depth <= kMaxDepth && document.StartArray(); }
    bool EndArray(rapidjson::SizeType elements) {
        --depth;
        return document.EndArray(elements);
    }
};

// Whether the text holds what Qt and RapidJSON read differently: a \uD800–\uDFFF escape (half of
// a UTF-16 surrogate pair, which Qt takes alone and RapidJSON does not) or a byte order mark
// (which Qt drops from the start of every string, key or value). Both bytes are rare: memchr.
bool readDifferently(QByteArrayView json) {
    if (json.isEmpty()) {
        return false; // (and no null pointer for memchr)
    }
    const char *const begin = json.data();
    const char *const end = begin + json.size();
    for (const char *p = begin; (p = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p))));) {
        if (end - p >= 3 && p[1] == 'u' && (p[2] == 'd' || p[2] == 'D')) {
            return true;
        }
        p += 2; // past the escaped character, so "\\\\" is one escape
        if (p >= end) {
            break;
        }
    }
    for (const char *p = begin; (p = static_cast<const char *>(std::memchr(p, '\xEF', size_t(end - p)))); ++p) {
        if (end - p >= 3 && p[1] == '\xBB' && p[2] == '\xBF') {
            return true;
        }
    }
    return false;
}

template <typename T>
const char *itemContext() {
    return std::is_same_v<T, Version> ? "Version" : "Secret";
}

} // namespace

template <typename T>
std::optional<Page<T>> pageFromBody(const QByteArray &body, const char *arrayName,
                                    const std::function<void(const QString &)> &onToken, QString *why) {
    // QJsonDocument skips a UTF-8 byte order mark; RapidJSON's plain UTF-8 reader does not.
    const bool bom = body.startsWith("\xEF\xBB\xBF");
    const QByteArrayView json = QByteArrayView(body).sliced(bom ? 3 : 0);
    // Invalid UTF-8 anywhere, a NUL byte (RapidJSON takes it for the end of the text), or what the
    // two read differently (here and in DepthLimited): QJsonDocument's way. Checked here in a pass or two, a third of
    // the cost of RapidJSON's own validation (kParseValidateEncodingFlag).
    const bool plain = !json.isEmpty() && json.isValidUtf8() && !json.contains('\0') && !readDifferently(json);
    rapidjson::Document doc;
    if (plain) {
        // Nested deeper than kMaxDepth the parse stops (and Qt judges: it refuses past 1,024), so
        // the recursive parser's stack stays small.
        auto parse = [&json](rapidjson::Document &document) {
            DepthLimited handler{document};
            rapidjson::MemoryStream stream(json.data(), static_cast<size_t>(json.size()));
            rapidjson::Reader reader;
            return !reader.Parse(stream, handler).IsError();
        };
        doc.Populate(parse); // a failed parse leaves the document null
    }
    if (!plain || doc.HasParseError() || !doc.IsObject()) {
        // What RapidJSON refuses QJsonDocument judges, and says why in its words, as for every
        // other body.
        const std::optional<QJsonObject> object = objectFromBody(body, why);
        if (!object) {
            return std::nullopt;
        }
        if (onToken) {
            const QJsonValue token = object->value(QLatin1String("nextPageToken"));
            if (token.isString() && !token.toString().isEmpty()) {
                onToken(token.toString());
            }
        }
        return pageParser<T>(arrayName)(*object, why);
    }
    FastJsonReader r(&doc, QStringLiteral("page"));
    Page<T> page;
    const rapidjson::Value *items = r.array(arrayName);
    r.string("nextPageToken", &page.nextPageToken);
    if (onToken && !page.nextPageToken.isEmpty()) {
        onToken(page.nextPageToken); // as the QJsonDocument way: even if the items turn out bad
    }
    if (!r.ok()) {
        *why = r.error();
        return std::nullopt;
    }
    if (items) {
        page.items.reserve(static_cast<qsizetype>(items->Size()));
        for (rapidjson::SizeType i = 0; i < items->Size(); ++i) {
            const rapidjson::Value &item = (*items)[i];
            if (!item.IsObject()) {
                *why = QStringLiteral("%1[%2] is not an object").arg(QLatin1String(arrayName)).arg(i);
                return std::nullopt;
            }
            FastJsonReader itemReader(&item, QLatin1String(itemContext<T>()));
            QString itemWhy;
            std::optional<T> value = readItem<T>(itemReader, &itemWhy);
            if (!value) {
                *why = QStringLiteral("%1[%2]: %3").arg(QLatin1String(arrayName)).arg(i).arg(itemWhy);
                return std::nullopt;
            }
            page.items.append(std::move(*value));
        }
    }
    if constexpr (std::is_same_v<T, Secret>) {
        shareRepeatedStrings(page.items);
    }
    return page;
}

template std::optional<Page<Version>> pageFromBody<Version>(const QByteArray &, const char *,
                                                            const std::function<void(const QString &)> &, QString *);
template std::optional<Page<Secret>> pageFromBody<Secret>(const QByteArray &, const char *,
                                                          const std::function<void(const QString &)> &, QString *);

std::optional<AccessBinding> accessBindingFromJson(const QJsonObject &o, QString *why) {
    JsonReader r(o, QStringLiteral("AccessBinding"));
    AccessBinding b;
    r.string("roleId", &b.roleId);
    const QJsonObject subject = r.object("subject");
    if (r.ok()) {
        JsonReader s(subject, QStringLiteral("AccessBinding.subject"));
        s.string("id", &b.subjectId);
        s.string("type", &b.subjectType);
        if (!s.ok()) {
            r.fail(s.error());
        }
    }
    if (!r.ok()) {
        *why = r.error();
        return std::nullopt;
    }
    return b;
}

QJsonObject accessBindingToJson(const AccessBinding &b) {
    return QJsonObject{{QStringLiteral("roleId"), b.roleId},
                       {QStringLiteral("subject"),
                        QJsonObject{{QStringLiteral("id"), b.subjectId}, {QStringLiteral("type"), b.subjectType}}}};
}

std::optional<IamToken> iamTokenFromJson(const QJsonObject &o, QString *why) {
    JsonReader r(o, QStringLiteral("CreateIamTokenResponse"));
    IamToken t;
    r.string("iamToken", &t.iamToken);
    r.timestamp("expiresAt", &t.expiresAt);
    if (r.ok() && t.iamToken.isEmpty()) {
        r.fail(QStringLiteral("missing iamToken"));
    }
    if (!r.ok()) {
        *why = r.error();
        return std::nullopt;
    }
    return t;
}

std::shared_ptr<SecretPayload> payloadFromJson(const QByteArray &body, QString *why) {
    const std::optional<QJsonObject> object = objectFromBody(body, why);
    if (!object) {
        return nullptr;
    }
    JsonReader r(*object, QStringLiteral("Payload"));
    QString versionId;
    r.string("versionId", &versionId);
    const QJsonArray entries = r.array("entries");
    QList<SecretPayload::Entry> out;
    // Whatever happens below, the values decoded so far are zeroed.
    for (qsizetype i = 0; r.ok() && i < entries.size(); ++i) {
        if (!entries.at(i).isObject()) {
            r.fail(QStringLiteral("entries[%1] is not an object").arg(i));
            break;
        }
        JsonReader e(entries.at(i).toObject(), QStringLiteral("entries[%1]").arg(i));
        SecretPayload::Entry entry;
        e.string("key", &entry.key);
        if (e.has("binaryValue")) {
            entry.binary = true;
            e.bytes("binaryValue", &entry.value);
        } else {
            QString text;
            e.string("textValue", &text);
            entry.value = text.toUtf8();
        }
        if (e.ok() && entry.key.isEmpty()) {
            e.fail(QStringLiteral("missing key"));
        }
        if (!e.ok()) {
            SecretPayload::wipeBytes(entry.value);
            r.fail(e.error());
            break;
        }
        out.append(std::move(entry));
    }
    if (!r.ok()) {
        for (auto &entry : out) {
            SecretPayload::wipeBytes(entry.value);
        }
        *why = r.error();
        return nullptr;
    }
    return std::make_shared<SecretPayload>(versionId, std::move(out));
}

} // namespace lockbox::decode
