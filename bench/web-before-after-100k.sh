#!/usr/bin/env bash
# Before/after for My work, the child record and find-a-child on ONE existing demo data directory (e.g. the
# 100,000-child demo, generated once with today's code), served by two or more prebuilt jars in turn, never at once:
# interleaved rounds (before, after, after, before, ...), each round one `bench web` process per jar that signs the
# users in once and measures the three pages with think time and then with none. Prints each round's medians and
# p95s with the machine's load and cores, then the summary: the median over rounds of each build's medians and p95s.
#
#   bench/web-before-after-100k.sh --before JAR --after JAR --data-dir DIR
#         [--also LABEL=JAR ...] [--rounds 3] [--users 200] [--requests 1000] [--think-ms 5000] [--no-stress]
#         [--children 100000] [--seed 7] [--before-sql FILE] [--jfr LABEL] [--out DIR]
#         [--pages practitioner,partner,portal]
#   bench/web-before-after-100k.sh --summarize DIR      the tables again from DIR/results.tsv (also a partial run's)
#
# The data directory is never regenerated: each `bench web` run only reads the children it finds (it fails if the
# directory has fewer than --children). --before-sql FILE is run once, as the database owner, before the rounds, for
# a before build whose code reads a column a later migration dropped (bench/compat-dc79779.sql: the agencies text
# V26 moved into participants); it needs psql. --jfr LABEL records that build's runs with Java Flight Recorder
# (OUT/LABEL-roundN.jfr), which slows it a little: profile in a separate run, not in the one you compare.
# --pages (default practitioner) is passed to the after build and to each --also build whose `bench web` knows it
# (its launcher's help names --pages), never to the before build: dc79779 measures only practitioner pages, so the
# partner and portal rows have after figures only, beside the practitioner rows of the same rounds.
# The client runs in the same JVM as the server (bench web), so the figures include it. Each run appends its audit
# entries and sessions to the database; the builds see the same growth, alternately.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
before=""; after=""; data=""; rounds=3; users=200; requests=1000; think=5000; stress=yes
children=100000; seed=7; before_sql=""; jfr=""; out=""; extra=(); summarize=""; pages=""
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before="$2"; shift 2 ;;
    --after) after="$2"; shift 2 ;;
    --also) extra+=("$2"); shift 2 ;;
    --data-dir) data="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --users) users="$2"; shift 2 ;;
    --requests) requests="$2"; shift 2 ;;
    --think-ms) think="$2"; shift 2 ;;
    --no-stress) stress=no; shift ;;
    --children) children="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --before-sql) before_sql="$2"; shift 2 ;;
    --jfr) jfr="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --summarize) summarize="$2"; shift 2 ;;
    --pages) pages="$2"; shift 2 ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "web-before-after-100k: unknown option $1" >&2; exit 2 ;;
  esac
