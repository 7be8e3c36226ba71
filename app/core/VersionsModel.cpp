#include "VersionsModel.h"

#include "Limits.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <utility>

namespace lockbox {

namespace {

int statusOrder(Version::Status status) {
    switch (status) {
    case Version::Status::Active:
        return 0;
    case Version::Status::ScheduledForDestruction:
        return 1;
    case Version::Status::Destroyed:
        return 2;
    case Version::Status::Unspecified:
        break;
    }
    return 3;
}

QString utcText(const QDateTime &time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

} // namespace

VersionsModel::VersionsModel(ApiClient *client, QObject *parent) : QAbstractTableModel(parent), m_client(client) {}

VersionsModel::~VersionsModel() = default;

QString VersionsModel::destroyAtText(const QDateTime &destroyAt, bool scheduled, const QDateTime &now) {
    if (!destroyAt.isValid()) {
        return QString();
    }
    const QString local = QLocale().toString(destroyAt.toLocalTime(), QLocale::ShortFormat);
    if (!scheduled) {
        return local;
    }
    const qint64 ms = now.msecsTo(destroyAt);
    QString relative;
    if (ms <= 0) {
        relative = tr("overdue");
    } else if (ms >= 24LL * 3600 * 1000) {
        // Rounded to the nearest unit: a version scheduled for 7 days reads "in 7 days" at once.
        relative = tr("in %n day(s)", nullptr, static_cast<int>((ms + 12LL * 3600 * 1000) / (24LL * 3600 * 1000)));
    } else if (ms >= 3600LL * 1000) {
        relative = tr("in %n hour(s)", nullptr, static_cast<int>((ms + 30LL * 60 * 1000) / (3600LL * 1000)));
    } else {
        relative = tr("in %n minute(s)", nullptr, static_cast<int>(std::max<qint64>(1, (ms + 30000) / 60000)));
    }
    return tr("%1 (%2)").arg(local, relative);
}

void VersionsModel::setSecret(const QString &secretId, const QString &currentVersionId) {
    ++m_generation; // answers still on their way belong to what was shown before
    beginResetModel();
    m_secretId = secretId;
    m_currentVersionId = currentVersionId;
    m_versions.clear();
    m_rowById.clear();
    m_nextPageToken.clear();
    m_loadedPages = 0;
    m_nextPageWanted = false;
    m_lastLoadFailed = false;
    endResetModel();
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
    if (!m_secretId.isEmpty()) {
        requestPage(QString());
    }
}

void VersionsModel::setCurrentVersionId(const QString &versionId) {
    if (versionId == m_currentVersionId) {
        return;
    }
    const int oldRow = rowOfVersion(m_currentVersionId);
    m_currentVersionId = versionId;
    const int newRow = rowOfVersion(versionId);
    for (int row : {oldRow, newRow}) {
        if (row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void VersionsModel::setPageSize(int pageSize) {
    const int clamped = std::clamp(pageSize, 1, limits::kMaxPageSize);
    if (clamped == m_pageSize) {
        return;
    }
    m_pageSize = clamped;
    reload();
}

void VersionsModel::reload() {
    setSecret(m_secretId, m_currentVersionId);
}

void VersionsModel::loadNextPage() {
    if (m_secretId.isEmpty()) {
        return;
    }
    if (m_loading) {
        // Asked again while a page is on its way: request the next one as soon as that page's token
        // arrives, before its rows are inserted and painted.
        m_nextPageWanted = true;
        return;
    }
    if (m_loadedPages == 0) {
        requestPage(QString()); // the first page failed before: try it again
        return;
    }
    if (m_nextPageToken.isEmpty()) {
        return;
    }
    requestPage(m_nextPageToken);
}

void VersionsModel::requestPage(const QString &token) {
    if (!m_client) {
        return;
    }
    if (!std::exchange(m_loading, true)) {
        Q_EMIT loadingChanged(true);
    }
    const quint64 generation = m_generation;
    m_client->listVersions(m_secretId, m_pageSize, token, this, [this, generation](const Result<Page<Version>> &r) {
        if (generation != m_generation) {
            return;
        }
        const bool nextWanted = std::exchange(m_nextPageWanted, false);
        if (!r.ok()) {
            m_loading = false;
            m_lastLoadFailed = true;
            Q_EMIT loadingChanged(false);
            Q_EMIT loadFailed(r.error());
            return;
        }
        m_lastLoadFailed = false;
        const Page<Version> &page = r.value();
        // Set before the rows arrive, so a view asking canFetchMore() on rowsInserted sees the truth.
        m_nextPageToken = page.nextPageToken;
        ++m_loadedPages;
        if (nextWanted && !m_nextPageToken.isEmpty()) {
            requestPage(m_nextPageToken); // in flight while this page is inserted; still loading
        } else {
            m_loading = false;
        }

        QList<Version> fresh;
        fresh.reserve(page.items.size());
        for (const Version &v : page.items) {
            const int existing = rowOfVersion(v.id);
            if (existing >= 0) {
                // Already here (applyVersion put it at the top after a mutation): refresh in place.
                m_versions[existing] = v;
                Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            } else {
                fresh.append(v);
            }
        }
        const int first = static_cast<int>(m_versions.size());
        if (!fresh.isEmpty()) {
            beginInsertRows(QModelIndex(), first, first + static_cast<int>(fresh.size()) - 1);
            for (Version &v : fresh) {
                m_rowById.insert(v.id, static_cast<int>(m_versions.size()));
                m_versions.append(std::move(v));
            }
            endInsertRows();
        }
        Q_EMIT pageLoaded(first, static_cast<int>(fresh.size()));
        if (!m_loading) {
            Q_EMIT loadingChanged(false);
        }
    });
}

void VersionsModel::applyVersion(const Version &version) {
    if (version.id.isEmpty() || m_secretId.isEmpty() ||
        (!version.secretId.isEmpty() && version.secretId != m_secretId)) {
        return;
    }
    const int row = rowOfVersion(version.id);
    if (row >= 0) {
        m_versions[row] = version;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows(QModelIndex(), 0, 0);
    m_versions.prepend(version);
    m_rowById.clear();
    for (int i = 0; i < m_versions.size(); ++i) {
        m_rowById.insert(m_versions.at(i).id, i);
    }
    endInsertRows();
}

std::optional<Version> VersionsModel::versionAt(int row) const {
    if (row < 0 || row >= m_versions.size()) {
        return std::nullopt;
    }
    return m_versions.at(row);
}

int VersionsModel::rowOfVersion(const QString &versionId) const {
    if (versionId.isEmpty()) {
        return -1;
    }
    return m_rowById.value(versionId, -1);
}

void VersionsModel::setNowOverride(const QDateTime &now) {
    m_nowOverride = now;
    if (!m_versions.isEmpty()) {
        Q_EMIT dataChanged(index(0, DestroyAtColumn), index(rowCount() - 1, DestroyAtColumn));
    }
}

QDateTime VersionsModel::now() const {
    return m_nowOverride.isValid() ? m_nowOverride : QDateTime::currentDateTimeUtc();
}

int VersionsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int VersionsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Version &v = m_versions.at(index.row());
    const bool current = !m_currentVersionId.isEmpty() && v.id == m_currentVersionId;

    switch (role) {
    case VersionRole:
        return QVariant::fromValue(v);
    case IsCurrentRole:
        return current;
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return v.id;
        case CreatedColumn:
            return v.createdAt.isValid() ? QLocale().toString(v.createdAt.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
        case StatusColumn:
            switch (v.status) {
            case Version::Status::Active:
                return tr("Active");
            case Version::Status::ScheduledForDestruction:
                return tr("Scheduled for destruction");
            case Version::Status::Destroyed:
                return tr("Destroyed");
            case Version::Status::Unspecified:
                break;
            }
            return tr("Unknown");
        case DestroyAtColumn:
            return destroyAtText(v.destroyAt, v.status == Version::Status::ScheduledForDestruction, now());
        case DescriptionColumn:
            return v.description;
        case KeysColumn:
            return v.payloadEntryKeys.join(QStringLiteral(", "));
        case CurrentColumn:
            return current ? tr("Current") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CreatedColumn:
            return v.createdAt.isValid() ? utcText(v.createdAt) : QVariant();
        case DestroyAtColumn:
            return v.destroyAt.isValid() ? utcText(v.destroyAt) : QVariant();
        case DescriptionColumn:
            return v.description.isEmpty() ? QVariant() : QVariant(v.description);
        case KeysColumn:
            return v.payloadEntryKeys.isEmpty() ? QVariant() : QVariant(v.payloadEntryKeys.join(QLatin1Char('\n')));
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case IdColumn:
            return v.id;
        case CreatedColumn:
            return v.createdAt;
        case StatusColumn:
            return Version::statusName(v.status);
        case DestroyAtColumn:
            return v.destroyAt;
        case DescriptionColumn:
            return v.description;
        case KeysColumn:
            return v.payloadEntryKeys;
        case CurrentColumn:
            return current;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return v.id;
        case CreatedColumn:
            return v.createdAt;
        case StatusColumn:
            return statusOrder(v.status);
        case DestroyAtColumn:
            return v.destroyAt;
        case DescriptionColumn:
            return v.description;
        case KeysColumn:
            return v.payloadEntryKeys.join(QLatin1Char(','));
        case CurrentColumn:
            return current ? 1 : 0;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant VersionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IdColumn:
        return tr("ID");
    case CreatedColumn:
        return tr("Created");
    case StatusColumn:
        return tr("Status");
    case DestroyAtColumn:
        return tr("Destroy at");
    case DescriptionColumn:
        return tr("Description");
    case KeysColumn:
        return tr("Keys");
    case CurrentColumn:
        return tr("Current");
    default:
        return {};
    }
}

bool VersionsModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_loading && !m_nextPageToken.isEmpty();
}

void VersionsModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent)) {
        loadNextPage();
    }
}

void VersionsModel::refreshTranslatedText() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

} // namespace lockbox
