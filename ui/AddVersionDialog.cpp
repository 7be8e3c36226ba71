#include "AddVersionDialog.h"

#include "ui_AddVersionDialog.h"

#include "ErrorText.h"
#include "Limits.h"
#include "PaletteIconEngine.h"
#include "SecretPayload.h"
#include "StatusPresentation.h"
#include "TabOrder.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUuid>

namespace lockbox::ui {

namespace {

QString bytesText(qint64 bytes) {
    return QLocale().toString(bytes);
}

} // namespace

AddVersionDialog::AddVersionDialog(OperationRunner *runner, Secret secret, const QList<Version> &baseCandidates,
                                   const QString &preselectedBaseId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddVersionDialog>()), m_runner(runner), m_secret(std::move(secret)) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Add Version — %1").arg(m_secret.name.isEmpty() ? m_secret.id : m_secret.name));

    for (const Version &v : baseCandidates) {
        if (v.status == Version::Status::Destroyed) {
            continue; // nothing left to inherit
        }
        m_candidates.append(v);
        QString text = v.id;
        const bool current = m_secret.currentVersion && m_secret.currentVersion->id == v.id;
        if (current) {
            text += QLatin1Char(' ') + tr("(current)");
        }
        if (v.status == Version::Status::ScheduledForDestruction) {
            text += QLatin1Char(' ') + tr("(scheduled for destruction)");
        }
        if (!v.description.isEmpty()) {
            text += QStringLiteral(" — ") + v.description;
        }
        m_ui->baseVersionComboBox->addItem(
            current ? StatusPresentation::currentIcon() : StatusPresentation::icon(v.status), text, v.id);
    }

    m_ui->entriesTableWidget->setColumnCount(ColumnCount);
    // Tab goes from editor to editor (chainAfter below) and on out of the table, as in a form: with
    // the view's own Tab navigation it stopped on read-only cells and wrapped round inside the table
    // (found by QA). Arrow keys still move between cells.
    m_ui->entriesTableWidget->setTabKeyNavigation(false);
    // The hint under the table changes as one types; two lines kept for it stop the table and the
    // buttons under it from moving with each keystroke (found by QA: clicks landed elsewhere).
    m_ui->validationLabel->setMinimumHeight(2 * m_ui->validationLabel->fontMetrics().lineSpacing());
    m_ui->entriesTableWidget->setHorizontalHeaderLabels({tr("Key"), tr("Action"), tr("Type"), tr("Value")});
    m_ui->entriesTableWidget->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_ui->entriesTableWidget->setColumnWidth(KeyColumn, 200);
    // The Action and Type columns hold combo boxes: as wide as their longest choice in this language.
    const auto comboWidth = [this](const QStringList &items) {
        QComboBox probe(this);
        probe.addItems(items);
        return probe.sizeHint().width();
    };
    m_ui->entriesTableWidget->setColumnWidth(ChangeColumn,
                                             comboWidth({tr("Keep"), tr("Change"), tr("Remove"), tr("Add")}));
    m_ui->entriesTableWidget->setColumnWidth(TypeColumn, comboWidth({tr("Text"), tr("Binary")}));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_ui->errorLabel->hide();
    m_ui->progressBar->hide();
    m_ui->progressLabel->hide();
    m_ui->addEntryButton->setIcon(PaletteIconEngine::icon(QStringLiteral(":/icons/add.svg")));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Add Version"));
    ok->setAccessibleName(tr("Add version"));
    ok->setAccessibleDescription(tr("Sends the new version to Lockbox, where it becomes the current version."));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes the dialog without adding a version."));

    const bool generated = m_secret.passwordPayloadSpecification.has_value();
    m_ui->modeWidget->setVisible(generated);
    m_ui->generateNoteLabel->setVisible(false);
    if (generated) {
        m_ui->generateNoteLabel->setText(
            tr("The service generates a new value for “%1” from the secret's password specification (%2). No values "
               "are sent.")
                .arg(m_secret.passwordPayloadSpecification->passwordKey,
                     StatusPresentation::passwordSpecSummary(*m_secret.passwordPayloadSpecification)));
        m_ui->generateModeRadioButton->setChecked(true);
    } else {
        m_ui->entriesModeRadioButton->setChecked(true);
    }

