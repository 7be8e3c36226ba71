#pragma once

#include "Resources.h"

#include <QSet>

namespace lockbox {

// A page of a folder's secrets repeats the folder ID, its label keys and values and payload keys in
// every secret, and each current version repeats its secret's ID: decoded, each is a string of its
// own. Pointing them at one shared copy (QString is implicitly shared, so every value stays equal)
// saves a few hundred bytes a secret (~3.8 MiB for 10,000). Run where the page is decoded (a worker
// thread for big pages), so the duplicates are freed there and not on the UI thread.
inline void shareRepeatedStrings(QList<Secret> &secrets) {
    QSet<QString> pool;
    const auto share = [&pool](QString &text) {
        if (text.isEmpty()) {
            return;
        }
        const auto it = pool.constFind(text);
        if (it == pool.cend()) {
            pool.insert(text);
        } else {
            text = *it;
        }
    };
    QStringList lastPayloadKeys;
    for (Secret &secret : secrets) {
        share(secret.folderId);
        share(secret.kmsKeyId);
        if (!secret.labels.isEmpty()) {
            // Keys cannot be replaced in place: the map is built again from the shared strings.
            QMap<QString, QString> labels;
            for (auto it = secret.labels.cbegin(); it != secret.labels.cend(); ++it) {
                QString key = it.key();
                QString value = it.value();
                share(key);
                share(value);
                labels.insert(key, value);
            }
            secret.labels = std::move(labels);
        }
        if (secret.currentVersion) {
            Version &version = *secret.currentVersion;
            if (version.secretId == secret.id) {
                version.secretId = secret.id;
            }
            if (version.payloadEntryKeys == lastPayloadKeys) {
                version.payloadEntryKeys = lastPayloadKeys;
            } else {
                for (QString &key : version.payloadEntryKeys) {
                    share(key);
                }
                lastPayloadKeys = version.payloadEntryKeys;
            }
        }
    }
}

} // namespace lockbox
