#!/bin/bash
# The discovery test world: a network namespace with its own DNS (dnsmasq), HTTPS/HTTP
# autoconfig server (nginx) and adversarial servers, so `portpilot discover` runs with its
# own resolver and TLS code unmodified (`ip netns exec NAME portpilot discover ...`).
#
# Usage: world.sh start DIR NAME      (NAME: a unique namespace name, e.g. ppdisc-$$)
#        world.sh stop DIR NAME
#        world.sh restart-dns DIR NAME  (reads DIR/dns.d/*.conf again: a test that changed a
#                                        domain's records there, e.g. applied a fix)
#
# start writes DIR/world.env (NETNS, CA_FILE, ISPDB_URL, ACCESS_LOG, DOVECOT_ADDRESS) and prints it.
# Needs root, iproute2, nftables, dnsmasq, nginx, openssl, python3.
# Inside the namespace (only loopback exists; nothing can leave the machine):
#   127.0.0.1   dnsmasq :53 (answers *.test, NXDOMAIN for the rest), nginx :443 and :80
#   127.0.0.30  an HTTPS server whose answer never ends (endless-https.py)
#   127.0.0.66  a host that never answers: nftables drops every packet to it
#   127.0.0.20  Dovecot from tests/servers/dovecot.sh (IMAP, POP3, submission) for *.guess.test
#   127.0.0.21  a plaintext-only IMAP/SMTP server (plaintext-only.py) for *.plainonly.test
#   127.0.0.22  a second Dovecot that offers plaintext logins before TLS (chk-plainauth.test)
#   127.0.0.23  plaintext-only.py with SMTP on 587 and no STARTTLS (chk-nostarttls.test)
#   127.0.0.24  a Dovecot that also accepts TLS 1.0 and 1.1 (chk-tlslegacy.test)
#   127.0.0.25  a Dovecot that accepts only TLS 1.0 and 1.1 (chk-tlsold.test)
#   127.0.0.26  (started by tests/check/check-domain-oauth2.sh) a Dovecot with the oauth2 passdb
#               for chk-oauthlogin.test, whose issuer (oauth2-server.py) it runs on 127.0.0.27
#   127.0.0.28  Cyrus IMAP's JMAP server from tests/servers/cyrus-jmap.sh (jmap.chk-jmaplogin.test,
#               jmap.chk-jmaphop.test)
# The test domains and what each one exercises are listed in docs/discovery.md; the chk-*.test
# domains of `portpilot check` (each broken one way, chk-healthy.test not at all) in docs/check.md.
# Each chk-*.test domain has its DNS records in DIR/dns.d/DOMAIN.conf (dnsmasq syntax).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
servers=$(cd "$here/.." && pwd)

if [ $# -ne 3 ]; then
    echo "usage: $0 start|stop|restart-dns|fix-tls DIR NAME" >&2
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
    kill_pidfile "$dir/plaintext-submission.pid"
    # Cyrus's master takes about 2 s to end: meanwhile the others stop.
    local cyrus_stop=
    if [ -d "$dir/cyrus" ]; then
        "$servers/cyrus-jmap.sh" stop "$dir/cyrus" >/dev/null 2>&1 &
        cyrus_stop=$!
    fi
    for d in dovecot dovecot-plain dovecot-tlslegacy dovecot-tlsold; do
        if [ -x "$servers/dovecot.sh" ] && [ -d "$dir/$d" ]; then
            ip netns exec "$name" "$servers/dovecot.sh" stop "$dir/$d" >/dev/null 2>&1 || true
        fi
    done
    if [ -n "$cyrus_stop" ]; then
        wait "$cyrus_stop" || true
    fi
    ip netns del "$name" 2>/dev/null || true
    rm -rf "/etc/netns/$name"
}

# dnsmasq with the arguments start saved in DIR/dnsmasq.args (one per line).
start_dns() {
    local args=()
    mapfile -t args < "$dir/dnsmasq.args"
    ip netns exec "$name" dnsmasq "${args[@]}"
}

if [ "$action" = stop ]; then
    stop_world
    exit 0
