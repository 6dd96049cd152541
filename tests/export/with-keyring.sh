#!/bin/sh
# Runs a command inside a private D-Bus session with a real, unlocked gnome-keyring (Secret
# Service), HOME in a temporary folder. When KEYRING_KEYS is set (keys separated by newlines),
# each key is first stored with the password $KEYRING_PASSWORD the way QtKeychain stores it,
# so `secret-tool lookup xdg:schema org.qt.keychain server portpilot user KEY` finds it.
# The keyring daemon runs in the foreground as our child and is stopped by its pid at the end.
set -u
home=$(mktemp -d)
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home" XDG_CONFIG_HOME="$home/.config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
chmod 700 "$home"
# The bus and the keyring log to a file; only the command's own stderr reaches ours (fd 3).
exec 3>&2
dbus-run-session -- sh -c '
    printf %s keyring-unlock | gnome-keyring-daemon --unlock --foreground --components=secrets >/dev/null &
    keyring=$!
    # Wait until the daemon owns the Secret Service name (asking for it would start another one).
    for _ in $(seq 200); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
        sleep 0.05
    done
    if [ -n "${KEYRING_KEYS:-}" ]; then
        printf "%s\n" "$KEYRING_KEYS" | while IFS= read -r key; do
            [ -n "$key" ] || continue
            printf %s "$KEYRING_PASSWORD" | secret-tool store --label=portpilot-test \
                xdg:schema org.qt.keychain server portpilot user "$key"
        done
    fi
    "$@" 2>&3
    status=$?
    kill "$keyring" 2>/dev/null
    wait "$keyring" 2>/dev/null
    exit $status
' sh "$@" 2>"$home/session.log"
status=$?
rm -rf "$home"
exit $status
