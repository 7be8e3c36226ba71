#include "SecretsModel.h"

#include "Limits.h"

#include <QLocale>
#include <algorithm>
#include <memory>
#include <utility>

namespace lockbox {

SecretsModel::SecretsModel(ApiClient *client, QObject *parent) : QAbstractTableModel(parent), m_client(client) {}
SecretsModel::~SecretsModel() = default;

void SecretsModel::setFolder(const QString &folderId) {
    m_folderId = folderId;
    reload();
}

void SecretsModel::setPageSize(int pageSize) {
    m_pageSize = std::clamp(pageSize, 1, limits::kMaxPageSize);
}

void SecretsModel::reload() {
    ++m_generation;
    beginResetModel();
    m_secrets.clear();
    m_visible.clear();
    m_addedWhileLoading.clear();
    m_removedWhileLoading.clear();
    endResetModel();
    if (m_folderId.isEmpty()) {
        if (std::exchange(m_loading, false)) {
            Q_EMIT loadingChanged(false); // the listing in flight was dropped with its folder
        }
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged(true);
    requestPage({});
}

void SecretsModel::requestPage(const QString &token) {
    const quint64 generation = m_generation;
    // The next page is asked for as soon as this one's token is known (parsed, before its secrets
    // are decoded): the server works on it while this page is decoded, inserted and painted.
    auto nextRequested = std::make_shared<bool>(false);
    const auto requestNext = [this, generation, nextRequested](const QString &next) {
        if (generation == m_generation && !next.isEmpty() && !std::exchange(*nextRequested, true)) {
            requestPage(next);
        }
    };
    const quint64 additionsWhenAsked = m_additions;
    m_client->listSecrets(
        m_folderId, m_pageSize, token, this,
        [this, generation, requestNext, additionsWhenAsked](const Result<Page<Secret>> &r) {
            if (generation != m_generation) {
                return; // another folder is shown now, or an earlier page failed
            }
            if (!r) {
                ++m_generation; // a next page already asked for is not inserted after the failure
                m_loading = false;
                m_addedWhileLoading.clear();
                m_removedWhileLoading.clear();
                Q_EMIT loadingChanged(false);
                Q_EMIT loadFailed(r.error());
                return;
            }
            const QString next = r.value().nextPageToken;
            requestNext(next); // when the early token did not come (a body decoded here)
            QList<Secret> unremoved;
            if (!m_removedWhileLoading.isEmpty()) {
                unremoved = r.value().items;
                unremoved.removeIf([this](const Secret &s) { return m_removedWhileLoading.contains(s.id); });
            }
            const QList<Secret> &items = m_removedWhileLoading.isEmpty() ? r.value().items : unremoved;
            // Found by exploratory testing: a secret re-read during a listing (after a change whose
            // outcome was unknown) was added at once and stayed at the top of the list. The page that
            // lists it moves it to its place; the rest of the page is appended around it.
            qsizetype from = 0;
            for (qsizetype i = 0; !m_addedWhileLoading.isEmpty() && i < items.size(); ++i) {
                const auto added = m_addedWhileLoading.constFind(items[i].id);
                if (added == m_addedWhileLoading.cend()) {
                    continue;
                }
                const bool addedCopyIsNewer = added.value() > additionsWhenAsked;
                m_addedWhileLoading.erase(added);
                const qsizetype at = indexOfSecret(items[i].id);
                if (at < 0) {
                    continue; // removed meanwhile: the page's copy is appended below
                }
                appendSecrets(items.mid(from, i - from));
                moveToEnd(at, addedCopyIsNewer ? Secret(m_secrets.at(at)) : items[i]);
                from = i + 1;
            }
            appendSecrets(from == 0 ? items : items.mid(from));
            if (!next.isEmpty()) {
                return;
            }
            m_loading = false;
            m_addedWhileLoading.clear(); // never listed (made after its page was served): they stay as added
            m_removedWhileLoading.clear();
            Q_EMIT loadingChanged(false);
            Q_EMIT loadFinished(static_cast<int>(m_secrets.size()));
        },
        requestNext);
}

void SecretsModel::setFilter(const QString &filter) {
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    m_terms.clear();
    for (const QString &word : filter.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        m_terms.append(word.toLower().split(QLatin1Char('=')));
    }
    refilter();
}

bool SecretsModel::matches(const Secret &s) const {
    for (const QStringList &term : m_terms) {
        if (term.size() >= 2) {
            const QString value = term.mid(1).join(QLatin1Char('='));
            if (!s.labels.contains(term.first()) || !s.labels.value(term.first()).contains(value)) {
                return false;
            }
            continue;
        }
        const QString &word = term.first();
        bool hit = s.name.contains(word, Qt::CaseInsensitive) || s.id.startsWith(word);
        for (auto it = s.labels.begin(); !hit && it != s.labels.end(); ++it) {
            hit = it.key().contains(word) || it.value().contains(word);
        }
        if (!hit) {
            return false;
        }
    }
    return true;
}

void SecretsModel::refilter() {
    // A reset is the cheapest way to show a new subset of up to 10,000 rows.
    beginResetModel();
    m_visible.clear();
    m_visible.reserve(m_secrets.size());
    for (qsizetype i = 0; i < m_secrets.size(); ++i) {
        if (matches(m_secrets[i])) {
            m_visible.append(static_cast<int>(i));
        }
    }
    endResetModel();
}

std::optional<Secret> SecretsModel::secretAt(int row) const {
    if (row < 0 || row >= m_visible.size()) {
        return std::nullopt;
    }
    return m_secrets[m_visible[row]];
}

int SecretsModel::rowOfSecret(const QString &secretId) const {
    for (qsizetype r = 0; r < m_visible.size(); ++r) {
        if (m_secrets[m_visible[r]].id == secretId) {
            return static_cast<int>(r);
        }
    }
    return -1;
}

void SecretsModel::applySecret(const Secret &secret) {
    if (const qsizetype at = indexOfSecret(secret.id); at >= 0) {
        m_secrets[at] = secret;
        if (const auto added = m_addedWhileLoading.find(secret.id); added != m_addedWhileLoading.end()) {
            added.value() = ++m_additions; // this copy is the one to compare with its page
        }
        const int row = rowOfSecret(secret.id);
        if (row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    if (secret.folderId != m_folderId) {
        return;
    }
    if (m_loading) {
        m_addedWhileLoading.insert(secret.id, ++m_additions);
    }
    appendSecrets({secret});
}

void SecretsModel::appendSecrets(const QList<Secret> &secrets) {
    QList<int> newVisible;
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        if (matches(secrets[i])) {
            newVisible.append(static_cast<int>(m_secrets.size() + i));
        }
    }
    if (!newVisible.isEmpty()) {
        beginInsertRows({}, static_cast<int>(m_visible.size()),
                        static_cast<int>(m_visible.size() + newVisible.size() - 1));
    }
    // A page's strings are already shared where secrets repeat them (shareRepeatedStrings()).
    m_secrets.append(secrets);
    m_visible.append(newVisible);
    if (!newVisible.isEmpty()) {
        endInsertRows();
    }
}

// Moves m_secrets[at] to the end as `secret`, its row with it (a move, so a selected row stays
// selected), shown or hidden as the filter now says.
void SecretsModel::moveToEnd(qsizetype at, const Secret &secret) {
    const int row = static_cast<int>(m_visible.indexOf(static_cast<int>(at)));
    const bool show = matches(secret);
    const int last = static_cast<int>(m_visible.size()) - 1;
    if (row >= 0 && show && row < last) {
        beginMoveRows({}, row, row, {}, last + 1);
    } else if (row >= 0 && !show) {
        beginRemoveRows({}, row, row);
    }
    m_secrets.removeAt(at);
    m_secrets.append(secret);
    if (row >= 0) {
        m_visible.removeAt(row);
    }
    for (int &index : m_visible) {
        index -= index > at ? 1 : 0;
    }
    if (row >= 0 && show) {
        m_visible.append(static_cast<int>(m_secrets.size() - 1));
        if (row < last) {
            endMoveRows();
        }
        const int now = static_cast<int>(m_visible.size()) - 1;
        Q_EMIT dataChanged(index(now, 0), index(now, ColumnCount - 1));
    } else if (row >= 0) {
        endRemoveRows();
    } else if (show) {
        beginInsertRows({}, static_cast<int>(m_visible.size()), static_cast<int>(m_visible.size()));
        m_visible.append(static_cast<int>(m_secrets.size() - 1));
        endInsertRows();
    }
}

qsizetype SecretsModel::indexOfSecret(const QString &secretId) const {
    for (qsizetype i = 0; i < m_secrets.size(); ++i) {
        if (m_secrets[i].id == secretId) {
            return i;
        }
    }
    return -1;
}

void SecretsModel::removeSecret(const QString &secretId) {
    if (m_loading) {
        m_addedWhileLoading.remove(secretId);
        m_removedWhileLoading.insert(secretId);
    }
    const qsizetype at = indexOfSecret(secretId);
    if (at < 0) {
        return;
    }
    beginResetModel();
    m_secrets.removeAt(at);
    m_visible.clear();
    for (qsizetype j = 0; j < m_secrets.size(); ++j) {
        if (matches(m_secrets[j])) {
            m_visible.append(static_cast<int>(j));
        }
    }
    endResetModel();
}

int SecretsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int SecretsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_visible.size()) {
        return {};
    }
    const Secret &s = m_secrets[m_visible[index.row()]];
    if (role == IdRole) {
        return s.id;
    }
    if (role == SecretRole) {
        return QVariant::fromValue(s);
    }
    if (role == InactiveRole) {
        return s.status == Secret::Status::Inactive;
    }
    if (role == GeneratedPasswordRole) {
        return s.passwordPayloadSpecification.has_value();
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == RawValueRole) {
            return s.name.isEmpty() ? s.id : s.name;
        }
        if (role == Qt::ToolTipRole) {
            return s.description.isEmpty() ? s.id : QString(s.id + QLatin1Char('\n') + s.description);
        }
        break;
    case StatusColumn:
        if (role == RawValueRole || role == SortRole) {
            return Secret::statusName(s.status);
        }
        if (role == Qt::DisplayRole) {
            switch (s.status) {
            case Secret::Status::Active:
                return tr("Active");
            case Secret::Status::Inactive:
                return tr("Inactive");
            case Secret::Status::Creating:
                return tr("Creating");
            case Secret::Status::Unspecified:
                return tr("Unknown");
            }
        }
        break;
    case CurrentVersionColumn:
        if (role == Qt::DisplayRole || role == RawValueRole || role == SortRole) {
            return s.currentVersion ? s.currentVersion->id : QString();
        }
        break;
    case ProtectionColumn:
        if (role == RawValueRole || role == SortRole) {
            return s.deletionProtection;
        }
        if (role == Qt::DisplayRole) {
            return s.deletionProtection ? tr("Protected") : QString();
        }
        if (role == Qt::ToolTipRole && s.deletionProtection) {
            return tr("Deletion protection is on: the secret cannot be deleted");
        }
        break;
    case LabelsColumn: {
        if (role != Qt::DisplayRole && role != SortRole && role != RawValueRole) {
            break;
        }
        // Built only here: data() is asked for every role of every painted cell.
        QStringList labels;
        for (auto it = s.labels.begin(); it != s.labels.end(); ++it) {
            labels << QString(it.key() + QLatin1Char('=') + it.value());
        }
        if (role == Qt::DisplayRole || role == SortRole) {
            return labels.join(QStringLiteral(", "));
        }
        return labels;
    }
    case CreatedColumn:
        if (role == RawValueRole || role == SortRole) {
            return s.createdAt;
        }
        if (role == Qt::DisplayRole) {
            return QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SecretsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case CurrentVersionColumn:
        return tr("Current version");
    case ProtectionColumn:
        return tr("Deletion protection");
    case LabelsColumn:
        return tr("Labels");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

void SecretsModel::refreshTranslatedText() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

} // namespace lockbox
