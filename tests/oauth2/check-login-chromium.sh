#!/bin/bash
# The whole OAuth2 sign-in in a real browser: `portpilot login` with headless Chromium as $BROWSER.
# Chromium loads the tests' authorization server's page over HTTPS (it trusts the test CA through a
# private NSS database, nothing is ignored), runs the page's consent form (--consent form: the page
# submits its form by script, a POST that answers with the redirect; no click is needed), follows the
# redirect to Portpilot's loopback listener, Portpilot exchanges the code (PKCE) and keeps the refresh
# token in the keychain. Then `portpilot test` logs in to the real Dovecot (oauth2 passdb, as in
# check-test-command-dovecot.sh) with a token from that sign-in.
# Chromium never contacts anything but 127.0.0.x: no proxy, background networking, component updates
# and sync off, every host name mapped to "not found" (--host-resolver-rules), and its net log is
# checked afterwards: no DNS query, no connection to another address. Run under
# tests/keychain/run-with-keyring.sh (and, in ctest, tests/ui/run-isolated.sh: a network namespace
# with loopback only).
# Usage: check-login-chromium.sh PORTPILOT ADDRESS   (a 127.0.0.x of its own)
# Without Chromium: exit 77 (skipped), but a failure when CI=true. PORTPILOT_CHROMIUM: another binary.
set -u
bin=$1
address=${2:-127.0.0.131}
here=$(cd "$(dirname "$0")/.." && pwd)
# The browser itself, not Debian's /usr/bin/chromium wrapper: that one sources /etc/chromium.d, which
# exports Debian's Google API keys and enables remote extensions.
chromium=${PORTPILOT_CHROMIUM:-/usr/lib/chromium/chromium}
for tool in "$chromium" certutil secret-tool curl; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        if [ "${CI:-}" = true ]; then
            echo "FAIL $tool is missing (scripts/install-deps.sh test installs chromium, libnss3-tools, libsecret-tools)"
            exit 1
        fi
        echo "SKIP $tool is missing: scripts/install-deps.sh test installs it (chromium, libnss3-tools)"
        exit 77
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-oauth2-chromium.XXXXXX")
profile=$work/chromium-profile
# shellcheck source=oauth2-world.sh
. "$here/oauth2/oauth2-world.sh"
stop_chromium() {
    local pid
    pid=$(cat "$work/chromium.pid" 2>/dev/null) || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null
    fi
    # Its helpers (zygote, renderer, GPU) leave with it; any that did not are found by our own profile.
    for pid in $(pgrep -f -- "--user-data-dir=$profile" || true); do kill -KILL "$pid" 2>/dev/null; done
    rm -f "$work/chromium.pid"
}
cleanup() {
    stop_chromium
    oauth2_world_stop
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/chromium-home/.pki/nssdb"
oauth2_world_start "$address" --consent form
oauth2_account "$work/account.xml" "$address" pop3

# Chromium trusts the test CA as a person would: in the NSS database of its (temporary) HOME.
certutil -N -d "sql:$work/chromium-home/.pki/nssdb" --empty-password &&
    certutil -A -d "sql:$work/chromium-home/.pki/nssdb" -n "Portpilot Test CA" -t "C,," -i "$ca"
check "the test CA is in Chromium's NSS database" $? "certutil failed"

# $BROWSER: Portpilot starts it detached with the sign-in address; it records its process id for the end.
# No D-Bus session: Chromium keeps its own secrets in its profile (--password-store=basic) and never
# touches the keyring the test reads.
cat >"$work/browser.sh" <<SH
#!/bin/sh
echo \$\$ >"$work/chromium.pid"
exec env -u DBUS_SESSION_BUS_ADDRESS HOME="$work/chromium-home" \\
    GOOGLE_API_KEY=no GOOGLE_DEFAULT_CLIENT_ID=no GOOGLE_DEFAULT_CLIENT_SECRET=no \\
    "$chromium" --headless=new --no-sandbox --user-data-dir="$profile" --no-first-run \\
    --no-default-browser-check --password-store=basic --disable-gpu --disable-dev-shm-usage \\
    --no-proxy-server --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE $address" \\
    --disable-background-networking --disable-component-update --disable-sync --disable-default-apps \\
    --disable-extensions --disable-domain-reliability --disable-client-side-phishing-detection \\
    --disable-breakpad --no-pings --metrics-recording-only \\
    --disable-features=Translate,OptimizationHints,OptimizationGuideModelDownloading,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying \\
    --log-net-log="$work/netlog.json" --remote-debugging-port=0 "\$1" >"$work/chromium.log" 2>&1
SH
chmod +x "$work/browser.sh"
log() { curl -sS --cacert "$ca" "$ISSUER/test/log"; }
keychain_token() { # the refresh token Portpilot keeps for the sign-in, as the Secret Service has it
    secret-tool search --unlock xdg:schema org.qt.keychain server portpilot user "anna@example.test oauth2 $ISSUER" \
        2>/dev/null | sed -n 's/^secret = //p'
}

BROWSER=$work/browser.sh "$bin" login anna@example.test --config "$work/account.xml" --ca-certificates "$ca" \
    --timeout 120 >"$work/login.out" 2>&1
status=$?
[ $status -eq 0 ] && grep -q '^Signed in as anna@example.test' "$work/login.out"
check "portpilot login with Chromium as \$BROWSER" $? "exit $status: $(cat "$work/login.out")
server: $(cat "$work/server.log")
chromium: $(grep -v 'dbus\|DevTools listening' "$work/chromium.log" 2>/dev/null | tail -5)"
[ -s "$work/chromium.pid" ]
check "Portpilot started Chromium" $? "no process id from browser.sh"

# What Chromium shows now: Portpilot's loopback page, reached by the redirect with the code.
python3 "$here/oauth2/chromium-devtools.py" "$profile" page --wait-text "Portpilot received your sign-in" \
    --timeout 30 >"$work/page.json" 2>"$work/devtools.err"
status=$?
href=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("href", ""))' "$work/page.json" 2>/dev/null)
[ $status -eq 0 ] && [[ $href == "http://127.0.0.1:"*"/?code="*"&state="*"&iss="* ]]
check "Chromium followed the redirect to the loopback listener and shows Portpilot's page" $? \
    "$(cat "$work/page.json" "$work/devtools.err")"
