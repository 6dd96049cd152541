#!/bin/sh
# Runs a command with a private Xvfb (a real X server: Qt's offscreen platform exposes nothing
# over AT-SPI) on a free display number, and Qt's accessibility bridge switched on.
# Run it inside run-with-keyring.sh: the AT-SPI bus is then started on that private session bus.
# Usage: run-with-x.sh COMMAND [ARGS...]   (exit status is the command's)
set -eu
for tool in Xvfb; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-x.sh: $tool is missing (scripts/install-deps.sh test installs xvfb)" >&2
        exit 1
    fi
done
fifo=$(mktemp -u "${TMPDIR:-/tmp}/portpilot-x.XXXXXX")
mkfifo "$fifo"
# -displayfd: Xvfb picks a free display and writes its number when it is ready.
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -f "$fifo"' EXIT
trap 'exit 130' INT TERM
read -r display <"$fifo"
export DISPLAY=":$display" QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
status=0
"$@" || status=$?
exit "$status"
