#!/bin/bash
# Starts or stops a real Dovecot (IMAP, POP3, submission) for Portpilot's tests.
#
# Usage: dovecot.sh start DIR [ADDRESS]      (ADDRESS defaults to 127.0.0.1; use a distinct
#        dovecot.sh stop DIR                  127.0.0.x per test so tests can run concurrently)
#
# start: creates DIR (config, state, logs, mail homes), a test CA in DIR/ca unless DIR/ca/ca.pem
#        exists (make-test-ca.sh), and starts Dovecot on ADDRESS. Standard ports are used where free
#        on that address, otherwise a free unprivileged port. The ports are written to DIR/ports.env:
#          ADDRESS=127.0.0.x  IMAP_PORT=143  IMAPS_PORT=993  POP3_PORT=110  POP3S_PORT=995
#          SUBMISSION_PORT=587  SUBMISSIONS_PORT=465  CA_FILE=DIR/ca/ca.pem  PID=<master pid>
#        and printed on stdout. Users (passwd-file, all mechanisms PLAIN LOGIN CRAM-MD5 work):
#          anna@example.test   password "anna-secret"
#          bob                 password "bob-secret" (login name is only the local part)
#          special@example.test password: p "q'u\o{te} ßþ  (the bytes are also in DIR/special-password)
#          anna@guess.test     password "anna-secret" (the discovery world's guessing domain)
#          anna@chk-healthy.test password "anna-secret" (the test account of `portpilot check`)
#          anna@chk-jmaplogin.test, anna@chk-jmaphop.test password "anna-secret" (the same, on the
#                              domains with Cyrus's JMAP)
#          anna@chk-adredirect.test, anna@chk-adhttp.test, anna@chk-adhops.test password
#                              "anna-secret" (Autodiscover answers from elsewhere)
#          migrate@example.test password "migrate-secret" (an ordinary user for `portpilot migrate`)
#          quota@example.test  password "quota-secret" (the only user with a quota: DOVECOT_QUOTA_LIMIT)
#        The user list is also in DIR/users.tsv (login TAB password file name).
#        Folders (namespace "inbox", separator "/"): INBOX and, with SPECIAL-USE, "Sent Messages"
#        (\Sent), Drafts (\Drafts), "Deleted Messages" (\Trash), Junk (\Junk), created at login, and
#        Archive (\Archive) once someone creates it; the names a real server uses, not the flags'.
# Environment: DOVECOT_CERT / DOVECOT_KEY choose another server certificate (e.g. DIR/ca/expired.pem);
#        DOVECOT_CERT_NAME=selfsigned (or expired, wrongname) picks one of DIR/ca's by name.
#        DOVECOT_PLAINTEXT=yes allows plaintext logins from other addresses (default: refused,
#        LOGINDISABLED; Dovecot treats a client whose address equals the server's as secure).
#        DOVECOT_TLS=legacy also accepts TLS 1.0 and 1.1 (besides 1.2 and 1.3); DOVECOT_TLS=legacy-only
#        accepts only TLS 1.0 and 1.1 (OpenSSL's MaxProtocol, through an OPENSSL_CONF of its own). Both
#        need OpenSSL's security level 0, which those versions require.
#        DOVECOT_MECHANISMS="login" narrows the SASL mechanisms offered (default: plain login cram-md5).
#        DOVECOT_OAUTH2_INTROSPECTION=URL also offers XOAUTH2 and OAUTHBEARER, checking each token
#        with a POST to that RFC 7662 introspection URL (tests/servers/oauth2/oauth2-server.py);
#        the answer's "username" must be the login name. DOVECOT_OAUTH2_CA is the CA file that
#        URL's certificate chains to (default: DIR/ca/ca.pem). Passwords keep working.
#        DOVECOT_QUOTA_LIMIT=3M gives quota@example.test that much storage (Dovecot's quota_rule
#        sizes: 500k, 3M, 1G); APPEND beyond it gets NO [OVERQUOTA]. Other users have no limit.
# stop:  stops that Dovecot by its pid, and the processes still serving its clients, and waits until
#        they have gone: a client's next command gets "* BYE Server shutting down." or a closed
#        connection. DIR is kept (logs: DIR/log); `start DIR` again serves the same mail.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

