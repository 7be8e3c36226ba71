#include "FaultInjector.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lockbox::emulator {

namespace {
bool globMatch(const QString &glob, const QString &path) {
    if (glob.isEmpty() || glob == QLatin1String("*")) {
        return true;
    }
    const QString re = QLatin1Char('^') +
                       QRegularExpression::escape(glob).replace(QStringLiteral("\\*"), QStringLiteral(".*")) +
                       QLatin1Char('$');
    return QRegularExpression(re).match(path).hasMatch();
}
} // namespace

std::optional<FaultInjector::Kind> FaultInjector::kindFromName(const QString &name) {
    if (name == QLatin1String("429")) {
        return Kind::Status429;
    }
    if (name == QLatin1String("500")) {
        return Kind::Status500;
    }
    if (name == QLatin1String("503")) {
        return Kind::Status503;
    }
    if (name == QLatin1String("drop")) {
        return Kind::Drop;
    }
    if (name == QLatin1String("truncate")) {
        return Kind::Truncate;
    }
    if (name == QLatin1String("malformed")) {
        return Kind::Malformed;
    }
    if (name == QLatin1String("delay")) {
        return Kind::Delay;
    }
    return std::nullopt;
}

QString FaultInjector::kindName(Kind kind) {
    switch (kind) {
    case Kind::Status429:
        return QStringLiteral("429");
    case Kind::Status500:
        return QStringLiteral("500");
    case Kind::Status503:
        return QStringLiteral("503");
    case Kind::Drop:
        return QStringLiteral("drop");
    case Kind::Truncate:
        return QStringLiteral("truncate");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Delay:
        return QStringLiteral("delay");
    }
    return {};
}

void FaultInjector::addRule(const Rule &rule) {
    m_rules.append(rule);
}

void FaultInjector::clear() {
    m_rules.clear();
    m_latencyMs = 0;
}

std::optional<FaultInjector::Rule> FaultInjector::take(const QString &method, const QString &path) {
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Rule &r = m_rules[i];
        if ((!r.method.isEmpty() && r.method.compare(method, Qt::CaseInsensitive) != 0) ||
            !globMatch(r.pathGlob, path)) {
            continue;
        }
        const Rule hit = r;
        if (r.remaining > 0 && --r.remaining == 0) {
            m_rules.removeAt(i);
        }
        return hit;
    }
    return std::nullopt;
}

bool FaultInjector::parseSpec(const QString &spec, QString *error) {
    static const QRegularExpression ruleRe(QStringLiteral(
        R"(^(429|500|503|drop|truncate|malformed|delay=(\d+))(?:x(\d+))?(?:@(?:(GET|POST|PATCH|DELETE|PUT)\s+)?(\S+))?$)"));
    for (QString part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.startsWith(QLatin1String("latency="))) {
            bool ok = false;
            m_latencyMs = part.mid(8).toInt(&ok);
            if (!ok || m_latencyMs < 0) {
                *error = QStringLiteral("bad latency in fault spec: %1").arg(part);
                return false;
            }
            continue;
        }
        const auto m = ruleRe.match(part);
        if (!m.hasMatch()) {
            *error = QStringLiteral("bad fault rule: %1").arg(part);
            return false;
        }
        Rule r;
        const QString kind = m.captured(1);
        if (kind.startsWith(QLatin1String("delay="))) {
            r.kind = Kind::Delay;
            r.delayMs = m.captured(2).toInt();
        } else {
            r.kind = *kindFromName(kind);
        }
        r.remaining = m.capturedLength(3) > 0 ? m.captured(3).toInt() : 1;
        r.method = m.captured(4);
        r.pathGlob = m.captured(5);
        m_rules.append(r);
    }
    return true;
}

bool FaultInjector::addRuleJson(const QJsonObject &o, QString *error) {
    const auto kind = kindFromName(o.value(QLatin1String("kind")).toVariant().toString());
    if (!kind) {
        *error = QStringLiteral("kind must be one of 429, 500, 503, drop, truncate, malformed, delay");
        return false;
    }
    Rule r;
    r.kind = *kind;
    r.remaining = o.value(QLatin1String("count")).toInt(1);
    r.method = o.value(QLatin1String("method")).toString();
    r.pathGlob = o.value(QLatin1String("path")).toString();
    r.retryAfterSeconds = o.value(QLatin1String("retryAfter")).toInt(1);
    r.delayMs = o.value(QLatin1String("delayMs")).toInt(0);
    if (r.remaining < 0 || r.delayMs < 0 || r.retryAfterSeconds < 0) {
        *error = QStringLiteral("count, delayMs and retryAfter must not be negative");
        return false;
    }
    m_rules.append(r);
    return true;
}

QJsonObject FaultInjector::toJson() const {
    QJsonArray rules;
    for (const auto &r : m_rules) {
        rules.append(QJsonObject{{QStringLiteral("kind"), kindName(r.kind)},
                                 {QStringLiteral("count"), r.remaining},
                                 {QStringLiteral("method"), r.method},
                                 {QStringLiteral("path"), r.pathGlob},
                                 {QStringLiteral("retryAfter"), r.retryAfterSeconds},
                                 {QStringLiteral("delayMs"), r.delayMs}});
    }
    return QJsonObject{{QStringLiteral("latencyMs"), m_latencyMs}, {QStringLiteral("rules"), rules}};
}

} // namespace lockbox::emulator
