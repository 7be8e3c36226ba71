// lockbox-emulator: the Lockbox emulator as a standalone service on loopback.
#include "Emulator.h"
#include "EmulatorStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFds[2] = {-1, -1};

void onSignal(int) {
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lockbox-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOCKBOX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Emulator of Yandex Cloud Lockbox (secrets, versions, payloads, operations), IAM token exchange and "
        "Resource Manager, for Lockbox Desktop's sandbox mode and tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to bind (loopback unless --allow-remote)."),
         QStringLiteral("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one."), QStringLiteral("port"),
         QStringLiteral("0")},
        {QStringLiteral("allow-remote"), QStringLiteral("Allow binding a non-loopback address.")},
        {QStringLiteral("seed"), QStringLiteral("Seed JSON (default: the built-in demo seed)."),
         QStringLiteral("file")},
        {QStringLiteral("state"), QStringLiteral("Persist every mutation to this file and load it at start."),
         QStringLiteral("file")},
        {QStringLiteral("token"), QStringLiteral("Accept this IAM token as an admin subject (repeatable)."),
         QStringLiteral("token")},
        {QStringLiteral("token-lifetime"),
         QStringLiteral("Lifetime of IAM tokens it issues, in seconds (default 43200)."), QStringLiteral("seconds"),
         QStringLiteral("43200")},
        {QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this PEM certificate (chain)."),
         QStringLiteral("pem")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("pem")},
        {QStringLiteral("faults"), QStringLiteral("Fault injection spec, e.g. '503x2@POST *:addVersion;latency=50'."),
         QStringLiteral("spec")},
    });
    parser.process(app);

    lockbox::emulator::EmulatorOptions options;
    if (!options.host.setAddress(parser.value(QStringLiteral("host")))) {
        std::fprintf(stderr, "lockbox-emulator: bad --host %s\n", qPrintable(parser.value(QStringLiteral("host"))));
        return 2;
    }
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "lockbox-emulator: bad --port\n");
        return 2;
    }
    options.port = static_cast<quint16>(port);
    options.allowRemote = parser.isSet(QStringLiteral("allow-remote"));
    options.seedFile = parser.value(QStringLiteral("seed"));
    options.stateFile = parser.value(QStringLiteral("state"));
    options.adminTokens = parser.values(QStringLiteral("token"));
    options.tlsCertificateFile = parser.value(QStringLiteral("tls-cert"));
    options.tlsKeyFile = parser.value(QStringLiteral("tls-key"));
    options.faults = parser.value(QStringLiteral("faults"));
    const qint64 lifetime = parser.value(QStringLiteral("token-lifetime")).toLongLong(&ok);
    if (!ok || lifetime <= 0) {
        std::fprintf(stderr, "lockbox-emulator: bad --token-lifetime\n");
        return 2;
    }
    options.tokenLifetimeMs = lifetime * 1000;

    lockbox::emulator::Emulator emulator;
    QString error;
    if (!emulator.start(options, &error)) {
        std::fprintf(stderr, "lockbox-emulator: %s\n", qPrintable(error));
        return 1;
    }
    // Stop cleanly on SIGINT/SIGTERM: the handler only writes to a socket pair the event loop watches.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char c = 0;
            [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
            QCoreApplication::quit();
        });
        struct sigaction sa {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }
    std::printf("listening on %s\n", qPrintable(emulator.baseUrl().toString()));
    std::fflush(stdout);
    if (options.adminTokens.isEmpty()) {
        std::fprintf(stderr, "lockbox-emulator: no --token given; only tokens from the seed are accepted\n");
    }
    return app.exec();
}
