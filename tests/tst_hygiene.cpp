// Secret hygiene: a scripted session as a user runs it — a service-account key profile saved through
// ProfileStore (secret in the real keychain), the main window connected through ConnectionFactory to
// the in-process emulator, a value revealed and copied in the payload viewer, a version added with a
// new value, the window closed — with every log category at debug level and every message captured,
// in a throw-away HOME. Afterwards no file under that HOME and no log line holds the IAM token the
// emulator issued, the service-account private key or a payload value, in any encoding one can expect
// (raw, base64 at every alignment, base64url, percent-encoded, JSON-escaped, hex), and the clipboard no
// longer holds the copied value. A self-test proves the scanner finds each encoding.
//
// Needs a Secret Service: tests/with-secret-service.sh starts gnome-keyring in a private D-Bus session
// when none is running; without one the test skips and says why.
#include "AddVersionDialog.h"
#include "ConnectionFactory.h"
#include "CredentialStore.h"
#include "EmulatorStore.h"
#include "ExchangeTokenProvider.h"
#include "MainWindow.h"
#include "PayloadViewerDialog.h"
#include "ProfileStore.h"
#include "TestKeys.h"
#include "TestSupport.h"
#include "VersionsModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QMimeData>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace lockbox;
using namespace lockbox::ui;

namespace {

constexpr auto kFolder = "b1gdemo0folder0back1";
constexpr auto kPostgres = "e6qdemo0postgres0001";
constexpr auto kCurrentVersion = "e6qv0pgmain000000006";
constexpr auto kServiceAccount = "ajesa0hygiene0000001";
constexpr auto kKeyId = "ajekey0hygiene000001";
// Needles shorter than this would match by chance (the PEM's short last line, for instance).
constexpr qsizetype kMinNeedle = 12;

QString s(const char *text) {
    return QString::fromUtf8(text);
}

// Every message of the process, whatever its category or level.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "default") + u' ' + message;
    }
    // Warnings and worse still reach Qt Test's handler (so they show in the test output); debug is
    // captured only, there is too much of it (the test's own qInfo lines are shown).
    const bool ours = type == QtInfoMsg && (!context.category || qstrcmp(context.category, "default") == 0);
    if ((ours || (type != QtDebugMsg && type != QtInfoMsg)) && g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

QByteArray capturedLog() {
    QMutexLocker lock(&g_logMutex);
    return g_log.join(u'\n').toUtf8();
}

// The throw-away HOME, made before QApplication exists (see main()).
QTemporaryDir *g_home = nullptr;

struct Needle {
    QString what;     // "IAM token", "payload value (revealed)": never the value itself
    QByteArray value; // raw bytes
};

struct Encoded {
    QString encoding;
    QByteArray bytes;
};

// The middle of the base64 text of value when it starts `shift` bytes into a 3-byte group: the part
// that is the same wherever value sits in a longer base64-encoded text with that alignment.
QByteArray base64Core(const QByteArray &value, int shift, QByteArray::Base64Options options) {
    const QByteArray padded = QByteArray(shift, '\0') + value;
    QByteArray text = padded.toBase64(options | QByteArray::OmitTrailingEquals);
    const qsizetype groups = padded.size() / 3; // complete groups only: the last one depends on what follows
    text.truncate(groups * 4);
    return shift == 0 ? text : text.mid(4);
}

// value in every encoding a settings file, a cache or a log line could hold it in.
QList<Encoded> encodings(const QByteArray &value) {
    QList<Encoded> out{{s("raw"), value}};
    for (int shift = 0; shift < 3; ++shift) {
        out << Encoded{s("base64 (offset %1)").arg(shift), base64Core(value, shift, QByteArray::Base64Encoding)};
        out << Encoded{s("base64url (offset %1)").arg(shift), base64Core(value, shift, QByteArray::Base64UrlEncoding)};
    }
    out << Encoded{s("percent-encoded"), QUrl::toPercentEncoding(QString::fromUtf8(value))};
    out << Encoded{s("percent-encoded (lower-case hex)"), QUrl::toPercentEncoding(QString::fromUtf8(value)).toLower()};
    QByteArray json = QJsonDocument(QJsonArray{QString::fromUtf8(value)}).toJson(QJsonDocument::Compact);
    json = json.mid(2, json.size() - 4); // ["…"]
    out << Encoded{s("JSON-escaped"), json};
    QByteArray slashes = json;
    out << Encoded{s("JSON-escaped with \\/"), slashes.replace("/", "\\/")};
    out << Encoded{s("hex"), value.toHex()};
    out << Encoded{s("HEX"), value.toHex().toUpper()};
    // Encodings that leave value unchanged (or too short to tell) add nothing.
    QList<Encoded> distinct;
    for (const Encoded &e : out) {
        if (e.bytes.size() >= kMinNeedle &&
            std::none_of(distinct.cbegin(), distinct.cend(), [&e](const Encoded &d) { return d.bytes == e.bytes; })) {
            distinct << e;
        }
    }
    return distinct;
}

// "what, as encoding, in where" for each needle found in data.
QStringList findNeedles(const QByteArray &data, const QList<Needle> &needles, const QString &where) {
    QStringList found;
    for (const Needle &needle : needles) {
        for (const Encoded &e : encodings(needle.value)) {
            if (data.contains(e.bytes)) {
                found << s("%1 (%2) in %3").arg(needle.what, e.encoding, where);
            }
        }
    }
    return found;
}

// Per captured message: what it holds, with the value itself replaced so the report does not leak it.
QStringList findNeedlesInLog(const QList<Needle> &needles) {
    QStringList lines;
    {
        QMutexLocker lock(&g_logMutex);
        lines = g_log;
    }
    QStringList found;
    for (const QString &line : std::as_const(lines)) {
        QByteArray bytes = line.toUtf8();
        const QStringList here = findNeedles(bytes, needles, s("log output"));
        if (here.isEmpty()) {
            continue;
        }
        for (const Needle &needle : needles) {
            for (const Encoded &e : encodings(needle.value)) {
                bytes.replace(e.bytes, QByteArray("<" + needle.what.toUtf8() + ">"));
            }
        }
        found << here.join(u'\n') + s(": ") + QString::fromUtf8(bytes.left(400));
    }
    return found;
}

// Every regular file under root, hidden ones and symlinked ones included.
QStringList findNeedlesUnder(const QString &root, const QList<Needle> &needles, int *filesRead = nullptr) {
    QStringList found;
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << s("unreadable file %1").arg(path);
            continue;
        }
        ++count;
        found << findNeedles(file.readAll(), needles, QDir(root).relativeFilePath(path));
    }
    if (filesRead) {
        *filesRead = count;
    }
    return found;
}

