#!/usr/bin/env bash
# Benchmark: Lectern against Hugo, Eleventy, Jekyll and MkDocs on the same synthetic corpus,
# run side by side (interleaved rounds), printing a Markdown table. One command on a fresh machine:
#
#   bash src/bench/run.sh                          # 20, 1,000 and 10,000 pages, all tools, 5 rounds
#   bash src/bench/run.sh --sizes 1000 --rounds 3 --tools lectern,hugo,eleventy
#   bash src/bench/run.sh --sizes 1000,10000,50000 --tools lectern --no-course   # scaling
#
# Options (passed on to bench.py): --sizes N,N,...  --tools a,b,...  --rounds N  --timeout SECONDS
#   --no-course (skip the course itself)  --json FILE (also write the results as JSON)
# Environment:
#   LECTERN_CORPUS_SCRIPT  make-corpus.py (default: src/bench/make-corpus.py, a copy of ../shared/bench/make-corpus.py)
#   LECTERN_BENCH_WORK     scratch folder for corpora and Eleventy (default: $TMPDIR/lectern-bench)
#   LECTERN_BENCH_INSTALL  0 to never install missing generators (default 1: apt-get / npm)
#   LECTERN_CMD            the Lectern command to time (default: ./lectern of this checkout)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus_script="${LECTERN_CORPUS_SCRIPT:-$root/src/bench/make-corpus.py}"
work="${LECTERN_BENCH_WORK:-${TMPDIR:-/tmp}/lectern-bench}"
install="${LECTERN_BENCH_INSTALL:-1}"

tools="lectern,hugo,eleventy,jekyll,mkdocs"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --tools) tools="${args[$((i + 1))]}" ;;
    --tools=*) tools="${args[$i]#--tools=}" ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  esac
done

if [ ! -f "$corpus_script" ]; then
  echo "bench: make-corpus.py not found at $corpus_script; set LECTERN_CORPUS_SCRIPT" >&2
  exit 2
fi
mkdir -p "$work"

need_apt=()
has() { command -v "$1" >/dev/null 2>&1; }
wants() { [[ ",$tools," == *",$1,"* ]]; }
# Without /usr/bin/time bench.py measures CPU time and peak RSS itself (wait4); install it where allowed.
[ -x /usr/bin/time ] || [ "$install" != 1 ] || need_apt+=(time)
wants hugo && ! has hugo && need_apt+=(hugo)
wants jekyll && ! has jekyll && need_apt+=(jekyll)
wants mkdocs && ! has mkdocs && need_apt+=(mkdocs)
wants eleventy && ! has npm && need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$install" != 1 ]; then echo "bench: missing ${need_apt[*]} (LECTERN_BENCH_INSTALL=0)" >&2; exit 2; fi
  echo "bench: installing ${need_apt[*]} ..." >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >&2
fi
eleventy="$work/eleventy"
if wants eleventy && [ ! -f "$eleventy/node_modules/@11ty/eleventy/cmd.cjs" ]; then
  if [ "$install" != 1 ]; then echo "bench: Eleventy missing in $eleventy (LECTERN_BENCH_INSTALL=0)" >&2; exit 2; fi
  echo "bench: installing Eleventy 3 into $eleventy ..." >&2
  npm install --prefix "$eleventy" --no-audit --no-fund --silent @11ty/eleventy@3 >&2
fi

# The jar first, so that no timed run includes building it.
(cd "$root" && if [ -z "${LECTERN_CMD:-}" ]; then ./lectern --version >/dev/null; fi)

exec python3 "$root/src/bench/bench.py" --root "$root" --corpus-script "$corpus_script" --work "$work" \
  --eleventy "$eleventy" "$@"
