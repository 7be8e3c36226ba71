#include "PasswordSpecDialog.h"

#include "ui_PasswordSpecDialog.h"

#include "ErrorText.h"
#include "Limits.h"

#include <QPushButton>
#include <QUuid>

namespace lockbox::ui {

namespace {

// Unset BoolValues mean true: compare specifications by what they do, not how they are spelled.
PasswordPayloadSpecification normalized(PasswordPayloadSpecification spec) {
    spec.includeUppercase = spec.uppercase();
    spec.includeLowercase = spec.lowercase();
    spec.includeDigits = spec.digits();
    spec.includePunctuation = spec.punctuation();
    if (spec.length == 0) {
        spec.length = limits::kDefaultPasswordLength;
    }
    return spec;
}

} // namespace

PasswordSpecDialog::PasswordSpecDialog(OperationRunner *runner, Secret secret, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordSpecDialog>()), m_runner(runner), m_secret(std::move(secret)),
      m_savedSpec(m_secret.passwordPayloadSpecification) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Password Specification — %1").arg(m_secret.name.isEmpty() ? m_secret.id : m_secret.name));
    m_ui->punctuationModeComboBox->addItem(tr("All punctuation"), static_cast<int>(PunctuationMode::All));
    m_ui->punctuationModeComboBox->addItem(tr("Only these"), static_cast<int>(PunctuationMode::OnlyThese));
    m_ui->punctuationModeComboBox->addItem(tr("All except these"), static_cast<int>(PunctuationMode::AllExcept));
    m_ui->lengthSpinBox->setRange(1, limits::kMaxPasswordLength);
    m_ui->validationLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_ui->errorLabel->hide();
    m_ui->progressBar->hide();
    m_ui->progressLabel->hide();
    m_ui->regenerateSampleButton->setAccessibleName(tr("Generate another sample"));
    m_ui->showSampleCheckBox->setAccessibleName(tr("Show the sample password"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Saves the password specification, generates a new version, or both, as chosen "
                                      "above."));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes the dialog without changing the password specification."));

    PasswordPayloadSpecification initial;
    initial.passwordKey = QStringLiteral("password");
    loadSpecification(m_savedSpec.value_or(initial));

    for (QCheckBox *box : {m_ui->uppercaseCheckBox, m_ui->lowercaseCheckBox, m_ui->digitsCheckBox,
                           m_ui->punctuationCheckBox, m_ui->generateVersionCheckBox}) {
        connect(box, &QCheckBox::toggled, this, &PasswordSpecDialog::updateForm);
    }
    connect(m_ui->passwordKeyLineEdit, &QLineEdit::textChanged, this, &PasswordSpecDialog::updateForm);
    connect(m_ui->punctuationLineEdit, &QLineEdit::textChanged, this, &PasswordSpecDialog::updateForm);
    connect(m_ui->lengthSpinBox, &QSpinBox::valueChanged, this, &PasswordSpecDialog::updateForm);
    connect(m_ui->punctuationModeComboBox, &QComboBox::currentIndexChanged, this, &PasswordSpecDialog::updateForm);
    connect(m_ui->regenerateSampleButton, &QPushButton::clicked, this, &PasswordSpecDialog::refreshSample);
    connect(m_ui->showSampleCheckBox, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->sampleLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordSpecDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PasswordSpecDialog::reject);
    updateForm();
    resize(width(), sizeHint().height());
}

PasswordSpecDialog::~PasswordSpecDialog() = default;

void PasswordSpecDialog::loadSpecification(const PasswordPayloadSpecification &spec) {
    m_ui->passwordKeyLineEdit->setText(spec.passwordKey);
    m_ui->lengthSpinBox->setValue(spec.length > 0 ? static_cast<int>(spec.length) : limits::kDefaultPasswordLength);
    m_ui->uppercaseCheckBox->setChecked(spec.uppercase());
    m_ui->lowercaseCheckBox->setChecked(spec.lowercase());
    m_ui->digitsCheckBox->setChecked(spec.digits());
    m_ui->punctuationCheckBox->setChecked(spec.punctuation());
    PunctuationMode mode = PunctuationMode::All;
    if (!spec.includedPunctuation.isEmpty()) {
        mode = PunctuationMode::OnlyThese;
        m_ui->punctuationLineEdit->setText(spec.includedPunctuation);
    } else if (!spec.excludedPunctuation.isEmpty()) {
        mode = PunctuationMode::AllExcept;
        m_ui->punctuationLineEdit->setText(spec.excludedPunctuation);
    }
    m_ui->punctuationModeComboBox->setCurrentIndex(m_ui->punctuationModeComboBox->findData(static_cast<int>(mode)));
}

