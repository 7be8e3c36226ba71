// Lockbox Desktop: wires the core, the sandbox emulator and the widgets together.
#include "ConnectionFactory.h"
#include "CredentialStore.h"
#include "LanguageManager.h"
#include "LockboxStyle.h"
#include "MallocTuning.h"
#include "MainWindow.h"
#include "ProfileEditorDialog.h"
#include "ProfileStore.h"
#include "SandboxSession.h"
#include "StartupTimeline.h"
#include "VersionsModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QAction>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QStyle>
#include <QEvent>
#include <QTimer>
#include <QLocale>
#include <QSettings>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// --lang must be known before the help text is built, so it is read ahead of the parser. A null
// string when it is not given.
QString requestedLanguage(const QStringList &arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (arg.startsWith(QLatin1String("--lang="))) {
            return arg.mid(7);
        }
    }
    return {};
}

// Prints "first-paint <ms since process start>" at the window's first paint and quits: what the
// cold-start benchmark measures. Then the start's marks, when the benchmark asked for them.
class FirstPaintProbe final : public QObject {
public:
    FirstPaintProbe(const QElapsedTimer &clock, lockbox::StartupTimeline &timeline)
        : m_clock(clock), m_timeline(timeline) {}
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            m_timeline.mark("paint");
            // After this paint is on screen, not before it.
            QTimer::singleShot(0, watched, [this]() {
                m_timeline.mark("frame");
                std::printf("first-paint %lld\n", static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                m_timeline.print();
                QApplication::exit(0);
            });
        }
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    lockbox::StartupTimeline &m_timeline;
    bool m_done = false;
};

// The first themed icon lookup parses the desktop icon theme's index (Adwaita's lists ~650
// directories): ~29 M instructions, ~10 ms before the first frame, for the delete action's standard
// icon. Until the window has painted, themed lookups see only the bundled icons; then the theme comes
// back and that icon is fetched again, so the window ends up as it would have been. (The filter's
// clear button and the bars' extension buttons read theirs when first drawn: LockboxStyle.)
class DeferredIconTheme final : public QObject {
public:
    DeferredIconTheme() : m_paths(QIcon::themeSearchPaths()) {
        QIcon::setThemeSearchPaths({QStringLiteral(":/icons")});
    }
    ~DeferredIconTheme() override {
        if (!m_restored) {
            QIcon::setThemeSearchPaths(m_paths);
        }
    }
    void watch(QWidget *window) { window->installEventFilter(this); }
    void restore() {
        if (!m_restored) {
            m_restored = true;
            QIcon::setThemeSearchPaths(m_paths);
            // The windows' icon too: rendered at every size the window manager gets (SVG, ~5 M
            // instructions), it comes after the first frame like the theme.
            QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
        }
    }
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_restored) {
            // A timer, not a queued call: it runs after this frame is flushed.
            auto *window = qobject_cast<QWidget *>(watched);
            QTimer::singleShot(1, window, [this, window]() { refresh(window); });
            window->removeEventFilter(this);
        }
        return false;
    }

private:
    void refresh(QWidget *window) {
        restore();
        if (auto *remove = window->findChild<QAction *>(QStringLiteral("deleteSecretAction"))) {
            remove->setIcon(window->style()->standardIcon(QStyle::SP_TrashIcon));
        }
    }
    QStringList m_paths;
    bool m_restored = false;
};

