#!/bin/sh
# The two programs of the build folder (app/CMakeLists.txt): `portpilot` is the command line and
# needs no graphical library (so a command starts without loading them), and without a command it
# becomes the wizard, which draws its first page (offscreen) and, told to, quits.
# Usage: check-launch.sh BUILD_DIR
set -eu
build=$1
status=0
needed=$(readelf -d "$build/bin/portpilot" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
for library in libQt6Widgets libQt6Gui libQt6Svg libGL libX11; do
    if echo "$needed" | grep -q "^$library"; then
        echo "bin/portpilot needs $library: the command line must not load the wizard's libraries" >&2
        status=1
    fi
done
readelf -d "$build/libexec/portpilot/portpilot-wizard" | grep -q 'NEEDED.*libQt6Widgets' ||
    { echo "libexec/portpilot/portpilot-wizard does not link QtWidgets: is it the wizard?" >&2; status=1; }
out=$(QT_QPA_PLATFORM=offscreen PORTPILOT_EXIT_AFTER_FIRST_PAINT=1 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    "$build/bin/portpilot" --lang is --address anna@example.org 2>&1) || true
echo "$out" | grep -q '^portpilot-first-paint' || { echo "$out" >&2; echo "portpilot without a command did not open the wizard" >&2; status=1; }
# Arguments the wizard does not know are refused before it starts, as a command's would be.
code=0
"$build/bin/portpilot" --adress anna@example.org >/dev/null 2>"$build/check-launch.err" || code=$?
[ "$code" = 2 ] && grep -q 'unknown argument “--adress”' "$build/check-launch.err" ||
    { cat "$build/check-launch.err" >&2; echo "a misspelt option gave exit $code" >&2; status=1; }
rm -f "$build/check-launch.err"
[ "$status" -eq 0 ] && echo "launch check passed"
exit "$status"
