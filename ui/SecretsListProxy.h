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
};

} // namespace lockbox::ui
