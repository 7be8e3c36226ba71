#include "JsonMapping.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace lockbox::json {

QDateTime parseTimestamp(const QString &text) {
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return {};
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).toInt();
    int msec = 0;
    if (m.capturedLength(7) > 0) {
        // Keep milliseconds, drop finer digits (QDateTime's precision).
        msec = QString(m.captured(7) + QStringLiteral("00")).left(3).toInt();
    }
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    QDateTime result(date, time, QTimeZone::utc());
    if (m.capturedLength(9) > 0) {
        const int offset = m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60;
        result = result.addSecs(m.captured(9) == QLatin1String("+") ? -offset : offset);
    }
    return result;
}

QString formatTimestamp(const QDateTime &time) {
    const QDateTime utc = time.toUTC();
    if (utc.time().msec() != 0) {
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<qint64> parseDurationMs(const QString &text) {
    static const QRegularExpression re(QStringLiteral(R"(^(-)?(\d{1,12})(?:\.(\d{1,9}))?s$)"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    qint64 ms = m.captured(2).toLongLong() * 1000;
    if (m.capturedLength(3) > 0) {
        ms += QString(m.captured(3) + QStringLiteral("00")).left(3).toLongLong();
    }
    return m.capturedLength(1) > 0 ? -ms : ms;
}

QString formatDurationMs(qint64 ms) {
    const bool negative = ms < 0;
    const qint64 abs = negative ? -ms : ms;
    QString s = QString::number(abs / 1000);
    if (abs % 1000 != 0) {
        s += QLatin1Char('.') + QStringLiteral("%1").arg(abs % 1000, 3, 10, QLatin1Char('0'));
    }
    return (negative ? QStringLiteral("-") : QString()) + s + QLatin1Char('s');
}

std::optional<qint64> toInt64(const QJsonValue &value) {
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(v) : std::nullopt;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != static_cast<double>(static_cast<qint64>(d))) {
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }
    return std::nullopt;
}

std::optional<QByteArray> fromBase64(const QString &text) {
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                      QByteArray::AbortOnBase64DecodingErrors);
    }
    if (!decoded) {
        return std::nullopt;
    }
    return *decoded;
}

} // namespace lockbox::json
