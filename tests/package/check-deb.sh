#!/bin/sh
# Builds the Debian package with CPack, checks it with lintian, installs it into a clean Debian 12
# root with apt, runs it there, validates the installed desktop file and AppStream metadata and
# removes it again, leaving no file behind (docs/packaging.md).
#
# The root (mmdebstrap --variant=apt bookworm plus the package's Depends, from Debian's mirror)
# is made once and kept as a tarball under BUILD_DIR/package-test, named for those Depends; each
# run unpacks a fresh copy. So apt inside the root installs the package without a download.
# Usage: check-deb.sh BUILD_DIR   (needs root: chroot; exit 77 when not root)
set -eu

build=$(cd "$1" && pwd)
mirror=${PORTPILOT_DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" -ne 0 ]; then
    echo "check-deb.sh: needs root (chroot); skipped" >&2
    exit 77
fi
PATH="$PATH:/usr/sbin:/sbin"
for tool in cpack lintian mmdebstrap dpkg-deb desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-deb.sh: $tool is missing (scripts/install-deps.sh test installs it)" >&2
        exit 1
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
step() { printf '%s  %s\n' "$(date +%T)" "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

step "cpack"
(cd "$build" && cpack -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/cpack/portpilot_*.deb)
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)

step "lintian"
# Errors and warnings fail; the info tags that remain are explained in docs/packaging.md.
chmod 755 "$work" "$work/cpack"
chmod 644 "$deb"
if ! runuser -u nobody -- env HOME="$work" lintian --fail-on error,warning "$deb"; then
    fail "lintian reports errors or warnings"
fi

# The Depends list as package names, for mmdebstrap --include.
names=$(printf '%s\n' "$depends" | tr ',' '\n' | sed -e 's/(.*)//' -e 's/|.*//' -e 's/ //g' | grep . | sort | paste -sd, -)
cache="$build/package-test"
key=$(printf '%s %s\n' "$mirror" "$names" | sha256sum | cut -c1-16)
tarball="$cache/bookworm-$key.tar"
if [ ! -s "$tarball" ]; then
    step "mmdebstrap bookworm (once; kept as $tarball)"
    mkdir -p "$cache"
    rm -f "$cache"/bookworm-*.tar
    if ! mmdebstrap --quiet --variant=apt --include="$names" bookworm "$work/new.tar" "$mirror" >"$work/mmdebstrap.log" 2>&1; then
        cat "$work/mmdebstrap.log" >&2
        fail "mmdebstrap could not make a Debian 12 root from $mirror"
    fi
    mv "$work/new.tar" "$tarball"
fi

step "unpack the clean root"
root="$work/root"
mkdir "$root"
tar -C "$root" -xf "$tarball"
cp "$deb" "$root/tmp/portpilot.deb"
# Every path with its type, mode and owner, leaving out what dpkg and apt keep about themselves.
snapshot() {
    (cd "$root" && find . -xdev \( -path ./tmp -o -path ./var/lib/dpkg -o -path ./var/lib/apt -o -path ./var/cache \
        -o -path ./var/log -o -path ./etc/ld.so.cache \) -prune -o -printf '%y %m %u:%g %p\n') | sort
}
snapshot >"$work/before"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"; }

step "apt-get install ./portpilot.deb"
# No network for apt here: everything the package depends on must already be in the root.
if ! in_root apt-get install -y -q --no-install-recommends -o Acquire::http::Proxy=http://127.0.0.1:9 \
    /tmp/portpilot.deb >"$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    fail "apt-get could not install the package into the clean root"
fi

step "run the installed program"
out=$(in_root portpilot --version)
[ "$out" = "portpilot $version" ] || fail "portpilot --version printed '$out', the package is $version"
# The Icelandic catalogue is a Qt resource inside the program: it must work with nothing but the package.
in_root portpilot --lang is --help >"$work/help-is" || fail "portpilot --lang is --help failed"
grep -q '^Notkun: portpilot' "$work/help-is" || { cat "$work/help-is" >&2; fail "portpilot --lang is --help is not Icelandic"; }
in_root portpilot --help | grep -q '^Usage: portpilot' || fail "portpilot --help is not English under LANG=C.UTF-8"
# Without a command, portpilot becomes the wizard (libexec/portpilot/portpilot-wizard); offscreen,
# since the root has no display, it quits after drawing its first page.
in_root env QT_QPA_PLATFORM=offscreen PORTPILOT_EXIT_AFTER_FIRST_PAINT=1 portpilot --address anna@example.org >"$work/wizard.log" 2>&1 || true
grep -q '^portpilot-first-paint' "$work/wizard.log" || { cat "$work/wizard.log" >&2; fail "portpilot without a command did not open the wizard"; }

# The keychain plugin is installed where the program looks: without a D-Bus session in the root,
# a command that reads a password says there is no keychain (not that its module is missing).
cp "$(dirname "$0")/../data/keychain-probe.xml" "$root/tmp/keychain-probe.xml"
in_root portpilot test /tmp/keychain-probe.xml --address anna@example.org --timeout 2 >"$work/keychain.log" 2>&1 || true
if ! grep -q 'No system keychain' "$work/keychain.log" || grep -q 'keychain module' "$work/keychain.log"; then
    cat "$work/keychain.log" >&2
    fail "the installed portpilot did not load its keychain plugin"
fi

step "validate what was installed"
desktop-file-validate "$root/usr/share/applications/is.portpilot.Portpilot.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/is.portpilot.Portpilot.metainfo.xml" || fail "appstreamcli validate"
# The tree: the metadata's launchable names the installed desktop file, whose icon is installed.
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
for command in $(in_root portpilot --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1; next } on { on = 0 }'); do
    zcat "$root/usr/share/man/man1/portpilot.1.gz" | grep -q "^\.SS portpilot $command\$" ||
        fail "the man page has no section for 'portpilot $command'"
done
[ -s "$root/usr/share/doc/portpilot/copyright" ] || fail "no copyright file"
in_root dpkg -L portpilot >"$work/files"

step "apt-get purge portpilot"
in_root apt-get purge -y -q portpilot >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "apt-get purge"; }
while read -r path; do
    if [ -e "$root$path" ] && ! grep -q " \.$path\$" "$work/before"; then
        fail "left behind after purge: $path"
    fi
done <"$work/files"
snapshot >"$work/after"
if ! diff -u "$work/before" "$work/after"; then
    fail "the root differs after install and purge (above)"
fi
step "package check passed: portpilot $version installs, runs in Icelandic, validates and purges cleanly"
