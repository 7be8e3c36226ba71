#include "ProfileEditorDialog.h"

#include "ui_ProfileEditorDialog.h"

#include "CredentialStore.h"
#include "ErrorText.h"
#include "Limits.h"
#include "ProfileStore.h"
#include "SecretPayload.h"
#include "ServiceAccountKey.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHostAddress>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <functional>

namespace lockbox::ui {

namespace {

constexpr qint64 kMaxKeyFileBytes = 64 * 1024; // a 4096-bit key file is about 3.5 KB
constexpr auto kErrorStyle = "QLabel { color: #c62828; }";
constexpr auto kOkStyle = "QLabel { color: #2e7d32; }";

bool hasWhitespace(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// Tokens travel in an HTTP header: printable ASCII only.
bool isPrintableAscii(const QString &text) {
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

// Cloud and folder IDs are Latin letters and digits (b1g…); - and _ are let through.
bool isIdText(const QString &text) {
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-' || c == u'_'); });
}

// Control and invisible formatting characters (U+200B and the like) that a URL parser drops or rejects.
bool hasInvisible(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

bool isLoopback(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(ProfileStore *profiles, ConnectionFactory *factory,
                                         CredentialStore *credentials, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfileEditorDialog>()), m_profiles(profiles), m_factory(factory),
      m_credentials(credentials), m_ycConfigPath(YcConfig::defaultPath()) {
    m_ui->setupUi(this);
    // The list keeps its width: a hint under a field that changes with each keystroke (a URL, a path
    // in it) otherwise took width from the list, and the form moved under the pointer (found by QA).
    m_ui->profilesPanel->setMinimumWidth(m_ui->profilesPanel->maximumWidth());
    m_ui->kindComboBox->addItem(tr("IAM token"), static_cast<int>(Profile::Kind::IamToken));
    m_ui->kindComboBox->addItem(tr("OAuth token"), static_cast<int>(Profile::Kind::OAuthToken));
    m_ui->kindComboBox->addItem(tr("Service-account authorized key"),
                                static_cast<int>(Profile::Kind::ServiceAccountKey));
    m_ui->kindComboBox->addItem(tr("yc CLI profile (federated)"), static_cast<int>(Profile::Kind::YcCli));
    m_ui->proxyModeComboBox->addItem(tr("System settings"), static_cast<int>(ProxyMode::System));
    m_ui->proxyModeComboBox->addItem(tr("No proxy"), static_cast<int>(ProxyMode::Direct));
    m_ui->proxyModeComboBox->addItem(tr("Manual"), static_cast<int>(ProxyMode::Manual));
    m_ui->pageSizeSpinBox->setRange(1, limits::kMaxPageSize);
    m_ui->pageSizeSpinBox->setValue(limits::kDefaultPageSize);
    m_ui->validationLabel->setStyleSheet(QLatin1String(kErrorStyle));
    m_ui->errorLabel->setStyleSheet(QLatin1String(kErrorStyle));
    m_ui->hintLabel->setStyleSheet(QStringLiteral("QLabel { color: #6d4c00; }"));
    m_ui->errorLabel->hide();
    m_ui->validationLabel->hide();
    m_ui->testResultLabel->hide();
    m_ui->progressBar->hide();
    m_ui->introLabel->hide();
    m_ui->sandboxButton->hide();
    QFont title = m_ui->formTitleLabel->font();
    title.setBold(true);
    m_ui->formTitleLabel->setFont(title);
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setAccessibleName(tr("Save profile"));
    save->setAccessibleDescription(tr("Saves the profile; its credential goes to the system keychain."));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Closes the profile editor."));
    m_ui->ycProfileComboBox->lineEdit()->setPlaceholderText(tr("yc's current profile"));
    m_ui->ycProfileComboBox->lineEdit()->setAccessibleName(tr("yc CLI profile"));
    setYcConfigPath(m_ycConfigPath);

    const auto changed = [this]() {
        if (!m_loading) {
            m_dirty = true;
        }
        updateForm();
    };
    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->secretLineEdit, m_ui->cloudIdLineEdit, m_ui->folderIdLineEdit,
                            m_ui->endpointLineEdit, m_ui->caFileLineEdit, m_ui->proxyLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, changed);
    }
    connect(m_ui->ycProfileComboBox, &QComboBox::currentTextChanged, this, changed);
    connect(m_ui->pageSizeSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->proxyModeComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, [this, changed]() {
        updateKind();
        changed();
    });
    // What the label says is about the file read last: while another path is typed, say when it
    // will be read instead (found by QA: the old file's error stayed up).
    connect(m_ui->keyFileLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_ui->keyInfoLabel->setStyleSheet(QString());
        m_ui->keyInfoLabel->setText(
            text.trimmed().isEmpty()
                ? tr("Create one with “yc iam key create --service-account-name NAME -o key.json”.")
                : tr("The key file is read when you press Enter or leave the field."));
    });
    connect(m_ui->keyFileLineEdit, &QLineEdit::editingFinished, this, [this]() {
        const QString path = m_ui->keyFileLineEdit->text().trimmed();
        if (!path.isEmpty() && !m_loading && m_ui->keyFileLineEdit->isModified()) {
            m_ui->keyFileLineEdit->setModified(false);
            loadKeyFile(path);
        }
    });
    connect(m_ui->showSecretCheckBox, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->secretLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->keyFileBrowseButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Authorized Key File"), QString(),
                                                          tr("Authorized keys (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            loadKeyFile(path);
        }
    });
    connect(m_ui->caFileBrowseButton, &QToolButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_ui->caFileLineEdit->text(),
                                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty()) {
            m_ui->caFileLineEdit->setText(path);
        }
    });
    connect(m_ui->importYcButton, &QPushButton::clicked, this, &ProfileEditorDialog::showYcMenu);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ProfileEditorDialog::testConnection);
    connect(m_ui->newProfileButton, &QPushButton::clicked, this, &ProfileEditorDialog::startNewProfile);
    connect(m_ui->deleteProfileButton, &QPushButton::clicked, this, &ProfileEditorDialog::deleteSelectedProfile);
    connect(m_ui->profilesListWidget, &QListWidget::currentRowChanged, this,
            &ProfileEditorDialog::onListSelectionChanged);
    connect(m_ui->sandboxButton, &QPushButton::clicked, this, [this]() {
        m_dirty = false;
        Q_EMIT sandboxRequested();
        QDialog::reject();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileEditorDialog::reject);

    reloadList({});
}

