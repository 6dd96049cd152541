#!/usr/bin/python3
"""Checks a .mobileconfig with plistlib and the key/type/enum rules of Apple's
com.apple.mail.managed, TopLevel and CommonPayloadKeys schemas (apple/device-management),
restated here for the keys a mail profile uses. Prints the mail payload as JSON on success."""
import json, plistlib, sys, uuid

STR, INT, BOOL, LIST = str, int, bool, list
TOP = {'PayloadContent': (LIST, True), 'PayloadDescription': (STR, False), 'PayloadDisplayName': (STR, False),
       'PayloadIdentifier': (STR, True), 'PayloadOrganization': (STR, False),
       'PayloadRemovalDisallowed': (BOOL, False), 'PayloadType': (STR, True), 'PayloadUUID': (STR, True),
       'PayloadVersion': (INT, True)}
AUTH = ['EmailAuthNone', 'EmailAuthPassword', 'EmailAuthCRAMMD5', 'EmailAuthNTLM', 'EmailAuthHTTPMD5']
MAIL = {'PayloadDisplayName': (STR, False), 'PayloadIdentifier': (STR, True), 'PayloadType': (STR, True),
        'PayloadUUID': (STR, True), 'PayloadVersion': (INT, True), 'PayloadDescription': (STR, False),
        'EmailAccountDescription': (STR, False), 'EmailAccountName': (STR, False),
        'EmailAccountType': (STR, True, ['EmailTypeIMAP', 'EmailTypePOP']), 'EmailAddress': (STR, False),
        'IncomingMailServerAuthentication': (STR, True, AUTH), 'IncomingMailServerHostName': (STR, True),
        'IncomingMailServerPortNumber': (INT, False), 'IncomingMailServerUseSSL': (BOOL, False),
        'IncomingMailServerUsername': (STR, False), 'IncomingMailServerIMAPPathPrefix': (STR, False),
        'OutgoingMailServerAuthentication': (STR, True, AUTH), 'OutgoingMailServerHostName': (STR, True),
        'OutgoingMailServerPortNumber': (INT, False), 'OutgoingMailServerUseSSL': (BOOL, False),
        'OutgoingMailServerUsername': (STR, False), 'OutgoingPasswordSameAsIncomingPassword': (BOOL, False)}


def check(d, spec, where, errs):
    for key, rule in spec.items():
        if rule[1] and key not in d:
            errs.append(f'{where}: missing {key}')
    for key, value in d.items():
        if key not in spec:
            errs.append(f'{where}: unknown key {key}')
            continue
        rule = spec[key]
        if not isinstance(value, rule[0]) or (rule[0] is INT and isinstance(value, bool)):
            errs.append(f'{where}: {key} has the wrong type')
        if len(rule) > 2 and value not in rule[2]:
            errs.append(f'{where}: {key}={value!r} not allowed')


with open(sys.argv[1], 'rb') as f:
    top = plistlib.load(f)
errs = []
check(top, TOP, 'top', errs)
if top.get('PayloadType') != 'Configuration' or top.get('PayloadVersion') != 1:
    errs.append('top: not a version 1 Configuration')
uuid.UUID(top['PayloadUUID'])
payloads = top.get('PayloadContent', [])
if len(payloads) != 1:
    errs.append('expected one payload')
for i, p in enumerate(payloads):
    check(p, MAIL, f'payload[{i}]', errs)
    if p.get('PayloadType') != 'com.apple.mail.managed':
        errs.append('payload type')
    uuid.UUID(p['PayloadUUID'])
    if p['PayloadUUID'] == top['PayloadUUID']:
        errs.append('UUIDs must differ')
if errs:
    print('\n'.join(errs), file=sys.stderr)
    sys.exit(1)
print(json.dumps(payloads[0], ensure_ascii=False))
