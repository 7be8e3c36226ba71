#pragma once

#include "ApiError.h"

#include <variant>

namespace lockbox {

// A value or an ApiError; what every asynchronous call delivers.
template <typename T>
class Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(ApiError error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }
    // The server's x-request-id of the response this result came from (also on errors).
    const QString &requestId() const { return m_requestId; }
    void setRequestId(const QString &id) { m_requestId = id; }

private:
    std::variant<T, ApiError> m_data;
    QString m_requestId;
};

} // namespace lockbox
