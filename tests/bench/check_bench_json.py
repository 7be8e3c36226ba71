#!/usr/bin/env python3
"""CI check for lockbox-bench: runs it in --quick mode, then checks that its JSON is well-formed and
has every expected key. Never looks at a timing: a missed target is not a failure here, only a
benchmark that did not complete (non-zero exit, an unmeasured figure) or malformed output."""
import argparse
import json
import math
import subprocess
import sys

FIGURES = [
    "cold_start", "first_page", "all_versions_page100", "all_versions_page1000", "secrets_listing",
    "filter_keystroke_narrow", "filter_keystroke_widen", "ui_stall", "peak_rss", "add_version_requests",
    "emulator_throughput",
]
FIGURE_KEYS = ["title", "unit", "samples", "min", "median", "baseline", "ratio", "ratioOfMins", "ratioKind", "target", "met",
               "note", "error", "extra"]
WITH_BASELINE = ["cold_start", "first_page", "all_versions_page100", "all_versions_page1000", "secrets_listing",
                 "peak_rss", "emulator_throughput"]
MACHINE_KEYS = ["cpuModel", "cores", "memoryMiB", "kernel", "os", "qtVersion", "platform", "platformNote"]
RUN_KEYS = ["quick", "runs", "warmup", "secrets", "throughputDurationMs", "parts", "startedAt", "buildType"]


def problems_in(doc):
    problems = []
    for key in ["schema", "run", "machine", "figureOrder", "figures", "summary", "markdownTable"]:
        if key not in doc:
            problems.append(f"missing top-level key {key!r}")
    if problems:
        return problems
    if doc["schema"] != "lockbox-bench/1":
        problems.append(f"unexpected schema {doc['schema']!r}")
    problems += [f"machine: missing {k!r}" for k in MACHINE_KEYS if k not in doc["machine"]]
    problems += [f"run: missing {k!r}" for k in RUN_KEYS if k not in doc["run"]]
    for fid in FIGURES:
        fig = doc["figures"].get(fid)
        if fig is None:
            problems.append(f"missing figure {fid!r}")
            continue
        problems += [f"{fid}: missing {k!r}" for k in FIGURE_KEYS if k not in fig]
        if fig.get("error"):
            problems.append(f"{fid}: not measured: {fig['error']}")
            continue
        samples = fig.get("samples") or []
        if not samples or not all(isinstance(v, (int, float)) and math.isfinite(v) for v in samples):
            problems.append(f"{fid}: samples missing or not numbers: {samples!r}")
        if fid in WITH_BASELINE:
            base = fig.get("baseline")
            if not isinstance(base, dict) or not base.get("samples") or base.get("median") is None:
                problems.append(f"{fid}: baseline missing")
            if fig.get("ratio") is None:
                problems.append(f"{fid}: ratio missing")
        if not isinstance(fig.get("met"), bool):
            problems.append(f"{fid}: 'met' is not a boolean")
    cold = doc["figures"].get("cold_start") or {}
    if not cold.get("error") and (cold.get("extra") or {}).get("mode") == "first-paint":
        # Both programs mark their starts (StartupTimeline): the breakdown of the cold start.
        phases = (cold.get("extra") or {}).get("phases") or {}
        for phase in ["main", "application", "window", "shown", "paint", "frame"]:
            entry = phases.get(phase)
            if not isinstance(entry, dict) or not all(
                    isinstance(entry.get(k), (int, float)) for k in ("desktopMedianMs", "minimalMedianMs")):
                problems.append(f"cold_start: phase {phase!r} missing from extra.phases")
    if doc["figureOrder"] != list(doc["figures"].keys()) and set(doc["figureOrder"]) != set(doc["figures"]):
        problems.append("figureOrder does not match figures")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--run", help="lockbox-bench to run with --quick first")
    parser.add_argument("--json", required=True)
    args = parser.parse_args()
    if args.run:
        code = subprocess.call([args.run, "--quick", "--json", args.json], timeout=600)
        if code != 0:
            print(f"lockbox-bench --quick exited with {code}", file=sys.stderr)
            return 1
    try:
        with open(args.json, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{args.json}: not well-formed JSON: {e}", file=sys.stderr)
        return 1
    problems = problems_in(doc)
    for p in problems:
        print(f"{args.json}: {p}", file=sys.stderr)
    if problems:
        return 1
    s = doc["summary"]
    print(f"{args.json}: well-formed, {len(FIGURES)} figures "
          f"(targets met {s['met']}, missed {s['missed']}; timings are not checked here)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
