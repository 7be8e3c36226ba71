#!/usr/bin/env bash
# Installs dependencies, builds, and starts Lockbox Desktop in sandbox mode: the app runs against
# the project's Lockbox emulator on loopback with the demo data, no cloud account needed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/bootstrap-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOCKBOX_WERROR=ON >/dev/null
cmake --build build
exec build/bin/lockbox-desktop --sandbox "$@"
