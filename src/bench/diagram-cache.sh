#!/usr/bin/env bash
# What laying out the course's diagrams costs: full builds of content/ with the diagram cache emptied
# before each run (cold: every diagram laid out by ELK) and kept (warm: every diagram from the cache).
# Compiled templates stay cached in both, so the difference is the layout. Needs hyperfine.
#
#   src/bench/diagram-cache.sh          env: RUNS=5
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/lectern.jar ] || mvn -q -o package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build="java -jar target/lectern.jar build --out $work/site --cache $work/cache"
$build >/dev/null   # compiles the templates into the cache once
hyperfine --runs "${RUNS:-5}" \
  --prepare "rm -rf $work/cache/diagrams" -n "cold diagram cache" "$build" \
  --prepare "true" -n "warm diagram cache" "$build"
