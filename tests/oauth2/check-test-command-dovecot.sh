#!/bin/bash
# `portpilot test` with OAuth2 against the real Dovecot (oauth2 passdb, introspection against the
# tests' authorization server): after `portpilot login`, IMAP, POP3 and submission log in with
# OAUTHBEARER; an expired access token is refreshed and still logs in; after the issuer revoked the
# sign-in every server fails with the plain reason and the command that fixes it, and the issuer is
# asked once per run. Run under tests/keychain/run-with-keyring.sh.
# Usage: check-test-command-dovecot.sh PORTPILOT ADDRESS   (a 127.0.0.x of its own)
set -u
bin=$1
address=${2:-127.0.0.128}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-oauth2-dovecot.XXXXXX")
server_pid=
cleanup() {
    "$here/servers/dovecot.sh" stop "$work/dovecot" >/dev/null 2>&1 || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
check() { # NAME CONDITION-STATUS DETAIL
    if [ "$2" -eq 0 ]; then echo "PASS $1"; else echo "FAIL $1: $3"; failures=$((failures + 1)); fi
}

mkdir -p "$work/server" "$work/dovecot"
"$here/servers/make-test-ca.sh" "$work/ca" "$address" >/dev/null 2>&1
ln -s "$work/ca" "$work/server/ca"
ln -s "$work/ca" "$work/dovecot/ca"
python3 "$here/servers/oauth2/oauth2-server.py" --dir "$work/server" --address "$address" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 600); do [ -f "$work/server/server.env" ] && break; sleep 0.1; done
# shellcheck disable=SC1091
. "$work/server/server.env"
ca=$work/ca/ca.pem
DOVECOT_OAUTH2_INTROSPECTION=$ISSUER/introspect "$here/servers/dovecot.sh" start "$work/dovecot" "$address" \
    </dev/null >/dev/null 2>"$work/dovecot-start.log" || { cat "$work/dovecot-start.log"; exit 1; }
# shellcheck disable=SC1091
. "$work/dovecot/ports.env"
cat >"$work/account.xml" <<XML
<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.test"><domain>example.test</domain>
<incomingServer type="imap"><hostname>$address</hostname><port>$IMAPS_PORT</port><socketType>SSL</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></incomingServer>
<incomingServer type="pop3"><hostname>$address</hostname><port>$POP3S_PORT</port><socketType>SSL</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>$address</hostname><port>$SUBMISSION_PORT</port><socketType>STARTTLS</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider><oAuth2><issuer>$ISSUER</issuer><scope>mail offline_access</scope><authURL>$ISSUER/authorize</authURL><tokenURL>$ISSUER/token</tokenURL><clientID>portpilot-test</clientID></oAuth2></clientConfig>
XML
printf '#!/bin/sh\nexec curl -sS -o /dev/null --max-redirs 2 -L --cacert %s "$1"\n' "$ca" >"$work/browser.sh"
chmod +x "$work/browser.sh"
control() { curl -sS --cacert "$ca" -X POST -d "$1" "$ISSUER/test/control" >/dev/null; }
refreshes() { curl -sS --cacert "$ca" "$ISSUER/test/log" | grep -o '"grant_type": *"refresh_token"' | wc -l; }
run_test() { "$bin" test "$work/account.xml" --address anna@example.test --ca-certificates "$ca" >"$work/out" 2>&1; }

BROWSER=$work/browser.sh "$bin" login anna@example.test --config "$work/account.xml" --ca-certificates "$ca" \
    >"$work/login.out" 2>&1
check "login" $? "$(cat "$work/login.out")"

run_test
status=$?
[ $status -eq 0 ] && [ "$(grep -c 'logged in as “anna@example.test” with OAUTHBEARER' "$work/out")" -eq 3 ]
check "valid sign-in: IMAP, POP3 and submission log in with OAUTHBEARER" $? "exit $status: $(cat "$work/out")"

control '{"expire_access": true}'
run_test
check "expired access token: refreshed, still logs in" $? "$(cat "$work/out")"

before=$(refreshes)
control '{"revoke_all": true}'
run_test
status=$?
[ $status -eq 1 ] && [ "$(grep -c '^FAILED .*expired or was revoked.*portpilot login anna@example.test' "$work/out")" -eq 3 ]
check "revoked sign-in: every server fails with the reason and the command" $? "exit $status: $(cat "$work/out")"
[ "$(refreshes)" -eq $((before + 1)) ]
check "revoked sign-in: the issuer is asked once for the run" $? "$(refreshes) refreshes, $before before"
! grep -q "auth=Bearer\|access_token" "$work/out"
check "no token in the output" $? "$(cat "$work/out")"

[ $failures -eq 0 ]
