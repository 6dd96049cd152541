#!/bin/bash
# `portpilot check DOMAIN --address ADDR` with OAuth2 servers, inside the discovery test world
# (tests/ui/run-in-world.sh) under a real keyring (tests/keychain/run-with-keyring.sh). The test
# starts the tests' authorization server on 127.0.0.27 and a real Dovecot with the oauth2 passdb on
# 127.0.0.26 (imap. and smtp.chk-oauthlogin.test), and publishes chk-oauthlogin.test's autoconfig
# document (over HTTPS: IMAP and submission with OAuth2 and the <oAuth2> block of that issuer;
# over plain HTTP: POP3 and a second submission port). Rows: the stored sign-in logs in to IMAP and submission and never
# to the servers only plain HTTP names; a token the issuer no longer honours fails with the
# server's refusal; an address without a sign-in, and a document that names another issuer, send
# nothing; --sign-in signs in for the run and stores nothing, with headless Chromium as the browser
# (tests/oauth2/chromium-browser.sh; skipped without it, a failure with CI=true) and with
# --no-browser (the printed address checked and followed); bad combinations exit 2; no token in
# the JSON, text or HTML report.
# Usage: check-domain-oauth2.sh PORTPILOT
set -u
bin=$1
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-check-oauth2.XXXXXX")
domain=chk-oauthlogin.test
www=$PORTPILOT_WORLD_DIR/www/autoconfig.$domain/mail
wwwhttp=$PORTPILOT_WORLD_DIR/www-http/autoconfig.$domain/mail
failures=0
server_pid=
check() {
    if [ "$2" -eq 0 ]; then echo "PASS $1"; else echo "FAIL $1: $3"; failures=$((failures + 1)); fi
}
# shellcheck source=../oauth2/chromium-browser.sh
. "$here/oauth2/chromium-browser.sh"
cleanup() {
    chromium_stop
    if [ "$failures" -gt 0 ]; then
        echo "--- Dovecot's log (last 40 lines)"
        tail -n 40 "$work/dovecot/log" 2>/dev/null
    fi
    "$here/servers/dovecot.sh" stop "$work/dovecot" >/dev/null 2>&1 || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
    rm -rf "$work" "$www" "$wwwhttp"
}
trap cleanup EXIT

python3 "$here/servers/oauth2/oauth2-server.py" --dir "$work/server" --address 127.0.0.27 >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 600); do [ -f "$work/server/server.env" ] && break; sleep 0.1; done
# shellcheck disable=SC1091
. "$work/server/server.env"
mkdir -p "$work/dovecot"
cp -r "$PORTPILOT_WORLD_DIR/ca" "$work/dovecot/ca"
DOVECOT_OAUTH2_INTROSPECTION=$ISSUER/introspect DOVECOT_OAUTH2_CA=$work/server/ca/ca.pem \
    "$here/servers/dovecot.sh" start "$work/dovecot" 127.0.0.26 </dev/null >/dev/null 2>"$work/dovecot-start.log" ||
    { cat "$work/dovecot-start.log"; exit 1; }
cat "$PORTPILOT_WORLD_CA_FILE" "$work/server/ca/ca.pem" >"$work/cas.pem"
cas=$work/cas.pem

# document ISSUER: the domain's autoconfig document with that issuer in its <oAuth2> block
document() {
    cat <<XML
<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="$domain"><domain>$domain</domain>
<incomingServer type="imap"><hostname>imap.$domain</hostname><port>993</port><socketType>SSL</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.$domain</hostname><port>465</port><socketType>SSL</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider><oAuth2><issuer>$1</issuer><scope>mail offline_access</scope><authURL>$ISSUER/authorize</authURL><tokenURL>$ISSUER/token</tokenURL><clientID>portpilot-test</clientID></oAuth2></clientConfig>
XML
}
mkdir -p "$www" "$wwwhttp"
document "$ISSUER" >"$www/config-v1.1.xml"
cp "$www/config-v1.1.xml" "$work/account.xml"
cat >"$wwwhttp/config-v1.1.xml" <<XML
<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="$domain"><domain>$domain</domain>
<incomingServer type="pop3"><hostname>imap.$domain</hostname><port>995</port><socketType>SSL</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.$domain</hostname><port>587</port><socketType>STARTTLS</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>
XML

