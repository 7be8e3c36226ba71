// The emulator's request parsing and validation: the first byte picks an RPC, the rest is its JSON
// body (or query string). Any input must give a value or a google.rpc.Status, never a crash.
#include "EmulatorStore.h"
#include "FuzzSupport.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace lockbox;
using namespace lockbox::emulator;

namespace {
EmulatorStore &store() {
    static EmulatorStore *s = [] {
        auto *st = new EmulatorStore;
        QString error;
        const QByteArray seed =
            R"({"clouds":[{"id":"b1gc","name":"c"}],"folders":[{"id":"b1gf","cloudId":"b1gc","name":"f"}],
            "secrets":[{"id":"e6qs","folderId":"b1gf","name":"s","currentVersionId":"e6qv1","versions":[
              {"id":"e6qv1","entries":[{"key":"a","textValue":"1"},{"key":"b","binaryValue":"AAE="}]},
              {"id":"e6qv2","status":"SCHEDULED_FOR_DESTRUCTION","destroyAt":"now+1d","entries":[{"key":"a","textValue":"2"}]}]},
              {"id":"e6qg","folderId":"b1gf","name":"g","passwordPayloadSpecification":{"passwordKey":"p","length":"12"},
               "currentVersionId":"e6qgv","versions":[{"id":"e6qgv","entries":[{"key":"p","textValue":"x"}]}]}]})";
        if (!st->load(seed, &error)) {
            qFatal("seed: %s", qPrintable(error));
        }
        st->addAdminToken(QStringLiteral("admin"));
        return st;
    }();
    return *s;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::ensureApplication();
    if (size < 1) {
        return 0;
    }
    EmulatorStore &s = store();
    const Caller c{QStringLiteral("ajeemulator0admin001"), {QStringLiteral("admin")}};
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const QJsonObject body = QJsonDocument::fromJson(rest).object();
    const QUrlQuery query(QString::fromUtf8(rest));
    const QString secret = (data[0] & 0x80) ? QStringLiteral("e6qg") : QStringLiteral("e6qs");
    switch (data[0] % 16) {
    case 0:
        (void)s.addVersion(c, secret, body, {});
        break;
    case 1:
        (void)s.scheduleVersionDestruction(c, secret, body, {});
        break;
    case 2:
        (void)s.cancelVersionDestruction(c, secret, body, {});
        break;
    case 3:
        (void)s.setCurrentVersion(c, secret, body, {});
        break;
    case 4:
        (void)s.listVersions(c, secret, query);
        break;
    case 5:
        (void)s.listSecrets(c, query);
        break;
    case 6:
        (void)s.createSecret(c, body, {});
        break;
    case 7:
        (void)s.updateSecret(c, secret, body, {});
        break;
    case 8:
        (void)s.getPayload(c, secret, query);
        break;
    case 9:
        (void)s.getPayloadEx(c, query);
        break;
    case 10:
        (void)s.createIamToken(body);
        break;
    case 11:
        (void)s.setAccessBindings(c, secret, body, {});
        break;
    case 12:
        (void)s.updateAccessBindings(c, secret, body, {});
        break;
    case 13:
        (void)s.listClouds(c, query);
        (void)s.listFolders(c, query);
        break;
    case 14:
        (void)s.listSecretOperations(c, secret, query);
        break;
    default:
        (void)s.getSecret(c, QString::fromUtf8(rest));
        break;
    }
    return 0;
}
