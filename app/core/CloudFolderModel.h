#pragma once

#include "ApiClient.h"

#include <QAbstractItemModel>

namespace lockbox {

// Clouds → folders from Resource Manager. Clouds load with reload(); a cloud's folders load when
// the view expands it (canFetchMore/fetchMore), all pages of each.
class CloudFolderModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, CloudIdRole };
    enum class Kind { Cloud, Folder };

    explicit CloudFolderModel(ApiClient *client, QObject *parent = nullptr);
    ~CloudFolderModel() override;

    void reload();
    bool isLoading() const { return m_pending > 0; }
    QModelIndex indexOfFolder(const QString &folderId) const;
    QModelIndex indexOfCloud(const QString &cloudId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // After a language change: headers and texts (statuses, relative times, dates) are produced again
    // in the new language and locale.
    void refreshTranslatedText();
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void cloudsLoaded();
    void foldersLoaded(const QString &cloudId);
    void loadFailed(const lockbox::ApiError &error);

private:
    struct CloudNode {
        Cloud cloud;
        QList<Folder> folders;
        enum class State { NotLoaded, Loading, Loaded } state = State::NotLoaded;
    };
    void loadClouds(const QString &token);
    void loadFolders(int cloudRow, const QString &token);
    void setPending(int delta);

    ApiClient *m_client = nullptr;
    QList<CloudNode> m_clouds;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace lockbox
