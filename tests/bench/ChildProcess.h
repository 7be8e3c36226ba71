#pragma once

#include <QProcess>
#include <QUrl>
#include <memory>

namespace lockbox::bench {

// A server the benchmark starts (lockbox-emulator, bench_static_server): started, asked for its
// "listening on URL" line, and stopped with SIGTERM (then SIGKILL) when this object goes.
class ChildServer final {
public:
    ChildServer() = default;
    ~ChildServer();
    Q_DISABLE_COPY_MOVE(ChildServer)

    // False with a message when it did not start or said nothing within timeoutMs. Its stderr goes to
    // stderrFile (empty: kept in the pipe, for servers that say little).
    bool start(const QString &program, const QStringList &arguments, const QString &stderrFile, int timeoutMs,
               QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    void stop();

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
};

// Reads lines from a running process until one starts with prefix; the elapsed time is counted by
// the caller. Empty on timeout or exit.
QByteArray readLineStartingWith(QProcess &process, const QByteArray &prefix, int timeoutMs);

} // namespace lockbox::bench
