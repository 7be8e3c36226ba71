#!/usr/bin/env bash
# Fails when a string in either catalog is unfinished or vanished, when a source string is missing
# from a catalog (lupdate is run on a copy), or when a Russian translation drops a placeholder.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src"/translations/lockbox-desktop_en.ts "$src"/translations/lockbox-desktop_ru.ts "$work"/
# The same sources as ui/CMakeLists.txt hands lupdate.
"$lupdate" -silent -locations none "$src"/ui "$src"/app/core "$src"/app/main.cpp \
    -ts "$work"/lockbox-desktop_en.ts "$work"/lockbox-desktop_ru.ts >/dev/null
python3 - "$work" <<'PY'
import re, sys, xml.etree.ElementTree as ET
work = sys.argv[1]
failures = []
for lang in ("en", "ru"):
    root = ET.parse(f"{work}/lockbox-desktop_{lang}.ts").getroot()
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            count += 1
            source = m.findtext("source")
            t = m.find("translation")
            kind = t.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                failures.append(f"{lang}: {kind}: {name}: {source!r}")
                continue
            forms = [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
            wanted = sorted(set(re.findall(r"%(?:\d+|n)", source)))
            for form in forms:
                if not form.strip():
                    failures.append(f"{lang}: empty translation: {name}: {source!r}")
                elif sorted(set(re.findall(r"%(?:\d+|n)", form))) != wanted:
                    failures.append(f"{lang}: placeholders differ: {name}: {source!r} -> {form!r}")
    print(f"{lang}: {count} messages checked")
for f in failures:
    print("FAIL", f)
print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
sys.exit(1 if failures else 0)
PY