PasswordPayloadSpecification PasswordSpecDialog::specification() const {
    PasswordPayloadSpecification spec;
    spec.passwordKey = m_ui->passwordKeyLineEdit->text();
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

QString PasswordSpecDialog::problemText(PasswordGenerator::Problem problem) {
    switch (problem) {
    case PasswordGenerator::Problem::None:
        return {};
    case PasswordGenerator::Problem::KeyMissing:
        return tr("Enter the key the password is stored under.");
    case PasswordGenerator::Problem::KeyInvalid:
        return tr("The key may contain only Latin letters, digits and - _ . / \\ @, at most %1 characters.")
            .arg(limits::kMaxEntryKeyLength);
    case PasswordGenerator::Problem::LengthOutOfRange:
        return tr("The length must be between 1 and %1.").arg(limits::kMaxPasswordLength);
    case PasswordGenerator::Problem::NoCharacterClass:
        return tr("Choose at least one kind of character.");
    case PasswordGenerator::Problem::BothPunctuationLists:
        return tr("List either the punctuation to use or the punctuation to leave out, not both.");
    case PasswordGenerator::Problem::PunctuationListWithoutPunctuation:
        return tr("Turn punctuation on to list punctuation characters.");
    case PasswordGenerator::Problem::IncludedTooLong:
        return tr("At most %1 punctuation characters can be listed.").arg(limits::kMaxIncludedPunctuation);
    case PasswordGenerator::Problem::ExcludedTooLong:
        return tr("At most %1 punctuation characters can be left out.").arg(limits::kMaxExcludedPunctuation);
    case PasswordGenerator::Problem::AllPunctuationExcluded:
        return tr("Every punctuation character is left out: turn punctuation off instead.");
    case PasswordGenerator::Problem::NotPunctuation:
        return tr("Only these punctuation characters can be listed: %1").arg(limits::kDefaultPunctuation);
    }
    return {};
}

QString PasswordSpecDialog::validationProblem(const PasswordPayloadSpecification &spec) const {
    if (spec.punctuation()) {
        const auto mode = static_cast<PunctuationMode>(m_ui->punctuationModeComboBox->currentData().toInt());
        if (mode == PunctuationMode::OnlyThese && spec.includedPunctuation.isEmpty()) {
            return tr("List the punctuation characters to use.");
        }
        if (mode == PunctuationMode::AllExcept && spec.excludedPunctuation.isEmpty()) {
            return tr("List the punctuation characters to leave out.");
        }
    }
    return problemText(PasswordGenerator::validate(spec));
}

void PasswordSpecDialog::updateForm() {
    const PasswordPayloadSpecification spec = specification();
    const bool punctuation = spec.punctuation();
    const auto mode = static_cast<PunctuationMode>(m_ui->punctuationModeComboBox->currentData().toInt());
    m_ui->punctuationModeComboBox->setEnabled(punctuation && !m_busy);
    m_ui->punctuationLineEdit->setEnabled(punctuation && mode != PunctuationMode::All && !m_busy);
    if (!punctuation) {
        m_ui->punctuationSetLabel->setText(tr("No punctuation."));
    } else {
        m_ui->punctuationSetLabel->setText(tr("Punctuation used: %1").arg(PasswordGenerator::punctuationSet(spec)));
    }

    const QString problem = validationProblem(spec);
    m_ui->validationLabel->setText(problem);
    m_ui->validationLabel->setVisible(!problem.isEmpty());

    const bool changed = !m_savedSpec || normalized(*m_savedSpec) != normalized(spec);
    const bool generate = m_ui->generateVersionCheckBox->isChecked();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(changed && generate ? tr("&Save and Generate") : (generate ? tr("&Generate") : tr("&Save")));
    ok->setEnabled(problem.isEmpty() && (changed || generate) && !m_busy);
    refreshSample();
}

void PasswordSpecDialog::refreshSample() {
    const PasswordPayloadSpecification spec = specification();
    const bool valid = validationProblem(spec).isEmpty();
    m_ui->sampleLineEdit->setText(valid ? PasswordGenerator::generate(spec) : QString());
    m_ui->regenerateSampleButton->setEnabled(valid);
}

void PasswordSpecDialog::accept() {
    if (m_done) {
        QDialog::accept();
        return;
    }
    const PasswordPayloadSpecification spec = specification();
    if (m_busy || !validationProblem(spec).isEmpty()) {
        return;
    }
    m_ui->errorLabel->hide();
    if (!m_savedSpec || normalized(*m_savedSpec) != normalized(spec)) {
        saveSpecification(spec);
    } else if (m_ui->generateVersionCheckBox->isChecked()) {
        generateVersion();
    }
}

void PasswordSpecDialog::reject() {
    if (!m_busy) {
        QDialog::reject();
    }
}

void PasswordSpecDialog::saveSpecification(const PasswordPayloadSpecification &spec) {
    setBusy(true, tr("Saving the specification…"));
    UpdateSecretRequest request;
    request.updateMask = {QStringLiteral("passwordPayloadSpecification")};
    request.passwordPayloadSpecification = spec;
    ApiClient *client = m_runner->client();
    const QString secretId = m_secret.id;
    m_runner->run(
        this,
        [client, secretId, request](QObject *context, ApiClient::Callback<Operation> callback) {
            client->updateSecret(secretId, request, context, std::move(callback));
        },
        [this, spec](const Result<Operation> &result) {
            setBusy(false);
            if (!result.ok()) {
                fail(ErrorText::failureLead(result.error(), tr("The specification was not saved.")), result.error(),
                     result.requestId());
                return;
            }
            m_savedSpec = spec;
            m_unknownGenerateKey.clear();
            Secret updated = result.value().responseSecret().value_or(m_secret);
            updated.passwordPayloadSpecification = updated.passwordPayloadSpecification.value_or(spec);
            m_secret = updated;
            Q_EMIT secretUpdated(updated);
            if (m_ui->generateVersionCheckBox->isChecked()) {
                generateVersion();
                return;
            }
            m_done = true;
            accept();
        },
        tr("Update secret"), OperationLog::target(secretId));
}

void PasswordSpecDialog::generateVersion() {
    setBusy(true, tr("Generating a new version…"));
    ApiClient *client = m_runner->client();
    const QString secretId = m_secret.id;
    // No entries: the service generates the password from the secret's specification.
    AddVersionRequest request;
    request.idempotencyKey =
        m_unknownGenerateKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_unknownGenerateKey;
    m_runner->run(
        this,
        [client, secretId, request](QObject *context, ApiClient::Callback<Operation> callback) {
            client->addVersion(secretId, request, context, std::move(callback));
        },
        [this, key = request.idempotencyKey](const Result<Operation> &result) {
            setBusy(false);
            if (!result.ok()) {
                if (result.error().outcomeUnknown) {
                    m_unknownGenerateKey = key;
                    fail(tr("The specification is saved. The server may have generated the new version, but has "
                            "not confirmed it. Generating again reuses the request's idempotency key, so the server "
                            "answers with the version it already generated instead of a second one."),
                         result.error(), result.requestId());
                } else {
                    m_unknownGenerateKey.clear();
                    fail(tr("The specification is saved, but the new version was not generated."), result.error(),
                         result.requestId());
                }
                updateForm();
                return;
            }
            if (const std::optional<Version> version = result.value().responseVersion()) {
                Q_EMIT versionAdded(*version);
            }
            m_done = true;
            accept();
        },
        tr("Add version"), OperationLog::target(secretId));
}

void PasswordSpecDialog::fail(const QString &lead, const ApiError &error, const QString &requestId) {
    m_ui->errorLabel->setText(lead + QLatin1Char('\n') + ErrorText::describe(error, requestId));
    m_ui->errorLabel->show();
}

void PasswordSpecDialog::setBusy(bool busy, const QString &what) {
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->progressLabel->setVisible(busy);
    m_ui->progressLabel->setText(what);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->passwordKeyLineEdit, m_ui->lengthSpinBox, m_ui->uppercaseCheckBox, m_ui->lowercaseCheckBox,
             m_ui->digitsCheckBox, m_ui->punctuationCheckBox, m_ui->generateVersionCheckBox}) {
        w->setEnabled(!busy);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateForm();
}

} // namespace lockbox::ui
