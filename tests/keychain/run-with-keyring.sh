#!/bin/sh
# Runs a command against a private, real Secret Service: gnome-keyring under its own
# D-Bus session with a temporary HOME, unlocked with a password on stdin.
# Usage: run-with-keyring.sh COMMAND [ARGS...]  (exit status is the command's)
set -eu

if [ "${1:-}" = "--inner" ]; then
    shift
    # A non-empty unlock password: with an empty one gnome-keyring wants a prompt.
    printf '%s' "portpilot-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # The daemon takes its bus name after --unlock returns. A test that asks before then makes the
    # bus activate a second daemon whose login keyring is locked, and a write to it waits for an
    # unlock prompt no one answers (seen as a 60 s hang under load). Wait for ours, without activating.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
        tries=$((tries + 1))
        if [ "$tries" -ge 300 ]; then
            echo "run-with-keyring.sh: gnome-keyring did not take org.freedesktop.secrets within 30 s" >&2
            exit 1
        fi
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    # The daemons leave with the bus, but stop ours (found by our private HOME) explicitly.
    for pid in $(pgrep -x gnome-keyring-d || true); do
        if { tr '\0' '\n' <"/proc/$pid/environ"; } 2>/dev/null | grep -qx "HOME=$HOME"; then
            kill "$pid" 2>/dev/null || true
        fi
    done
    exit "$status"
fi

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring.sh: $tool is missing (scripts/install-deps.sh test installs it)" >&2
        exit 1
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p "$home/.local/share" "$home/.config"
chmod 700 "$home"
status=0
HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home" \
    dbus-run-session -- "$0" --inner "$@" 2>&1 || status=$?
exit "$status"
