// lockbox-screenshots: renders the main window and each dialog in sandbox mode to PNG files, in
// a chosen language and palette, for the README. Run by make-screenshots.sh under Xvfb.
//   lockbox-screenshots OUTDIR --lang en|ru [--dark] [--scale FACTOR]
// --scale 2 renders at 200% (QT_SCALE_FACTOR) and names the files …-200.png.
#include "ApiClient.h"
#include "EmulatorHost.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SandboxSession.h"
#include "VersionsModel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace lockbox;

namespace {
QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Runs the steps one after another, each after the event loop had time to paint and to load.
void runSteps(QList<std::function<void()>> steps, int delayMs) {
    if (steps.isEmpty()) {
        QApplication::quit();
        return;
    }
    auto step = steps.takeFirst();
    QTimer::singleShot(delayMs, qApp, [step, steps, delayMs]() {
        step();
        runSteps(steps, delayMs);
    });
}
} // namespace

int main(int argc, char *argv[]) {
    // The scale is read when the application starts, so it is set before.
    QByteArray scale;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--scale") == 0) {
            scale = argv[i + 1];
            qputenv("QT_SCALE_FACTOR", scale);
        }
    }
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: lockbox-screenshots OUTDIR --lang en|ru [--dark] [--scale FACTOR]\n");
        return 2;
    }
    const QString outDir = args.at(1);
    const QString lang = args.contains(QStringLiteral("ru")) ? QStringLiteral("ru") : QStringLiteral("en");
    const bool dark = args.contains(QStringLiteral("--dark"));
    const double factor = scale.isEmpty() ? 1.0 : scale.toDouble();
    const QString suffix = lang + (dark ? QStringLiteral("-dark") : QStringLiteral("-light")) +
                           (factor > 0 && factor != 1.0 ? QStringLiteral("-%1").arg(qRound(factor * 100)) : QString());
    QDir().mkpath(outDir);

    // As the application does it, so the Settings dialog offers the language choice too.
    LanguageManager languages;
    languages.setLanguage(lang);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark) {
        QApplication::setPalette(darkPalette());
    }

    emulator::EmulatorHost host;
    std::unique_ptr<StaticTokenProvider> token;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ui::MainWindow> window;
    auto save = [&](QWidget *w, const QString &name) {
        const QString path = outDir + QLatin1Char('/') + name + QLatin1Char('-') + suffix + QStringLiteral(".png");
        if (!w || !w->grab().save(path)) {
            std::fprintf(stderr, "could not save %s\n", qPrintable(path));
            return;
        }
        std::printf("%s\n", qPrintable(path));
    };
    auto topDialog = [&]() -> QDialog * {
        const auto dialogs = window->findChildren<QDialog *>();
        for (QDialog *d : dialogs) {
            if (d->isVisible()) {
                return d;
            }
        }
        return nullptr;
    };
    auto closeDialogs = [&]() {
        for (QDialog *d : window->findChildren<QDialog *>()) {
            if (d->isVisible()) {
                d->reject();
            }
        }
    };
    auto trigger = [&](const char *action) {
        if (auto *a = window->findChild<QAction *>(QLatin1String(action))) {
            a->trigger();
        }
    };

    QObject::connect(&host, &emulator::EmulatorHost::failed, &app, [](const QString &m) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(m));
        QApplication::exit(1);
    });
    QObject::connect(&host, &emulator::EmulatorHost::started, &app, [&](const QUrl &url) {
        token = std::make_unique<StaticTokenProvider>(QString::fromLatin1(ui::SandboxSession::kToken));
        ClientConfig config;
        config.baseUrl = url;
        client = std::make_unique<ApiClient>(config, token.get());
        ui::MainWindowOptions options;
        options.folderId = QString::fromLatin1(ui::SandboxSession::kDemoFolderId);
        options.sandbox = true;
        options.languages = &languages;
        window = std::make_unique<ui::MainWindow>(client.get(), options, nullptr);
        window->resize(1360, 820);
        window->show();
        runSteps({[&]() { window->selectSecret(QStringLiteral("e6qdemo0postgres0001")); },
                  [&]() { window->selectVersions({QStringLiteral("e6qv0pgmain000000003")}); },
                  [&]() { save(window.get(), QStringLiteral("main-window")); },
                  [&]() { trigger("addVersionAction"); },
                  [&]() {
                      save(topDialog(), QStringLiteral("add-version"));
                      closeDialogs();
                  },
                  [&]() {
                      window->selectVersions(
                          {QStringLiteral("e6qv0pgmain000000004"), QStringLiteral("e6qv0pgmain000000005")});
                      trigger("scheduleDestructionAction");
                  },
                  [&]() {
                      save(topDialog(), QStringLiteral("schedule-destruction"));
                      closeDialogs();
                  },
                  [&]() {
                      window->selectVersions({QStringLiteral("e6qv0pgmain000000002")});
                      trigger("cancelDestructionAction");
                  },
                  [&]() {
                      save(topDialog(), QStringLiteral("cancel-destruction"));
                      closeDialogs();
                  },
                  [&]() {
                      window->selectVersions({QStringLiteral("e6qv0pgmain000000006")});
                      trigger("viewValuesAction");
                  },
                  [&]() {
                      save(topDialog(), QStringLiteral("payload-viewer"));
                      closeDialogs();
                  },
                  [&]() {
                      window->selectVersions(
                          {QStringLiteral("e6qv0pgmain000000003"), QStringLiteral("e6qv0pgmain000000006")});
                      trigger("compareVersionsAction");
                  },
                  [&]() {
                      save(topDialog(), QStringLiteral("compare-versions"));
                      closeDialogs();
                  },
                  [&]() { window->selectSecret(QStringLiteral("e6qdemo0generated001")); },
                  [&]() { trigger("passwordSpecAction"); },
                  [&]() {
                      save(topDialog(), QStringLiteral("password-specification"));
                      closeDialogs();
                  },
                  [&]() { trigger("newSecretAction"); },
                  [&]() {
                      save(topDialog(), QStringLiteral("create-secret"));
                      closeDialogs();
                  },
                  [&]() { trigger("settingsAction"); },
                  [&]() {
                      save(topDialog(), QStringLiteral("settings"));
                      closeDialogs();
                  }},
                 700);
    });
    emulator::EmulatorOptions options;
    options.adminTokens << QString::fromLatin1(ui::SandboxSession::kToken);
    host.start(options);
    const int code = QApplication::exec();
    window.reset();
    return code;
}