if [ $# -lt 2 ]; then
    echo "usage: $0 start|stop DIR [ADDRESS]" >&2
    exit 2
fi
action=$1
dir=$2
address=${3:-127.0.0.1}

stop_server() {
    local pidfile=$dir/run/master.pid
    [ -f "$pidfile" ] || return 0
    local pid
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
        # The master leaves the processes that serve a client running (imap, imap-login; even with
        # shutdown_clients = yes), and a client could go on copying to a "stopped" server: those
        # are ended too. Its children, by pid, taken before it goes; the name excludes a reused pid.
        local children child name instance reversed=
        children=$(cat /proc/"$pid"/task/*/children 2>/dev/null || true)
        instance=portpilot-test-$(basename "$(cd "$dir" && pwd)")
        kill "$pid"
        wait_gone "$pid"
        # Newest first: the log process stays to record the others' ends.
        for child in $children; do
            reversed="$child $reversed"
        done
        for child in $reversed; do
            name=$({ tr '\0' ' ' < /proc/"$child"/cmdline; } 2>/dev/null || true)
            case $name in
                "dovecot-$instance/"*)
                    kill "$child" 2>/dev/null || true
                    wait_gone "$child"
                    ;;
            esac
        done
    fi
    rm -f "$pidfile"
}

# Waits up to 10 s for the process PID to end, then kills it. A zombie has ended (only its parent's
# wait is missing, and an init that never reaps would leave it forever).
wait_gone() {
    local state
    for _ in $(seq 100); do
        state=$(sed -n 's/.*) \(.\).*/\1/p' /proc/"$1"/stat 2>/dev/null || true)
        [ -n "$state" ] && [ "$state" != Z ] || return 0
        sleep 0.1
    done
    kill -9 "$1" 2>/dev/null || true
}

# Prints PORT when ADDRESS:PORT can be bound right now, otherwise a free port the kernel picks.
pick_port() {
    python3 - "$address" "$1" <<'PY'
import socket, sys
address, port = sys.argv[1], int(sys.argv[2])
family = socket.AF_INET6 if ":" in address else socket.AF_INET
def try_bind(p):
    s = socket.socket(family, socket.SOCK_STREAM)
    # As Dovecot binds: connections of a Dovecot that just stopped (TIME_WAIT) do not block the port.
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind((address, p))
        return s.getsockname()[1]
    except OSError:
        return None
    finally:
        s.close()
print(try_bind(port) or try_bind(0))
PY
}

# /usr/sbin is not on every PATH (ctest environments, sudo-less shells).
dovecot_bin=$(command -v dovecot || true)
[ -n "$dovecot_bin" ] || dovecot_bin=/usr/sbin/dovecot

case $action in
stop)
    stop_server
    exit 0
    ;;
start)
    if [ ! -x "$dovecot_bin" ]; then
        echo "dovecot.sh: dovecot is not installed (scripts/install-deps.sh test installs it)" >&2
        exit 1
    fi
    ;;
*)
    echo "usage: $0 start|stop DIR [ADDRESS]" >&2
    exit 2
    ;;
esac

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
stop_server
# The mail user (dovecot's uid) must be able to enter every parent of its home.
chmod 755 "$dir"
p=$dir
while [ "$p" != "/" ]; do
    p=$(dirname "$p")
    chmod o+x "$p" 2>/dev/null || true
done

[ -s "$dir/ca/ca.pem" ] || "$here/make-test-ca.sh" "$dir/ca" "$address" >/dev/null
cert=${DOVECOT_CERT:-$dir/ca/${DOVECOT_CERT_NAME:-server}.pem}
key=${DOVECOT_KEY:-$dir/ca/${DOVECOT_CERT_NAME:-server}.key}

uid=$(id -u dovecot)
gid=$(id -g dovecot)
mkdir -p "$dir/run" "$dir/state" "$dir/home"
rm -f "$dir/log"

