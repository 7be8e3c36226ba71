#include "ChildProcess.h"

#include <QDeadlineTimer>

namespace lockbox::bench {

QByteArray readLineStartingWith(QProcess &process, const QByteArray &prefix, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        if (process.state() == QProcess::NotRunning) {
            return {};
        }
        process.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    }
    return {};
}

ChildServer::~ChildServer() {
    stop();
}

bool ChildServer::start(const QString &program, const QStringList &arguments, const QString &stderrFile, int timeoutMs,
                        QString *error) {
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setReadChannel(QProcess::StandardOutput);
    if (!stderrFile.isEmpty()) {
        m_process->setStandardErrorFile(stderrFile);
    }
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(timeoutMs)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, m_process->errorString());
        return false;
    }
    const QByteArray line = readLineStartingWith(*m_process, QByteArrayLiteral("listening on "), timeoutMs);
    if (line.isEmpty()) {
        *error = QStringLiteral("%1 said nothing within %2 ms: %3")
                     .arg(program)
                     .arg(timeoutMs)
                     .arg(stderrFile.isEmpty() ? QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed()
                                               : QStringLiteral("see ") + stderrFile);
        stop();
        return false;
    }
    m_baseUrl = QUrl(QString::fromLatin1(line.mid(13)));
    return true;
}

void ChildServer::stop() {
    if (!m_process) {
        return;
    }
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

} // namespace lockbox::bench
