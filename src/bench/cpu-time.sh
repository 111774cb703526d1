#!/usr/bin/env bash
# CPU time (user+sys, from /usr/bin/time -v) of full builds of one content folder with one or more jars,
# taken in turns (round 1: every jar, round 2: every jar, ...) so machine load hits them alike; prints each
# run and the median per jar, with the load average before and after.
#
#   bash src/bench/cpu-time.sh CONTENT_DIR ROUNDS JAR [JAR ...]
#
# Corpus: python3 ../shared/bench/make-corpus.py --pages 1000 --flavor plain --out target/c1k
# then CONTENT_DIR is target/c1k/content. JVM flags are those ./lectern uses for a build (no CDS archive).
set -euo pipefail
content="${1:?usage: cpu-time.sh CONTENT_DIR ROUNDS JAR [JAR ...]}"; rounds="${2:?rounds}"; shift 2
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${LECTERN_CPU_WORK:-$root/target/cpu-time}"
mkdir -p "$work"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A runs
for ((r = 1; r <= rounds; r++)); do
  i=0
  for jar in "$@"; do
    i=$((i + 1))
    rm -rf "$work/out-$i"
    /usr/bin/time -v -o "$work/time-$i.txt" java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" build \
      --content "$content" --theme "$work/no-theme" --out "$work/out-$i" --cache "$work/cache-$i" >"$work/log-$i.txt" 2>&1
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u + s}' "$work/time-$i.txt")
    wall=$(awk -F': ' '/Elapsed \(wall/ {print $2}' "$work/time-$i.txt")
    echo "round $r  $jar  cpu ${cpu} s  wall $wall  load $(cut -d' ' -f1 /proc/loadavg)"
    runs[$i]="${runs[$i]:-} $cpu"
  done
done
i=0
for jar in "$@"; do
  i=$((i + 1))
  median=$(echo ${runs[$i]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
  echo "median cpu $median s  ($jar; runs:${runs[$i]})"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
