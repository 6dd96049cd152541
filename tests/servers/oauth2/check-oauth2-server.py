#!/usr/bin/env python3
"""Checks the tests' OAuth2 authorization server and Dovecot's oauth2 passdb against each other,
with Python's own clients (no Portpilot code): PKCE, rotation, revocation, the Google and Microsoft
modes, and XOAUTH2/OAUTHBEARER logins to IMAP, POP3 and submission with a good, a wrong, an expired
and a revoked token. Usage: check-oauth2-server.py ADDRESS   (a 127.0.0.x of its own)
"""

import base64
import hashlib
import http.client
import json
import os
import secrets
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ADDRESS = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.120"
REDIRECT = "http://127.0.0.1:5/"
failures = []
sources = [0]


def check(name, condition, detail=""):
    print(("PASS " if condition else "FAIL ") + name + ("" if condition else ": " + str(detail)))
    if not condition:
        failures.append(name)


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class Server:
    def __init__(self, workdir, mode):
        self.dir = os.path.join(workdir, mode)
        ca = os.path.join(workdir, "ca")
        os.makedirs(self.dir)
        os.symlink(ca, os.path.join(self.dir, "ca"))
        self.process = subprocess.Popen([sys.executable, os.path.join(HERE, "oauth2-server.py"), "--dir", self.dir,
                                         "--address", ADDRESS, "--mode", mode])
        env = os.path.join(self.dir, "server.env")
        for _ in range(300):
            if os.path.exists(env):
                break
            time.sleep(0.1)
        values = dict(line.split("=", 1) for line in open(env).read().split())
        self.issuer = values["ISSUER"]
        self.port = int(values["PORT"])
        self.context = ssl.create_default_context(cafile=os.path.join(ca, "ca.pem"))

    def request(self, method, path, form=None, body=None):
        connection = http.client.HTTPSConnection(ADDRESS, self.port, context=self.context, timeout=10)
        headers = {}
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        connection.close()
        return response, data

    def authorize(self, verifier, user="anna@example.test", state="st"):
        query = {"client_id": "portpilot-test", "redirect_uri": REDIRECT, "response_type": "code", "state": state,
                 "code_challenge_method": "S256", "code_challenge": b64url(hashlib.sha256(verifier.encode()).digest()),
                 "login_hint": user, "scope": "mail offline_access"}
        response, _ = self.request("GET", "/authorize?" + urllib.parse.urlencode(query))
        location = response.getheader("Location") or ""
        return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))

    def token(self, **form):
        form.setdefault("client_id", "portpilot-test")
        response, data = self.request("POST", "/token", form=form)
        return response.status, json.loads(data)

    def exchange(self, user="anna@example.test"):
        verifier = b64url(secrets.token_bytes(32))
        code = self.authorize(verifier, user)["code"]
        return self.token(grant_type="authorization_code", code=code, redirect_uri=REDIRECT, code_verifier=verifier)

    def control(self, **request):
        self.request("POST", "/test/control", body=json.dumps(request))

    def stop(self):
        self.process.terminate()
        self.process.wait()


def xoauth2(user, token):
    return "user=%s\x01auth=Bearer %s\x01\x01" % (user, token)


def oauthbearer(user, token, port):
    return "n,a=%s,\x01host=%s\x01port=%d\x01auth=Bearer %s\x01\x01" % (user, ADDRESS, port, token)


