#!/bin/bash
# Times the whole `portpilot token ADDRESS` process with a stored refresh token (keychain read, one
# refresh grant over TLS to the tests' authorization server on loopback, keychain write when the
# issuer rotates the refresh token, the access token printed), and compares it with process start-up
# (`portpilot --version`) and with one token round trip by curl. The goal of issue 12: a token costs
# one round trip over process start.
# Two issuers, both tests/servers/oauth2/oauth2-server.py on 127.0.0.132: "rotating" (standard mode:
# each refresh returns a new refresh token, which Portpilot writes to the keychain) and "kept" (Google
# mode: the refresh token stays, so curl can repeat the same refresh). Each address signs in first with
# `portpilot login`, the "browser" being curl following the redirect (as check-test-command-dovecot.sh).
# Runs itself under tests/keychain/run-with-keyring.sh (a private gnome-keyring).
# Usage: tests/bench/bench-token-command.sh [PORTPILOT_BINARY] [RUNS]
# Prints medians (hyperfine) and "BENCH<TAB>name<TAB>median<TAB>ms<TAB>note" lines for make bench.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
binary=$(realpath "${1:-$here/../../build/bin/portpilot}")
runs=${2:-30}
if [[ -z ${PORTPILOT_BENCH_IN_KEYRING:-} ]]; then
    PORTPILOT_BENCH_IN_KEYRING=1 exec "$here/../keychain/run-with-keyring.sh" "$0" "$binary" "$runs"
fi
for tool in hyperfine curl secret-tool; do
    command -v "$tool" > /dev/null || { echo "bench-token-command.sh: $tool is missing (scripts/install-deps.sh test)" >&2; exit 1; }
done
address=127.0.0.132
dir=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-bench-token.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM

"$here/../servers/make-test-ca.sh" "$dir/ca" "$address" > /dev/null 2>&1
ca=$dir/ca/ca.pem
# shellcheck disable=SC2016
printf '#!/bin/sh\nexec curl -sS -o /dev/null --max-redirs 2 -L --cacert %s "$1"\n' "$ca" > "$dir/browser.sh"
chmod +x "$dir/browser.sh"

issuer_of() { sed -n 's/^ISSUER=//p' "$dir/$1/server.env"; }
# sign_in NAME MODE USER: starts an issuer (issuer_of NAME), signs USER in with it
sign_in() {
    local name=$1 mode=$2 user=$3
    mkdir -p "$dir/$name"
    ln -s "$dir/ca" "$dir/$name/ca"
    python3 "$here/../servers/oauth2/oauth2-server.py" --dir "$dir/$name" --address "$address" --mode "$mode" \
        --user "$user" > "$dir/$name.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 600); do [[ -f $dir/$name/server.env ]] && break; sleep 0.1; done
    local issuer
    issuer=$(issuer_of "$name")
    cat > "$dir/$name.xml" << XML
<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.test"><domain>example.test</domain>
<incomingServer type="imap"><hostname>imap.example.test</hostname><port>993</port><socketType>SSL</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.example.test</hostname><port>465</port><socketType>SSL</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider><oAuth2><issuer>$issuer</issuer><scope>mail offline_access</scope><authURL>$issuer/authorize</authURL><tokenURL>$issuer/token</tokenURL><clientID>portpilot-test</clientID></oAuth2></clientConfig>
XML
    BROWSER=$dir/browser.sh "$binary" login "$user" --config "$dir/$name.xml" --ca-certificates "$ca" \
        > "$dir/$name-login.out" 2>&1 || { cat "$dir/$name-login.out" "$dir/$name.log" >&2; exit 1; }
    # A token now, to fail here rather than inside hyperfine.
    [[ -n $("$binary" token "$user" --ca-certificates "$ca" 2> "$dir/$name-token.err") ]] ||
        { cat "$dir/$name-token.err" >&2; exit 1; }
}
sign_in rotating standard anna@example.test
sign_in kept google bob@example.test
ISSUER_kept=$(issuer_of kept)
ISSUER_rotating=$(issuer_of rotating)
kept_refresh=$(secret-tool lookup xdg:schema org.qt.keychain server portpilot user "bob@example.test oauth2 $ISSUER_kept")
[[ -n $kept_refresh ]] || { echo "no refresh token for bob@example.test in the keychain" >&2; exit 1; }
printf 'grant_type=refresh_token&client_id=portpilot-test&refresh_token=%s' "$kept_refresh" > "$dir/refresh.form"
curl_refresh="curl -sS -f -o /dev/null --cacert $ca --data-binary @$dir/refresh.form $ISSUER_kept/token"
$curl_refresh || { echo "curl could not refresh" >&2; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --style basic --runs "$runs" --warmup 3 --export-json "$dir/h.json" \
    -n startup "$binary --version" \
    -n token-rotating "$binary token anna@example.test --ca-certificates $ca" \
    -n token-kept "$binary token bob@example.test --ca-certificates $ca" \
    -n curl-startup "curl --version" \
    -n curl-refresh "$curl_refresh" \
    -n secret-tool-lookup "secret-tool lookup xdg:schema org.qt.keychain server portpilot user 'bob@example.test oauth2 $ISSUER_kept'" \
    > /dev/null
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
refreshes=$(curl -sS --cacert "$ca" "$ISSUER_rotating/test/log" | grep -o '"grant_type": *"refresh_token"' | wc -l)
echo "refresh grants the rotating issuer saw: $refreshes (1 check + $runs runs + 3 warm-up)"
python3 - "$dir/h.json" "$runs" << 'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
notes = {
    "startup": "portpilot --version: process start-up alone",
    "token-rotating": "portpilot token, issuer rotates the refresh token (keychain read + refresh + keychain write)",
    "token-kept": "portpilot token, issuer keeps the refresh token (keychain read + refresh)",
    "curl-startup": "curl --version: curl's own start-up",
    "curl-refresh": "curl: one refresh grant to the kept issuer (start-up + TCP + TLS handshake + POST)",
    "secret-tool-lookup": "secret-tool lookup: the refresh token read by libsecret's own tool (start-up + libsecret + D-Bus)",
}
# One line per command (make bench puts BENCH lines in its table).
for name, r in results.items():
    print(f"BENCH\t{name}\t{r['median']*1000:.1f}\tms\t{notes[name]}; median of {len(r['times'])} runs, "
          f"min {r['min']*1000:.1f}, max {r['max']*1000:.1f}, exit codes {sorted(set(r['exit_codes']))}")
start = results["startup"]["median"]
trip = results["curl-refresh"]["median"] - results["curl-startup"]["median"]
print(f"one token round trip (curl-refresh minus curl-startup): {trip*1000:.1f} ms")
for name in ("token-rotating", "token-kept"):
    over = results[name]["median"] - start
    print(f"{name}: {over*1000:.1f} ms over portpilot's start-up = {over / trip:.2f} x one token round trip")
PY
