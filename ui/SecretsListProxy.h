#pragma once

#include <QIdentityProxyModel>

namespace lockbox::ui {

// SecretsModel's name column as the window's secret list: a password icon for generated secrets (a
// padlock for the others), and deactivated secrets greyed and marked in words.
class SecretsListProxy final : public QIdentityProxyModel {
    Q_OBJECT
public:
    explicit SecretsListProxy(QObject *parent = nullptr);
    ~SecretsListProxy() override;
    Q_DISABLE_COPY_MOVE(SecretsListProxy)

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // One column, the name: the list is a one-column table, and assistive tools count its columns.
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    // A change in another column of a row is a change of its one cell here.
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
};

} // namespace lockbox::ui
