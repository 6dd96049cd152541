#!/bin/bash
# A real JMAP server for the tests: Cyrus IMAP's httpd with only its JMAP module, HTTPS on
# ADDRESS:443 with the certificate in DIR/ca (server.pem, server.key: the caller copies the test
# world's there), everything else in DIR. Needs Debian's cyrus-common, cyrus-caldav (httpd) and
# sasl2-bin; not cyrus-imapd, which conflicts with dovecot-imapd.
#
# Usage: cyrus-jmap.sh start DIR ADDRESS PASSWORD USER...
#        cyrus-jmap.sh stop DIR
#
# Each USER (an address, e.g. anna@chk-jmaplogin.test) gets PASSWORD in a sasldb of its own
# (DIR/sasldb2: a wrong password is refused for real) and a mailbox with one message. The session resource is
# https://NAME/jmap (NAME: whatever host name leads to ADDRESS); /.well-known/jmap redirects there. Cyrus runs as its own user "cyrus". Needs root.
set -euo pipefail

bin=/usr/lib/cyrus/bin

if [ $# -lt 2 ]; then
    echo "usage: $0 start DIR ADDRESS PASSWORD USER... | stop DIR" >&2
    exit 2
fi
action=$1
dir=$2

stop_server() {
    local pid
    pid=$(cat "$dir/master.pid" 2>/dev/null || true)
    rm -f "$dir/master.pid"
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || return 0
    # master stops its children and ends; 5 s at most.
    timeout 5 tail --pid="$pid" -f /dev/null || kill -9 "$pid" 2>/dev/null || true
}

if [ "$action" = stop ]; then
    stop_server
    exit 0
fi
if [ "$action" != start ] || [ $# -lt 5 ]; then
    echo "usage: $0 start DIR ADDRESS PASSWORD USER... | stop DIR" >&2
    exit 2
fi
address=$3
password=$4
shift 4
users=("$@")

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
stop_server
# Cyrus (its own uid) must be able to enter every parent of its folder.
p=$dir
while [ "$p" != "/" ]; do
    p=$(dirname "$p")
    chmod o+x "$p" 2>/dev/null || true
done
rm -rf "$dir/conf" "$dir/spool" "$dir/sieve" "$dir/run" "$dir/log"
mkdir -p "$dir/conf" "$dir/spool" "$dir/sieve" "$dir/run"

cat > "$dir/imapd.conf" <<CONF
configdirectory: $dir/conf
defaultpartition: default
partition-default: $dir/spool
sievedir: $dir/sieve
proc_path: $dir/run/proc
mboxname_lockpath: $dir/run/lock
lmtpsocket: $dir/run/lmtp
idlesocket: $dir/run/idle
notifysocket: $dir/run/notify
syslog_prefix: portpilot-cyrus
virtdomains: userid
unixhierarchysep: yes
altnamespace: yes
admins: cyrus
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: $dir/sasldb2
sasl_mech_list: PLAIN
autocreate_quota: 0
autocreate_post: 1
conversations: 1
conversations_db: twoskip
httpmodules: jmap
httpallowcompress: no
tls_server_cert: $dir/ca/server.pem
tls_server_key: $dir/ca/server.key
CONF

# master does not hand its -C to the programs it starts.
cat > "$dir/cyrus.conf" <<CONF
START {
    recover cmd="ctl_cyrusdb -C $dir/imapd.conf -r"
}
SERVICES {
    lmtpunix cmd="lmtpd -C $dir/imapd.conf" listen="$dir/run/lmtp" prefork=0
    https cmd="httpd -C $dir/imapd.conf -s" listen="$address:443" prefork=0
}
EVENTS {
}
CONF

rm -f "$dir/sasldb2"
for user in "${users[@]}"; do
    printf '%s' "$password" | saslpasswd2 -p -c -f "$dir/sasldb2" -u "${user#*@}" "${user%@*}"
done
chown -R cyrus:mail "$dir/conf" "$dir/spool" "$dir/sieve" "$dir/run" "$dir/sasldb2"
chmod 644 "$dir/imapd.conf" "$dir/cyrus.conf"
chmod 755 "$dir" "$dir/ca"
chmod 644 "$dir/ca/server.pem" "$dir/ca/server.key"

"$bin/master" -C "$dir/imapd.conf" -M "$dir/cyrus.conf" -p "$dir/master.pid" -d

# The user's mailbox: autocreated when the first message arrives (autocreate_post), delivered
# through lmtpd's socket as soon as master listens. (Not by an IMAP login: Debian's cyrus-imapd
# conflicts with dovecot-imapd, which the other tests need.)
for _ in $(seq 100); do
    [ -S "$dir/run/lmtp" ] && break
    sleep 0.05
done
for user in "${users[@]}"; do
    printf 'From: setup@example.test\r\nTo: %s\r\nSubject: Welcome\r\nMessage-ID: <welcome@portpilot.test>\r\n\r\nThe test account'"'"'s first message.\r\n' \
        "$user" | "$bin/deliver" -C "$dir/imapd.conf" -r setup@example.test "$user"
done
echo "Cyrus JMAP on https://$address/.well-known/jmap (users ${users[*]})"