    connect(m_ui->baseVersionComboBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setBaseVersion(m_ui->baseVersionComboBox->itemData(index).toString()); });
    connect(m_ui->generateModeRadioButton, &QRadioButton::toggled, this, &AddVersionDialog::updateForm);
    connect(m_ui->descriptionLineEdit, &QLineEdit::textChanged, this, &AddVersionDialog::updateForm);
    connect(m_ui->addEntryButton, &QPushButton::clicked, this, &AddVersionDialog::addEntry);
    connect(m_ui->removeEntryButton, &QPushButton::clicked, this, &AddVersionDialog::removeEntry);
    connect(m_ui->loadFileButton, &QPushButton::clicked, this, &AddVersionDialog::chooseFileForCurrentRow);
    connect(m_ui->showValuesCheckBox, &QCheckBox::toggled, this, [this]() {
        for (int row = 0; row < m_rows.size(); ++row) {
            refreshRowWidgets(row);
        }
    });
    connect(m_ui->entriesTableWidget, &QTableWidget::currentCellChanged, this, &AddVersionDialog::updateForm);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddVersionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddVersionDialog::reject);

    int preselected = m_ui->baseVersionComboBox->findData(preselectedBaseId);
    if (preselected < 0 && m_secret.currentVersion) {
        preselected = m_ui->baseVersionComboBox->findData(m_secret.currentVersion->id);
    }
    m_ui->baseVersionComboBox->setCurrentIndex(std::max(preselected, 0));
    setBaseVersion(m_ui->baseVersionComboBox->currentData().toString());
}

AddVersionDialog::~AddVersionDialog() {
    wipeValues();
}

QString AddVersionDialog::baseVersionId() const {
    return m_baseVersionId;
}

bool AddVersionDialog::generateMode() const {
    return m_secret.passwordPayloadSpecification.has_value() && m_ui->generateModeRadioButton->isChecked();
}

bool AddVersionDialog::sendsValue(const Row &row) const {
    return row.change == Change::Set || row.change == Change::Add;
}

qint64 AddVersionDialog::valueBytes(const Row &row) {
    return row.binary ? row.bytes.size() : row.text.toUtf8().size();
}

void AddVersionDialog::setBaseVersion(const QString &versionId) {
    m_baseVersionId = versionId;
    QStringList baseKeys;
    for (const Version &v : std::as_const(m_candidates)) {
        if (v.id == versionId) {
            baseKeys = v.payloadEntryKeys;
        }
    }
    // Keep what the user has done so far: changes to keys the new base has too, and every new key.
    QHash<QString, Row> edited;
    QList<Row> added;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.change == Change::Add || (row.change == Change::Set && !baseKeys.contains(row.key))) {
            Row moved = row;
            moved.inherited = false;
            moved.change = Change::Add;
            added.append(moved);
        } else if (row.change != Change::Keep) {
            edited.insert(row.key, row);
        }
    }
    QList<Row> rows;
    for (const QString &key : std::as_const(baseKeys)) {
        Row row = edited.value(key);
        row.key = key;
        row.inherited = true;
        const auto sameKey = std::find_if(added.begin(), added.end(), [&](const Row &a) { return a.key == key; });
        if (sameKey != added.end()) {
            // A new key that the new base already has becomes a change of that key.
            row = *sameKey;
            row.inherited = true;
            row.change = Change::Set;
            added.erase(sameKey);
        }
        rows.append(row);
    }
    rows.append(added);
    m_rows = rows;
    m_ui->baseKeysLabel->setText(baseKeys.isEmpty() ? tr("none") : baseKeys.join(QStringLiteral(", ")));
    rebuildTable();
}