fi
# The Dovecots of chk-tlslegacy.test (TLS 1.0 to 1.3) and chk-tlsold.test (only TLS 1.0 and 1.1), at
# DOVECOT_TLS=MODE (legacy, legacy-only) or, with MODE empty, as the check's fix says: 1.2 and newer.
start_tls_dovecots() {
    local mode=$1
    for pair in tlslegacy:127.0.0.24:legacy tlsold:127.0.0.25:legacy-only; do
        local instance=${pair%%:*} rest=${pair#*:}
        local address=${rest%%:*} tls=${rest#*:}
        [ "$mode" = fixed ] && tls=
        mkdir -p "$dir/dovecot-$instance"
        [ -d "$dir/dovecot-$instance/ca" ] || cp -r "$dir/ca" "$dir/dovecot-$instance/ca"
        DOVECOT_TLS=$tls ip netns exec "$name" "$servers/dovecot.sh" start "$dir/dovecot-$instance" "$address" \
            > "$dir/dovecot-$instance-start.log" 2>&1
    done
}
if [ "$action" = fix-tls ]; then
    dir=$(cd "$dir" && pwd)
    start_tls_dovecots fixed # dovecot.sh start stops the running one first
    exit 0
fi
if [ "$action" = restart-dns ]; then
    dir=$(cd "$dir" && pwd)
    kill_pidfile "$dir/dnsmasq.pid"
    start_dns
    for _ in $(seq 100); do
        [ -s "$dir/dnsmasq.pid" ] && break
        sleep 0.05
    done
    exit 0
fi
if [ "$action" != start ]; then
    echo "usage: $0 start|stop|restart-dns DIR NAME" >&2
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
    mail.plainonly.test plainonly.test autoconfig.loop.test autoconfig.downgrade.test autoconfig.oneside.test
    autoconfig.links.test
    autoconfig.chk-healthy.test mx.chk-healthy.test autoconfig.chk-certname.test autoconfig.chk-expired.test
    autoconfig.chk-badxml.test autoconfig.chk-wrongport.test autoconfig.chk-srvwrong.test www.chk-srvwrong.test
    autoconfig.chk-nostarttls.test autoconfig.chk-plainauth.test autoconfig.chk-redirect.test
    autoconfig.chk-mxother.test autoconfig.chk-soon.test
    autoconfig.chk-jmap.test mx.chk-jmap.test jmap.chk-jmap.test
    autoconfig.chk-jmapsrv.test mx.chk-jmapsrv.test chk-jmapsrv.test
    autoconfig.chk-jmapbroken.test mx.chk-jmapbroken.test www.chk-jmapbroken.test autoconfig.chk-httponly.test
    autoconfig.chk-tlslegacy.test autoconfig.chk-tlsold.test
    autoconfig.chk-schema.test autoconfig.chk-placeholder.test autoconfig.chk-oauth2.test login.chk-oauth2.test
    autoconfig.chk-needsaddress.test autoconfig.chk-kmail.test mx.chk-kmail.test autoconfig.chk-oauthlogin.test
    autoconfig.chk-jmaplogin.test mx.chk-jmaplogin.test
    autoconfig.chk-jmaphop.test mx.chk-jmaphop.test www.chk-jmaphop.test
    echo.authredirect.test other.authredirect.test
    autoconfig.chk-autodiscover.test mx.chk-autodiscover.test autodiscover.chk-autodiscover.test
    autoconfig.chk-aderror.test mx.chk-aderror.test autodiscover.chk-aderror.test
    autoconfig.chk-adnotpox.test mx.chk-adnotpox.test autodiscover.chk-adnotpox.test
    autoconfig.chk-adgetonly.test mx.chk-adgetonly.test autodiscover.chk-adgetonly.test
    autoconfig.chk-addiffers.test mx.chk-addiffers.test autodiscover.chk-addiffers.test
    autoconfig.chk-adredirect.test mx.chk-adredirect.test autodiscover.chk-adredirect.test chk-adredirect.test
    autoconfig.chk-adhops.test mx.chk-adhops.test autodiscover.chk-adhops.test chk-adhops.test
    autoconfig.chk-adhttp.test mx.chk-adhttp.test autodiscover.chk-adhttp.test)
# The mail servers of the chk-*.test domains (`portpilot check`): Dovecot's certificate names them too.
check_domains=(chk-healthy.test chk-certname.test chk-expired.test chk-badxml.test chk-wrongport.test
    chk-srvwrong.test chk-nostarttls.test chk-plainauth.test chk-redirect.test chk-mxother.test chk-soon.test
    chk-jmap.test chk-jmapsrv.test chk-jmapbroken.test chk-httponly.test chk-tlslegacy.test chk-tlsold.test
    chk-schema.test chk-placeholder.test chk-oauth2.test chk-needsaddress.test chk-kmail.test
    chk-oauthlogin.test chk-jmaplogin.test chk-jmaphop.test
    chk-autodiscover.test chk-aderror.test chk-adnotpox.test chk-adgetonly.test chk-addiffers.test chk-adredirect.test
    chk-adhops.test chk-adhttp.test)
# Domains whose mail is set up as chk-healthy.test's (autoconfig, MX to itself, SRV); the chk-jmap*
# ones differ in JMAP only, the chk-a*.test ones in Autodiscover only.
autodiscover_domains=(chk-autodiscover.test chk-aderror.test chk-adnotpox.test chk-adgetonly.test chk-addiffers.test
    chk-adredirect.test chk-adhops.test chk-adhttp.test)
healthy_mail=(chk-healthy.test chk-jmap.test chk-jmapsrv.test chk-jmapbroken.test chk-kmail.test chk-jmaplogin.test
    chk-jmaphop.test "${autodiscover_domains[@]}")
check_server_names=()
for domain in "${check_domains[@]}"; do
    check_server_names+=("imap.$domain" "smtp.$domain")
done
# jmap.chk-jmaplogin.test and jmap.chk-jmaphop.test are Cyrus's own HTTPS (127.0.0.28), not nginx's.
"$servers/make-test-ca.sh" "$dir/ca" "${https_names[@]}" "${check_server_names[@]}" jmap.chk-jmaplogin.test \
    jmap.chk-jmaphop.test >/dev/null

# --- autoconfig documents
www=$dir/www
wwwhttp=$dir/www-http
rm -rf "$www" "$wwwhttp"
# config FILE DOMAIN HOSTPREFIX [IMAPPORT IMAPSOCKET SMTPPORT SMTPSOCKET]: a valid clientConfig
# whose servers are imap.HOSTPREFIX and smtp.HOSTPREFIX (993 SSL and 465 SSL unless given)
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
      <port>${4:-993}</port>
      <socketType>${5:-SSL}</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.$3</hostname>
      <port>${6:-465}</port>
      <socketType>${7:-SSL}</socketType>
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
# links of every kind in a downloaded document: only the https ones may be shown
config "$www/autoconfig.links.test/mail/config-v1.1.xml" links.test links.test
sed -i 's|</emailProvider>|<enable visiturl="javascript:alert(1)"><instruction>Click here first</instruction></enable><enable visiturl="https://help.links.test/imap"><instruction>Turn on IMAP</instruction></enable><documentation url="http://docs.links.test/"><descr>Plain help</descr></documentation></emailProvider>|' \
    "$www/autoconfig.links.test/mail/config-v1.1.xml"
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

# --- the chk-*.test domains of `portpilot check`, each broken one way (docs/check.md)
for domain in "${healthy_mail[@]}" chk-certname.test chk-expired.test chk-srvwrong.test chk-mxother.test \
    chk-soon.test chk-tlslegacy.test chk-tlsold.test chk-schema.test chk-placeholder.test chk-oauth2.test \
    chk-needsaddress.test; do
    config "$www/autoconfig.$domain/mail/config-v1.1.xml" "$domain" "$domain"
done
# asked without ?emailaddress= (as KMail asks), another document: STARTTLS on 143 and 587
config "$www/autoconfig.chk-kmail.test/mail/kmail.xml" chk-kmail.test chk-kmail.test 143 STARTTLS 587 STARTTLS
# against the format, in ways clients forgive: <emailProvider> without id, submission without <username>
sed -i -e 's| id="chk-schema.test"||' -e '/<outgoingServer/,/<\/outgoingServer>/{/<username>/d}' \
    "$www/autoconfig.chk-schema.test/mail/config-v1.1.xml"
# a misspelled placeholder: clients send "%EMAILADRESS%" as the login name
sed -i '/<outgoingServer/,/<\/outgoingServer>/s|%EMAILADDRESS%|%EMAILADRESS%|' \
    "$www/autoconfig.chk-placeholder.test/mail/config-v1.1.xml"
# an <oAuth2> block (in a version 1.1 document) whose tokenURL is not the issuer's token_endpoint
sed -i 's|</emailProvider>|</emailProvider>\n  <oAuth2>\n    <issuer>login.chk-oauth2.test</issuer>\n    <scope>https://chk-oauth2.test/mail</scope>\n    <authURL>https://login.chk-oauth2.test/authorize</authURL>\n    <tokenURL>https://login.chk-oauth2.test/oauth/token</tokenURL>\n  </oAuth2>|' \
    "$www/autoconfig.chk-oauth2.test/mail/config-v1.1.xml"
# not a clientConfig document: cut off in the middle of a tag (SRV records name the working servers)
mkdir -p "$www/autoconfig.chk-badxml.test/mail"
printf '<?xml version="1.0"?>\n<clientConfig version="1.1"><emailProvider id="chk-badxml.test"><incomingServer type="imap"><hostname>imap.chk-badxml.test</host' \
    > "$www/autoconfig.chk-badxml.test/mail/config-v1.1.xml"
# --- Autodiscover (POX) of the chk-a*.test domains, at https://autodiscover.DOMAIN/autodiscover/autodiscover.xml
# pox DOMAIN TYPE HOST PORT ENCRYPTION: the answer to Outlook's POST naming HOST.DOMAIN (TYPE IMAP or
# POP3) and smtp.DOMAIN:465, in the form AutodiscoverExporter writes (TestAutodiscoverReader reads that back), but without
# <LoginName>: a static file cannot know it, and Outlook then logs in with the address
pox() {
    local ssl=on
    [ "$5" = None ] && ssl=off
    mkdir -p "$www/autodiscover.$1/autodiscover"
    cat > "$www/autodiscover.$1/autodiscover/autodiscover.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
    <Account>
      <AccountType>email</AccountType>
      <Action>settings</Action>
      <Protocol>
        <Type>$2</Type>
        <Server>$3.$1</Server>
        <Port>$4</Port>
        <DomainRequired>off</DomainRequired>
        <SPA>off</SPA>
        <SSL>$ssl</SSL>
        <Encryption>$5</Encryption>
        <AuthRequired>on</AuthRequired>
      </Protocol>
      <Protocol>
        <Type>SMTP</Type>
        <Server>smtp.$1</Server>
        <Port>465</Port>
        <DomainRequired>off</DomainRequired>
        <SPA>off</SPA>
        <SSL>on</SSL>
        <Encryption>SSL</Encryption>
        <AuthRequired>on</AuthRequired>
        <UsePOPAuth>off</UsePOPAuth>
        <SMTPLast>off</SMTPLast>
      </Protocol>
    </Account>
  </Response>
</Autodiscover>
XML
}
# the same servers as autoconfig and SRV name (nothing to find); also at chk-adgetonly.test, whose
# web server serves the file for GET only, so Outlook's POST gets 405
pox chk-autodiscover.test IMAP imap 993 SSL
pox chk-adgetonly.test IMAP imap 993 SSL
# POP3 on 995 (at imap.DOMAIN, the name in the certificate) where autoconfig and SRV name IMAP on 993:
# Outlook gets POP3
pox chk-addiffers.test POP3 imap 995 SSL
# the Exchange error for an address it does not know
mkdir -p "$www/autodiscover.chk-aderror.test/autodiscover"
cat > "$www/autodiscover.chk-aderror.test/autodiscover/autodiscover.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
    <Error Time="10:12:19.5190563" Id="2471920447">
      <ErrorCode>500</ErrorCode>
      <Message>The email address can't be found.</Message>
      <DebugData />
    </Error>
  </Response>
</Autodiscover>
XML
# the autoconfig file where Outlook expects POX (a mix-up of the two files)
mkdir -p "$www/autodiscover.chk-adnotpox.test/autodiscover"
config "$www/autodiscover.chk-adnotpox.test/autodiscover/autodiscover.xml" chk-adnotpox.test chk-adnotpox.test
# Outlook is sent on to an address of chk-autodiscover.test, whose Autodiscover answers with its
# servers (and, at https://chk-adredirect.test/autodiscover/, nginx answers the POST with a 302 to
# another server)
mkdir -p "$www/autodiscover.chk-adredirect.test/autodiscover"
cat > "$www/autodiscover.chk-adredirect.test/autodiscover/autodiscover.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
    <Account>
      <Action>redirectAddr</Action>
      <RedirectAddr>anna@chk-autodiscover.test</RedirectAddr>
    </Account>
  </Response>
</Autodiscover>
XML
# redirect_url URL: a POX answer that sends Outlook on to URL (one line, for nginx's return)
redirect_url() {
    printf '%s' '<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"><Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"><Account><Action>redirectUrl</Action><RedirectUrl>'"$1"'</RedirectUrl></Account></Response></Autodiscover>'
}
# the autoconfig file only over plain HTTP (HTTPS answers 404 until a test publishes it there)
config "$wwwhttp/autoconfig.chk-httponly.test/mail/config-v1.1.xml" chk-httponly.test chk-httponly.test
# IMAP over SSL on 995, where Dovecot speaks POP3
config "$www/autoconfig.chk-wrongport.test/mail/config-v1.1.xml" chk-wrongport.test chk-wrongport.test 995 SSL
# submission with STARTTLS on 587 at a server that has no STARTTLS
config "$www/autoconfig.chk-nostarttls.test/mail/config-v1.1.xml" chk-nostarttls.test chk-nostarttls.test \
    993 SSL 587 STARTTLS
# STARTTLS on 143 and 587 at a Dovecot that also lets clients log in before TLS
config "$www/autoconfig.chk-plainauth.test/mail/config-v1.1.xml" chk-plainauth.test chk-plainauth.test \
    143 STARTTLS 587 STARTTLS

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
        listen 127.0.0.1:443 ssl;
        server_name autoconfig.chk-certname.test;
        ssl_certificate $dir/ca/wrongname.pem;
        ssl_certificate_key $dir/ca/wrongname.key;
        root $www/\$host;
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name autoconfig.chk-expired.test;
        ssl_certificate $dir/ca/expired.pem;
        ssl_certificate_key $dir/ca/expired.key;
        root $www/\$host;
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name autoconfig.chk-soon.test;
        ssl_certificate $dir/ca/soon.pem;
        ssl_certificate_key $dir/ca/soon.key;
        root $www/\$host;
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name autoconfig.chk-redirect.test;
        return 302 https://autoconfig.chk-healthy.test/mail/config-v1.1.xml;
    }
    # An autoconfig server that needs ?emailaddress= (as automx2 does): KMail, which asks without, gets 400.
    server {
        listen 127.0.0.1:443 ssl;
        server_name autoconfig.chk-needsaddress.test;
        root $www/\$host;
        location = /mail/config-v1.1.xml {
            if (\$arg_emailaddress = "") { return 400; }
        }
    }
    # An autoconfig server that answers KMail's question (no ?emailaddress=) with other servers.
    server {
        listen 127.0.0.1:443 ssl;
        server_name autoconfig.chk-kmail.test;
        root $www/\$host;
        location = /mail/config-v1.1.xml {
            if (\$arg_emailaddress = "") { rewrite ^ /mail/kmail.xml last; }
        }
    }
    # Autodiscover as a small host serves it: a static POX file, also as the answer to Outlook's
    # POST (nginx serves files to GET only; the 405 becomes the file). Not for chk-adgetonly.test.
    server {
        listen 127.0.0.1:443 ssl;
        server_name autodiscover.chk-autodiscover.test autodiscover.chk-aderror.test autodiscover.chk-adnotpox.test
            autodiscover.chk-addiffers.test autodiscover.chk-adredirect.test;
        root $www/\$host;
        location = /autodiscover/autodiscover.xml { error_page 405 =200 \$uri; }
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name chk-adredirect.test;
        location = /autodiscover/autodiscover.xml {
            return 302 https://autodiscover.chk-healthy.test/autodiscover/autodiscover.xml;
        }
        location / { return 404; }
    }
    # chk-adhops.test: at autodiscover.DOMAIN, redirectUrl leads to /again/, which leads back (a
    # loop); at the domain's own name every answer leads one step further (no end: the hop limit).
    # Its _autodiscover._tcp record names autodiscover.chk-autodiscover.test (outside the domain).
    server {
        listen 127.0.0.1:443 ssl;
        server_name autodiscover.chk-adhops.test;
        default_type text/xml;
        location = /autodiscover/autodiscover.xml {
            return 200 '$(redirect_url "https://\$host/again/autodiscover.xml")';
        }
        location = /again/autodiscover.xml {
            return 200 '$(redirect_url "https://\$host/autodiscover/autodiscover.xml")';
        }
        location / { return 404; }
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name chk-adhops.test;
        default_type text/xml;
        location = /autodiscover/autodiscover.xml {
            return 200 '$(redirect_url "https://\$host/hop/a")';
        }
        location ~ ^/hop/(?<hop>[a-z]+)\$ {
            return 200 '$(redirect_url "https://\$host/hop/\${hop}a")';
        }
        location / { return 404; }
    }
    # chk-adhttp.test answers Autodiscover only through Outlook's HTTP redirect method: a 302 from
    # http://autodiscover.DOMAIN/autodiscover/autodiscover.xml to chk-autodiscover.test's service.
    server {
        listen 127.0.0.1:80;
        server_name autodiscover.chk-adhttp.test;
        location = /autodiscover/autodiscover.xml {
            return 302 https://autodiscover.chk-autodiscover.test/autodiscover/autodiscover.xml;
        }
        location / { return 404; }
    }
    # The OAuth2 issuer of chk-oauth2.test's <oAuth2> block: its RFC 8414 metadata names another
    # token endpoint than the block.
    server {
        listen 127.0.0.1:443 ssl;
        server_name login.chk-oauth2.test;
        location = /.well-known/oauth-authorization-server {
            default_type application/json;
            return 200 '{"issuer":"https://login.chk-oauth2.test","authorization_endpoint":"https://login.chk-oauth2.test/authorize","token_endpoint":"https://login.chk-oauth2.test/token","code_challenge_methods_supported":["S256"]}';
        }
        location / { return 404; }
    }
    # JMAP (RFC 8620 §2.2): the well-known address leads to the session resource. At
    # jmap.chk-jmap.test (named by chk-jmap.test's _jmap._tcp record) it asks for a login, as real
    # ones do; chk-jmapsrv.test has no record and answers at the domain's own name with a session
    # object; www.chk-jmapbroken.test (named by its record) is a website that answers every path.
    server {
        listen 127.0.0.1:443 ssl;
        server_name jmap.chk-jmap.test;
        location = /.well-known/jmap { return 301 /jmap/session; }
        location = /jmap/session {
            add_header WWW-Authenticate 'Basic realm="jmap"' always;
            return 401;
        }
        location / { return 404; }
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name chk-jmapsrv.test;
        location = /.well-known/jmap { return 301 /jmap/session; }
        location = /jmap/session {
            default_type application/json;
            return 200 '{"capabilities":{"urn:ietf:params:jmap:core":{"maxSizeUpload":50000000}},"accounts":{},"primaryAccounts":{},"username":"","apiUrl":"https://chk-jmapsrv.test/jmap/api/","downloadUrl":"https://chk-jmapsrv.test/jmap/download/{accountId}/{blobId}/{name}?accept={type}","uploadUrl":"https://chk-jmapsrv.test/jmap/upload/{accountId}/","eventSourceUrl":"https://chk-jmapsrv.test/jmap/eventsource/","state":"0"}';
        }
        location / { return 404; }
    }
    server {
        listen 127.0.0.1:443 ssl;
        server_name www.chk-jmapbroken.test;
        location / {
            default_type text/html;
            return 200 '<!DOCTYPE html><title>Welcome</title><p>Our new website is coming soon.</p>';
        }
    }
    # chk-jmaphop.test's record names this host, whose well-known address redirects to Cyrus under
    # another host name of the domain: the test account's password must not follow.
    server {
        listen 127.0.0.1:443 ssl;
        server_name www.chk-jmaphop.test;
        location = /.well-known/jmap { return 301 https://jmap.chk-jmaphop.test/jmap; }
        location / { return 404; }
    }
    # Where an Authorization header goes (HttpFetcher::setAuthorization): each answers with the one
    # it received; echo.authredirect.test also redirects to itself and to the other host.
    server {
        listen 127.0.0.1:443 ssl;
        listen 127.0.0.1:80;
        server_name echo.authredirect.test other.authredirect.test;
        default_type text/plain;
        location = /same { return 302 https://echo.authredirect.test/show; }
        location = /other { return 302 https://other.authredirect.test/show; }
        location = /show { return 200 "Authorization: \$http_authorization"; }
        location / { return 404; }
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
    --local=/test/ --local=/leaktest/)
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
# the chk-*.test domains: one file each, so a test can change a domain's records and restart-dns
mkdir -p "$dir/dns.d"
for domain in "${check_domains[@]}"; do
    address=127.0.0.20
    case $domain in
        chk-plainauth.test) address=127.0.0.22 ;;
        chk-tlslegacy.test) address=127.0.0.24 ;;
        chk-tlsold.test) address=127.0.0.25 ;;
        # the OAuth2 Dovecot and the autoconfig document start with the test that uses them
        # (tests/check/check-domain-oauth2.sh): their issuer's address is only known then
        chk-oauthlogin.test) address=127.0.0.26 ;;
    esac
    {
        echo "host-record=imap.$domain,$address"
        if [ "$domain" = chk-nostarttls.test ]; then
            echo "host-record=smtp.$domain,127.0.0.23"
        else
            echo "host-record=smtp.$domain,$address"
        fi
    } > "$dir/dns.d/$domain.conf"
