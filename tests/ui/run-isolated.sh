#!/bin/sh
# Runs a command in a fresh network namespace with only loopback, so that nothing the wizard
# does (discovery, DNS) can leave the machine. Needs root (ip netns).
# Usage: run-isolated.sh COMMAND [ARGS...]   (exit status is the command's)
# PORTPILOT_ISOLATED_EXTRA_ADDRESS=192.0.2.2/32 also gives the namespace's loopback device that
# address: "another address of this machine" for tests of listeners bound to 127.0.0.1 only.
set -eu
if ! command -v ip >/dev/null 2>&1; then
    echo "run-isolated.sh: ip (iproute2) is missing" >&2
    exit 1
fi
name="portpilot-ui-$$"
cleanup() {
    ip netns delete "$name" 2>/dev/null || true
    rm -rf "/etc/netns/$name"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if ! ip netns add "$name"; then
    echo "run-isolated.sh: cannot create a network namespace (root needed)" >&2
    exit 1
fi
ip -n "$name" link set lo up
if [ -n "${PORTPILOT_ISOLATED_EXTRA_ADDRESS:-}" ]; then
    ip -n "$name" addr add "$PORTPILOT_ISOLATED_EXTRA_ADDRESS" dev lo
fi
# Names resolve through a server on loopback that is not there: every lookup fails at once.
mkdir -p "/etc/netns/$name"
echo "nameserver 127.0.0.1" >"/etc/netns/$name/resolv.conf"
status=0
ip netns exec "$name" "$@" || status=$?
exit "$status"
