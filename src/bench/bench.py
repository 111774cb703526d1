#!/usr/bin/env python3
"""Times Lectern against other static-site generators on the same corpus, side by side.

For each corpus size, every generator runs once to warm up (disk cache, Lectern's template
cache), then ROUNDS times, interleaved: round r runs the generators in turn, starting from a
different one each round (A B C, B C A, C A B ...), so that a busy spell on a shared machine
hurts all of them alike. Each run is a fresh process that builds into an emptied output
folder; wall time is measured around the process, peak RSS by /usr/bin/time.

Printed per size: median wall time (with min-max), pages per second, median CPU time (user +
system: on a busy machine it varies less than wall time), median peak RSS, and the
medians of the per-round ratios Lectern/peer (below 1 means Lectern was faster). The targets
of issue 8 are checked against "Lectern/fastest", the faster of Hugo and Eleventy in each round.

Called by src/bench/run.sh, which installs what is missing; see that file for the options.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass
class Tool:
    name: str
    flavor: str           # corpus flavor of make-corpus.py
    output: str           # output folder below the corpus folder (emptied before each run)
    command: List[str]


@dataclass
class Run:
    wall: float
    rss_kb: int
    ok: bool
    cpu: float = 0.0  # user + system seconds of the process and its children


@dataclass
class Case:
    label: str
    pages: int
    dirs: Dict[str, str] = field(default_factory=dict)  # tool name -> folder to run it in


def tools(root: str, eleventy: str) -> Dict[str, Tool]:
    lectern = os.environ.get("LECTERN_CMD", os.path.join(root, "lectern"))
    return {
        "lectern": Tool("lectern", "plain", "site",
                        [lectern, "build", "--theme", os.path.join(root, "theme")]),
        "hugo": Tool("hugo", "hugo", "public", ["hugo", "--quiet"]),
        "eleventy": Tool("eleventy", "eleventy", "_site",
                         ["node", os.path.join(eleventy, "node_modules", "@11ty", "eleventy", "cmd.cjs"), "--quiet"]),
        "jekyll": Tool("jekyll", "jekyll", "_site", ["jekyll", "build", "--quiet"]),
        "mkdocs": Tool("mkdocs", "mkdocs", "site", ["mkdocs", "build", "--quiet"]),
    }


def make_corpus(script: str, work: str, pages: int, flavor: str) -> str:
    """The corpus folder, made once and reused while make-corpus.py is unchanged."""
    out = os.path.join(work, f"corpus-{pages}-{flavor}")
    manifest = os.path.join(out, "corpus.json")
    digest = sha256(script)
    if os.path.isfile(manifest):
        with open(manifest, encoding="utf-8") as fh:
            if json.load(fh).get("generator_sha256") == digest:
                return out
    print(f"  making corpus: {pages} pages, flavor {flavor}", file=sys.stderr)
    subprocess.run([sys.executable, script, "--pages", str(pages), "--flavor", flavor, "--out", out, "--force"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


def sha256(path: str) -> str:
    import hashlib
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


# Where the previous round's output folders are moved before a run, and removed once the benchmark ends. Removing
# one right before a timed run made the run pay for it on a file system without a journal (this machine's): there
# ext4 skips, one by one, the inodes freed in the last minutes each time it makes a file, and a tool that makes
# its files in the group the removed ones were in paid more than one that does not (docs/performance.md, "The
# benchmark's own deletions").
SET_ASIDE: List[str] = []


def run_once(tool: Tool, cwd: str, timeout: float) -> Run:
    out = os.path.join(cwd, tool.output)
    if os.path.isdir(out):
        aside = os.path.join(SET_ASIDE[0], str(len(os.listdir(SET_ASIDE[0]))))
        os.rename(out, aside)
    if not os.access("/usr/bin/time", os.X_OK):
        return run_measured(tool, cwd, timeout)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as stats:
        cmd = ["/usr/bin/time", "-f", "%M %U %S", "-o", stats.name] + tool.command
        start = time.perf_counter()
        try:
            proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            return Run(timeout, 0, False)
        wall = time.perf_counter() - start
        lines = [l.split() for l in stats.read().splitlines() if len(l.split()) == 3 and l.split()[0].isdigit()]
    ok = proc.returncode == 0
    if not ok:
        failed(tool, cwd, proc.returncode, proc.stderr)
    rss, user, system = lines[-1] if lines else ("0", "0", "0")
    return Run(wall, int(rss), ok, float(user) + float(system))


def run_measured(tool: Tool, cwd: str, timeout: float) -> Run:
    """The same without /usr/bin/time: CPU time and peak RSS from wait4 (of the process itself, which
    for Lectern's launcher is the JVM it execs)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(tool.command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                proc.kill()
                os.wait4(proc.pid, 0)
                return Run(timeout, 0, False)
            time.sleep(0.005)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
    ok = proc.returncode == 0
    if not ok:
        failed(tool, cwd, proc.returncode, stderr)
    return Run(wall, int(usage.ru_maxrss), ok, usage.ru_utime + usage.ru_stime)


def failed(tool: Tool, cwd: str, code: int, stderr: bytes) -> None:
    print(f"  {tool.name} failed (exit {code}) in {cwd}:\n" + stderr.decode(errors="replace")[-2000:], file=sys.stderr)


def measure(case: Case, names: List[str], all_tools: Dict[str, Tool], rounds: int, timeout: float):
    """Warm-up, then interleaved rounds. Returns {tool: [Run]} and the list of tools that timed out."""
    runs: Dict[str, List[Run]] = {n: [] for n in names}
    active = []
    skipped = []
    for n in names:
        r = run_once(all_tools[n], case.dirs[n], timeout)
        if r.ok:
            active.append(n)
        else:
            skipped.append(n)
            print(f"  {n}: warm-up {'timed out' if r.wall >= timeout else 'failed'}; left out of this size",
                  file=sys.stderr)
    for i in range(rounds):
        order = active[i % len(active):] + active[:i % len(active)] if active else []
        for n in order:
            r = run_once(all_tools[n], case.dirs[n], timeout)
            runs[n].append(r)
        line = "  ".join(f"{n} {runs[n][-1].wall:6.2f}s" for n in active)
        print(f"  {case.label} round {i + 1}/{rounds}: {line}", file=sys.stderr)
    return runs, skipped


def median(xs: List[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def fmt_s(x: float) -> str:
    return f"{x:.2f} s" if x < 10 else f"{x:.1f} s"


def report(case: Case, names: List[str], runs: Dict[str, List[Run]], skipped: List[str], timeout: float) -> dict:
    rows = []
    result = {"case": case.label, "pages": case.pages, "tools": {}}
    lect = runs.get("lectern", [])
    for n in names:
        if n in skipped:
            rows.append(f"| {n} | > {timeout:.0f} s (or failed) | | | | |")
            result["tools"][n] = {"skipped": True}
            continue
        good = [r for r in runs[n] if r.ok]
        if not good:
            rows.append(f"| {n} | failed | | | | |")
            result["tools"][n] = {"failed": True}
            continue
        walls = [r.wall for r in good]
        med = median(walls)
        rss = median([r.rss_kb for r in good]) / 1024
        cpu = median([r.cpu for r in good])
        ratio = ""
        ratios = []
        if n != "lectern" and lect:
            ratios = [l.wall / p.wall for l, p in zip(lect, runs[n]) if l.ok and p.ok]
            ratio = f"{median(ratios):.2f}"
        rows.append(f"| {n} | {fmt_s(med)} ({min(walls):.2f}-{max(walls):.2f}) | {case.pages / med:,.0f} "
                    f"| {fmt_s(cpu)} | {rss:,.0f} MB | {ratio} |")
        result["tools"][n] = {"failures": len(runs[n]) - len(good), "median_s": med, "min_s": min(walls), "max_s": max(walls),
                              "pages_per_s": case.pages / med, "rss_mb": rss, "runs": walls, "cpu_s": cpu,
                              "lectern_over_this": median(ratios) if ratios else None}
    fastest = []
    for i, l in enumerate(lect):
        peers = [runs[p][i].wall for p in ("hugo", "eleventy")
                 if p in runs and p not in skipped and i < len(runs[p]) and runs[p][i].ok]
        if l.ok and peers:
            fastest.append(l.wall / min(peers))
    print(f"\n### {case.label} ({case.pages:,} Markdown files)\n")
    print("| generator | median wall (min-max) | pages/s | median CPU (user+sys) | median peak RSS "
          "| Lectern/this (median of rounds) |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    if fastest:
        print(f"\nLectern / fastest of Hugo and Eleventy, per round: "
              + " ".join(f"{x:.2f}" for x in fastest) + f"; median {median(fastest):.2f}")
        result["lectern_over_fastest"] = median(fastest)
        result["lectern_over_fastest_rounds"] = fastest
    sys.stdout.flush()
    return result


def machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
            mem = f", {kb / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return f"{os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}"


def versions(names: List[str], all_tools: Dict[str, Tool]) -> str:
    probes = {"hugo": ["hugo", "version"], "jekyll": ["jekyll", "--version"], "mkdocs": ["mkdocs", "--version"],
              "eleventy": all_tools["eleventy"].command[:2] + ["--version"], "lectern": ["java", "-version"]}
    out = []
    for n in names:
        try:
            p = subprocess.run(probes[n], capture_output=True, text=True, timeout=60)
            text = (p.stdout or p.stderr).strip().splitlines()
            out.append(f"{n}: {text[0] if text else '?'}")
        except (OSError, subprocess.TimeoutExpired):
            out.append(f"{n}: ?")
    return "; ".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", required=True, help="the Lectern checkout")
    ap.add_argument("--corpus-script", required=True, help="make-corpus.py")
    ap.add_argument("--work", required=True, help="scratch folder for corpora")
    ap.add_argument("--eleventy", required=True, help="folder Eleventy is installed in (npm --prefix)")
    ap.add_argument("--sizes", default="20,1000,10000", help="page counts, comma separated")
    ap.add_argument("--tools", default="lectern,hugo,eleventy,jekyll,mkdocs")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=900, help="seconds; a slower warm-up leaves the tool out")
    ap.add_argument("--course", action=argparse.BooleanOptionalAction, default=True,
                    help="also time Lectern on the course in content/")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()

    all_tools = tools(args.root, args.eleventy)
    names = [n.strip() for n in args.tools.split(",") if n.strip()]
    for n in names:
        if n not in all_tools:
            ap.error(f"unknown tool {n}; known: {', '.join(all_tools)}")
    names = ["lectern"] + [n for n in names if n != "lectern"] if "lectern" in names else names
    os.makedirs(args.work, exist_ok=True)
    SET_ASIDE.append(os.path.join(args.work, "set-aside"))
    shutil.rmtree(SET_ASIDE[0], ignore_errors=True)
    os.makedirs(SET_ASIDE[0])
    try:
        return run(args, names, all_tools)
    finally:
        shutil.rmtree(SET_ASIDE[0], ignore_errors=True)


def run(args: argparse.Namespace, names: List[str], all_tools: Dict[str, Tool]) -> int:

    print(f"# Lectern benchmark, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"\nMachine: {machine()}. {args.rounds} interleaved rounds after a warm-up run; medians.")
    print(f"\nVersions: {versions(names, all_tools)}")
    sys.stdout.flush()
    results = []
    for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
        case = Case(f"{size:,}-page corpus", 0)
        for n in names:
            case.dirs[n] = make_corpus(args.corpus_script, args.work, size, all_tools[n].flavor)
        with open(os.path.join(case.dirs[names[0]], "corpus.json"), encoding="utf-8") as fh:
            case.pages = json.load(fh)["markdown_files"]
        runs, skipped = measure(case, names, all_tools, args.rounds, args.timeout)
        results.append(report(case, names, runs, skipped, args.timeout))
    if args.course and "lectern" in names:
        # The course itself: Lectern only (the peers have no course syntax), diagram cache in place.
        course = os.path.join(args.work, "course")
        if os.path.isdir(course):
            shutil.rmtree(course)
        os.makedirs(course)
        shutil.copytree(os.path.join(args.root, "content"), os.path.join(course, "content"))
        pages = sum(1 for _, _, fs in os.walk(os.path.join(course, "content")) for f in fs if f.endswith(".md"))
        case = Case("the course (content/)", pages, {"lectern": course})
        runs, skipped = measure(case, ["lectern"], all_tools, args.rounds, args.timeout)
        results.append(report(case, ["lectern"], runs, skipped, args.timeout))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"machine": machine(), "rounds": args.rounds, "results": results}, fh, indent=2)
    # The table is printed either way; a failed or timed-out run makes the exit status 1 (the CI smoke
    # run, BenchSmokeTest, relies on it).
    broken = [f"{r['case']}: {n}" for r in results for n, t in r["tools"].items()
              if t.get("skipped") or t.get("failed") or t.get("failures")]
    if broken:
        print("bench: failed or timed out: " + "; ".join(broken), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