done
for domain in "${healthy_mail[@]}"; do
    cat >> "$dir/dns.d/$domain.conf" <<DNS
mx-host=$domain,mx.$domain,10
srv-host=_imaps._tcp.$domain,imap.$domain,993,0,1
srv-host=_submissions._tcp.$domain,smtp.$domain,465,0,1
DNS
done
# JMAP's record: at a host that serves the session resource, and at one that has no JMAP
echo "srv-host=_jmap._tcp.chk-jmap.test,jmap.chk-jmap.test,443,0,1" >> "$dir/dns.d/chk-jmap.test.conf"
echo "srv-host=_jmap._tcp.chk-jmapbroken.test,www.chk-jmapbroken.test,443,0,1" >> "$dir/dns.d/chk-jmapbroken.test.conf"
cat >> "$dir/dns.d/chk-jmaplogin.test.conf" <<DNS
host-record=jmap.chk-jmaplogin.test,127.0.0.28
srv-host=_jmap._tcp.chk-jmaplogin.test,jmap.chk-jmaplogin.test,443,0,1
DNS
cat >> "$dir/dns.d/chk-jmaphop.test.conf" <<DNS
host-record=jmap.chk-jmaphop.test,127.0.0.28
srv-host=_jmap._tcp.chk-jmaphop.test,www.chk-jmaphop.test,443,0,1
DNS
cat >> "$dir/dns.d/chk-badxml.test.conf" <<DNS
srv-host=_imaps._tcp.chk-badxml.test,imap.chk-badxml.test,993,0,1
srv-host=_submissions._tcp.chk-badxml.test,smtp.chk-badxml.test,465,0,1
DNS
cat >> "$dir/dns.d/chk-srvwrong.test.conf" <<DNS
srv-host=_imaps._tcp.chk-srvwrong.test,www.chk-srvwrong.test,993,0,1
DNS
echo "mx-host=chk-mxother.test,mx1.hoster.test,10" >> "$dir/dns.d/chk-mxother.test.conf"
# Outlook's last place, outside the domain (chk-adhops.test's redirects lead nowhere)
echo "srv-host=_autodiscover._tcp.chk-adhops.test,autodiscover.chk-autodiscover.test,443,0,1" \
    >> "$dir/dns.d/chk-adhops.test.conf"