special_password=$(printf 'p "q'"'"'u\\o{te} \303\237\303\276  ')
printf '%s' "$special_password" > "$dir/special-password"
b64() { printf '%s' "$1" | base64 -w0; }
: > "$dir/passwd"
: > "$dir/users.tsv"
# add_user LOGIN PASSWORD [EXTRA_FIELDS]: EXTRA_FIELDS (space-separated name=value) are the user's own
# settings, e.g. userdb_quota_rule.
add_user() {
    mkdir -p "$dir/home/$1"
    chown "$uid:$gid" "$dir/home/$1"
    printf '%s:{PLAIN.b64}%s:%s:%s::%s::%s\n' "$1" "$(b64 "$2")" "$uid" "$gid" "$dir/home/$1" "${3:-}" \
        >> "$dir/passwd"
    printf '%s\t%s\n' "$1" "$2" >> "$dir/users.tsv"
}
add_user anna@example.test anna-secret
add_user bob bob-secret
add_user special@example.test "$special_password"
# The wizard's GUI test (TestWizardDiscovery) finds this Dovecot by guessing for guess.test and logs in.
add_user anna@guess.test anna-secret
# `portpilot check chk-healthy.test --address anna@chk-healthy.test` logs in with this (TestDomainCheck).
add_user anna@chk-healthy.test anna-secret
# tests/check/check-domain-oauth2.sh: the OAuth2 logins of `portpilot check chk-oauthlogin.test` (the
# stored sign-in and --sign-in); the passwords are never used there.
add_user anna@chk-oauthlogin.test anna-secret
add_user carl@chk-oauthlogin.test carl-secret
add_user anna@chk-jmaplogin.test anna-secret
add_user anna@chk-jmaphop.test anna-secret
# TestDomainCheck: the password of these goes to their domains' servers, never to the servers an
# Autodiscover answer from elsewhere names (where it would work as well)
for domain in chk-adredirect.test chk-adhttp.test chk-adhops.test; do
    add_user "anna@$domain" anna-secret
done
add_user migrate@example.test migrate-secret
# The quota is this user's alone (no global rule), so a full mailbox here leaves the others unlimited.
quota_settings=
if [ -n "${DOVECOT_QUOTA_LIMIT:-}" ]; then
    add_user quota@example.test quota-secret "userdb_quota_rule=*:storage=$DOVECOT_QUOTA_LIMIT"
    quota_settings="mail_plugins = \$mail_plugins quota
protocol imap {
  mail_plugins = \$mail_plugins imap_quota
}
plugin {
  quota = count:User quota
  quota_vsizes = yes
}"
else
    add_user quota@example.test quota-secret
fi
chmod 644 "$dir/passwd"

imap=$(pick_port 143)
imaps=$(pick_port 993)
pop3=$(pick_port 110)
pop3s=$(pick_port 995)
submission=$(pick_port 587)
submissions=$(pick_port 465)
# A relay port nobody listens on: AUTH works without a relay, sending is not tested here.
relay=$(pick_port 1)

if [ "${DOVECOT_PLAINTEXT:-no}" = yes ]; then plaintext_disabled=no; else plaintext_disabled=yes; fi

mechanisms=${DOVECOT_MECHANISMS:-plain login cram-md5}

tls_settings=
case ${DOVECOT_TLS:-} in
    '') ;;
    legacy | legacy-only)
        tls_settings="ssl_min_protocol = TLSv1
ssl_cipher_list = DEFAULT:@SECLEVEL=0"
        if [ "$DOVECOT_TLS" = legacy-only ]; then
            cat > "$dir/openssl.cnf" <<SSLCONF
openssl_conf = portpilot_test
[portpilot_test]
ssl_conf = portpilot_ssl
[portpilot_ssl]
system_default = portpilot_tls
[portpilot_tls]
MaxProtocol = TLSv1.1
CipherString = DEFAULT:@SECLEVEL=0
SSLCONF
            # Dovecot passes its services only the environment it is told to.
            tls_settings="$tls_settings
import_environment = TZ CORE_OUTOFMEM CORE_ERROR LISTEN_PID LISTEN_FDS OPENSSL_CONF=$dir/openssl.cnf"
        fi
        ;;
    *)
        echo "dovecot.sh: DOVECOT_TLS must be legacy or legacy-only, not '$DOVECOT_TLS'" >&2
        exit 2
        ;;
