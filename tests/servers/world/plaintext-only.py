#!/usr/bin/env python3
"""A mail server that offers no encryption at all, for discovery's guessing tests.

Usage: plaintext-only.py ADDRESS [SMTP_PORT...]
Listens on ADDRESS ports 143 (IMAP) and 25 (SMTP, or each SMTP_PORT given: 587 is a submission
port without STARTTLS for `portpilot check`) without STARTTLS, answers capability
commands, refuses everything else. Dovecot cannot be made to drop STARTTLS from its
capability list while still answering, so this is scripted. Prints "ready" once listening.
"""
import socket
import sys
import threading

address = sys.argv[1]


def imap(conn):
    f = conn.makefile("rwb", buffering=0)
    f.write(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] plaintext-only test server\r\n")
    for line in f:
        parts = line.split(b" ", 2)
        tag = parts[0]
        command = parts[1].strip().upper() if len(parts) > 1 else b""
        if command == b"CAPABILITY":
            f.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n")
        elif command == b"LOGOUT":
            f.write(b"* BYE\r\n" + tag + b" OK bye\r\n")
            return
        else:
            f.write(tag + b" BAD not here\r\n")


def smtp(conn):
    f = conn.makefile("rwb", buffering=0)
    f.write(b"220 plaintext-only test server ESMTP\r\n")
    for line in f:
        command = line[:4].upper()
        if command in (b"EHLO", b"HELO"):
            f.write(b"250-plaintext-only\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n")
        elif command == b"QUIT":
            f.write(b"221 bye\r\n")
            return
        else:
            f.write(b"502 not here\r\n")


def listen(port):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((address, port))
    listener.listen(16)
    return listener


def serve(listener, handler):
    while True:
        conn, _ = listener.accept()

        def run(c=conn):
            try:
                handler(c)
            except OSError:
                pass
            finally:
                c.close()

        threading.Thread(target=run, daemon=True).start()


smtp_ports = [int(port) for port in sys.argv[2:]] or [25]
for port, handler in [(143, imap)] + [(port, smtp) for port in smtp_ports]:
    threading.Thread(target=serve, args=(listen(port), handler), daemon=True).start()
print("ready", flush=True)
threading.Event().wait()
