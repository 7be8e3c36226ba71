#!/usr/bin/env python3
"""Fills translations in a Qt .ts file from a TSV of `context<TAB>source<TAB>translation` lines.

Plural (numerus) translations are written `form1|form2|form3`. Only unfinished or empty
messages are filled unless --overwrite is given. Usage:
    fill-translations.py lockbox-desktop_ru.ts strings.tsv [--overwrite]
    fill-translations.py lockbox-desktop_en.ts --english   (source text as translation)
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main():
    ts_path = sys.argv[1]
    english = "--english" in sys.argv
    overwrite = "--overwrite" in sys.argv
    table = {}
    if not english:
        with open(sys.argv[2], encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    print("skipping malformed line:", line, file=sys.stderr)
                    continue
                table[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    tree = ET.parse(ts_path)
    filled = missing = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            unfinished = translation.get("type") == "unfinished"
            empty = not (translation.text or "").strip() and not list(translation)
            if not (overwrite or unfinished or empty):
                continue
            if english:
                value = source
            else:
                value = table.get((name, source))
                if value is None:
                    missing += 1
                    print(f"untranslated: {name}: {source!r}", file=sys.stderr)
                    continue
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                forms = value.split("|") if not english else [source, source]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # Qt's tools expect the DOCTYPE line; ElementTree drops it.
    with open(ts_path, encoding="utf-8") as f:
        content = f.read()
    if "<!DOCTYPE TS>" not in content:
        content = content.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(ts_path, "w", encoding="utf-8") as f:
            f.write(content)
    print(f"{ts_path}: {filled} filled, {missing} still untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