ProfileEditorDialog::~ProfileEditorDialog() {
    m_loading = true; // no form updates while the fields are cleared
    const QSignalBlocker blocker(m_ui->secretLineEdit);
    wipeSecrets();
}

void ProfileEditorDialog::wipeSecrets() {
    SecretPayload::wipeBytes(m_keyJson);
    m_keyJson.clear();
    QString typed = m_ui->secretLineEdit->text();
    typed.fill(QChar());
    m_ui->secretLineEdit->clear();
}

void ProfileEditorDialog::setFirstRun(bool firstRun) {
    m_firstRun = firstRun;
    m_ui->introLabel->setVisible(firstRun);
    m_ui->sandboxButton->setVisible(firstRun);
    m_ui->profilesPanel->setVisible(!firstRun || m_ui->profilesListWidget->count() > 0);
    if (firstRun) {
        setWindowTitle(tr("Welcome to Lockbox Desktop"));
        m_ui->introLabel->setText(
            tr("<p><b>Connect to Yandex Cloud.</b> Create a connection profile: an OAuth token, a service "
               "account's authorized key, an IAM token, or a yc CLI profile for federated accounts. Credentials are "
               "kept in the system keychain.</p><p>Or try everything first in the sandbox, a local emulator with "
               "demo secrets: nothing in it reaches Yandex Cloud.</p>"));
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save and Connect"));
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Quit"));
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Quit"));
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Quits Lockbox Desktop."));
        m_ui->buttonBox->button(QDialogButtonBox::Save)
            ->setAccessibleDescription(tr("Saves the profile, its credential in the system keychain, and connects."));
        if (!m_loaded) {
            startNewProfile();
        }
        resize(width(), sizeHint().height());
    }
}

void ProfileEditorDialog::setYcConfigPath(const QString &path) {
    m_ycConfigPath = path;
    const QString typed = m_ui->ycProfileComboBox->currentText();
    const bool wasLoading = std::exchange(m_loading, true);
    m_ui->ycProfileComboBox->clear();
    if (const auto profiles = YcConfig::load(path); profiles.ok()) {
        for (const YcProfile &p : profiles.value()) {
            m_ui->ycProfileComboBox->addItem(p.name);
        }
    }
    m_ui->ycProfileComboBox->setCurrentText(typed);
    m_loading = wasLoading;
}

