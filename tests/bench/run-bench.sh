#!/usr/bin/env bash
# The full benchmark, as in tests/bench/README.md: builds lockbox-bench (RelWithDebInfo), starts a
# private Xvfb when there is no display, and runs every figure on the real xcb platform. Extra
# arguments go to lockbox-bench (e.g. --runs 9, --only ui, --quick).
# Writes $BUILD/lockbox-bench.json and $BUILD/lockbox-bench.md (the README's table).
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${LOCKBOX_BENCH_BUILD_DIR:-build-bench}
bash installer/bootstrap-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target lockbox-bench

if [ -z "${DISPLAY:-}" ]; then
    display=99
    while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do
        display=$((display + 1))
    done
    Xvfb ":${display}" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 100); do
        [ -e "/tmp/.X11-unix/X${display}" ] && break
        sleep 0.05
    done
    export DISPLAY=":${display}"
fi
export QT_QPA_PLATFORM=xcb

"$build/bin/lockbox-bench" --json "$build/lockbox-bench.json" --markdown "$build/lockbox-bench.md" "$@"
