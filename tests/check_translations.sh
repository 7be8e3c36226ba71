#!/usr/bin/env bash
# Fails when a string in either catalog is unfinished or vanished, when a source string is missing
# from a catalog (lupdate is run on a copy), when a Russian translation drops a placeholder, or when
# a tr()/translate() literal in the sources is in no catalog: lupdate 6.4 silently skips a call whose
# plural count has parentheses in it (`translate("C", "%n s", nullptr, std::max(1, n))`).
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
python3 - "$src" <<'PY'
import re, sys, glob, xml.etree.ElementTree as ET
src = sys.argv[1]
known = set()
for lang in ("en", "ru"):
    root = ET.parse(f"{src}/translations/lockbox-desktop_{lang}.ts").getroot()
    for m in root.iter("message"):
        known.add(m.findtext("source"))
lit = r'((?:"(?:[^"\\]|\\.)*"\s*)+)'
pats = [re.compile(r'\btr\(\s*' + lit), re.compile(r'\btranslate\(\s*"[^"]*"\s*,\s*' + lit),
        re.compile(r'\bQT_TR_NOOP\(\s*' + lit), re.compile(r'\bQT_TRANSLATE_NOOP\(\s*"[^"]*"\s*,\s*' + lit)]
def unescape(s):
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', s)
    j = "".join(parts)
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), j)
missing = []
files = [f"{src}/app/main.cpp"]
for d in ("ui", "app/core"):
    for ext in ("cpp", "h"):
        files += glob.glob(f"{src}/{d}/**/*.{ext}", recursive=True)
n = 0
for f in sorted(files):
    text = open(f, encoding="utf-8").read()
    # Comments out, string and character literals kept (a URL's "//" is not a comment).
    text = re.sub(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|//[^\n]*|/\*.*?\*/',
                  lambda m: m.group(0) if m.group(0)[0] in "\"'" else " ", text, flags=re.S)
    for p in pats:
        for m in p.finditer(text):
            n += 1
            s = unescape(m.group(1))
            if s not in known:
                missing.append(f"{f[len(src)+1:]}: {s!r}")
print(f"sources: {n} tr()/translate() literals checked")
for x in missing:
    print("FAIL not in the catalogs (lupdate skipped it):", x)
sys.exit(1 if missing else 0)
PY
