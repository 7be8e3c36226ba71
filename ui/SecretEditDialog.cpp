#include "SecretEditDialog.h"

#include "ui_SecretEditDialog.h"

#include "ErrorText.h"
#include "Limits.h"
#include "PaletteIconEngine.h"
#include "PasswordGenerator.h"
#include "PasswordSpecDialog.h"
#include "TabOrder.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>

namespace lockbox::ui {

namespace {

constexpr auto kErrorStyle = "QLabel { color: #c62828; }";

const QRegularExpression &labelKeyPattern() {
    static const QRegularExpression pattern(limits::kLabelKeyPattern);
    return pattern;
}

const QRegularExpression &labelValuePattern() {
    static const QRegularExpression pattern(limits::kLabelValuePattern);
    return pattern;
}

const QRegularExpression &entryKeyPattern() {
    static const QRegularExpression pattern(limits::kEntryKeyPattern);
    return pattern;
}

} // namespace

SecretEditDialog::SecretEditDialog(OperationRunner *runner, Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SecretEditDialog>()), m_runner(runner), m_mode(mode) {
    m_ui->setupUi(this);
    m_ui->labelsTableWidget->setColumnCount(2);
    m_ui->labelsTableWidget->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_ui->labelsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->labelsTableWidget->verticalHeader()->hide();
    m_ui->labelsTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->labelsTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->entriesTableWidget->setColumnCount(2);
    m_ui->entriesTableWidget->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_ui->entriesTableWidget->horizontalHeader()->setSectionResizeMode(EntryKeyColumn, QHeaderView::Interactive);
    m_ui->entriesTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->entriesTableWidget->setColumnWidth(EntryKeyColumn, 200);
    m_ui->entriesTableWidget->verticalHeader()->hide();
    m_ui->entriesTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->entriesTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->punctuationModeComboBox->addItem(tr("All punctuation"), static_cast<int>(PunctuationMode::All));
    m_ui->punctuationModeComboBox->addItem(tr("Only these"), static_cast<int>(PunctuationMode::OnlyThese));
    m_ui->punctuationModeComboBox->addItem(tr("All except these"), static_cast<int>(PunctuationMode::AllExcept));
    m_ui->passwordKeyLineEdit->setText(QStringLiteral("password"));
    m_ui->lengthSpinBox->setRange(1, limits::kMaxPasswordLength);
    m_ui->lengthSpinBox->setValue(limits::kDefaultPasswordLength);
    m_ui->validationLabel->setStyleSheet(QLatin1String(kErrorStyle));
    m_ui->errorLabel->setStyleSheet(QLatin1String(kErrorStyle));
    m_ui->errorLabel->hide();
    m_ui->validationLabel->hide();
    m_ui->progressBar->hide();
    m_ui->progressLabel->hide();
    m_ui->addLabelButton->setIcon(PaletteIconEngine::icon(QStringLiteral(":/icons/add.svg")));
    m_ui->addEntryButton->setIcon(PaletteIconEngine::icon(QStringLiteral(":/icons/add.svg")));

    const auto changed = [this]() {
        if (!m_syncing) {
            m_touched = true;
            updateForm();
        }
    };
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->descriptionPlainTextEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->kmsKeyIdLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->deletionProtectionCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->labelsTableWidget, &QTableWidget::itemChanged, this, changed);
    connect(m_ui->userValuesRadioButton, &QRadioButton::toggled, this, [this, changed]() {
        m_ui->contentStackedWidget->setCurrentWidget(m_ui->userValuesRadioButton->isChecked() ? m_ui->userValuesPage
                                                                                              : m_ui->generatedPage);
        changed();
    });
    connect(m_ui->noVersionCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->versionDescriptionLineEdit, &QLineEdit::textChanged, this, changed);
    for (QCheckBox *box :
         {m_ui->uppercaseCheckBox, m_ui->lowercaseCheckBox, m_ui->digitsCheckBox, m_ui->punctuationCheckBox}) {
        connect(box, &QCheckBox::toggled, this, changed);
    }
    connect(m_ui->passwordKeyLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->lengthSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->punctuationModeComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->punctuationLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->addLabelButton, &QPushButton::clicked, this, [this]() {
        const int row = addLabelRow();
        m_ui->labelsTableWidget->setCurrentCell(row, LabelKeyColumn);
        m_ui->labelsTableWidget->editItem(m_ui->labelsTableWidget->item(row, LabelKeyColumn));
    });
    connect(m_ui->removeLabelButton, &QPushButton::clicked, this,
            [this]() { removeCurrentRow(m_ui->labelsTableWidget); });
    connect(m_ui->addEntryButton, &QPushButton::clicked, this, [this]() {
        const int row = addEntryRow();
        if (QLineEdit *key = entryEdit(row, EntryKeyColumn)) {
            key->setFocus();
        }
    });
    connect(m_ui->removeEntryButton, &QPushButton::clicked, this,
            [this]() { removeCurrentRow(m_ui->entriesTableWidget); });
    connect(m_ui->showValuesCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        for (int row = 0; row < m_ui->entriesTableWidget->rowCount(); ++row) {
            if (QLineEdit *value = entryEdit(row, EntryValueColumn)) {
                value->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
            }
        }
    });
    connect(m_ui->labelsTableWidget, &QTableWidget::currentCellChanged, this, changed);
    connect(m_ui->entriesTableWidget, &QTableWidget::currentCellChanged, this, changed);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SecretEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SecretEditDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes the dialog without changing anything."));
}

