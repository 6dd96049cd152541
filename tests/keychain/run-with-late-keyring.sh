#!/bin/sh
# Runs a command on a private D-Bus session bus that can activate no service, with a temporary
# HOME, so that no Secret Service answers until the command starts one itself (a keychain that
# starts late, as on some Linux sessions: security.md KC-02). The command starts it with
#   printf PASSWORD | gnome-keyring-daemon --unlock --components=secrets
# and the bus, the daemon and HOME are removed afterwards.
# Usage: run-with-late-keyring.sh COMMAND [ARGS...]  (exit status is the command's)
set -eu

for tool in dbus-daemon gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-late-keyring.sh: $tool is missing (scripts/install-deps.sh test installs it)" >&2
        exit 1
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-late-keyring.XXXXXX")
chmod 700 "$home"
mkdir -p "$home/.local/share" "$home/.config"
bus_pid=""
cleanup() {
    for pid in $(pgrep -x gnome-keyring-d || true); do
        if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "HOME=$home"; then
            kill "$pid" 2>/dev/null || true
        fi
    done
    [ -z "$bus_pid" ] || kill "$bus_pid" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A session bus without <standard_session_servicedirs/>: nothing is started on demand.
cat >"$home/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=$home/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
dbus-daemon --config-file="$home/bus.conf" --nofork --print-pid=3 3>"$home/bus.pid" 2>"$home/bus.log" &
for _ in $(seq 100); do
    [ -S "$home/bus" ] && break
    sleep 0.05
done
bus_pid=$(cat "$home/bus.pid" 2>/dev/null || true)
[ -S "$home/bus" ] || { echo "run-with-late-keyring.sh: the private bus did not start" >&2; exit 1; }

status=0
HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home" \
    DBUS_SESSION_BUS_ADDRESS="unix:path=$home/bus" "$@" || status=$?
exit "$status"
