#include "PayloadViewerDialog.h"

#include "ui_PayloadViewerDialog.h"

#include "ErrorBanner.h"
#include "OperationLog.h"
#include "PaletteIconEngine.h"
#include "SecretPayload.h"
#include "SecureClipboard.h"
#include "StatusPresentation.h"
#include "TabOrder.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QToolButton>

namespace lockbox::ui {

namespace {

// Always the same width: the mask says nothing about the value's length.
const QString kMask = QStringLiteral("●●●●●●●●");
constexpr int kBinaryPreviewBytes = 24;

QString versionStatusText(Version::Status status) {
    switch (status) {
    case Version::Status::Active:
        return PayloadViewerDialog::tr("active");
    case Version::Status::ScheduledForDestruction:
        return PayloadViewerDialog::tr("scheduled for destruction");
    case Version::Status::Destroyed:
        return PayloadViewerDialog::tr("destroyed");
    case Version::Status::Unspecified:
        break;
    }
    return PayloadViewerDialog::tr("unknown status");
}

QString hexPreview(const QByteArray &bytes) {
    QString preview = QString::fromLatin1(bytes.left(kBinaryPreviewBytes).toHex(' '));
    if (bytes.size() > kBinaryPreviewBytes) {
        preview += QStringLiteral(" …");
    }
    return preview;
}

} // namespace

// Reads the dialog's payload on demand: no value is stored in the view's items, and a masked value
// is never even converted to a string.
class PayloadViewerDialog::EntriesModel final : public QAbstractTableModel {
public:
    explicit EntriesModel(PayloadViewerDialog *dialog) : QAbstractTableModel(dialog), m_dialog(dialog) {}

    void reset() {
        beginResetModel();
        endResetModel();
    }
    void rowChanged(int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); }

    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() || !m_dialog->m_payload ? 0 : static_cast<int>(m_dialog->m_payload->entries().size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        const SecretPayload::Entry &entry = m_dialog->m_payload->entries().at(index.row());
        const bool revealed = m_dialog->isRevealed(index.row());
        switch (index.column()) {
        case KeyColumn:
            return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? QVariant(entry.key) : QVariant();
        case TypeColumn:
            if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
                const int size = static_cast<int>(entry.value.size());
                return entry.binary ? PayloadViewerDialog::tr("Binary, %n byte(s)", nullptr, size)
                                    : PayloadViewerDialog::tr("Text, %n byte(s)", nullptr, size);
            }
            return {};
        case ValueColumn:
            switch (role) {
            case Qt::DisplayRole:
                if (!revealed) {
                    return kMask;
                }
                if (entry.binary) {
                    return hexPreview(entry.value);
                }
                // One line per row: line breaks (PEM blocks) shown as a symbol.
                return QString::fromUtf8(entry.value).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            case Qt::AccessibleTextRole:
                if (!revealed) {
                    return PayloadViewerDialog::tr("hidden value");
                }
                return entry.binary ? hexPreview(entry.value) : QString::fromUtf8(entry.value);
            case Qt::FontRole:
                return revealed ? QVariant(QFontDatabase::systemFont(QFontDatabase::FixedFont)) : QVariant();
            case Qt::ToolTipRole:
                // Never the value itself: tooltips linger and are read out by accessibility tools.
                if (revealed && entry.binary) {
                    return PayloadViewerDialog::tr("The first bytes in hexadecimal. Copy gives the whole value in "
                                                   "Base64; Save to File writes the bytes.");
                }
                return {};
            default:
                return {};
            }
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
            return {};
        }
        switch (section) {
        case KeyColumn:
            return PayloadViewerDialog::tr("Key");
        case TypeColumn:
            return PayloadViewerDialog::tr("Type");
        case ValueColumn:
            return PayloadViewerDialog::tr("Value");
        case RevealColumn:
            return PayloadViewerDialog::tr("Show");
        default:
            return {};
        }
    }

private:
    PayloadViewerDialog *m_dialog;
};

