#!/usr/bin/env python3
"""Portpilot's own OAuth2 authorization server for the tests (Python 3 standard library only).

Usage: oauth2-server.py --dir DIR --address 127.0.0.x [options]

Serves HTTPS with DIR/ca/server.pem (a test CA made by make-test-ca.sh when DIR/ca is missing) on
a free port of ADDRESS and writes DIR/server.env (ADDRESS, PORT, ISSUER, CA_FILE, PID) once it
listens. Endpoints (paths below the issuer URL https://ADDRESS:PORT):
  GET  /.well-known/oauth-authorization-server   RFC 8414 metadata
  GET  /authorize        authorization endpoint: checks client_id, the loopback redirect_uri
                         (any port, RFC 8252 7.3), response_type=code, a PKCE S256 challenge;
                         answers with a redirect (--consent redirect) or a page whose form the
                         browser submits by itself (--consent form: POST /authorize/decision)
  POST /token            authorization_code (checks the PKCE verifier) and refresh_token grants;
                         refresh tokens rotate (the old one stops working) unless --mode google
  POST /revoke           RFC 7009: revokes a refresh token and the access tokens issued from it
  POST /introspect       RFC 7662, for Dovecot's oauth2 passdb (introspection_mode = post)
  POST /test/control     JSON: {"authorize_error": "access_denied"|"admin_consent"|null,
                         "token_answer": "json"|"html"|"huge"|"endless",
                         "expire_access": true, "revoke_all": true, "token_lifetime": SECONDS,
                         "send_iss": true|false, "wrong_iss": true|false,
                         "date_offset": SECONDS (the Date header of every answer, as a server
                         whose clock is that far from the client's)}
  GET  /test/log         JSON list of the token (with the PKCE code_verifier sent), revoke and
                         introspect requests seen so far
  GET  /test/connections {"connections": N}, the connections accepted so far (this one included)
Modes (--mode): standard (sends iss, rotates refresh tokens); microsoft (no iss, AADSTS error
codes, admin consent required as Microsoft words it); google (iss sent, codes like Google's
"4/0A..." whose "/" breaks when a client percent-encodes the code twice, QTBUG-81624; refresh
answers carry no new refresh token).
Clients: --client ID[:SECRET] (repeatable). Users: any address given as login_hint, or --user.
Nothing here is secret; tokens are random per run.
"""

import argparse
import base64
import hashlib
import html
import json
import os
import secrets
import ssl
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class State:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.codes = {}  # code -> dict(client_id, redirect_uri, challenge, user, scope, expires)
        self.refresh = {}  # refresh token -> dict(user, scope, client_id)
        self.access = {}  # access token -> dict(user, scope, expires, refresh)
        self.log = []
        self.connections = 0  # TCP connections accepted (after the TLS handshake, when TLS)
        self.authorize_error = args.authorize_error
        self.token_answer = "json"
        self.token_lifetime = args.token_lifetime
        self.send_iss = args.mode != "microsoft"
        self.wrong_iss = False
        self.issuer = ""

    def record(self, entry):
        with self.lock:
            self.log.append(entry)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    context = None

    def get_request(self):
        sock, address = self.socket.accept()
        sock.settimeout(30)
        if self.context is not None:
            # The handshake runs in the connection's thread: a client that stalls in it (or a
            # plain-HTTP client) does not hold up everyone else's accept().
            sock = self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, address

    def finish_request(self, request, client_address):
        if self.context is not None:
            try:
                request.do_handshake()
            except (OSError, ssl.SSLError):
                return
        with self.state.lock:
            self.state.connections += 1
        super().finish_request(request, client_address)


