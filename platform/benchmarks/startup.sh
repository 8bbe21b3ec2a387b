#!/usr/bin/env bash
# docs/architecture.md §7: `cambrian rank` end to end (JVM start, the bundled plugins loaded, table printed) under 0.3 s median.
# Runs the built launcher N times and prints each wall time, the median, and the CPU time per run. Not a
# JMH job: a JVM start cannot be measured from inside a JVM.
#
#   platform/benchmarks/startup.sh [-n RUNS] [-w WARMUP_RUNS] [-- CAMBRIAN ARGS...]   (default: -n 20 -w 2 -- rank)
#
# CAMBRIAN_LAUNCHER names another launcher (default: the distribution built in this checkout,
# distribution/target/cambrian/cambrian/bin/cambrian; build it with ./mvnw -B -DskipTests package).
# Before timing it checks that the launcher loads the eleven bundled plugins with no problems, and each timed run
# must exit 0 and print a table; stdout and stderr go to a temporary folder, not the terminal.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
launcher=${CAMBRIAN_LAUNCHER:-$root/distribution/target/cambrian/cambrian/bin/cambrian}
runs=20
warmup=2
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    -w) warmup=$2; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || set -- rank
case $runs in ''|*[!0-9]*|0) echo "startup.sh: -n needs a positive whole number" >&2; exit 2 ;; esac
case $warmup in ''|*[!0-9]*) echo "startup.sh: -w needs a whole number" >&2; exit 2 ;; esac
if [ ! -x "$launcher" ]; then
  echo "startup.sh: no launcher at $launcher: build the distribution (./mvnw -B -DskipTests package)" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The target is with the bundled plugins loaded (eleven since the device catalogue): check that is what this launcher loads.
# CAMBRIAN_CDS=0: this check must not be the run that records the class-data archive.
CAMBRIAN_CDS=0 "$launcher" plugins --format json >"$tmp/plugins.json" 2>"$tmp/plugins.err"
loaded=$(grep -c '"backends" :' "$tmp/plugins.json" || true)
if [ "$loaded" != 11 ] || ! grep -q '"problems" : \[ \]' "$tmp/plugins.json"; then
  echo "startup.sh: expected eleven plugins and no problems, got $loaded plugins:" >&2
  cat "$tmp/plugins.json" "$tmp/plugins.err" >&2
  exit 1
fi

# Sets $now to the wall clock in microseconds. Bash 5's EPOCHREALTIME starts no process, so nothing
# but the launcher is timed (or counted in the CPU figure); older shells fall back to date.
clock() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    now=${EPOCHREALTIME/[,.]/}
    now=$((10#$now))
  else
    now=$(($(date +%s%N) / 1000))
  fi
}

run_once() {
  "$launcher" "$@" >"$tmp/out" 2>"$tmp/err" || {
    echo "startup.sh: '$launcher $*' exited $?:" >&2
    cat "$tmp/err" >&2
    exit 1
  }
  if [ ! -s "$tmp/out" ]; then
    echo "startup.sh: '$launcher $*' printed nothing" >&2
    exit 1
  fi
}

for _ in $(seq 1 "$warmup"); do
  run_once "$@"
done

# CPU seconds (user + system) of the children so far, from the shell's `times`: less disturbed than
# wall time when other work shares the machine.
# (`times` runs in this shell, not in a command substitution, whose own children would be counted.)
child_cpu() {
  times >"$tmp/times"
  tail -n 1 "$tmp/times" | awk '{ s = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); s += p[1] * 60 + p[2] } printf "%.3f", s }'
}

child_cpu >"$tmp/cpu_before"
cpu_before=$(cat "$tmp/cpu_before")
walls=()
for ((i = 1; i <= runs; i++)); do
  clock
  start=$now
  run_once "$@"
  clock
  us=$((now - start))
  ms=$((us / 1000)).$(((us % 1000) / 100))
  walls+=("$ms")
  printf 'run %2d: %7s ms\n' "$i" "$ms"
done

child_cpu >"$tmp/cpu_after"
cpu_after=$(cat "$tmp/cpu_after")
printf '%s\n' "${walls[@]}" | sort -n | awk -v runs="$runs" -v cmd="cambrian $*" -v cpu0="$cpu_before" -v cpu1="$cpu_after" '
  { t[NR] = $1 }
  END {
    median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "%s: median %.1f ms wall over %d runs (min %.1f, max %.1f); CPU (user+sys) %.0f ms per run on average\n",
           cmd, median, runs, t[1], t[NR], (cpu1 - cpu0) * 1000 / runs
    print "docs/architecture.md §7 target for cambrian rank: under 300 ms median wall time"
  }'
nproc_out=$(nproc 2>/dev/null || echo '?')
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java
echo "machine: $nproc_out cores; $("$java_cmd" -version 2>&1 | head -n 1)"