PayloadViewerDialog::PayloadViewerDialog(ApiClient *client, Secret secret, Version version, SecureClipboard *clipboard,
                                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PayloadViewerDialog>()), m_client(client), m_clipboard(clipboard),
      m_secret(std::move(secret)), m_version(std::move(version)) {
    m_ui->setupUi(this);
    const QString secretName = m_secret.name.isEmpty() ? m_secret.id : m_secret.name;
    setWindowTitle(tr("Values — %1 — %2").arg(secretName, m_version.id));

    const bool current = m_secret.currentVersion && m_secret.currentVersion->id == m_version.id;
    QString versionLine = tr("Version: %1").arg(m_version.id);
    if (current) {
        versionLine += QLatin1Char(' ') + tr("(current)");
    }
    versionLine += QStringLiteral(" · ") + versionStatusText(m_version.status);
    if (m_version.createdAt.isValid()) {
        versionLine +=
            QStringLiteral(" · ") + tr("created %1").arg(StatusPresentation::localAndUtc(m_version.createdAt));
    }
    if (!m_version.description.isEmpty()) {
        versionLine += QStringLiteral(" · ") + m_version.description;
    }
    QString secretLine = tr("Secret: %1 (%2)").arg(secretName, m_secret.id);
    if (m_secret.status != Secret::Status::Active) {
        secretLine += QStringLiteral(" · ") + StatusPresentation::secretStatusText(m_secret.status);
    }
    m_ui->headerLabel->setText(secretLine + QLatin1Char('\n') + versionLine);

    m_model = new EntriesModel(this);
    QTableView *table = m_ui->entriesTableView;
    table->setModel(m_model);
    table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(RevealColumn, QHeaderView::ResizeToContents);
    table->setColumnWidth(KeyColumn, 180);
    table->installEventFilter(this);

    m_toggleAction = new QAction(tr("Show or &Hide Value"), this);
    m_toggleAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_toggleAction->setShortcutContext(Qt::WidgetShortcut); // Space in the table; the filter delivers it
    m_copyAction = new QAction(PaletteIconEngine::icon(QStringLiteral(":/icons/copy.svg")), tr("&Copy Value"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_saveAction = new QAction(tr("&Save to File…"), this);
    table->addAction(m_toggleAction);
    table->addAction(m_copyAction);
    table->addAction(m_saveAction);
    connect(m_toggleAction, &QAction::triggered, this, [this]() {
        const int row = currentRow();
        if (row >= 0) {
            setRevealed(row, !isRevealed(row));
        }
    });
    connect(m_copyAction, &QAction::triggered, this, [this]() { copyEntry(currentRow()); });
    connect(m_saveAction, &QAction::triggered, this, &PayloadViewerDialog::chooseFileForCurrentRow);

    m_ui->copyValueButton->setIcon(PaletteIconEngine::icon(QStringLiteral(":/icons/copy.svg")));
    m_ui->copyValueButton->setToolTip(tr("Copy the selected value (Ctrl+C)"));
    connect(m_ui->copyValueButton, &QPushButton::clicked, this, [this]() { copyEntry(currentRow()); });
    connect(m_ui->saveToFileButton, &QPushButton::clicked, this, &PayloadViewerDialog::chooseFileForCurrentRow);
    connect(m_ui->revealAllButton, &QPushButton::clicked, this, [this]() {
        if (m_payload && std::all_of(m_revealed.cbegin(), m_revealed.cend(), [](bool r) { return r; })) {
            hideAll();
        } else {
            requestRevealAll();
        }
    });
    connect(m_ui->errorBanner, &ErrorBanner::retryRequested, this, &PayloadViewerDialog::reload);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PayloadViewerDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)
        ->setAccessibleDescription(tr("Closes the viewer and drops the values from memory."));
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PayloadViewerDialog::updateActions);

    m_autoHide.setSingleShot(true);
    connect(&m_autoHide, &QTimer::timeout, this, &PayloadViewerDialog::hideAll);

    m_ui->errorBanner->hide();
    setLoading(false);
    showStatus({});
}

