#pragma once

// Every fuzz target needs a QCoreApplication for Qt's JSON, regex and translation machinery.
#include <QCoreApplication>
#include <QtGlobal>

namespace lockbox::fuzz {

inline void ensureApplication() {
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app)
    qSetMessagePattern(QStringLiteral("%{message}"));
}

} // namespace lockbox::fuzz
