#!/usr/bin/env bash
# Identity matching benchmark: runs `./hearth identity link` as a whole process several times per data set and
# prints pairwise precision/recall/F1 at p >= 0.5 (pairs file), the same over clusters, the median wall time, the
# median CPU time (user + system, all threads), the peak resident memory (/usr/bin/time -v) and the load average
# before the set's runs; then one more run with --verbose for the wall and CPU of each phase. Data: the FEBRL3/4
# and synthetic children fixtures in src/test/resources/identity (licences there), and children-52k: 52,000
# invented records made on the fly with a fixed seed (org.hearth.identity.bench.SyntheticChildren; the same file
# every time). Usage: bench/identity.sh [--runs N] [--no-52k] [--extra NAME=records.csv:truth.csv]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
extra=()
big=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --extra) extra+=("$2"); shift 2 ;;
    --no-52k) big=0; shift ;;
    *) echo "usage: bench/identity.sh [--runs N] [--no-52k] [--extra NAME=records.csv:truth.csv]" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "bench/identity.sh needs /usr/bin/time (GNU time) for peak memory" >&2; exit 2; }
data="$here/src/test/resources/identity"
work="$(mktemp -d /tmp/hearth-identity-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$here/hearth" --help >/dev/null # builds when sources changed, outside the timings
tools=(java -cp "$here/target/classes" org.hearth.identity.bench.IdentityBenchTools)
"${tools[@]}" febrl "$work/febrl3.csv" "$data/febrl/dataset3.csv"
"${tools[@]}" febrl "$work/febrl4.csv" "$data/febrl/dataset4a.csv" "$data/febrl/dataset4b.csv"
sets=("febrl3=$work/febrl3.csv:$data/febrl/febrl3_truth.csv"
      "febrl4=$work/febrl4.csv:$data/febrl/febrl4_truth.csv"
      "children=$data/synth-children/records.csv:$data/synth-children/truth.csv")
if [ "$big" = 1 ]; then
  "${tools[@]}" children 52000 52 "$work/children-52k.csv" "$work/children-52k-truth.csv" "$data/synth-children/records.csv"
  sets+=("children-52k=$work/children-52k.csv:$work/children-52k-truth.csv")
fi
sets+=(${extra[@]+"${extra[@]}"})
echo "machine: $(nproc) cores; $(uptime | sed 's/^ *//')"
for set in "${sets[@]}"; do
  name="${set%%=*}"; files="${set#*=}"; records="${files%%:*}"; truth="${files#*:}"
  walls=(); rss=(); cpu=()
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  for ((i = 1; i <= runs; i++)); do
    /usr/bin/time -v -o "$work/time.txt" "$here/hearth" identity link --input "$records" --out "$work/clusters.csv" \
      --pairs "$work/pairs.csv" 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + t[k]; print s}' "$work/time.txt")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")")
    cpu+=("$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$work/time.txt")")
  done
  median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
  echo "== $name ($(($(wc -l < "$records") - 1)) records, $runs runs)"
  "${tools[@]}" score "$work/pairs.csv" "$work/clusters.csv" "$truth"
  echo "wall median $(median "${walls[@]}") s (runs: ${walls[*]}); cpu median $(median "${cpu[@]}") s (runs: ${cpu[*]}); peak RSS max $(printf '%s\n' "${rss[@]}" | sort -n | tail -1) KB; load average before: $load"
  "$here/hearth" identity link --input "$records" --out "$work/clusters.csv" --pairs "$work/pairs.csv" --verbose \
    2>"$work/stderr.txt" >/dev/null && sed -n '/^phase /,$p' "$work/stderr.txt"
done