bool hasArgument(int argc, char *argv[], const char *name) {
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[]) {
    lockbox::StartupTimeline timeline;
    QElapsedTimer sinceStart;
    sinceStart.start();
    lockbox::limitMallocArenas(); // before any thread starts
    // --version and --help must work without a display (packaging checks, terminals over ssh).
    if ((hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v") || hasArgument(argc, argv, "--help") ||
         hasArgument(argc, argv, "-h")) &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    timeline.mark("application");
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.lockbox_desktop.LockboxDesktop"));
    QApplication::setApplicationName(QStringLiteral("lockbox-desktop"));
    QApplication::setOrganizationName(QStringLiteral("lockbox-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lockbox Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(LOCKBOX_VERSION));
    lockbox::ui::LockboxStyle::install(); // the style Qt picked, with three icons read when drawn

    // The language: --lang for this run, else the one chosen in Settings, else the system's. An
    // unknown --lang means English here; the parser below reports it.
    QSettings settings;
    const QString cliLanguage = requestedLanguage(QApplication::arguments());
    lockbox::LanguageManager languages;
    languages.setLanguage(cliLanguage.isNull()
                              ? settings.value(QLatin1String(lockbox::LanguageManager::kSettingsKey)).toString()
                              : cliLanguage);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop client for Yandex Cloud Lockbox secret versions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start a local emulator with demo data and connect to it."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language: en or ru."),
                                        QApplication::translate("main", "language"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke-test"),
        QApplication::translate("main", "With --sandbox: load the demo secret's versions, then exit (0 on success)."));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("exit-after-first-paint"),
        QApplication::translate("main", "Print the milliseconds from start to the window's first paint, then exit."));
    parser.addOption(sandboxOption);
    parser.addOption(langOption);
    parser.addOption(smokeOption);
    parser.addOption(firstPaintOption);
    parser.process(app);
    FirstPaintProbe firstPaint(sinceStart, timeline);
    if (parser.isSet(langOption) && parser.value(langOption) != QLatin1String("en") &&
        parser.value(langOption) != QLatin1String("ru")) {
        fprintf(
            stderr, "%s\n",
            qPrintable(
                QApplication::translate("main", "Unknown language “%1”: use en or ru.").arg(parser.value(langOption))));
        return 2;
    }

    lockbox::CredentialStore credentials;
    lockbox::ProfileStore profiles(&settings, &credentials);
    lockbox::ConnectionFactory connections(&profiles);
    lockbox::ui::SandboxSession sandbox;
    DeferredIconTheme iconTheme;
    std::unique_ptr<lockbox::ui::MainWindow> window;
    lockbox::ui::MainWindowOptions baseOptions;
    baseOptions.profiles = &profiles;
    baseOptions.connections = &connections;
    baseOptions.credentials = &credentials;
    baseOptions.sandboxSession = &sandbox;
    baseOptions.languages = &languages;

    const auto showWindow = [&](lockbox::ApiClient *client, const lockbox::ui::MainWindowOptions &options) {
        timeline.mark("settings"); // the style, language, options and stores
        window = std::make_unique<lockbox::ui::MainWindow>(client, options, &settings);
        timeline.mark("window");
        iconTheme.watch(window.get());
        if (parser.isSet(firstPaintOption)) {
            window->installEventFilter(&firstPaint);
        }
        if (parser.isSet(smokeOption)) {
            // Smoke test: the demo secret's first page of versions arrives, or the run fails. The window's
            // models are made when the sandbox is up.
            lockbox::ui::MainWindow *shown = window.get();
            QObject::connect(
                shown, &lockbox::ui::MainWindow::connected, shown,
                [shown]() {
                    auto *model = shown->versionsModel();
                    QObject::connect(model, &lockbox::VersionsModel::pageLoaded, shown, [model](int, int count) {
                        std::printf("smoke-test: %d versions of %s loaded\n", count, qPrintable(model->secretId()));
                        std::fflush(stdout);
                        QApplication::exit(count > 0 ? 0 : 1);
                    });
                    QObject::connect(model, &lockbox::VersionsModel::loadFailed, shown, [](const lockbox::ApiError &e) {
                        std::fprintf(stderr, "smoke-test: %s\n", qPrintable(e.toString()));
                        QApplication::exit(1);
                    });
                },
                Qt::SingleShotConnection);
            QObject::connect(&sandbox, &lockbox::ui::SandboxSession::failed, shown, [](const QString &message) {
                std::fprintf(stderr, "smoke-test: %s\n", qPrintable(message));
                QApplication::exit(1);
            });
            QTimer::singleShot(30000, window.get(), [] {
                std::fprintf(stderr, "smoke-test: no versions within 30 s\n");
                QApplication::exit(1);
            });
        }
        window->show();
        timeline.mark("shown");
    };
    // Starting in the sandbox: the window comes first and starts the emulator itself, showing "Starting
    // the sandbox…" until it is up, so the first frame does not wait for the demo data to load.
    const auto showSandboxWindow = [&](const QString &folderId) {
        lockbox::ui::MainWindowOptions options = baseOptions;
        options.profileId = QString::fromLatin1(lockbox::ConnectionFactory::kSandboxProfileId);
        options.folderId = folderId;
        showWindow(nullptr, options);
        // As before the window came first: a sandbox that cannot start at launch is said, then the run ends.
        QObject::connect(
            &sandbox, &lockbox::ui::SandboxSession::failed, window.get(),
            [&window](const QString &message) {
                auto *box =
                    new QMessageBox(QMessageBox::Critical, QApplication::translate("main", "Lockbox Desktop"),
                                    QApplication::translate("main", "The sandbox could not start: %1").arg(message),
                                    QMessageBox::Ok, window.get());
                box->setAttribute(Qt::WA_DeleteOnClose);
                QObject::connect(box, &QMessageBox::finished, box, []() { QApplication::exit(1); });
                box->open();
            },
            Qt::SingleShotConnection);
    };

    if (parser.isSet(smokeOption) && !parser.isSet(sandboxOption)) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--smoke-test needs --sandbox.")));
        return 2;
    }
    if (parser.isSet(sandboxOption)) {
        showSandboxWindow(QString::fromLatin1(lockbox::ui::SandboxSession::kDemoFolderId));
    } else {
        // The profile used last time, else the first one there is (Environment counts), else a first start.
        const QString sandboxId = QString::fromLatin1(lockbox::ConnectionFactory::kSandboxProfileId);
        const QString last = settings.value(QLatin1String(lockbox::ui::MainWindow::kLastProfileKey)).toString();
        const QList<lockbox::Profile> available = connections.availableProfiles();
        QString profileId;
        if (last == sandboxId || (!last.isEmpty() && connections.findProfile(last))) {
            profileId = last;
        } else if (!available.isEmpty()) {
            profileId = available.first().id;
        }
        if (profileId == sandboxId) {
            showSandboxWindow(QString());
        } else if (!profileId.isEmpty()) {
            lockbox::ui::MainWindowOptions options = baseOptions;
            options.profileId = profileId;
            showWindow(nullptr, options);
        } else {
            iconTheme.restore(); // a dialog comes first: it gets the theme's icons
            lockbox::ui::ProfileEditorDialog editor(&profiles, &connections, &credentials);
            editor.setFirstRun(true);
            bool useSandbox = false;
            QString savedId;
            QObject::connect(&editor, &lockbox::ui::ProfileEditorDialog::sandboxRequested, &app,
                             [&useSandbox]() { useSandbox = true; });
            QObject::connect(&editor, &lockbox::ui::ProfileEditorDialog::profileSaved, &app,
                             [&savedId](const lockbox::Profile &profile) { savedId = profile.id; });
            if (parser.isSet(firstPaintOption)) {
                editor.installEventFilter(&firstPaint);
            }
            editor.exec();
            if (!savedId.isEmpty()) {
                settings.setValue(QLatin1String(lockbox::ui::MainWindow::kLastProfileKey), savedId);
                lockbox::ui::MainWindowOptions options = baseOptions;
                options.profileId = savedId;
                showWindow(nullptr, options);
            } else if (useSandbox) {
                settings.setValue(QLatin1String(lockbox::ui::MainWindow::kLastProfileKey), sandboxId);
                showSandboxWindow(QString());
            } else {
                return 0;
            }
        }
    }
    const int code = QApplication::exec();
    window.reset(); // before the client it uses
    return code;
}
