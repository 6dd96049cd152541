#!/bin/bash
# Times the whole `portpilot test` process for an IMAP (993) + SMTP (465) pair over TLS against
# a real Dovecot on loopback, and compares it with each server alone and with process start-up.
# Usage: tests/bench/bench-test-command.sh [PORTPILOT_BINARY] [RUNS]
# Prints medians (hyperfine when installed, otherwise a timing loop) and the round trips seen.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-$here/../../build/bin/portpilot}
runs=${2:-30}
address=127.0.0.44
dir=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-bench.XXXXXX")
cleanup() {
    "$here/../servers/dovecot.sh" stop "$dir/dovecot" || true
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM

"$here/../servers/dovecot.sh" start "$dir/dovecot" "$address" > /dev/null
# shellcheck disable=SC1091
source "$dir/dovecot/ports.env"

server() { # direction type port
    printf '<%s type="%s"><hostname>%s</hostname><port>%s</port><socketType>SSL</socketType>' "$1" "$2" "$address" "$3"
    printf '<authentication>password-cleartext</authentication><username>%%EMAILADDRESS%%</username></%s>' "$1"
}
config() { # name servers...
    {
        echo '<?xml version="1.0" encoding="UTF-8"?><clientConfig version="1.1"><emailProvider id="example.test">'
        echo '<domain>example.test</domain>'
        shift
        for s in "$@"; do echo "$s"; done
        echo '</emailProvider></clientConfig>'
    } > "$dir/$name.xml"
}
name=pair config pair "$(server incomingServer imap "$IMAPS_PORT")" "$(server outgoingServer smtp "$SUBMISSIONS_PORT")"
printf 'anna-secret\n' > "$dir/password"

fingerprint=$(openssl x509 -in "$dir/dovecot/ca/server.pem" -noout -fingerprint -sha256 | cut -d= -f2)
# With --ca-certificates the extra CA is added without reading the system store (its roots stay
# looked up on demand, ExtraCaCertificates); both variants load OpenSSL once. The pinned variant
# (an accepted fingerprint) needs no CA at all, so the two should stay within a few ms.
# A clientConfig needs a server on each side; "imap" and "smtp" test one side of the pair (--side).
side_of() {
    case $1 in imap) echo "--side incoming" ;; smtp) echo "--side outgoing" ;; esac
}
# The bare fingerprint names the one server of a side; the pair names each server.
pinned_for() {
    local accept="--accept-fingerprint $fingerprint"
    [ "$1" = pair ] && accept="--accept-fingerprint $address:$IMAPS_PORT=$fingerprint --accept-fingerprint $address:$SUBMISSIONS_PORT=$fingerprint"
    echo "$binary test --config $dir/pair.xml $(side_of "$1") --address anna@example.test --password-stdin $accept < $dir/password"
}
command_for() {
    echo "$binary test --config $dir/pair.xml $(side_of "$1") --address anna@example.test --password-stdin --ca-certificates $CA_FILE < $dir/password"
}

# Round trips: one per command after the greeting, plus TCP connect and the TLS handshake.
"$binary" test --config "$dir/pair.xml" --address anna@example.test --password-stdin --ca-certificates "$CA_FILE" \
    --verbose < "$dir/password" > "$dir/out" 2> "$dir/transcript"
cat "$dir/out"
for proto in imap smtp; do
    commands=$(grep -c "($proto, SSL)\] C: " "$dir/transcript" || true)
    echo "round trips $proto: $commands commands + TCP connect + TLS handshake"
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v hyperfine > /dev/null; then
    hyperfine --style basic --runs "$runs" --warmup 2 --export-json "$dir/h.json" \
        -n startup "$binary --version" \
        -n imap-993 "$(command_for imap)" \
        -n smtp-465 "$(command_for smtp)" \
        -n pair-imap993+smtp465 "$(command_for pair)" \
        -n imap-993-pinned "$(pinned_for imap)" \
        -n smtp-465-pinned "$(pinned_for smtp)" \
        -n pair-pinned "$(pinned_for pair)" > /dev/null
    python3 - "$dir/h.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command']:>22}: median {r['median']*1000:7.1f} ms  (min {r['min']*1000:.1f}, max {r['max']*1000:.1f}, n={len(r['times'])}, exit codes {sorted(set(r['exit_codes']))})")
PY
else
    for case in imap smtp pair; do
        times=()
        for _ in $(seq "$runs"); do
            start=$(date +%s%N)
            sh -c "$(command_for $case)" > /dev/null
            times+=($((($(date +%s%N) - start) / 1000)))
        done
        median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
        echo "$case: median $((median / 1000)) ms over $runs runs"
    done
fi
