#!/bin/sh
# Renders every page of the running wizard into docs/screenshots/ (PNG). The program walks itself
# through the pages (PORTPILOT_SCREENSHOT_DIR) inside the discovery test world
# (tests/ui/run-in-world.sh: dnsmasq, nginx and Dovecot in a network namespace), as the world's
# user, so the pictures show a setup that succeeds and nothing reaches the internet. Without the
# world's tools it falls back to a namespace with only loopback (the test then fails). Needs root.
# Usage: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]   (defaults: build, docs/screenshots)
#   PORTPILOT_LANG=is|en   the language of the pictures
#   PORTPILOT_LOOK=dark    a KDE desktop's dark colour scheme (Breeze Dark, read by Qt from
#                          kdeglobals as on a real Plasma desktop), under Xvfb
#   PORTPILOT_LOOK=200     200 % scaling (QT_SCALE_FACTOR=2)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots}
binary=$build/bin/portpilot
if [ ! -x "$binary" ]; then
    echo "screenshots.sh: $binary not found; build first (make build)" >&2
    exit 1
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
home=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-shots.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p "$home/.config"

set -- "$binary"
if [ -n "${PORTPILOT_LANG:-}" ]; then
    set -- "$@" --lang "$PORTPILOT_LANG"
fi
platform=offscreen
case "${PORTPILOT_LOOK:-}" in
"") ;;
dark)
    # The colours of Plasma's Breeze Dark scheme; Qt's KDE platform theme turns them into the palette.
    cat >"$home/.config/kdeglobals" <<'INI'
[General]
ColorScheme=BreezeDark
widgetStyle=Fusion

[Colors:Window]
BackgroundNormal=42,46,50
BackgroundAlternate=49,54,59
ForegroundNormal=252,252,252
ForegroundInactive=161,169,177
ForegroundLink=29,153,243
ForegroundVisited=155,89,182

[Colors:View]
BackgroundNormal=27,30,32
BackgroundAlternate=35,38,41
ForegroundNormal=252,252,252
ForegroundInactive=161,169,177
ForegroundLink=29,153,243
ForegroundVisited=155,89,182

[Colors:Button]
BackgroundNormal=49,54,59
BackgroundAlternate=30,87,116
ForegroundNormal=252,252,252
ForegroundInactive=161,169,177
ForegroundLink=29,153,243
ForegroundVisited=155,89,182

[Colors:Selection]
BackgroundNormal=61,174,233
BackgroundAlternate=30,87,116
ForegroundNormal=252,252,252
ForegroundInactive=161,169,177
ForegroundLink=253,188,75
ForegroundVisited=155,89,182

[Colors:Tooltip]
BackgroundNormal=49,54,59
ForegroundNormal=252,252,252
INI
    export XDG_CURRENT_DESKTOP=KDE KDE_SESSION_VERSION=5
    platform=xcb # the offscreen platform has no desktop theme
    ;;
200) export QT_SCALE_FACTOR=2 ;;
*)
    echo "screenshots.sh: PORTPILOT_LOOK is dark or 200, not '$PORTPILOT_LOOK'" >&2
    exit 2
    ;;
esac
display=
if [ "$platform" = xcb ]; then
    display="$root/tests/ui/a11y/run-with-x.sh"
fi

# A private HOME keeps the person's remembered name, address and window size out of the pictures.
export HOME="$home" XDG_CONFIG_HOME="$home/.config" QT_QPA_PLATFORM=$platform PORTPILOT_SCREENSHOT_DIR="$out"
status=0
# shellcheck disable=SC2016 # expanded inside the world, where its variables are set
"$root/tests/ui/run-in-world.sh" ${display:+"$display"} sh -c 'PORTPILOT_SCREENSHOT_ADDRESS=$PORTPILOT_WORLD_USER \
    PORTPILOT_SCREENSHOT_PASSWORD=$PORTPILOT_WORLD_PASSWORD PORTPILOT_SCREENSHOT_CHECK_DOMAIN=chk-badxml.test exec "$@" --ca-certificates "$PORTPILOT_WORLD_CA_FILE"' \
    sh "$@" || status=$?
if [ "$status" -eq 77 ]; then
    echo "screenshots.sh: no test world here; the pictures show a failed test" >&2
    "$root/tests/ui/run-isolated.sh" ${display:+"$display"} "$@"
elif [ "$status" -ne 0 ]; then
    exit "$status"
fi
ls "$out"/*.png