# SRV records name the OAuth2 servers too (without saying OAuth2), and answer before the
# autoconfig document: the check must still log in as the document says, with the token.
cat >> "$dir/dns.d/chk-oauthlogin.test.conf" <<DNS
srv-host=_imaps._tcp.chk-oauthlogin.test,imap.chk-oauthlogin.test,993,0,1
srv-host=_submissions._tcp.chk-oauthlogin.test,smtp.chk-oauthlogin.test,465,0,1
DNS
# chk-leak.leaktest publishes nothing, and the name above it answers: autodiscover.leaktest is where
# an Outlook-style client goes next (`portpilot check`: autodiscover.outside-answers).
a autodiscover.leaktest 127.0.0.1
dns+=(--conf-dir="$dir/dns.d,*.conf")
printf '%s\n' "${dns[@]}" > "$dir/dnsmasq.args"
start_dns

# --- web servers
ip netns exec "$name" nginx -c "$dir/nginx.conf" -p "$dir" -e "$dir/nginx-error.log"
ip netns exec "$name" python3 "$here/endless-https.py" 127.0.0.30 443 "$dir/ca/server.pem" "$dir/ca/server.key" \
    > "$dir/endless.log" 2>&1 &
echo $! > "$dir/endless.pid"
ip netns exec "$name" python3 "$here/plaintext-only.py" 127.0.0.21 > "$dir/plaintext.log" 2>&1 &
echo $! > "$dir/plaintext.pid"
ip netns exec "$name" python3 "$here/plaintext-only.py" 127.0.0.23 587 > "$dir/plaintext-submission.log" 2>&1 &
echo $! > "$dir/plaintext-submission.pid"
for _ in $(seq 100); do
    grep -q ready "$dir/endless.log" 2>/dev/null && grep -q ready "$dir/plaintext.log" 2>/dev/null &&
        grep -q ready "$dir/plaintext-submission.log" 2>/dev/null &&
        [ -s "$dir/nginx.pid" ] && break
    sleep 0.05
