#!/bin/sh
# Installs the build into a temporary prefix and checks the desktop integration: the program,
# the .desktop file, the SVG icon and the AppStream metadata land where desktops look, and the
# two files pass desktop-file-validate and appstreamcli validate.
# Usage: check-install.sh BUILD_DIR
set -eu
build=$1
prefix=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT INT TERM
cmake --install "$build" --prefix "$prefix" >/dev/null
status=0
for file in bin/portpilot share/applications/is.portpilot.Portpilot.desktop \
    share/icons/hicolor/scalable/apps/is.portpilot.Portpilot.svg share/metainfo/is.portpilot.Portpilot.metainfo.xml; do
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
[ "$status" -eq 0 ] && echo "install check passed"
exit "$status"
