#!/usr/bin/python3
"""Prints what an IMAP account holds, as JSON, for tests that compare it with what they put there.

Usage: imap-dump.py --host HOST --port PORT --ca FILE --user USER --password PASSWORD

Logs in over TLS (the certificate must chain to FILE), lists every mailbox and prints
  {"mailboxes": {"NAME": {"separator": "/", "attributes": [...], "specialUse": ["\\Sent"],
                          "messages": [{"sha256": "...", "size": N, "flags": ["\\Seen"],
                                        "internalDate": "2024-03-01T09:15:00Z", "messageId": "<...>"}]}}}
NAME is the LIST name decoded from modified UTF-7; messages are in the mailbox's order; "flags" are
sorted and never hold \\Recent (which only says this session saw it first); "messageId" is null when the
message has none. Read-only: EXAMINE and BODY.PEEK, so not even \\Seen changes.
"""

import argparse
import base64
import datetime
import hashlib
import imaplib
import json
import re
import ssl
import sys

# RFC 6154's attributes, by their lower case: attributes are case-insensitive.
SPECIAL_USE = {a.lower(): a for a in ("\\All", "\\Archive", "\\Drafts", "\\Flagged", "\\Junk", "\\Sent",
                                      "\\Trash")}


def decode_mailbox_name(name):
    """Modified UTF-7 (RFC 3501 5.1.3) to Unicode.

    Printable ASCII stands for itself, except "&", which starts a base64 run of UTF-16BE code units
    ended by "-"; the base64 alphabet has "," for "/" and no "=" padding. "&-" is a literal "&".
    """
    out = []
    i = 0
    while i < len(name):
        if name[i] != "&":
            out.append(name[i])
            i += 1
            continue
        end = name.index("-", i)
        run = name[i + 1:end]
        if not run:
            out.append("&")
        else:
            data = run.replace(",", "/")
            data += "=" * (-len(data) % 4)
            out.append(base64.b64decode(data, validate=True).decode("utf-16-be"))
        i = end + 1
    return "".join(out)


def quote(name):
    """An IMAP quoted string: imaplib sends a command's arguments as they are."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_list_line(item):
    """(attributes, separator, raw name) of one LIST answer; the name may come as a literal."""
    if isinstance(item, tuple):
        line, literal = item
        line = line.decode("ascii")
        name = literal.decode("ascii")
        match = re.match(r'\(([^)]*)\) (NIL|"(?:[^"\\]|\\.)") \{\d+\}$', line)
    else:
        line = item.decode("ascii")
        match = re.match(r'\(([^)]*)\) (NIL|"(?:[^"\\]|\\.)") (.*)$', line)
        name = match.group(3)
        if name.startswith('"'):
            name = re.sub(r"\\(.)", r"\1", name[1:-1])
    if not match:
        raise ValueError("unexpected LIST answer: %r" % (item,))
    attributes = match.group(1).split()
    separator = None if match.group(2) == "NIL" else re.sub(r"\\(.)", r"\1", match.group(2)[1:-1])
    return attributes, separator, name


def message_id(message):
    """The first Message-ID field of the header block, unfolded, or None."""
    header = re.split(rb"\r?\n\r?\n", message, maxsplit=1)[0]
    match = re.search(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", header, re.IGNORECASE | re.MULTILINE)
    if not match:
        return None
    return re.sub(rb"\r?\n", b"", match.group(1)).strip().decode("utf-8", "replace")


def internal_date_utc(value):
    """INTERNALDATE ("01-Mar-2024 10:15:00 +0100") as ISO 8601 UTC."""
    when = datetime.datetime.strptime(value.strip(), "%d-%b-%Y %H:%M:%S %z")
    return when.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def check(response, what):
    status, data = response
    if status != "OK":
        raise RuntimeError("%s: %s %r" % (what, status, data))
    return data


def dump_mailbox(imap, raw_name):
    data = check(imap.select(quote(raw_name), readonly=True), "EXAMINE " + raw_name)  # readonly: EXAMINE, not SELECT
    if int(data[0]) == 0:
        return []
    # Metadata first (one line per message, no literals), then each body by UID: the body is a
    # literal, and keeping one at a time keeps a 30 MB message from being held with all others.
    metadata = []
    for line in check(imap.fetch("1:*", "(UID FLAGS INTERNALDATE)"), "FETCH " + raw_name):
        text = line.decode("ascii") if isinstance(line, bytes) else line[0].decode("ascii")
        uid = re.search(r"\bUID (\d+)", text).group(1)
        flags = re.search(r"\bFLAGS \(([^)]*)\)", text).group(1).split()
        date = re.search(r'\bINTERNALDATE "([^"]+)"', text).group(1)
        metadata.append((uid, flags, date))
    messages = []
    for uid, flags, date in metadata:
        answer = check(imap.uid("FETCH", uid, "(BODY.PEEK[])"), "FETCH BODY[] " + uid)
        body = next(part[1] for part in answer if isinstance(part, tuple))
        messages.append({
            "sha256": hashlib.sha256(body).hexdigest(),
            "size": len(body),
            "flags": sorted(flag for flag in flags if flag != "\\Recent"),
            "internalDate": internal_date_utc(date),
            "messageId": message_id(body),
        })
    return messages


def dump(host, port, ca, user, password):
    context = ssl.create_default_context(cafile=ca)
    with imaplib.IMAP4_SSL(host, port, ssl_context=context) as imap:
        check(imap.login(user, password), "LOGIN")
        mailboxes = {}
        for item in check(imap.list('""', "*"), "LIST"):
            attributes, separator, raw_name = parse_list_line(item)
            lower = [a.lower() for a in attributes]
            selectable = "\\noselect" not in lower and "\\nonexistent" not in lower
            mailboxes[decode_mailbox_name(raw_name)] = {
                "separator": separator,
                # \Marked and \UnMarked (RFC 3501 §7.2.2) say whether mail arrived since a client last
                # looked: state that changes with every SELECT, not what the folder is.
                "attributes": [a for a in attributes if a.lower() not in ("\\marked", "\\unmarked")],
                "specialUse": [SPECIAL_USE[a] for a in lower if a in SPECIAL_USE],
                "messages": dump_mailbox(imap, raw_name) if selectable else [],
            }
        imap.logout()
    return {"mailboxes": mailboxes}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ca", required=True, help="CA certificates (PEM) the server's chains to")
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()
    json.dump(dump(args.host, args.port, args.ca, args.user, args.password), sys.stdout, indent=1,
              ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
