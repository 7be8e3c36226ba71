#!/usr/bin/env bash
# Renders the README's screenshots (main window and each dialog, sandbox mode, en/ru, light/dark)
# into resources/screenshots/ under a private Xvfb. Usage: tests/screenshots/make-screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
cmake --build "$build" --target lockbox-screenshots
out=resources/screenshots
mkdir -p "$out"
for lang in en ru; do
    for palette in "" --dark; do
        QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" \
            "$build/bin/lockbox-screenshots" "$out" --lang "$lang" $palette
    done
done
