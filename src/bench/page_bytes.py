#!/usr/bin/env python3
"""Where the bytes of a built site's pages go.

    python3 src/bench/page_bytes.py SITE [--top 8] [--page PATH ...]

For the HTML pages of SITE (the output folder of `lectern build`) prints the total bytes
written (every file, and HTML, search index and assets apart), the average and largest pages,
and for the average page and the largest pages a breakdown by region: <head>, the site header,
the sidebar (outline), the breadcrumbs, the page body, the table of contents, the pager, the
footer; and across regions: inline <svg>, inline <script>, attributes by name (class, href,
aria-*, data-*, ...) and whitespace between tags. Regions are found by their element and class or
id, the names the built-in theme uses; bytes are UTF-8 bytes of the page as written.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import sys
from html.parser import HTMLParser

# (label, test on tag and attributes); the first region an element matches counts its bytes.
REGIONS = [
    ("head", lambda t, a: t == "head"),
    ("site header", lambda t, a: t == "header" and "site-header" in a.get("class", "")),
    ("sidebar (outline)", lambda t, a: t == "nav" and a.get("id") == "sidebar"),
    ("breadcrumbs", lambda t, a: t == "nav" and "breadcrumbs" in a.get("class", "")),
    ("page body", lambda t, a: t == "div" and "page-body" in a.get("class", "").split()),
    ("table of contents", lambda t, a: t == "aside" and "toc" in a.get("class", "").split()),
    ("pager", lambda t, a: t == "nav" and "pager" in a.get("class", "").split()),
    ("footer", lambda t, a: t == "footer"),
]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Breakdown(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0]
        for m in re.finditer("\n", text):
            self.line_starts.append(m.end())
        self.stack = []  # (tag, region label or None, start offset, is svg/script root)
        self.regions = collections.Counter()
        self.extras = collections.Counter()
        self.attrs = collections.Counter()

    def at(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def region_of(self, tag, attrs):
        d = {k: v or "" for k, v in attrs}
        for label, test in REGIONS:
            if test(tag, d):
                return label
        return None

    def handle_starttag(self, tag, attrs):
        start = self.at()
        raw = self.get_starttag_text() or ""
        for name, value in attrs:
            key = name if not (name.startswith("aria-") or name.startswith("data-")) else name.split("-")[0] + "-*"
            # ` name="value"`: the bytes the attribute adds to the tag.
            self.attrs[key] += len(name) + 1 + (len((value or "").encode()) + 3 if value is not None else 0)
        inside = any(r for _, r, _ in self.stack)
        region = None if inside else self.region_of(tag, attrs)
        if tag in VOID:
            if region:
                self.regions[region] += len(raw.encode())
            return
        self.stack.append((tag, region, start))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        end = self.at() + len(f"</{tag}>")
        while self.stack:
            t, region, start = self.stack.pop()
            size = len(self.text[start:end].encode())
            if region:
                self.regions[region] += size
            if t == "svg" and not any(s[0] == "svg" for s in self.stack):
                self.extras["inline <svg>"] += size
            if t == "script":
                self.extras["inline <script>" if "src=" not in self.text[start:start + 200].split(">")[0]
                            else "<script src> tags"] += size
            if t == "style":
                self.extras["inline <style>"] += size
            if t == tag:
                break

    def handle_data(self, data):
        if not data.strip():
            self.extras["whitespace between tags"] += len(data.encode())


def analyse(path: str):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    p = Breakdown(text)
    p.feed(text)
    p.close()
    total = len(text.encode())
    rest = total - sum(p.regions.values())
    regions = dict(p.regions)
    regions["everything else (main, article header, body tag)"] = rest
    return total, regions, dict(p.extras), dict(p.attrs)


def table(title: str, counts: dict, total: float, pages: int = 1, top: int = 12):
    print(f"\n{title}")
    for name, n in sorted(counts.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {n / pages / 1024:9.1f} kB  {100 * n / total:5.1f} %  {name}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site")
    ap.add_argument("--top", type=int, default=5, help="how many of the largest pages to break down")
    ap.add_argument("--page", action="append", default=[], help="also break down this page (path below SITE)")
    args = ap.parse_args()

    files, html = [], []
    for dirpath, _, names in os.walk(args.site):
        for n in names:
            full = os.path.join(dirpath, n)
            files.append(full)
            if n.endswith(".html"):
                html.append(full)
    size = {f: os.path.getsize(f) for f in files}
    total = sum(size.values())
    html_bytes = sum(size[f] for f in html)
    search = sum(s for f, s in size.items() if os.sep + "search" + os.sep in f and not f.endswith(".html"))
    assets = sum(s for f, s in size.items() if os.sep + "assets" + os.sep in f)
    print(f"{args.site}: {len(files):,} files, {total:,} bytes written "
          f"({total / max(len(html), 1) / 1024:.1f} kB per page)")
    print(f"  HTML {html_bytes:,} bytes in {len(html):,} pages, {html_bytes / max(len(html), 1) / 1024:.1f} kB a page "
          f"(median {sorted(size[f] for f in html)[len(html) // 2] / 1024:.1f} kB)")
    print(f"  search index and script {search:,} bytes; assets {assets:,} bytes; other {total - html_bytes - search - assets:,}")

    sums = [collections.Counter(), collections.Counter(), collections.Counter()]
    for f in html:
        _, regions, extras, attrs = analyse(f)
        for c, d in zip(sums, (regions, extras, attrs)):
            c.update(d)
    n = max(len(html), 1)
    table(f"Average page ({html_bytes / n / 1024:.1f} kB), by region:", sums[0], html_bytes, n)
    table("Average page, across regions:", sums[1], html_bytes, n)
    table("Average page, attributes by name (name, quotes and value):", sums[2], html_bytes, n)

    largest = sorted(html, key=lambda f: -size[f])[:args.top]
    for f in largest + [os.path.join(args.site, p) for p in args.page]:
        t, regions, extras, attrs = analyse(f)
        print(f"\n== {os.path.relpath(f, args.site)}: {t / 1024:.1f} kB")
        for name, b in sorted({**regions, **extras}.items(), key=lambda kv: -kv[1]):
            print(f"  {b / 1024:8.1f} kB  {name}")
        top_attrs = sorted(attrs.items(), key=lambda kv: -kv[1])[:6]
        print("  attributes: " + ", ".join(f"{k} {v / 1024:.1f} kB" for k, v in top_attrs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
