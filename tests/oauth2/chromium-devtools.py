#!/usr/bin/env python3
"""A minimal client of Chromium's DevTools protocol (Python standard library only) for
check-login-chromium.sh: reads what the browser's page shows after a sign-in.

Usage: chromium-devtools.py USER_DATA_DIR page [--wait-text TEXT] [--timeout SECONDS]
       chromium-devtools.py USER_DATA_DIR close
Reads the port from USER_DATA_DIR/DevToolsActivePort (Chromium started with
--remote-debugging-port=0 listens on 127.0.0.1 only), finds the page target and prints one JSON
object: {"href": location.href, "text": the body's text, "history": [URLs of the tab's history]}.
With --wait-text it waits until the body's text contains TEXT (exit 1 when it never does).
"close" asks the browser to quit (Browser.close), so that it finishes its files (the net log).
"""

import argparse
import base64
import json
import os
import socket
import struct
import sys
import time
import urllib.request


class WebSocket:
    """RFC 6455 client: text frames, masked as a client must; enough for DevTools."""

    def __init__(self, url, timeout=10):
        assert url.startswith("ws://127.0.0.1:"), url  # DevTools on loopback only
        rest = url[len("ws://"):]
        hostport, _, path = rest.partition("/")
        host, _, port = hostport.partition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode("ascii")
        self.sock.sendall(("GET /%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % (path, hostport, key))
                          .encode("ascii"))
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise OSError("DevTools closed the connection during the handshake")
            head += chunk
        if not head.startswith(b"HTTP/1.1 101"):
            raise OSError("DevTools refused the WebSocket: " + head.decode("latin-1").splitlines()[0])
        self.next_id = 0

    def _read_exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise OSError("DevTools closed the connection")
            data += chunk
        return data

    def send_text(self, text):
        payload = text.encode("utf-8")
        header = bytes([0x81])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def receive_text(self):
        message = b""
        while True:
            first, second = self._read_exact(2)
            n = second & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read_exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read_exact(8))[0]
            mask = self._read_exact(4) if second & 0x80 else None
            payload = self._read_exact(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            opcode = first & 0x0F
            if opcode == 0x8:
                raise OSError("DevTools closed the WebSocket")
            if opcode in (0x9, 0xA):  # ping, pong: nothing to do for a short client
                continue
            message += payload
            if first & 0x80:
                return message.decode("utf-8")

    def call(self, method, **params):
        self.next_id += 1
        self.send_text(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            answer = json.loads(self.receive_text())
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise OSError("%s: %s" % (method, answer["error"]))
                return answer.get("result", {})


def target(user_data_dir, timeout, browser=False):
    deadline = time.monotonic() + timeout
    port_file = os.path.join(user_data_dir, "DevToolsActivePort")
    while True:
        try:
            with open(port_file) as f:
                port = int(f.readline().strip())
            base = "http://127.0.0.1:%d" % port
            if browser:
                with urllib.request.urlopen(base + "/json/version", timeout=5) as answer:
                    return json.load(answer)["webSocketDebuggerUrl"]
            with urllib.request.urlopen(base + "/json/list", timeout=5) as answer:
                pages = [t for t in json.load(answer) if t.get("type") == "page"]
            if pages:
                return pages[0]["webSocketDebuggerUrl"]
        except (OSError, ValueError):
            pass
        if time.monotonic() > deadline:
            raise SystemExit("chromium-devtools.py: no DevTools page in %s within %d s" % (user_data_dir, timeout))
        time.sleep(0.2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("user_data_dir")
    parser.add_argument("what", choices=["page", "close"])
    parser.add_argument("--wait-text", default="")
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    if args.what == "close":
        ws = WebSocket(target(args.user_data_dir, args.timeout, browser=True))
        ws.call("Browser.close")
        return 0
    ws = WebSocket(target(args.user_data_dir, args.timeout))
    deadline = time.monotonic() + args.timeout
    expression = "JSON.stringify({href: location.href, text: document.body ? document.body.innerText : ''})"
    while True:
        result = ws.call("Runtime.evaluate", expression=expression, returnByValue=True)
        page = json.loads(result.get("result", {}).get("value") or "{}")
        if args.wait_text in page.get("text", "") or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    history = ws.call("Page.getNavigationHistory")
    page["history"] = [entry["url"] for entry in history.get("entries", [])]
    print(json.dumps(page))
    return 0 if args.wait_text in page.get("text", "") else 1


if __name__ == "__main__":
    sys.exit(main())
