#pragma once

// What /proc says about this process: resident memory and the time since it started. Linux only,
// like the benchmark; every function answers -1 where /proc cannot tell.
#include <QByteArray>
#include <QFile>
#include <QList>

#include <ctime>
#include <malloc.h>
#include <unistd.h>

namespace lockbox::bench {

// A "VmHWM:   1234 kB" line of /proc/<pid>/status, in KiB.
inline qint64 procStatusKib(const QByteArray &field, const QByteArray &pid = QByteArrayLiteral("self")) {
    QFile status(QStringLiteral("/proc/%1/status").arg(QString::fromLatin1(pid)));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field + ':'))) {
            const QList<QByteArray> parts = line.mid(field.size() + 1).simplified().split(' ');
            bool ok = false;
            const qint64 value = parts.value(0).toLongLong(&ok);
            return ok ? value : -1;
        }
    }
    return -1;
}

inline qint64 peakRssKib() {
    return procStatusKib(QByteArrayLiteral("VmHWM"));
}

inline qint64 currentRssKib() {
    return procStatusKib(QByteArrayLiteral("VmRSS"));
}

// Bytes malloc has handed out and not had back (all arenas), in KiB: the heap the program holds,
// without what the allocator keeps cached.
inline qint64 heapInUseKib() {
    const struct mallinfo2 info = ::mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
}

// Resets the peak (VmHWM) to the current RSS, so a later peak covers only what came after.
inline bool resetPeakRss() {
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// Milliseconds since the process started (the kernel keeps the start in clock ticks: 10 ms steps).
inline qint64 msSinceProcessStart() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray text = stat.readAll();
    // Field 22 (starttime) counts from after the parenthesised command name, which may hold spaces.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0) {
        return -1;
    }
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    bool ok = false;
    const qint64 startTicks = fields.value(19).toLongLong(&ok); // field 22 is the 20th after ')'
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || ::clock_gettime(CLOCK_BOOTTIME, &now) != 0) {
        return -1;
    }
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / ticksPerSecond;
}

} // namespace lockbox::bench
