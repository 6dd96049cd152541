#!/bin/sh
# Runs a command inside the discovery test world (tests/servers/world/world.sh: dnsmasq, nginx
# with a test CA, Dovecot for *.guess.test) so that the wizard's own resolver, TLS and login code
# run unmodified. The world is started in a temporary folder under a unique namespace name and
# always stopped again. The command sees (besides its own environment):
#   PORTPILOT_WORLD_CA_FILE       the test CA that signed every certificate of the world
#   PORTPILOT_WORLD_ISPDB_URL     the world's ISP database
#   PORTPILOT_WORLD_ACCESS_LOG    nginx's access log (scheme://host/path status)
#   PORTPILOT_WORLD_DOVECOT_ADDRESS, PORTPILOT_WORLD_DOVECOT_LOG   the world's Dovecot
#   PORTPILOT_WORLD_USER, PORTPILOT_WORLD_PASSWORD   a Dovecot user of the guessing domain
#   PORTPILOT_WORLD_DIR, PORTPILOT_WORLD_NETNS   the world's folder and namespace, for
#                                 `world.sh restart-dns` after changing DIR/dns.d
# Usage: run-in-world.sh COMMAND [ARGS...]   (exit status is the command's; 77 = cannot run here)
# Needs root (network namespaces) and world.sh's tools.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
world="$here/../servers/world/world.sh"

if [ "$(id -u)" -ne 0 ]; then
    echo "run-in-world.sh: needs root for network namespaces; skipped" >&2
    exit 77
fi
PATH="$PATH:/usr/sbin:/sbin"
for tool in ip nft dnsmasq nginx openssl python3 dovecot saslpasswd2 /usr/lib/cyrus/bin/httpd; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-in-world.sh: $tool is missing (scripts/install-deps.sh test installs it); skipped" >&2
        exit 77
    fi
done

dir=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-world.XXXXXX")
# The PID keeps the name unique when ctest runs several tests at once.
name="ppwiz-$$"
cleanup() {
    "$world" stop "$dir" "$name" >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! "$world" start "$dir" "$name" >"$dir/world-start.log" 2>&1; then
    echo "run-in-world.sh: world.sh start failed:" >&2
    cat "$dir/world-start.log" >&2
    exit 1
fi
. "$dir/world.env"
user=anna@guess.test
password=$(awk -F '\t' -v user="$user" '$1 == user { print $2 }' "$dir/dovecot/users.tsv")
if [ -z "$password" ]; then
    echo "run-in-world.sh: Dovecot has no user $user (tests/servers/dovecot.sh)" >&2
    exit 1
fi
export PORTPILOT_WORLD_CA_FILE="$CA_FILE"
export PORTPILOT_WORLD_ISPDB_URL="$ISPDB_URL"
export PORTPILOT_WORLD_ACCESS_LOG="$ACCESS_LOG"
export PORTPILOT_WORLD_DOVECOT_ADDRESS="$DOVECOT_ADDRESS"
export PORTPILOT_WORLD_DOVECOT_LOG="$dir/dovecot/log"
export PORTPILOT_WORLD_USER="$user"
export PORTPILOT_WORLD_PASSWORD="$password"
export PORTPILOT_WORLD_DIR="$WORLD_DIR"
export PORTPILOT_WORLD_NETNS="$NETNS"

status=0
ip netns exec "$NETNS" "$@" || status=$?
exit "$status"
