#include "StatusPresentation.h"

#include <QLocale>

namespace lockbox::ui {

QIcon StatusPresentation::icon(Version::Status status) {
    switch (status) {
    case Version::Status::Active:
        return QIcon(QStringLiteral(":/icons/status-active.svg"));
    case Version::Status::ScheduledForDestruction:
        return QIcon(QStringLiteral(":/icons/status-scheduled.svg"));
    case Version::Status::Destroyed:
        return QIcon(QStringLiteral(":/icons/status-destroyed.svg"));
    case Version::Status::Unspecified:
        break;
    }
    return {};
}

QColor StatusPresentation::color(Version::Status status) {
    switch (status) {
    case Version::Status::Active:
        return QColor(0x2e, 0x7d, 0x32);
    case Version::Status::ScheduledForDestruction:
        return QColor(0xb2, 0x5e, 0x00);
    case Version::Status::Destroyed:
        return QColor(0x75, 0x75, 0x75);
    case Version::Status::Unspecified:
        break;
    }
    return {};
}

QString StatusPresentation::secretStatusText(Secret::Status status) {
    switch (status) {
    case Secret::Status::Creating:
        return tr("Creating");
    case Secret::Status::Active:
        return tr("Active");
    case Secret::Status::Inactive:
        return tr("Deactivated");
    case Secret::Status::Unspecified:
        break;
    }
    return tr("Unknown");
}

QIcon StatusPresentation::currentIcon() {
    return QIcon(QStringLiteral(":/icons/current.svg"));
}

QString StatusPresentation::localAndUtc(const QDateTime &time) {
    if (!time.isValid()) {
        return {};
    }
    return tr("%1 (%2 UTC)")
        .arg(QLocale().toString(time.toLocalTime(), QLocale::LongFormat),
             time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString StatusPresentation::passwordSpecSummary(const PasswordPayloadSpecification &spec) {
    QStringList classes;
    if (spec.uppercase()) {
        classes << QStringLiteral("A–Z");
    }
    if (spec.lowercase()) {
        classes << QStringLiteral("a–z");
    }
    if (spec.digits()) {
        classes << QStringLiteral("0–9");
    }
    if (spec.punctuation()) {
        if (!spec.includedPunctuation.isEmpty()) {
            classes << tr("only %1").arg(spec.includedPunctuation);
        } else if (!spec.excludedPunctuation.isEmpty()) {
            classes << tr("punctuation except %1").arg(spec.excludedPunctuation);
        } else {
            classes << tr("punctuation");
        }
    }
    const QString length = spec.length > 0 ? tr("%n character(s)", nullptr, static_cast<int>(spec.length))
                                           : tr("length chosen by the server");
    return tr("key “%1”, %2: %3").arg(spec.passwordKey, length, classes.join(QStringLiteral(", ")));
}

} // namespace lockbox::ui