PayloadViewerDialog::~PayloadViewerDialog() {
    releaseValues();
}

void PayloadViewerDialog::setAutoHideSeconds(int seconds) {
    m_autoHideSeconds = std::max(seconds, 0);
    if (m_autoHideSeconds == 0) {
        m_autoHide.stop();
    }
}

int PayloadViewerDialog::entryCount() const {
    return m_payload ? static_cast<int>(m_payload->entries().size()) : 0;
}

int PayloadViewerDialog::rowOfKey(const QString &key) const {
    for (int row = 0; row < entryCount(); ++row) {
        if (m_payload->entries().at(row).key == key) {
            return row;
        }
    }
    return -1;
}

QString PayloadViewerDialog::errorText() const {
    return m_ui->errorBanner->isVisibleTo(this) ? m_ui->errorBanner->text() : QString();
}

bool PayloadViewerDialog::isRevealed(int row) const {
    return row >= 0 && row < m_revealed.size() && m_revealed.at(row);
}

void PayloadViewerDialog::setRevealed(int row, bool revealed) {
    if (row < 0 || row >= m_revealed.size() || m_revealed.at(row) == revealed) {
        return;
    }
    m_revealed[row] = revealed;
    m_model->rowChanged(row);
    const QModelIndex cell = m_model->index(row, RevealColumn);
    if (auto *button = qobject_cast<QToolButton *>(m_ui->entriesTableView->indexWidget(cell))) {
        const QSignalBlocker block(button);
        button->setChecked(revealed);
        button->setText(revealed ? tr("Hide") : tr("Show"));
    }
    if (revealed && m_autoHideSeconds > 0) {
        m_autoHide.start(m_autoHideSeconds * 1000);
    }
    updateActions();
}

void PayloadViewerDialog::requestRevealAll() {
    if (!m_payload || m_payload->entries().isEmpty()) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Show All Values"),
                                tr("Show all %n value(s) of this version?", nullptr, entryCount()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("revealAllConfirmation"));
    box->setInformativeText(tr("Anyone who can see your screen, or a recording of it, can read them."));
    box->button(QMessageBox::Yes)->setText(tr("Show All"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes) {
            revealAll();
        }
    });
    box->open();
}

void PayloadViewerDialog::revealAll() {
    for (int row = 0; row < m_revealed.size(); ++row) {
        setRevealed(row, true);
    }
}

void PayloadViewerDialog::hideAll() {
    m_autoHide.stop();
    for (int row = 0; row < m_revealed.size(); ++row) {
        setRevealed(row, false);
    }
}

bool PayloadViewerDialog::copyEntry(int row) {
    if (!m_clipboard || row < 0 || row >= entryCount()) {
        return false;
    }
    const SecretPayload::Entry &entry = m_payload->entries().at(row);
    const QString label = tr("“%1” of %2").arg(entry.key, m_secret.name.isEmpty() ? m_secret.id : m_secret.name);
    if (entry.binary) {
        QByteArray base64 = entry.value.toBase64();
        m_clipboard->setSecret(base64, label);
        SecretPayload::wipeBytes(base64);
    } else {
        m_clipboard->setSecret(entry.value, label);
    }
    const int timeout = m_clipboard->timeoutSeconds();
    QString text = entry.binary ? tr("The value of “%1” was copied to the clipboard as Base64.").arg(entry.key)
                                : tr("The value of “%1” was copied to the clipboard.").arg(entry.key);
    if (timeout > 0) {
        text += QLatin1Char(' ') + tr("It will be cleared in %n second(s).", nullptr, timeout);
    }
    showStatus(text);
    Q_EMIT valueCopied(entry.key);
    return true;
}

