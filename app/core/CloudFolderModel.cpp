#include "CloudFolderModel.h"

namespace lockbox {

// Internal ids: 0 for a cloud row; cloud row + 1 for a folder row (its parent).
CloudFolderModel::CloudFolderModel(ApiClient *client, QObject *parent) : QAbstractItemModel(parent), m_client(client) {}
CloudFolderModel::~CloudFolderModel() = default;

void CloudFolderModel::setPending(int delta) {
    const bool was = m_pending > 0;
    m_pending += delta;
    if (was != (m_pending > 0)) {
        Q_EMIT loadingChanged(m_pending > 0);
    }
}

void CloudFolderModel::reload() {
    ++m_generation;
    beginResetModel();
    m_clouds.clear();
    endResetModel();
    m_pending = 0;
    setPending(1);
    loadClouds({});
}

void CloudFolderModel::loadClouds(const QString &token) {
    const quint64 generation = m_generation;
    m_client->listClouds(0, token, this, [this, generation](const Result<Page<Cloud>> &r) {
        if (generation != m_generation) {
            return;
        }
        if (!r) {
            setPending(-1);
            Q_EMIT loadFailed(r.error());
            return;
        }
        if (!r.value().items.isEmpty()) {
            beginInsertRows({}, static_cast<int>(m_clouds.size()),
                            static_cast<int>(m_clouds.size() + r.value().items.size() - 1));
            for (const auto &c : r.value().items) {
                m_clouds.append(CloudNode{c, {}, CloudNode::State::NotLoaded});
            }
            endInsertRows();
        }
        if (!r.value().nextPageToken.isEmpty()) {
            loadClouds(r.value().nextPageToken);
            return;
        }
        setPending(-1);
        Q_EMIT cloudsLoaded();
    });
}

void CloudFolderModel::loadFolders(int cloudRow, const QString &token) {
    const quint64 generation = m_generation;
    const QString cloudId = m_clouds[cloudRow].cloud.id;
    m_client->listFolders(
        cloudId, 0, token, this, [this, generation, cloudRow, cloudId](const Result<Page<Folder>> &r) {
            if (generation != m_generation || cloudRow >= m_clouds.size() || m_clouds[cloudRow].cloud.id != cloudId) {
                return;
            }
            CloudNode &node = m_clouds[cloudRow];
            if (!r) {
                node.state = CloudNode::State::NotLoaded;
                setPending(-1);
                Q_EMIT loadFailed(r.error());
                return;
            }
            const QModelIndex parentIndex = index(cloudRow, 0);
            if (!r.value().items.isEmpty()) {
                beginInsertRows(parentIndex, static_cast<int>(node.folders.size()),
                                static_cast<int>(node.folders.size() + r.value().items.size() - 1));
                node.folders.append(r.value().items);
                endInsertRows();
            }
            if (!r.value().nextPageToken.isEmpty()) {
                loadFolders(cloudRow, r.value().nextPageToken);
                return;
            }
            node.state = CloudNode::State::Loaded;
            setPending(-1);
            Q_EMIT foldersLoaded(cloudId);
        });
}

QModelIndex CloudFolderModel::indexOfCloud(const QString &cloudId) const {
    for (qsizetype i = 0; i < m_clouds.size(); ++i) {
        if (m_clouds[i].cloud.id == cloudId) {
            return index(static_cast<int>(i), 0);
        }
    }
    return {};
}

QModelIndex CloudFolderModel::indexOfFolder(const QString &folderId) const {
    for (qsizetype i = 0; i < m_clouds.size(); ++i) {
        for (qsizetype j = 0; j < m_clouds[i].folders.size(); ++j) {
            if (m_clouds[i].folders[j].id == folderId) {
                return index(static_cast<int>(j), 0, index(static_cast<int>(i), 0));
            }
        }
    }
    return {};
}

QModelIndex CloudFolderModel::index(int row, int column, const QModelIndex &parent) const {
    if (column != 0 || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_clouds.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    }
    if (parent.internalId() != 0 || parent.row() >= m_clouds.size()) {
        return {};
    }
    return row < m_clouds[parent.row()].folders.size() ? createIndex(row, 0, quintptr(parent.row() + 1))
                                                       : QModelIndex();
}

QModelIndex CloudFolderModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int CloudFolderModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid()) {
        return static_cast<int>(m_clouds.size());
    }
    if (parent.internalId() == 0 && parent.row() < m_clouds.size()) {
        return static_cast<int>(m_clouds[parent.row()].folders.size());
    }
    return 0;
}

int CloudFolderModel::columnCount(const QModelIndex &) const {
    return 1;
}

bool CloudFolderModel::hasChildren(const QModelIndex &parent) const {
    if (!parent.isValid()) {
        return !m_clouds.isEmpty();
    }
    if (parent.internalId() != 0) {
        return false;
    }
    const CloudNode &node = m_clouds[parent.row()];
    return node.state != CloudNode::State::Loaded || !node.folders.isEmpty();
}

bool CloudFolderModel::canFetchMore(const QModelIndex &parent) const {
    return parent.isValid() && parent.internalId() == 0 && parent.row() < m_clouds.size() &&
           m_clouds[parent.row()].state == CloudNode::State::NotLoaded;
}

void CloudFolderModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    m_clouds[parent.row()].state = CloudNode::State::Loading;
    setPending(1);
    loadFolders(parent.row(), {});
}

QVariant CloudFolderModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const bool isCloud = index.internalId() == 0;
    const CloudNode &node = m_clouds[isCloud ? index.row() : static_cast<int>(index.internalId() - 1)];
    if (isCloud) {
        switch (role) {
        case Qt::DisplayRole:
            return node.cloud.name.isEmpty() ? node.cloud.id : node.cloud.name;
        case Qt::ToolTipRole:
            return QString(tr("Cloud %1").arg(node.cloud.id) +
                           (node.cloud.description.isEmpty() ? QString() : QLatin1Char('\n') + node.cloud.description));
        case IdRole:
        case CloudIdRole:
            return node.cloud.id;
        case KindRole:
            return static_cast<int>(Kind::Cloud);
        default:
            return {};
        }
    }
    const Folder &f = node.folders[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return f.name.isEmpty() ? f.id : f.name;
    case Qt::ToolTipRole:
        return QString(tr("Folder %1").arg(f.id) +
                       (f.description.isEmpty() ? QString() : QLatin1Char('\n') + f.description));
    case IdRole:
        return f.id;
    case CloudIdRole:
        return node.cloud.id;
    case KindRole:
        return static_cast<int>(Kind::Folder);
    default:
        return {};
    }
}

QVariant CloudFolderModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return tr("Clouds and folders");
    }
    return {};
}

void CloudFolderModel::refreshTranslatedText() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    const int clouds = rowCount();
    if (clouds == 0) {
        return;
    }
    Q_EMIT dataChanged(index(0, 0), index(clouds - 1, 0));
    for (int row = 0; row < clouds; ++row) {
        const QModelIndex cloud = index(row, 0);
        const int folders = rowCount(cloud);
        if (folders > 0) {
            Q_EMIT dataChanged(index(0, 0, cloud), index(folders - 1, 0, cloud));
        }
    }
}

} // namespace lockbox
