#!/bin/bash
# Wall-clock timing of the whole `portpilot check` process for a healthy domain (measured, never
# asserted), beside what it cannot be faster than: the probes of the same servers in one process.
#
# Usage: tests/bench/check-timing.sh [BUILD_DIR] [RUNS]   (needs root: it starts the discovery test
#        world, tests/servers/world/world.sh, in a network namespace of its own)
# Scenarios, all for chk-healthy.test (autoconfig, SRV and MX right; IMAP 993 and submission 465 on
# the world's Dovecot), each a whole process timed inside the namespace:
#   check                 portpilot check: every lookup at once, then every server probed at once
#   check, test account   the same with --address/--password-stdin: a real login to each server
#   test, both servers    portpilot test of the domain's autoconfig file with the same account: the
#                         two logins in parallel and nothing else, the floor of the line above
#   discover              portpilot discover of the test address: finding the document the logins wait for
#   start-up              portpilot --version
# The goal of issue 14 is "the slowest single probe plus a little": compare "check, test account"
# with "test, both servers" (the same two logins, the slower of them deciding).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=${1:-$source_dir/build}
runs=${2:-21}
binary=$build/bin/portpilot
[ -x "$binary" ] || { echo "no $binary; build the portpilot target first" >&2; exit 2; }

dir=$(mktemp -d)
name=ppcheck-$$
cleanup() { "$source_dir/tests/servers/world/world.sh" stop "$dir" "$name" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
"$source_dir/tests/servers/world/world.sh" start "$dir" "$name" >/dev/null
config=$dir/www/autoconfig.chk-healthy.test/mail/config-v1.1.xml
[ -f "$config" ] || { echo "the world has no $config" >&2; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$name" "$binary" "$dir/ca/ca.pem" "$runs" "$config" <<'PY'
import json, statistics, subprocess, sys
netns, binary, ca, runs, config = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
world = ["--ca-certificates", ca]
account = ["--address", "anna@chk-healthy.test", "--password-stdin"]
scenarios = [
    ("check", [binary, "check", "chk-healthy.test", "--ispdb-url", "https://ispdb.test/v1.1/", "--format", "json"]
     + world, None),
    ("check, test account", [binary, "check", "chk-healthy.test", "--ispdb-url", "https://ispdb.test/v1.1/",
                             "--format", "json"] + world + account, "anna-secret\n"),
    ("test, both servers", [binary, "test", config] + world + account, "anna-secret\n"),
    # What the check must do before it can log in: find the domain's own document.
    ("discover", [binary, "discover", "anna@chk-healthy.test", "--no-guess", "--format", "xml"] + world, None),
    ("start-up", [binary, "--version"], None),
]
# The clock runs inside the namespace (`ip netns exec` is not Portpilot's time).
# Beside the wall clock: the CPU Portpilot used (its rusage) and the CPU the whole machine was busy
# (/proc/stat: Portpilot, the world's servers, the kernel), per run.
timer = """
import json, os, resource, subprocess, sys, time
def busy():
    fields = [int(x) for x in open("/proc/stat").readline().split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) * 1000 / os.sysconf("SC_CLK_TCK")
n, stdin, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
times, codes = [], set()
own0, busy0 = resource.getrusage(resource.RUSAGE_CHILDREN), busy()
for _ in range(n):
    start = time.perf_counter()
    p = subprocess.run(command, input=stdin.encode(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
    codes.add(p.returncode)
own1, busy1 = resource.getrusage(resource.RUSAGE_CHILDREN), busy()
own = ((own1.ru_utime + own1.ru_stime) - (own0.ru_utime + own0.ru_stime)) * 1000 / n
print(json.dumps({"times": times, "codes": sorted(codes), "cpu": own, "busy": (busy1 - busy0) / n}))
"""
medians, lines = {}, []
print(f"{'scenario':<22} {'runs':>4} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'CPU ms':>7} {'busy ms':>8}  exit")
for label, command, stdin in scenarios:
    out = subprocess.run(["ip", "netns", "exec", netns, sys.executable, "-c", timer, str(runs), stdin or ""] + command,
                         capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    times, codes = result["times"], result["codes"]
    medians[label] = statistics.median(times)
    print(f"{label:<22} {runs:>4} {medians[label]:>10.1f} {min(times):>8.1f} {max(times):>8.1f} "
          f"{result['cpu']:>7.1f} {result['busy']:>8.1f}  {codes}")
    lines.append(f"BENCH\t{label} (chk-healthy.test)\t{medians[label]:.1f}\tms\t"
                 f"{runs} runs, min {min(times):.1f}, max {max(times):.1f}, exit {codes}, "
                 f"Portpilot's CPU {result['cpu']:.1f} ms, machine busy {result['busy']:.1f} ms per run")
over = medians["check, test account"] - medians["test, both servers"]
print(f"check with the test account over the same logins alone: {over:+.1f} ms")
# The chain a check cannot shorten: the document first, then the logins it names; one start-up.
chain = medians["discover"] + medians["test, both servers"] - medians["start-up"]
print(f"the chain discover → logins (one start-up): {chain:.1f} ms; the check over it: "
      f"{medians['check, test account'] - chain:+.1f} ms")
print(f"CPU ms: Portpilot's own per run; busy ms: both cores' busy time per run (Portpilot, the servers, the kernel)")
for line in lines:
    print(line)
PY
