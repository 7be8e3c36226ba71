#include "JsonMapping.h"

#include <QRegularExpression>

namespace lockbox::json {

namespace {

// Value of text[pos, pos + count) as ASCII digits, or -1.
int digits(const QChar *text, qsizetype pos, int count) {
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

// Fixed positions instead of a regular expression: this runs twice per listed secret (10,000 in a
// folder), and a match with its captured strings cost ~40 times as much.
QDateTime parseTimestamp(const QString &text) {
    const qsizetype n = text.size();
    if (n < 20) { // "YYYY-MM-DDTHH:MM:SSZ"
        return {};
    }
    const QChar *c = text.constData();
    const auto at = [c](qsizetype i, char16_t ch) { return c[i].unicode() == ch; };
    if (!at(4, u'-') || !at(7, u'-') || !(at(10, u'T') || at(10, u't')) || !at(13, u':') || !at(16, u':')) {
        return {};
    }
    const int year = digits(c, 0, 4);
    const int month = digits(c, 5, 2);
    const int day = digits(c, 8, 2);
    const int hour = digits(c, 11, 2);
    const int minute = digits(c, 14, 2);
    const int second = digits(c, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
        return {};
    }
    qsizetype pos = 19;
    int msec = 0;
    if (at(pos, u'.')) {
        ++pos;
        const qsizetype fractionStart = pos;
        while (pos < n && pos - fractionStart < 10 && c[pos].unicode() >= u'0' && c[pos].unicode() <= u'9') {
            ++pos;
        }
        const qsizetype count = pos - fractionStart;
        if (count < 1 || count > 9) {
            return {};
        }
        // Keep milliseconds, drop finer digits (QDateTime's precision).
        for (qsizetype i = 0; i < 3; ++i) {
            msec = msec * 10 + (i < count ? c[fractionStart + i].unicode() - u'0' : 0);
        }
    }
    int offsetSecs = 0;
    if (pos < n && (at(pos, u'Z') || at(pos, u'z'))) {
        ++pos;
    } else if (pos < n && (at(pos, u'+') || at(pos, u'-'))) {
        if (n - pos < 6 || !at(pos + 3, u':')) {
            return {};
        }
        const int offHours = digits(c, pos + 1, 2);
        const int offMinutes = digits(c, pos + 4, 2);
        if (offHours < 0 || offMinutes < 0) {
            return {};
        }
        offsetSecs = (offHours * 3600 + offMinutes * 60) * (at(pos, u'+') ? -1 : 1);
        pos += 6;
    } else {
        return {};
    }
    if (pos != n) {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid()) {
        return {}; // includes a leap second (:60), which QTime refuses
    }
    // Qt::UTC, unlike QTimeZone::utc(), allocates no time-zone data per value.
    QDateTime result(date, time, Qt::UTC);
    if (offsetSecs != 0) {
        result = result.addSecs(offsetSecs);
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
        // In range first (a cast of a double outside it is undefined); NaN fails both comparisons.
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0) ||
            d != static_cast<double>(static_cast<qint64>(d))) {
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
