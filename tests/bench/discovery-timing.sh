#!/bin/bash
# Wall-clock timing of the whole `portpilot discover` process (measured, never asserted).
#
# Usage: tests/bench/discovery-timing.sh [BUILD_DIR] [RUNS]     (needs root: it starts the
#        discovery test world, tests/servers/world/world.sh, in a network namespace of its own)
# Scenarios:
#   bundled   anna@gmail.com     answered from the bundled database, no network (also timed outside the netns,
#                                and inside it without --ca-certificates)
#   floor     /bin/true          what starting any process costs this timer, inside and outside the netns
#   Qt: ...   bench_https_floor  what Qt costs to start, to load its TLS backend, and for one GET of the
#                                document "provider https" finds: the floor under any discovery in Qt
#   provider https / well-known, ispdb, mx, srv: one per network source (guessing off)
#   guessing  anna@guess.test    found only by guessing (real Dovecot), answer when the probes end
#   dead      anna@dead.test     every host drops packets: the default bound of 8 s applies
#   nothing   anna@nothing.test  every name is unknown: answers as soon as DNS says so
# Prints the median, minimum and maximum in milliseconds per scenario.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=${1:-$source_dir/build}
runs=${2:-11}
binary=$build/bin/portpilot
[ -x "$binary" ] || { echo "no $binary; build the portpilot target first" >&2; exit 2; }

dir=$(mktemp -d)
name=ppbench-$$
cleanup() { "$source_dir/tests/servers/world/world.sh" stop "$dir" "$name" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
"$source_dir/tests/servers/world/world.sh" start "$dir" "$name" >/dev/null

python3 - "$name" "$binary" "$dir/ca/ca.pem" "$runs" <<'PY'
import json, os, statistics, subprocess, sys
netns, binary, ca, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
common = ["--ca-certificates", ca, "--ispdb-url", "https://ispdb.test/v1.1/", "--format", "xml"]
scenarios = [
    ("bundled", "anna@gmail.com", [], runs * 2),
    # One scenario per network source, each the only one with an answer for its domain.
    ("provider https", "anna@https-ok.test", ["--no-guess"], runs),
    ("provider well-known", "anna@wellknown.test", ["--no-guess"], runs),
    ("ispdb", "anna@ispdb-only.test", ["--no-guess"], runs),
    ("mx", "anna@mx-hosted.test", ["--no-guess"], runs),
    ("srv", "anna@srv.test", ["--no-guess"], runs),
    ("guessing", "anna@guess.test", [], runs),
    ("nothing", "anna@nothing.test", [], runs),
    ("dead", "anna@dead.test", [], max(3, runs // 3)),
]
# The bundled answer touches no network, so it is also timed outside the namespace, and inside it
# without the CA file (the difference between those and "bundled" is the CA file, not the namespace).
scenarios.insert(0, ("bundled, no netns", "anna@gmail.com", None, runs * 2))
scenarios.insert(1, ("bundled, no CA", "anna@gmail.com", "no-ca", runs * 2))
# The floor: the timer starting a process that does nothing, outside and inside the namespace.
scenarios[0:0] = [("floor, no netns", None, None, runs * 2), ("floor", None, [], runs * 2)]
# What Qt itself costs (bench_https_floor, when built): starting, loading the TLS backend, and one
# GET of the document "provider https" finds, with the same CA file. No discovery can be faster.
floor_binary = os.path.join(os.path.dirname(binary), "bench_https_floor")
if os.access(floor_binary, os.X_OK):
    url = "https://autoconfig.https-ok.test/mail/config-v1.1.xml?emailaddress=anna%40https-ok.test"
    scenarios[2:2] = [("Qt: start", [floor_binary, "start"], [], runs * 2),
                      ("Qt: TLS loaded", [floor_binary, "tls"], [], runs * 2),
                      ("Qt: one HTTPS GET", [floor_binary, "get", url, ca], [], runs * 2)]
else:
    print(f"(no {floor_binary}: the Qt floor is not timed; build with PORTPILOT_BUILD_BENCHMARKS)")
# The clock runs inside the namespace: `ip netns exec` itself (about 15 ms of mount namespace
# set-up) is not part of Portpilot's time, so one timer process per scenario runs in there.
timer = """
import json, subprocess, sys, time
n, command = int(sys.argv[1]), sys.argv[2:]
times, codes = [], set()
for _ in range(n):
    start = time.perf_counter()
    p = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
    codes.add(p.returncode)
print(json.dumps({"times": times, "codes": sorted(codes)}))
"""
bench_lines = []
print(f"{'scenario':<20} {'runs':>4} {'median ms':>10} {'min ms':>8} {'max ms':>8}  exit")
for label, address, extra, n in scenarios:
    wrapper = [] if extra is None else ["ip", "netns", "exec", netns]
    if address is None:
        command = ["/bin/true"]
    elif isinstance(address, list):
        command = address
    elif extra is None or extra == "no-ca":
        command = [binary, "discover", address, "--format", "xml"]
    else:
        command = [binary, "discover", address] + common + extra
    out = subprocess.run(wrapper + [sys.executable, "-c", timer, str(n)] + command,
                         capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    times, codes = result["times"], result["codes"]
    print(f"{label:<20} {n:>4} {statistics.median(times):>10.1f} {min(times):>8.1f} {max(times):>8.1f}  {codes}")
    bench_lines.append(f"BENCH\tdiscover {label} ({' '.join([os.path.basename(address[0])] + address[1:2]) if isinstance(address, list) else address or '/bin/true'})\t{statistics.median(times):.1f}\tms\t"
                       f"{n} runs, min {min(times):.1f}, max {max(times):.1f}, exit {codes}")
for line in bench_lines:
    print(line)
PY