void ProfileEditorDialog::reloadList(const QString &selectId) {
    QListWidget *list = m_ui->profilesListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    int select = -1;
    for (const Profile &p : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(p.name.isEmpty() ? p.id : p.name, list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(m_ui->kindComboBox->itemText(m_ui->kindComboBox->findData(static_cast<int>(p.kind))));
        if (p.id == selectId) {
            select = list->count() - 1;
        }
    }
    if (select < 0 && list->count() > 0 && !m_firstRun) {
        select = 0;
    }
    m_ui->profilesPanel->setVisible(!m_firstRun || list->count() > 0);
    if (select >= 0) {
        list->setCurrentRow(select);
        m_listRow = select;
        if (const auto p = m_profiles->profile(list->item(select)->data(Qt::UserRole).toString())) {
            loadProfile(*p);
        }
    } else {
        m_dirty = false;
        startNewProfile();
    }
}

void ProfileEditorDialog::selectProfile(const QString &profileId) {
    for (int row = 0; row < m_ui->profilesListWidget->count(); ++row) {
        if (m_ui->profilesListWidget->item(row)->data(Qt::UserRole).toString() == profileId) {
            m_ui->profilesListWidget->setCurrentRow(row);
            return;
        }
    }
}

void ProfileEditorDialog::onListSelectionChanged() {
    QListWidget *list = m_ui->profilesListWidget;
    const int row = list->currentRow();
    if (row == m_listRow || row < 0) {
        return;
    }
    const QString profileId = list->item(row)->data(Qt::UserRole).toString();
    if (m_dirty) {
        // The list shows the edited profile until the user has chosen to discard the changes.
        {
            const QSignalBlocker blocker(list);
            if (m_listRow >= 0) {
                list->setCurrentRow(m_listRow);
            } else {
                list->setCurrentRow(-1);
                list->clearSelection();
            }
        }
        confirmDiscard([this, profileId]() { selectProfile(profileId); });
        return;
    }
    m_listRow = row;
    if (const auto p = m_profiles->profile(profileId)) {
        loadProfile(*p);
    }
}

void ProfileEditorDialog::confirmDiscard(std::function<void()> afterDiscard) {
    m_discardQuestion.ask(this, tr("Discard the changes to this profile?"),
                          [this, afterDiscard = std::move(afterDiscard)]() {
                              m_dirty = false;
                              afterDiscard();
                          });
}

void ProfileEditorDialog::startNewProfile() {
    if (m_dirty) {
        confirmDiscard([this]() { startNewProfile(); });
        return;
    }
    m_loading = true;
    m_loaded.reset();
    wipeSecrets();
    m_keyError.clear();
    {
        const QSignalBlocker blocker(m_ui->profilesListWidget);
        m_ui->profilesListWidget->setCurrentRow(-1);
        m_ui->profilesListWidget->clearSelection();
    }
    m_listRow = -1;
    m_ui->nameLineEdit->clear();
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(static_cast<int>(Profile::Kind::OAuthToken)));
    m_ui->showSecretCheckBox->setChecked(false);
    m_ui->keyFileLineEdit->clear();
    m_ui->keyInfoLabel->clear();
    m_ui->ycProfileComboBox->setCurrentText(QString());
    m_ui->cloudIdLineEdit->clear();
    m_ui->folderIdLineEdit->clear();
    m_ui->endpointLineEdit->clear();
    m_ui->caFileLineEdit->clear();
    m_ui->proxyModeComboBox->setCurrentIndex(0);
    m_ui->proxyLineEdit->clear();
    m_ui->pageSizeSpinBox->setValue(limits::kDefaultPageSize);
    m_ui->testResultLabel->hide();
    m_ui->errorLabel->hide();
    m_ui->formTitleLabel->setText(tr("New profile"));
    m_loading = false;
    m_dirty = false;
    updateKind();
    updateForm();
    m_ui->nameLineEdit->setFocus();
}

void ProfileEditorDialog::loadProfile(const Profile &p) {
    m_loading = true;
    m_loaded = p;
    wipeSecrets();
    m_keyError.clear();
    m_ui->formTitleLabel->setText(tr("Profile “%1”").arg(p.name));
    m_ui->nameLineEdit->setText(p.name);
    m_ui->kindComboBox->setCurrentIndex(std::max(0, m_ui->kindComboBox->findData(static_cast<int>(p.kind))));
    m_ui->showSecretCheckBox->setChecked(false);
    m_ui->keyFileLineEdit->clear();
    m_ui->keyInfoLabel->clear();
    m_ui->ycProfileComboBox->setCurrentText(p.ycProfile);
    m_ui->cloudIdLineEdit->setText(p.cloudId);
    m_ui->folderIdLineEdit->setText(p.folderId);
    m_ui->endpointLineEdit->setText(p.endpoint.toString());
    m_ui->caFileLineEdit->setText(p.caFile);
    ProxyMode mode = ProxyMode::System;
    if (p.proxy.compare(QLatin1String("direct"), Qt::CaseInsensitive) == 0) {
        mode = ProxyMode::Direct;
    } else if (!p.proxy.isEmpty()) {
        mode = ProxyMode::Manual;
    }
    m_ui->proxyModeComboBox->setCurrentIndex(m_ui->proxyModeComboBox->findData(static_cast<int>(mode)));
    m_ui->proxyLineEdit->setText(mode == ProxyMode::Manual ? p.proxy : QString());
    m_ui->pageSizeSpinBox->setValue(p.pageSize);
    m_ui->testResultLabel->hide();
    m_ui->errorLabel->hide();
    m_loading = false;
    m_dirty = false;
    updateKind();
    updateForm();
    if (p.kind == Profile::Kind::ServiceAccountKey) {
        showStoredKeyInfo(p);
    }
}

