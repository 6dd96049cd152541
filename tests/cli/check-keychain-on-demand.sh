#!/usr/bin/env bash
# The keychain plugin is loaded only by commands that touch a password: `--version` and `parse`
# must not map QtKeychain or D-Bus (start-up time, issue 17), and `test --address` must load the
# plugin and report the missing keychain in words. The dynamic loader's own log (LD_DEBUG) says
# what was mapped. Usage: check-keychain-on-demand.sh PORTPILOT
set -euo pipefail
portpilot=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Servers on loopback that nothing listens on: the test stops at the keychain or the refused connection.
config=$(dirname "$0")/../data/keychain-probe.xml

# Prints the libraries the run mapped (LD_DEBUG=files writes one log per process).
mapped() {
    local name=$1
    shift
    rm -f "$work/ld.$name".*
    LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld.$name" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/portpilot-no-bus \
        "$portpilot" "$@" >"$work/out.$name" 2>"$work/err.$name" || true
    grep -ho 'file=[^ ]*' "$work/ld.$name".* | sort -u
}

for run in version parse; do
    case $run in
        version) libs=$(mapped version --version) ;;
        parse) libs=$(mapped parse parse "$config") ;;
    esac
    grep -q 'libQt6Core' <<<"$libs" || fail "$run: the loader log is empty or unreadable: $libs"
    for lib in libqt6keychain libQt6DBus libdbus-1 portpilot-keychain; do
        if grep -q "$lib" <<<"$libs"; then
            fail "portpilot $run mapped $lib: only commands that touch a password may load the keychain"
        fi
    done
done

libs=$(mapped test test "$config" --address anna@example.test --timeout 2)
grep -q 'portpilot-keychain.so' <<<"$libs" || fail "portpilot test --address did not load the keychain plugin"
grep -q 'libqt6keychain' <<<"$libs" || fail "the keychain plugin did not bring QtKeychain"
grep -q 'No system keychain' "$work/out.test" "$work/err.test" ||
    { cat "$work/out.test" "$work/err.test" >&2; fail "portpilot test did not say that no keychain answers"; }
if grep -q 'keychain module' "$work/out.test" "$work/err.test"; then
    fail "portpilot test did not find its keychain plugin"
fi
echo "keychain loaded on demand: --version and parse map neither QtKeychain nor D-Bus; test --address does"
