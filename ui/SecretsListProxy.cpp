#include "SecretsListProxy.h"

#include "PaletteIconEngine.h"
#include "SecretsModel.h"

#include <QColor>
#include <QIcon>

namespace lockbox::ui {

SecretsListProxy::SecretsListProxy(QObject *parent) : QIdentityProxyModel(parent) {}

SecretsListProxy::~SecretsListProxy() = default;

int SecretsListProxy::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || !sourceModel() ? 0 : 1;
}

QModelIndex SecretsListProxy::mapFromSource(const QModelIndex &sourceIndex) const {
    if (!sourceIndex.isValid()) {
        return {};
    }
    return createIndex(sourceIndex.row(), SecretsModel::NameColumn, sourceIndex.internalPointer());
}

QVariant SecretsListProxy::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.column() != SecretsModel::NameColumn ||
        (role != Qt::DisplayRole && role != Qt::ForegroundRole && role != Qt::DecorationRole)) {
        return QIdentityProxyModel::data(index, role);
    }
    // A flag, not a copy of the whole secret: this runs for three roles of every painted row.
    const bool inactive =
        role != Qt::DecorationRole && QIdentityProxyModel::data(index, SecretsModel::InactiveRole).toBool();
    switch (role) {
    case Qt::DisplayRole:
        if (inactive) {
            return tr("%1 (deactivated)").arg(QIdentityProxyModel::data(index, role).toString());
        }
        break;
    case Qt::ForegroundRole:
        if (inactive) {
            return QColor(0x75, 0x75, 0x75);
        }
        break;
    case Qt::DecorationRole: {
        // Built once and never destroyed (see StatusPresentation::icon): a new QIcon per call would
        // render its SVG again for every painted row.
        static const QIcon *const generated =
            new QIcon(PaletteIconEngine::icon(QStringLiteral(":/icons/password.svg")));
        static const QIcon *const user = new QIcon(PaletteIconEngine::icon(QStringLiteral(":/icons/secret.svg")));
        return QIdentityProxyModel::data(index, SecretsModel::GeneratedPasswordRole).toBool() ? *generated : *user;
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace lockbox::ui
