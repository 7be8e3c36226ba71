#include "SeedMaker.h"

#include "EmulatorStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lockbox::bench {

QByteArray makeBenchSeed(int secretCount, QString *error) {
    QFile demo(QStringLiteral(":/emulator/demo-seed.json"));
    if (!demo.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the demo seed: %1").arg(demo.errorString());
        return {};
    }
    QJsonObject seed = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray clouds = seed.value(QLatin1String("clouds")).toArray();
    clouds.append(QJsonObject{{QStringLiteral("id"), QLatin1String(kBenchCloudId)},
                              {QStringLiteral("name"), QStringLiteral("benchmark")},
                              {QStringLiteral("organizationId"), QStringLiteral("bpfdemo0organization")},
                              {QStringLiteral("createdAt"), QStringLiteral("now-30d")}});
    seed.insert(QStringLiteral("clouds"), clouds);
    QJsonArray folders = seed.value(QLatin1String("folders")).toArray();
    folders.append(QJsonObject{{QStringLiteral("id"), QLatin1String(kBenchFolderId)},
                               {QStringLiteral("cloudId"), QLatin1String(kBenchCloudId)},
                               {QStringLiteral("name"), QStringLiteral("bench-%1").arg(secretCount)},
                               {QStringLiteral("createdAt"), QStringLiteral("now-30d")}});
    seed.insert(QStringLiteral("folders"), folders);

    emulator::EmulatorStore store;
    if (!store.load(QJsonDocument(seed).toJson(QJsonDocument::Compact), error)) {
        return {};
    }
    store.generateSecrets(QLatin1String(kBenchFolderId), QLatin1String(kBenchSecretPrefix), secretCount);
    return store.saveState();
}

} // namespace lockbox::bench