void ProfileEditorDialog::showStoredKeyInfo(const Profile &profile) {
    m_ui->keyInfoLabel->setText(tr("Reading the saved key from the keychain…"));
    const QString id = profile.id;
    m_profiles->readSecret(profile, this, [this, id](const Result<QByteArray> &secret) {
        if (!m_loaded || m_loaded->id != id || !m_keyJson.isEmpty() ||
            currentKind() != Profile::Kind::ServiceAccountKey) {
            return;
        }
        m_ui->keyInfoLabel->setStyleSheet(QString());
        if (!secret.ok()) {
            m_ui->keyInfoLabel->setText(tr("The saved key could not be read: %1").arg(secret.error().message));
            return;
        }
        QByteArray json = secret.value();
        const auto key = ServiceAccountKey::fromJson(json);
        SecretPayload::wipeBytes(json);
        if (key.ok()) {
            m_ui->keyInfoLabel->setText(tr("Saved in the keychain: key %1 of service account %2. Choose a file to "
                                           "replace it.")
                                            .arg(key.value()->keyId(), key.value()->serviceAccountId()));
        } else {
            m_ui->keyInfoLabel->setText(tr("The saved key is not valid: %1").arg(key.error().message));
        }
    });
}

Profile::Kind ProfileEditorDialog::currentKind() const {
    return static_cast<Profile::Kind>(m_ui->kindComboBox->currentData().toInt());
}

void ProfileEditorDialog::updateKind() {
    const Profile::Kind kind = currentKind();
    const bool token = kind == Profile::Kind::IamToken || kind == Profile::Kind::OAuthToken;
    m_ui->formLayout->setRowVisible(m_ui->secretWidget, token);
    m_ui->formLayout->setRowVisible(m_ui->keyFileWidget, kind == Profile::Kind::ServiceAccountKey);
    m_ui->formLayout->setRowVisible(m_ui->keyInfoLabel, kind == Profile::Kind::ServiceAccountKey);
    m_ui->formLayout->setRowVisible(m_ui->ycProfileComboBox, kind == Profile::Kind::YcCli);
    const bool stored = m_loaded && m_loaded->kind == kind;
    if (kind == Profile::Kind::IamToken) {
        m_ui->secretLabel->setText(tr("IAM &token:"));
        m_ui->secretLineEdit->setAccessibleName(tr("IAM token"));
        m_ui->showSecretCheckBox->setAccessibleName(tr("Show the IAM token"));
        m_ui->secretLineEdit->setPlaceholderText(stored ? tr("Saved in the keychain; paste a new token to replace it")
                                                        : tr("t1.…"));
    } else if (kind == Profile::Kind::OAuthToken) {
        m_ui->secretLabel->setText(tr("OAuth &token:"));
        m_ui->secretLineEdit->setAccessibleName(tr("OAuth token"));
        m_ui->showSecretCheckBox->setAccessibleName(tr("Show the OAuth token"));
        m_ui->secretLineEdit->setPlaceholderText(stored ? tr("Saved in the keychain; paste a new token to replace it")
                                                        : tr("y0_…"));
    }
    if (kind == Profile::Kind::ServiceAccountKey && m_keyJson.isEmpty() && m_keyError.isEmpty() && !stored) {
        m_ui->keyInfoLabel->setStyleSheet(QString());
        m_ui->keyInfoLabel->setText(tr("Create one with “yc iam key create --service-account-name NAME -o key.json”."));
    }
}

bool ProfileEditorDialog::loadKeyFile(const QString &path) {
    QFile file(path);
    QString problem;
    if (QFileInfo(path).size() > kMaxKeyFileBytes) {
        problem = tr("the file is too large for an authorized key");
    } else if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    }
    m_ui->keyFileLineEdit->setText(path);
    if (!problem.isEmpty()) {
        SecretPayload::wipeBytes(m_keyJson);
        m_keyJson.clear();
        m_keyError = tr("“%1” could not be read: %2").arg(QFileInfo(path).fileName(), problem);
        m_ui->keyInfoLabel->setStyleSheet(QLatin1String(kErrorStyle));
        m_ui->keyInfoLabel->setText(m_keyError);
        m_dirty = true;
        updateForm();
        return false;
    }
    QByteArray json = file.readAll();
    setKeyJson(json, QFileInfo(path).fileName());
    SecretPayload::wipeBytes(json);
    return !m_keyJson.isEmpty();
}

