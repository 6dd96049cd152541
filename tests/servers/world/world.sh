#!/bin/bash
# The discovery test world: a network namespace with its own DNS (dnsmasq), HTTPS/HTTP
# autoconfig server (nginx) and adversarial servers, so `portpilot discover` runs with its
# own resolver and TLS code unmodified (`ip netns exec NAME portpilot discover ...`).
#
# Usage: world.sh start DIR NAME      (NAME: a unique namespace name, e.g. ppdisc-$$)
#        world.sh stop DIR NAME
#
# start writes DIR/world.env (NETNS, CA_FILE, ISPDB_URL, ACCESS_LOG, DOVECOT_ADDRESS) and prints it.
# Needs root, iproute2, nftables, dnsmasq, nginx, openssl, python3.
# Inside the namespace (only loopback exists; nothing can leave the machine):
#   127.0.0.1   dnsmasq :53 (answers *.test, NXDOMAIN for the rest), nginx :443 and :80
#   127.0.0.30  an HTTPS server whose answer never ends (endless-https.py)
#   127.0.0.66  a host that never answers: nftables drops every packet to it
#   127.0.0.20  Dovecot from tests/servers/dovecot.sh (IMAP, POP3, submission) for *.guess.test
#   127.0.0.21  a plaintext-only IMAP/SMTP server (plaintext-only.py) for *.plainonly.test
# The test domains and what each one exercises are listed in docs/discovery.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
servers=$(cd "$here/.." && pwd)