done

# --- Cyrus IMAP's JMAP (chk-jmaplogin.test), with the world's certificate and Dovecot's test account
# (anna@chk-jmaphop.test too: were the password to follow chk-jmaphop.test's redirect, it would
# work). It starts (1-2 s) while the Dovecots do.
mkdir -p "$dir/cyrus"
cp -r "$dir/ca" "$dir/cyrus/ca"
ip netns exec "$name" "$servers/cyrus-jmap.sh" start "$dir/cyrus" 127.0.0.28 anna-secret anna@chk-jmaplogin.test \
    anna@chk-jmaphop.test > "$dir/cyrus-start.log" 2>&1 &
cyrus_start=$!

# --- Dovecot (tests/servers/dovecot.sh) for guessing, with the world's certificates
if [ -x "$servers/dovecot.sh" ]; then
    mkdir -p "$dir/dovecot"
    cp -r "$dir/ca" "$dir/dovecot/ca"
    ip netns exec "$name" "$servers/dovecot.sh" start "$dir/dovecot" 127.0.0.20 > "$dir/dovecot-start.log" 2>&1
    # chk-plainauth.test: the same Dovecot, but logins are offered before TLS
    mkdir -p "$dir/dovecot-plain"
    cp -r "$dir/ca" "$dir/dovecot-plain/ca"
    DOVECOT_PLAINTEXT=yes ip netns exec "$name" "$servers/dovecot.sh" start "$dir/dovecot-plain" 127.0.0.22 \
        > "$dir/dovecot-plain-start.log" 2>&1
    # chk-tlslegacy.test and chk-tlsold.test: Dovecots that still accept TLS 1.0 and 1.1
    start_tls_dovecots legacy
fi
if ! wait "$cyrus_start"; then
    cat "$dir/cyrus-start.log" >&2
    false
fi


cat > "$dir/world.env" <<ENV
NETNS=$name
CA_FILE=$dir/ca/ca.pem
ISPDB_URL=https://ispdb.test/v1.1/
ACCESS_LOG=$dir/access.log
DOVECOT_ADDRESS=127.0.0.20
WORLD_DIR=$dir
ENV
cat "$dir/world.env"
