#pragma once

#include "Report.h"

namespace lockbox::bench {

struct ColdStartOptions {
    int runs = 7;
    bool warmup = true; // one discarded start of each first, so the page cache is warm for both
};

struct ColdStartResult {
    Figure coldStart;
    QList<double> minimalPeakRssMiB; // the memory baseline, from the same starts
    QString mode;                    // "first-paint" or the fallback
};

// Item 1: process start → main window shown and first frame painted, lockbox-desktop --sandbox
// --exit-after-first-paint against bench_minimal_app, alternating, from QProcess::start to the
// "first-paint" line being read.
ColdStartResult runColdStart(const ColdStartOptions &options);

} // namespace lockbox::bench
