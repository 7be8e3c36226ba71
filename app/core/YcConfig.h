#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lockbox {

// Profiles read from the yc CLI's ~/.config/yandex-cloud/config.yaml (read tolerantly, never
// written). A profile holds a token (OAuth or IAM), an inline service-account key, or a federation.
struct YcProfile {
    QString name;
    QString token;                // OAuth ("y0_…") or IAM ("t1.…")
    QByteArray serviceAccountKey; // the inline key re-encoded as the JSON `yc iam key create` writes
    QString federationId;
    QString cloudId;
    QString folderId;
    QString endpoint; // "host:port" as yc keeps it
    bool isCurrent = false;

    bool isIamToken() const; // "t1." and two dots: the Terraform provider's rule
};

class YcConfig final {
public:
    static QString defaultPath();
    static Result<QList<YcProfile>> parse(const QByteArray &yaml);
    static Result<QList<YcProfile>> load(const QString &path = defaultPath());
};

} // namespace lockbox
