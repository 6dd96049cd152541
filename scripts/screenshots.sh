#!/bin/sh
# Renders every page of the running wizard into docs/screenshots/ (PNG, offscreen platform).
# The program walks itself through the pages (PORTPILOT_SCREENSHOT_DIR) inside a network
# namespace with only loopback, so nothing it does reaches the internet. Needs root (ip netns).
# Usage: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]   (defaults: build, docs/screenshots)
# LANGUAGE: set PORTPILOT_LANG=is (or en) to choose the language of the pictures.
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
set -- "$binary"
if [ -n "${PORTPILOT_LANG:-}" ]; then
    set -- "$@" --lang "$PORTPILOT_LANG"
fi
# A private HOME keeps the person's remembered name, address and window size out of the pictures.
HOME="$home" XDG_CONFIG_HOME="$home/.config" QT_QPA_PLATFORM=offscreen PORTPILOT_SCREENSHOT_DIR="$out" \
    "$root/tests/ui/run-isolated.sh" "$@"
ls "$out"/*.png
