#include "CompareVersionsDialog.h"

#include "ui_CompareVersionsDialog.h"

#include "ErrorBanner.h"
#include "OperationLog.h"
#include "PayloadViewerDialog.h"
#include "SecretPayload.h"
#include "StatusPresentation.h"
#include "TabOrder.h"

#include <QAbstractTableModel>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QToolButton>

namespace lockbox::ui {

namespace {

const QString kMask = QStringLiteral("●●●●●●●●");
const QString kAbsent = QStringLiteral("—");
constexpr int kBinaryPreviewBytes = 24;

const SecretPayload::Entry *findEntry(const SecretPayload &payload, const QString &key) {
    for (const SecretPayload::Entry &e : payload.entries()) {
        if (e.key == key) {
            return &e;
        }
    }
    return nullptr;
}

QString shownValue(const QByteArray &value, bool binary) {
    if (binary) {
        QString preview = QString::fromLatin1(value.left(kBinaryPreviewBytes).toHex(' '));
        return value.size() > kBinaryPreviewBytes ? preview + QStringLiteral(" …") : preview;
    }
    return QString::fromUtf8(value).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
}

} // namespace

class CompareVersionsDialog::KeysModel final : public QAbstractTableModel {
public:
    explicit KeysModel(CompareVersionsDialog *dialog) : QAbstractTableModel(dialog), m_dialog(dialog) {}

    void reset() {
        beginResetModel();
        endResetModel();
    }
    void rowChanged(int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); }
    void allChanged() {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
    }

    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_dialog->m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        const Row &row = m_dialog->m_rows.at(index.row());
        const bool inA = row.change != Change::Added;
        const bool inB = row.change != Change::Removed;
        switch (index.column()) {
        case KeyColumn:
            return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? QVariant(row.key) : QVariant();
        case ChangeColumn:
            switch (role) {
            case Qt::DisplayRole:
            case Qt::AccessibleTextRole:
                return changeText(row.change);
            case Qt::ForegroundRole:
                // Colour goes with the words, never instead of them.
                switch (row.change) {
                case Change::Added:
                    return QColor(0x2e, 0x7d, 0x32);
                case Change::Removed:
                    return QColor(0xc6, 0x28, 0x28);
                case Change::Changed:
                    return QColor(0xb2, 0x6a, 0x00);
                default:
                    return {};
                }
            case Qt::FontRole:
                if (row.change == Change::Changed) {
                    QFont bold;
                    bold.setBold(true);
                    return bold;
                }
                return {};
            default:
                return {};
            }
        case ValueAColumn:
        case ValueBColumn: {
            const bool a = index.column() == ValueAColumn;
            const bool present = a ? inA : inB;
            switch (role) {
            case Qt::DisplayRole:
                if (!present) {
                    return kAbsent;
                }
                if (!row.revealed) {
                    return kMask;
                }
                return a ? shownValue(row.valueA, row.binaryA) : shownValue(row.valueB, row.binaryB);
            case Qt::AccessibleTextRole:
                if (!present) {
                    return CompareVersionsDialog::tr("not in this version");
                }
                if (!row.revealed) {
                    return CompareVersionsDialog::tr("hidden value");
                }
                return a ? shownValue(row.valueA, row.binaryA) : shownValue(row.valueB, row.binaryB);
            case Qt::FontRole:
                return row.revealed && present ? QVariant(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                                               : QVariant();
            default:
                return {};
            }
        }
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation != Qt::Horizontal) {
            return {};
        }
        if (role == Qt::ToolTipRole && (section == ValueAColumn || section == ValueBColumn)) {
            return section == ValueAColumn ? m_dialog->m_a.id : m_dialog->m_b.id;
        }
        if (role != Qt::DisplayRole) {
            return {};
        }
        switch (section) {
        case KeyColumn:
            return CompareVersionsDialog::tr("Key");
        case ChangeColumn:
            return CompareVersionsDialog::tr("Change");
        case ValueAColumn:
            return CompareVersionsDialog::tr("Value in A");
        case ValueBColumn:
            return CompareVersionsDialog::tr("Value in B");
        case ShowColumn:
            return CompareVersionsDialog::tr("Show");
        default:
            return {};
        }
    }

private:
    CompareVersionsDialog *m_dialog;
};