void AddVersionDialog::rebuildTable() {
    QTableWidget *table = m_ui->entriesTableWidget;
    table->clearContents();
    table->setRowCount(static_cast<int>(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (r.inherited) {
            auto *keyItem = new QTableWidgetItem(r.key);
            keyItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            keyItem->setToolTip(tr("A key of the base version"));
            table->setItem(row, KeyColumn, keyItem);

            auto *change = new QComboBox(table);
            change->setObjectName(QStringLiteral("changeComboBox"));
            change->setAccessibleName(tr("Change of key %1").arg(r.key));
            change->setAccessibleDescription(tr("Keep the base version's value, change it, or remove the key."));
            change->addItem(tr("Keep"), static_cast<int>(Change::Keep));
            change->addItem(tr("Change"), static_cast<int>(Change::Set));
            change->addItem(tr("Remove"), static_cast<int>(Change::Remove));
            change->setCurrentIndex(change->findData(static_cast<int>(r.change)));
            connect(change, &QComboBox::currentIndexChanged, this, [this, row, change]() {
                Row &target = m_rows[row];
                target.change = static_cast<Change>(change->currentData().toInt());
                if (!sendsValue(target)) {
                    // Keep or Remove: the typed value is dropped, not kept around unseen.
                    SecretPayload::wipeBytes(target.bytes);
                    target.bytes.clear();
                    target.text.fill(QChar());
                    target.text.clear();
                    target.fileName.clear();
                }
                refreshRowWidgets(row);
                updateForm();
            });
            table->setCellWidget(row, ChangeColumn, change);
        } else {
            auto *keyEdit = new QLineEdit(r.key, table);
            keyEdit->setObjectName(QStringLiteral("keyLineEdit"));
            keyEdit->setAccessibleName(tr("Key of new entry %1").arg(row + 1));
            keyEdit->setPlaceholderText(tr("new key"));
            keyEdit->setFrame(false);
            connect(keyEdit, &QLineEdit::textChanged, this, [this, row](const QString &text) {
                if (!m_syncingWidgets) {
                    m_rows[row].key = text;
                    updateForm();
                }
            });
            table->setCellWidget(row, KeyColumn, keyEdit);
            auto *changeItem = new QTableWidgetItem(tr("Add"));
            changeItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            table->setItem(row, ChangeColumn, changeItem);
        }

        auto *type = new QComboBox(table);
        type->setObjectName(QStringLiteral("typeComboBox"));
        type->setAccessibleName(tr("Value type of row %1").arg(row + 1));
        type->setAccessibleDescription(tr("Whether the value is text or binary data."));
        type->addItem(tr("Text"), false);
        type->addItem(tr("Binary"), true);
        type->setCurrentIndex(r.binary ? 1 : 0);
        connect(type, &QComboBox::currentIndexChanged, this, [this, row, type]() {
            if (m_syncingWidgets) {
                return;
            }
            Row &target = m_rows[row];
            const bool binary = type->currentData().toBool();
            if (binary == target.binary) {
                return;
            }
            // "Not UTF-8 text, choose Binary" (or the reverse) no longer applies to this row.
            if (m_fileProblemRow == row) {
                m_fileProblemRow = -1;
                m_ui->errorLabel->hide();
            }
            // Typed text becomes bytes and back; a file's content is kept as loaded.
            if (binary) {
                target.bytes = target.text.toUtf8();
                target.text.fill(QChar());
                target.text.clear();
            } else {
                auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                const QString decoded = decode(target.bytes);
                if (!decode.hasError()) {
                    target.text = decoded;
                    SecretPayload::wipeBytes(target.bytes);
                    target.bytes.clear();
                } else {
                    target.text.clear();
                    SecretPayload::wipeBytes(target.bytes);
                    target.bytes.clear();
                    target.fileName.clear();
                }
            }
            target.binary = binary;
            refreshRowWidgets(row);
            updateForm();
        });
        table->setCellWidget(row, TypeColumn, type);

        auto *value = new QLineEdit(table);
        value->setObjectName(QStringLiteral("valueLineEdit"));
        value->setAccessibleName(tr("Value of row %1").arg(row + 1));
        value->setFrame(false);
        connect(value, &QLineEdit::textChanged, this, [this, row](const QString &text) {
            Row &target = m_rows[row];
            if (m_syncingWidgets || target.binary || !target.fileName.isEmpty()) {
                return;
            }
            target.text = text;
            updateForm();
        });
        value->setMaxLength(2 * limits::kMaxEntryValueBytes); // beyond the limit, so validation can say so
        table->setCellWidget(row, ValueColumn, value);
        for (int column = 0; column < ColumnCount; ++column) {
            if (QWidget *w = table->cellWidget(row, column)) {
                w->installEventFilter(this);
            }
        }
        refreshRowWidgets(row);
    }
    QList<QWidget *> cells;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            cells.append(table->cellWidget(row, column));
        }
    }
    chainAfter(table, cells);
    updateForm();
}

