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
work=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-oauth2-chromium.XXXXXX")
# shellcheck source=chromium-browser.sh
. "$here/oauth2/chromium-browser.sh"
if problem=$(chromium_missing); then
    rm -rf "$work"
    if [ "${CI:-}" = true ]; then
        echo "FAIL $problem"
        exit 1
    fi
    echo "SKIP $problem"
    exit 77
fi

# shellcheck source=oauth2-world.sh
. "$here/oauth2/oauth2-world.sh"
cleanup() {
    chromium_stop
    oauth2_world_stop
    rm -rf "$work"
}
trap cleanup EXIT

oauth2_world_start "$address" --consent form
oauth2_account "$work/account.xml" "$address" pop3
chromium_setup "$ca" "$address"
check "the test CA is in Chromium's NSS database" $? "certutil failed"
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
python3 "$here/oauth2/chromium-devtools.py" "$chromium_profile" page --wait-text "Portpilot received your sign-in" \
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
chromium_close
chromium_netlog_check "$address"
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