CompareVersionsDialog::CompareVersionsDialog(ApiClient *client, Secret secret, Version a, Version b, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CompareVersionsDialog>()), m_client(client),
      m_secret(std::move(secret)), m_a(std::move(a)), m_b(std::move(b)) {
    m_ui->setupUi(this);
    const QString secretName = m_secret.name.isEmpty() ? m_secret.id : m_secret.name;
    setWindowTitle(tr("Compare Versions — %1").arg(secretName));

    auto describe = [this](const Version &v) {
        QString text = v.id;
        if (m_secret.currentVersion && m_secret.currentVersion->id == v.id) {
            text += QLatin1Char(' ') + tr("(current)");
        }
        if (v.status == Version::Status::ScheduledForDestruction) {
            text += QLatin1Char(' ') + tr("(scheduled for destruction)");
        } else if (v.status == Version::Status::Destroyed) {
            text += QLatin1Char(' ') + tr("(destroyed)");
        }
        if (v.createdAt.isValid()) {
            text += QStringLiteral(", ") + tr("created %1").arg(StatusPresentation::localAndUtc(v.createdAt));
        }
        return text;
    };
    QString secretLine = tr("Secret: %1 (%2)").arg(secretName, m_secret.id);
    if (m_secret.status != Secret::Status::Active) {
        secretLine += QStringLiteral(" · ") + StatusPresentation::secretStatusText(m_secret.status);
    }
    m_ui->headerLabel->setText(secretLine + QLatin1Char('\n') + tr("A: %1").arg(describe(m_a)) + QLatin1Char('\n') +
                               tr("B: %1").arg(describe(m_b)));

    // Keys of A in their order, then those only B has.
    const QSet<QString> keysA(m_a.payloadEntryKeys.cbegin(), m_a.payloadEntryKeys.cend());
    const QSet<QString> keysB(m_b.payloadEntryKeys.cbegin(), m_b.payloadEntryKeys.cend());
    for (const QString &key : std::as_const(m_a.payloadEntryKeys)) {
        Row row;
        row.key = key;
        row.change = keysB.contains(key) ? Change::Kept : Change::Removed;
        m_rows.append(row);
    }
    for (const QString &key : std::as_const(m_b.payloadEntryKeys)) {
        if (!keysA.contains(key)) {
            Row row;
            row.key = key;
            row.change = Change::Added;
            m_rows.append(row);
        }
    }

    m_model = new KeysModel(this);
    QTableView *table = m_ui->keysTableView;
    table->setModel(m_model);
    table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ValueAColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ValueBColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ShowColumn, QHeaderView::Fixed); // see updateShowButtons
    table->setColumnWidth(KeyColumn, 160);
    if (!m_rows.isEmpty()) {
        table->setCurrentIndex(m_model->index(0, KeyColumn));
    }

    connect(m_ui->compareValuesButton, &QPushButton::clicked, this, &CompareVersionsDialog::compareValues);
    connect(m_ui->errorBanner, &ErrorBanner::retryRequested, this, &CompareVersionsDialog::compareValues);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CompareVersionsDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)
        ->setAccessibleDescription(tr("Closes the comparison and drops any value shown from memory."));

    m_ui->errorBanner->hide();
    setBusy(false);
}

CompareVersionsDialog::~CompareVersionsDialog() {
    wipeAll();
    // The view (a child widget) is torn down after the members: its editors would still ask the
    // model about rows already destroyed (ASan: heap-use-after-free). Take the model away first.
    delete m_model;
    m_model = nullptr;
}

int CompareVersionsDialog::rowOfKey(const QString &key) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key) {
            return row;
        }
    }
    return -1;
}

CompareVersionsDialog::Change CompareVersionsDialog::change(int row) const {
    return m_rows.at(row).change;
}