bool PayloadViewerDialog::saveEntryToFile(int row, const QString &path) {
    if (row < 0 || row >= entryCount()) {
        return false;
    }
    const SecretPayload::Entry &entry = m_payload->entries().at(row);
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showStatus(tr("Cannot write %1: %2").arg(name, file.errorString()), true);
        return false;
    }
    // Before any byte is written: the temporary file becomes the final one.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        showStatus(tr("Cannot restrict the permissions of %1: %2").arg(name, file.errorString()), true);
        return false;
    }
    if (file.write(entry.value) != entry.value.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        showStatus(tr("Cannot write %1: %2").arg(name, why), true);
        return false;
    }
    showStatus(tr("The value of “%1” (%n byte(s)) was saved to %2; only you can read the file.", nullptr,
                  static_cast<int>(entry.value.size()))
                   .arg(entry.key, QDir::toNativeSeparators(path)));
    Q_EMIT valueSaved(entry.key, path);
    return true;
}

void PayloadViewerDialog::chooseFileForCurrentRow() {
    const int row = currentRow();
    if (row < 0 || row >= entryCount()) {
        return;
    }
    QString suggested = m_payload->entries().at(row).key;
    suggested.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    auto *dialog = new QFileDialog(this, tr("Save Value to File"));
    dialog->setObjectName(QStringLiteral("saveValueFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(suggested);
    const QString key = m_payload->entries().at(row).key;
    connect(dialog, &QFileDialog::fileSelected, this, [this, key](const QString &path) {
        // The rows may have been reloaded meanwhile: find the key again.
        saveEntryToFile(rowOfKey(key), path);
    });
    dialog->open();
}

QString PayloadViewerDialog::readFailureLead(const ApiError &error, const Secret &secret, const Version &version) {
    if (error.kind == ApiError::Kind::Server) {
        switch (error.code) {
        case RpcCode::PermissionDenied:
            return tr("You may not read the values of this secret. That needs the lockbox.payloadViewer role on the "
                      "secret or its folder (and kms.keys.encrypterDecrypter for a secret encrypted with a KMS key).");
        case RpcCode::FailedPrecondition:
            if (secret.status == Secret::Status::Inactive) {
                return tr("The secret is deactivated, so its values cannot be read. Activate the secret to read "
                          "them.");
            }
            if (version.status == Version::Status::ScheduledForDestruction) {
                return tr("Version %1 is scheduled for destruction, so its values cannot be read. Cancel the "
                          "destruction to read them.")
                    .arg(version.id);
            }
            break;
        case RpcCode::NotFound:
            return tr("The version was not found: it may have been destroyed, or the secret deleted.");
        default:
            break;
        }
    }
    return tr("The values could not be read.");
}

void PayloadViewerDialog::reload() {
    releaseValues(); // also makes any answer still on its way stale
    const int generation = m_generation;
    m_ui->errorBanner->hide();
    showStatus({});
    setLoading(true);
    const int logId = m_log ? m_log->started(tr("Read values"), OperationLog::target(m_secret.id, m_version.id)) : 0;
    QPointer<OperationLog> log(m_log);
    m_client->getPayload(m_secret.id, m_version.id, this,
                         [this, generation, logId, log](const Result<std::shared_ptr<SecretPayload>> &result) {
                             if (log) {
                                 log->finished(logId, result);
                             }
                             if (generation != m_generation) {
                                 return; // closed or reloaded meanwhile; the payload is dropped (wiped) here
                             }
                             onPayload(result);
                         });
}

void PayloadViewerDialog::onPayload(const Result<std::shared_ptr<SecretPayload>> &result) {
    setLoading(false);
    if (!result.ok()) {
        m_ui->errorBanner->showError(readFailureLead(result.error(), m_secret, m_version), result.error(),
                                     result.requestId());
        updateActions();
        Q_EMIT loadFailed(result.error());
        return;
    }
    m_payload = result.value();
    m_revealed = QList<bool>(m_payload->entries().size(), false);
    m_model->reset();
    rebuildRevealButtons();
    if (entryCount() > 0) {
        m_ui->entriesTableView->setCurrentIndex(m_model->index(0, KeyColumn));
    }
    m_ui->entriesTableView->setFocus(Qt::OtherFocusReason);
    updateActions();
    Q_EMIT loaded(entryCount());
}

void PayloadViewerDialog::rebuildRevealButtons() {
    QTableView *table = m_ui->entriesTableView;
    QList<QWidget *> buttons;
    for (int row = 0; row < entryCount(); ++row) {
        const QString key = m_payload->entries().at(row).key;
        auto *button = new QToolButton(table);
        button->setObjectName(QStringLiteral("revealButton"));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setText(tr("Show"));
        // Tab reaches it (Space on the row does the same); a click leaves the focus on the table.
        button->setFocusPolicy(Qt::TabFocus);
        button->setToolTip(tr("Show or hide this value (Space)"));
        button->setAccessibleName(tr("Show the value of %1").arg(key));
        connect(button, &QToolButton::toggled, this, [this, row](bool on) {
            m_ui->entriesTableView->setCurrentIndex(m_model->index(row, KeyColumn));
            setRevealed(row, on);
        });
        table->setIndexWidget(m_model->index(row, RevealColumn), button);
        buttons.append(button);
    }
    chainAfter(table, buttons);
}

void PayloadViewerDialog::updateActions() {
    const bool values = m_payload && !m_loading;
    const int row = currentRow();
    const bool rowSelected = values && row >= 0 && row < entryCount();
    m_copyAction->setEnabled(rowSelected && m_clipboard);
    m_ui->copyValueButton->setEnabled(rowSelected && m_clipboard);
    m_saveAction->setEnabled(rowSelected);
    m_ui->saveToFileButton->setEnabled(rowSelected);
    m_toggleAction->setEnabled(rowSelected);
    if (rowSelected) {
        m_toggleAction->setText(isRevealed(row) ? tr("&Hide Value") : tr("Sh&ow Value"));
    }
    const bool allShown = values && !m_revealed.isEmpty() &&
                          std::all_of(m_revealed.cbegin(), m_revealed.cend(), [](bool r) { return r; });
    m_ui->revealAllButton->setEnabled(values && entryCount() > 0);
    m_ui->revealAllButton->setText(allShown ? tr("Hide &All") : tr("Show &All…"));
    m_ui->revealAllButton->setAccessibleName(allShown ? tr("Hide all values") : tr("Show all values"));
    m_ui->entriesTableView->setEnabled(!m_loading);
}

void PayloadViewerDialog::setLoading(bool loading) {
    m_loading = loading;
    m_ui->busyWidget->setVisible(loading);
    updateActions();
}

void PayloadViewerDialog::showStatus(const QString &text, bool problem) {
    QString shown = text;
    if (shown.isEmpty() && m_payload) {
        shown = m_clipboard && m_clipboard->timeoutSeconds() > 0
                    ? tr("Values are hidden until shown. Space shows the selected value; Ctrl+C copies it, and the "
                         "clipboard is cleared after %n second(s).",
                         nullptr, m_clipboard->timeoutSeconds())
                    : tr("Values are hidden until shown. Space shows the selected value; Ctrl+C copies it.");
    }
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #c62828; }") : QString());
    m_ui->statusLabel->setText(shown);
    m_ui->statusLabel->setVisible(!shown.isEmpty());
}

int PayloadViewerDialog::currentRow() const {
    const QModelIndex current = m_ui->entriesTableView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PayloadViewerDialog::releaseValues() {
    ++m_generation;
    m_autoHide.stop();
    m_revealed.clear();
    // The view drops its reveal buttons with the reset; the payload's destructor zeroes the values.
    if (m_model) {
        m_model->reset();
    }
    m_payload.reset();
}

void PayloadViewerDialog::done(int result) {
    releaseValues();
    setLoading(false);
    showStatus({});
    QDialog::done(result);
}

void PayloadViewerDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    if (!m_payload && !m_loading) {
        reload();
    }
}

bool PayloadViewerDialog::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_ui->entriesTableView && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // The view would copy the cell's display text to the plain clipboard itself; values go only
        // through the SecureClipboard.
        if (key->matches(QKeySequence::Copy)) {
            copyEntry(currentRow());
            return true;
        }
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            m_toggleAction->trigger();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace lockbox::ui
