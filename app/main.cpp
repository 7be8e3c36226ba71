// Lockbox Desktop: wires the core, the sandbox emulator and the widgets together.
#include "MainWindow.h"
#include "SandboxSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

// --lang must be known before the help text is built, so it is read ahead of the parser.
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
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

void installTranslators(QApplication &app, const QString &language) {
    QLocale::setDefault(QLocale(language));
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/lockbox-desktop_") + language)) {
        QApplication::installTranslator(ours);
    }
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lockbox-desktop"));
    QApplication::setOrganizationName(QStringLiteral("lockbox-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lockbox Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(LOCKBOX_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QString language = requestedLanguage(QApplication::arguments());
    if (language != QLatin1String("en") && language != QLatin1String("ru")) {
        language = QStringLiteral("en"); // reported by the parser below
    }
    installTranslators(app, language);

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
    parser.addOption(sandboxOption);
    parser.addOption(langOption);
    parser.process(app);
    if (parser.isSet(langOption) && parser.value(langOption) != QLatin1String("en") &&
        parser.value(langOption) != QLatin1String("ru")) {
        fprintf(
            stderr, "%s\n",
            qPrintable(
                QApplication::translate("main", "Unknown language “%1”: use en or ru.").arg(parser.value(langOption))));
        return 2;
    }

    QSettings settings;
    lockbox::ui::SandboxSession sandbox;
    std::unique_ptr<lockbox::ui::MainWindow> window;
    QObject::connect(&sandbox, &lockbox::ui::SandboxSession::ready, &app, [&](lockbox::ApiClient *client) {
        lockbox::ui::MainWindowOptions options;
        options.folderId = QString::fromLatin1(lockbox::ui::SandboxSession::kDemoFolderId);
        options.sandbox = true;
        window = std::make_unique<lockbox::ui::MainWindow>(client, options, &settings);
        window->show();
    });
    QObject::connect(&sandbox, &lockbox::ui::SandboxSession::failed, &app, [](const QString &message) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Lockbox Desktop"),
                              QApplication::translate("main", "The sandbox could not start: %1").arg(message));
        QApplication::exit(1);
    });

    if (parser.isSet(sandboxOption)) {
        sandbox.start();
    } else {
        // Connection profiles (service accounts, OAuth, the keychain) come in a later version.
        QMessageBox box(QMessageBox::Information, QApplication::translate("main", "Lockbox Desktop"),
                        QApplication::translate("main", "Connecting to Yandex Cloud with your own profiles comes in "
                                                        "a later version."));
        box.setInformativeText(QApplication::translate(
            "main", "You can try everything now in the sandbox: a local emulator with demo secrets. Nothing in "
                    "it reaches Yandex Cloud."));
        QPushButton *start =
            box.addButton(QApplication::translate("main", "Start the &Sandbox"), QMessageBox::AcceptRole);
        box.addButton(QApplication::translate("main", "&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(start);
        box.exec();
        if (box.clickedButton() != start) {
            return 0;
        }
        sandbox.start();
    }
    const int code = QApplication::exec();
    window.reset(); // before the client it uses
    return code;
}