esac
oauth2_passdb=
password_mechanisms=
if [ -n "${DOVECOT_OAUTH2_INTROSPECTION:-}" ]; then
    cat > "$dir/dovecot-oauth2.conf.ext" <<OAUTH2
introspection_mode = post
introspection_url = $DOVECOT_OAUTH2_INTROSPECTION
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
tls_ca_cert_file = ${DOVECOT_OAUTH2_CA:-$dir/ca/ca.pem}
OAUTH2
    # Each passdb serves its own mechanisms: a token is never compared with a password.
    password_mechanisms="  mechanisms = $mechanisms"
    oauth2_passdb="passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $dir/dovecot-oauth2.conf.ext
}"
    mechanisms="$mechanisms xoauth2 oauthbearer"
fi

listen=$address
case $address in *:*) listen="[$address]" ;; esac

cat > "$dir/dovecot.conf" <<CONF
# Written by tests/servers/dovecot.sh
protocols = imap pop3 submission
listen = $listen
base_dir = $dir/run
state_dir = $dir/state
instance_name = portpilot-test-$(basename "$dir")
log_path = $dir/log
info_log_path = $dir/log
debug_log_path = $dir/log
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = 1
# LAYOUT=fs: Maildir++ would store "a/b" as ".a.b" and could not hold a "." in a name.
mail_location = maildir:~/Maildir:LAYOUT=fs
# fcntl() locks (the default) can fail with EDEADLK when two sessions of one user create and poll
# a folder at once, and Dovecot then panics and drops the connection (seen in TestMigrateDovecot).
lock_method = flock
namespace inbox {
  inbox = yes
  separator = /
  mailbox "Sent Messages" {
    special_use = \\Sent
    auto = create
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = create
  }
  mailbox "Deleted Messages" {
    special_use = \\Trash
    auto = create
  }
  mailbox Junk {
    special_use = \\Junk
    auto = create
  }
  mailbox Archive {
    special_use = \\Archive
    auto = no
  }
}
$quota_settings
ssl = yes
ssl_cert = <$cert
ssl_key = <$key
ssl_dh = </usr/share/dovecot/dh.pem
$tls_settings
disable_plaintext_auth = $plaintext_disabled
auth_mechanisms = $mechanisms
auth_verbose = yes
auth_failure_delay = 0
login_trusted_networks =
verbose_proctitle = no
shutdown_clients = yes
hostname = mail.example.test
submission_relay_host = 127.0.0.1
submission_relay_port = $relay
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/passwd
$password_mechanisms
}
$oauth2_passdb
userdb {
  driver = passwd-file
  args = username_format=%u $dir/passwd
}
service imap-login {
  inet_listener imap {
    port = $imap
  }
  inet_listener imaps {
    port = $imaps
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = $pop3
  }
  inet_listener pop3s {
    port = $pop3s
    ssl = yes
  }
}
service submission-login {
  inet_listener submission {
    port = $submission
  }
  inet_listener submissions {
    port = $submissions
    ssl = yes
  }
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
CONF

"$dovecot_bin" -c "$dir/dovecot.conf"

# Wait until every listener accepts connections.
ready=no
for _ in $(seq 100); do
    if python3 - "$address" $imap $imaps $pop3 $pop3s $submission $submissions <<'PY'
import socket, sys
address = sys.argv[1]
for port in sys.argv[2:]:
    try:
        socket.create_connection((address, int(port)), timeout=1).close()
    except OSError:
        sys.exit(1)
PY
    then
        ready=yes
        break
    fi
    sleep 0.1
done
if [ $ready != yes ]; then
    echo "dovecot did not start; log follows" >&2
    cat "$dir/log" >&2 || true
    stop_server
    exit 1
fi

cat > "$dir/ports.env" <<ENV
ADDRESS=$address
IMAP_PORT=$imap
IMAPS_PORT=$imaps
POP3_PORT=$pop3
POP3S_PORT=$pop3s
SUBMISSION_PORT=$submission
SUBMISSIONS_PORT=$submissions
CA_FILE=$dir/ca/ca.pem
PID=$(cat "$dir/run/master.pid")
ENV
cat "$dir/ports.env"
