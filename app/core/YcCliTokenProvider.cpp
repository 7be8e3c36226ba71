#include "YcCliTokenProvider.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace lockbox {

YcCliTokenProvider::YcCliTokenProvider(QString ycProfile, QString program, QObject *parent)
    : CredentialProvider(parent), m_profile(std::move(ycProfile)), m_program(std::move(program)) {}

YcCliTokenProvider::~YcCliTokenProvider() {
    m_token.fill(QChar(u'\0'));
}

std::optional<QString> YcCliTokenProvider::readyToken() {
    if (!m_token.isEmpty() && m_obtainedAt.secsTo(QDateTime::currentDateTimeUtc()) < 3600) {
        return m_token;
    }
    return std::nullopt;
}

void YcCliTokenProvider::requestToken(QObject *context, TokenCallback callback) {
    if (const std::optional<QString> token = readyToken()) {
        QTimer::singleShot(0, context, [token = *token, callback = std::move(callback)] { callback(token); });
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(callback)});
    if (!m_running) {
        run();
    }
}

void YcCliTokenProvider::invalidate(const QString &token) {
    if (token == m_token) {
        m_token.fill(QChar(u'\0'));
        m_token.clear();
    }
}

void YcCliTokenProvider::run() {
    auto finish = [this](const Result<QString> &result) {
        m_running = false;
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &[ctx, cb] : waiters) {
            if (ctx) {
                cb(result);
            }
        }
    };
    const QString program = QStandardPaths::findExecutable(m_program);
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [finish] {
            finish(ApiError::local(ApiError::Kind::Auth,
                                   QCoreApplication::translate("YcCliTokenProvider",
                                                               "The yc CLI is not installed or not on PATH; it is "
                                                               "needed to get tokens for federated accounts.")));
        });
        return;
    }
    m_running = true;
    auto *process = new QProcess(this);
    QStringList args{QStringLiteral("iam"), QStringLiteral("create-token")};
    if (!m_profile.isEmpty()) {
        args << QStringLiteral("--profile") << m_profile;
    }
    connect(process, &QProcess::finished, this, [this, process, finish](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        const QString out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
        if (status != QProcess::NormalExit || code != 0 || out.isEmpty()) {
            const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed().left(500);
            finish(ApiError::local(ApiError::Kind::Auth,
                                   QCoreApplication::translate("YcCliTokenProvider", "yc iam create-token failed: %1")
                                       .arg(err.isEmpty() ? QString::number(code) : err)));
            return;
        }
        m_token = out.split(QLatin1Char('\n')).last().trimmed();
        m_obtainedAt = QDateTime::currentDateTimeUtc();
        finish(m_token);
    });
    connect(process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            process->deleteLater();
            finish(ApiError::local(ApiError::Kind::Auth,
                                   QCoreApplication::translate("YcCliTokenProvider", "yc could not be started.")));
        }
    });
    process->start(program, args);
}

} // namespace lockbox
