#pragma once

#include "Resources.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

namespace lockbox::ui {

// How statuses and times look in the widgets: icons and colours (the core model gives the status
// text; core has no QtGui). Status is never told by colour alone: the text and icon go with it.
class StatusPresentation final {
    Q_DECLARE_TR_FUNCTIONS(lockbox::ui::StatusPresentation)
public:
    static QIcon icon(Version::Status status);
    static QColor color(Version::Status status);
    static QString secretStatusText(Secret::Status status);
    static QIcon currentIcon();
    // Local time in the user's locale, with the UTC time in brackets; empty for an invalid time.
    static QString localAndUtc(const QDateTime &time);
    // A one-line summary of a password specification: "password, 32 characters: A–Z, a–z, 0–9, punctuation".
    static QString passwordSpecSummary(const PasswordPayloadSpecification &spec);
};

} // namespace lockbox::ui