SecretEditDialog::SecretEditDialog(OperationRunner *runner, const QString &folderId, QWidget *parent)
    : SecretEditDialog(runner, Mode::Create, parent) {
    m_folderId = folderId;
    setFolderDescription(folderId);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create &Secret"));
    ok->setAccessibleName(tr("Create secret"));
    ok->setAccessibleDescription(tr("Creates the secret in the folder."));
    addEntryRow();
    updateForm();
}

SecretEditDialog::SecretEditDialog(OperationRunner *runner, Secret secret, QWidget *parent)
    : SecretEditDialog(runner, Mode::Edit, parent) {
    m_secret = std::move(secret);
    m_folderId = m_secret.folderId;
    setWindowTitle(tr("Edit Secret — %1").arg(m_secret.name.isEmpty() ? m_secret.id : m_secret.name));
    m_syncing = true;
    m_ui->nameLineEdit->setText(m_secret.name);
    m_ui->descriptionPlainTextEdit->setPlainText(m_secret.description);
    m_ui->deletionProtectionCheckBox->setChecked(m_secret.deletionProtection);
    for (auto it = m_secret.labels.cbegin(); it != m_secret.labels.cend(); ++it) {
        addLabelRow(it.key(), it.value());
    }
    m_syncing = false;
    // What can be changed after creation: the rest is fixed (KMS key) or has its own actions (versions).
    m_ui->formLayout->setRowVisible(m_ui->kmsKeyIdLineEdit, false);
    m_ui->contentGroupBox->hide();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Save"));
    ok->setAccessibleName(tr("Save the secret"));
    ok->setAccessibleDescription(tr("Saves the changes to the secret."));
    updateForm();
    resize(width(), sizeHint().height());
}

void SecretEditDialog::setFolderDescription(const QString &folder) {
    if (m_mode == Mode::Create) {
        setWindowTitle(tr("New Secret in %1").arg(folder));
    }
}

SecretEditDialog::~SecretEditDialog() {
    clearValues();
}

void SecretEditDialog::clearValues() {
    for (int row = 0; row < m_ui->entriesTableWidget->rowCount(); ++row) {
        if (QLineEdit *value = entryEdit(row, EntryValueColumn)) {
            QString text = value->text();
            text.fill(QChar());
            value->clear();
        }
    }
}

int SecretEditDialog::addLabelRow(const QString &key, const QString &value) {
    QTableWidget *table = m_ui->labelsTableWidget;
    const bool wasSyncing = std::exchange(m_syncing, true);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, LabelKeyColumn, new QTableWidgetItem(key));
    table->setItem(row, LabelValueColumn, new QTableWidgetItem(value));
    m_syncing = wasSyncing;
    if (!m_syncing) {
        updateForm();
    }
    return row;
}

