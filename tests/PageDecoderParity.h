#pragma once

// The pages of versions and secrets decoded both ways: the fast path (decode::pageFromBody,
// RapidJSON) and the QJsonDocument way (objectFromBody + pageParser). tst_pagedecoding and the
// fuzz target fuzz_api_json hold them to the same outcome.
#include "ResponseDecoder.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace lockbox::parity {

struct Outcome {
    bool ok = false;
    QString why;
    QString token;
    QStringList heardTokens; // what onToken heard (the QJsonDocument way: as ApiClient did before)
    QList<QJsonObject> items;

    bool operator==(const Outcome &) const = default;
};

template <typename T>
void keepPage(const std::optional<Page<T>> &page, Outcome *out) {
    if (page) {
        out->ok = true;
        out->token = page->nextPageToken;
        for (const T &item : page->items) {
            out->items << item.toJson();
        }
    }
}

template <typename T>
Outcome viaQt(const QByteArray &body, const char *arrayName) {
    Outcome out;
    const std::optional<QJsonObject> object = decode::objectFromBody(body, &out.why);
    if (!object) {
        return out;
    }
    const QJsonValue token = object->value(QLatin1String("nextPageToken"));
    if (token.isString() && !token.toString().isEmpty()) {
        out.heardTokens << token.toString();
    }
    keepPage(decode::pageParser<T>(arrayName)(*object, &out.why), &out);
    return out;
}

template <typename T>
Outcome viaFast(const QByteArray &body, const char *arrayName) {
    Outcome out;
    keepPage(decode::pageFromBody<T>(
                 body, arrayName, [&out](const QString &token) { out.heardTokens << token; }, &out.why),
             &out);
    return out;
}

} // namespace lockbox::parity
