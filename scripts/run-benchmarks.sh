#!/usr/bin/env bash
# `make bench`: runs every benchmark and writes docs/benchmarks.md (a Markdown table and the machine).
#   1. every Google Benchmark executable BUILD_DIR/bin/bench_* (tests/bench/*.cpp), with repetitions; medians;
#   2. every whole-process timing script tests/bench/*.sh. Its "# Usage:" line says what it takes first:
#      BUILD_DIR (the build directory) or PORTPILOT_BINARY (the portpilot executable); the second argument
#      is always the number of runs. Lines of the form "BENCH<TAB>name<TAB>median<TAB>unit[<TAB>note]" go
#      into the table; so do lines that contain "median"; the whole output is kept below the table;
#   3. peak memory (maximum resident set size) and wall time of command-line runs of the portpilot binary.
# Measured, never asserted. Usage: scripts/run-benchmarks.sh [BUILD_DIR]
# Environment: BENCH_REPETITIONS (10), BENCH_RUNS (runs per timing script, 11), BENCH_OUTPUT (docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$(cd "${1:-build}" && pwd)
exec python3 - "$build_dir" "${BENCH_REPETITIONS:-10}" "${BENCH_RUNS:-11}" "${BENCH_OUTPUT:-docs/benchmarks.md}" <<'PY'
import glob, json, os, platform, re, statistics, subprocess, sys, tempfile, time

build, repetitions, runs, output = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rows = []      # (what, median wall, median CPU, unit, note)
details = []   # (heading, text)
failures = []


def run(argv, **kw):
    """Runs argv; returns (exit code, stdout+stderr text, wall seconds, max RSS in KiB of the process tree waited for)."""
    start = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, **kw)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, out.decode("utf-8", "replace"), time.monotonic() - start, usage.ru_maxrss


def machine():
    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    os_name = platform.system()
    if os.path.exists("/etc/os-release"):
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    os_name = line.split("=", 1)[1].strip().strip('"')
    return cpu, os.cpu_count(), mem_kb / 1024 / 1024, os_name, platform.release()


load_before = open("/proc/loadavg").read().split()[:3]

# 1. Google Benchmark executables.
for exe in sorted(glob.glob(os.path.join(build, "bin", "bench_*"))):
    name = os.path.basename(exe)
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        code, text, seconds, rss = run([exe, f"--benchmark_repetitions={repetitions}",
                                        "--benchmark_report_aggregates_only=true",
                                        f"--benchmark_out={out.name}", "--benchmark_out_format=json"])
        details.append((f"{name} (exit {code}, {seconds:.1f} s, peak RSS {rss / 1024:.1f} MiB)", text))
        if code != 0:
            failures.append(name)
            continue
        data = json.load(open(out.name))
    for b in data.get("benchmarks", []):
        if b.get("error_occurred"):
            rows.append((f"{name}: {b['run_name']}", "skipped", "", "", b.get("error_message", "")))
            continue
        if b.get("aggregate_name") != "median":
            continue
        extra = []
        for key in ("items_per_second", "bytes_per_second"):
            if key in b:
                extra.append(f"{key.replace('_', ' ')} {b[key]:.3g}")
        for key, value in b.items():
            if key in ("files", "providers"):
                extra.append(f"{key} {value:g}")
        note = f"median of {repetitions} repetitions" + ("; " + ", ".join(extra) if extra else "")
        rows.append((f"{name}: {b['run_name']}", f"{b['real_time']:.3g}", f"{b['cpu_time']:.3g}", b["time_unit"], note))
    rows.append((f"{name}: peak memory of the benchmark process", f"{rss / 1024:.1f}", "", "MiB", "max RSS"))

# 2. Whole-process timing scripts of the areas.
binary = os.path.join(build, "bin", "portpilot")
for script in sorted(glob.glob("tests/bench/*.sh")):
    name = os.path.basename(script)
    usage = next((l for l in open(script, encoding="utf-8") if l.lstrip("# ").startswith("Usage")), "")
    first = binary if "BINARY" in usage and "BUILD_DIR" not in usage else build
    code, text, seconds, _ = run(["bash", script, first, str(runs)])
    details.append((f"{name} (exit {code}, {seconds:.1f} s)", text))
    if code != 0:
        failures.append(name)
        rows.append((name, "failed", "", "", f"exit code {code}; output below"))
        continue
    for line in text.splitlines():
        fields = line.split("\t")
        if fields[0] == "BENCH" and len(fields) >= 4:
            rows.append((f"{name}: {fields[1]}", fields[2], "", fields[3], fields[4] if len(fields) > 4 else ""))
        elif "median" in line.lower():
            rows.append((name, "", "", "", line.strip().replace("|", "\\|")))

# 3. Command-line runs of the real binary: wall time and peak memory.
def cli(label, argv):
    if not os.path.exists(binary):
        return
    times, rss = [], []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    for _ in range(runs):
        code, text, seconds, peak = run(argv, env=env)
        if code != 0:
            failures.append(label)
            details.append((f"{label} (exit {code})", text))
            return
        times.append(seconds * 1000)
        rss.append(peak / 1024)
    rows.append((f"portpilot {label}: wall time", f"{statistics.median(times):.3g}", "", "ms", f"median of {runs} runs"))
    rows.append((f"portpilot {label}: peak memory", f"{statistics.median(rss):.1f}", "", "MiB", "max RSS, median"))

cli("--version", [binary, "--version"])
ispdb = sorted(glob.glob("../shared/corpus/ispdb/*.xml"), key=os.path.getsize)
sample = ispdb[-1] if ispdb else "tests/data/autoconfig/full.xml"
cli(f"parse {os.path.basename(sample)} ({os.path.getsize(sample)} bytes)", [binary, "parse", sample])

cpu, cores, mem_gib, os_name, kernel = machine()
load_after = open("/proc/loadavg").read().split()[:3]
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
with open(output, "w", encoding="utf-8") as f:
    f.write("# Benchmarks\n\n")
    f.write("Written by `make bench` (scripts/run-benchmarks.sh); measured, never asserted. "
            "Times are medians; wall time on a shared or busy machine is pessimistic, CPU time less so.\n\n")
    f.write(f"- Machine: {cpu}, {cores} cores, {mem_gib:.1f} GiB memory, {os_name} (Linux {kernel})\n")
    f.write(f"- Load average before / after: {' '.join(load_before)} / {' '.join(load_after)}\n")
    f.write(f"- Build: {build} (commit {commit}), {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n\n")
    f.write("| What | Median (wall) | Median (CPU) | Unit | Notes |\n|---|---:|---:|---|---|\n")
    for what, median, cpu_median, unit, note in rows:
        f.write(f"| {what} | {median} | {cpu_median} | {unit} | {note} |\n")
    if failures:
        f.write(f"\nFailed: {', '.join(failures)} (output below).\n")
    f.write("\n## Output of each run\n")
    for heading, text in details:
        f.write(f"\n### {heading}\n\n```\n{text.rstrip()}\n```\n")
print(open(output, encoding="utf-8").read().split("## Output")[0])
sys.exit(1 if failures else 0)
PY
