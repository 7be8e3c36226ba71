#include "ResponseDecoder.h"

#include <QJsonDocument>

namespace lockbox::decode {

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
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *why = pe.errorString();
        return nullptr;
    }
    if (!doc.isObject()) {
        *why = QStringLiteral("the body is not a JSON object");
        return nullptr;
    }
    JsonReader r(doc.object(), QStringLiteral("Payload"));
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
