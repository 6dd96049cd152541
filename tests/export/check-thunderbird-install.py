#!/usr/bin/python3
"""`portpilot export --to thunderbird --install/--uninstall` with the real Thunderbird (Debian's 153).

ctest: CheckThunderbirdInstall. Runs itself again in a fresh network namespace (unshare -n, only
loopback up) with HOME in a temporary folder, so Thunderbird can reach nothing but this script.
The profile (listed in ~/.thunderbird/profiles.ini) starts with two IMAP accounts; Thunderbird is
started once so prefs.js is in its own format. Then:
  - install + uninstall with Thunderbird closed gives prefs.js back byte for byte;
  - install, then Thunderbird (--headless, Marionette on loopback) lists all three accounts with
    their servers, identities and outgoing servers;
  - while it runs, install and uninstall exit 1 saying so and change nothing;
  - after it quit (and rewrote prefs.js), uninstall leaves exactly the two original accounts.
Exits 77 (skipped) when thunderbird is missing or no network namespace can be made.
Usage: check-thunderbird-install.py PORTPILOT CONFIG.xml
"""
import json
import re
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

# ASCII: Thunderbird 153 hands an identity's address to JavaScript as its UTF-8 bytes (ACString).
ADDRESS = "anna@example.test"
NAME = 'Zoë "Q" \\ Test'

# Two IMAP accounts as Thunderbird writes them, and the prefs that keep it quiet and offline.
EXISTING = """// Mozilla User Preferences

user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account2.identities", "id2");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.accountmanager.accounts", "account1,account2");
user_pref("mail.accountmanager.defaultaccount", "account1");
user_pref("mail.identity.id1.fullName", "One");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id1.useremail", "one@one.test");
user_pref("mail.identity.id1.valid", true);
user_pref("mail.identity.id2.fullName", "Two");
user_pref("mail.identity.id2.smtpServer", "smtp2");
user_pref("mail.identity.id2.useremail", "two@two.test");
user_pref("mail.identity.id2.valid", true);
user_pref("mail.server.server1.hostname", "imap.one.test");
user_pref("mail.server.server1.name", "one@one.test");
user_pref("mail.server.server1.port", 993);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.userName", "one");
user_pref("mail.server.server2.hostname", "imap.two.test");
user_pref("mail.server.server2.name", "two@two.test");
user_pref("mail.server.server2.port", 143);
user_pref("mail.server.server2.socketType", 2);
user_pref("mail.server.server2.type", "imap");
user_pref("mail.server.server2.userName", "two");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.one.test");
user_pref("mail.smtpserver.smtp1.port", 465);
user_pref("mail.smtpserver.smtp1.try_ssl", 3);
user_pref("mail.smtpserver.smtp1.username", "one");
user_pref("mail.smtpserver.smtp2.hostname", "smtp.two.test");
user_pref("mail.smtpserver.smtp2.port", 587);
user_pref("mail.smtpserver.smtp2.try_ssl", 2);
user_pref("mail.smtpserver.smtp2.username", "two");
user_pref("mail.smtpservers", "smtp1,smtp2");
"""

QUIET = {
    "app.update.auto": False,
    "app.update.enabled": False,
    "app.update.checkInstallTime": False,
    "app.update.disabledForTesting": True,
    "browser.shell.checkDefaultBrowser": False,
    "datareporting.healthreport.uploadEnabled": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.enabled": False,
    "toolkit.telemetry.unified": False,
    "toolkit.telemetry.server": "",
    "mail.shell.checkDefaultClient": False,
    "mail.provider.enabled": False,
    "mail.startup.enabledMailCheckOnce": True,
    "mail.rights.version": 1,
    "mail.spotlight.firstRunDone": True,
    "mailnews.start_page.enabled": False,
    "mailnews.start_page.url": "about:blank",
    "mail.server.default.check_new_mail": False,
    "mail.server.default.login_at_startup": False,
    "mail.biff.on_new_window": False,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "extensions.update.enabled": False,
    "extensions.getAddons.cache.enabled": False,
    "extensions.blocklist.enabled": False,
    "services.settings.server": "http://127.0.0.1:9/",
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "calendar.timezone.local": "UTC",
    "calendar.timezone.useSystemTimezone": True,
    "marionette.port": 0,  # set per run
}

