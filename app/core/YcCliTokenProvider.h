#pragma once

#include "CredentialProvider.h"

#include <QDateTime>
#include <QPointer>

namespace lockbox {

// IAM tokens from `yc iam create-token [--profile P]` (federated users get tokens only this way).
// Runs yc asynchronously, one run at a time, and reuses a token for an hour (the documented advice;
// yc does not say when its token expires).
class YcCliTokenProvider final : public CredentialProvider {
    Q_OBJECT
public:
    explicit YcCliTokenProvider(QString ycProfile, QString program = QStringLiteral("yc"), QObject *parent = nullptr);
    ~YcCliTokenProvider() override;

    void requestToken(QObject *context, TokenCallback callback) override;
    void invalidate(const QString &token) override;
    std::optional<QString> readyToken() override;

private:
    void run();

    QString m_profile;
    QString m_program;
    QString m_token;
    QDateTime m_obtainedAt;
    bool m_running = false;
    QList<std::pair<QPointer<QObject>, TokenCallback>> m_waiters;
};

} // namespace lockbox
