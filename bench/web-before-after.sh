#!/usr/bin/env bash
# Before/after for the web pages, in one run on one machine: builds the jar of a base revision (default: where
# this branch left main) and of this working tree, then runs `bench web` with each, alternately, against the same
# demo data directory, with think time (a working day) and without (stress), and prints one table. Unattended;
# says how long it took.
#
#   bench/web-before-after.sh [--base REV] [--data-dir DIR] [--children N] [--seed S] [--requests N]
#                             [--users N] [--rounds N] [--think-ms N] [--no-stress] [--out DIR]
#
# Both builds are timed by the same harness: the base revision is built with this tree's bench command
# (src/main/java/org/hearth/bench/ApiBenchCommand.java) in place of its own, so the table compares servers, not
# clients. --no-stress leaves out the runs with no think time.
#
# Defaults: --base (where this branch left main) --data-dir /tmp/hearth-bench-100k --children 100000 --seed 7
# --requests 1000 --users 200 --rounds 2 --think-ms 5000. The first run generates the demo data into --data-dir
# (100,000 children took 26 minutes: see docs/performance.md) and keeps it for the next runs. Each bench run adds
# its audit entries to that database; both builds see the same growth, alternately. A run (start, 200 sign-ins,
# three pages of 1,000 requests with warm-ups) took 20 to 30 minutes on a 2-core machine at load average 30 to
# 60; on a quiet one expect a few minutes (an estimate, not measured). 8 runs with the defaults, plus building
# the two jars (cached in $HEARTH_BENCH_CACHE, default /tmp/hearth-bench-jars).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base=""; data=/tmp/hearth-bench-100k; children=100000; seed=7; requests=1000; users=200; rounds=2; think=5000
out=""; stress=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --data-dir) data="$2"; shift 2 ;;
    --children) children="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --requests) requests="$2"; shift 2 ;;
    --users) users="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --think-ms) think="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-stress) stress=no; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "web-before-after: unknown option $1" >&2; exit 2 ;;
  esac
done
started=$(date +%s)
cache="${HEARTH_BENCH_CACHE:-/tmp/hearth-bench-jars}"
out="${out:-$(mktemp -d /tmp/hearth-before-after.XXXXXX)}"
mkdir -p "$cache" "$out"

# The base revision's jar with this tree's harness, built once per commit and harness in a throwaway checkout.
harness=src/main/java/org/hearth/bench/ApiBenchCommand.java
# Default: where this branch left main, so the table shows this branch's changes and nothing merged since.
[ -z "$base" ] && base=$(git -C "$here" merge-base HEAD main)
base_sha=$(git -C "$here" rev-parse "$base")
base_jar="$cache/hearth-${base_sha:0:12}-bench-$(sha256sum "$here/$harness" | cut -c1-12).jar"
if [ ! -f "$base_jar" ]; then
  src=$(mktemp -d /tmp/hearth-base-src.XXXXXX)
  echo "Building $base (${base_sha:0:12}) with this tree's bench harness in $src…"
  git -C "$here" archive "$base_sha" | tar -x -C "$src"
  cp "$here/$harness" "$src/$harness"
  (cd "$src" && mvn -q -B -DskipTests package) >&2
  cp "$src/target/hearth.jar" "$base_jar"
  rm -rf "$src"
fi
# This working tree's jar, as ./hearth builds it.
echo "Building this tree ($(git -C "$here" rev-parse --short HEAD)$(git -C "$here" diff --quiet HEAD || echo ', with uncommitted changes'))…"
(cd "$here" && mvn -q -B -DskipTests package) >&2
new_jar="$cache/hearth-this-tree.jar"
cp "$here/target/hearth.jar" "$new_jar"

# JVM options each build's launcher gives it (./hearth's HEARTH_JVM_DEFAULTS line, where it has one).
jvm_opts() { git -C "$here" show "$1:hearth" 2>/dev/null | sed -n 's/^default_jvm_opts="\(.*\)"$/\1/p' | head -1; }
base_opts=$(jvm_opts "$base_sha")
new_opts=$(sed -n 's/^default_jvm_opts="\(.*\)"$/\1/p' "$here/hearth" | head -1)

if [ ! -d "$data/pg" ]; then
  echo "Generating $children demo children (seed $seed) into $data with the base build…"
  t0=$(date +%s)
  java $base_opts -jar "$base_jar" demo-data --children "$children" --seed "$seed" --data-dir "$data"
  echo "Generated in $(( $(date +%s) - t0 )) s"
fi

run() { # build jar opts think round
  local log="$out/$1-think$4-round$5.log"
  echo "$(date -u +%H:%M:%S) $1, think ${4} ms, round $5 (uptime:$(uptime | sed 's/.*load average//'))"
  # shellcheck disable=SC2086
  if ! java $3 -jar "$2" bench web --data-dir "$data" --children "$children" --seed "$seed" --requests "$requests" \
      --concurrency "$users" --users "$users" --think-ms "$4" > "$log" 2>&1; then
    echo "  (the run reported errors or failed; see $log)"
  fi
  grep '^RESULT' "$log" | sed "s/^RESULT/$1\tthink $4 ms\tround $5/" >> "$out/results.tsv" || true
}

: > "$out/results.tsv"
for round in $(seq 1 "$rounds"); do
  scenarios="$think"; [ "$stress" = yes ] && scenarios="$think 0"
  for t in $scenarios; do
    # Alternate which build goes first, so neither always meets a cold or a warm cache.
    if [ $((round % 2)) -eq 1 ]; then
      run before "$base_jar" "$base_opts" "$t" "$round"; run after "$new_jar" "$new_opts" "$t" "$round"
    else
      run after "$new_jar" "$new_opts" "$t" "$round"; run before "$base_jar" "$base_opts" "$t" "$round"
    fi
  done
done

echo
echo "Before: $base (${base_sha:0:12})  After: this tree  Data: $data ($children children)  $(nproc) cores"
printf '%-7s %-14s %-8s %-26s %9s %9s %9s %9s %7s %8s  %s\n' build scenario round page median p95 p99 max errors 'req/s' 'load (1 5 15)'
sort -t$'\t' -k2,2 -k4,4 -k1,1r -k3,3 "$out/results.tsv" | while IFS=$'\t' read -r b sc r page med p95 p99 max err rate load _think; do
  printf '%-7s %-14s %-8s %-26s %7sms %7sms %7sms %7sms %7s %8s  %s\n' "$b" "$sc" "$r" "$page" "$med" "$p95" "$p99" "$max" "$err" "$rate" "$load"
done
echo
echo "Logs: $out   Took $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"
