#include "StatusPresentation.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace lockbox::ui {

QIcon StatusPresentation::icon(Version::Status status) {
    // Built once: a QIcon keeps its rendered pixmaps, a new one would render the SVG on every paint
    // (the benchmark's largest cost when a page of rows is painted).
    // Never destroyed: a QIcon must not outlive the QGuiApplication in a static destructor.
    static const QIcon *const active = new QIcon(QStringLiteral(":/icons/status-active.svg"));
    static const QIcon *const scheduled = new QIcon(QStringLiteral(":/icons/status-scheduled.svg"));
    static const QIcon *const destroyed = new QIcon(QStringLiteral(":/icons/status-destroyed.svg"));
    switch (status) {
    case Version::Status::Active:
        return *active;
    case Version::Status::ScheduledForDestruction:
        return *scheduled;
    case Version::Status::Destroyed:
        return *destroyed;
    case Version::Status::Unspecified:
        break;
    }
    return {};
}

QColor StatusPresentation::color(Version::Status status) {
    // Dark text on a light palette, light text on a dark one: the colours keep their contrast
    // (at least 4.5:1 against the base colour) in both.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (status) {
    case Version::Status::Active:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Version::Status::ScheduledForDestruction:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x5e, 0x00);
    case Version::Status::Destroyed:
        return dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x75, 0x75, 0x75);
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
    static const QIcon *const current = new QIcon(QStringLiteral(":/icons/current.svg"));
    return *current;
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
