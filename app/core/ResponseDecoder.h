#pragma once

#include "ApiClient.h"
#include "JsonReader.h"
#include "SecretStrings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <type_traits>

// Decoders of the API's response bodies, kept apart from the transport so they can be fuzzed.
// Each says why it failed instead of returning a half-filled value.
namespace lockbox::decode {

template <typename T, typename ItemParse>
std::optional<Page<T>> parsePage(const QJsonObject &o, const char *arrayName, ItemParse parseItem, QString *why) {
    JsonReader r(o, QStringLiteral("page"));
    Page<T> page;
    const QJsonArray items = r.array(arrayName);
    r.string("nextPageToken", &page.nextPageToken);
    if (!r.ok()) {
        *why = r.error();
        return std::nullopt;
    }
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            *why = QStringLiteral("%1[%2] is not an object").arg(QLatin1String(arrayName)).arg(i);
            return std::nullopt;
        }
        QString itemWhy;
        std::optional<T> item = parseItem(items.at(i).toObject(), &itemWhy);
        if (!item) {
            *why = QStringLiteral("%1[%2]: %3").arg(QLatin1String(arrayName)).arg(i).arg(itemWhy);
            return std::nullopt;
        }
        page.items.append(std::move(*item));
    }
    if constexpr (std::is_same_v<T, Secret>) {
        shareRepeatedStrings(page.items); // ~380 bytes less a secret, freed here rather than on the UI thread
    }
    return page;
}

template <typename T>
auto pageParser(const char *arrayName) {
    return [arrayName](const QJsonObject &o, QString *why) {
        return parsePage<T>(
            o, arrayName, [](const QJsonObject &item, QString *e) { return T::fromJson(item, e); }, why);
    };
}

// A response body as a JSON object (QJsonDocument), or why not.
std::optional<QJsonObject> objectFromBody(const QByteArray &body, QString *why);

// A page of versions or of secrets (T) decoded straight from the body: parsed by RapidJSON and
// mapped by the same code as pageParser<T>(arrayName), with the same result and the same errors.
// onToken, when set, hears a non-empty nextPageToken once the body is parsed, before the items are
// mapped. A body RapidJSON does not take as an object goes the QJsonDocument way, for Qt's verdict
// and message: the fast path never accepts less than that way, nor says it differently.
template <typename T>
std::optional<Page<T>> pageFromBody(const QByteArray &body, const char *arrayName,
                                    const std::function<void(const QString &)> &onToken, QString *why);

std::optional<AccessBinding> accessBindingFromJson(const QJsonObject &o, QString *why);
QJsonObject accessBindingToJson(const AccessBinding &b);
std::optional<IamToken> iamTokenFromJson(const QJsonObject &o, QString *why);
// Parses {"versionId", "entries":[{"key","textValue"|"binaryValue"}]} straight from the bytes;
// nullptr (and why) on any fault, with the values decoded so far wiped.
std::shared_ptr<SecretPayload> payloadFromJson(const QByteArray &body, QString *why);

} // namespace lockbox::decode
