#!/usr/bin/env bash
# Every family of pages in ONE run of this tree's jar on an existing demo data directory, so that partners' and
# children's pages sit beside the practitioners' under the same load (issues 10, 12 and 15): My work, the child
# record and find-a-child (practitioners); the partner's home and child view (partners); the child's and care
# leaver's own space and the carer's home (portal). Each family has --users signed-in users; --users clients ask at
# once (closed loop), with a mean think time and then (unless --no-stress) with none. Prints the bench's table.
#
#   bench/web-all-pages.sh --data-dir DIR [--users 200] [--think-ms 5000] [--requests 1000] [--no-stress]
#                          [--pages practitioner,partner,portal] [--jar JAR] [--out FILE]
#
# The directory is never regenerated (make it once: ./hearth demo-data --children 100000 --seed 7 --data-dir DIR).
# The first run on a directory makes the bench's partner users, sharing decisions, children's accounts and carers
# (through the real commands and pages: see docs/performance.md); later runs find them and only sign them in.
# --jar: default target/hearth.jar, built by ./hearth when the sources are newer.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data=""; users=200; think=5000; requests=1000; stress=yes; pages=practitioner,partner,portal; jar=""; out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) data="$2"; shift 2 ;;
    --users) users="$2"; shift 2 ;;
    --think-ms) think="$2"; shift 2 ;;
    --requests) requests="$2"; shift 2 ;;
    --no-stress) stress=no; shift ;;
    --pages) pages="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "web-all-pages: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$data" ] || { echo "web-all-pages: --data-dir DIR is needed (--help)" >&2; exit 2; }
[ -d "$data/pg" ] || { echo "web-all-pages: $data has no database; generate it first:" \
  "./hearth demo-data --children 100000 --seed 7 --data-dir $data" >&2; exit 2; }
if [ -z "$jar" ]; then
  jar="$here/target/hearth.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
    (cd "$here" && mvn -q -B -DskipTests package) >&2
  fi
fi
[ -f "$jar" ] || { echo "web-all-pages: no jar $jar" >&2; exit 2; }
scenarios="$think"; [ "$stress" = yes ] && [ "$think" != 0 ] && scenarios="$think,0"
out="${out:-$(mktemp /tmp/hearth-web-all-pages.XXXXXX.log)}"
echo "$(date -u +%H:%M:%S) bench web on $data: pages $pages, $users users, think $scenarios ms (load average" \
  "$(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores); log $out"
# --children 1: measure the children the directory holds, whatever their number (the bench loads demo children
# only into an empty database, and this directory has one).
status=0
java ${HEARTH_JAVA_OPTS:-} -jar "$jar" bench web --data-dir "$data" --children 1 --requests "$requests" \
  --concurrency "$users" --users "$users" --think-ms "$scenarios" --pages "$pages" > "$out" 2>&1 || status=$?
sed -n '/^call /,/^Machine:/p' "$out"
[ "$status" = 0 ] || echo "web-all-pages: the run reported errors or failed (exit $status); see $out" >&2
exit "$status"
