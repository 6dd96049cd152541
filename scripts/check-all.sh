#!/usr/bin/env bash
# `make check-all`: the hardening checks, after `make test`.
#   build   clang build with AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer) and the libFuzzer targets
#   test    the whole ctest suite in that build
#   fuzz    each fuzz_<target> for FUZZ_RUNS inputs (at most FUZZ_SECONDS, seed FUZZ_SEED) from its seeds (tests/fuzz/corpus/<target>/, ../shared/corpus/ispdb)
#   tidy    clang-tidy (.clang-tidy) on the project's sources; when other steps come between the build and
#           tidy, it starts right after the build, beside them, at idle priority
#   format  clang-format --dry-run --Werror on every tracked C++ file
# Usage: scripts/check-all.sh [STEP...]   (no step: all, in that order)
# Environment: ASAN_BUILD_DIR (build-asan), FUZZ_RUNS (50000), FUZZ_SECONDS (60), FUZZ_SEED (1), JOBS (nproc), CI=true adds -Werror,
#              CHECK_ALL_EXCLUDE_LABELS (a ctest label regex to leave out of the sanitizer run; none by default).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

build_dir=${ASAN_BUILD_DIR:-build-asan}
fuzz_seconds=${FUZZ_SECONDS:-60}
fuzz_runs=${FUZZ_RUNS:-50000}
fuzz_seed=${FUZZ_SEED:-1}
jobs=${JOBS:-$(nproc)}
steps=("$@")
((${#steps[@]})) || steps=(build test fuzz tidy format)

# Sanitizer settings for everything run below, including programs the tests start (the portpilot binary).
export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:abort_on_error=0
export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/sanitizers/ubsan.supp

declare -A took=()
failed=()

step_build() {
    local werror=OFF
    [[ ${CI:-} == true ]] && werror=ON
    # -O1: the usual sanitizer trade-off between build time and speed of the instrumented code.
    CC=clang CXX=clang++ cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
        -DPORTPILOT_SANITIZE=ON -DPORTPILOT_FUZZ=ON -DPORTPILOT_BUILD_BENCHMARKS=OFF -DPORTPILOT_WERROR=$werror
    cmake --build "$build_dir" -j "$jobs"
}

step_test() {
    local exclude=()
    [[ -n ${CHECK_ALL_EXCLUDE_LABELS:-} ]] && exclude=(-LE "$CHECK_ALL_EXCLUDE_LABELS")
    (cd "$build_dir" && ctest --output-on-failure -j "$jobs" "${exclude[@]}")
}

step_fuzz() {
    local work=$build_dir/fuzz-work status=0 exe target seeds
    mkdir -p "$work"
    shopt -s nullglob
    local executables=("$build_dir"/bin/fuzz_*)
    if ((${#executables[@]} == 0)); then
        echo "check-all: no fuzz_* executables in $build_dir/bin (run the build step first)" >&2
        return 1
    fi
    for exe in "${executables[@]}"; do
        target=${exe##*/fuzz_}
        seeds=("$root/tests/fuzz/corpus/$target" "$root/tests/fuzz/regressions/$target")
        # Real provider files are the best seeds for the readers of provider data
        # (the ISPDB corpus is read in place, never committed: MPL-2.0).
        if [[ $target == autoconfig || $target == client_config ]]; then
            seeds+=("$root/tests/data/autoconfig")
            [[ -d $root/../shared/corpus/ispdb ]] && seeds+=("$root/../shared/corpus/ispdb")
        elif [[ $target == provider_db ]]; then
            seeds+=("$root/resources/providers")
        fi
        local existing=()
        for s in "${seeds[@]}"; do [[ -d $s ]] && existing+=("$s"); done
        rm -rf "${work:?}/$target" "$work/artifacts-$target"
        mkdir -p "$work/$target" "$work/artifacts-$target"
        echo "check-all: fuzzing $target ($fuzz_runs runs, at most ${fuzz_seconds}s)"
        # A fixed seed and a run count make CI's fuzzing repeat what was run before a push: a new
        # finding shows up on a developer's machine (make check-all), not as a random CI failure.
        if "$exe" -seed="$fuzz_seed" -runs="$fuzz_runs" -max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$work/artifacts-$target/" "$work/$target" "${existing[@]}" >"$work/$target.log" 2>&1; then
            grep -E '^stat::number_of_executed_units' "$work/$target.log" | sed "s/^/  $target: /" || true
        else
            status=1
            tail -n 40 "$work/$target.log" >&2
            echo "check-all: fuzz_$target failed; the input is in $work/artifacts-$target/." >&2
            echo "  Fix the bug, then keep the input: cp it to tests/fuzz/regressions/$target/<what-it-is>" >&2
        fi
    done
    return $status
}

step_tidy() {
    if [[ ! -f $build_dir/compile_commands.json ]]; then
        echo "check-all: $build_dir/compile_commands.json is missing (run the build step first)" >&2
        return 1
    fi
    # Each source once: a file built into several targets (test helpers, the fuzzers' main) is
    # one compile command per target, and checking it again finds nothing new.
    mkdir -p "$build_dir/tidy"
    python3 - "$build_dir/compile_commands.json" "$build_dir/tidy/compile_commands.json" <<'PY'
import json, sys
seen, unique = set(), []
for entry in json.load(open(sys.argv[1])):
    if entry["file"] not in seen:
        seen.add(entry["file"])
        unique.append(entry)
json.dump(unique, open(sys.argv[2], "w"), indent=1)
PY
    # Only the project's own sources: not moc/autogen output, not Qt.
    run-clang-tidy -p "$build_dir/tidy" -j "$jobs" -quiet "$root/(app|wizard|tests)/.*\.cpp$"
}

step_format() {
    git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
}

# clang-tidy needs only the build's compile commands and generated headers, and the sanitizer tests
# and the fuzzers leave much of the two cores idle (servers, timeouts, one fuzzer at a time). So
# when tidy comes after the build, it starts right after it, beside those steps, at the scheduler's
# idle priority (it takes only the CPU they leave), and is waited for in its own turn.
tidy_pid=
tidy_started=
start_tidy_beside() {
    tidy_started=$SECONDS
    (
        chrt --idle -p 0 "$BASHPID" >/dev/null
        status=0
        step_tidy || status=$?
        echo "$status" >"$build_dir/tidy/beside.rc"
    ) >"$build_dir/tidy-beside.log" 2>&1 &
    tidy_pid=$!
    echo "check-all: clang-tidy started beside the next steps, at idle priority (log: $build_dir/tidy-beside.log)"
}
# True when tidy is a later step and not the very next one (then there is nothing to run beside).
tidy_waits_behind_other_steps() {
    local i build_at=-1 tidy_at=-1
    for i in "${!steps[@]}"; do
        [[ ${steps[i]} == build ]] && build_at=$i
        [[ ${steps[i]} == tidy ]] && tidy_at=$i
    done
    ((build_at >= 0 && tidy_at > build_at + 1))
}
wait_for_tidy() {
    wait "$tidy_pid" || true
    cat "$build_dir/tidy-beside.log"
    echo "check-all: clang-tidy took $((SECONDS - tidy_started)) s from its start beside the other steps"
    [[ $(cat "$build_dir/tidy/beside.rc" 2>/dev/null) == 0 ]]
}

for step in "${steps[@]}"; do
    if ! declare -F "step_$step" >/dev/null; then
        echo "check-all: unknown step '$step' (build test fuzz tidy format)" >&2
        exit 2
    fi
    start=$SECONDS
    echo "=== check-all: $step"
    if [[ $step == tidy && -n $tidy_pid ]]; then
        wait_for_tidy || failed+=("$step")
    elif ! "step_$step"; then
        failed+=("$step")
    fi
    took[$step]=$((SECONDS - start))
    # Nothing after a failed build can run.
    [[ $step == build && ${#failed[@]} -gt 0 ]] && break
    if [[ $step == build ]] && tidy_waits_behind_other_steps; then
        start_tidy_beside
    fi
done

echo "=== check-all: time per step"
for step in "${steps[@]}"; do
    [[ -n ${took[$step]:-} ]] && printf '  %-7s %4d s\n' "$step" "${took[$step]}"
done
if ((${#failed[@]})); then
    echo "check-all: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "check-all: all passed"
