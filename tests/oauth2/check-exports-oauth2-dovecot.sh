#!/bin/bash
# The exports with OAuth2 against the real Dovecot (oauth2 passdb, introspection against the tests'
# authorization server): after `portpilot login`, `portpilot export` writes the neomutt, msmtp and aerc
# profiles, and each client really logs in through the `portpilot token` command in its file: msmtp
# sends over submission, neomutt opens the IMAP inbox and sends in batch mode, aerc opens the inbox
# and sends from its composer (in a private tmux). Each login is read from Dovecot's log (the service,
# the user and the mechanism, only lines written after the client started), so a check fails when
# its client did not log in. After the issuer revoked the sign-in, msmtp fails and says what to do.
# Run under tests/keychain/run-with-keyring.sh.
# Usage: check-exports-oauth2-dovecot.sh PORTPILOT ADDRESS   (a 127.0.0.x of its own)
set -u
bin=$1
address=${2:-127.0.0.129}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-oauth2-exports.XXXXXX")
# shellcheck source=oauth2-world.sh
. "$here/oauth2/oauth2-world.sh"
cleanup() {
    [ -S "$work/tmux.sock" ] && tmux -S "$work/tmux.sock" kill-server 2>/dev/null
    oauth2_world_stop
    rm -rf "$work"
}
trap cleanup EXIT
for tool in neomutt msmtp aerc tmux dovecot curl; do
    command -v "$tool" >/dev/null 2>&1 || PATH=$PATH:/usr/sbin command -v "$tool" >/dev/null 2>&1 || {
        echo "FAIL $tool is missing: run scripts/install-deps.sh test"
        exit 1
    }
done

oauth2_world_start "$address"
log=$work/dovecot/log
oauth2_account "$work/account.xml" "$address"
# shellcheck disable=SC2016 # $1 is for the browser script
printf '#!/bin/sh\nexec curl -sS -o /dev/null --max-redirs 2 -L --cacert %s "$1"\n' "$ca" >"$work/browser.sh"
chmod +x "$work/browser.sh"
control() { curl -sS --cacert "$ca" -X POST -d "$1" "$ISSUER/test/control" >/dev/null; }
refreshes() { curl -sS --cacert "$ca" "$ISSUER/test/log" | grep -o '"grant_type": *"refresh_token"' | wc -l; }
# The issuer's certificate chains to the test CA, which `portpilot token` trusts only with
# --ca-certificates (Qt reads no SSL_CERT_FILE): once a file's exact token command is checked, the
# option is added to it (trust_test_ca). The clients trust the CA through their own settings
# (msmtp tls_trust_file, neomutt ssl_ca_certificates_file, aerc through Go's SSL_CERT_FILE).
trust_test_ca() { sed -i "s|--server $address|--server $address --ca-certificates $ca|g" "$1"; }
# Dovecot's log lines after line $1 that show a login of anna to service $2 with OAUTHBEARER or XOAUTH2.
logins_since() {
    tail -n +"$(($1 + 1))" "$log" | grep -E "$2-login: (Info: )?Login: user=<anna@example.test>, method=(OAUTHBEARER|XOAUTH2),"
}
wait_login() { # MARK SERVICE: up to 30 s
    for _ in $(seq 300); do logins_since "$1" "$2" >/dev/null && return 0; sleep 0.1; done
    return 1
}
mark() { wc -l <"$log"; }
program=$(readlink -f "$bin")
command_for() { printf '%s token anna@example.test --server %s' "$program" "$address"; }
export_to() { # FORMAT FILE
    "$bin" export "$work/account.xml" --to "$1" --address anna@example.test --name "Anna Test" --output "$2" \
        >"$work/export.out" 2>&1
}

BROWSER=$work/browser.sh "$bin" login anna@example.test --config "$work/account.xml" --ca-certificates "$ca" \
    >"$work/login.out" 2>&1
check "login" $? "$(cat "$work/login.out")"

# msmtp: one message over submission (STARTTLS); the relay behind Dovecot is closed, so only the
# login is certain, and that is what Dovecot's log must show.
export_to msmtp "$work/msmtprc"
check "msmtp: exported" $? "$(cat "$work/export.out")"
grep -qxF "passwordeval \"$(command_for)\"" "$work/msmtprc" && grep -qx "auth oauthbearer" "$work/msmtprc"
check "msmtp: auth oauthbearer, passwordeval runs this portpilot's token command" $? "$(cat "$work/msmtprc")"
sed -i "s|^tls_trust_file system\$|tls_trust_file $ca|" "$work/msmtprc"
trust_test_ca "$work/msmtprc"
send_msmtp() {
    printf 'From: anna@example.test\nTo: anna@example.test\nSubject: OAuth2 export\n\nhello\n' |
        timeout 60 msmtp -C "$work/msmtprc" -a default --read-envelope-from -t --debug >"$work/msmtp.out" 2>&1
}
before=$(mark)
send_msmtp
wait_login "$before" submission && grep -q '^<-- 235' "$work/msmtp.out"
check "msmtp: logged in to submission with the token" $? "$(cat "$work/msmtp.out"; tail -n +"$((before + 1))" "$log")"