// The private key as needles: the whole PEM, each line of its base64 body, and the DER it encodes.
QList<Needle> privateKeyNeedles(const QByteArray &pem) {
    QList<Needle> needles{{s("private key (PEM)"), pem.trimmed()}};
    QByteArray body;
    for (const QByteArray &line : pem.split('\n')) {
        if (line.startsWith("-----") || line.trimmed().isEmpty()) {
            continue;
        }
        body += line.trimmed();
        if (line.trimmed().size() >= kMinNeedle) {
            needles << Needle{s("private key (PEM line)"), line.trimmed()};
        }
    }
    needles << Needle{s("private key (DER)"), QByteArray::fromBase64(body)};
    return needles;
}

QByteArray randomValue(const char *prefix) {
    QByteArray value(prefix);
    for (int i = 0; i < 20; ++i) {
        value +=
            "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&/+="[QRandomGenerator::global()->bounded(62)];
    }
    return value;
}

} // namespace

class TestHygiene final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannerFindsEveryEncoding();
    void sessionLeavesNoSecretBehind();

private:
    bool m_haveKeychain = false;
    QString m_noKeychainReason;
};

void TestHygiene::initTestCase() {
    // Qt Test installs its own handler in qExec(): ours goes in front of it from here on.
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(g_home && g_home->isValid());
    QCOMPARE(QDir::homePath(), g_home->path());
    QVERIFY(QSettings().fileName().startsWith(g_home->path()));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        m_noKeychainReason = s("no D-Bus session bus, so no Secret Service (run through tests/with-secret-service.sh "
                               "or tests/run-all.sh, which start gnome-keyring in a private D-Bus session)");
        return;
    }
    // One round trip through the keychain the session will use.
    CredentialStore probe;
    std::optional<std::optional<ApiError>> written;
    const QString key = s("test/hygiene-probe/%1").arg(QCoreApplication::applicationPid());
    probe.write(key, QByteArray("probe"), this, [&written](const std::optional<ApiError> &e) { written = e; });
    if (!QTest::qWaitFor([&written]() { return written.has_value(); }, 20000)) {
        m_noKeychainReason = s("the Secret Service did not answer within 20 s");
        return;
    }
    if (written->has_value()) {
        m_noKeychainReason = s("the Secret Service refused a write: %1").arg((*written)->message);
        return;
    }
    std::optional<std::optional<ApiError>> removed;
    probe.remove(key, this, [&removed](const std::optional<ApiError> &e) { removed = e; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    m_haveKeychain = true;
}

void TestHygiene::scannerFindsEveryEncoding() {
    // A known value planted in the temp HOME in every encoding, each in its own file between other
    // bytes: the scanner must name every one of them, and nothing in a file without it.
    const QByteArray planted = "planted/+ \"quoted\\\" ~~~??? \xc3\xbc-" + randomValue("");
    const QList<Needle> needles{{s("planted value"), planted}};
    QDir home(g_home->path());
    QVERIFY(home.mkpath(s("scanner-self-test")));
    const QString dir = home.filePath(s("scanner-self-test"));
    QStringList expected;
    int index = 0;
    for (const Encoded &e : encodings(planted)) {
        // Base64 encodes the whole text of a file at some alignment: plant it so.
        QByteArray content;
        if (e.encoding.startsWith(u"base64")) {
            const int shift = e.encoding.at(e.encoding.size() - 2).digitValue();
            const QByteArray text = QByteArray(shift, 'x') + planted + QByteArray("~tail");
            content = "key=" + text.toBase64(e.encoding.startsWith(u"base64url") ? QByteArray::Base64UrlEncoding
                                                                                 : QByteArray::Base64Encoding);
        } else {
            content = "[section]\nkey=\"" + e.bytes + "\"\n";
        }
        QFile file(dir + s("/planted-%1").arg(index++));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        expected << e.encoding;
    }
    QFile clean(dir + s("/clean"));
    QVERIFY(clean.open(QIODevice::WriteOnly));
    clean.write("nothing secret here: " + randomValue("other-"));
    clean.close();

    int files = 0;
    const QStringList found = findNeedlesUnder(dir, needles, &files);
    QCOMPARE(files, index + 1);
    const QString foundText = found.join(u'\n');
    for (const QString &encoding : std::as_const(expected)) {
        QVERIFY2(foundText.contains(s("(%1)").arg(encoding)), qPrintable(s("not found as %1").arg(encoding)));
    }
    QVERIFY2(!foundText.contains(u"clean"), qPrintable(foundText));
    // The value has characters each encoding changes, so every family is there to be found.
    for (const char *encoding : {"raw", "base64 (offset 0)", "base64 (offset 1)", "base64 (offset 2)",
                                 "percent-encoded", "JSON-escaped", "JSON-escaped with \\/", "hex"}) {
        QVERIFY2(expected.contains(s(encoding)), encoding);
    }
    QVERIFY(
        std::any_of(expected.cbegin(), expected.cend(), [](const QString &e) { return e.startsWith(u"base64url"); }));
    // The captured log is scanned the same way: a message holding the value is found.
    QVERIFY(findNeedles(capturedLog(), needles, s("log")).isEmpty());
    qDebug("self-test message: %s", planted.toBase64().constData());
    QVERIFY(!findNeedles(capturedLog(), needles, s("log")).isEmpty());
    QVERIFY(QDir(dir).removeRecursively());
    // (The self-test's own message must not count against the session below.)
    QMutexLocker lock(&g_logMutex);
    g_log.clear();
}

void TestHygiene::sessionLeavesNoSecretBehind() {
    if (!m_haveKeychain) {
        QSKIP(qPrintable(s("secret hygiene session not run: ") + m_noKeychainReason));
    }
    QClipboard *clipboard = QApplication::clipboard();
    clipboard->clear();

    // The emulator with the demo seed and a service account whose key this test owns.
    auto emu = test::startEmulator();
    QVERIFY(emu);
    const test::KeyPair keyPair = test::generateRsa();
    emu->store()->addServiceAccountKey(s(kServiceAccount), s(kKeyId), keyPair.publicPem);
    const QByteArray keyFile = test::ycKeyFile(s(kKeyId), s(kServiceAccount), keyPair);

    // The application's objects, wired as main.cpp does, with settings in the temp HOME.
    QSettings settings;
    CredentialStore credentials;
    ProfileStore profiles(&settings, &credentials);
    ConnectionFactory connections(&profiles);
    connections.setEnvironment(QProcessEnvironment());
    connections.setConfigAdjuster([](ClientConfig &config) { config.initialBackoffMs = 20; });

    Profile profile;
    profile.name = s("hygiene robot");
    profile.kind = Profile::Kind::ServiceAccountKey;
    profile.endpoint = emu->baseUrl();
    profile.cloudId = s("b1gdemo0cloud0prod01");
    profile.folderId = s(kFolder);
    std::optional<Result<Profile>> saved;
    profiles.save(profile, keyFile, this, [&saved](const Result<Profile> &r) { saved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
    QVERIFY2(saved->ok(), saved->ok() ? "" : qPrintable(saved->error().message));
    profile = saved->value();
    // Whatever happens below, the keychain entry goes.
    const auto removeProfile = qScopeGuard([&profiles, &profile, this]() {
        bool done = false;
        profiles.remove(profile.id, this, [&done](const std::optional<ApiError> &) { done = true; });
        (void)QTest::qWaitFor([&done]() { return done; }, 20000);
    });

    MainWindowOptions options;
    options.profiles = &profiles;
    options.connections = &connections;
    options.credentials = &credentials;
    options.profileId = profile.id;
    options.folderId = s(kFolder);
    auto window = std::make_unique<MainWindow>(nullptr, options, &settings);
    QSignalSpy loaded(window.get(), &MainWindow::secretsLoaded);
    QSignalSpy failed(window.get(), &MainWindow::connectionFailed);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 || failed.count() > 0, 20000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(window->profileId(), profile.id);

    // Select the demo secret and its current version; open the payload viewer as the menu does.
    QVERIFY(window->selectSecret(s(kPostgres)));
    QTRY_VERIFY_WITH_TIMEOUT(window->versionsModel()->rowCount() > 0 && !window->versionsModel()->isLoading(), 20000);
    window->selectVersions({s(kCurrentVersion)});
    auto *viewAction = window->findChild<QAction *>(s("viewValuesAction"));
    QVERIFY(viewAction && viewAction->isEnabled());
    viewAction->trigger();
    PayloadViewerDialog *viewer = nullptr;
    QTRY_VERIFY((viewer = window->findChild<PayloadViewerDialog *>()) && viewer->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(viewer->hasValues(), 20000);

    // Reveal the password with its row's button; copy it with the Copy button.
    const int row = viewer->rowOfKey(s("password"));
    QVERIFY(row >= 0);
    auto *table = viewer->findChild<QTableView *>(s("entriesTableView"));
    auto *reveal =
        qobject_cast<QToolButton *>(table->indexWidget(table->model()->index(row, PayloadViewerDialog::RevealColumn)));
    QVERIFY(reveal);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(viewer->isRevealed(row));
    const QByteArray revealed = table->model()->index(row, PayloadViewerDialog::ValueColumn).data().toString().toUtf8();
    QVERIFY(revealed.size() >= kMinNeedle);
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::mouseClick(viewer->findChild<QPushButton *>(s("copyValueButton")), Qt::LeftButton);
    const QByteArray copied = clipboard->text().toUtf8();
    QCOMPARE(copied, revealed);
    QTest::mouseClick(viewer->findChild<QDialogButtonBox *>(s("buttonBox"))->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<PayloadViewerDialog *>());

    // Add a version with a new password through the dialog.
    const QByteArray added = randomValue("hygiene-new-");
    auto *addAction = window->findChild<QAction *>(s("addVersionAction"));
    QVERIFY(addAction && addAction->isEnabled());
    addAction->trigger();
    AddVersionDialog *addDialog = nullptr;
    QTRY_VERIFY((addDialog = window->findChild<AddVersionDialog *>()) && addDialog->isVisible());
    auto *entries = addDialog->findChild<QTableWidget *>(s("entriesTableWidget"));
    const int passwordRow = addDialog->rowOfKey(s("password"));
    QVERIFY(passwordRow >= 0);
    auto *change = qobject_cast<QComboBox *>(entries->cellWidget(passwordRow, AddVersionDialog::ChangeColumn));
    change->setCurrentIndex(change->findData(static_cast<int>(AddVersionDialog::Change::Set)));
    auto *value = qobject_cast<QLineEdit *>(entries->cellWidget(passwordRow, AddVersionDialog::ValueColumn));
    QTest::keyClicks(value, QString::fromUtf8(added));
    QSignalSpy versionAdded(addDialog, &AddVersionDialog::versionAdded);
    QPushButton *ok = addDialog->findChild<QDialogButtonBox *>(s("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(addDialog->validationProblems().join(u'\n')));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(versionAdded.count(), 1, 20000);
    QTRY_VERIFY(!window->findChild<AddVersionDialog *>());

    // The IAM token the emulator issued for the key: asked of the connection's own provider.
    QVERIFY(window->client());
    auto *provider = window->client()->parent()->findChild<ExchangeTokenProvider *>();
    QVERIFY(provider);
    std::optional<Result<QString>> token;
    provider->requestToken(this, [&token](const Result<QString> &r) { token = r; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 20000);
    QVERIFY(token->ok());
    const QByteArray iamToken = token->value().toUtf8();
    QVERIFY(iamToken.size() >= kMinNeedle);
    token.reset();

    // Quit: the window closes (saving its settings) and goes, as main() ends; the clipboard is cleared.
    QVERIFY(clipboard->text().toUtf8() == copied);
    window->close();
    window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    settings.sync();
    QVERIFY2(!clipboard->text().toUtf8().contains(copied), "the copied value is still on the clipboard after quit");
    QVERIFY(!clipboard->mimeData() || !clipboard->mimeData()->hasFormat(s("x-kde-passwordManagerHint")));

    // Nothing secret in any file under HOME (the settings file included) or in any message.
    QList<Needle> needles{{s("IAM token"), iamToken},
                          {s("payload value (revealed)"), revealed},
                          {s("payload value (copied)"), copied},
                          {s("payload value (added)"), added},
                          {s("service-account key file"), keyFile}};
    needles << privateKeyNeedles(keyPair.privatePem);
    QVERIFY(QFileInfo(settings.fileName()).isFile()); // the session did write its settings
    QVERIFY(QFileInfo(settings.fileName()).absoluteFilePath().startsWith(g_home->path()));
    int files = 0;
    QStringList leaks = findNeedlesUnder(g_home->path(), needles, &files);
    QVERIFY(files >= 1);
    const QByteArray log = capturedLog();
    QVERIFY2(log.size() > 1000, "debug logging did not capture the session"); // the capture itself works
    leaks << findNeedlesInLog(needles);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    qInfo("scanned %d files under HOME and %lld bytes of log for %lld needles", files,
          static_cast<long long>(log.size()), static_cast<long long>(needles.size()));
}

// The environment must be in place before QApplication (and QStandardPaths) exist.
int main(int argc, char *argv[]) {
    QTemporaryDir home;
    if (!home.isValid()) {
        return 1;
    }
    g_home = &home;
    const QByteArray root = QFile::encodeName(home.path());
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/.config");
    qputenv("XDG_CACHE_HOME", root + "/.cache");
    qputenv("XDG_DATA_HOME", root + "/.local/share");
    qputenv("XDG_STATE_HOME", root + "/.local/state");
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    g_previousHandler = qInstallMessageHandler(captureMessage); // start-up messages (plugins, platform)

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lockbox-desktop"));
    QApplication::setOrganizationName(QStringLiteral("lockbox-desktop"));
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    TestHygiene test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int result = QTest::qExec(&test, argc, argv);
    // What Qt logs while the process exits (after main) must not reach g_log, destroyed by then.
    qInstallMessageHandler(nullptr);
    return result;
}

#include "tst_hygiene.moc"
