#!/usr/bin/python3
"""Loads Evolution .source files with GLib's own key-file parser (python3-gi) and prints
every group/key/value as JSON: {file: {group: {key: value}}}."""
import json, os, sys
from gi.repository import GLib

out = {}
for path in sys.argv[1:]:
    kf = GLib.KeyFile()
    kf.load_from_file(path, GLib.KeyFileFlags.NONE)
    groups = {}
    for group in kf.get_groups()[0]:
        groups[group] = {key: kf.get_string(group, key) for key in kf.get_keys(group)[0]}
    out[os.path.basename(path)] = groups
print(json.dumps(out, ensure_ascii=False))
