#pragma once

#include <QIdentityProxyModel>

namespace lockbox::ui {

// Adds what the widgets need on top of VersionsModel (which is QtCore only): the status icon and
// colour, the current-version star (in place of the word), greyed destroyed rows and a bold current row.
class VersionsTableProxy final : public QIdentityProxyModel {
    Q_OBJECT
public:
    explicit VersionsTableProxy(QObject *parent = nullptr);
    ~VersionsTableProxy() override;
    Q_DISABLE_COPY_MOVE(VersionsTableProxy)

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The current-version column is a narrow icon column: its header shows the star, its name goes
    // to the tooltip.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace lockbox::ui
