# shellcheck shell=bash disable=SC2154,SC2034 # `here` and `work` are the caller's; `ca` and the ports are set for it
# Sourced by the OAuth2 shell checks (check-*.sh here): the tests' authorization server and the real
# Dovecot with its oauth2 passdb on one 127.0.0.x, with a fresh test CA, and the account file that
# names them. Set `here` (tests/) and `work` (a temporary folder) first.
#   oauth2_world_start ADDRESS [oauth2-server.py options]   sets ca, ISSUER, the Dovecot *_PORT
#                                                           variables and server_pid; exits 1 when
#                                                           Dovecot does not start
#   oauth2_world_stop                                       for the caller's cleanup
#   oauth2_account FILE ADDRESS [pop3]                      an autoconfig file with OAuth2 servers
#   check NAME STATUS DETAIL                                PASS/FAIL line, counts $failures

failures=0
server_pid=
check() {
    if [ "$2" -eq 0 ]; then echo "PASS $1"; else echo "FAIL $1: $3"; failures=$((failures + 1)); fi
}

oauth2_world_start() {
    local address=$1
    shift
    mkdir -p "$work/server" "$work/dovecot"
    "$here/servers/make-test-ca.sh" "$work/ca" "$address" >/dev/null 2>&1
    ln -s "$work/ca" "$work/server/ca"
    ln -s "$work/ca" "$work/dovecot/ca"
    ca=$work/ca/ca.pem
    python3 "$here/servers/oauth2/oauth2-server.py" --dir "$work/server" --address "$address" "$@" \
        >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 600); do [ -f "$work/server/server.env" ] && break; sleep 0.1; done
    # shellcheck disable=SC1091
    . "$work/server/server.env"
    DOVECOT_OAUTH2_INTROSPECTION=$ISSUER/introspect "$here/servers/dovecot.sh" start "$work/dovecot" "$address" \
        </dev/null >/dev/null 2>"$work/dovecot-start.log" || { cat "$work/dovecot-start.log"; exit 1; }
    # shellcheck disable=SC1091
    . "$work/dovecot/ports.env"
}

oauth2_world_stop() {
    "$here/servers/dovecot.sh" stop "$work/dovecot" >/dev/null 2>&1 || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
}

oauth2_account() {
    local pop3=
    [ "${3:-}" = pop3 ] &&
        pop3="<incomingServer type=\"pop3\"><hostname>$2</hostname><port>$POP3S_PORT</port><socketType>SSL</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></incomingServer>"
    cat >"$1" <<XML
<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.test"><domain>example.test</domain>
<incomingServer type="imap"><hostname>$2</hostname><port>$IMAPS_PORT</port><socketType>SSL</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></incomingServer>
$pop3
<outgoingServer type="smtp"><hostname>$2</hostname><port>$SUBMISSION_PORT</port><socketType>STARTTLS</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider><oAuth2><issuer>$ISSUER</issuer><scope>mail offline_access</scope><authURL>$ISSUER/authorize</authURL><tokenURL>$ISSUER/token</tokenURL><clientID>portpilot-test</clientID></oAuth2></clientConfig>
XML
}
