# shellcheck shell=bash disable=SC2154 # `here` and `work` are the caller's
# Sourced by the shell checks that let headless Chromium play the person's browser for an OAuth2
# sign-in (check-login-chromium.sh here, tests/check/check-domain-oauth2.sh). Set `here` (tests/)
# and `work` (a temporary folder) first.
#   chromium_missing                  prints what is missing and returns 0 when Chromium cannot run
#   chromium_setup CA_FILE ADDRESS    Chromium's HOME with CA_FILE trusted (NSS), and $work/browser.sh:
#                                     the $BROWSER that Portpilot starts detached with the sign-in
#                                     address; host names resolve to nothing, 127.0.0.1 and ADDRESS
#                                     (the issuer's) are reachable. Sets chromium_profile.
#   chromium_close                    asks Chromium to quit (so it finishes its net log), then stops it
#   chromium_stop                     stops it and its helpers (for the caller's cleanup)
#   chromium_netlog_check ADDRESS     exit 0 when the net log shows no DNS query and no connection
#                                     but to 127.0.0.x, and connections to ADDRESS and 127.0.0.1

# The browser itself, not Debian's /usr/bin/chromium wrapper: that one sources /etc/chromium.d, which
# exports Debian's Google API keys and enables remote extensions.
chromium=${PORTPILOT_CHROMIUM:-/usr/lib/chromium/chromium}
chromium_profile=$work/chromium-profile

chromium_missing() {
    local tool
    for tool in "$chromium" certutil secret-tool curl; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "$tool is missing (scripts/install-deps.sh test installs chromium, libnss3-tools, libsecret-tools)"
            return 0
        fi
    done
    return 1
}

chromium_stop() {
    local pid
    pid=$(cat "$work/chromium.pid" 2>/dev/null) || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null
    fi
    # Its helpers (zygote, renderer, GPU) leave with it; any that did not are found by our own profile.
    for pid in $(pgrep -f -- "--user-data-dir=$chromium_profile" || true); do kill -KILL "$pid" 2>/dev/null; done
    rm -f "$work/chromium.pid"
}

chromium_close() {
    python3 "$here/oauth2/chromium-devtools.py" "$chromium_profile" close >/dev/null 2>&1
    for _ in $(seq 100); do kill -0 "$(cat "$work/chromium.pid" 2>/dev/null)" 2>/dev/null || break; sleep 0.1; done
    chromium_stop
}

chromium_setup() {
    local ca_file=$1 address=$2
    mkdir -p "$work/chromium-home/.pki/nssdb"
    # Chromium trusts the test CA as a person would: in the NSS database of its (temporary) HOME.
    certutil -N -d "sql:$work/chromium-home/.pki/nssdb" --empty-password &&
        certutil -A -d "sql:$work/chromium-home/.pki/nssdb" -n "Portpilot Test CA" -t "C,," -i "$ca_file" ||
        return 1
    # $BROWSER: Portpilot starts it detached with the sign-in address; it records its process id for
    # the end. No D-Bus session: Chromium keeps its own secrets in its profile (--password-store=basic)
    # and never touches the keyring the tests read.
    cat >"$work/browser.sh" <<SH
#!/bin/sh
echo \$\$ >"$work/chromium.pid"
exec env -u DBUS_SESSION_BUS_ADDRESS HOME="$work/chromium-home" \\
    GOOGLE_API_KEY=no GOOGLE_DEFAULT_CLIENT_ID=no GOOGLE_DEFAULT_CLIENT_SECRET=no \\
    "$chromium" --headless=new --no-sandbox --user-data-dir="$chromium_profile" --no-first-run \\
    --no-default-browser-check --password-store=basic --disable-gpu --disable-dev-shm-usage \\
    --no-proxy-server --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE $address" \\
    --disable-background-networking --disable-component-update --disable-sync --disable-default-apps \\
    --disable-extensions --disable-domain-reliability --disable-client-side-phishing-detection \\
    --disable-breakpad --no-pings --metrics-recording-only \\
    --disable-features=Translate,OptimizationHints,OptimizationGuideModelDownloading,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying \\
    --log-net-log="$work/netlog.json" --remote-debugging-port=0 "\$1" >"$work/chromium.log" 2>&1
SH
    chmod +x "$work/browser.sh"
}

chromium_netlog_check() {
    python3 - "$work/netlog.json" "$1" <<'PY'
import ipaddress, json, sys
text = open(sys.argv[1]).read()
try:
    netlog = json.loads(text)
except ValueError:  # cut short: the events written so far
    netlog = json.loads(text.rstrip().rstrip(",") + "]}")
types = {v: k for k, v in netlog["constants"]["logEventTypes"].items()}
problems, loopback, unresolved = [], set(), set()
for event in netlog["events"]:
    kind, params = types.get(event["type"], "?"), event.get("params") or {}
    if kind.startswith("DNS_TRANSACTION") and "hostname" in params:
        problems.append("DNS query for %s" % params["hostname"])
    if kind == "TCP_CONNECT" and "remote_address" in params:
        host = params["remote_address"].rsplit(":", 1)[0].strip("[]")
        if ipaddress.ip_address(host) in ipaddress.ip_network("127.0.0.0/8"):
            loopback.add(params["remote_address"])
        else:
            problems.append("TCP connection to %s" % params["remote_address"])
    if kind == "REQUEST_ALIVE" and "url" in params:
        host = params["url"].split("/")[2].rsplit(":", 1)[0] if "://" in params["url"] else ""
        try:
            ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            if host:
                unresolved.add(host)
    if kind == "UDP_CONNECT" and "address" in params:
        # Chromium's IPv6 reachability probe connects a UDP socket to Google's DNS address to ask the
        # kernel for a route; it sends nothing. Any other address would be traffic.
        host = params["address"].rsplit(":", 1)[0].strip("[]")
        if host != "2001:4860:4860::8888" and ipaddress.ip_address(host) not in ipaddress.ip_network("127.0.0.0/8"):
            problems.append("UDP to %s" % params["address"])
print("Chromium's TCP connections: %s" % ", ".join(sorted(loopback)))
if unresolved:
    print("Chromium asked for (and reached none of them): %s" % ", ".join(sorted(unresolved)))
if not any(a.startswith(sys.argv[2] + ":") for a in loopback) or not any(a.startswith("127.0.0.1:") for a in loopback):
    problems.append("no connection to the authorization server and the listener")
for problem in sorted(set(problems)):
    print(problem)
sys.exit(1 if problems else 0)
PY
}