class Handler(BaseHTTPRequestHandler):
    server_version = "PortpilotTestOAuth2/1"
    protocol_version = "HTTP/1.1"
    # TCP_NODELAY, as real issuers (nginx and the like) answer: with Nagle on, the body waits for the
    # client's delayed ACK of the headers, a 40 ms stall per answer that no real issuer has.
    disable_nagle_algorithm = True

    def log_message(self, fmt, *args):
        sys.stderr.write("oauth2-server: " + (fmt % args) + "\n")

    @property
    def state(self):
        return self.server.state

    def date_time_string(self, timestamp=None):
        # The Date header, shifted by "date_offset": a client whose clock is wrong sees this.
        now = time.time() if timestamp is None else timestamp
        return super().date_time_string(now + getattr(self.state, "date_offset", 0))

    # --- answers -----------------------------------------------------------------------------
    def send(self, status, body, content_type="application/json", headers=None):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def send_json(self, status, obj):
        self.send(status, json.dumps(obj))

    def token_error(self, error, description="", codes=None, status=400):
        answer = {"error": error}
        if self.state.args.mode == "microsoft":
            code = codes[0] if codes else 70000
            answer["error_description"] = "AADSTS%d: %s" % (code, description or error)
            answer["error_codes"] = codes or [code]
        elif description:
            answer["error_description"] = description
        self.send_json(status, answer)

    def read_form(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length > 65536:
            return None
        raw = self.rfile.read(length).decode("utf-8", "replace")
        return dict(urllib.parse.parse_qsl(raw, keep_blank_values=True))

    # --- routing -----------------------------------------------------------------------------
    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        if url.path == "/.well-known/oauth-authorization-server":
            self.metadata()
        elif url.path == "/authorize":
            self.authorize(query)
        elif url.path == "/test/log":
            with self.state.lock:
                self.send_json(200, self.state.log)
        elif url.path == "/test/connections":
            with self.state.lock:
                self.send_json(200, {"connections": self.state.connections})
        else:
            self.send(404, "not found\n", "text/plain")

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/test/control":
            length = int(self.headers.get("Content-Length") or 0)
            self.control(json.loads(self.rfile.read(length) or b"{}"))
            return
        form = self.read_form()
        if form is None:
            self.send(413, "too large\n", "text/plain")
        elif url.path == "/authorize/decision":
            self.authorize(form)
        elif url.path == "/token":
            self.token(form)
        elif url.path == "/revoke":
            self.revoke(form)
        elif url.path == "/introspect":
            self.introspect(form)
        else:
            self.send(404, "not found\n", "text/plain")

    # --- endpoints ---------------------------------------------------------------------------
    def metadata(self):
        issuer = self.state.issuer
        self.send_json(200, {
            "issuer": issuer,
            "authorization_endpoint": issuer + "/authorize",
            "token_endpoint": issuer + "/token",
            "revocation_endpoint": issuer + "/revoke",
            "introspection_endpoint": issuer + "/introspect",
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none", "client_secret_post"],
            "scopes_supported": ["mail", "offline_access"],
            "authorization_response_iss_parameter_supported": self.state.send_iss,
        })

    def authorize(self, query):
        args = self.state.args
        client_id = query.get("client_id", "")
        redirect_uri = query.get("redirect_uri", "")
        if client_id not in args.clients:
            self.send(400, "unknown client_id\n", "text/plain")
            return
        parsed = urllib.parse.urlsplit(redirect_uri)
        # RFC 8252 7.3: a loopback IP literal over plain HTTP, any port.
        if parsed.scheme != "http" or parsed.hostname not in ("127.0.0.1", "::1") or parsed.port is None:
            self.send(400, "redirect_uri must be a loopback address\n", "text/plain")
            return
        if query.get("response_type") != "code":
            self.redirect_error(redirect_uri, query, "unsupported_response_type")
            return
        if query.get("code_challenge_method") != "S256" or len(query.get("code_challenge", "")) != 43:
            self.redirect_error(redirect_uri, query, "invalid_request", "PKCE S256 is required")
            return
        if self.command == "GET" and args.consent == "form":
            self.consent_page(query)
            return
        with self.state.lock:
            error = self.state.authorize_error
        if error == "access_denied":
            self.redirect_error(redirect_uri, query, "access_denied", "The user declined to consent")
            return
        if error == "admin_consent":
            # As Microsoft answers for a tenant that has not approved the application.
            self.redirect_error(redirect_uri, query, "access_denied",
                                "AADSTS90094: The grant requires admin permission.")
            return
        user = query.get("login_hint") or args.user
        if args.mode == "google":
            code = "4/0A" + b64url(secrets.token_bytes(24)).replace("-", "/")
        else:
            code = b64url(secrets.token_bytes(24))
        with self.state.lock:
            self.state.codes[code] = {
                "client_id": client_id, "redirect_uri": redirect_uri,
                "challenge": query["code_challenge"], "user": user,
                "scope": query.get("scope", ""), "expires": time.time() + 60,
            }
        params = {"code": code, "state": query.get("state", "")}
        self.add_iss(params)
        self.redirect(redirect_uri, params)

    def add_iss(self, params):
        if self.state.send_iss:
            params["iss"] = "https://wrong-issuer.invalid" if self.state.wrong_iss else self.state.issuer

    def redirect_error(self, redirect_uri, query, error, description=""):
        params = {"error": error, "state": query.get("state", "")}
        if description:
            params["error_description"] = description
        self.add_iss(params)
        self.redirect(redirect_uri, params)

    def redirect(self, redirect_uri, params):
        separator = "&" if "?" in redirect_uri else "?"
        self.send(302, "", "text/plain", {"Location": redirect_uri + separator + urllib.parse.urlencode(params)})

    def consent_page(self, query):
        hidden = "".join('<input type="hidden" name="%s" value="%s">' % (html.escape(k), html.escape(v))
                         for k, v in query.items())
        page = ("<!DOCTYPE html><html><head><title>Portpilot test sign-in</title></head><body>"
                "<form id=\"consent\" method=\"post\" action=\"/authorize/decision\">%s"
                "<button type=\"submit\">Allow</button></form>"
                "<script>document.getElementById('consent').submit();</script></body></html>") % hidden
        self.send(200, page, "text/html; charset=utf-8")

    def token(self, form):
        args = self.state.args
        grant = form.get("grant_type", "")
        self.state.record({"endpoint": "token", "grant_type": grant, "code": form.get("code", ""),
                           "code_verifier": form.get("code_verifier", ""),
                           "refresh_token": form.get("refresh_token", "")})
        answer = self.state.token_answer
        if answer == "html":
            self.send(200, "<html><body>Sign in again</body></html>", "text/html")
            return
        if answer == "huge":
            self.send(200, '{"access_token":"' + "a" * (8 * 1024 * 1024) + '"}')
            return
        if answer == "endless":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            try:
                self.wfile.write(b'{"access_token":"')
                while True:
                    self.wfile.write(b"a" * 65536)
            except OSError:
                return
        client_id = form.get("client_id", "")
        if client_id not in args.clients:
            self.token_error("invalid_client", "unknown client", [700016], 401)
            return
        secret = args.clients[client_id]
        if secret is not None and form.get("client_secret") != secret:
            self.token_error("invalid_client", "wrong client secret", [7000215], 401)
            return
        if grant == "authorization_code":
            with self.state.lock:
                entry = self.state.codes.pop(form.get("code", ""), None)
            if entry is None or entry["expires"] < time.time() or entry["client_id"] != client_id:
                self.token_error("invalid_grant", "The code is unknown, used or expired", [70008])
                return
            if form.get("redirect_uri") != entry["redirect_uri"]:
                self.token_error("invalid_grant", "redirect_uri differs", [50011])
                return
            verifier = form.get("code_verifier", "")
            if not 43 <= len(verifier) <= 128 or \
                    b64url(hashlib.sha256(verifier.encode("ascii", "replace")).digest()) != entry["challenge"]:
                self.token_error("invalid_grant", "PKCE verification failed", [501481])
                return
            self.issue(entry["user"], entry["scope"], client_id, None)
        elif grant == "refresh_token":
            old = form.get("refresh_token", "")
            with self.state.lock:
                entry = self.state.refresh.get(old)
                if entry is not None and args.mode != "google":
                    del self.state.refresh[old]  # rotation: the old refresh token stops working
            if entry is None or entry["client_id"] != client_id:
                self.token_error("invalid_grant", "The refresh token has expired or was revoked", [70043])
                return
            self.issue(entry["user"], entry["scope"], client_id, old if args.mode == "google" else None)
        else:
            self.token_error("unsupported_grant_type")

    def issue(self, user, scope, client_id, kept_refresh):
        access = b64url(secrets.token_bytes(32))
        with self.state.lock:
            lifetime = self.state.token_lifetime
            refresh = kept_refresh or b64url(secrets.token_bytes(32))
            self.state.refresh[refresh] = {"user": user, "scope": scope, "client_id": client_id}
            self.state.access[access] = {"user": user, "scope": scope,
                                         "expires": time.time() + lifetime, "refresh": refresh}
        answer = {"access_token": access, "token_type": "Bearer", "expires_in": lifetime, "scope": scope}
        if kept_refresh is None:
            answer["refresh_token"] = refresh
        self.send_json(200, answer)

    def revoke(self, form):
        token = form.get("token", "")
        self.state.record({"endpoint": "revoke", "token": token})
        with self.state.lock:
            self.state.refresh.pop(token, None)
            self.state.access.pop(token, None)
            for key in [k for k, v in self.state.access.items() if v["refresh"] == token]:
                del self.state.access[key]
        self.send(200, "", "text/plain")

    def introspect(self, form):
        token = form.get("token", "")
        self.state.record({"endpoint": "introspect", "token": token})
        with self.state.lock:
            entry = self.state.access.get(token)
        if entry is None or entry["expires"] < time.time():
            self.send_json(200, {"active": False})
            return
        self.send_json(200, {"active": True, "username": entry["user"], "email": entry["user"],
                             "scope": entry["scope"], "exp": int(entry["expires"]), "token_type": "Bearer"})

    def control(self, request):
        with self.state.lock:
            if "authorize_error" in request:
                self.state.authorize_error = request["authorize_error"]
            if "token_answer" in request:
                self.state.token_answer = request["token_answer"]
            if "token_lifetime" in request:
                self.state.token_lifetime = int(request["token_lifetime"])
            if "send_iss" in request:
                self.state.send_iss = bool(request["send_iss"])
            if "wrong_iss" in request:
                self.state.wrong_iss = bool(request["wrong_iss"])
            if "date_offset" in request:
                self.state.date_offset = int(request["date_offset"])
            if request.get("expire_access"):
                for entry in self.state.access.values():
                    entry["expires"] = 0
            if request.get("revoke_all"):
                self.state.access.clear()
                self.state.refresh.clear()
        self.send_json(200, {"ok": True})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--address", default="127.0.0.1")
    parser.add_argument("--mode", choices=["standard", "microsoft", "google"], default="standard")
    parser.add_argument("--consent", choices=["redirect", "form"], default="redirect")
    parser.add_argument("--client", action="append", default=[])
    parser.add_argument("--user", default="anna@example.test")
    parser.add_argument("--token-lifetime", type=int, default=3600)
    parser.add_argument("--authorize-error", choices=["access_denied", "admin_consent"])
    parser.add_argument("--plain-http", action="store_true", help="no TLS (for the refusal test)")
    args = parser.parse_args()
    clients = {}
    for c in args.client or ["portpilot-test"]:
        cid, _, secret = c.partition(":")
        clients[cid] = secret or None
    args.clients = clients

    os.makedirs(args.dir, exist_ok=True)
    ca_dir = os.path.join(args.dir, "ca")
    if not os.path.exists(os.path.join(ca_dir, "ca.pem")):
        subprocess.run([os.path.join(HERE, "..", "make-test-ca.sh"), ca_dir, args.address],
                       check=True, stdout=subprocess.DEVNULL)

    httpd = Server((args.address, 0), Handler)
    httpd.state = State(args)
    port = httpd.server_address[1]
    scheme = "http" if args.plain_http else "https"
    host = "[%s]" % args.address if ":" in args.address else args.address
    httpd.state.issuer = "%s://%s:%d" % (scheme, host, port)
    if not args.plain_http:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(os.path.join(ca_dir, "server.pem"), os.path.join(ca_dir, "server.key"))
        httpd.context = context

    env = os.path.join(args.dir, "server.env")
    with open(env + ".tmp", "w") as f:
        f.write("ADDRESS=%s\nPORT=%d\nISSUER=%s\nCA_FILE=%s\nPID=%d\n" % (
            args.address, port, httpd.state.issuer, os.path.join(ca_dir, "ca.pem"), os.getpid()))
    os.rename(env + ".tmp", env)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