# neomutt: opens the IMAP inbox in a terminal, and sends one message in batch mode.
export_to mutt "$work/muttrc"
check "neomutt: exported" $? "$(cat "$work/export.out")"
grep -qxF "set imap_oauth_refresh_command = \"$(command_for)\"" "$work/muttrc" &&
    grep -qxF "set smtp_oauth_refresh_command = \"$(command_for)\"" "$work/muttrc" &&
    ! grep -q "_pass" "$work/muttrc"
check "neomutt: refresh commands run this portpilot's token command, no password" $? "$(cat "$work/muttrc")"
trust_test_ca "$work/muttrc"
before=$(mark)
tmux -S "$work/tmux.sock" new-session -d -x 200 -y 50 \
    "neomutt -n -F '$work/muttrc' -e 'set ssl_ca_certificates_file=$ca'; sleep 60"
wait_login "$before" imap
check "neomutt: opened the IMAP inbox with the token" $? \
    "$(tmux -S "$work/tmux.sock" capture-pane -p; tail -n +"$((before + 1))" "$log")"
tmux -S "$work/tmux.sock" kill-server 2>/dev/null
before=$(mark)
printf 'hello\n' | timeout 60 neomutt -n -F "$work/muttrc" -e "set ssl_ca_certificates_file=$ca" -e "set record=''" \
    -s "OAuth2 export" anna@example.test >"$work/neomutt.out" 2>&1
wait_login "$before" submission
check "neomutt: logged in to submission with the token" $? "$(cat "$work/neomutt.out"; tail -n +"$((before + 1))" "$log")"

# aerc: the file goes where aerc reads it (the same XDG_CONFIG_HOME as portpilot's sign-in); the
# inbox opens at start, then :compose and :send (the editor is `true`) send one message.
mkdir -p "$XDG_CONFIG_HOME/aerc"
export_to aerc "$XDG_CONFIG_HOME/aerc/accounts.conf"
check "aerc: exported" $? "$(cat "$work/export.out")"
grep -qxF "source-cred-cmd = $(command_for)" "$XDG_CONFIG_HOME/aerc/accounts.conf" &&
    grep -qxF "outgoing-cred-cmd = $(command_for)" "$XDG_CONFIG_HOME/aerc/accounts.conf" &&
    grep -q "^source = imaps+oauthbearer://anna%40example.test@$address:$IMAPS_PORT\$" \
        "$XDG_CONFIG_HOME/aerc/accounts.conf"
check "aerc: imaps+oauthbearer, cred commands run this portpilot's token command" $? \
    "$(cat "$XDG_CONFIG_HOME/aerc/accounts.conf")"
trust_test_ca "$XDG_CONFIG_HOME/aerc/accounts.conf"
before=$(mark)
tmux -S "$work/tmux.sock" new-session -d -x 200 -y 50 -e "SSL_CERT_FILE=$ca" -e EDITOR=true "aerc; sleep 60"
wait_login "$before" imap
check "aerc: opened the IMAP inbox with the token" $? \
    "$(tmux -S "$work/tmux.sock" capture-pane -p; tail -n +"$((before + 1))" "$log")"
before=$(mark)
tmux -S "$work/tmux.sock" send-keys ':compose -H "To: anna@example.test" -H "Subject: OAuth2 export" hello' Enter
# The editor (`true`) ends at once and aerc shows its review; then send.
for _ in $(seq 300); do tmux -S "$work/tmux.sock" capture-pane -p | grep -q "Send this email?" && break; sleep 0.1; done
tmux -S "$work/tmux.sock" send-keys ':send' Enter
wait_login "$before" submission
check "aerc: logged in to submission with the token" $? \
    "$(tmux -S "$work/tmux.sock" capture-pane -p; tail -n +"$((before + 1))" "$log")"
tmux -S "$work/tmux.sock" kill-server 2>/dev/null

# A revoked sign-in: the token command fails, msmtp does not log in and passes on what to do.
control '{"revoke_all": true}'
before=$(mark)
send_msmtp
status=$?
sleep 1
[ $status -ne 0 ] && ! logins_since "$before" submission >/dev/null &&
    grep -q "portpilot login anna@example.test" "$work/msmtp.out"
check "revoked sign-in: msmtp does not log in, and says the command that fixes it" $? \
    "exit $status: $(cat "$work/msmtp.out"; tail -n +"$((before + 1))" "$log")"
echo "token requests at the issuer: $(refreshes) refreshes"

[ $failures -eq 0 ]
