#include "VersionsTableProxy.h"

#include "StatusPresentation.h"
#include "VersionsModel.h"

#include <QFont>

namespace lockbox::ui {

namespace {

Version::Status statusOf(const QModelIndex &index) {
    const QModelIndex statusIndex = index.siblingAtColumn(VersionsModel::StatusColumn);
    return Version::statusFromName(statusIndex.data(VersionsModel::RawValueRole).toString());
}

} // namespace

VersionsTableProxy::VersionsTableProxy(QObject *parent) : QIdentityProxyModel(parent) {}

VersionsTableProxy::~VersionsTableProxy() = default;

QVariant VersionsTableProxy::data(const QModelIndex &index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == VersionsModel::CurrentColumn) {
            return QVariant(); // the star says it; the text stays in the tooltip and for screen readers
        }
        break;
    case Qt::DecorationRole:
        if (column == VersionsModel::StatusColumn) {
            return StatusPresentation::icon(statusOf(index));
        }
        if (column == VersionsModel::CurrentColumn && index.data(VersionsModel::IsCurrentRole).toBool()) {
            return StatusPresentation::currentIcon();
        }
        break;
    case Qt::ForegroundRole: {
        const Version::Status status = statusOf(index);
        if (column == VersionsModel::StatusColumn || column == VersionsModel::DestroyAtColumn ||
            status == Version::Status::Destroyed) {
            const QColor color = StatusPresentation::color(status);
            if (color.isValid()) {
                return color;
            }
        }
        break;
    }
    case Qt::FontRole:
        if (index.data(VersionsModel::IsCurrentRole).toBool()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (column == VersionsModel::StatusColumn) {
            return index.data(Qt::DisplayRole);
        }
        if (column == VersionsModel::CurrentColumn && index.data(VersionsModel::IsCurrentRole).toBool()) {
            return tr("This is the current version: reading the secret without a version id returns it");
        }
        break;
    case Qt::AccessibleTextRole:
        if (column == VersionsModel::CurrentColumn || column == VersionsModel::StatusColumn) {
            return QIdentityProxyModel::data(index, Qt::DisplayRole);
        }
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant VersionsTableProxy::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section == VersionsModel::CurrentColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return QVariant();
        case Qt::DecorationRole:
            return StatusPresentation::currentIcon();
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return QIdentityProxyModel::headerData(section, orientation, Qt::DisplayRole);
        default:
            break;
        }
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace lockbox::ui