# shellcheck disable=SC2016
printf '#!/bin/sh\nexec curl -sS -o /dev/null --max-redirs 2 -L --cacert %s "$1"\n' "$cas" >"$work/browser.sh"
chmod +x "$work/browser.sh"
control() { curl -sS --cacert "$cas" -X POST -d "$1" "$ISSUER/test/control" >/dev/null; }
introspections() { curl -sS --cacert "$cas" "$ISSUER/test/log" | grep -o '"endpoint": *"introspect"' | wc -l; }
# Every access token the issuer handed out (token answers are not logged; Dovecot's introspection is).
tokens_seen() { curl -sS --cacert "$cas" "$ISSUER/test/log" | python3 -c '
import json, sys
for e in json.load(sys.stdin):
    if e.get("endpoint") == "introspect":
        print(e["token"])'; }
# run_check ADDRESS FORMAT [options]: the report in $work/out, stderr in $work/err, exit in $status
run_check() {
    local address=$1 format=$2
    shift 2
    "$bin" check $domain --address "$address" --ca-certificates "$cas" --ispdb-url "$PORTPILOT_WORLD_ISPDB_URL" \
        --format "$format" "$@" >"$work/out" 2>"$work/err" </dev/null
    status=$?
}
# json EXPRESSION: evaluated with r = the JSON report
json() { python3 -c "import json, sys; r = json.load(open('$work/out')); print($1)"; }
no_token_in() {
    local token
    for token in $(tokens_seen); do
        if grep -qF "$token" "$work/out" "$work/err"; then return 1; fi
    done
    ! grep -qi "auth=Bearer\|access_token" "$work/out" "$work/err"
}

BROWSER=$work/browser.sh "$bin" login anna@$domain --config "$work/account.xml" --ca-certificates "$cas" \
    >"$work/login.out" 2>&1
check "portpilot login anna@$domain" $? "$(cat "$work/login.out")"

before=$(introspections)
run_check anna@$domain json
logins=$(json "sorted('%s:%d %s' % (s['protocol'], s['port'], s['login']) for s in r['servers'])")
[ "$logins" = "['imap:993 ok', 'pop3:995 not-sent', 'smtp:465 ok', 'smtp:587 not-sent']" ]
check "stored sign-in: IMAP and submission log in, the servers only plain HTTP names get nothing" $? \
    "exit $status, $logins: $(cat "$work/err" "$work/out")"
[ "$(json "len([f for f in r['findings'] if f['id'] == 'server.login-ok' and 'OAUTHBEARER' in f['effect']])")" = 2 ]
check "server.login-ok for IMAP and submission, with the OAuth2 words" $? "$(cat "$work/out")"
[ "$(json "sorted(f['subject'] for f in r['findings'] if f['id'] == 'server.login-not-sent' and 'does not name this server, only http' in f['effect'])")" = "['imap.$domain:995 (pop3, SSL)', 'smtp.$domain:587 (smtp, STARTTLS)']" ]
check "the servers only plain HTTP names: server.login-not-sent says why" $? "$(cat "$work/out")"
[ "$(introspections)" -eq $((before + 2)) ]
check "the token went to exactly two servers (Dovecot asked the issuer twice)" $? "$(introspections), $before before"
no_token_in
check "no token in the JSON report" $? "$(cat "$work/out")"
run_check anna@$domain text
grep -q "the test account logged in at 2 of 2" "$work/out" && no_token_in
check "text report: 2 of 2 logged in, no token" $? "exit $status: $(cat "$work/out" "$work/err")"
run_check anna@$domain html
grep -q "server.login-ok" "$work/out" && no_token_in
check "HTML report: no token" $? "exit $status: $(cat "$work/err")"

# No sign-in stored for this address: nothing is sent, and the report says what to do.
before=$(introspections)
run_check bob@$domain json
[ "$(json "len([f for f in r['findings'] if f['id'] == 'server.login-not-sent' and 'sign in first (portpilot login bob@$domain) or use --sign-in' in f['effect']])")" = 2 ] &&
    [ "$(json "sorted(set(s['login'] for s in r['servers']))")" = "['not-sent']" ]
check "no sign-in: server.login-not-sent with the command, no login" $? "exit $status: $(cat "$work/out" "$work/err")"
[ "$(introspections)" -eq "$before" ]
check "no sign-in: the servers got no token" $? "$(introspections), $before before"

# The domain's document names another issuer than the one anna signed in with: the token stays here.
document https://login.chk-oauth2.test >"$www/config-v1.1.xml"
before=$(introspections)
run_check anna@$domain json
[ "$(json "len([f for f in r['findings'] if f['id'] == 'server.login-not-sent' and 'the issuer https://login.chk-oauth2.test' in f['effect'] and '$ISSUER' in f['effect']])")" = 2 ] &&
    [ "$(json "sorted(set(s['login'] for s in r['servers']))")" = "['not-sent']" ]
check "another issuer in the document: the token is not sent, the report names both issuers" $? \
    "$(cat "$work/out" "$work/err")"
[ "$(introspections)" -eq "$before" ]
check "another issuer: Dovecot never saw the token" $? "$(introspections), $before before"
document "$ISSUER" >"$www/config-v1.1.xml"

# --sign-in: carl signs in during the check (the browser: curl through the consent redirect).
BROWSER=$work/browser.sh run_check carl@$domain json --sign-in
[ $status -ne 2 ] && [ "$(json "sorted(s['protocol'] + ' ' + str(s['login']) for s in r['servers'])")" = \
    "['imap ok', 'pop3 not-sent', 'smtp not-sent', 'smtp ok']" ]
check "--sign-in: IMAP and submission log in" $? "exit $status: $(cat "$work/out" "$work/err")"
no_token_in
check "--sign-in: no token in the report" $? "$(cat "$work/out" "$work/err")"
! "$bin" token carl@$domain --ca-certificates "$cas" >"$work/token.out" 2>&1 &&
    grep -q "has not signed in" "$work/token.out"
check "--sign-in stored nothing: portpilot token has no sign-in for carl" $? "$(cat "$work/token.out")"
# The keychain itself: anna's refresh token (portpilot login) is there, nothing of carl's.
secret-tool search --all xdg:schema org.qt.keychain >"$work/keychain" 2>&1
grep -q "user = anna@$domain oauth2 " "$work/keychain" && ! grep -q "carl@" "$work/keychain"
check "--sign-in stored nothing: no refresh token of carl's in the keychain" $? "$(grep "user = " "$work/keychain")"

# Every secret of the sign-ins so far, as the issuer logged them: codes, verifiers, refresh and
# access tokens. None may appear in anything portpilot printed (files given as arguments).
no_secret_in() {
    local secret
    for secret in $(curl -sS --cacert "$cas" "$ISSUER/test/log" | python3 -c '
import json, sys
for e in json.load(sys.stdin):
    for key in ("code", "code_verifier", "refresh_token", "token"):
        if e.get(key):
            print(e[key])'); do
        if grep -qF -- "$secret" "$@"; then echo "found $secret"; return 1; fi
    done
    ! grep -qi "auth=Bearer\|access_token" "$@"
}
# no_sign_in_kept ADDRESS: `portpilot token` knows no sign-in for it, and the keychain holds nothing of it
no_sign_in_kept() {
    ! "$bin" token "$1" --ca-certificates "$cas" >"$work/token.out" 2>&1 && grep -q "has not signed in" "$work/token.out" &&
        secret-tool search --all xdg:schema org.qt.keychain >"$work/keychain" 2>&1 &&
        grep -q "user = anna@$domain oauth2 " "$work/keychain" && ! grep -q "$1" "$work/keychain"
}

# --sign-in through a real browser: headless Chromium (tests/oauth2/chromium-browser.sh) is the
# $BROWSER the check opens; it loads the issuer's page over HTTPS (the issuer's CA in its NSS
# database), follows the redirect to the check's loopback listener and shows its page.
if problem=$(chromium_missing); then
    if [ "${CI:-}" = true ]; then check "Chromium for --sign-in" 1 "$problem"; else echo "SKIP Chromium rows: $problem"; fi
else
    # shellcheck disable=SC2153 # ADDRESS: the issuer's, from server.env
    chromium_setup "$work/server/ca/ca.pem" "$ADDRESS"
    check "the issuer's CA is in Chromium's NSS database" $? "certutil failed"
    before=$(introspections)
    BROWSER=$work/browser.sh run_check carl@$domain json --sign-in
    [ $status -ne 2 ] && [ "$(json "sorted(s['protocol'] + ' ' + str(s['login']) for s in r['servers'])")" = \
        "['imap ok', 'pop3 not-sent', 'smtp not-sent', 'smtp ok']" ] &&
        [ "$(json "len([f for f in r['findings'] if f['id'] == 'server.login-ok' and 'OAUTHBEARER' in f['effect']])")" = 2 ]
    check "--sign-in in Chromium: IMAP and submission log in with OAUTHBEARER (server.login-ok)" $? \
        "exit $status: $(cat "$work/out" "$work/err")
chromium: $(grep -v 'dbus\|DevTools listening' "$work/chromium.log" 2>/dev/null | tail -5)"
    [ "$(introspections)" -eq $((before + 2)) ]
    check "--sign-in in Chromium: the token went to exactly the two OAuth2 servers" $? "$(introspections), $before before"
    grep -q "^Opened the sign-in page of .* in your browser (\$BROWSER)" "$work/err" && [ -s "$work/chromium.pid" ]
    check "--sign-in opened Chromium through \$BROWSER" $? "$(cat "$work/err")"
    python3 "$here/oauth2/chromium-devtools.py" "$chromium_profile" page --wait-text "Portpilot received your sign-in" \
        --timeout 30 >"$work/page.json" 2>"$work/devtools.err"
    devtools=$?
    href=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("href", ""))' "$work/page.json" 2>/dev/null)
    [ $devtools -eq 0 ] && [[ $href == "http://127.0.0.1:"*"/?code="*"&state="* ]]
    check "Chromium went from the issuer's page to the check's loopback listener" $? \
        "$(cat "$work/page.json" "$work/devtools.err")"
    no_secret_in "$work/err" "$work/out"
    check "--sign-in in Chromium: no code, verifier or token in the report or on the terminal" $? "see above"
    no_sign_in_kept carl@$domain
    check "--sign-in in Chromium stored nothing (portpilot token, the keychain)" $? "$(cat "$work/token.out")"
    chromium_close
    chromium_netlog_check "$ADDRESS"
    check "Chromium contacted nothing but the issuer and the listener (net log)" $? "see above"
fi

# --sign-in --no-browser: the check prints the issuer's address on stderr and waits; the person
# opens it (here curl through the consent redirect). $BROWSER is never started.
printf '#!/bin/sh\ntouch %s/browser-started\n' "$work" >"$work/no-browser.sh"
chmod +x "$work/no-browser.sh"
BROWSER=$work/no-browser.sh "$bin" check $domain --address carl@$domain --ca-certificates "$cas" \
    --ispdb-url "$PORTPILOT_WORLD_ISPDB_URL" --format json --sign-in --no-browser \
    >"$work/out" 2>"$work/err" </dev/null &
check_pid=$!
for _ in $(seq 200); do grep -q "^https://" "$work/err" && break; sleep 0.1; done
printed=$(grep "^https://" "$work/err")
grep -qx "To sign in with .*, open this address in a browser on this computer:" "$work/err" &&
    [ "$(grep -c "^https://" "$work/err")" = 1 ] && [ ! -s "$work/out" ]
check "--no-browser: one sign-in address on stderr, under its sentence; nothing on stdout yet" $? "$(cat "$work/err")"
python3 - "$printed" "$ISSUER" <<'PY'
import sys, urllib.parse
url, issuer = urllib.parse.urlsplit(sys.argv[1]), urllib.parse.urlsplit(sys.argv[2])
query = dict(urllib.parse.parse_qsl(url.query))
redirect = urllib.parse.urlsplit(query.get("redirect_uri", ""))
assert (url.scheme, url.netloc, url.path) == ("https", issuer.netloc, issuer.path + "/authorize"), url
assert query.get("response_type") == "code" and query.get("client_id") == "portpilot-test", query
assert query.get("code_challenge_method") == "S256" and len(query.get("code_challenge", "")) == 43, query
assert query.get("state"), query
assert redirect.scheme == "http" and redirect.hostname == "127.0.0.1" and redirect.port, redirect
assert "code" not in query and "code_verifier" not in query, query
PY
check "--no-browser: the address is the issuer's authorization endpoint with PKCE S256, state and the loopback redirect" \
    $? "$printed"
curl -sS -o /dev/null --max-redirs 2 -L --cacert "$cas" "$printed"
wait $check_pid
status=$?
[ $status -ne 2 ] && [ "$(json "sorted(s['protocol'] + ' ' + str(s['login']) for s in r['servers'])")" = \
    "['imap ok', 'pop3 not-sent', 'smtp not-sent', 'smtp ok']" ]
check "--no-browser: following the address completes the check (IMAP and submission log in)" $? \
    "exit $status: $(cat "$work/out" "$work/err")"
[ ! -e "$work/browser-started" ]
check "--no-browser: \$BROWSER was not started" $? "it was"
python3 - "$printed" <(curl -sS --cacert "$cas" "$ISSUER/test/log") <<'PY'
import base64, hashlib, json, sys, urllib.parse
challenge = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(sys.argv[1]).query))["code_challenge"]
grants = [e for e in json.load(open(sys.argv[2])) if e.get("endpoint") == "token" and e.get("grant_type") == "authorization_code"]
verifier = grants[-1]["code_verifier"]
assert base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode() == challenge
PY
check "--no-browser: the code was exchanged with the verifier of the printed challenge" $? "see above"
no_secret_in "$work/out" "$work/err"
check "--no-browser: no code, verifier or token printed" $? "$(cat "$work/err")"
no_sign_in_kept carl@$domain
check "--no-browser stored nothing (portpilot token, the keychain)" $? "$(cat "$work/token.out")"