void ProfileEditorDialog::setKeyJson(const QByteArray &json, const QString &source) {
    SecretPayload::wipeBytes(m_keyJson);
    m_keyJson.clear();
    const auto key = ServiceAccountKey::fromJson(json);
    if (key.ok()) {
        m_keyJson = json;
        m_keyJson.detach();
        m_keyError.clear();
        m_ui->keyInfoLabel->setStyleSheet(QString());
        m_ui->keyInfoLabel->setText(tr("Key %1 of service account %2 (from %3).")
                                        .arg(key.value()->keyId(), key.value()->serviceAccountId(), source));
    } else {
        m_keyError = tr("“%1” is not an authorized key: %2").arg(source, key.error().message);
        m_ui->keyInfoLabel->setStyleSheet(QLatin1String(kErrorStyle));
        m_ui->keyInfoLabel->setText(m_keyError);
    }
    m_dirty = true;
    updateForm();
}

Profile ProfileEditorDialog::formProfile() const {
    Profile p;
    if (m_loaded) {
        p.id = m_loaded->id;
    }
    p.name = m_ui->nameLineEdit->text().trimmed();
    p.kind = currentKind();
    p.cloudId = m_ui->cloudIdLineEdit->text().trimmed();
    p.folderId = m_ui->folderIdLineEdit->text().trimmed();
    p.endpoint = ConnectionFactory::endpointFromYc(m_ui->endpointLineEdit->text());
    p.caFile = m_ui->caFileLineEdit->text().trimmed();
    switch (static_cast<ProxyMode>(m_ui->proxyModeComboBox->currentData().toInt())) {
    case ProxyMode::System:
        break;
    case ProxyMode::Direct:
        p.proxy = QStringLiteral("direct");
        break;
    case ProxyMode::Manual:
        p.proxy = m_ui->proxyLineEdit->text().trimmed();
        break;
    }
    if (p.kind == Profile::Kind::YcCli) {
        p.ycProfile = m_ui->ycProfileComboBox->currentText().trimmed();
    }
    p.pageSize = m_ui->pageSizeSpinBox->value();
    return p;
}

std::optional<QByteArray> ProfileEditorDialog::formSecret() const {
    switch (currentKind()) {
    case Profile::Kind::IamToken:
    case Profile::Kind::OAuthToken: {
        const QString token = m_ui->secretLineEdit->text().trimmed();
        return token.isEmpty() ? std::nullopt : std::optional<QByteArray>(token.toUtf8());
    }
    case Profile::Kind::ServiceAccountKey:
        return m_keyJson.isEmpty() ? std::nullopt : std::optional<QByteArray>(m_keyJson);
    case Profile::Kind::YcCli:
    case Profile::Kind::Sandbox:
        break;
    }
    return std::nullopt;
}

QStringList ProfileEditorDialog::connectionProblems() const {
    QStringList problems;
    const Profile::Kind kind = currentKind();
    const bool stored = m_loaded && m_loaded->kind == kind;
    if (kind == Profile::Kind::IamToken || kind == Profile::Kind::OAuthToken) {
        const QString token = m_ui->secretLineEdit->text().trimmed();
        if (token.isEmpty() && !stored) {
            problems << (kind == Profile::Kind::IamToken ? tr("Paste the IAM token.") : tr("Paste the OAuth token."));
        } else if (hasWhitespace(token)) {
            problems << tr("The token contains spaces or line breaks.");
        } else if (!isPrintableAscii(token)) {
            problems << tr("The token contains characters no token has: only Latin letters, digits and punctuation.");
        } else if (kind == Profile::Kind::OAuthToken && token.size() > limits::kMaxOAuthToken) {
            problems << tr("An OAuth token has at most %1 characters.").arg(limits::kMaxOAuthToken);
        }
    } else if (kind == Profile::Kind::ServiceAccountKey) {
        if (!m_keyError.isEmpty()) {
            problems << m_keyError;
        } else if (m_keyJson.isEmpty() && !stored) {
            problems << tr("Choose the service account's authorized key file (key.json).");
        }
    }
    if (hasWhitespace(m_ui->cloudIdLineEdit->text().trimmed()) ||
        hasWhitespace(m_ui->folderIdLineEdit->text().trimmed())) {
        problems << tr("Cloud and folder IDs contain no spaces.");
    } else if (!isIdText(m_ui->cloudIdLineEdit->text().trimmed()) ||
               !isIdText(m_ui->folderIdLineEdit->text().trimmed())) {
        problems << tr("Cloud and folder IDs contain only Latin letters and digits.");
    }
    const QString endpointText = m_ui->endpointLineEdit->text().trimmed();
    if (!endpointText.isEmpty()) {
        const QUrl endpoint = ConnectionFactory::endpointFromYc(endpointText);
        const QString scheme = endpoint.scheme().toLower();
        if (hasInvisible(endpointText) ||
            (!endpoint.isEmpty() && (!endpoint.isValid() || endpoint.host().isEmpty() ||
                                     (scheme != QLatin1String("https") && scheme != QLatin1String("http"))))) {
            problems << tr("The endpoint must be an https:// URL or host:port.");
        }
    }
    if (!m_ui->caFileLineEdit->text().trimmed().isEmpty()) {
        Profile caOnly;
        caOnly.caFile = m_ui->caFileLineEdit->text().trimmed();
        if (const auto config = ConnectionFactory::clientConfig(caOnly); !config.ok()) {
            problems << config.error().message;
        }
    }
    if (static_cast<ProxyMode>(m_ui->proxyModeComboBox->currentData().toInt()) == ProxyMode::Manual) {
        const QString proxy = m_ui->proxyLineEdit->text().trimmed();
        if (proxy.isEmpty()) {
            problems << tr("Enter the proxy address, or choose System settings.");
        } else if (const auto parsed = ConnectionFactory::parseProxy(proxy); !parsed.ok()) {
            problems << parsed.error().message;
        }
    }
    return problems;
}