int SecretEditDialog::addEntryRow(const QString &key, const QString &value) {
    QTableWidget *table = m_ui->entriesTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *keyEdit = new QLineEdit(key, table);
    keyEdit->setObjectName(QStringLiteral("entryKeyLineEdit"));
    keyEdit->setAccessibleName(tr("Key of entry %1").arg(row + 1));
    keyEdit->setPlaceholderText(tr("key"));
    keyEdit->setFrame(false);
    keyEdit->setMaxLength(limits::kMaxEntryKeyLength);
    auto *valueEdit = new QLineEdit(value, table);
    valueEdit->setObjectName(QStringLiteral("entryValueLineEdit"));
    valueEdit->setAccessibleName(tr("Value of entry %1").arg(row + 1));
    valueEdit->setPlaceholderText(tr("text value"));
    valueEdit->setFrame(false);
    valueEdit->setEchoMode(m_ui->showValuesCheckBox->isChecked() ? QLineEdit::Normal : QLineEdit::Password);
    valueEdit->setMaxLength(2 * limits::kMaxEntryValueBytes); // beyond the limit, so validation can say so
    table->setCellWidget(row, EntryKeyColumn, keyEdit);
    table->setCellWidget(row, EntryValueColumn, valueEdit);
    // After the last row's editors (or the table), before the buttons below it.
    chainAfter(row > 0 ? table->cellWidget(row - 1, EntryValueColumn) : table, {keyEdit, valueEdit});
    for (QLineEdit *edit : {keyEdit, valueEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this]() {
            if (!m_syncing) {
                m_touched = true;
                updateForm();
            }
        });
    }
    // Focus in a row's editor makes that row current, so Remove acts on what is being edited.
    connect(keyEdit, &QLineEdit::cursorPositionChanged, this, [table, keyEdit]() {
        const QModelIndex index = table->indexAt(keyEdit->geometry().center());
        if (index.isValid() && index.row() != table->currentRow()) {
            table->setCurrentCell(index.row(), EntryKeyColumn);
        }
    });
    connect(valueEdit, &QLineEdit::cursorPositionChanged, this, [table, valueEdit]() {
        const QModelIndex index = table->indexAt(valueEdit->geometry().center());
        if (index.isValid() && index.row() != table->currentRow()) {
            table->setCurrentCell(index.row(), EntryValueColumn);
        }
    });
    if (!m_syncing) {
        updateForm();
    }
    return row;
}

void SecretEditDialog::removeCurrentRow(QTableWidget *table) {
    const int row = table->currentRow();
    if (row < 0) {
        return;
    }
    if (table == m_ui->entriesTableWidget) {
        if (QLineEdit *value = entryEdit(row, EntryValueColumn)) {
            value->clear();
        }
        // The cell widgets' accessible names carry row numbers: renumber what follows.
        table->removeRow(row);
        for (int r = row; r < table->rowCount(); ++r) {
            entryEdit(r, EntryKeyColumn)->setAccessibleName(tr("Key of entry %1").arg(r + 1));
            entryEdit(r, EntryValueColumn)->setAccessibleName(tr("Value of entry %1").arg(r + 1));
        }
    } else {
        table->removeRow(row);
    }
    updateForm();
}

QLineEdit *SecretEditDialog::entryEdit(int row, int column) const {
    return qobject_cast<QLineEdit *>(m_ui->entriesTableWidget->cellWidget(row, column));
}

QMap<QString, QString> SecretEditDialog::labels() const {
    QMap<QString, QString> labels;
    QTableWidget *table = m_ui->labelsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString key =
            table->item(row, LabelKeyColumn) ? table->item(row, LabelKeyColumn)->text().trimmed() : QString();
        const QString value =
            table->item(row, LabelValueColumn) ? table->item(row, LabelValueColumn)->text().trimmed() : QString();
        if (!key.isEmpty()) {
            labels.insert(key, value);
        }
    }
    return labels;
}

PasswordPayloadSpecification SecretEditDialog::passwordSpecification() const {
    PasswordPayloadSpecification spec;
    spec.passwordKey = m_ui->passwordKeyLineEdit->text().trimmed();
    spec.length = m_ui->lengthSpinBox->value();
    spec.includeUppercase = m_ui->uppercaseCheckBox->isChecked();
    spec.includeLowercase = m_ui->lowercaseCheckBox->isChecked();
    spec.includeDigits = m_ui->digitsCheckBox->isChecked();
    spec.includePunctuation = m_ui->punctuationCheckBox->isChecked();
    if (spec.punctuation()) {
        const auto mode = static_cast<PunctuationMode>(m_ui->punctuationModeComboBox->currentData().toInt());
        if (mode == PunctuationMode::OnlyThese) {
            spec.includedPunctuation = m_ui->punctuationLineEdit->text();
        } else if (mode == PunctuationMode::AllExcept) {
            spec.excludedPunctuation = m_ui->punctuationLineEdit->text();
        }
    }
    return spec;
}

