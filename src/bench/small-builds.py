#!/usr/bin/env python3
"""Small builds side by side: `LAUNCHER build` of one content folder with two or more launchers (`./lectern` of
different checkouts), in interleaved rounds (the order reversed every other round), the first round dropped
(it trains each launcher's start-up archive). For each run it records the wall time, the CPU time of the
build (user + system of the process tree) and the share of the machine's CPU that other processes used
meanwhile ("others": 0 on a quiet machine, 0.5 when they kept one of two cores busy). On a shared machine
`--idle 0.85` starts each round only once the machine was that idle for 0.4 s (waiting at most 15 minutes),
and the summary also gives the medians of the rounds in which no run shared the machine (others <= 0.15).
`--into new` (the default) builds into an absent output folder each round: the previous round's is moved aside
(a rename, which frees no inode; removed at the end), since removing it right before would time the file
system's freed inodes too (docs/performance.md, "The benchmark's own deletions"). `--into previous` rebuilds
into the previous round's output, as a user's second `lectern build` does. CPU is split into user and system.

    python3 src/bench/small-builds.py --content content --theme theme --rounds 8 \\
        base=../base-checkout/lectern new=./lectern
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time

HZ = os.sysconf("SC_CLK_TCK")


def machine() -> tuple[int, int]:
    """All jiffies and idle jiffies so far, of every CPU."""
    with open("/proc/stat") as f:
        t = list(map(int, f.readline().split()[1:9]))
    return sum(t), t[3] + t[4]


def idle_share(seconds: float = 0.4) -> float:
    t1, i1 = machine()
    time.sleep(seconds)
    t2, i2 = machine()
    return (i2 - i1) / max(1, t2 - t1)


def run(launcher: str, content: str, theme: str, out: str, into: str, aside: str) -> dict:
    if into == "new" and os.path.exists(out):
        os.makedirs(aside, exist_ok=True)
        os.rename(out, os.path.join(aside, f"{os.path.basename(out)}-{time.monotonic_ns()}"))
    cpus = os.cpu_count() or 1
    t1, i1 = machine()
    r0 = os.times()
    w0 = time.monotonic()
    subprocess.run([launcher, "build", "--content", content, "--theme", theme, "--out", out, "-q"], check=True,
                   stdout=subprocess.DEVNULL)
    wall = time.monotonic() - w0
    r1 = os.times()
    t2, i2 = machine()
    user = r1.children_user - r0.children_user
    system = r1.children_system - r0.children_system
    cpu = user + system
    busy = ((t2 - t1) - (i2 - i1)) / HZ
    return {"wall": round(wall, 3), "cpu": round(cpu, 3), "user": round(user, 3), "sys": round(system, 3),
            "others": round(max(0.0, busy - cpu) / (cpus * wall), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--content", required=True)
    ap.add_argument("--theme", required=True)
    ap.add_argument("--rounds", type=int, default=8, help="rounds after the first (dropped) one")
    ap.add_argument("--idle", type=float, default=0.0, help="start a round only when the machine is this idle")
    ap.add_argument("--log", help="append each round as a JSON line to this file")
    ap.add_argument("--into", choices=["new", "previous"], default="new",
                    help="build into a new output folder each round, or into the previous round's output")
    ap.add_argument("launchers", nargs="+", metavar="NAME=LAUNCHER")
    a = ap.parse_args()
    launchers = [tuple(s.split("=", 1)) for s in a.launchers]
    rounds = []
    with tempfile.TemporaryDirectory(prefix="lectern-small-") as work:
        for r in range(a.rounds + 1):
            deadline = time.monotonic() + 900
            while a.idle > 0 and idle_share() < a.idle and time.monotonic() < deadline:
                pass
            order = launchers if r % 2 == 0 else launchers[::-1]
            runs = {name: run(path, a.content, a.theme, os.path.join(work, name), a.into, os.path.join(work, "aside"))
                    for name, path in order}
            row = {"round": r, "time": time.strftime("%H:%M:%S"), "load": os.getloadavg()[0], "runs": runs}
            print(json.dumps(row), flush=True)
            if a.log:
                with open(a.log, "a") as f:
                    f.write(json.dumps(row) + "\n")
            if r > 0:
                rounds.append(row)
    quiet = [row for row in rounds if all(x["others"] <= 0.15 for x in row["runs"].values())]
    for title, rows in (("all rounds", rounds), ("rounds without others (others <= 0.15)", quiet)):
        if not rows:
            print(f"{title}: none")
            continue
        loads = [row["load"] for row in rows]
        print(f"{title}: {len(rows)}, load average {min(loads):.1f}-{max(loads):.1f}")
        for name, _ in launchers:
            wall = [row["runs"][name]["wall"] for row in rows]
            cpu = [row["runs"][name]["cpu"] for row in rows]
            user = [row["runs"][name]["user"] for row in rows]
            system = [row["runs"][name]["sys"] for row in rows]
            print(f"  {name:12} wall median {statistics.median(wall):.3f} s (min {min(wall):.3f}), "
                  f"CPU median {statistics.median(cpu):.2f} s (user {statistics.median(user):.2f} s, "
                  f"system {statistics.median(system):.2f} s)")


if __name__ == "__main__":
    main()
