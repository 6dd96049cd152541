#!/usr/bin/env python3
"""Fills unfinished translations from an earlier copy of the catalogue.

When a string moves to another class its context changes, and lupdate (run with -no-obsolete)
drops the old entry and adds the new one untranslated. This copies the translation of the same
source text (and disambiguation comment) from the earlier catalogue, in whatever context it
was, and marks it finished. Entries it cannot fill stay unfinished for a translator.

    translations/carry-over.py OLD.ts NEW.ts   # NEW.ts is rewritten in place
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return (source, comment)


def main(old_path, new_path):
    known = {}
    for message in ET.parse(old_path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
            known.setdefault(key(message), translation)
    tree = ET.parse(new_path)
    filled = 0
    left = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        earlier = known.get(key(message))
        if earlier is None:
            left += 1
            continue
        message.remove(translation)
        copy = ET.fromstring(ET.tostring(earlier))
        copy.tail = translation.tail
        message.append(copy)
        filled += 1
    with open(new_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"carried over {filled} translations; {left} still unfinished")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