grep -q '"GET /authorize?' "$work/server.log" && grep -q '"POST /authorize/decision HTTP/1.1" 302' "$work/server.log"
check "the consent page's form went through Chromium (GET /authorize, POST /authorize/decision, 302)" $? \
    "$(cat "$work/server.log")"

# PKCE: the code Chromium carried is the one exchanged, with the verifier whose S256 hash is the
# challenge of the address Portpilot opened.
log >"$work/log.json"
grep -o 'https://[^ ]*/authorize?[^ ]*' "$work/login.out" | head -n 1 >"$work/authorize-url"
python3 - "$work/log.json" "$work/authorize-url" "$href" <<'PY'
import base64, hashlib, json, sys, urllib.parse
log = json.load(open(sys.argv[1]))
opened = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(open(sys.argv[2]).read().strip()).query))
redirected = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(sys.argv[3]).query))
grants = [e for e in log if e.get("endpoint") == "token" and e.get("grant_type") == "authorization_code"]
assert len(grants) == 1, "authorization_code grants: %r" % grants
verifier = grants[0]["code_verifier"]
assert 43 <= len(verifier) <= 128, "verifier %r" % verifier
challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
assert opened.get("code_challenge_method") == "S256", opened
assert opened.get("code_challenge") == challenge, "challenge %r, S256(verifier) %r" % (opened.get("code_challenge"), challenge)
assert redirected.get("code") and grants[0]["code"] == redirected["code"], "code %r exchanged, %r redirected" % (grants[0]["code"], redirected.get("code"))
assert redirected.get("state") == opened.get("state"), "state"
PY
check "one authorization_code grant: Chromium's code with a PKCE S256 verifier" $? "$(cat "$work/log.json")"

first_refresh=$(keychain_token)
[ -n "$first_refresh" ]
check "the keychain holds the refresh token (secret-tool search; the issuer sees it below)" $? \
    "nothing for \"anna@example.test oauth2 $ISSUER\""

# Chromium is done: let it write its net log, then read what it connected to.
python3 "$here/oauth2/chromium-devtools.py" "$profile" close >/dev/null 2>&1
for _ in $(seq 100); do kill -0 "$(cat "$work/chromium.pid" 2>/dev/null)" 2>/dev/null || break; sleep 0.1; done
stop_chromium
python3 - "$work/netlog.json" "$address" <<'PY'
import ipaddress, json, sys
text = open(sys.argv[1]).read()
try:
    netlog = json.loads(text)
