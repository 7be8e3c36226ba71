#pragma once

// Where the committed test fixtures are (tests/data): LOCKBOX_TEST_DATA, set by CTest, else the data
// directory next to this header, for a suite started by hand.
#include <QDir>
#include <QFileInfo>
#include <QString>

namespace lockbox::test {

inline QString testDataDir(const QString &subdirectory) {
    const QByteArray env = qgetenv("LOCKBOX_TEST_DATA");
    const QString data = env.isEmpty() ? QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/data")
                                       : QString::fromLocal8Bit(env);
    return QDir(data).filePath(subdirectory);
}

} // namespace lockbox::test
