#!/usr/bin/env bash
# Installs dependencies, builds, and runs every test through CTest, headless, with a real Secret
# Service (gnome-keyring in a private D-Bus session) for the keychain tests. Three passes:
#   1. the normal build (RelWithDebInfo, warnings as errors): every suite, fuzz corpus replays;
#   2. the same suites built with AddressSanitizer + UndefinedBehaviorSanitizer;
#   3. the libFuzzer targets (clang), each run for LOCKBOX_FUZZ_SECONDS (default 60);
#   4. the packages: .deb built, lintian-clean, installed, smoke-tested under Xvfb, removed.
# LOCKBOX_QUICK=1 runs only the first pass.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/bootstrap-deps.sh

export QT_QPA_PLATFORM=offscreen
# No user settings or keyrings are touched: everything lives in a throw-away home.
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home" XDG_CONFIG_HOME="$test_home/.config" XDG_DATA_HOME="$test_home/.local/share" \
       XDG_RUNTIME_DIR="$test_home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset XDG_CURRENT_DESKTOP

run_ctest() { # build dir, extra ctest args…
    local dir=$1
    shift
    dbus-run-session -- bash -c '
        echo -n lockbox-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec ctest --test-dir "$0" --output-on-failure -j2 "$@"' "$dir" "$@"
}

echo "== 1/4 build and test"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOCKBOX_WERROR=ON >/dev/null
cmake --build build
run_ctest build

if [ "${LOCKBOX_QUICK:-0}" = 1 ]; then
    exit 0
fi

echo "== 2/4 AddressSanitizer + UndefinedBehaviorSanitizer build and test"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLOCKBOX_SANITIZE=ON -DLOCKBOX_WERROR=ON >/dev/null
cmake --build build-asan
# Qt's own and the system's libraries are not instrumented: leak reports from them are not ours.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run_ctest build-asan

echo "== 3/4 libFuzzer targets, ${LOCKBOX_FUZZ_SECONDS:-60} s each"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOCKBOX_FUZZ=ON \
    -DLOCKBOX_FUZZ_SECONDS="${LOCKBOX_FUZZ_SECONDS:-60}" >/dev/null
cmake --build build-fuzz
ASAN_OPTIONS=detect_leaks=0 ctest --test-dir build-fuzz --output-on-failure

echo "== 4/4 packages"
bash installer/check-package.sh build