QString CompareVersionsDialog::changeText(Change change) {
    switch (change) {
    case Change::Added:
        return tr("Added");
    case Change::Removed:
        return tr("Removed");
    case Change::Kept:
        return tr("Kept");
    case Change::Changed:
        return tr("Value changed");
    case Change::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

QString CompareVersionsDialog::compareBlocker() const {
    if (m_secret.status == Secret::Status::Inactive) {
        return tr("The secret is deactivated, so its values cannot be read.");
    }
    for (const Version *v : {&m_a, &m_b}) {
        if (v->status == Version::Status::ScheduledForDestruction) {
            return tr("Version %1 is scheduled for destruction, so its values cannot be read.").arg(v->id);
        }
        if (v->status == Version::Status::Destroyed) {
            return tr("Version %1 is destroyed: its values are gone.").arg(v->id);
        }
    }
    return {};
}

QString CompareVersionsDialog::errorText() const {
    return m_ui->errorBanner->isVisibleTo(this) ? m_ui->errorBanner->text() : QString();
}

bool CompareVersionsDialog::isRevealed(int row) const {
    return row >= 0 && row < m_rows.size() && m_rows.at(row).revealed;
}

void CompareVersionsDialog::compareValues() {
    if (m_busy || !compareBlocker().isEmpty()) {
        return;
    }
    readBoth(tr("Compare values"), tr("The values could not be compared; the comparison of keys above stands."),
             [this](PayloadPair &payloads) { applyComparison(payloads); });
}

void CompareVersionsDialog::readBoth(const QString &what, const QString &failureLead, PairCallback done) {
    struct Pending {
        std::optional<Result<std::shared_ptr<SecretPayload>>> a;
        std::optional<Result<std::shared_ptr<SecretPayload>>> b;
    };
    auto pending = std::make_shared<Pending>();
    const int generation = m_generation;
    const int logId =
        m_log ? m_log->started(what, OperationLog::target(m_secret.id, m_a.id + QStringLiteral(" ↔ ") + m_b.id)) : 0;
    QPointer<OperationLog> log(m_log);
    m_ui->errorBanner->hide();
    setBusy(true);

    auto arrived = [this, pending, generation, logId, log, failureLead, done = std::move(done)]() {
        if (!pending->a || !pending->b) {
            return;
        }
        const Result<std::shared_ptr<SecretPayload>> &a = *pending->a;
        const Result<std::shared_ptr<SecretPayload>> &b = *pending->b;
        const auto *failed = !a.ok() ? &a : (!b.ok() ? &b : nullptr);
        if (log) {
            if (failed) {
                log->failed(logId, failed->error(), failed->requestId());
            } else {
                log->succeeded(logId, b.requestId());
            }
        }
        if (generation != m_generation) {
            pending->a.reset(); // closed meanwhile: drop (wipe) what came
            pending->b.reset();
            return;
        }
        setBusy(false);
        if (failed) {
            const ApiError error = failed->error();
            const QString requestId = failed->requestId();
            const Version &version = failed == &a ? m_a : m_b;
            pending->a.reset();
            pending->b.reset();
            m_ui->errorBanner->showError(failureLead + QLatin1Char('\n') +
                                             PayloadViewerDialog::readFailureLead(error, m_secret, version),
                                         error, requestId);
            Q_EMIT readFailed(error);
            return;
        }
        PayloadPair payloads{a.value(), b.value()};
        pending->a.reset();
        pending->b.reset();
        done(payloads);
        // The last references: both payloads are wiped here.
        payloads.first.reset();
        payloads.second.reset();
    };
    m_client->getPayload(m_secret.id, m_a.id, this,
                         [pending, arrived](const Result<std::shared_ptr<SecretPayload>> &result) {
                             pending->a = result;
                             arrived();
                         });
    m_client->getPayload(m_secret.id, m_b.id, this,
                         [pending, arrived](const Result<std::shared_ptr<SecretPayload>> &result) {
                             pending->b = result;
                             arrived();
                         });
}

void CompareVersionsDialog::applyComparison(const PayloadPair &payloads) {
    int changed = 0;
    for (Row &row : m_rows) {
        if (row.change == Change::Added || row.change == Change::Removed) {
            continue;
        }
        const SecretPayload::Entry *a = findEntry(*payloads.first, row.key);
        const SecretPayload::Entry *b = findEntry(*payloads.second, row.key);
        // payloadEntryKeys and the payload should agree; if not, the key did change.
        const bool same = a && b && a->binary == b->binary && a->value == b->value;
        row.change = same ? Change::Unchanged : Change::Changed;
        changed += same ? 0 : 1;
    }
    m_compared = true;
    m_model->allChanged();
    updateShowButtons();
    updateSummary();
    Q_EMIT valuesComparedChanged(changed);
}

void CompareVersionsDialog::setRevealed(int row, bool revealed) {
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).revealed == revealed) {
        updateShowButtons();
        return;
    }
    if (!revealed) {
        hideRow(row);
        return;
    }
    if (m_busy || m_rows.at(row).change != Change::Changed) {
        updateShowButtons();
        return;
    }
    const QString key = m_rows.at(row).key;
    readBoth(tr("Show changed value"), tr("The values of “%1” could not be shown.").arg(key),
             [this, key](PayloadPair &payloads) { revealFrom(rowOfKey(key), payloads); });
}

void CompareVersionsDialog::revealFrom(int row, const PayloadPair &payloads) {
    if (row < 0) {
        return;
    }
    Row &r = m_rows[row];
    const SecretPayload::Entry *a = findEntry(*payloads.first, r.key);
    const SecretPayload::Entry *b = findEntry(*payloads.second, r.key);
    // Shared with the payload for a moment: when it is wiped, it detaches and zeroes its own copy;
    // ours is wiped by hideRow().
    r.valueA = a ? a->value : QByteArray();
    r.binaryA = a && a->binary;
    r.valueB = b ? b->value : QByteArray();
    r.binaryB = b && b->binary;
    r.revealed = true;
    m_model->rowChanged(row);
    updateShowButtons();
}