CreateSecretRequest SecretEditDialog::createRequest() const {
    CreateSecretRequest request;
    request.folderId = m_folderId;
    request.name = m_ui->nameLineEdit->text().trimmed();
    request.description = m_ui->descriptionPlainTextEdit->toPlainText();
    request.labels = labels();
    request.kmsKeyId = m_ui->kmsKeyIdLineEdit->text().trimmed();
    request.deletionProtection = m_ui->deletionProtectionCheckBox->isChecked();
    if (m_ui->generatedRadioButton->isChecked()) {
        request.passwordPayloadSpecification = passwordSpecification();
        request.createVersion = true;
        return request;
    }
    if (m_ui->noVersionCheckBox->isChecked()) {
        request.createVersion = false;
        return request;
    }
    request.versionDescription = m_ui->versionDescriptionLineEdit->text().trimmed();
    for (int row = 0; row < m_ui->entriesTableWidget->rowCount(); ++row) {
        const QString key = entryEdit(row, EntryKeyColumn)->text().trimmed();
        if (key.isEmpty() && entryEdit(row, EntryValueColumn)->text().isEmpty()) {
            continue;
        }
        PayloadEntryChange change;
        change.key = key;
        change.kind = PayloadEntryChange::Kind::Text;
        change.textValue = entryEdit(row, EntryValueColumn)->text();
        request.versionPayloadEntries.append(change);
    }
    request.createVersion = true;
    return request;
}

UpdateSecretRequest SecretEditDialog::updateRequest() const {
    UpdateSecretRequest request;
    request.name = m_ui->nameLineEdit->text().trimmed();
    request.description = m_ui->descriptionPlainTextEdit->toPlainText();
    request.labels = labels();
    request.deletionProtection = m_ui->deletionProtectionCheckBox->isChecked();
    if (request.name != m_secret.name) {
        request.updateMask << QStringLiteral("name");
    }
    if (request.description != m_secret.description) {
        request.updateMask << QStringLiteral("description");
    }
    if (request.labels != m_secret.labels) {
        request.updateMask << QStringLiteral("labels");
    }
    if (request.deletionProtection != m_secret.deletionProtection) {
        request.updateMask << QStringLiteral("deletionProtection");
    }
    return request;
}

bool SecretEditDialog::hasChanges() const {
    return m_mode == Mode::Create || !updateRequest().updateMask.isEmpty();
}

QStringList SecretEditDialog::labelProblems() const {
    QStringList problems;
    QTableWidget *table = m_ui->labelsTableWidget;
    QSet<QString> seen;
    int count = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString key =
            table->item(row, LabelKeyColumn) ? table->item(row, LabelKeyColumn)->text().trimmed() : QString();
        const QString value =
            table->item(row, LabelValueColumn) ? table->item(row, LabelValueColumn)->text().trimmed() : QString();
        if (key.isEmpty()) {
            if (!value.isEmpty()) {
                problems << tr("The label in row %1 has a value but no key.").arg(row + 1);
            }
            continue;
        }
        ++count;
        if (key.size() > limits::kMaxLabelKey || !labelKeyPattern().match(key).hasMatch()) {
            problems << tr("Label key “%1”: start with a lowercase Latin letter; then use only a–z, 0–9, - and _ (at "
                           "most %2 characters).")
                            .arg(key)
                            .arg(limits::kMaxLabelKey);
        }
        if (value.size() > limits::kMaxLabelValue || !labelValuePattern().match(value).hasMatch()) {
            problems << tr("Label value “%1”: use only a–z, 0–9, - and _ (at most %2 characters).")
                            .arg(value)
                            .arg(limits::kMaxLabelValue);
        }
        if (seen.contains(key)) {
            problems << tr("Label key “%1” appears twice.").arg(key);
        }
        seen.insert(key);
    }
    if (count > limits::kMaxLabels) {
        problems << tr("A secret has at most %1 labels.").arg(limits::kMaxLabels);
    }
    return problems;
}

