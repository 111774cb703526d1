#!/usr/bin/env python3
"""Summarises a Java Flight Recorder file: where the CPU samples of a Lectern build went.

    python3 src/bench/jfr_top.py recording.jfr [--top 25]

Prints three tables from the jdk.ExecutionSample events: the methods on top of the stack
(self time), the share of samples per library (by the top frame's package), and the pipeline
stage each sample ran under (the innermost Lectern method on its stack, inclusive time).
Samples of threads that only run the JIT or GC are not recorded by JFR; jdk.Compilation and
jdk.GarbageCollection totals are printed from the same file.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys

LIBRARIES = [
    ("dev.lectern.", "lectern"), ("com.vladsch.flexmark.", "flexmark"), ("gg.jte.", "jte (runtime)"),
    ("gg.jte.generated.", "jte (templates)"), ("org.jsoup.", "jsoup"), ("com.fasterxml.jackson.", "jackson"),
    ("org.yaml.snakeyaml.", "snakeyaml"), ("picocli.", "picocli"), ("java.util.regex.", "java regex"),
    ("java.util.zip.", "java zip"), ("java.lang.invoke.", "java invoke"), ("sun.nio.", "java nio"),
    ("java.nio.", "java nio"), ("java.", "java other"), ("jdk.", "jdk other"), ("sun.", "jdk other"),
    ("com.sun.tools.javac.", "javac"),
]


def library(method_type: str) -> str:
    best = ("", "other")
    for prefix, name in LIBRARIES:
        if method_type.startswith(prefix) and len(prefix) > len(best[0]):
            best = (prefix, name)
    return best[1]


def events(path: str, name: str) -> list:
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", name, path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def frame_name(frame: dict) -> str:
    m = frame["method"]
    return f'{m["type"]["name"].replace("/", ".")}.{m["name"]}'


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("jfr")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--callers", help="also list the call chains (5 frames) into methods containing this text")
    args = ap.parse_args()

    samples = events(args.jfr, "jdk.ExecutionSample")
    total = len(samples)
    if not total:
        print("no execution samples")
        return 1
    self_time = collections.Counter()
    chains = collections.Counter()
    libs = collections.Counter()
    stages = collections.Counter()
    for e in samples:
        frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
        if not frames:
            continue
        top = frame_name(frames[0])
        self_time[top] += 1
        libs[library(top)] += 1
        stage = "(no Lectern frame)"
        for f in frames:
            n = frame_name(f)
            if n.startswith("dev.lectern.") and "$$Lambda" not in n:
                stage = n
                break
        stages[stage] += 1
        if args.callers:
            names = [frame_name(f) for f in frames]
            hit = next((i for i, n in enumerate(names) if args.callers in n), None)
            if hit is not None:
                chains[" <- ".join(names[hit:hit + 5])] += 1

    def table(title: str, counter: collections.Counter, n: int) -> None:
        print(f"\n{title} ({total} samples)")
        for k, v in counter.most_common(n):
            print(f"  {100 * v / total:5.1f}%  {k}")

    table("Top of stack (self)", self_time, args.top)
    table("By library (top frame)", libs, 20)
    table("Innermost Lectern method on the stack (inclusive)", stages, args.top)

    if args.callers:
        table(f"Call chains into {args.callers}", chains, args.top)
    comp = events(args.jfr, "jdk.Compilation")
    gcs = events(args.jfr, "jdk.GarbageCollection")

    def seconds(d) -> float:
        # jfr prints durations as ISO-8601 strings ("PT0.0012S") in JSON
        if isinstance(d, str) and d.startswith("PT") and d.endswith("S"):
            return float(d[2:-1])
        return float(d or 0)

    print(f"\nJIT: {len(comp)} compilations, {sum(seconds(e['values'].get('duration')) for e in comp):.2f} s "
          f"of compiler-thread time; GC: {len(gcs)} collections, "
          f"{sum(seconds(e['values'].get('sumOfPauses')) for e in gcs):.2f} s of pauses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