# A token the issuer does not honour (it expires as it is issued): each server refuses it. Last of
# the logins: Dovecot delays the next logins from an address that failed (auth penalty).
control '{"token_lifetime": 0}'
run_check anna@$domain json
failed=$(json "sorted(s['protocol'] + ' ' + str(s['failure']) for s in r['servers'] if s['login'] == 'failed')")
[ "$failed" = "['imap auth-token-rejected', 'smtp auth-token-rejected']" ] &&
    [ "$(json "len([f for f in r['findings'] if f['id'] == 'server.login-failed' and 'expired or was revoked' in f['effect']])")" = 2 ]
check "a refused token: server.login-failed for IMAP and submission, in plain words" $? \
    "$failed: $(cat "$work/out" "$work/err")"
no_token_in
check "no refused token in the report" $? "$(cat "$work/out")"
control '{"token_lifetime": 3600}'

# Bad combinations: exit 2 with the reason.
bad() {
    "$bin" check $domain "$@" </dev/null >"$work/out" 2>"$work/err"
    status=$?
}
bad --sign-in
[ $status -eq 2 ] && grep -q -- "--sign-in needs --address" "$work/err"
check "--sign-in without --address: exit 2" $? "exit $status: $(cat "$work/err")"
bad --address anna@$domain --no-browser
[ $status -eq 2 ] && grep -q -- "--no-browser goes with --sign-in" "$work/err"
check "--no-browser without --sign-in: exit 2" $? "exit $status: $(cat "$work/err")"
bad --password-stdin
[ $status -eq 2 ] && grep -q -- "--password-stdin needs --address" "$work/err"
check "--password-stdin without --address: exit 2" $? "exit $status: $(cat "$work/err")"

[ $failures -eq 0 ]
