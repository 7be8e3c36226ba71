#!/usr/bin/env bash
# Installs dependencies, builds, and runs every test through CTest, headless, with a real Secret
# Service (gnome-keyring in a private D-Bus session) for the keychain tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/bootstrap-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOCKBOX_WERROR=ON >/dev/null
cmake --build build

export QT_QPA_PLATFORM=offscreen
# No user settings or keyrings are touched: everything lives in a throw-away home.
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home" XDG_CONFIG_HOME="$test_home/.config" XDG_DATA_HOME="$test_home/.local/share" \
       XDG_RUNTIME_DIR="$test_home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset XDG_CURRENT_DESKTOP
dbus-run-session -- bash -c '
    echo -n lockbox-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir build --output-on-failure -j2 '"${CTEST_ARGS:-}"'
'
