#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test and run Lockbox Desktop.
# Idempotent: does nothing (and prints nothing) when every package is present.
set -euo pipefail

PACKAGES=(
    # build
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libssl-dev libyaml-cpp-dev rapidjson-dev libgl-dev libvulkan-dev
    # sanitizer and fuzzing builds
    clang libclang-rt-14-dev
    qt6-qpa-plugins libqt6svg6
    # tests: a real Secret Service, an X server, TLS fixtures
    dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools xvfb xauth openssl curl
    # screenshots
    imagemagick
    # packaging checks (installer/check-package.sh)
    lintian desktop-file-utils appstream rpm librsvg2-bin file
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "bootstrap-deps: need root to install: ${missing[*]}" >&2
    exit 1
fi
echo "bootstrap-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
