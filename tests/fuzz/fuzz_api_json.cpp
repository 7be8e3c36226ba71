// API responses as a server (or anything between) may send them: Version, Secret, Operation,
// google.rpc.Status, Cloud, Folder, timestamps and durations. Decoding must never crash and never
// hand out a half-filled value; the fast page decoder must agree with the QJsonDocument way.
#include "ApiError.h"
#include "FuzzSupport.h"
#include "JsonMapping.h"
#include "PageDecoderParity.h"
#include "Resources.h"
#include "ResponseDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace lockbox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    json::parseTimestamp(text);
    json::parseDurationMs(text);
    json::fromBase64(text);
    const ApiError e = ApiError::fromHttp(400, bytes, QStringLiteral("rid"));
    (void)e.toString();

    QString why;
    if (auto payload = decode::payloadFromJson(bytes, &why)) {
        for (const auto &e : payload->entries()) {
            Q_ASSERT(!e.key.isEmpty());
        }
    }

    // The pages' fast path (RapidJSON) must say exactly what the QJsonDocument way says.
    if (parity::viaFast<Version>(bytes, "versions") != parity::viaQt<Version>(bytes, "versions") ||
        parity::viaFast<Secret>(bytes, "secrets") != parity::viaQt<Secret>(bytes, "secrets")) {
        qFatal("the fast page decoder and the QJsonDocument way disagree");
    }

    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (!doc.isObject()) {
        return 0;
    }
    const QJsonObject o = doc.object();
    if (auto v = Version::fromJson(o)) {
        Q_ASSERT(!v->id.isEmpty());
        (void)v->toJson();
    }
    if (auto s = Secret::fromJson(o)) {
        Q_ASSERT(!s->id.isEmpty());
        (void)s->toJson();
    }
    if (auto op = Operation::fromJson(o)) {
        (void)op->responseVersion();
        (void)op->responseSecret();
        if (op->hasError) {
            (void)ApiError::fromStatusJson(op->error).toString();
        }
    }
    (void)Cloud::fromJson(o);
    (void)Folder::fromJson(o);
    (void)decode::pageParser<Version>("versions")(o, &why);
    (void)decode::pageParser<Secret>("secrets")(o, &why);
    (void)decode::pageParser<Operation>("operations")(o, &why);
    (void)decode::parsePage<AccessBinding>(o, "accessBindings", &decode::accessBindingFromJson, &why);
    (void)decode::iamTokenFromJson(o, &why);
    return 0;
}
