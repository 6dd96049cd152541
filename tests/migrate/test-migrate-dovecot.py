#!/usr/bin/python3
"""`portpilot migrate` against a real Dovecot (tests/servers/dovecot.sh).

Each case builds local mail in a temporary folder (Thunderbird's mail directory, a Maildir, mbox
files), starts a Dovecot of its own on a 127.0.0.6x address, runs the real program and compares
what the server then holds (imap-dump.py) with what the local files say, message by message, by
the SHA-256 of the exact bytes, with flags and internal dates.

Usage: test-migrate-dovecot.py PORTPILOT SOURCE_DIR [unittest arguments, e.g. -k quota]
ctest: TestMigrateDovecot. Exits 77 (skipped) when Dovecot is missing or this is not root
(dovecot.sh hands the mail homes to the dovecot user).
"""
import base64
import collections
import datetime
import hashlib
import imaplib
import json
import os
import random
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import zoneinfo

PORTPILOT = None
SOURCE_DIR = None
USER = "migrate@example.test"
PASSWORD = "migrate-secret"
TIMEOUT = 300  # seconds for one run of portpilot: a hang fails the case instead of blocking CI
MEMORY_LIMIT_KIB = 200 * 1024
NOBODY = 65534  # the user (and group) of case j, which reads files as an ordinary user
# The "From " line's date is local time; a zone with an offset and summer time checks that the
# internal date is converted, not read as UTC. Without time zone data that cannot be checked.
ZONE = "Europe/Berlin" if os.path.exists("/usr/share/zoneinfo/Europe/Berlin") else "UTC"
LOCAL_TIME = zoneinfo.ZoneInfo(ZONE) if ZONE != "UTC" else datetime.timezone.utc
# Created at login by dovecot.sh's namespace: they exist whatever the migration does.
SERVER_FOLDERS = {"INBOX", "Sent Messages", "Drafts", "Deleted Messages", "Junk"}


# --- Local mail -------------------------------------------------------------------------------------

def mbox_content(raw):
    """What IMAP must get for a message stored in an mbox: one level of ">From " escaping undone
    (mboxrd and mboxo alike), every line end CRLF."""
    lines = raw.replace(b"\r\n", b"\n").split(b"\n")
    lines = [line[1:] if re.match(rb">+From ", line) else line for line in lines]
    return b"\r\n".join(lines)


def crlf(raw):
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


class Local:
    """One local message: its bytes in the file and what the server should hold for it."""

    def __init__(self, raw, when, flags=(), deleted=False, maildir=False):
        self.raw = raw  # LF line ends; in an mbox as the file holds it (escaped)
        self.when = when  # naive local time (mbox "From " line) or aware (Maildir file time)
        self.flags = sorted(flags)
        self.deleted = deleted
        self.content = crlf(raw) if maildir else mbox_content(raw)

    def entry(self):
        """The message as imap-dump.py shows it."""
        when = self.when if self.when.tzinfo else self.when.replace(tzinfo=LOCAL_TIME)
        header = self.content.split(b"\r\n\r\n", 1)[0]
        found = re.search(rb"^message-id:[ \t]*(.*)$", header, re.IGNORECASE | re.MULTILINE)
        return {
            "sha256": hashlib.sha256(self.content).hexdigest(),
            "size": len(self.content),
            "flags": self.flags,
            "internalDate": when.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "messageId": found.group(1).strip().decode() if found else None,
        }


def mail(subject, when, status=None, headers=(), body="Hello.\n", message_id="", flags=(), deleted=False,
         content_type="text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit"):
    """A message. message_id "" makes one from the subject, None leaves the field out; status is
    Thunderbird's X-Mozilla-Status (hex)."""
    if message_id == "":
        message_id = "<%s@example.test>" % hashlib.sha1(subject.encode()).hexdigest()[:16]
    lines = ["From: Anna Jónsdóttir <anna@example.test>", "To: %s" % USER, "Subject: " + subject,
             "Date: " + when.strftime("%a, %d %b %Y %H:%M:%S +0000")]
    if message_id is not None:
        lines.append("Message-ID: " + message_id)
    lines += ["MIME-Version: 1.0", "Content-Type: " + content_type]
    if status is not None:
        lines += ["X-Mozilla-Status: " + status, "X-Mozilla-Status2: 00000000"]
    lines += list(headers)
    raw = ("\n".join(lines) + "\n\n" + body).encode()
    return Local(raw, when, flags, deleted)


def with_attachment(subject, when, size, seed, status="0000", flags=()):
    """A multipart message with a base64 attachment of `size` random (seeded) bytes."""
    data = random.Random(seed).randbytes(size)
    encoded = base64.encodebytes(data).decode()  # 76-character lines, as mailers write them
    body = ("--b1\nContent-Type: text/plain; charset=utf-8\n\nSee the attachment.\n\n"
            "--b1\nContent-Type: application/octet-stream; name=\"data.bin\"\n"
            "Content-Disposition: attachment; filename=\"data.bin\"\nContent-Transfer-Encoding: base64\n\n"
            + encoded + "--b1--\n")
    return mail(subject, when, status=status, body=body, flags=flags, content_type="multipart/mixed; boundary=\"b1\"")


