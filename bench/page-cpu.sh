#!/usr/bin/env bash
# CPU per request of My work, the child record and find-a-child, one jar after another on copies of one data
# directory: each jar is started on a fresh copy (so every build meets the same data), warmed up (1,000 requests a
# page by default), then one signed-in worker asks for each page in turn, one request at a time, and the script
# prints per page the CPU milliseconds a request cost Tomcat's request threads, the whole JVM and PostgreSQL (its
# app backends, and the whole server), statements per request and the load average. CPU per request is reasonably
# robust on a loaded machine; wall time is not, and is not reported.
#
#   bench/page-cpu.sh --jar A.jar [--jar B.jar ...] --data-dir DIR [--port 8301] [--user sw.demo] [--warm 1000]
#                     [--requests 300] [--jfr DIR] [--work DIR] [--pages my-work,child-record,find] [--top N] [--no-copy]
#                     [--queries 'Smith,Maya Brown'] (find a child: a row per search; see page-cpu.py)
#
# --jfr DIR: record each run with JFR (settings=profile) into DIR/<jar name>.jfr (it costs CPU: not for comparing).
# --work DIR: where the copies go (default: beside the data directory); each is removed after its run.
# --no-copy: serve DIR itself (quicker; each jar migrates it to its own schema, so list the older jar first).
# Needs python3 and psql. The copy gets pg_stat_statements preloaded (for the statement counts); DIR is not touched
# unless --no-copy.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jars=(); data=""; port=8301; user=sw.demo; warm=1000; requests=300; jfr=""; work=""; pages=my-work,child-record,find; top=0; copy_data=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jars+=("$2"); shift 2 ;;
    --data-dir) data="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --user) user="$2"; shift 2 ;;
    --warm) warm="$2"; shift 2 ;;
    --requests) requests="$2"; shift 2 ;;
    --jfr) jfr="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --pages) pages="$2"; shift 2 ;;
    --top) top="$2"; shift 2 ;;
    --queries) queries="$2"; shift 2 ;;
    --no-copy) copy_data=no; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "page-cpu: unknown option $1" >&2; exit 2 ;;
  esac
done
[ ${#jars[@]} -gt 0 ] && [ -n "$data" ] || { echo "page-cpu: --jar JAR and --data-dir DIR are needed (--help)" >&2; exit 2; }
[ -d "$data/pg" ] || { echo "page-cpu: $data has no database" >&2; exit 2; }
[ ! -f "$data/pg/postmaster.pid" ] || { echo "page-cpu: a server is running on $data; stop it first" >&2; exit 2; }
work="${work:-$(dirname "$(cd "$data" && pwd)")}"
echo "$(date -u +%H:%M:%S) page-cpu on $data ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
java_pid=""; copy=""
cleanup() {
  if [ -n "$java_pid" ] && kill -0 "$java_pid" 2>/dev/null; then
    kill "$java_pid"; wait "$java_pid" 2>/dev/null || true
  fi
  [ -z "$copy" ] || [ "$copy" = "$data" ] || rm -rf "$copy"
}
trap cleanup EXIT
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || { echo "page-cpu: no jar $jar" >&2; exit 2; }
  if [ "$copy_data" = yes ]; then
    copy="$(mktemp -d "$work/page-cpu.XXXXXX")"
    cp -a "$data/." "$copy/"
  else
    copy="$data"
  fi
  grep -q pg_stat_statements "$copy/pg/postgresql.auto.conf" ||
    printf "\nshared_preload_libraries = 'pg_stat_statements'\n" >> "$copy/pg/postgresql.auto.conf"
  opts=()
  [ -z "$jfr" ] || { mkdir -p "$jfr"; opts+=("-XX:StartFlightRecording=settings=profile,filename=$jfr/$(basename "$jar" .jar).jfr"); }
  log="$(mktemp "$work/page-cpu-serve.XXXXXX.log")"
  java "${opts[@]}" ${HEARTH_JAVA_OPTS:-} -jar "$jar" serve --port "$port" --data-dir "$copy" > "$log" 2>&1 &
  java_pid=$!
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "http://localhost:$port/sign-in" && break
    kill -0 "$java_pid" 2>/dev/null || { echo "page-cpu: $jar did not start; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "== $jar (pid $java_pid)"
  python3 "$here/page-cpu.py" --port "$port" --java-pid "$java_pid" --pg-dir "$copy/pg" \
    --owner-secret "$copy/db-owner.secret" --user "$user" --warm "$warm" --requests "$requests" --pages "$pages" --top "$top" \
    ${queries:+--queries "$queries"}
  kill "$java_pid"; wait "$java_pid" 2>/dev/null || true; java_pid=""
  [ "$copy" = "$data" ] || rm -rf "$copy"; rm -f "$log"; copy=""
done
