#!/bin/bash
# `portpilot test` with OAuth2 against the real Dovecot (oauth2 passdb, introspection against the
# tests' authorization server): after `portpilot login`, IMAP, POP3 and submission log in with
# OAUTHBEARER; an expired access token is refreshed and still logs in; after the issuer revoked the
# sign-in every server fails with the plain reason and the command that fixes it, and the issuer is
# asked once per run. `portpilot migrate` logs in the same way and its copy is verified.
# Run under tests/keychain/run-with-keyring.sh.
# Usage: check-test-command-dovecot.sh PORTPILOT ADDRESS   (a 127.0.0.x of its own)
set -u
bin=$1
address=${2:-127.0.0.128}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-oauth2-dovecot.XXXXXX")
# shellcheck source=oauth2-world.sh
. "$here/oauth2/oauth2-world.sh"
cleanup() {
    oauth2_world_stop
    rm -rf "$work"
}
trap cleanup EXIT

oauth2_world_start "$address"
oauth2_account "$work/account.xml" "$address" pop3
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

# `portpilot migrate` signs in the same way: the copy goes up over an OAUTHBEARER login.
mkdir -p "$work/mail"
printf 'From - Mon Jan 01 12:00:00 2024\nMessage-ID: <oauth2-move@example.test>\nSubject: moved\n\nHello\n' \
    >"$work/mail/Inbox"
"$bin" migrate "$work/mail" --config "$work/account.xml" --address anna@example.test --ca-certificates "$ca" \
    --format json >"$work/migrate.out" 2>"$work/migrate.err"
status=$?
[ $status -eq 0 ] && grep -q '"verified": true' "$work/migrate.out"
check "migrate logs in with the stored sign-in and verifies the copy" $? \
    "exit $status: $(cat "$work/migrate.out" "$work/migrate.err")"
! grep -q "auth=Bearer\|access_token" "$work/migrate.out" "$work/migrate.err"
check "no token in migrate's output" $? "$(cat "$work/migrate.err")"

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
