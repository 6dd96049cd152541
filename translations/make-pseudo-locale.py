#!/usr/bin/env python3
"""Makes the pseudo-locale from a Qt Linguist .ts file.

Every source string becomes "⟦accented text···⟧": letters get accents, the text is about 40%
longer, and the brackets mark text that went through a translator. Placeholders (%1, %n,
%L1), HTML tags and entities, and keyboard mnemonics (&S) are kept intact so the strings still
work. A GUI test then looks for visible text without the brackets (text that bypassed tr()),
and for labels too small for the longer text.

usage: make-pseudo-locale.py INPUT.ts OUTPUT.ts
"""

import math
import re
import sys
import xml.etree.ElementTree as ET

OPEN, CLOSE, PAD = "\u27e6", "\u27e7", "\u00b7"

ACCENTS = dict(zip(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ"))

# Pieces copied unchanged: placeholders, tags, entities, mnemonics, escaped ampersands.
KEEP = re.compile(r"%L?(?:n|\d{1,2})|<[^>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);|&&|&.")
# Key sequences ("Ctrl+L") must stay parseable.
SHORTCUT = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta)\+)+\S+$")


def accent(text):
    out, pos, visible = [], 0, 0
    for match in KEEP.finditer(text):
        plain = text[pos:match.start()]
        out.append("".join(ACCENTS.get(c, c) for c in plain))
        visible += len(plain)
        piece = match.group(0)
        out.append(piece)
        if piece.startswith("&") and len(piece) == 2 and piece != "&&":
            visible += 1
        pos = match.end()
    plain = text[pos:]
    out.append("".join(ACCENTS.get(c, c) for c in plain))
    visible += len(plain)
    return "".join(out), visible


def pseudo(text):
    if not text or SHORTCUT.match(text):
        return text
    # Keep leading and trailing white space (the command line's "\n") outside the markers.
    stripped = text.strip()
    if not stripped:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    body, visible = accent(stripped)
    padding = PAD * max(1, math.ceil(visible * 0.4) - 2)
    return f"{lead}{OPEN}{body}{padding}{CLOSE}{trail}"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    tree = ET.parse(sys.argv[1])
    root = tree.getroot()
    root.set("language", "en")
    root.set("sourcelanguage", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.clear()
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(sys.argv[2], encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