QStringList ProfileEditorDialog::validationProblems() const {
    QStringList problems;
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (name.isEmpty()) {
        problems << tr("Enter a name for the profile.");
    } else {
        for (const Profile &p : m_profiles->profiles()) {
            if ((!m_loaded || p.id != m_loaded->id) && p.name.compare(name, Qt::CaseInsensitive) == 0) {
                problems << tr("Another profile is already called “%1”.").arg(p.name);
                break;
            }
        }
    }
    problems << connectionProblems();
    return problems;
}

void ProfileEditorDialog::updateForm() {
    const Profile::Kind kind = currentKind();
    const QStringList problems = validationProblems();
    const bool touched = m_dirty || m_loaded.has_value();
    m_ui->validationLabel->setText(problems.isEmpty() ? QString() : problems.first());
    m_ui->validationLabel->setVisible(touched && !problems.isEmpty());

    QStringList hints;
    const QString token = m_ui->secretLineEdit->text().trimmed();
    if (kind == Profile::Kind::IamToken) {
        if (!token.isEmpty() && ConnectionFactory::tokenKind(token) != Profile::Kind::IamToken) {
            // Found by QA: "t1.wrongtoken" was told that IAM tokens start with "t1.".
            hints << (token.startsWith(QLatin1String("t1."))
                          ? tr("This does not look like a whole IAM token: after “t1.” one has two parts "
                               "separated by a dot. Check that it was copied in full.")
                          : tr("This does not look like an IAM token (they start with “t1.”). If it is an OAuth "
                               "token, choose OAuth token above."));
        }
        hints << tr("IAM tokens expire within 12 hours; for lasting access use an OAuth token or a service-account "
                    "key.");
    } else if (kind == Profile::Kind::OAuthToken && !token.isEmpty() &&
               ConnectionFactory::tokenKind(token) == Profile::Kind::IamToken) {
        hints << tr("This looks like an IAM token: choose IAM token above.");
    } else if (kind == Profile::Kind::YcCli) {
        hints << tr("Tokens come from “yc iam create-token”: yc must be installed and signed in.");
        if (QStandardPaths::findExecutable(QStringLiteral("yc")).isEmpty()) {
            hints << tr("yc was not found on PATH.");
        }
    }
    const QUrl endpoint = ConnectionFactory::endpointFromYc(m_ui->endpointLineEdit->text());
    if (endpoint.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !isLoopback(endpoint.host())) {
        hints << tr("This endpoint is not encrypted (http): tokens would cross the network in clear text.");
    }
    m_ui->hintLabel->setText(hints.join(QLatin1Char('\n')));
    m_ui->formLayout->setRowVisible(m_ui->hintLabel, !hints.isEmpty());

    m_ui->proxyLineEdit->setEnabled(static_cast<ProxyMode>(m_ui->proxyModeComboBox->currentData().toInt()) ==
                                    ProxyMode::Manual);
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setEnabled(!m_busy && problems.isEmpty() && (m_dirty || !m_loaded));
    m_ui->testConnectionButton->setEnabled(!m_busy && connectionProblems().isEmpty());
    m_ui->deleteProfileButton->setEnabled(!m_busy && m_loaded.has_value());
    m_ui->newProfileButton->setEnabled(!m_busy);
    m_ui->importYcButton->setEnabled(!m_busy);
}

