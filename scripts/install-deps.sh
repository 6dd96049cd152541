#!/usr/bin/env bash
# Installs the Debian packages Portpilot needs, and nothing when they are all present.
#   scripts/install-deps.sh build   what `make run` needs
#   scripts/install-deps.sh test    also the servers and export consumers the tests start
set -euo pipefail

profile=${1:-build}

build_packages=(
    cmake make g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
    qtkeychain-qt6-dev libgl-dev
    libpsl-dev publicsuffix libqrencode-dev
    # RELAX NG validation of clientConfig documents against the draft's grammar (AutoconfigGrammar)
    libxml2-dev
    # The man page (packaging/make-man-page.sh) and `make package` (dpkg-shlibdeps)
    help2man dpkg-dev
)

test_packages=(
    libbenchmark-dev xvfb xauth
    # Real servers started by the tests
    openssl iproute2 nftables dnsmasq-base nginx-light
    dovecot-core dovecot-imapd dovecot-pop3d dovecot-submissiond
    # Cyrus IMAP's JMAP server (httpd is in cyrus-caldav) and saslpasswd2 (tests/servers/cyrus-jmap.sh);
    # never cyrus-imapd: it conflicts with dovecot-imapd, and apt would remove Dovecot for it
    cyrus-common cyrus-caldav sasl2-bin
    dbus dbus-x11 gnome-keyring libsecret-tools
    # Evolution's source registry and its GObject bindings (tests/export/check-evolution-install.py)
    evolution-data-server gir1.2-edataserver-1.2
    # Thunderbird 153, headless with Marionette (tests/export/check-thunderbird-install.py)
    thunderbird
    # Real consumers that validate the exports
    neomutt msmtp isync fetchmail aerc libxml2-utils jing bind9-utils zbar-tools python3 python3-gi python3-jsonschema tmux
    # The accessibility walk (tests/ui/a11y): AT-SPI from Python, keys typed through XTest
    python3-pyatspi gir1.2-atspi-2.0 at-spi2-core xdotool
    # Validating the installed .desktop file and AppStream metadata (tests/ui/check-install.sh)
    desktop-file-utils appstream
    # The Debian package test (tests/package/check-deb.sh): lintian and a clean Debian 12 root
    lintian mmdebstrap
    # Hardening: sanitizers and fuzzers
    clang libclang-rt-14-dev clang-tidy clang-format
    # Timing the whole `portpilot test` process (tests/bench/bench-test-command.sh); GNU time for
    # the peak memory of `portpilot migrate` and mbsync (tests/bench/migrate-timing.sh)
    hyperfine time
    # A real browser for `portpilot login` (tests/oauth2/check-login-chromium.sh): headless Chromium,
    # and certutil for the private NSS database in which it trusts the test CA
    chromium libnss3-tools
)

packages=("${build_packages[@]}")
if [[ $profile == test ]]; then
    packages+=("${test_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
    if [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) != "install ok installed" ]]; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
sudo=()
if ((EUID != 0)); then
    sudo=(sudo)
fi

# Package scripts must not start system services (dovecot, nginx, dnsmasq) on this machine:
# the tests start their own instances on loopback.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod 755 "$policy"
    own_policy=1
fi
cleanup() { if ((own_policy)); then "${sudo[@]}" rm -f "$policy"; fi; }
trap cleanup EXIT

"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