def sasl_login(context, port, greeting_lines, command, initial, answer, success):
    """One SASL login with an initial response over implicit TLS; True when it succeeds.
    On failure Dovecot sends a base64 JSON challenge; the client answers it (an empty line for
    XOAUTH2, \x01 for OAUTHBEARER, RFC 7628 3.2.3) and then reads the final failure."""
    # Each login from a source address of its own: Dovecot delays repeated failures from one
    # address (auth penalty, up to 15 s), which would only slow this check down.
    sources.append(sources[-1] + 1)
    source = "127.0.%d.%d" % (1 + sources[-1] // 250, 1 + sources[-1] % 250)
    with socket.create_connection((ADDRESS, port), timeout=30, source_address=(source, 0)) as raw:
        with context.wrap_socket(raw, server_hostname=ADDRESS) as tls:
            reader = tls.makefile("rb")
            for line in greeting_lines:
                if line:
                    tls.sendall(line + b"\r\n")
                while True:  # the greeting or EHLO answer may span several lines
                    reply = reader.readline()
                    if not reply or reply[3:4] != b"-":
                        break
            tls.sendall(command + b" " + base64.b64encode(initial) + b"\r\n")
            reply = reader.readline()
            if reply.startswith(b"+ ") or reply.startswith(b"334 "):
                json.loads(base64.b64decode(reply.split(b" ", 1)[1].strip()))  # the challenge is JSON
                tls.sendall(base64.b64encode(answer) + b"\r\n")
                reply = reader.readline()
            return reply.startswith(success)


def logins(ports, context, token, user="anna@example.test"):
    """Returns {(protocol, mechanism): True/False} for one token."""
    results = {}
    for mechanism in ("XOAUTH2", "OAUTHBEARER"):
        def initial(port):
            return (xoauth2(user, token) if mechanism == "XOAUTH2" else oauthbearer(user, token, port)).encode()
        answer = b"" if mechanism == "XOAUTH2" else b"\x01"
        m = mechanism.encode()
        results[("imap", mechanism)] = sasl_login(context, ports["IMAPS_PORT"], [b""], b"a AUTHENTICATE " + m,
                                                  initial(ports["IMAPS_PORT"]), answer, b"a OK")
        results[("pop3", mechanism)] = sasl_login(context, ports["POP3S_PORT"], [b""], b"AUTH " + m,
                                                  initial(ports["POP3S_PORT"]), answer, b"+OK")
        results[("smtp", mechanism)] = sasl_login(context, ports["SUBMISSIONS_PORT"], [b"", b"EHLO client.test"],
                                                  b"AUTH " + m, initial(ports["SUBMISSIONS_PORT"]), answer, b"235")
    return results


def main():
    workdir = tempfile.mkdtemp(prefix="portpilot-oauth2-check.")
    subprocess.run([os.path.join(HERE, "..", "make-test-ca.sh"), os.path.join(workdir, "ca"), ADDRESS], check=True,
                   stdout=subprocess.DEVNULL)
    standard = Server(workdir, "standard")
    google = Server(workdir, "google")
    microsoft = Server(workdir, "microsoft")
    dovecot_dir = os.path.join(workdir, "dovecot")
    os.makedirs(dovecot_dir)
    os.symlink(os.path.join(workdir, "ca"), os.path.join(dovecot_dir, "ca"))
    env = dict(os.environ, DOVECOT_OAUTH2_INTROSPECTION=standard.issuer + "/introspect")
    # Dovecot keeps inherited descriptors open: no pipes, or waiting for their end never ends.
    with open(os.path.join(workdir, "dovecot-start.log"), "w") as log:
        started = subprocess.run([os.path.join(HERE, "..", "dovecot.sh"), "start", dovecot_dir, ADDRESS], env=env,
                                 stdout=subprocess.DEVNULL, stderr=log, stdin=subprocess.DEVNULL)
    try:
        check("dovecot starts with the oauth2 passdb", started.returncode == 0,
              open(os.path.join(workdir, "dovecot-start.log")).read())
        ports = {k: int(v) for k, v in (line.split("=", 1) for line in open(os.path.join(dovecot_dir, "ports.env")).read().split())
                 if k.endswith("_PORT")}

        # Metadata (RFC 8414) and the iss parameter (RFC 9207).
        response, data = standard.request("GET", "/.well-known/oauth-authorization-server")
        metadata = json.loads(data)
        check("metadata names the issuer", metadata.get("issuer") == standard.issuer, metadata)
        check("metadata offers S256", metadata.get("code_challenge_methods_supported") == ["S256"], metadata)
        verifier = b64url(secrets.token_bytes(32))
        redirect = standard.authorize(verifier, state="abc")
        check("redirect carries state and iss", redirect.get("state") == "abc" and redirect.get("iss") == standard.issuer,
              redirect)

        # PKCE: a wrong verifier is refused, and the code cannot be used twice.
        status, answer = standard.token(grant_type="authorization_code", code=redirect["code"], redirect_uri=REDIRECT,
                                        code_verifier=b64url(secrets.token_bytes(32)))
        check("wrong PKCE verifier refused", status == 400 and answer.get("error") == "invalid_grant", answer)
        status, answer = standard.token(grant_type="authorization_code", code=redirect["code"], redirect_uri=REDIRECT,
                                        code_verifier=verifier)
        check("a code works only once", status == 400 and answer.get("error") == "invalid_grant", answer)
        status, tokens = standard.exchange()
        check("code exchanged for tokens", status == 200 and "refresh_token" in tokens, tokens)

        # Refresh with rotation.
        status, refreshed = standard.token(grant_type="refresh_token", refresh_token=tokens["refresh_token"])
        check("refresh rotates the refresh token", status == 200 and refreshed.get("refresh_token") not in
              (None, tokens["refresh_token"]), refreshed)
        status, answer = standard.token(grant_type="refresh_token", refresh_token=tokens["refresh_token"])
        check("the rotated-out refresh token is refused", status == 400 and answer.get("error") == "invalid_grant",
              answer)

        # Dovecot: a good token logs in everywhere with both mechanisms; the others nowhere.
        results = logins(ports, standard.context, refreshed["access_token"])
        check("good token logs in (IMAP, POP3, submission; XOAUTH2, OAUTHBEARER)", all(results.values()), results)
        results = logins(ports, standard.context, "wrong-token")
        check("wrong token refused everywhere", not any(results.values()), results)
        results = logins(ports, standard.context, refreshed["access_token"], user="bob")
        check("a token for another user refused", not any(results.values()), results)
        standard.control(expire_access=True)
        results = logins(ports, standard.context, refreshed["access_token"])
        check("expired token refused everywhere", not any(results.values()), results)
        status, fresh = standard.token(grant_type="refresh_token", refresh_token=refreshed["refresh_token"])
        standard.request("POST", "/revoke", form={"token": fresh["refresh_token"]})
        results = logins(ports, standard.context, fresh["access_token"])
        check("revoked token refused everywhere", not any(results.values()), results)
        status, answer = standard.token(grant_type="refresh_token", refresh_token=fresh["refresh_token"])
        check("revoked refresh token refused", status == 400 and answer.get("error") == "invalid_grant", answer)

        # Error answers.
        standard.control(authorize_error="access_denied")
        redirect = standard.authorize(verifier)
        check("access_denied redirect", redirect.get("error") == "access_denied" and "code" not in redirect, redirect)
        standard.control(authorize_error=None)
        microsoft.control(authorize_error="admin_consent")
        redirect = microsoft.authorize(verifier)
        check("admin consent required, worded as Microsoft does",
              redirect.get("error") == "access_denied" and "AADSTS90094" in redirect.get("error_description", ""),
              redirect)
        check("microsoft mode sends no iss", "iss" not in redirect, redirect)
        status, answer = microsoft.token(grant_type="refresh_token", refresh_token="nonsense")
        check("microsoft error codes", answer.get("error_codes") == [70043], answer)

        # Google: the code has a "/", so a code encoded once more (QTBUG-81624) is refused.
        verifier = b64url(secrets.token_bytes(32))
        code = google.authorize(verifier)["code"]
        check("google code looks like Google's", code.startswith("4/0A"), code)
        status, answer = google.token(grant_type="authorization_code", code=urllib.parse.quote(code, safe=""),
                                      redirect_uri=REDIRECT, code_verifier=verifier)
        check("double-encoded code refused", status == 400 and answer.get("error") == "invalid_grant", answer)
        status, tokens = google.exchange()
        status, refreshed = google.token(grant_type="refresh_token", refresh_token=tokens["refresh_token"])
        check("google keeps the refresh token", status == 200 and "refresh_token" not in refreshed, refreshed)
    finally:
        subprocess.run([os.path.join(HERE, "..", "dovecot.sh"), "stop", dovecot_dir])
        for server in (standard, google, microsoft):
            server.stop()
        if failures:
            print("logs kept in " + workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print("%d failure(s)" % len(failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
