#pragma once

#include "Report.h"

namespace lockbox::bench {

struct ThroughputOptions {
    int runs = 5;
    int durationMs = 3000; // counted time per run, after a warm-up
    int clients = 32;
    QString workDir;
};

// Item 8: ListVersions (pages of 100 of the 1,000-version secret) per second from 32 keep-alive
// clients against lockbox-emulator in a child process, versus the same clients against
// bench_static_server answering the same bytes.
Figure runThroughput(const ThroughputOptions &options);

} // namespace lockbox::bench
