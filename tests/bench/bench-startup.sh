#!/bin/sh
# Cold start to the first page drawn, and peak resident memory (VmHWM) at that point.
# Starts the real binary (offscreen) RUNS times with PORTPILOT_EXIT_AFTER_FIRST_PAINT=1, which makes
# it quit right after the first paint; prints every run and the median. Measured, never asserted.
# Usage: tests/bench/bench-startup.sh [BUILD_DIR] [RUNS]   (defaults: build, 15)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
runs=${2:-15}
binary=$build/bin/portpilot
[ -x "$binary" ] || { echo "bench-startup.sh: $binary not found" >&2; exit 1; }
home=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-bench.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
times=""
mems=""
i=0
while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    start=$(date +%s%N)
    line=$(HOME="$home" XDG_CONFIG_HOME="$home/.config" QT_QPA_PLATFORM=offscreen \
        DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent PORTPILOT_EXIT_AFTER_FIRST_PAINT=1 \
        "$binary" 2>&1 | grep '^portpilot-first-paint' || true)
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    kb=$(echo "$line" | sed -n 's/.*VmHWM: \([0-9]*\) kB.*/\1/p')
    echo "run $i: ${ms} ms to first paint (and exit), VmHWM ${kb:-?} kB"
    times="$times $ms"
    mems="$mems ${kb:-0}"
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "median: $(median "$times") ms to first paint; VmHWM $(median "$mems") kB; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