if [ $# -ne 3 ]; then
    echo "usage: $0 start|stop DIR NAME" >&2
    exit 2
fi
action=$1
dir=$2
name=$3

kill_pidfile() {
    local file=$1
    [ -f "$file" ] || return 0
    local pid
    pid=$(cat "$file" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

stop_world() {
    kill_pidfile "$dir/nginx.pid"
    kill_pidfile "$dir/dnsmasq.pid"
    kill_pidfile "$dir/endless.pid"
    kill_pidfile "$dir/plaintext.pid"
    if [ -x "$servers/dovecot.sh" ] && [ -d "$dir/dovecot" ]; then
        ip netns exec "$name" "$servers/dovecot.sh" stop "$dir/dovecot" >/dev/null 2>&1 || true
    fi
    ip netns del "$name" 2>/dev/null || true
    rm -rf "/etc/netns/$name"
}

if [ "$action" = stop ]; then
    stop_world
    exit 0
fi
if [ "$action" != start ]; then
    echo "usage: $0 start|stop DIR NAME" >&2
    exit 2
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
trap 'stop_world' ERR

# --- certificates: every HTTPS name of the world, signed by a fresh test CA
https_names=(autoconfig.https-ok.test wellknown.test ispdb.test autoconfig.priority.test autoconfig.hoster.test
    autoconfig.broken.test autoconfig.hostile.test autoconfig.redirect.test autoconfig.evil.test
    autoconfig.sameredirect.test www.sameredirect.test autoconfig.big.test autoconfig.endless.test
    autoconfig.xn--bcher-kva.test autoconfig.http-only.test
    imap.guess.test smtp.guess.test mail.guess.test guess.test
    mail.plainonly.test plainonly.test autoconfig.loop.test autoconfig.downgrade.test autoconfig.oneside.test)
"$servers/make-test-ca.sh" "$dir/ca" "${https_names[@]}" >/dev/null

# --- autoconfig documents
www=$dir/www
wwwhttp=$dir/www-http
rm -rf "$www" "$wwwhttp"
# config FILE DOMAIN HOSTPREFIX: a valid clientConfig whose servers are HOSTPREFIX-imap/-smtp
config() {
    mkdir -p "$(dirname "$1")"
    cat > "$1" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="$2">
    <domain>$2</domain>
    <displayName>Test provider $2</displayName>
    <incomingServer type="imap">
      <hostname>imap.$3</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.$3</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
XML
}
config "$www/autoconfig.https-ok.test/mail/config-v1.1.xml" https-ok.test https-ok.test
config "$www/wellknown.test/.well-known/autoconfig/mail/config-v1.1.xml" wellknown.test wellknown.test
config "$www/ispdb.test/v1.1/ispdb-only.test" ispdb-only.test ispdb-only.test
config "$www/autoconfig.priority.test/mail/config-v1.1.xml" priority.test from-provider.priority.test
config "$www/ispdb.test/v1.1/priority.test" priority.test from-ispdb.priority.test
config "$www/autoconfig.hoster.test/mail/config-v1.1.xml" hoster.test hoster.test
config "$www/autoconfig.evil.test/mail/config-v1.1.xml" evil.test evil.test
config "$www/www.sameredirect.test/mail/config-v1.1.xml" sameredirect.test sameredirect.test
config "$www/autoconfig.xn--bcher-kva.test/mail/config-v1.1.xml" xn--bcher-kva.test xn--bcher-kva.test
config "$wwwhttp/autoconfig.http-only.test/mail/config-v1.1.xml" http-only.test http-only.test
config "$wwwhttp/autoconfig.downgrade.test/mail/config-v1.1.xml" downgrade.test downgrade.test
# a valid document with nothing for outgoing mail: not an answer
config "$www/autoconfig.oneside.test/mail/config-v1.1.xml" oneside.test oneside.test
sed -i '/<outgoingServer/,/<\/outgoingServer>/d' "$www/autoconfig.oneside.test/mail/config-v1.1.xml"
mkdir -p "$www/autoconfig.broken.test/mail" "$www/autoconfig.hostile.test/mail" "$www/autoconfig.big.test/mail"
printf '<?xml version="1.0"?>\n<clientConfig version="1.1"><emailProvider id="broken.test"><incomingServer type="imap"><hostname>imap.broken.test</host' \
    > "$www/autoconfig.broken.test/mail/config-v1.1.xml"
cat > "$www/autoconfig.hostile.test/mail/config-v1.1.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE clientConfig [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<clientConfig version="1.1"><emailProvider id="hostile.test"><domain>&d;</domain>
<incomingServer type="imap"><hostname>imap.hostile.test</hostname><port>993</port><socketType>SSL</socketType>
<authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username></incomingServer>
</emailProvider></clientConfig>
XML
# 50 MB that nginx announces in Content-Length (sparse: it costs no disk)
truncate -s 50M "$www/autoconfig.big.test/mail/config-v1.1.xml"

# --- nginx
mkdir -p "$dir/nginx-tmp"
cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
user root;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 128; }
http {
    default_type application/xml;
    log_format withhost '\$scheme://\$host\$request_uri \$status';
    access_log $dir/access.log withhost;
    client_body_temp_path $dir/nginx-tmp/body;
    proxy_temp_path $dir/nginx-tmp/proxy;
    fastcgi_temp_path $dir/nginx-tmp/fastcgi;
    uwsgi_temp_path $dir/nginx-tmp/uwsgi;
    scgi_temp_path $dir/nginx-tmp/scgi;
    ssl_certificate $dir/ca/server.pem;
    ssl_certificate_key $dir/ca/server.key;
    server {
        listen 127.0.0.1:443 ssl default_server;
        root $www/\$host;
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name autoconfig.wrongcert.test;
        ssl_certificate $dir/ca/wrongname.pem;
        ssl_certificate_key $dir/ca/wrongname.key;
        root $www/\$host;
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name autoconfig.redirect.test;
        return 302 https://autoconfig.evil.test/mail/config-v1.1.xml;
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name autoconfig.sameredirect.test;
        return 301 https://www.sameredirect.test/mail/config-v1.1.xml;
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name autoconfig.loop.test;
        location / { return 301 https://autoconfig.loop.test/again\$uri; }
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name autoconfig.downgrade.test;
        return 302 http://autoconfig.downgrade.test/mail/config-v1.1.xml;
    }
    server {
        listen 127.0.0.1:80 default_server;
        root $wwwhttp/\$host;
    }
}
CONF
# a copy for the wrong-name host, so it has a file to serve once TLS passes (it must not)
config "$www/autoconfig.wrongcert.test/mail/config-v1.1.xml" wrongcert.test wrongcert.test

# --- namespace, resolver, firewall
stop_world 2>/dev/null || true
trap 'stop_world' ERR
ip netns add "$name"
ip -n "$name" link set lo up
mkdir -p "/etc/netns/$name"
echo "nameserver 127.0.0.1" > "/etc/netns/$name/resolv.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "/etc/netns/$name/hosts"
ip netns exec "$name" nft -f - <<'NFT'
table inet portpilot_world {
    chain output {
        type filter hook output priority 0; policy accept;
        ip daddr 127.0.0.66 drop
    }
}
NFT

# --- DNS
dns=(--conf-file=/dev/null --no-resolv --no-hosts --no-poll --bind-interfaces --listen-address=127.0.0.1 --port=53
    --user=root --group=root --pid-file="$dir/dnsmasq.pid" --log-facility="$dir/dnsmasq.log" --log-queries
    --local=/test/)
a() { dns+=(--host-record="$1,$2"); }
for host in "${https_names[@]}" autoconfig.wrongcert.test; do
    [ "$host" = autoconfig.endless.test ] || a "$host" 127.0.0.1
done
a autoconfig.endless.test 127.0.0.30
a autoconfig.dead.test 127.0.0.66
a dead.test 127.0.0.66
a imap.dead.test 127.0.0.66
a mail.dead.test 127.0.0.66
a smtp.dead.test 127.0.0.66
dns+=(--mx-host=mx-hosted.test,mx1.hoster.test,10)
dns+=(--mx-host=mx-google.test,aspmx.l.google.com,1)
dns+=(--mx-host=dead.test,mx.dead.test,10)
dns+=(--srv-host=_imaps._tcp.srv.test,imap2.srv.test,993,10,5)
dns+=(--srv-host=_imaps._tcp.srv.test,imap1.srv.test,993,0,1)
dns+=(--srv-host=_submission._tcp.srv.test,smtp.srv.test,587,0,1)
dns+=(--srv-host=_pop3s._tcp.srv.test)
dns+=(--srv-host=_imaps._tcp.srvnone.test)
dns+=(--srv-host=_submissions._tcp.srvnone.test)
# guessing: the Dovecot of the test answers on 127.0.0.20 for these names
for host in imap.guess.test smtp.guess.test mail.guess.test guess.test pop.guess.test pop3.guess.test; do
    a "$host" 127.0.0.20
done
for host in mail.plainonly.test plainonly.test imap.plainonly.test smtp.plainonly.test; do
    a "$host" 127.0.0.21
done
ip netns exec "$name" dnsmasq "${dns[@]}"

# --- web servers
ip netns exec "$name" nginx -c "$dir/nginx.conf" -p "$dir" -e "$dir/nginx-error.log"
ip netns exec "$name" python3 "$here/endless-https.py" 127.0.0.30 443 "$dir/ca/server.pem" "$dir/ca/server.key" \
    > "$dir/endless.log" 2>&1 &
echo $! > "$dir/endless.pid"
ip netns exec "$name" python3 "$here/plaintext-only.py" 127.0.0.21 > "$dir/plaintext.log" 2>&1 &
echo $! > "$dir/plaintext.pid"
for _ in $(seq 100); do
    grep -q ready "$dir/endless.log" 2>/dev/null && grep -q ready "$dir/plaintext.log" 2>/dev/null &&
        [ -s "$dir/nginx.pid" ] && break
    sleep 0.05
done

# --- Dovecot (tests/servers/dovecot.sh) for guessing, with the world's certificates
if [ -x "$servers/dovecot.sh" ]; then
    mkdir -p "$dir/dovecot"
    cp -r "$dir/ca" "$dir/dovecot/ca"
    ip netns exec "$name" "$servers/dovecot.sh" start "$dir/dovecot" 127.0.0.20 > "$dir/dovecot-start.log" 2>&1
fi

cat > "$dir/world.env" <<ENV
NETNS=$name
CA_FILE=$dir/ca/ca.pem
ISPDB_URL=https://ispdb.test/v1.1/
ACCESS_LOG=$dir/access.log
DOVECOT_ADDRESS=127.0.0.20
ENV
cat "$dir/world.env"