bool AddVersionDialog::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FocusIn) {
        QTableWidget *table = m_ui->entriesTableWidget;
        if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->parentWidget() == table->viewport()) {
            const QModelIndex index = table->indexAt(widget->geometry().center());
            if (index.isValid() && index.row() != table->currentRow()) {
                table->setCurrentCell(index.row(), index.column());
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AddVersionDialog::refreshRowWidgets(int row) {
    QTableWidget *table = m_ui->entriesTableWidget;
    const Row &r = m_rows.at(row);
    auto *type = qobject_cast<QComboBox *>(table->cellWidget(row, TypeColumn));
    auto *value = qobject_cast<QLineEdit *>(table->cellWidget(row, ValueColumn));
    if (!type || !value) {
        return;
    }
    if (QTableWidgetItem *keyItem = table->item(row, KeyColumn)) {
        QFont font = keyItem->font();
        font.setStrikeOut(r.change == Change::Remove);
        keyItem->setFont(font);
    }
    m_syncingWidgets = true;
    const bool sends = sendsValue(r);
    type->setEnabled(sends && !m_busy);
    type->setCurrentIndex(r.binary ? 1 : 0);
    const bool fromFile = r.binary || !r.fileName.isEmpty();
    value->setEnabled(sends && !m_busy);
    value->setReadOnly(fromFile);
    if (!sends) {
        value->clear();
        value->setEchoMode(QLineEdit::Normal);
        value->setPlaceholderText(r.change == Change::Remove ? tr("removed from the new version")
                                                             : tr("kept from the base version"));
    } else if (fromFile) {
        const qint64 size = valueBytes(r);
        value->setEchoMode(QLineEdit::Normal);
        value->setPlaceholderText(tr("use Load Value from File…"));
        if (r.fileName.isEmpty() && size == 0) {
            value->clear();
        } else if (r.fileName.isEmpty()) {
            value->setText(tr("<%Ln byte(s)>", nullptr, static_cast<int>(size)));
        } else {
            value->setText(tr("<%Ln byte(s)> from %1", nullptr, static_cast<int>(size)).arg(r.fileName));
        }
    } else {
        value->setEchoMode(m_ui->showValuesCheckBox->isChecked() ? QLineEdit::Normal : QLineEdit::Password);
        value->setPlaceholderText(tr("new value"));
        if (value->text() != r.text) {
            value->setText(r.text);
        }
    }
    m_syncingWidgets = false;
}

QStringList AddVersionDialog::validationProblems() const {
    QStringList problems;
    const QString description = m_ui->descriptionLineEdit->text();
    if (description.size() > limits::kMaxVersionDescription) {
        problems << tr("The description is %1 characters long; at most %2 are allowed.")
                        .arg(description.size())
                        .arg(limits::kMaxVersionDescription);
    }
    if (generateMode()) {
        return problems;
    }

    static const QRegularExpression keyPattern(limits::kEntryKeyPattern);
    QSet<QString> seen;
    QSet<QString> reported;
    int resultingKeys = 0;
    bool changed = false;
    for (const Row &r : m_rows) {
        changed = changed || r.change != Change::Keep;
        if (r.change != Change::Remove) {
            ++resultingKeys;
        }
        if (r.change == Change::Add) {
            if (r.key.isEmpty()) {
                problems << tr("A new key has no name.");
                continue;
            }
            if (r.key.size() > limits::kMaxEntryKeyLength) {
                problems << tr("The key “%1…” is longer than %2 characters.")
                                .arg(r.key.left(24))
                                .arg(limits::kMaxEntryKeyLength);
            } else if (!keyPattern.match(r.key).hasMatch()) {
                problems << tr("The key “%1” may contain only Latin letters, digits and - _ . / \\ @.").arg(r.key);
            }
        }
        if (seen.contains(r.key) && !reported.contains(r.key)) {
            reported.insert(r.key);
            problems << tr("The key “%1” is listed twice. To change a key of the base version, choose Change in its "
                           "row.")
                            .arg(r.key);
        }
        seen.insert(r.key);
        if (!sendsValue(r)) {
            continue;
        }
        const qint64 size = valueBytes(r);
        if (size == 0) {
            if (r.binary) {
                problems << tr("Load a file for the binary value of “%1”.").arg(r.key);
            } else if (r.change == Change::Add) {
                // A new key has no Remove choice; its row goes with the Remove New Key button.
                problems << tr("The value of the new key “%1” is empty. Type a value, or drop the key with Remove "
                               "New Key.")
                                .arg(r.key);
            } else {
                problems << tr("The value of “%1” is empty. An empty value removes the key: choose Remove "
                               "to remove it.")
                                .arg(r.key);
            }
        } else if (size > limits::kMaxEntryValueBytes) {
            problems << tr("The value of “%1” is %2 bytes; at most %3 bytes are allowed.")
                            .arg(r.key, bytesText(size), bytesText(limits::kMaxEntryValueBytes));
        }
    }
    const qint64 total = sentValueBytes();
    if (total > limits::kMaxVersionPayloadBytes) {
        problems << tr("The values sent total %1 bytes; a version may hold at most %2 bytes of values.")
                        .arg(bytesText(total), bytesText(limits::kMaxVersionPayloadBytes));
    }
    if (changed && resultingKeys == 0) {
        problems << tr("The new version would have no keys: keep or add at least one.");
    }
    if (problems.isEmpty() && nothingChanged()) {
        problems << tr("Nothing to add yet: change, remove or add a key, or enter a description.");
    }
    return problems;
}

bool AddVersionDialog::nothingChanged() const {
    const bool changed =
        std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.change != Change::Keep; });
    return !generateMode() && !changed && m_ui->descriptionLineEdit->text().trimmed().isEmpty();
}