QStringList SecretEditDialog::contentProblems() const {
    QStringList problems;
    if (m_mode != Mode::Create) {
        return problems;
    }
    if (m_ui->generatedRadioButton->isChecked()) {
        const PasswordPayloadSpecification spec = passwordSpecification();
        const auto mode = static_cast<PunctuationMode>(m_ui->punctuationModeComboBox->currentData().toInt());
        if (spec.punctuation() && mode == PunctuationMode::OnlyThese && spec.includedPunctuation.isEmpty()) {
            problems << tr("List the punctuation characters to use.");
        } else if (spec.punctuation() && mode == PunctuationMode::AllExcept && spec.excludedPunctuation.isEmpty()) {
            problems << tr("List the punctuation characters to leave out.");
        } else if (const auto problem = PasswordGenerator::validate(spec);
                   problem != PasswordGenerator::Problem::None) {
            problems << PasswordSpecDialog::problemText(problem);
        }
        return problems;
    }
    if (m_ui->noVersionCheckBox->isChecked()) {
        return problems;
    }
    QSet<QString> seen;
    qint64 total = 0;
    int entries = 0;
    for (int row = 0; row < m_ui->entriesTableWidget->rowCount(); ++row) {
        const QString key = entryEdit(row, EntryKeyColumn)->text().trimmed();
        const QString value = entryEdit(row, EntryValueColumn)->text();
        if (key.isEmpty()) {
            if (!value.isEmpty()) {
                problems << tr("The entry in row %1 has a value but no key.").arg(row + 1);
            }
            continue;
        }
        ++entries;
        if (!entryKeyPattern().match(key).hasMatch()) {
            problems << tr("Entry key “%1”: use only Latin letters, digits and - _ . / \\ @.").arg(key);
        }
        if (seen.contains(key)) {
            problems << tr("Entry key “%1” appears twice.").arg(key);
        }
        seen.insert(key);
        const qint64 bytes = value.toUtf8().size();
        if (bytes > limits::kMaxEntryValueBytes) {
            problems << tr("The value of “%1” is larger than %2 bytes.").arg(key).arg(limits::kMaxEntryValueBytes);
        }
        total += bytes;
    }
    if (entries == 0) {
        problems << tr("Add at least one entry, or create the secret without a version.");
    }
    if (total > limits::kMaxVersionPayloadBytes) {
        problems << tr("The values together are larger than %1 bytes.").arg(limits::kMaxVersionPayloadBytes);
    }
    return problems;
}

QStringList SecretEditDialog::validationProblems() const {
    QStringList problems;
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (name.isEmpty() && (m_mode == Mode::Create || !m_secret.name.isEmpty())) {
        problems << tr("Enter a name for the secret.");
    }
    if (m_ui->descriptionPlainTextEdit->toPlainText().size() > limits::kMaxSecretDescription) {
        problems << tr("The description has more than %1 characters.").arg(limits::kMaxSecretDescription);
    }
    problems << labelProblems() << contentProblems();
    return problems;
}

void SecretEditDialog::updateForm() {
    const QStringList problems = validationProblems();
    m_ui->validationLabel->setText(problems.isEmpty() ? QString() : problems.first());
    m_ui->validationLabel->setVisible(!problems.isEmpty() && (m_touched || m_mode == Mode::Edit));

    // Mark the label cells that are wrong, not only the first problem.
    {
        const bool wasSyncing = std::exchange(m_syncing, true);
        QTableWidget *table = m_ui->labelsTableWidget;
        for (int row = 0; row < table->rowCount(); ++row) {
            QTableWidgetItem *keyItem = table->item(row, LabelKeyColumn);
            QTableWidgetItem *valueItem = table->item(row, LabelValueColumn);
            if (!keyItem || !valueItem) {
                continue;
            }
            const QString key = keyItem->text().trimmed();
            const QString value = valueItem->text().trimmed();
            const bool keyBad = !key.isEmpty()
                                    ? (key.size() > limits::kMaxLabelKey || !labelKeyPattern().match(key).hasMatch())
                                    : !value.isEmpty();
            const bool valueBad = value.size() > limits::kMaxLabelValue || !labelValuePattern().match(value).hasMatch();
            const QBrush bad(QColor(0xc6, 0x28, 0x28));
            keyItem->setForeground(keyBad ? bad : QBrush());
            valueItem->setForeground(valueBad ? bad : QBrush());
        }
        m_syncing = wasSyncing;
    }

    const PasswordPayloadSpecification spec = passwordSpecification();
    const auto mode = static_cast<PunctuationMode>(m_ui->punctuationModeComboBox->currentData().toInt());
    m_ui->punctuationModeComboBox->setEnabled(spec.punctuation() && !m_busy);
    m_ui->punctuationLineEdit->setEnabled(spec.punctuation() && mode != PunctuationMode::All && !m_busy);
    m_ui->punctuationSetLabel->setText(spec.punctuation()
                                           ? tr("Punctuation used: %1").arg(PasswordGenerator::punctuationSet(spec))
                                           : tr("No punctuation."));
    const bool noVersion = m_ui->noVersionCheckBox->isChecked();
    m_ui->entriesTableWidget->setEnabled(!noVersion && !m_busy);
    m_ui->addEntryButton->setEnabled(!noVersion && !m_busy);
    m_ui->removeEntryButton->setEnabled(!noVersion && !m_busy && m_ui->entriesTableWidget->currentRow() >= 0);
    m_ui->showValuesCheckBox->setEnabled(!noVersion);
    m_ui->versionDescriptionLineEdit->setEnabled(!noVersion && !m_busy);
    m_ui->removeLabelButton->setEnabled(!m_busy && m_ui->labelsTableWidget->currentRow() >= 0);

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && problems.isEmpty() && hasChanges());
}