void CompareVersionsDialog::hideRow(int row) {
    Row &r = m_rows[row];
    SecretPayload::wipeBytes(r.valueA);
    SecretPayload::wipeBytes(r.valueB);
    r.revealed = false;
    m_model->rowChanged(row);
    updateShowButtons();
}

void CompareVersionsDialog::updateShowButtons() {
    QTableView *table = m_ui->keysTableView;
    QList<QWidget *> buttons;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        const QModelIndex cell = m_model->index(row, ShowColumn);
        auto *button = qobject_cast<QToolButton *>(table->indexWidget(cell));
        if (r.change != Change::Changed) {
            if (button) {
                table->setIndexWidget(cell, nullptr);
            }
            continue;
        }
        if (!button) {
            button = new QToolButton(table);
            button->setObjectName(QStringLiteral("showButton"));
            button->setCheckable(true);
            button->setAutoRaise(true);
            button->setAccessibleName(tr("Show both values of %1").arg(r.key));
            button->setToolTip(tr("Reads both versions again and shows this key's two values"));
            const QString key = r.key;
            connect(button, &QToolButton::toggled, this, [this, key](bool on) { setRevealed(rowOfKey(key), on); });
            table->setIndexWidget(cell, button);
        }
        const QSignalBlocker block(button);
        button->setChecked(r.revealed);
        button->setText(r.revealed ? tr("Hide") : tr("Show"));
        button->setEnabled(!m_busy);
        buttons.append(button);
    }
    chainAfter(table, buttons);
    // Header-sized columns ignore index widgets: size the column for the button with the longer of its two
    // texts, so neither is cut in any language.
    const QFontMetrics metrics(table->font());
    int width = table->horizontalHeader()->sectionSizeHint(ShowColumn);
    for (QWidget *w : std::as_const(buttons)) {
        auto *b = static_cast<QToolButton *>(w);
        const int longest = std::max(metrics.horizontalAdvance(tr("Hide")), metrics.horizontalAdvance(tr("Show")));
        width = std::max(width, b->sizeHint().width() + longest - metrics.horizontalAdvance(b->text()));
    }
    if (!buttons.isEmpty()) {
        table->horizontalHeader()->resizeSection(ShowColumn, width + (table->showGrid() ? 1 : 0)); // + grid line
    }
}

void CompareVersionsDialog::updateSummary() {
    int added = 0;
    int removed = 0;
    int kept = 0;
    int changed = 0;
    for (const Row &r : std::as_const(m_rows)) {
        added += r.change == Change::Added ? 1 : 0;
        removed += r.change == Change::Removed ? 1 : 0;
        kept += r.change == Change::Kept || r.change == Change::Changed || r.change == Change::Unchanged ? 1 : 0;
        changed += r.change == Change::Changed ? 1 : 0;
    }
    QString text = tr("Added in B: %1 · Removed from A: %2 · Kept: %3").arg(added).arg(removed).arg(kept);
    if (m_compared) {
        text += QLatin1Char(' ') + tr("(values: %1 changed, %2 unchanged)").arg(changed).arg(kept - changed);
    }
    m_ui->summaryLabel->setText(text);
}

void CompareVersionsDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    const QString blocker = compareBlocker();
    m_ui->compareValuesButton->setEnabled(!busy && blocker.isEmpty());
    if (busy) {
        m_ui->compareNoteLabel->setText(tr("Reading both versions…"));
    } else if (!blocker.isEmpty()) {
        m_ui->compareNoteLabel->setText(blocker + QLatin1Char(' ') + tr("The keys are compared all the same."));
    } else if (m_compared) {
        m_ui->compareNoteLabel->setText(
            tr("Values were compared in memory and dropped; none is shown unless you choose Show."));
    } else {
        m_ui->compareNoteLabel->setText(
            tr("Reads both versions (needs the lockbox.payloadViewer role) and shows only whether each kept value "
               "changed."));
    }
    updateShowButtons();
    updateSummary();
}

void CompareVersionsDialog::wipeAll() {
    ++m_generation;
    for (Row &r : m_rows) {
        SecretPayload::wipeBytes(r.valueA);
        SecretPayload::wipeBytes(r.valueB);
        r.revealed = false;
    }
}

void CompareVersionsDialog::done(int result) {
    wipeAll();
    m_model->allChanged();
    setBusy(false);
    QDialog::done(result);
}

} // namespace lockbox::ui