done
# The per-round table and the summary from DIR/results.tsv (label round page median p95 p99 max errors req/s load
# think) and DIR/labels (the builds in order, before first).
tables() {
  local dir="$1"; local -a order; mapfile -t order < "$dir/labels"
  echo
  printf '%-8s %-5s %-28s %6s %9s %9s %7s %7s  %s\n' build round page think median p95 errors 'req/s' 'load (1 5 15)'
  sort -t$'\t' -k11,11nr -k3,3 -k2,2n -k1,1 "$dir/results.tsv" | while IFS=$'\t' read -r b r page med p95 _p99 _max err rate load th; do
    printf '%-8s %-5s %-28s %6s %7sms %7sms %7s %7s  %s\n' "$b" "$r" "$page" "$th" "$med" "$p95" "$err" "$rate" "$load"
  done
  echo
  echo "Summary: the median over rounds of each round's median and p95 (ms); think in ms; $(nproc) cores"
  printf '%-28s %6s' page think
  for l in "${order[@]}"; do printf ' %17s' "$l med/p95"; done
  printf '  %s\n' "p95 ${order[1]}/${order[0]}"
  awk -F'\t' -v order="${order[*]}" '
    function median(list,   a, m, i, j, t) {
      m = split(list, a, " ")
      for (i = 2; i <= m; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
    }
    { key = $3 "\t" $11; keys[key] = 1; med[key, $1] = med[key, $1] " " $4; p95[key, $1] = p95[key, $1] " " $5
      rounds[key, $1]++ }
    END {
      n = split(order, L, " ")
      for (key in keys) {
        split(key, kp, "\t"); line = sprintf("%-28s %6s", kp[1], kp[2])
        for (i = 1; i <= n; i++) {
          if ((key, L[i]) in med) { p[i] = median(p95[key, L[i]]); line = line sprintf(" %8.0f/%8.0f", median(med[key, L[i]]), p[i]) }
          else { p[i] = 0; line = line sprintf(" %17s", "-") }
        }
        line = line (p[1] > 0 ? sprintf("  %.2f", p[2] / p[1]) : "  -") sprintf("   (rounds: %d/%d)", rounds[key, L[1]], rounds[key, L[2]])
        print line
      }
    }' "$dir/results.tsv" | sort -t$'\t' -k1,1
}

if [ -n "$summarize" ]; then
  tables "$summarize"; exit 0
fi
if [ -z "$before" ] || [ -z "$after" ] || [ -z "$data" ]; then
  echo "web-before-after-100k: --before JAR, --after JAR and --data-dir DIR are needed (--help)" >&2; exit 2
fi
[ -d "$data/pg" ] || { echo "web-before-after-100k: $data has no database; generate it first:" \
  "java -jar JAR demo-data --children $children --seed $seed --data-dir $data" >&2; exit 2; }
labels=(before after); jars=("$before" "$after")
for e in "${extra[@]+"${extra[@]}"}"; do labels+=("${e%%=*}"); jars+=("${e#*=}"); done
for j in "${jars[@]}"; do [ -f "$j" ] || { echo "web-before-after-100k: no jar $j" >&2; exit 2; }; done
started=$(date +%s)
out="${out:-$(mktemp -d /tmp/hearth-before-after-100k.XXXXXX)}"
mkdir -p "$out"
scenarios="$think"; [ "$stress" = yes ] && scenarios="$think,0"

if [ -n "$before_sql" ]; then
  # The embedded PostgreSQL runs only inside a Hearth process: serve the after build briefly, run the file as the
  # owner through the server's port (postmaster.pid) and password (db-owner.secret), stop it.
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  echo "$(date -u +%H:%M:%S) preparing the schema for the before build ($before_sql)…"
  java -jar "$after" serve --port "$port" --data-dir "$data" > "$out/before-sql-serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "http://localhost:$port/actuator/health" && break
    kill -0 "$server" 2>/dev/null || { echo "the after build did not start; see $out/before-sql-serve.log" >&2; exit 1; }
    sleep 2
  done
  PGPASSWORD=$(cat "$data/db-owner.secret") psql -X -q -v ON_ERROR_STOP=1 -h localhost \
    -p "$(sed -n 4p "$data/pg/postmaster.pid")" -U postgres -d postgres -f "$before_sql" || { kill "$server"; exit 1; }
  kill "$server"; wait "$server" 2>/dev/null || true
fi

# Whether a jar's `bench web` takes --pages: its launcher's help (a constant in Launcher.class) names it.
knows_pages() {
  unzip -p "$1" BOOT-INF/classes/org/hearth/cli/Launcher.class 2>/dev/null | grep -aq -- '--pages'
}

run() { # label jar round
  local log="$out/$1-round$3.log" opts="" page_opts=()
  [ "$1" = "$jfr" ] && opts="-XX:StartFlightRecording=settings=profile,filename=$out/$1-round$3.jfr"
  if [ -n "$pages" ] && [ "$1" != before ]; then
    if knows_pages "$2"; then page_opts=(--pages "$pages")
    else echo "  ($1: this build's bench web has no --pages; its practitioner pages only)"; fi
  fi
  echo "$(date -u +%H:%M:%S) round $3: $1 (load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
  # shellcheck disable=SC2086
  if ! java $opts -jar "$2" bench web --data-dir "$data" --children "$children" --seed "$seed" \
      --requests "$requests" --concurrency "$users" --users "$users" --think-ms "$scenarios" \
      "${page_opts[@]+"${page_opts[@]}"}" > "$log" 2>&1; then
    echo "  (the run reported errors or failed; see $log)"
  fi
  grep '^RESULT' "$log" | sed "s/^RESULT/$1\t$3/" >> "$out/results.tsv" || true
}

: > "$out/results.tsv"
printf '%s\n' "${labels[@]}" > "$out/labels"
n=${#labels[@]}
for round in $(seq 1 "$rounds"); do
  # Rotate who goes first, so that no build always meets a cold or a warm machine.
  for k in $(seq 0 $((n - 1))); do
    i=$(( (k + round - 1) % n ))
    run "${labels[$i]}" "${jars[$i]}" "$round"
  done
done

echo
echo "Data: $data ($children children)  users: $users  requests per page: $requests  pages: ${pages:-practitioner}  $(nproc) cores"
for j in "${!labels[@]}"; do echo "  ${labels[$j]}: ${jars[$j]}"; done
tables "$out"
echo
echo "Logs: $out   Took $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"
