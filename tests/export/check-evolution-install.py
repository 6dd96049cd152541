#!/usr/bin/python3
"""`portpilot export --to evolution --install/--uninstall` with Evolution's real source registry.

ctest: CheckEvolutionInstall. Runs itself again inside a private D-Bus session (dbus-run-session)
with HOME and XDG_* in a temporary folder; the registry (evolution-source-registry, D-Bus activated)
is running before the files are written, and must pick them up while it runs. Then: a second install
changes nothing even after the registry added its own keys to the files; uninstall removes them and
the registry drops the account; a value changed through the registry makes uninstall refuse (exit 1)
and keep the files. Exits 77 (skipped) when evolution-data-server or its GObject bindings are missing.
Usage: check-evolution-install.py PORTPILOT CONFIG.xml
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

ADDRESS = "anna@example.test"


def inner(portpilot, config):
    import gi
    gi.require_version("EDataServer", "1.2")
    from gi.repository import EDataServer, GLib

    registry = EDataServer.SourceRegistry.new_sync(None)  # starts the registry
    sources = os.path.join(os.environ["XDG_CONFIG_HOME"], "evolution", "sources")
    base = [portpilot, "export", config, "--to", "evolution", "--address", ADDRESS]

    def run(*extra):
        r = subprocess.run(base + list(extra), capture_output=True, text=True)
        print("portpilot", *extra, "->", r.returncode, r.stdout.strip(), r.stderr.strip())
        return r.returncode

    def wait(uids, present):
        for _ in range(200):
            context = GLib.MainContext.default()
            while context.pending():
                context.iteration(False)
            if all((registry.ref_source(u) is not None) == present for u in uids):
                return True
            time.sleep(0.05)
        return False

    def ours():
        return sorted(f[:-len(".source")] for f in os.listdir(sources) if f.startswith("portpilot-"))

    failures = []

    def check(condition, what):
        print(("ok  " if condition else "FAIL") + " " + what)
        if not condition:
            failures.append(what)

    check(run("--install") == 0, "install exits 0")
    uids = ours()
    check(len(uids) == 3, "three .source files written: %s" % uids)
    check(wait(uids, True), "the running registry picked up the account, identity and transport")
    account = registry.ref_source([u for u in uids if u.endswith("-account")][0])
    if account is not None:
        mail = account.get_extension(EDataServer.SOURCE_EXTENSION_MAIL_ACCOUNT)
        check(mail.get_identity_uid() in uids, "the account names the installed identity")
        check(mail.get_backend_name() == "imapx", "IMAP backend (imapx): %s" % mail.get_backend_name())
    time.sleep(1)  # the registry writes its own keys into the files after loading them
    check(run("--install") == 0, "a second install changes nothing (registry keys added meanwhile)")

    check(run("--uninstall") == 0, "uninstall exits 0")
    check(ours() == [], "uninstall removed the three files")
    check(wait(uids, False), "the registry dropped the account")

    check(run("--install") == 0, "install again")
    check(wait(uids, True), "picked up again")
    identity = registry.ref_source([u for u in uids if u.endswith("-identity")][0])
    identity.set_display_name("Renamed in Evolution")
    identity.write_sync(None)
    time.sleep(0.5)
    check(run("--uninstall") == 1, "uninstall refuses after Evolution changed a value")
    check(ours() == uids, "and keeps every file")
    return 1 if failures else 0


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--inner":
        return inner(sys.argv[2], sys.argv[3])
    portpilot, config = sys.argv[1], sys.argv[2]
    if not os.path.exists("/usr/libexec/evolution-source-registry") or not shutil.which("dbus-run-session"):
        print("evolution-data-server or dbus is missing: run scripts/install-deps.sh test")
        return 77
    try:
        import gi
        gi.require_version("EDataServer", "1.2")
    except (ImportError, ValueError):
        print("gir1.2-edataserver-1.2 is missing: run scripts/install-deps.sh test")
        return 77
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/.config", XDG_DATA_HOME=home + "/.local/share",
                   XDG_CACHE_HOME=home + "/.cache", XDG_RUNTIME_DIR=home, GSETTINGS_BACKEND="memory")
        os.makedirs(env["XDG_CONFIG_HOME"])
        r = subprocess.run(["dbus-run-session", "--", sys.executable, __file__, "--inner", portpilot, config],
                           env=env, timeout=240)
        return r.returncode


if __name__ == "__main__":
    sys.exit(main())
