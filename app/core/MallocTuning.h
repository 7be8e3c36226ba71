#pragma once

namespace lockbox {

// Caps glibc's malloc arenas at two (the UI thread's, and one for every other thread) before any
// thread starts. By default each thread that allocates gets its own arena, and each arena keeps its
// own high-water mark: the decode worker's pages of 1,000 secrets and the UI thread's rows peaked
// separately. Measured with lockbox-bench item 6: peak RSS 61.9 -> 60.3 MiB. Elsewhere: nothing.
void limitMallocArenas();

} // namespace lockbox
