#pragma once

#include "ApiClient.h"

#include <QAbstractTableModel>

namespace lockbox {

// One secret's versions, paged through ListVersions. Rows are added page by page (fetchMore() or
// loadNextPage()); after a mutation the operation's Version replaces its row in place (applyVersion).
// Never holds secret values: only the metadata ListVersions returns.
class VersionsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        CreatedColumn,
        StatusColumn,
        DestroyAtColumn,
        DescriptionColumn,
        KeysColumn,
        CurrentColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the column's raw value (QDateTime, status name, QStringList, bool)
        VersionRole,                     // the whole lockbox::Version
        IsCurrentRole,                   // bool
        SortRole,
    };

    explicit VersionsModel(ApiClient *client, QObject *parent = nullptr);
    ~VersionsModel() override;

    // The destroyAt column's text: the local time, and for a scheduled version how far off it is
    // ("in 3 days"). Public so that the view can size the column for its longest forms.
    static QString destroyAtText(const QDateTime &destroyAt, bool scheduled, const QDateTime &now);

    // Clears the rows and loads the first page of this secret.
    void setSecret(const QString &secretId, const QString &currentVersionId);
    QString secretId() const { return m_secretId; }
    void setCurrentVersionId(const QString &versionId);
    QString currentVersionId() const { return m_currentVersionId; }
    void setPageSize(int pageSize); // 1–1000; reloads from the first page
    int pageSize() const { return m_pageSize; }
    void reload();
    void loadNextPage();
    bool isLoading() const { return m_loading; }
    bool hasMorePages() const { return !m_nextPageToken.isEmpty(); }
    int loadedPages() const { return m_loadedPages; }
    // The last page asked for failed (loadFailed); cleared by the next page or another secret.
    bool lastLoadFailed() const { return m_lastLoadFailed; }

    // Replaces the row with this version's id, or inserts it at the top when it is new.
    void applyVersion(const Version &version);
    std::optional<Version> versionAt(int row) const;
    int rowOfVersion(const QString &versionId) const;
    // "Now" for the relative destroyAt text; tests and the emulator's moved clock set it.
    void setNowOverride(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // After a language change: headers and texts (statuses, relative times, dates) are produced again
    // in the new language and locale.
    void refreshTranslatedText();
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int firstRow, int count);
    void loadFailed(const lockbox::ApiError &error);

private:
    void requestPage(const QString &token);
    QDateTime now() const;

    ApiClient *m_client = nullptr;
    QString m_secretId;
    QString m_currentVersionId;
    QList<Version> m_versions;
    QHash<QString, int> m_rowById;
    QString m_nextPageToken;
    int m_pageSize = 100;
    int m_loadedPages = 0;
    bool m_loading = false;
    bool m_nextPageWanted = false; // loadNextPage() came while a page was loading
    bool m_lastLoadFailed = false;
    quint64 m_generation = 0; // drops answers for a secret that is no longer shown
    QDateTime m_nowOverride;
};

} // namespace lockbox
