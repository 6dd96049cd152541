#!/bin/bash
# Times `portpilot migrate` copying a Maildir of MESSAGES messages (about 50 KB each, 500 MB for
# 10 000) to a real Dovecot on loopback, and mbsync pushing the same Maildir to the same server:
# the whole process, RUNS times each into an empty account, median, with peak memory.
# Usage: tests/bench/migrate-timing.sh [PORTPILOT_BINARY] [RUNS] [MESSAGES]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-$here/../../build/bin/portpilot}
runs=${2:-3}
messages=${3:-10000}
address=127.0.0.46
dir=$(mktemp -d "${TMPDIR:-/tmp}/portpilot-migrate-bench.XXXXXX")
cleanup() {
    "$here/../servers/dovecot.sh" stop "$dir/dovecot" || true
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM

"$here/../servers/dovecot.sh" start "$dir/dovecot" "$address" > /dev/null
# shellcheck disable=SC1091
source "$dir/dovecot/ports.env"
user=migrate@example.test
home=$dir/dovecot/home/$user

# The mail: random (incompressible) bodies of 30-70 KB, half of them read.
python3 - "$dir/Maildir" "$messages" <<'PY'
import base64, os, random, sys
root, count = sys.argv[1], int(sys.argv[2])
random.seed(13)
for sub in ("cur", "new", "tmp"):
    os.makedirs(os.path.join(root, sub), exist_ok=True)
for i in range(count):
    body = base64.encodebytes(random.randbytes(random.randint(22000, 52000))).decode()
    text = (f"From: Sender {i} <sender{i}@example.net>\nTo: migrate@example.test\nSubject: Message {i}\n"
            f"Date: Mon, 01 Jan 2024 12:00:00 +0000\nMessage-ID: <bench{i}@example.net>\n"
            "MIME-Version: 1.0\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n" + body)
    name = f"{1700000000 + i}.M{i}P1.bench:2,{'S' if i % 2 else ''}"
    with open(os.path.join(root, "cur", name), "w") as f:
        f.write(text)
PY
size=$(du -sm "$dir/Maildir" | cut -f1)

cat > "$dir/config.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?><clientConfig version="1.1"><emailProvider id="example.test">
<domain>example.test</domain>
<incomingServer type="imap"><hostname>$address</hostname><port>$IMAPS_PORT</port><socketType>SSL</socketType>
<authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>$address</hostname><port>$SUBMISSIONS_PORT</port><socketType>SSL</socketType>
<authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>
XML
# mbsync does not match IP-address names; a server certificate listed in its file is trusted as is.
cat "$CA_FILE" "$dir/dovecot/ca/server.pem" > "$dir/mbsync-trust.pem"
cat > "$dir/mbsyncrc" <<RC
IMAPAccount bench
Host $address
Port $IMAPS_PORT
User $user
Pass migrate-secret
SSLType IMAPS
CertificateFile $dir/mbsync-trust.pem

IMAPStore remote
Account bench

MaildirStore local
Path $dir/mbsync-copy/
Inbox $dir/mbsync-copy/Maildir

Channel push
Far :remote:
Near :local:
Patterns INBOX
Create Far
Sync Push New
SyncState $dir/mbsync-state/
RC

empty_account() {
    rm -rf "$home/Maildir" "$dir/mbsync-copy" "$dir/mbsync-state"
    mkdir -p "$dir/mbsync-state"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: > "$dir/portpilot.times"
: > "$dir/mbsync.times"
for _ in $(seq "$runs"); do
    empty_account
    printf 'migrate-secret\n' | /usr/bin/time -f '%e %M' -o "$dir/t" "$binary" migrate "$dir/Maildir" \
        --config "$dir/config.xml" --address "$user" --password-stdin --ca-certificates "$CA_FILE" \
        --format json > "$dir/report.json" 2> /dev/null
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); f=r["folders"][0]; assert r["verified"] and f["copied"]==int(sys.argv[2]), f' \
        "$dir/report.json" "$messages"
    cat "$dir/t" >> "$dir/portpilot.times"

    empty_account
    mkdir -p "$dir/mbsync-copy"
    cp -r "$dir/Maildir" "$dir/mbsync-copy/Maildir" # mbsync renames files it has synced
    /usr/bin/time -f '%e %M' -o "$dir/t" mbsync -q -c "$dir/mbsyncrc" push
    cat "$dir/t" >> "$dir/mbsync.times"
done

for tool in portpilot mbsync; do
    seconds=$(cut -d' ' -f1 < "$dir/$tool.times" | median)
    peak=$(cut -d' ' -f2 < "$dir/$tool.times" | sort -n | tail -1)
    awk -v t="$tool" -v s="$seconds" -v n="$messages" -v mb="$size" -v k="$peak" 'BEGIN {
        printf "%-9s %d messages (%d MB): median %.2f s over the runs, %.0f messages/s, %.1f MB/s, peak %.0f MB\n",
            t, n, mb, s, n / s, mb / s, k / 1024 }'
done
echo "runs: $runs; machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
