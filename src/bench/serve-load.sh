#!/usr/bin/env bash
# Load check of `lectern serve`: wrk on one page (default 20 s, 64 connections), with the server's
# memory (RSS, and heap after a full GC) and open files before and after, to show they stay flat.
# Needs wrk (apt-get install -y wrk) and a JDK (jcmd).
#
#   python3 ../shared/bench/make-corpus.py --pages 1000 --flavor plain --out target/c1k
#   src/bench/serve-load.sh [CORPUS] [PAGE]     CORPUS defaults to target/c1k; PAGE to a page in the middle
#   env: DURATION=20s CONNECTIONS=64 THREADS=2 PORT=18091
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-target/c1k}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
port=${PORT:-18091}
[ -f target/lectern.jar ] || mvn -q -B package -DskipTests

out=$(mktemp -d)
log="$out.log"
java -jar target/lectern.jar serve --port "$port" --content "$corpus/content" --theme theme --out "$out/site" \
  > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$out" "$log"' EXIT
for _ in $(seq 1 600); do grep -q "^Serving " "$log" && break; sleep 0.2; done
url=$(sed -n 's/^Serving \(http[^ ]*\).*/\1/p' "$log")
[ -n "$url" ] || { cat "$log"; echo "the server did not start" >&2; exit 1; }
page=${2:-$(cd "$out/site" && find . -mindepth 2 -name index.html | sort | sed -n '500p' | sed 's|^\./||; s|index\.html$||')}

state() { # label
  jcmd "$pid" GC.run > /dev/null
  local heap rss fds
  heap=$(jcmd "$pid" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i + 1); exit}}')
  rss=$(awk '/VmRSS/ {print $2 " " $3}' /proc/$pid/status)
  fds=$(ls /proc/$pid/fd | wc -l)
  echo "$1: RSS $rss, heap used after GC $heap, open files $fds, threads $(ls /proc/$pid/task | wc -l)"
}

echo "page: $url$page"
wrk -t"$threads" -c"$connections" -d5s "$url$page" > /dev/null   # warm up the JIT and the pools
state "before"
wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url$page" | tee "$out/wrk.txt"
sleep 2
state "after"
sleep 10
state "10 s later"
errors=$(grep -E "Non-2xx|Socket errors" "$out/wrk.txt" || true)
echo "errors: ${errors:-none}"
