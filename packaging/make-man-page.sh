#!/bin/sh
# Writes portpilot(1) from the program's own help: help2man reads `portpilot --help` and
# `--version`, and every command listed under "Commands:" adds its `portpilot COMMAND --help`
# as a subsection, so the man page cannot drift from what the program prints.
# Usage: make-man-page.sh PORTPILOT_BINARY OUTPUT.1
set -eu
binary=$1
output=$2
# Run as plain "portpilot", so the usage lines name the program and not the build folder.
PATH="$(cd "$(dirname "$binary")" && pwd):$PATH"
export PATH
binary=$(basename "$binary")
work=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-man.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
# English, whatever the builder's locale is.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LANGUAGE

# roff: a backslash is \e, a line that starts with . or ' needs \& before it.
escape() { sed -e 's/\\/\\e/g' -e "s/^[.']/\\\\&&/"; }

commands=$("$binary" --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1; next } on { on = 0 }')
if [ -z "$commands" ]; then
    echo "make-man-page.sh: no commands found in '$binary --help'" >&2
    exit 1
fi
{
    echo '[COMMANDS]'
    for command in $commands; do
        echo ".SS portpilot $command"
        echo '.nf'
        "$binary" "$command" --help | escape
        echo '.fi'
    done
    echo '[FILES]'
    echo '.TP'
    echo '.I ~/.config/Portpilot/portpilot.conf'
    echo 'What the wizard remembers between runs (name, address, window size); never a password.'
    echo '[SEE ALSO]'
    echo 'The documentation in'
    echo '.IR /usr/share/doc/portpilot/ .'
} >"$work/include"

# help2man takes a second synopsis line only as "or: ...": a wrapper rewrites the indented one.
mkdir "$work/bin"
cat >"$work/bin/portpilot" <<WRAPPER
#!/bin/sh
PATH="$PATH"
if [ "\$1" = --help ]; then
    portpilot --help | sed '2s/^ *portpilot /  or:  portpilot /'
else
    exec portpilot "\$@"
fi
WRAPPER
chmod +x "$work/bin/portpilot"
(cd "$work/bin" && help2man --no-info --no-discard-stderr --section=1 \
    --name="set up an email account: discover, test and export its servers" \
    --include="$work/include" --output="$work/portpilot.1" ./portpilot)
mv "$work/portpilot.1" "$output"