QString AddVersionDialog::changeSummary() const {
    if (generateMode()) {
        return {}; // the note above the table says it
    }
    int changed = 0;
    int removed = 0;
    int added = 0;
    for (const Row &r : m_rows) {
        changed += r.change == Change::Set ? 1 : 0;
        removed += r.change == Change::Remove ? 1 : 0;
        added += r.change == Change::Add ? 1 : 0;
    }
    if (changed + removed + added == 0) {
        return tr("Only the description changes; the values are those of the base version.");
    }
    return tr("To send: %1 changed, %2 removed, %3 added; other keys are kept from the base version.")
        .arg(changed)
        .arg(removed)
        .arg(added);
}

qint64 AddVersionDialog::sentValueBytes() const {
    qint64 total = 0;
    for (const Row &r : m_rows) {
        if (sendsValue(r)) {
            total += valueBytes(r);
        }
    }
    return total;
}

namespace {
// What tells two requests apart, as a digest: no second copy of the values is kept. Each field is
// length-prefixed so that different splits of the same bytes differ. Unsalted is enough: the digest
// lives no longer than the dialog, which holds the values themselves.
QByteArray digestOf(const AddVersionRequest &request) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QByteArray &bytes) {
        const qint64 size = bytes.size();
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(bytes);
    };
    add(request.description.toUtf8());
    add(request.baseVersionId.toUtf8());
    for (const PayloadEntryChange &entry : request.payloadEntries) {
        add(entry.key.toUtf8());
        add(QByteArray::number(static_cast<int>(entry.kind)));
        QByteArray text = entry.textValue.toUtf8();
        add(text);
        SecretPayload::wipeBytes(text);
        add(entry.binaryValue);
    }
    return hash.result();
}
} // namespace