void ProfileEditorDialog::showYcMenu() {
    const auto profiles = YcConfig::load(m_ycConfigPath);
    if (!profiles.ok()) {
        showError(tr("The yc configuration could not be read."), profiles.error());
        return;
    }
    m_ui->errorLabel->hide();
    if (profiles.value().isEmpty()) {
        m_ui->testResultLabel->setStyleSheet(QString());
        m_ui->testResultLabel->setText(tr("No yc profiles found in %1.").arg(QDir::toNativeSeparators(m_ycConfigPath)));
        m_ui->testResultLabel->show();
        return;
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("ycProfilesMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const YcProfile &yp : profiles.value()) {
        QString what;
        if (!yp.serviceAccountKey.isEmpty()) {
            what = tr("service-account key");
        } else if (!yp.token.isEmpty()) {
            what = yp.isIamToken() ? tr("IAM token") : tr("OAuth token");
        } else {
            what = tr("federated");
        }
        QString text = tr("%1 (%2)").arg(yp.name, what);
        if (yp.isCurrent) {
            text += QStringLiteral(" — ") + tr("current");
        }
        QAction *action = menu->addAction(text);
        action->setData(yp.name);
        connect(action, &QAction::triggered, this, [this, yp]() { applyYcProfile(yp); });
    }
    menu->popup(m_ui->importYcButton->mapToGlobal(QPoint(0, m_ui->importYcButton->height())));
}

void ProfileEditorDialog::applyYcProfile(const YcProfile &yp) {
    if (m_ui->nameLineEdit->text().trimmed().isEmpty()) {
        m_ui->nameLineEdit->setText(yp.name);
    }
    Profile::Kind kind = Profile::Kind::YcCli;
    if (!yp.serviceAccountKey.isEmpty()) {
        kind = Profile::Kind::ServiceAccountKey;
    } else if (!yp.token.isEmpty()) {
        kind = yp.isIamToken() ? Profile::Kind::IamToken : Profile::Kind::OAuthToken;
    }
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(static_cast<int>(kind)));
    switch (kind) {
    case Profile::Kind::ServiceAccountKey:
        m_ui->keyFileLineEdit->setText(tr("yc profile “%1”").arg(yp.name));
        m_ui->keyFileLineEdit->setModified(false);
        setKeyJson(yp.serviceAccountKey, tr("yc profile “%1”").arg(yp.name));
        break;
    case Profile::Kind::IamToken:
    case Profile::Kind::OAuthToken:
        m_ui->secretLineEdit->setText(yp.token);
        break;
    default:
        m_ui->ycProfileComboBox->setCurrentText(yp.name);
        break;
    }
    if (!yp.cloudId.isEmpty()) {
        m_ui->cloudIdLineEdit->setText(yp.cloudId);
    }
    if (!yp.folderId.isEmpty()) {
        m_ui->folderIdLineEdit->setText(yp.folderId);
    }
    m_ui->endpointLineEdit->setText(ConnectionFactory::endpointFromYc(yp.endpoint).toString());
    m_dirty = true;
    m_ui->testResultLabel->setStyleSheet(QString());
    m_ui->testResultLabel->setText(tr("Filled from the yc profile “%1”.").arg(yp.name));
    m_ui->testResultLabel->show();
    updateKind();
    updateForm();
}

void ProfileEditorDialog::testConnection() {
    if (m_busy) {
        return;
    }
    const QStringList problems = connectionProblems();
    if (!problems.isEmpty()) {
        finishTest(problems.first(), false);
        return;
    }
    m_ui->errorLabel->hide();
    m_ui->testResultLabel->hide();
    setBusy(true, tr("Connecting…"));
    const Profile profile = formProfile();
    std::optional<QByteArray> secret = formSecret();
    const quint64 generation = ++m_testGeneration;

    auto run = [this, profile, generation](const Result<ConnectionFactory::ConnectionPtr> &built) {
        if (generation != m_testGeneration) {
            return;
        }
        if (!built.ok()) {
            finishTest(tr("The connection could not be set up.") + QLatin1Char('\n') +
                           ErrorText::describe(built.error()),
                       false);
            return;
        }
        m_testConnection = built.value();
        ApiClient *client = m_testConnection->client();
        client->listClouds(
            limits::kMaxPageSize, {}, this, [this, client, profile, generation](const Result<Page<Cloud>> &clouds) {
                if (generation != m_testGeneration) {
                    return;
                }
                if (!clouds.ok()) {
                    finishTest(tr("Connection failed.") + QLatin1Char('\n') +
                                   ErrorText::describe(clouds.error(), clouds.requestId()),
                               false);
                    return;
                }
                const int count = static_cast<int>(clouds.value().items.size());
                const QString connected = tr("Connected: %n cloud(s) visible.", nullptr, count);
                if (profile.folderId.isEmpty()) {
                    finishTest(connected, true);
                    return;
                }
                const QString folderId = profile.folderId;
                client->listSecrets(folderId, 1, {}, this,
                                    [this, connected, folderId, generation](const Result<Page<Secret>> &secrets) {
                                        if (generation != m_testGeneration) {
                                            return;
                                        }
                                        if (secrets.ok()) {
                                            finishTest(connected + QLatin1Char(' ') +
                                                           tr("The secrets of folder %1 can be listed.").arg(folderId),
                                                       true);
                                        } else {
                                            finishTest(
                                                connected + QLatin1Char('\n') +
                                                    tr("The secrets of folder %1 cannot be listed:").arg(folderId) +
                                                    QLatin1Char('\n') +
                                                    ErrorText::describe(secrets.error(), secrets.requestId()),
                                                false);
                                        }
                                    });
            });
    };
    if (secret || !profile.needsSecret()) {
        run(m_factory->build(profile, secret.value_or(QByteArray())));
        if (secret) {
            SecretPayload::wipeBytes(*secret);
        }
    } else {
        m_factory->open(profile, this, run); // the credential saved in the keychain
    }
}