SCRIPT = r"""
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const accounts = [];
for (const a of MailServices.accounts.accounts) {
  const s = a.incomingServer;
  accounts.push({key: a.key, type: s.type, host: s.hostname || s.hostName, port: s.port, user: s.username,
                 socket: s.socketType, emails: a.identities.map(i => i.email),
                 names: a.identities.map(i => i.fullName),
                 smtp: a.identities.map(i => i.smtpServerKey)});
}
const outgoing = MailServices.outgoingServer.servers.map(
  s => ({key: s.key, host: s.QueryInterface(Ci.nsISmtpServer).hostname,
         port: s.QueryInterface(Ci.nsISmtpServer).port}));
return JSON.stringify({accounts, outgoing,
                       default: MailServices.accounts.defaultAccount && MailServices.accounts.defaultAccount.key});
"""

# The key Thunderbird gives the next account the person makes: "account" + (mail.account.lastKey + 1),
# taken without looking whether it is in use (nsMsgAccountManager::GetUniqueAccountKey).
NEXT_KEY = r"""
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
return MailServices.accounts.getUniqueAccountKey();
"""


class Marionette:
    """Marionette's wire protocol: LENGTH:JSON, commands [0, id, name, params], replies [1, id, error, result]."""

    def __init__(self, port, deadline):
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        self.sock.settimeout(20)
        self.next_id = 0
        self.buffer = b""
        self.receive()  # the greeting

    def receive(self):
        while b":" not in self.buffer:
            self._more()
        length, _, rest = self.buffer.partition(b":")
        self.buffer = rest
        while len(self.buffer) < int(length):
            self._more()
        message, self.buffer = self.buffer[:int(length)], self.buffer[int(length):]
        return json.loads(message)

    def _more(self):
        data = self.sock.recv(65536)
        if not data:
            raise ConnectionError("Marionette closed the connection")
        self.buffer += data

    def call(self, name, params):
        self.next_id += 1
        data = json.dumps([0, self.next_id, name, params]).encode()
        self.sock.sendall(str(len(data)).encode() + b":" + data)
        while True:
            reply = self.receive()
            if reply[0] == 1 and reply[1] == self.next_id:
                if reply[2]:
                    raise RuntimeError("%s: %s" % (name, reply[2]))
                return reply[3]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def inner(portpilot, config):
    home = os.environ["HOME"]
    root = os.path.join(home, ".thunderbird")
    profile = os.path.join(root, "main")
    os.makedirs(profile)
    with open(os.path.join(root, "profiles.ini"), "w") as f:
        f.write("[Profile0]\nName=main\nIsRelative=1\nPath=main\nDefault=1\n\n[General]\nStartWithLastProfile=1\n"
                "Version=2\n")
    prefs_path = os.path.join(profile, "prefs.js")
    with open(prefs_path, "w") as f:
        f.write(EXISTING)
    port = free_port()
    with open(os.path.join(profile, "user.js"), "w") as f:
        for key, value in dict(QUIET, **{"marionette.port": port}).items():
            f.write("user_pref(%s, %s);\n" % (json.dumps(key), json.dumps(value)))

    failures = []

    def check(condition, what):
        print(("ok  " if condition else "FAIL") + " " + what, flush=True)
        if not condition:
            failures.append(what)
        return condition

    def run(*extra):
        r = subprocess.run([portpilot, "export", config, "--to", "thunderbird", "--address", ADDRESS, "--name", NAME]
                           + list(extra), capture_output=True, text=True, timeout=30)
        print("portpilot", *extra, "->", r.returncode, r.stdout.strip(), r.stderr.strip(), flush=True)
        return r

    def read(path):
        with open(path, "rb") as f:
            return f.read()

    thunderbird = None
    logfile = open(os.path.join(home, "thunderbird.log"), "w")

    def start():
        nonlocal thunderbird
        thunderbird = subprocess.Popen(["thunderbird", "--headless", "--marionette", "-remote-allow-system-access",
                                        "--no-remote", "--profile",
                                        profile], stdout=logfile, stderr=subprocess.STDOUT, start_new_session=True)
        with open(os.path.join(home, "thunderbird.pid"), "w") as f:
            f.write(str(thunderbird.pid))  # for main() to end it should this script be stopped
        return Marionette(port, time.monotonic() + 30)

    def stop(client):
        try:
            client.call("Marionette:Quit", {"flags": ["eForceQuit"]})
        except (OSError, RuntimeError, ConnectionError):
            pass
        try:
            thunderbird.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(thunderbird.pid, signal.SIGKILL)
            thunderbird.wait()

    def ask(client):
        client.call("WebDriver:NewSession", {"capabilities": {}})
        client.call("Marionette:SetContext", {"value": "chrome"})
        # The account manager loads the accounts when first asked; give it a moment to have them.
        deadline = time.monotonic() + 15
        while True:
            state = json.loads(client.call("WebDriver:ExecuteScript", {"script": SCRIPT, "args": []})["value"])
            if len(state["accounts"]) >= 4 or time.monotonic() > deadline:
                return state
            time.sleep(0.3)

    try:
        # Thunderbird writes prefs.js in its own way first (sorted, with its own keys).
        client = start()
        client.call("WebDriver:NewSession", {"capabilities": {}})
        stop(client)
        check(b"account1,account2" in read(prefs_path), "Thunderbird kept the two accounts in prefs.js")

        before = read(prefs_path)
        check(run("--install").returncode == 0, "install exits 0")
        check(read(prefs_path + ".portpilot-backup") == before, "the backup is prefs.js as it was")
        check(run("--uninstall").returncode == 0, "uninstall exits 0")
        check(read(prefs_path) == before, "uninstall with Thunderbird closed restores prefs.js byte for byte")

        check(run("--install").returncode == 0, "install again")
        installed = read(prefs_path)
        client = start()
        state = ask(client)
        print(json.dumps(state, indent=1), flush=True)
        imap = {a["host"]: a for a in state["accounts"] if a["type"] == "imap"}
        check(sorted(imap) == ["imap.example.test", "imap.one.test", "imap.two.test"],
              "Thunderbird shows the three IMAP accounts: %s" % sorted(imap))
        new = imap.get("imap.example.test", {})
        # Thunderbird added Local Folders at its first start (as account3): the new one takes the next.
        used = re.search(r'"mail.accountmanager.accounts", "([^"]*)"', before.decode()).group(1).split(",")
        expected = next("account%d" % n for n in range(1, 100) if "account%d" % n not in used)
        keys = [a["key"] for a in state["accounts"]]
        check(keys[:2] == ["account1", "account2"] and keys[-1] == expected == new.get("key"),
              "the two accounts first, in their order, the new one last as %s: %s" % (expected, keys))
        check(state["default"] == "account1", "the default account is still account1")
        check(new.get("port") == 993 and new.get("socket") == 3 and new.get("user") == ADDRESS,
              "the new account's server: port 993, SSL, user %s" % ADDRESS)
        check(new.get("emails") == [ADDRESS] and new.get("names") == [NAME],
              "the new identity: address and display name (quotes, backslash, non-ASCII)")
        outgoing = {s["key"]: (s["host"], s["port"]) for s in state["outgoing"]}
        check(outgoing == {"smtp1": ("smtp.one.test", 465), "smtp2": ("smtp.two.test", 587),
                           "smtp3": ("smtp.example.test", 587)}, "three outgoing servers: %s" % outgoing)
        check(new.get("smtp") == ["smtp3"], "the new identity sends through smtp3")
        next_key = client.call("WebDriver:ExecuteScript", {"script": NEXT_KEY, "args": []})["value"]
        check(next_key not in keys, "the next account the person makes gets a free key, %s (in use: %s)"
              % (next_key, keys))

        # Thunderbird itself writes prefs.js while it runs: only Portpilot's own files are compared.
        ours = [read(prefs_path + ".portpilot-backup"), read(os.path.join(profile, "portpilot-installed.json"))]
        r = run("--install")
        check(r.returncode == 1 and "running" in r.stderr, "install while Thunderbird runs exits 1 saying so")
        r = run("--uninstall")
        check(r.returncode == 1 and "running" in r.stderr, "uninstall while Thunderbird runs exits 1 saying so")
        check(ours == [read(prefs_path + ".portpilot-backup"), read(os.path.join(profile, "portpilot-installed.json"))],
              "and the backup and the record are unchanged")
        stop(client)
        thunderbird = None

        after = read(prefs_path)
        check(after != installed, "Thunderbird rewrote prefs.js when it quit")
        check(run("--uninstall").returncode == 0, "uninstall after Thunderbird rewrote prefs.js exits 0")
        left = read(prefs_path).decode()
        check('"mail.accountmanager.accounts", "account1,account2' in left, "the two accounts stay, in order")
        accounts_left = re.search(r'"mail.accountmanager.accounts", "([^"]*)"', left).group(1).split(",")
        check(accounts_left == used, "the account list is again %s: %s" % (used, accounts_left))
        check(all(k not in left for k in ("imap.example.test", "smtp.example.test", ADDRESS, "server4", "id3", "smtp3")),
              "the added keys are gone, with those Thunderbird put under the account's numbers")
        check('"mail.smtpservers", "smtp1,smtp2"' in left, "the outgoing list is smtp1,smtp2 again")
        check(not os.path.exists(os.path.join(profile, "portpilot-installed.json")), "the record is gone")
    finally:
        if thunderbird is not None and thunderbird.poll() is None:
            os.killpg(thunderbird.pid, signal.SIGKILL)
            thunderbird.wait()
        logfile.close()
    if failures:
        with open(os.path.join(home, "thunderbird.log")) as f:
            print("--- Thunderbird's output ---\n" + f.read()[-4000:])
    return 1 if failures else 0


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--inner":
        return inner(sys.argv[2], sys.argv[3])
    portpilot, config = sys.argv[1], sys.argv[2]
    if not shutil.which("thunderbird"):
        print("thunderbird is missing: run scripts/install-deps.sh test")
        return 77
    # Only loopback: as root a plain network namespace, otherwise one inside a user namespace.
    for unshare in (["unshare", "-n"], ["unshare", "-r", "-n"]):
        if subprocess.run(unshare + ["ip", "link", "set", "lo", "up"], capture_output=True).returncode == 0:
            break
    else:
        print("cannot make a network namespace (unshare -n): skipped")
        return 77
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/.config", XDG_CACHE_HOME=home + "/.cache",
                   XDG_DATA_HOME=home + "/.local/share", XDG_RUNTIME_DIR=home, MOZ_HEADLESS="1",
                   MOZ_CRASHREPORTER_DISABLE="1", MOZ_DISABLE_AUTO_SAFE_MODE="1")
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        try:
            r = subprocess.run(unshare + ["sh", "-c", 'ip link set lo up && exec "$0" "$@"', sys.executable,
                                          __file__, "--inner", portpilot, config], env=env, timeout=170)
        except subprocess.TimeoutExpired:
            # The inner run ends Thunderbird itself, but not once it was stopped.
            try:
                with open(os.path.join(home, "thunderbird.pid")) as f:
                    os.killpg(int(f.read()), signal.SIGKILL)
            except (OSError, ValueError):
                pass
            print("FAIL the check took longer than 170 s")
            return 1
    print("run time: %.1f s" % (time.monotonic() - started))
    return r.returncode


if __name__ == "__main__":
    sys.exit(main())
