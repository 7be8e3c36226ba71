#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace lockbox::emulator {

// Faults the emulator injects into matching requests; off (no rules) by default.
//
// Spec (--faults, rules separated by ';'):
//   latency=MS                     every response delayed by MS milliseconds
//   KIND[xN][@[METHOD ]GLOB]       the next N (default 1, x0 = always) matching requests fail
// KIND: 429 | 500 | 503 (google.rpc.Status body; 429 carries Retry-After), drop (the request is
// applied, then the connection is closed without a response), truncate (a 200 whose body is cut
// short), malformed (a 200 whose body is not JSON), delay=MS (only matching requests are slow).
// GLOB matches the path; '*' matches any run of characters. Example:
//   --faults '503x2@POST /lockbox/v1/secrets/*:addVersion;latency=50'
class FaultInjector final {
public:
    enum class Kind { Status429, Status500, Status503, Drop, Truncate, Malformed, Delay };

    struct Rule {
        Kind kind = Kind::Status503;
        QString method;    // empty: any
        QString pathGlob;  // empty: any
        int remaining = 1; // 0: unlimited
        int retryAfterSeconds = 1;
        int delayMs = 0;
    };

    void addRule(const Rule &rule);
    void clear();
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    int latencyMs() const { return m_latencyMs; }
    bool isEmpty() const { return m_rules.isEmpty() && m_latencyMs == 0; }

    // The first rule matching this request, consumed once; nullopt when none.
    std::optional<Rule> take(const QString &method, const QString &path);

    bool parseSpec(const QString &spec, QString *error);
    // Admin API form: {"kind":"503","count":2,"method":"POST","path":"/lockbox/v1/*","retryAfter":1,"delayMs":0}
    bool addRuleJson(const QJsonObject &rule, QString *error);
    QJsonObject toJson() const;

    static std::optional<Kind> kindFromName(const QString &name);
    static QString kindName(Kind kind);

private:
    QList<Rule> m_rules;
    int m_latencyMs = 0;
};

} // namespace lockbox::emulator
