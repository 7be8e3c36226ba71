#!/usr/bin/env bash
# Runs a test command with a Secret Service. When a D-Bus session is already there (tests/run-all.sh
# starts one with gnome-keyring), the command runs in it; otherwise a private D-Bus session with
# gnome-keyring unlocked for this run only, its keyring files in a throw-away directory. Without
# dbus-run-session or gnome-keyring-daemon the command runs as is (the keychain tests then skip).
set -euo pipefail
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || ! command -v dbus-run-session >/dev/null ||
    ! command -v gnome-keyring-daemon >/dev/null; then
    exec "$@"
fi
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
mkdir -m 700 "$keyring_home/run"
HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/.local/share" XDG_RUNTIME_DIR="$keyring_home/run" \
    dbus-run-session -- bash -c '
        echo -n lockbox-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        "$@"' bash "$@"