AddVersionRequest AddVersionDialog::request() const {
    AddVersionRequest request;
    request.description = m_ui->descriptionLineEdit->text();
    request.baseVersionId = m_baseVersionId;
    if (generateMode()) {
        return request; // the service generates the password; entries must be omitted
    }
    for (const Row &r : m_rows) {
        PayloadEntryChange change;
        change.key = r.key;
        switch (r.change) {
        case Change::Keep:
            continue;
        case Change::Remove:
            change.kind = PayloadEntryChange::Kind::Remove;
            break;
        case Change::Set:
        case Change::Add:
            if (r.binary) {
                change.kind = PayloadEntryChange::Kind::Binary;
                change.binaryValue = r.bytes;
            } else {
                change.kind = PayloadEntryChange::Kind::Text;
                change.textValue = r.text;
            }
            break;
        }
        request.payloadEntries.append(change);
    }
    return request;
}

int AddVersionDialog::rowOfKey(const QString &key) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key) {
            return row;
        }
    }
    return -1;
}

void AddVersionDialog::updateForm() {
    const bool generate = generateMode();
    const bool editable = !generate && !m_busy;
    m_ui->entriesTableWidget->setEnabled(!generate);
    m_ui->generateNoteLabel->setVisible(generate);
    const int current = m_ui->entriesTableWidget->currentRow();
    const bool rowSendsValue = current >= 0 && current < m_rows.size() && sendsValue(m_rows.at(current));
    m_ui->addEntryButton->setEnabled(editable);
    m_ui->removeEntryButton->setEnabled(editable && current >= 0 && current < m_rows.size() &&
                                        m_rows.at(current).change == Change::Add);
    m_ui->loadFileButton->setEnabled(editable && rowSendsValue);
    m_ui->showValuesCheckBox->setEnabled(!generate);

    m_ui->sizeLabel->setVisible(!generate);
    m_ui->sizeLabel->setText(tr("Values sent: %1 of %2 bytes. Values kept from the base version are not counted: "
                                "this dialog does not read them, and the server checks the version's total.")
                                 .arg(bytesText(sentValueBytes()), bytesText(limits::kMaxVersionPayloadBytes)));

    const QStringList problems = validationProblems();
    // "Nothing yet" is a hint, not an error; a valid form says what OK will send.
    const bool hintOnly = problems.isEmpty() || (problems.size() == 1 && nothingChanged());
    m_ui->validationLabel->setStyleSheet(hintOnly ? QString() : QStringLiteral("QLabel { color: #c62828; }"));
    m_ui->validationLabel->setText(problems.isEmpty() ? changeSummary() : problems.join(QLatin1Char('\n')));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty() && !m_busy);
}

void AddVersionDialog::addEntry() {
    Row row;
    row.change = Change::Add;
    m_rows.append(row);
    rebuildTable();
    const int last = static_cast<int>(m_rows.size()) - 1;
    m_ui->entriesTableWidget->setCurrentCell(last, KeyColumn);
    if (QWidget *edit = m_ui->entriesTableWidget->cellWidget(last, KeyColumn)) {
        edit->setFocus();
    }
}

void AddVersionDialog::removeEntry() {
    const int current = m_ui->entriesTableWidget->currentRow();
    if (current < 0 || current >= m_rows.size() || m_rows.at(current).change != Change::Add) {
        return;
    }
    Row &row = m_rows[current];
    SecretPayload::wipeBytes(row.bytes);
    row.text.fill(QChar());
    m_rows.removeAt(current);
    if (m_fileProblemRow == current) { // the file problem went with its row
        m_fileProblemRow = -1;
        m_ui->errorLabel->hide();
    } else if (m_fileProblemRow > current) {
        --m_fileProblemRow;
    }
    rebuildTable();
}

void AddVersionDialog::chooseFileForCurrentRow() {
    const int row = m_ui->entriesTableWidget->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Load Value from File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, row](const QString &path) { loadValueFromFile(row, path); });
    dialog->open();
}