except ValueError:  # cut short: the events written so far
    netlog = json.loads(text.rstrip().rstrip(",") + "]}")
types = {v: k for k, v in netlog["constants"]["logEventTypes"].items()}
problems, loopback, unresolved = [], set(), set()
for event in netlog["events"]:
    kind, params = types.get(event["type"], "?"), event.get("params") or {}
    if kind.startswith("DNS_TRANSACTION") and "hostname" in params:
        problems.append("DNS query for %s" % params["hostname"])
    if kind == "TCP_CONNECT" and "remote_address" in params:
        host = params["remote_address"].rsplit(":", 1)[0].strip("[]")
        if ipaddress.ip_address(host) in ipaddress.ip_network("127.0.0.0/8"):
            loopback.add(params["remote_address"])
        else:
            problems.append("TCP connection to %s" % params["remote_address"])
    if kind == "REQUEST_ALIVE" and "url" in params:
        host = params["url"].split("/")[2].rsplit(":", 1)[0] if "://" in params["url"] else ""
        try:
            ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            if host:
                unresolved.add(host)
    if kind == "UDP_CONNECT" and "address" in params:
        # Chromium's IPv6 reachability probe connects a UDP socket to Google's DNS address to ask the
        # kernel for a route; it sends nothing. Any other address would be traffic.
        host = params["address"].rsplit(":", 1)[0].strip("[]")
        if host != "2001:4860:4860::8888" and ipaddress.ip_address(host) not in ipaddress.ip_network("127.0.0.0/8"):
            problems.append("UDP to %s" % params["address"])
print("Chromium's TCP connections: %s" % ", ".join(sorted(loopback)))
if unresolved:
    print("Chromium asked for (and reached none of them): %s" % ", ".join(sorted(unresolved)))
if not any(a.startswith(sys.argv[2] + ":") for a in loopback) or not any(a.startswith("127.0.0.1:") for a in loopback):
    problems.append("no connection to the authorization server and the listener")
for problem in sorted(set(problems)):
    print(problem)
sys.exit(1 if problems else 0)
PY
check "Chromium contacted nothing but 127.0.0.x (net log: no DNS query, no other address)" $? "see above"

# `portpilot test` with the sign-in Chromium made: IMAP, POP3 and submission with OAUTHBEARER.
"$bin" test "$work/account.xml" --address anna@example.test --ca-certificates "$ca" >"$work/test.out" 2>&1
status=$?
[ $status -eq 0 ] && [ "$(grep -c 'logged in as “anna@example.test” with OAUTHBEARER' "$work/test.out")" -eq 3 ]
check "portpilot test: IMAP, POP3 and submission log in with OAUTHBEARER" $? "exit $status: $(cat "$work/test.out")"
log >"$work/log.json"
python3 - "$work/log.json" "$first_refresh" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
refreshes = [e for e in log if e.get("endpoint") == "token" and e.get("grant_type") == "refresh_token"]
assert len(refreshes) == 1 and refreshes[0]["refresh_token"] == sys.argv[2], refreshes
PY
check "portpilot test refreshed once, with the refresh token from the keychain" $? "$(cat "$work/log.json")"
second_refresh=$(keychain_token)
[ -n "$second_refresh" ] && [ "$second_refresh" != "$first_refresh" ]
check "the rotated refresh token replaced the stored one" $? "before and after: equal or empty"

# No secret of the sign-in in anything Portpilot printed: refresh tokens, the code, the verifier, the
# access tokens Dovecot asked the issuer about.
secrets=$(python3 - "$work/log.json" <<'PY'
import json, sys
for e in json.load(open(sys.argv[1])):
    for key in ("code", "code_verifier", "refresh_token", "token"):
        if e.get(key):
            print(e[key])
PY
)
leaked=
for s in $secrets $first_refresh $second_refresh; do
    grep -qF -- "$s" "$work/login.out" "$work/test.out" && leaked="$leaked $s"
done
[ -n "$secrets" ] && [ -z "$leaked" ]
check "no token, code or verifier in portpilot's output" $? "found:$leaked"

[ $failures -eq 0 ]
