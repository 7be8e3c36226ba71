#include "YcConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

namespace lockbox {

namespace {
QString str(const YAML::Node &node, const char *key) {
    const YAML::Node v = node[key];
    return v && v.IsScalar() ? QString::fromStdString(v.as<std::string>()) : QString();
}
} // namespace

bool YcProfile::isIamToken() const {
    return token.startsWith(QLatin1String("t1.")) && token.count(QLatin1Char('.')) == 2;
}

QString YcConfig::defaultPath() {
    return QDir::homePath() + QStringLiteral("/.config/yandex-cloud/config.yaml");
}

Result<QList<YcProfile>> YcConfig::parse(const QByteArray &yaml) {
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return ApiError::local(ApiError::Kind::Local,
                               QCoreApplication::translate("YcConfig", "The yc configuration is not valid YAML: %1")
                                   .arg(QString::fromStdString(e.what())));
    }
    QList<YcProfile> out;
    if (!root.IsMap() || !root["profiles"] || !root["profiles"].IsMap()) {
        return out; // no profiles yet is not an error
    }
    const QString current = str(root, "current");
    try {
        for (const auto &item : root["profiles"]) {
            const YAML::Node p = item.second;
            if (!p.IsMap()) {
                continue;
            }
            YcProfile yp;
            yp.name = QString::fromStdString(item.first.as<std::string>());
            yp.token = str(p, "token");
            yp.federationId = str(p, "federation-id");
            yp.cloudId = str(p, "cloud-id");
            yp.folderId = str(p, "folder-id");
            yp.endpoint = str(p, "endpoint");
            yp.isCurrent = yp.name == current;
            const YAML::Node key = p["service-account-key"];
            if (key && key.IsMap()) {
                QJsonObject o;
                for (const auto &field : key) {
                    if (field.second.IsScalar()) {
                        o.insert(QString::fromStdString(field.first.as<std::string>()),
                                 QString::fromStdString(field.second.as<std::string>()));
                    }
                }
                yp.serviceAccountKey = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            out.append(yp);
        }
    } catch (const YAML::Exception &e) {
        return ApiError::local(ApiError::Kind::Local,
                               QCoreApplication::translate("YcConfig", "The yc configuration cannot be read: %1")
                                   .arg(QString::fromStdString(e.what())));
    }
    return out;
}

Result<QList<YcProfile>> YcConfig::load(const QString &path) {
    QFile f(path);
    if (!f.exists()) {
        return QList<YcProfile>();
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return ApiError::local(
            ApiError::Kind::Local,
            QCoreApplication::translate("YcConfig", "Cannot read %1: %2").arg(path, f.errorString()));
    }
    return parse(f.readAll());
}

} // namespace lockbox