def write_mbox(path, messages, eol=b"\n", sender=b"-"):
    """An mbox file as a mail program writes it: a "From " line with an asctime date before each
    message and an empty line after it. sender "-" and zero-padded days are Thunderbird's."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        for message in messages:
            f.write(b"From " + sender + b" " + message.when.strftime("%a %b %d %H:%M:%S %Y").encode() + eol)
            f.write(message.raw.replace(b"\n", eol) + eol)
    return path


def bulk(count, size, seed):
    """count different messages of about size bytes each (random base64 text), no flags."""
    start = datetime.datetime(2023, 5, 1, 8, 0, 0)
    return [with_attachment("Bulk %d" % i, start + datetime.timedelta(minutes=i), size * 3 // 4, seed * 100000 + i)
            for i in range(count)]


class Folder:
    """A local folder the migration should find, and where its messages should end up."""

    def __init__(self, local, remote, source, messages):
        self.local = local
        self.remote = remote
        self.source = source
        self.messages = messages

    def to_copy(self):
        return [m for m in self.messages if not m.deleted]


# --- Running ----------------------------------------------------------------------------------------

def shorten(text, keep=3000):
    """Beginning and end of a long output (a report of 300 problems), enough to see what happened."""
    return text if len(text) <= 2 * keep else "%s\n[... %d characters ...]\n%s" % (
        text[:keep], len(text) - 2 * keep, text[-keep:])


class Run:
    """One finished run of portpilot."""

    def __init__(self, args, code, out, err, max_rss_kib, seconds):
        self.args = args
        self.code = code
        self.out = out
        self.err = err
        self.max_rss_kib = max_rss_kib
        self.seconds = seconds

    def __str__(self):
        return "portpilot %s\nexit status %s after %.1f s, peak memory %d KiB\nstdout:\n%s\nstderr:\n%s" % (
            " ".join(self.args), self.code, self.seconds, self.max_rss_kib, shorten(self.out), shorten(self.err))

    def json(self):
        try:
            return json.loads(self.out)
        except ValueError as error:
            raise AssertionError("stdout is not JSON (%s)\n%s" % (error, self)) from None


# Starts portpilot (argv[2:]) and writes its peak memory in KiB to argv[1], as /usr/bin/time -v
# measures it, but without needing that program. Linux charges a process the peak memory of the one
# it was forked from (the figure survives exec): a child of this test, which holds hundreds of MB of
# mail, would be charged those; a child of this small process only its ~10 MB.
LAUNCHER = r"""
import os, signal, sys
pid = os.fork()
if pid == 0:
    try:
        os.execv(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    f.write(str(usage.ru_maxrss))
if os.WIFSIGNALED(status):
    signal.signal(os.WTERMSIG(status), signal.SIG_DFL)
    os.kill(os.getpid(), os.WTERMSIG(status))
sys.exit(os.WEXITSTATUS(status))
"""


class Started:
    """portpilot while it runs."""

    def __init__(self, args, password, env, command):
        self.args = args
        self.out = tempfile.TemporaryFile()
        self.err = tempfile.TemporaryFile()
        self.rss = tempfile.NamedTemporaryFile()
        self.started = time.monotonic()
        # A session of its own: kill() ends the launcher and portpilot together.
        self.process = subprocess.Popen([sys.executable, "-c", LAUNCHER, self.rss.name, *command] + args,
                                        stdin=subprocess.PIPE, stdout=self.out, stderr=self.err, env=env,
                                        start_new_session=True)
        if password is not None:
            self.process.stdin.write(password.encode() + b"\n")
        self.process.stdin.close()

    def running(self):
        return self.process.poll() is None

    def kill(self):
        os.killpg(self.process.pid, signal.SIGKILL)

    def finish(self, timeout=TIMEOUT):
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            self.process.wait()
            raise AssertionError("portpilot %s did not finish in %d s (killed)" % (" ".join(self.args), timeout))
        seconds = time.monotonic() - self.started
        with self.out, self.err, self.rss:
            self.out.seek(0)
            self.err.seek(0)
            max_rss_kib = int(self.rss.read() or 0)  # 0: killed, not measured
            return Run(self.args, self.process.returncode, self.out.read().decode("utf-8", "replace"),
                       self.err.read().decode("utf-8", "replace"), max_rss_kib, seconds)


class SlowRelay:
    """A TCP relay on the server's address that passes the client's bytes on at `rate` bytes per
    second (TLS goes through untouched): a copy then lasts long enough to be interrupted half-way,
    however fast the machine. Either side closing closes both."""

    def __init__(self, address, target_port, rate):
        self.address, self.target_port, self.rate = address, target_port, rate
        self.listener = socket.create_server((address, 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self.accept, daemon=True).start()

    def close(self):
        self.listener.close()

    def accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # closed
            try:
                upstream = socket.create_connection((self.address, int(self.target_port)))
            except OSError:
                client.close()
                continue
            threading.Thread(target=self.pump, args=(client, upstream, self.rate), daemon=True).start()
            threading.Thread(target=self.pump, args=(upstream, client, None), daemon=True).start()

    @staticmethod
    def pump(source, sink, rate):
        try:
            while data := source.recv(16384):
                sink.sendall(data)
                if rate:
                    time.sleep(len(data) / rate)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)  # wakes the other direction's recv
                except OSError:
                    pass
            source.close()


def sparse_file(path, size, start=b""):
    with open(path, "wb") as f:
        f.write(start)
    os.truncate(path, size)
    return path


# --- The cases --------------------------------------------------------------------------------------

class TestMigrateDovecot(unittest.TestCase):
    maxDiff = None
    memory = []  # (case, what, KiB, seconds) of every run, printed at the end

    def setUp(self):
        self.work = tempfile.mkdtemp(prefix="portpilot-migrate-")
        self.addCleanup(shutil.rmtree, self.work, ignore_errors=True)
        self.mail_dir = os.path.join(self.work, "local")
        self.home = os.path.join(self.work, "home")
        os.makedirs(self.home)
        self.user, self.password = USER, PASSWORD

    # The server

    def start_dovecot(self, address, **environment):
        self.address = address
        self.dovecot_dir = os.path.join(self.work, "dovecot")
        self.dovecot_env = dict(os.environ, **environment)
        self.addCleanup(self._run_dovecot, "stop")  # also after a start that failed half-way
        self._run_dovecot("start")

    def _run_dovecot(self, action):
        script = os.path.join(SOURCE_DIR, "tests", "servers", "dovecot.sh")
        # Output to a file, not a pipe: Dovecot keeps the pipe open, and reading it would never end.
        with tempfile.TemporaryFile() as output:
            done = subprocess.run([script, action, self.dovecot_dir, self.address], env=self.dovecot_env,
                                  stdout=output, stderr=output, timeout=180)
            output.seek(0)
            if done.returncode != 0:
                log = os.path.join(self.dovecot_dir, "log")
                log = open(log, errors="replace").read()[-4000:] if os.path.exists(log) else ""
                self.fail("dovecot.sh %s failed (%d):\n%s\nDovecot's log:\n%s"
                          % (action, done.returncode, output.read().decode(errors="replace"), log))
        if action == "start":
            with open(os.path.join(self.dovecot_dir, "ports.env")) as f:
                self.ports = dict(line.strip().split("=", 1) for line in f if "=" in line)
            self.write_config()

    def write_config(self, imaps_port=None):
        """clientConfig 1.1 naming this Dovecot's IMAPS (or imaps_port) and submissions ports."""
        def server(direction, kind, port):
            return ("<%s type=\"%s\"><hostname>%s</hostname><port>%s</port><socketType>SSL</socketType>"
                    "<authentication>password-cleartext</authentication><username>%%EMAILADDRESS%%</username></%s>"
                    % (direction, kind, self.address, port, direction))
        self.config = os.path.join(self.work, "config.xml")
        with open(self.config, "w") as f:
            f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clientConfig version=\"1.1\">"
                    "<emailProvider id=\"example.test\"><domain>example.test</domain>%s%s</emailProvider>"
                    "</clientConfig>\n" % (server("incomingServer", "imap", imaps_port or self.ports["IMAPS_PORT"]),
                                           server("outgoingServer", "smtp", self.ports["SUBMISSIONS_PORT"])))

    def imap(self):
        imap = imaplib.IMAP4_SSL(self.address, int(self.ports["IMAPS_PORT"]),
                                 ssl_context=ssl.create_default_context(cafile=self.ports["CA_FILE"]))
        imap.login(self.user, self.password)
        self.addCleanup(self.close, imap)
        return imap

    @staticmethod
    def close(imap):
        try:
            imap.shutdown()
        except OSError:
            pass  # the server was stopped under it (case e)

    def count(self, imap, mailbox):
        """Messages in mailbox now (0 while it does not exist)."""
        status, data = imap.status('"%s"' % mailbox, "(MESSAGES)")
        return int(re.search(rb"MESSAGES (\d+)", data[0]).group(1)) if status == "OK" else 0

    def dump(self):
        done = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "imap-dump.py"),
                               "--host", self.address, "--port", self.ports["IMAPS_PORT"], "--ca",
                               self.ports["CA_FILE"], "--user", self.user, "--password", self.password],
                              capture_output=True, timeout=TIMEOUT)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        return json.loads(done.stdout)["mailboxes"]

    # portpilot

    def start(self, *sources, extra=(), config=True, password=None, json_format=True, log=False, as_nobody=False):
        args = ["migrate", *sources]
        if config:
            args += ["--config", self.config]
        args += ["--address", self.user, "--password-stdin", "--ca-certificates", self.ports["CA_FILE"], *extra]
        if json_format:
            args += ["--format", "json"]
        # HOME of its own: nothing of the person running the tests is read or written.
        env = dict(os.environ, TZ=ZONE, HOME=self.home, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        if log:  # the IMAP commands on stderr (never a secret: the login is not logged here)
            env["QT_LOGGING_RULES"] = "portpilot.migrate.debug=true"
        # Under AddressSanitizer (the sanitizer run of check-all) freed buffers wait in a 256 MiB
        # quarantine and would count as peak memory; a small one keeps the measure about the program.
        env["ASAN_OPTIONS"] = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"), "quarantine_size_mb=4"]))
        program = PORTPILOT
        wrapper = ()
        if as_nobody:  # root reads every file: only an ordinary user meets "Permission denied"
            wrapper = ("/usr/bin/setpriv", "--reuid=%d" % NOBODY, "--regid=%d" % NOBODY, "--clear-groups")
            env["HOME"] = self.nobody_home()
            program = self.for_nobody(PORTPILOT, 0o755)
            # The sanitizers' suppression files too: the clone may lie where nobody cannot look.
            for name in ("ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"):
                env[name] = re.sub(r"(^|:)(suppressions=)([^:]+)",
                                   lambda m: m.group(1) + m.group(2) + self.for_nobody(m.group(3), 0o644),
                                   env.get(name, ""))
        return Started(args, self.password if password is None else password, env, (*wrapper, program))

    def migrate(self, *sources, what="", **options):
        run = self.start(*sources, **options).finish()
        what = what or " ".join(os.path.basename(source) for source in sources)
        self.memory.append((self.id().rsplit(".", 1)[-1], what, run.max_rss_kib, run.seconds))
        self.assertGreaterEqual(run.code, 0, "portpilot died of a signal\n%s" % run)
        return run

    # Checks

    @staticmethod
    def appends(run):
        """The number of messages of each APPEND command, in order (from a run with log=True)."""
        return [int(n) for n in re.findall(r"C: M\d+ APPEND \S+ (\d+) message", run.err)]

    def assert_counts(self, run):
        """Each local message is counted once: copied, already there, skipped or failed."""
        for f in run.json()["folders"]:
            self.assertEqual(f["copied"] + f["alreadyThere"] + f["skipped"] + f["failed"], f["messages"],
                             "folder %s: copied + alreadyThere + skipped + failed != messages\n%s" % (f["local"], run))

    def assert_report(self, run, folders, rerun=False, dry_run=False):
        """The JSON report says what happened to each folder, message by message."""
        report = run.json()
        self.assertEqual(report.get("dryRun"), dry_run, run)
        if not dry_run:
            self.assertIs(report.get("verified"), True, run)
        by_local = {f["local"]: f for f in report["folders"]}
        self.assertEqual(sorted(by_local), sorted(f.local for f in folders), run)
        for folder in folders:
            got = by_local[folder.local]
            deleted = [i + 1 for i, m in enumerate(folder.messages) if m.deleted]
            copy = len(folder.to_copy())
            # "bytes": of the messages to be on the server, as "copied" and "alreadyThere" count them.
            want = {"local": folder.local, "source": os.path.realpath(folder.source), "remote": folder.remote,
                    "messages": len(folder.messages), "bytes": sum(len(m.content) for m in folder.to_copy()),
                    "copied": 0 if rerun else copy, "alreadyThere": copy if rerun else 0,
                    "skipped": len(deleted), "failed": 0}
            shown = {key: got.get(key) for key in want}
            shown["source"] = os.path.realpath(shown["source"] or "")
            self.assertEqual(shown, want, "folder %s\n%s" % (folder.local, run))
            if not dry_run:
                self.assertIs(got.get("verified"), True, "folder %s\n%s" % (folder.local, run))
            # A deleted message may be named as skipped; nothing else is a problem.
            self.assertLessEqual({p["message"] for p in got["problems"]}, set(deleted),
                                 "folder %s\n%s" % (folder.local, run))

    def assert_server(self, dump, folders, before=None):
        """Each folder holds exactly its messages (a multiset: order aside, nothing missing, nothing
        twice), and nothing else changed: other folders are as `before` (or as a new account's)."""
        remotes = collections.defaultdict(list)
        for folder in folders:
            remotes[folder.remote] += folder.to_copy()
        for remote, messages in remotes.items():
            self.assertIn(remote, dump, "no folder %r on the server: %s" % (remote, sorted(dump)))
            key = lambda entry: json.dumps(entry, sort_keys=True)  # noqa: E731
            expected = list((before or {}).get(remote, {}).get("messages", [])) + [m.entry() for m in messages]
            self.assertEqual(sorted(dump[remote]["messages"], key=key), sorted(expected, key=key),
                             "folder %r (first list: the server's)" % remote)
        for name, mailbox in dump.items():
            if name in remotes:
                continue
            if before is not None and name in before:
                self.assertEqual(mailbox, before[name], "folder %r changed" % name)
            else:
                # Only the account's own folders and the parents of new ones may be there, empty.
                parent = any(remote.startswith(name + mailbox["separator"]) for remote in remotes)
                self.assertTrue(name in SERVER_FOLDERS or parent, "unexpected folder %r" % name)
                self.assertEqual(mailbox["messages"], [], "folder %r" % name)

    # a) Thunderbird's mail directory, twice

    def thunderbird_profile(self):
        """A Thunderbird "Local Folders" directory with what such folders hold in real life."""
        root = os.path.join(self.mail_dir, "Local Folders")
        d = datetime.datetime
        same_id = "<same-id@example.test>"
        twin = mail("Twice the same", d(2024, 2, 2, 12, 0, 0), status="0001", flags=["\\Seen"])
        inbox = [
            mail("Read in winter", d(2024, 1, 15, 9, 30, 0), status="0001", flags=["\\Seen"]),
            mail("Replied and marked in summer", d(2024, 7, 2, 18, 45, 10), status="0007",
                 flags=["\\Seen", "\\Answered", "\\Flagged"]),
            # The file holds ">From " for a body line "From ", and ">>From " for ">From ".
            mail("Escaped lines", d(2024, 3, 3, 3, 3, 3), status="0000",
                 body="Hello,\n\n>From the archive of 1999:\n>>From quoted mail, one level down.\n\n"
                      ">From\tnot a From line (tab)\nBye.\n"),
            with_attachment("Invoice attached", d(2024, 3, 10, 14, 0, 0), 20000, seed=1),
            mail("No Message-ID", d(2024, 3, 11, 8, 0, 0), status="0001", message_id=None, flags=["\\Seen"]),
            mail("Same ID, first", d(2024, 3, 12, 8, 0, 0), status="0000", message_id=same_id),
            mail("Same ID, second", d(2024, 3, 12, 8, 5, 0), status="0001", message_id=same_id, flags=["\\Seen"]),
            # Deleted in Thunderbird, the folder not compacted yet: read (1) and expunged (8).
            mail("Deleted, not compacted", d(2024, 3, 13, 8, 0, 0), status="0009", deleted=True),
            mail("Another mailer's flags", d(2024, 3, 14, 8, 0, 0), headers=["Status: RO", "X-Status: AF"],
                 flags=["\\Seen", "\\Answered", "\\Flagged"]),
            twin,
            Local(twin.raw, twin.when, twin.flags),
        ]
        folders = [
            Folder("Inbox", "INBOX", write_mbox(os.path.join(root, "Inbox"), inbox), inbox),
        ]

        def add(local, remote, messages, **options):
            path = os.path.join(root, *[part + ".sbd" for part in local.split("/")[:-1]], local.split("/")[-1])
            folders.append(Folder(local, remote, write_mbox(path, messages, **options), messages))

        add("Sent", "Sent Messages", [
            mail("Sent one", d(2024, 4, 1, 10, 0, 0), status="0001", flags=["\\Seen"]),
            mail("Sent two", d(2024, 4, 2, 10, 0, 0), status="0001", flags=["\\Seen"]),
        ])
        add("Drafts", "Drafts", [mail("A draft", d(2024, 4, 3, 10, 0, 0), headers=["X-Status: T"], flags=["\\Draft"])])
        add("Trash", "Deleted Messages", [
            mail("Thrown away", d(2024, 4, 4, 10, 0, 0), status="0001", flags=["\\Seen"]),
            mail("Thrown away and expunged", d(2024, 4, 5, 10, 0, 0), status="0008", deleted=True),
        ])
        add("Spam", "Junk", [mail("You won", d(2024, 4, 6, 10, 0, 0), status="0000")])
        add("Archives", "Archives", [mail("Archived", d(2023, 12, 31, 23, 59, 59), status="0001", flags=["\\Seen"])])
        add("Archives/2024", "Archives/2024", [
            mail("Archived in 2024", d(2024, 5, 1, 10, 0, 0), status="0001", flags=["\\Seen"]),
            mail("Also archived in 2024", d(2024, 5, 2, 10, 0, 0), status="0005", flags=["\\Seen", "\\Flagged"]),
        ])
        add("Reikningar 2024 – Þjónusta", "Reikningar 2024 – Þjónusta", [
            mail("=?utf-8?q?Reikningur_fyrir_ma=C3=AD?=", d(2024, 6, 1, 10, 0, 0), status="0001",
                 body="Þú skuldar 1.000 kr. – takk.\n", flags=["\\Seen"]),
        ])
        # Written with CRLF line ends throughout (a file from Windows): on the server all the same.
        add("Lists", "Lists", [
            mail("List post", d(2024, 6, 2, 10, 0, 0), status="0000", body="Text\n\n>From the list.\n"),
            mail("List post 2", d(2024, 6, 3, 10, 0, 0), status="0001", flags=["\\Seen"]),
        ], eol=b"\r\n")
        # Thunderbird's bookkeeping beside the mail: never a folder.
        for name, data in (("Inbox.msf", b"// <!-- <mdb:mork:z v=\"1.4\"/> -->\n< <(a=c)> >\n"),
                           ("Sent.msf", b"// <!-- <mdb:mork:z v=\"1.4\"/> -->\n"),
                           ("popstate.dat", b"# POP3 State File\n*pop.example.test anna\n"),
                           ("msgFilterRules.dat", b"version=\"9\"\nlogging=\"no\"\n")):
            with open(os.path.join(root, name), "wb") as f:
                f.write(data)
        return root, folders

    def test_a_thunderbird_directory_twice(self):
        self.start_dovecot("127.0.0.60")
        root, folders = self.thunderbird_profile()
        first = self.migrate(root, what="first run", log=True)
        self.assertEqual(first.code, 0, first)
        self.assert_report(first, folders)
        # Dovecot offers MULTIAPPEND and LITERAL+: a folder's messages go up in few commands.
        self.assertGreater(max(self.appends(first)), 1, first)
        after_first = self.dump()
        self.assert_server(after_first, folders)
        for folder in ("Sent Messages", "Drafts", "Deleted Messages", "Junk"):
            self.assertEqual(len(after_first[folder]["specialUse"]), 1, folder)  # the server's, not a new one

        again = self.migrate(root, what="second run")
        self.assertEqual(again.code, 0, again)
        self.assert_report(again, folders, rerun=True)
        self.assertEqual(self.dump(), after_first, "the second run changed the server")
        text = self.start(root, json_format=False).finish()
        self.assertEqual(text.code, 0, text)
        self.assertTrue(text.out.strip(), text)

    # b) a Maildir

    def test_b_maildir(self):
        self.start_dovecot("127.0.0.61")
        maildir = os.path.join(self.mail_dir, "Projects")
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(maildir, sub))
        utc = datetime.timezone.utc
        messages = []

        def deliver(sub, name, message):
            path = os.path.join(maildir, sub, name)
            with open(path, "wb") as f:
                f.write(message.raw)
            os.utime(path, (message.when.timestamp(), message.when.timestamp()))
            messages.append(message)

        def local(subject, day, flags=(), deleted=False):
            # Maildir has no "From " lines: ">From " in a body is the body's own and stays.
            raw = mail(subject, datetime.datetime(2024, 2, day, 9, 0, 0), body="Hi\n\n>From me\n").raw
            return Local(raw, datetime.datetime(2024, 2, day, 9, 0, 0, tzinfo=utc), flags, deleted, maildir=True)

        deliver("cur", "1706778000.M1P100.host:2,S", local("Seen", 1, ["\\Seen"]))
        deliver("cur", "1706864400.M2P100.host:2,RS", local("Replied", 2, ["\\Answered", "\\Seen"]))
        deliver("cur", "1706950800.M3P100.host:2,FS", local("Flagged", 3, ["\\Flagged", "\\Seen"]))
        deliver("cur", "1707037200.M4P100.host:2,D", local("Draft", 4, ["\\Draft"]))
        deliver("cur", "1707123600.M5P100.host:2,ST", local("Trashed", 5, deleted=True))
        deliver("new", "1707210000.M6P100.host", local("New", 6))
        # Not delivered yet, and a server's bookkeeping: neither is a message.
        with open(os.path.join(maildir, "tmp", "1707296400.M7P100.host"), "wb") as f:
            f.write(local("Half written", 7).raw)
        with open(os.path.join(maildir, "dovecot-uidlist"), "w") as f:
            f.write("3 V1706778000 N7\n")
        folders = [Folder("Projects", "Projects", maildir, messages)]

        run = self.migrate(maildir)
        self.assertEqual(run.code, 0, run)
        self.assert_report(run, folders)
        self.assert_server(self.dump(), folders)

    # c) a 30 MB message

    def test_c_large_message(self):
        self.start_dovecot("127.0.0.62")
        big = with_attachment("Holiday photos", datetime.datetime(2024, 8, 1, 20, 0, 0), 22 * 1024 * 1024, seed=3)
        self.assertGreater(len(big.content), 30 * 1000 * 1000)
        folders = [Folder("Big", "Big", write_mbox(os.path.join(self.mail_dir, "Big"), [big]), [big])]
        run = self.migrate(folders[0].source, what="30 MB message")
        self.assertEqual(run.code, 0, run)
        self.assert_report(run, folders)
        self.assert_server(self.dump(), folders)

    # d) killed halfway, e) the server gone halfway

    def start_slowly(self, source, total):
        """Starts moving source through a SlowRelay, and returns once some but not all of its
        total messages are in the folder "Bulk"."""
        relay = SlowRelay(self.address, self.ports["IMAPS_PORT"], 2 * 1024 * 1024)
        self.addCleanup(relay.close)
        self.write_config(imaps_port=relay.port)
        started = self.start(source)
        imap = self.imap()
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            n = self.count(imap, "Bulk")
            if 0 < n < total:
                self.write_config()  # the next run goes straight to the server
                return started, imap
            self.assertLess(n, total, "all %d messages arrived before the interruption" % total)
            if not started.running():
                self.fail("portpilot finished before any message arrived:\n%s" % started.finish())
            time.sleep(0.05)
        self.fail("no message arrived in %d s" % TIMEOUT)

    def settled_count(self, imap, mailbox):
        """The number of messages once it has not changed for a second: Dovecot still stores what
        reached it before the client went away."""
        last, since = self.count(imap, mailbox), time.monotonic()
        while time.monotonic() - since < 1:
            time.sleep(0.1)
            n = self.count(imap, mailbox)
            if n != last:
                last, since = n, time.monotonic()
        return last

    def test_d_killed_halfway(self):
        self.start_dovecot("127.0.0.63")
        messages = bulk(300, 50 * 1024, seed=4)
        folders = [Folder("Bulk", "Bulk", write_mbox(os.path.join(self.mail_dir, "Bulk"), messages), messages)]
        started, imap = self.start_slowly(folders[0].source, len(messages))
        started.kill()
        killed = started.finish()
        self.assertEqual(killed.code, -signal.SIGKILL, killed)
        there = self.settled_count(imap, "Bulk")
        self.assertLess(there, len(messages), "all messages arrived before the kill")

        run = self.migrate(folders[0].source, what="after SIGKILL")
        self.assertEqual(run.code, 0, run)
        report = {f["local"]: f for f in run.json()["folders"]}["Bulk"]
        self.assertEqual((report["alreadyThere"], report["copied"]), (there, len(messages) - there), run)
        self.assert_server(self.dump(), folders)

    def test_e_server_stopped_halfway(self):
        self.start_dovecot("127.0.0.64")
        messages = bulk(300, 50 * 1024, seed=5)
        folders = [Folder("Bulk", "Bulk", write_mbox(os.path.join(self.mail_dir, "Bulk"), messages), messages)]
        started, imap = self.start_slowly(folders[0].source, len(messages))
        self._run_dovecot("stop")
        cut = started.finish()
        self.memory.append((self.id().rsplit(".", 1)[-1], "server stopped", cut.max_rss_kib, cut.seconds))
        self.assertEqual(cut.code, 1, cut)
        report = cut.json()
        self.assertIs(report["verified"], False, cut)
        self.assert_counts(cut)
        # Someone reading it must learn why: the report's problems or a message on stderr.
        reasons = [p["reason"] for f in report["folders"] for p in f["problems"]]
        self.assertTrue(any(r.strip() for r in reasons) or cut.err.strip(), cut)

        self._run_dovecot("start")  # same folder and address; the ports may differ, config.xml follows
        run = self.migrate(folders[0].source, what="after the server came back")
        self.assertEqual(run.code, 0, run)
        self.assert_server(self.dump(), folders)

    # f) quota full halfway

    def test_f_quota_full(self):
        self.start_dovecot("127.0.0.65", DOVECOT_QUOTA_LIMIT="3M")
        self.user, self.password = "quota@example.test", "quota-secret"
        messages = bulk(40, 100 * 1024, seed=6)
        folders = [Folder("Letters", "Letters", write_mbox(os.path.join(self.mail_dir, "Letters"), messages),
                          messages)]
        run = self.migrate(folders[0].source, what="quota full", log=True)
        self.assertEqual(run.code, 1, run)
        # Batches went up until one was refused; its messages, and those after, then went one by one
        # so that each refusal has its own reason.
        appends = self.appends(run)
        self.assertGreater(max(appends), 1, run)
        self.assertGreaterEqual(appends.count(1), 1, run)
        report = run.json()
        self.assertIs(report["verified"], False, run)
        letters = {f["local"]: f for f in report["folders"]}["Letters"]
        refused = {p["message"] for p in letters["problems"]}
        self.assertTrue(0 < len(refused) < len(messages), run)
        for problem in letters["problems"]:
            self.assertRegex(problem["reason"], re.compile("quota", re.IGNORECASE), run)
        self.assertEqual((letters["copied"], letters["failed"], letters["verified"]),
                         (len(messages) - len(refused), len(refused), False), run)
        self.assert_counts(run)
        # The others are there, each once.
        kept = [m for i, m in enumerate(messages) if i + 1 not in refused]
        dump = self.dump()
        self.assert_server(dump, [Folder("Letters", "Letters", folders[0].source, kept)])

        again = self.migrate(folders[0].source, what="quota still full")
        self.assertEqual(again.code, 1, again)
        self.assertEqual(self.dump(), dump, "the second run changed the server")

    # g) --dry-run, then the real run on top of what is there

    def test_g_dry_run(self):
        self.start_dovecot("127.0.0.66")
        d = datetime.datetime
        inbox = [mail("Old %d" % i, d(2024, 1, i + 1, 12, 0, 0), status="0001", flags=["\\Seen"]) for i in range(2)]
        inbox.append(Local(inbox[1].raw, inbox[1].when, inbox[1].flags))  # the same message twice
        receipts = [mail("Receipt %d" % i, d(2024, 2, i + 1, 12, 0, 0)) for i in range(4)]
        root = os.path.join(self.mail_dir, "Mail")
        folders = [Folder("Inbox", "INBOX", write_mbox(os.path.join(root, "Inbox"), inbox), inbox),
                   Folder("Receipts", "Receipts", write_mbox(os.path.join(root, "Receipts"), receipts), receipts)]
        imap = self.imap()
        for message in inbox[:2]:  # moved by hand before: one of the two copies is missing
            when = message.when.replace(tzinfo=LOCAL_TIME).strftime('"%d-%b-%Y %H:%M:%S %z"')
            status, _ = imap.append("INBOX", "(\\Seen)", when, message.content)
            self.assertEqual(status, "OK")
        before = self.dump()

        run = self.migrate(root, extra=["--dry-run"], what="dry run")
        self.assertEqual(run.code, 0, run)
        report = run.json()
        self.assertIs(report["dryRun"], True, run)
        by_local = {f["local"]: f for f in report["folders"]}
        self.assertEqual({name: (f["remote"], f["copied"], f["alreadyThere"]) for name, f in by_local.items()},
                         {"Inbox": ("INBOX", 1, 2), "Receipts": ("Receipts", 4, 0)}, run)
        self.assertEqual(self.dump(), before, "a dry run changed the server")

        run = self.migrate(root, what="after the dry run")
        self.assertEqual(run.code, 0, run)
        self.assertEqual({f["local"]: (f["copied"], f["alreadyThere"]) for f in run.json()["folders"]},
                         {"Inbox": (1, 2), "Receipts": (4, 0)}, run)
        self.assert_server(self.dump(), folders)

    # h) hostile and bad input

    def test_h_hostile_input(self):
        self.start_dovecot("127.0.0.67")
        os.makedirs(self.mail_dir)
        before = self.dump()

        zeros = sparse_file(os.path.join(self.mail_dir, "zeros"), 2 << 30)
        run = self.migrate(zeros, what="2 GB of zeros (not mbox)")
        self.assertEqual(run.code, 2, run)
        self.assertLess(run.seconds, 30, run)
        self.assertIn(zeros, run.err, run)  # says which file
        self.assertLess(run.max_rss_kib, MEMORY_LIMIT_KIB, run)

        start = b"From - Mon Jan 01 10:00:00 2024\n" + mail("Then zeros", datetime.datetime(2024, 1, 1, 10)).raw
        huge = sparse_file(os.path.join(self.mail_dir, "Huge"), 2 << 30, start)
        run = self.migrate(huge, what="2 GB: one message, then zeros")
        self.assertEqual(run.code, 1, run)
        self.assertLess(run.max_rss_kib, MEMORY_LIMIT_KIB, run)
        huge_report = {f["local"]: f for f in run.json()["folders"]}["Huge"]
        self.assertEqual(huge_report["copied"], 0, run)  # 2 GB is over any sensible message size
        self.assert_counts(run)

        loop = os.path.join(self.mail_dir, "Loop")
        looped = [mail("Inside a loop", datetime.datetime(2024, 1, 2, 10))]
        write_mbox(os.path.join(loop, "Inbox"), looped)
        os.makedirs(os.path.join(loop, "Inbox.sbd"))
        os.symlink("..", os.path.join(loop, "Inbox.sbd", "back"))
        os.symlink(".", os.path.join(loop, "self"))
        run = self.migrate(loop, what="symbolic link loop")
        # The links lead back to mail already read: nothing is missing on the server.
        self.assertEqual(run.code, 0, run)
        self.assertEqual([m["sha256"] for m in self.dump()["INBOX"]["messages"]],
                         [hashlib.sha256(looped[0].content).hexdigest()])

        missing = os.path.join(self.mail_dir, "missing")
        run = self.migrate(missing)
        self.assertEqual(run.code, 2, run)
        self.assertIn(missing, run.err, run)
        inbox = write_mbox(os.path.join(self.mail_dir, "Inbox"), [mail("Fine", datetime.datetime(2024, 1, 3, 10))])
        for bad in ("no equals sign", "=Nowhere"):
            run = self.migrate(inbox, extra=["--folder-map", bad])
            self.assertEqual(run.code, 2, run)
            self.assertIn(bad, run.err, run)
        run = self.migrate(inbox, config=False)
        self.assertEqual(run.code, 2, run)
        self.assertIn("--config", run.err, run)

        # Only the loop's and the huge file's runs could have added anything.
        dump = self.dump()
        for name in ("INBOX", "Huge"):
            dump.pop(name, None)
            before.pop(name, None)
        self.assertEqual(sorted(n for n in dump if n not in before), [], dump)

    # i) the mapping: an existing \Archive folder, --folder-map, nested folders

    def test_i_mapping(self):
        self.start_dovecot("127.0.0.68")
        imap = self.imap()
        self.assertEqual(imap.create("Archive")[0], "OK")  # dovecot.sh gives it \Archive once it exists
        d = datetime.datetime
        root = os.path.join(self.mail_dir, "Mail")
        folders = []

        def add(local, remote, path, subject):
            messages = [mail(subject, d(2024, 9, len(folders) + 1, 10, 0, 0), status="0001", flags=["\\Seen"])]
            folders.append(Folder(local, remote, write_mbox(os.path.join(root, path), messages), messages))

        add("inbox", "INBOX", "inbox", "Lower-case inbox")
        add("Archives", "Archive", "Archives", "To the server's archive")
        add("Archives/2024", "Old/2024", "Archives.sbd/2024", "Mapped by hand")
        add("Work", "Work", "Work", "Work")
        add("Work/Clients", "Work/Clients", "Work.sbd/Clients", "A client")
        add("Work/Clients/Ísafjörður", "Work/Clients/Ísafjörður", "Work.sbd/Clients.sbd/Ísafjörður", "Deep")
        run = self.migrate(root, extra=["--folder-map", "Archives/2024=Old/2024"])
        self.assertEqual(run.code, 0, run)
        self.assert_report(run, folders)
        dump = self.dump()
        self.assert_server(dump, folders)
        self.assertEqual(dump["Archive"]["specialUse"], ["\\Archive"])


    # j) files the person cannot read, with portpilot run as an ordinary user

    def for_nobody(self, path, mode):
        """A copy of path that user nobody can read (the binary is linked statically to its libraries)."""
        directory = os.path.join(self.work, "for-nobody")
        os.makedirs(directory, mode=0o755, exist_ok=True)
        copy = os.path.join(directory, "%d-%s" % (len(os.listdir(directory)), os.path.basename(path)))
        shutil.copyfile(path, copy)
        os.chmod(copy, mode)
        return copy

    def nobody_home(self):
        """A HOME that user nobody owns, and the way to the test's files open to it (read only)."""
        home = os.path.join(self.work, "nobody-home")
        if not os.path.isdir(home):
            os.makedirs(home)
            os.chown(home, NOBODY, NOBODY)
            for path in (self.work, self.dovecot_dir, os.path.dirname(self.ports["CA_FILE"])):
                os.chmod(path, os.stat(path).st_mode | 0o005)
            for path in (self.config, self.ports["CA_FILE"]):
                os.chmod(path, os.stat(path).st_mode | 0o004)
        return home

    def test_j_unreadable(self):
        self.start_dovecot("127.0.0.70")
        d = datetime.datetime
        root = os.path.join(self.mail_dir, "Mail")
        inbox = [mail("Readable %d" % i, d(2024, 10, i + 1, 10, 0, 0), status="0001", flags=["\\Seen"])
                 for i in range(3)]
        folders = [Folder("Inbox", "INBOX", write_mbox(os.path.join(root, "Inbox"), inbox), inbox)]
        secret = write_mbox(os.path.join(root, "Secret"), [mail("Not mine", d(2024, 10, 9, 10))])
        locked = os.path.join(root, "Locked.sbd")
        write_mbox(os.path.join(locked, "Sub"), [mail("Locked away", d(2024, 10, 10, 10))])
        maildir = os.path.join(self.mail_dir, "md")
        utc = datetime.timezone.utc

        def maildir_message(name, subject, day):
            when = d(2024, 10, day, 10, 0, 0, tzinfo=utc)
            message = Local(mail(subject, when.replace(tzinfo=None)).raw, when, maildir=True)
            path = os.path.join(maildir, "cur", name)
            with open(path, "wb") as f:
                f.write(message.raw)
            os.utime(path, (when.timestamp(), when.timestamp()))
            return message

        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(maildir, sub))
        readable = maildir_message("1.a:2,", "In a Maildir", 11)
        maildir_message("2.b:2,", "Unreadable one", 12)
        for directory, _, files in os.walk(self.mail_dir):
            os.chmod(directory, 0o755)
            for name in files:
                os.chmod(os.path.join(directory, name), 0o644)
        os.chmod(self.mail_dir, 0o755)
        os.chmod(secret, 0o600)
        os.chmod(locked, 0o700)
        os.chmod(os.path.join(maildir, "cur", "2.b:2,"), 0o600)

        def snapshot():
            files = {}
            for top, _, names in os.walk(self.mail_dir):
                for name in names:
                    path = os.path.join(top, name)
                    with open(path, "rb") as f:
                        files[path] = (os.stat(path).st_mtime_ns, os.stat(path).st_mode, hashlib.sha256(f.read()).digest())
            return files
        before = snapshot()

        run = self.start(root, maildir, as_nobody=True).finish()
        self.assertGreaterEqual(run.code, 0, "portpilot died of a signal\n%s" % run)
        self.assertEqual(run.code, 1, run)  # not everything could be read: not all is verified
        report = run.json()
        self.assertEqual(len(report["unreadable"]), 2, run)
        for path, problem in zip(sorted([locked, secret]), sorted(report["unreadable"])):
            self.assertIn(path, problem, run)
            self.assertIn("Permission denied", problem, run)
        by_local = {f["local"]: f for f in report["folders"]}
        self.assertEqual(sorted(by_local), ["Inbox", "md"], run)
        self.assertEqual((by_local["Inbox"]["copied"], by_local["Inbox"]["verified"]), (3, True), run)
        md = by_local["md"]
        self.assertEqual((md["messages"], md["copied"], md["failed"]), (2, 1, 1), run)
        self.assertEqual([p["message"] for p in md["problems"]], [2], run)
        self.assertIn("2.b:2,", md["problems"][0]["reason"], run)
        self.assert_counts(run)
        dump = self.dump()
        self.assert_server(dump, folders + [Folder("md", "md", maildir, [readable])])
        self.assertEqual(snapshot(), before, "the local files changed")


def main():
    global PORTPILOT, SOURCE_DIR
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    PORTPILOT, SOURCE_DIR = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    if not (shutil.which("dovecot") or os.path.exists("/usr/sbin/dovecot")):
        print("dovecot is not installed (scripts/install-deps.sh test installs it); skipped", file=sys.stderr)
        return 77
    if os.geteuid() != 0:
        print("dovecot.sh needs root (the mail homes belong to the dovecot user); skipped", file=sys.stderr)
        return 77
    program = unittest.main(argv=[sys.argv[0]] + sys.argv[3:], exit=False, verbosity=2)
    print("\nPeak memory of portpilot (maximum resident set size):")
    for case, what, kib, seconds in TestMigrateDovecot.memory:
        print("  %-40s %-32s %8d KiB %7.1f s" % (case, what, kib, seconds))
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
