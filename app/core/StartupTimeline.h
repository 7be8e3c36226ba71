#pragma once

// Marks along a start, for the cold-start benchmark: where the time to the first frame goes. The
// benchmark reads the steady clock just before it starts the program and passes that reading in
// LOCKBOX_STARTUP_T0_NS; each mark is the milliseconds since then. Without the variable nothing is
// kept or printed. Header-only, so the benchmark's minimal program marks the same way.
#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <chrono>
#include <cstdio>

namespace lockbox {

class StartupTimeline final {
public:
    // Marks "main": the process has been loaded and its static objects made.
    StartupTimeline() {
        bool ok = false;
        m_t0 = qEnvironmentVariable("LOCKBOX_STARTUP_T0_NS").toLongLong(&ok);
        m_enabled = ok && m_t0 > 0;
        mark("main");
    }

    void mark(const char *name) {
        if (!m_enabled) {
            return;
        }
        const long long now =
            std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
                .count();
        m_marks.append({name, double(now - m_t0) / 1e6});
    }

    // "startup-phases main=9.71 application=17.40 …" on stdout, in the order marked.
    void print() const {
        if (!m_enabled) {
            return;
        }
        QByteArray line("startup-phases");
        for (const Mark &m : m_marks) {
            line += ' ' + QByteArray(m.name) + '=' + QByteArray::number(m.ms, 'f', 2);
        }
        std::printf("%s\n", line.constData());
        std::fflush(stdout);
    }

private:
    struct Mark {
        const char *name;
        double ms;
    };
    long long m_t0 = 0;
    bool m_enabled = false;
    QList<Mark> m_marks;
};

} // namespace lockbox