bool AddVersionDialog::loadValueFromFile(int row, const QString &path) {
    if (row < 0 || row >= m_rows.size() || !sendsValue(m_rows.at(row))) {
        return false;
    }
    auto showProblem = [this, row](const QString &text) {
        m_ui->errorLabel->setText(text);
        m_ui->errorLabel->show();
        m_fileProblemRow = row;
    };
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Cannot read %1: %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > limits::kMaxEntryValueBytes) {
        showProblem(tr("%1 is %2 bytes; a value may be at most %3 bytes.")
                        .arg(name, bytesText(file.size()), bytesText(limits::kMaxEntryValueBytes)));
        return false;
    }
    QByteArray content = file.read(limits::kMaxEntryValueBytes + 1);
    Row &target = m_rows[row];
    if (target.binary) {
        SecretPayload::wipeBytes(target.bytes);
        target.bytes = content;
    } else {
        auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decode(content);
        SecretPayload::wipeBytes(content);
        if (decode.hasError()) {
            showProblem(tr("%1 is not UTF-8 text. Choose the Binary type to send it as bytes.").arg(name));
            return false;
        }
        target.text = text;
    }
    target.fileName = name;
    m_ui->errorLabel->hide();
    m_fileProblemRow = -1;
    refreshRowWidgets(row);
    updateForm();
    return true;
}

void AddVersionDialog::accept() {
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (m_busy || !validationProblems().isEmpty()) {
        return;
    }
    m_ui->errorLabel->hide();
    setBusy(true);
    ApiClient *client = m_runner->client();
    const QString secretId = m_secret.id;
    AddVersionRequest request = this->request();
    const QByteArray digest = digestOf(request);
    request.idempotencyKey = !m_unknownKey.isEmpty() && digest == m_unknownDigest
                                 ? m_unknownKey
                                 : QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_runner->run(
        this,
        [client, secretId, request](QObject *context, ApiClient::Callback<Operation> callback) {
            client->addVersion(secretId, request, context, std::move(callback));
        },
        [this, key = request.idempotencyKey, digest](const Result<Operation> &result) {
            setBusy(false);
            if (!result.ok()) {
                const ApiError &error = result.error();
                QString text;
                if (error.outcomeUnknown) {
                    m_unknownKey = key;
                    m_unknownDigest = digest;
                    text = tr("The server may have added the version, but has not confirmed it.") + QLatin1Char('\n') +
                           ErrorText::describe(error, result.requestId()) + QLatin1Char('\n') +
                           tr("The versions are being read again: if the new version is listed, it was added. "
                              "Sending the same request again reuses its idempotency key, so the server answers "
                              "with the operation it already ran instead of adding a second version.");
                } else {
                    m_unknownKey.clear();
                    m_unknownDigest.clear();
                    text = tr("The version was not added.") + QLatin1Char('\n') +
                           ErrorText::describe(error, result.requestId());
                }
                m_ui->errorLabel->setText(text);
                m_ui->errorLabel->show();
                m_fileProblemRow = -1;
                return;
            }
            m_addedVersion = result.value().responseVersion();
            if (m_addedVersion) {
                Q_EMIT versionAdded(*m_addedVersion);
            }
            m_done = true;
            accept();
        },
        tr("Add version", "an entry in the operations panel"), OperationLog::target(secretId));
}

void AddVersionDialog::reject() {
    if (m_busy) {
        return;
    }
    // A prepared version (changed, added or removed keys, a description) is not dropped by a stray
    // Esc; an untouched draft closes at once.
    if (!m_done && !nothingChanged()) {
        m_discardQuestion.ask(this, tr("Discard the new version you have prepared?"), [this]() { QDialog::reject(); });
        return;
    }
    QDialog::reject();
}

void AddVersionDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->progressLabel->setVisible(busy);
    m_ui->progressLabel->setText(busy ? tr("Adding the version…") : QString());
    m_ui->baseVersionComboBox->setEnabled(!busy);
    m_ui->modeWidget->setEnabled(!busy);
    m_ui->descriptionLineEdit->setReadOnly(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    QTableWidget *table = m_ui->entriesTableWidget;
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (QWidget *w = table->cellWidget(row, column)) {
                w->setEnabled(!busy);
            }
        }
        refreshRowWidgets(row);
    }
    updateForm();
}

void AddVersionDialog::wipeValues() {
    for (Row &row : m_rows) {
        SecretPayload::wipeBytes(row.bytes);
        row.text.fill(QChar());
    }
}

} // namespace lockbox::ui
