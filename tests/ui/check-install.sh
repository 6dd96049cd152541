#!/bin/sh
# `make install PREFIX=...` into a temporary prefix, then checks the desktop integration: the
# program and its wizard, the .desktop file, the SVG icon, the AppStream metadata and the man page land where
# desktops and man look, the two files pass desktop-file-validate and appstreamcli validate, and
# the installed program speaks Icelandic from there (its catalogues are resources inside it).
# Usage: check-install.sh SOURCE_DIR BUILD_DIR
set -eu
src=$1
build=$(cd "$2" && pwd)
prefix=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT INT TERM
if ! make -s -C "$src" install BUILD_DIR="$build" PREFIX="$prefix" >"$prefix.log" 2>&1; then
    cat "$prefix.log" >&2
    rm -f "$prefix.log"
    echo "make install PREFIX=$prefix failed" >&2
    exit 1
fi
rm -f "$prefix.log"
status=0
for file in bin/portpilot libexec/portpilot/portpilot-wizard share/applications/is.portpilot.Portpilot.desktop \
    share/icons/hicolor/scalable/apps/is.portpilot.Portpilot.svg share/metainfo/is.portpilot.Portpilot.metainfo.xml \
    share/man/man1/portpilot.1.gz share/doc/portpilot/copyright share/doc/portpilot/changelog.gz; do
    if [ ! -s "$prefix/$file" ]; then
        echo "missing after install: $file" >&2
        status=1
    fi
done
desktop-file-validate "$prefix/share/applications/is.portpilot.Portpilot.desktop" || status=1
appstreamcli validate --no-net "$prefix/share/metainfo/is.portpilot.Portpilot.metainfo.xml" || status=1
# The icon is a well-formed SVG (sharp at every scale).
xmllint --noout "$prefix/share/icons/hicolor/scalable/apps/is.portpilot.Portpilot.svg" || status=1
grep -q '^Icon=is.portpilot.Portpilot$' "$prefix/share/applications/is.portpilot.Portpilot.desktop" || status=1
LC_ALL=C.UTF-8 "$prefix/bin/portpilot" --lang is --help | grep -q '^Notkun: portpilot' || status=1
# Without a command the installed portpilot finds the installed wizard and becomes it.
LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen PORTPILOT_EXIT_AFTER_FIRST_PAINT=1 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    "$prefix/bin/portpilot" 2>&1 | grep -q '^portpilot-first-paint' || { echo "the installed portpilot did not open the wizard" >&2; status=1; }
zcat "$prefix/share/man/man1/portpilot.1.gz" | grep -q '^\.SH COMMANDS' || status=1
[ "$status" -eq 0 ] && echo "install check passed"
exit "$status"
