#pragma once

#include "ApiClient.h"

#include <QAbstractTableModel>

namespace lockbox {

// A folder's secrets, loaded page after page through ListSecrets until the folder is complete (a
// cloud holds at most 10,000), and filtered in place by name or label ("env=prod", "team"). Holds
// metadata only, never a payload.
class SecretsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        CurrentVersionColumn,
        ProtectionColumn,
        LabelsColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SecretRole,
        RawValueRole,
        SortRole,
        InactiveRole,          // bool: deactivated
        GeneratedPasswordRole, // bool: the service generates its password (a password payload specification)
    };

    explicit SecretsModel(ApiClient *client, QObject *parent = nullptr);
    ~SecretsModel() override;

    void setFolder(const QString &folderId);
    QString folderId() const { return m_folderId; }
    void setPageSize(int pageSize);
    void reload();
    // Case-insensitive: a word matches a name substring or a label key; "key=value" matches a label.
    // Several words must all match.
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    bool isLoading() const { return m_loading; }
    int totalCount() const { return static_cast<int>(m_secrets.size()); }

    std::optional<Secret> secretAt(int row) const;
    int rowOfSecret(const QString &secretId) const;
    // After an operation returned the secret (update, activate…): replace it in place; a secret of
    // this folder not listed yet is added (during a listing, where the listing puts it).
    void applySecret(const Secret &secret);
    void removeSecret(const QString &secretId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // After a language change: headers and texts (statuses, relative times, dates) are produced again
    // in the new language and locale.
    void refreshTranslatedText();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFinished(int total);
    void loadFailed(const lockbox::ApiError &error);

private:
    void requestPage(const QString &token);
    bool matches(const Secret &s) const;
    void refilter();

    qsizetype indexOfSecret(const QString &secretId) const; // in m_secrets, -1 if not there
    void appendSecrets(const QList<Secret> &secrets);
    void moveToEnd(qsizetype at, const Secret &secret);

    ApiClient *m_client = nullptr;
    QString m_folderId;
    QString m_filter;

    QList<QStringList> m_terms; // parsed filter
    QList<Secret> m_secrets;
    QList<int> m_visible; // rows shown: indexes into m_secrets
    int m_pageSize = 1000;
    bool m_loading = false;
    quint64 m_generation = 0;
    // Secrets applySecret() added while a listing was in flight (shown at once, at the end), by id,
    // with the count of such additions at that moment: the page that lists one moves its row to the
    // listing's place. Its copy replaces the added one unless the page was asked for before the
    // addition (the added copy may be the newer: a change that finished meanwhile).
    QHash<QString, quint64> m_addedWhileLoading;
    quint64 m_additions = 0;
    // Secrets removed (deleted) while a listing was in flight: a page served before that does not
    // bring them back.
    QSet<QString> m_removedWhileLoading;
};

} // namespace lockbox