void SecretEditDialog::accept() {
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (m_busy || !validationProblems().isEmpty() || !hasChanges()) {
        return;
    }
    send();
}

void SecretEditDialog::reject() {
    if (!m_busy) {
        QDialog::reject();
    }
}

void SecretEditDialog::send() {
    m_ui->errorLabel->hide();
    ApiClient *client = m_runner->client();
    if (m_mode == Mode::Create) {
        setBusy(true, tr("Creating the secret…"));
        const CreateSecretRequest request = createRequest();
        m_runner->run(
            this,
            [client, request](QObject *context, ApiClient::Callback<Operation> callback) {
                client->createSecret(request, context, std::move(callback));
            },
            [this](const Result<Operation> &result) { finish(result); },
            tr("Create secret", "an entry in the operations panel"), request.name);
        return;
    }
    setBusy(true, tr("Saving the secret…"));
    const UpdateSecretRequest request = updateRequest();
    const QString secretId = m_secret.id;
    m_runner->run(
        this,
        [client, secretId, request](QObject *context, ApiClient::Callback<Operation> callback) {
            client->updateSecret(secretId, request, context, std::move(callback));
        },
        [this](const Result<Operation> &result) { finish(result); }, tr("Update secret"),
        OperationLog::target(secretId));
}

void SecretEditDialog::finish(const Result<Operation> &result) {
    if (!result.ok()) {
        setBusy(false);
        fail(ErrorText::failureLead(result.error(), m_mode == Mode::Create ? tr("The secret was not created.")
                                                                           : tr("The secret was not saved.")),
             result.error(), result.requestId());
        return;
    }
    const std::optional<Secret> secret = result.value().responseSecret();
    if (secret) {
        setBusy(false);
        m_done = true;
        if (m_mode == Mode::Create) {
            Q_EMIT secretCreated(*secret);
        } else {
            Q_EMIT secretUpdated(*secret);
        }
        clearValues();
        accept();
        return;
    }
    // The operation did not carry the secret: read it.
    const QString secretId =
        m_mode == Mode::Create ? result.value().metadata.value(QLatin1String("secretId")).toString() : m_secret.id;
    m_runner->client()->getSecret(secretId, this, [this](const Result<Secret> &read) {
        setBusy(false);
        if (!read.ok()) {
            fail(tr("The operation finished, but the secret could not be read."), read.error(), read.requestId());
            return;
        }
        m_done = true;
        if (m_mode == Mode::Create) {
            Q_EMIT secretCreated(read.value());
        } else {
            Q_EMIT secretUpdated(read.value());
        }
        clearValues();
        accept();
    });
}

void SecretEditDialog::fail(const QString &lead, const ApiError &error, const QString &requestId) {
    m_ui->errorLabel->setText(lead + QLatin1Char('\n') + ErrorText::describe(error, requestId));
    m_ui->errorLabel->show();
}

void SecretEditDialog::setBusy(bool busy, const QString &what) {
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->progressLabel->setVisible(busy);
    m_ui->progressLabel->setText(what);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->nameLineEdit, m_ui->descriptionPlainTextEdit, m_ui->kmsKeyIdLineEdit,
             m_ui->deletionProtectionCheckBox, m_ui->labelsTableWidget, m_ui->addLabelButton,
             m_ui->userValuesRadioButton, m_ui->generatedRadioButton, m_ui->noVersionCheckBox, m_ui->generatedPage}) {
        w->setEnabled(!busy);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateForm();
}

} // namespace lockbox::ui
