#!/usr/bin/env bash
# Byte-for-byte comparison of two Lectern jars: builds the course and every fixture site and test corpus
# (src/test/resources/sites/*, src/test/resources/corpora/*) with each jar into a scratch folder, then
# `diff -r`s the two sites of each. For redesigns that must keep the built site the same.
#
#   bash src/bench/same-bytes.sh BASE.jar [NEW.jar] [--corpus DIR ...]
#
# NEW.jar defaults to target/lectern.jar of this checkout (build it first: mvn -q -B -o package -DskipTests).
# --corpus DIR adds a content folder (e.g. target/c1k/content, made by ../shared/bench/make-corpus.py).
# LECTERN_SAME_WORK: scratch folder (default: target/same-bytes). Exits 1 when any site differs.
# LECTERN_BASE_THEME: the project's theme folder for the base jar's course builds (when the theme now has a
# template the base jar cannot compile, e.g. `git archive BASE theme | tar -x -C DIR`, then DIR/theme).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
base="${1:?usage: same-bytes.sh BASE.jar [NEW.jar] [--corpus DIR ...]}"; shift
new="$root/target/lectern.jar"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then new="$1"; shift; fi
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) extra+=("$(cd "$2" && pwd)"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
work="${LECTERN_SAME_WORK:-$root/target/same-bytes}"
rm -rf "$work"; mkdir -p "$work"

# name, content folder, theme folder and extra flags of every site; the course uses the project's theme, the others the built-in one
sites=("course|$root/content|$root/theme" "course-compressed|$root/content|$root/theme|--compress")
for d in "$root"/src/test/resources/sites/*/; do sites+=("site-$(basename "$d")|${d%/}/content|$work/no-theme"); done
for d in "$root"/src/test/resources/corpora/*/; do sites+=("corpus-$(basename "$d")|${d%/}|$work/no-theme"); done
for d in "${extra[@]}"; do sites+=("extra-$(basename "$(dirname "$d")")-$(basename "$d")|$d|$work/no-theme"); done

status=0
for entry in "${sites[@]}"; do
  IFS='|' read -r name content theme flags <<<"$entry"
  for side in base new; do
    jar="$base"; [ "$side" = new ] && jar="$new"
    side_theme="$theme"
    if [ "$side" = base ] && [ -n "${LECTERN_BASE_THEME:-}" ] && [ "$theme" = "$root/theme" ]; then side_theme="$LECTERN_BASE_THEME"; fi
    # shellcheck disable=SC2086
    if ! java -jar "$jar" build ${flags:-} --content "$content" --theme "$side_theme" --out "$work/$side/$name" \
        --cache "$work/cache-$side" >"$work/$side-$name.log" 2>&1; then
      echo "$name: build with $side jar failed (see $work/$side-$name.log)"
    fi
  done
  if diff -r "$work/base/$name" "$work/new/$name" >"$work/diff-$name.txt" 2>&1; then
    echo "$name: same bytes ($(find "$work/new/$name" -type f | wc -l) files)"
  else
    echo "$name: DIFFERS ($(grep -c '' "$work/diff-$name.txt") diff lines, see $work/diff-$name.txt)"; status=1
  fi
  if ! diff <(sed "s#$work/[a-z]*/##g" "$work/base-$name.log" | grep -v ' in [0-9.]* s' ) \
            <(sed "s#$work/[a-z]*/##g" "$work/new-$name.log" | grep -v ' in [0-9.]* s') >/dev/null; then
    echo "$name: messages differ: diff $work/base-$name.log $work/new-$name.log"
  fi
done
exit $status
