#!/usr/bin/env python3
"""Benchmark of `lectern serve`: time from a page's file write to the reload event at an SSE client.

Starts the server on a corpus (default: the 1,000-page corpus of ../shared/bench/make-corpus.py),
connects to its live-reload stream like a browser does, edits one page N times (one edit at a time,
waiting for its event) and prints the p50/p95 of write -> reload event, with the server's own
rebuild times.

    python3 ../shared/bench/make-corpus.py --pages 1000 --flavor plain --out target/c1k
    mvn -q -B package -DskipTests
    python3 src/bench/serve-latency.py --corpus target/c1k
"""
import argparse
import http.client
import json
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def read_events(host, port, path, events):
    conn = http.client.HTTPConnection(host, port)
    conn.request("GET", path)
    resp = conn.getresponse()
    name, data = "message", None
    while True:
        line = resp.fp.readline()
        if not line:
            return
        line = line.decode("utf-8").rstrip("\r\n")
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: "):
            data = line[6:]
        elif line == "" and data is not None:
            events.put((time.perf_counter(), name, json.loads(data)))
            name, data = "message", None


def percentile(values, p):
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="target/c1k", help="folder with content/ (default target/c1k)")
    ap.add_argument("--jar", default=os.path.join(REPO, "target", "lectern.jar"))
    ap.add_argument("--theme", default=os.path.join(REPO, "theme"))
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--port", type=int, default=8931)
    ap.add_argument("--page", help="page to edit, relative to content/ (default: one in the middle)")
    args = ap.parse_args()

    content = os.path.join(args.corpus, "content")
    pages = sorted(os.path.join(d, f)[len(content) + 1:] for d, _, fs in os.walk(content) for f in fs
                   if f.endswith(".md") and f != "index.md")
    page = args.page or pages[len(pages) // 2]
    page_file = os.path.join(content, page)
    out = tempfile.mkdtemp(prefix="lectern-bench-site-")
    cache = os.path.join(REPO, ".lectern-cache")
    server = subprocess.Popen(["java"] + os.environ.get("LECTERN_JAVA_OPTS", "").split() + ["-jar", args.jar, "serve", "--port", str(args.port), "--content", content,
                               "--theme", args.theme, "--out", out, "--cache", cache],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    original = open(page_file, encoding="utf-8").read()
    lines = []
    try:
        url = None
        for line in server.stdout:
            lines.append(line.rstrip())
            print("  server: " + line.rstrip())
            m = re.search(r"Serving (http://[^ ]+)", line)
            if m:
                url = m.group(1)
                break
        if not url:
            sys.exit("the server did not start")
        threading.Thread(target=lambda: [lines.append(l.rstrip()) for l in server.stdout], daemon=True).start()
        host, port = re.match(r"http://([^:/]+):(\d+)", url).groups()
        base = url[len("http://%s:%s" % (host, port)):]
        events = queue.Queue()
        threading.Thread(target=read_events, args=(host, int(port), base + "__lectern/events", events),
                         daemon=True).start()
        _, name, hello = events.get(timeout=30)
        assert name == "hello", name
        out_path = re.sub(r"(index|readme)\.md$", "", page, flags=re.I)
        out_path = (out_path[:-3] + "/" if out_path.endswith(".md") else out_path) + "index.html"
        page_url = base + out_path[: -len("index.html")]
        print("editing content/%s (served at %s) %d times" % (page, page_url, args.edits))
        times = []
        for i in range(args.edits):
            time.sleep(0.4)
            marker = "Benchmark edit %d at %.6f." % (i + 1, time.time())
            t0 = time.perf_counter()
            with open(page_file, "w", encoding="utf-8") as f:
                f.write(original + "\n" + marker + "\n")
            while True:
                t1, name, data = events.get(timeout=30)
                if name == "reload" and out_path in data.get("paths", []):
                    break
                if name == "errors":
                    sys.exit("build failed: %s" % data)
            times.append((t1 - t0) * 1000)
            conn = http.client.HTTPConnection(host, int(port))
            conn.request("GET", page_url)
            body = conn.getresponse().read().decode("utf-8")
            assert marker in body, "the reload event came before the new page was served"
            print("  edit %2d: %6.1f ms (build #%d)" % (i + 1, times[-1], data["build"]))
        print()
        print("write -> reload event over %d edits: p50 %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms"
              % (len(times), percentile(times, 50), percentile(times, 95), min(times), max(times)))
        for l in lines:
            if l.startswith("trace:"):
                print("  server: " + l)
        rebuilds = [float(m.group(1)) for l in lines for m in [re.search(r"Rebuilt #\d+ in (\d+) ms", l)] if m]
        if rebuilds:
            print("server-side rebuild time: p50 %.0f ms, p95 %.0f ms" % (percentile(rebuilds, 50), percentile(rebuilds, 95)))
    finally:
        with open(page_file, "w", encoding="utf-8") as f:
            f.write(original)
        server.terminate()
        server.wait(10)
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
