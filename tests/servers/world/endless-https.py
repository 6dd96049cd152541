#!/usr/bin/env python3
"""Adversarial HTTPS server for discovery tests: a real web server cannot do this on purpose.

Usage: endless-https.py ADDRESS PORT CERT KEY
Every request gets "200 OK" with chunked transfer encoding and an XML body that never ends.
Runs until killed; prints "ready" once listening.
"""
import socket
import ssl
import sys
import threading

address, port, cert, key = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((address, port))
listener.listen(16)
print("ready", flush=True)


def serve(raw):
    try:
        conn = context.wrap_socket(raw, server_side=True)
        request = b""
        while b"\r\n\r\n" not in request and len(request) < 65536:
            data = conn.recv(4096)
            if not data:
                return
            request += data
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"<!-- " + b"x" * 16000 + b" -->\n"
        framed = b"%x\r\n" % len(chunk) + chunk + b"\r\n"
        conn.sendall(b"%x\r\n<?xml version=\"1.0\"?>\r\n" % len(b"<?xml version=\"1.0\"?>"))
        while True:
            conn.sendall(framed)
    except (OSError, ssl.SSLError):
        pass
    finally:
        raw.close()


while True:
    client, _ = listener.accept()
    threading.Thread(target=serve, args=(client,), daemon=True).start()
