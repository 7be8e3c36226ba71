#!/usr/bin/env bash
# Renders the README's screenshots (main window and each dialog, sandbox mode, en/ru, light/dark)
# into resources/screenshots/ under a private Xvfb.
# Usage: tests/screenshots/make-screenshots.sh [BUILD_DIR] [--scale FACTOR] [--out DIR]
#   --scale 2: English, light and dark, at 200% (files named …-200.png) on a screen twice as large.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build
scale=
out=resources/screenshots
while [ $# -gt 0 ]; do
    case "$1" in
    --scale) scale=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) build=$1; shift ;;
    esac
done
cmake --build "$build" --target lockbox-screenshots
mkdir -p "$out"
if [ -n "$scale" ]; then
    # Screen size in device pixels: the 1400×900 logical screen at this scale.
    screen=$(awk -v s="$scale" 'BEGIN { printf "%dx%d", 1400 * s, 900 * s }')
    for palette in "" --dark; do
        QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 ${screen}x24" \
            "$build/bin/lockbox-screenshots" "$out" --lang en $palette --scale "$scale"
    done
    exit 0
fi
for lang in en ru; do
    for palette in "" --dark; do
        QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" \
            "$build/bin/lockbox-screenshots" "$out" --lang "$lang" $palette
    done
done
