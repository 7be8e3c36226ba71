#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <optional>

// Protobuf JSON mapping helpers (what gRPC-JSON transcoding produces): int64 as strings,
// Duration as "Ns", Timestamp as RFC 3339 with 0–9 fractional digits, bytes as base64.
namespace lockbox::json {

// RFC 3339 with 0–9 fractional digits and Z or an offset; invalid QDateTime on error.
QDateTime parseTimestamp(const QString &text);
// UTC, "Z", with 0, 3 digits of fraction as protobuf does (milliseconds are our precision).
QString formatTimestamp(const QDateTime &time);

// "604800s", "1.5s", "-3s"; nullopt when malformed. Result in milliseconds.
std::optional<qint64> parseDurationMs(const QString &text);
QString formatDurationMs(qint64 ms);

// int64 fields arrive as strings but a number is accepted too (protobuf parsers accept both).
std::optional<qint64> toInt64(const QJsonValue &value);

// Strict standard base64 (protobuf also accepts URL-safe); nullopt on malformed input.
std::optional<QByteArray> fromBase64(const QString &text);

} // namespace lockbox::json