void ProfileEditorDialog::finishTest(const QString &text, bool ok) {
    setBusy(false);
    m_testConnection.reset();
    m_ui->testResultLabel->setStyleSheet(QLatin1String(ok ? kOkStyle : kErrorStyle));
    m_ui->testResultLabel->setText(text);
    m_ui->testResultLabel->show();
    Q_EMIT connectionTested(ok);
}

void ProfileEditorDialog::accept() {
    if (m_busy || !validationProblems().isEmpty()) {
        return;
    }
    save();
}

void ProfileEditorDialog::save() {
    const Profile profile = formProfile();
    std::optional<QByteArray> secret = profile.needsSecret() ? formSecret() : std::nullopt;
    const bool dropOldSecret = m_loaded && m_loaded->needsSecret() && !profile.needsSecret();
    m_ui->errorLabel->hide();
    ++m_testGeneration; // a test still running no longer matters
    m_testConnection.reset();
    setBusy(true, tr("Saving…"));
    m_saving = true;
    m_profiles->save(profile, secret, this, [this, dropOldSecret](const Result<Profile> &saved) {
        m_saving = false;
        setBusy(false);
        if (!saved.ok()) {
            showError(tr("The profile was not saved."), saved.error());
            return;
        }
        if (dropOldSecret && m_credentials) {
            // The job outlives the dialog; nothing to do with its outcome.
            m_credentials->remove(saved.value().secretKey(), m_credentials, [](const std::optional<ApiError> &) {});
        }
        m_dirty = false;
        m_loaded = saved.value();
        wipeSecrets();
        Q_EMIT profileSaved(saved.value());
        QDialog::accept();
    });
    if (secret) {
        SecretPayload::wipeBytes(*secret);
    }
}

void ProfileEditorDialog::reject() {
    if (m_saving) {
        return; // the keychain answers soon; closing now would hide its outcome
    }
    if (m_dirty) {
        confirmDiscard([this]() { reject(); });
        return;
    }
    ++m_testGeneration;
    m_testConnection.reset();
    QDialog::reject();
}

void ProfileEditorDialog::deleteSelectedProfile() {
    if (!m_loaded || m_busy) {
        return;
    }
    const Profile victim = *m_loaded;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Profile"),
                                tr("Delete the profile “%1”?").arg(victim.name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteProfileConfirmation"));
    box->setInformativeText(victim.needsSecret()
                                ? tr("Its credential is removed from the system keychain. Nothing changes in the "
                                     "cloud.")
                                : tr("Nothing changes in the cloud."));
    QPushButton *confirm = box->addButton(tr("&Delete Profile"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, victim](QAbstractButton *button) {
        if (button != confirm) {
            return;
        }
        setBusy(true, tr("Deleting…"));
        m_saving = true;
        m_profiles->remove(victim.id, this, [this, victim](const std::optional<ApiError> &error) {
            m_saving = false;
            setBusy(false);
            if (error) {
                showError(tr("The profile “%1” was not deleted.").arg(victim.name), *error);
                return;
            }
            m_dirty = false;
            Q_EMIT profileRemoved(victim.id);
            reloadList({});
        });
    });
    box->open();
}

void ProfileEditorDialog::setBusy(bool busy, const QString &what) {
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->progressBar->setAccessibleName(what);
    m_ui->progressBar->setToolTip(what);
    updateForm();
}

void ProfileEditorDialog::showError(const QString &lead, const ApiError &error, const QString &requestId) {
    m_ui->errorLabel->setText(lead + QLatin1Char('\n') + ErrorText::describe(error, requestId));
    m_ui->errorLabel->show();
}

} // namespace lockbox::ui
