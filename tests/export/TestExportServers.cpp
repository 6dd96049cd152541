#include "ClientConfigLocation.h"
#include "ClientInstaller.h"
#include "DovecotServer.h"
#include "ExporterRegistry.h"
#include "KeychainCommand.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Portpilot;

// The exported files used by the real clients against a real Dovecot (tests/servers/dovecot.sh):
// msmtp --serverinfo and a logged-in send, mbsync -l listing the folders, fetchmail --check.
// installed(): the same clients, plus neomutt and aerc, find the account where
// `export --install` put it (their own default file, next to what the person had) and log in.
// Passwords reach msmtp and mbsync through the keychain command, from a real gnome-keyring.
// The server certificate is from the test CA; each client is told to trust it the way the
// format allows (tls_trust_file, CertificateFile, sslcertfile), for this test only.
class TestExportServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void msmtp_data();
    void msmtp();
    void mbsync_data();
    void mbsync();
    void fetchmail_data();
    void fetchmail();
    void installed_data();
    void installed();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run inKeyring(const QString& script, const QStringList& keys, const QString& password,
                         const QStringList& args);
    void users_data();
    static QString screenInTmux(const QString& command, const QStringList& keys, const QString& password,
                                const QString& socket, const std::function<bool(const QString&)>& done);
    Account account(const QString& user, Protocol protocol, SocketType socket) const;
    QByteArray exportFile(const QString& format, const Account& account, const Exporter::Options& options = {});
    QString writeTemp(const QString& name, const QByteArray& data);

    std::unique_ptr<DovecotServer> m_server;
    QTemporaryDir m_dir;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestExportServers)

// Dovecot listens on 127.0.0.1 (its certificate names localhost); ports may be unprivileged ones.
static const QString Address = QStringLiteral("127.0.0.1");
static const QString Host = QStringLiteral("localhost");

void TestExportServers::initTestCase()
{
    for (const char* tool : {"dovecot", "msmtp", "mbsync", "fetchmail", "secret-tool", "dbus-run-session"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool),
                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
                .isEmpty()) {
            QFAIL(
                qPrintable(QStringLiteral("%1 is missing: run scripts/install-deps.sh test").arg(QLatin1String(tool))));
        }
    }
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<DovecotServer>(Address);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestExportServers::cleanupTestCase()
{
    m_server.reset(); // stops Dovecot by its pid
}

TestExportServers::Run TestExportServers::inKeyring(const QString& script, const QStringList& keys,
                                                    const QString& password, const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYRING_KEYS"), keys.join(u'\n'));
    env.insert(QStringLiteral("KEYRING_PASSWORD"), password);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/export/with-keyring.sh"),
                  QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh")} + args);
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString TestExportServers::writeTemp(const QString& name, const QByteArray& data)
{
    const QString dir = m_dir.filePath(QString::number(++m_files));
    QDir().mkpath(dir);
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        return {};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.fileName();
}

Account TestExportServers::account(const QString& user, Protocol protocol, SocketType socket) const
{
    auto portOf = [this](Protocol p, SocketType s) {
        const char* names[3][2] = {
            {"IMAPS_PORT", "IMAP_PORT"}, {"POP3S_PORT", "POP3_PORT"}, {"SUBMISSIONS_PORT", "SUBMISSION_PORT"}};
        return m_server->port(QString::fromLatin1(names[int(p)][s == SocketType::Ssl ? 0 : 1]));
    };
    Account a;
    a.emailAddress = user;
    a.realName = QStringLiteral("Anna \"Test\" #1");
    ServerSettings in;
    in.protocol = protocol;
    in.hostname = Host;
    in.socketType = socket;
    in.port = portOf(protocol, socket);
    in.username = user;
    ServerSettings out;
    out.protocol = Protocol::Smtp;
    out.hostname = Host;
    out.socketType = socket == SocketType::Plain ? SocketType::StartTls : socket;
    out.port = portOf(Protocol::Smtp, out.socketType);
    out.username = user;
    a.incoming = {in};
    a.outgoing = {out};
    return a;
}

QByteArray TestExportServers::exportFile(const QString& format, const Account& account,
                                         const Exporter::Options& options)
{
    const Exporter::Result result = ExporterRegistry::instance().find(format)->exportAccount(account, options);
    return result.ok() ? result.files.first().data : QByteArray();
}

void TestExportServers::users_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("special");
    QTest::addColumn<int>("socket");
    for (int socket : {int(SocketType::Ssl), int(SocketType::StartTls)}) {
        const char* name = socket == int(SocketType::Ssl) ? "SSL" : "STARTTLS";
        QTest::addRow("anna %s", name) << QStringLiteral("anna@example.test") << false << socket;
        // The password has quotes of both kinds, a backslash, braces, non-ASCII and trailing spaces.
        QTest::addRow("special password %s", name) << QStringLiteral("special@example.test") << true << socket;
    }
}

void TestExportServers::msmtp_data()
{
    users_data();
}

void TestExportServers::msmtp()
{
    QFETCH(QString, user);
    QFETCH(bool, special);
    QFETCH(int, socket);
    const Account a = account(user, Protocol::Imap, SocketType(socket));
    QByteArray rc = exportFile(QStringLiteral("msmtp"), a);
    QVERIFY(!rc.isEmpty());
    rc.replace("tls_trust_file system", "tls_trust_file " + m_server->caFile().toUtf8());
    const QString file = writeTemp(QStringLiteral("msmtprc"), rc);
    const QString password = special ? m_server->specialPassword() : QStringLiteral("anna-secret");
    const QString key = KeychainCommand::keyFor(user, a.outgoing.first());

    const Run info = inKeyring(QStringLiteral("msmtp -C \"$1\" --serverinfo"), {key}, password, {file});
    QVERIFY2(info.exitCode == 0, info.err.constData());
    QVERIFY2(info.out.contains("AUTH") || info.out.contains("Authentication"), info.out.constData());
    QVERIFY2(info.out.contains("TLS"), info.out.constData());

    // A real send: msmtp reads the password from the keychain and logs in. Dovecot has no relay
    // here, so the message itself is not delivered; the login must succeed (235).
    const Run send = inKeyring(QStringLiteral("printf 'Subject: t\\n\\nhello\\n' | msmtp -C \"$1\" --debug \"$2\""),
                               {key}, password, {file, user});
    const QByteArray log = send.out + send.err;
    QVERIFY2(log.contains("<-- 235"), log.constData());
    QVERIFY2(!log.contains(password.toUtf8()), "msmtp --debug must not show the password");
}

void TestExportServers::mbsync_data()
{
    users_data();
}

void TestExportServers::mbsync()
{
    QFETCH(QString, user);
    QFETCH(bool, special);
    QFETCH(int, socket);
    const Account a = account(user, Protocol::Imap, SocketType(socket));
    QByteArray rc = exportFile(QStringLiteral("mbsync"), a);
    QVERIFY(!rc.isEmpty());
    const QByteArray sslType = socket == int(SocketType::Ssl) ? "SSLType IMAPS" : "SSLType STARTTLS";
    rc.replace(sslType, sslType + "\nCertificateFile " + m_server->caFile().toUtf8());
    const QString file = writeTemp(QStringLiteral("mbsyncrc"), rc);
    const QString channel = QString::fromUtf8(rc).section(QStringLiteral("Channel "), 1, 1).section(u'\n', 0, 0);
    const QString password = special ? m_server->specialPassword() : QStringLiteral("anna-secret");
    const QString key = KeychainCommand::keyFor(user, a.incoming.first());
    const Run r = inKeyring(QStringLiteral("mkdir -p \"$HOME/Mail/$2\" && mbsync -c \"$1\" -l \"$2\""), {key}, password,
                            {file, channel});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY2(r.out.contains("INBOX"), r.out.constData());
}

void TestExportServers::fetchmail_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("socket");
    for (int protocol : {int(Protocol::Imap), int(Protocol::Pop3)}) {
        for (int socket : {int(SocketType::Ssl), int(SocketType::StartTls)}) {
            QTest::addRow("%s %s", protocol == int(Protocol::Imap) ? "IMAP" : "POP3",
                          socket == int(SocketType::Ssl) ? "SSL" : "STARTTLS")
                << QStringLiteral("anna@example.test") << protocol << socket;
        }
    }
    QTest::addRow("POP3 SSL special password")
        << QStringLiteral("special@example.test") << int(Protocol::Pop3) << int(SocketType::Ssl);
}

void TestExportServers::fetchmail()
{
    QFETCH(QString, user);
    QFETCH(int, protocol);
    QFETCH(int, socket);
    const Account a = account(user, Protocol(protocol), SocketType(socket));
    // fetchmail cannot run a password command: this is the --include-password path.
    Exporter::Options options;
    options.includePassword = true;
    options.incomingPassword =
        user.startsWith(QLatin1String("special")) ? m_server->specialPassword() : QStringLiteral("anna-secret");
    const Exporter::Result result =
        ExporterRegistry::instance().find(QStringLiteral("fetchmail"))->exportAccount(a, options);
    if (!result.ok()) {
        // Both kinds of quote in the password: fetchmail's lexer cannot take it, and we refuse.
        QVERIFY(options.incomingPassword.contains(u'"') && options.incomingPassword.contains(u'\''));
        QVERIFY2(result.error.contains(QStringLiteral("password")), qPrintable(result.error));
        return;
    }
    QByteArray rc = result.files.first().data;
    rc.replace("sslcertck", "sslcertck sslcertfile \"" + m_server->caFile().toUtf8() + "\"");
    const QString file = writeTemp(QStringLiteral("fetchmailrc"), rc);
    // --check: log in and count messages without fetching; exit 1 = "no mail", 3 = login failed.
    const Run r = inKeyring(QStringLiteral("fetchmail -f \"$1\" --check --nosyslog"), {}, QString(), {file});
    QVERIFY2(r.exitCode == 1 || r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY2(!r.err.contains("authorization failure") && !r.err.contains("Authentication failed"), r.err.constData());
}

void TestExportServers::installed_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("mine"); // what the person had in the file, for another server
    QTest::addRow("msmtp") << QStringLiteral("msmtp")
                           << QByteArray("defaults\nlogfile ~/.msmtp.log\n\naccount work\nhost smtp.work.invalid\n"
                                         "from me@work.invalid\n\naccount default : work\n");
    QTest::addRow("mbsync") << QStringLiteral("mbsync")
                            << QByteArray("IMAPAccount work\nHost imap.work.invalid\nUser me\nPass x\n\n"
                                          "IMAPStore work-remote\nAccount work\n");
    QTest::addRow("fetchmail") << QStringLiteral("fetchmail")
                               << QByteArray("set postmaster \"me\"\nskip pop.work.invalid proto POP3 user me\n");
    QTest::addRow("neomutt") << QStringLiteral("mutt") << QByteArray("set sort = threads\nset pager_stop = yes");
    QTest::addRow("aerc") << QStringLiteral("aerc")
                          << QByteArray("[Work]\nsource = maildir://~/Mail/work\noutgoing = sendmail:///bin/false\n"
                                        "from = Me <me@work.invalid>\n");
}

// One client at a time: a home with the person's own file, the account installed into it by
// ClientInstaller, then the real program started with that HOME, so it finds the file itself.
void TestExportServers::installed()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, mine);
    const QString user = QStringLiteral("anna@example.test");
    const QString password = QStringLiteral("anna-secret");
    const QString home = m_dir.filePath(QStringLiteral("home-%1").arg(++m_files));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.config")));
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldXdg = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
    const QString path = ClientConfigLocation::path(format);
    qputenv("HOME", oldHome);
    if (oldXdg.isEmpty()) {
        qunsetenv("XDG_CONFIG_HOME");
    } else {
        qputenv("XDG_CONFIG_HOME", oldXdg);
    }
    QVERIFY(path.startsWith(home));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mine);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const Account a = account(user, Protocol::Imap, SocketType::Ssl);
    Exporter::Options options;
    if (format == QLatin1String("fetchmail")) {
        options.includePassword = true; // fetchmail cannot run a command
        options.incomingPassword = password;
    }
    Exporter::Result result = ExporterRegistry::instance().find(format)->exportAccount(a, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    // Trust the test CA, as each format allows (the other TestExportServers cases do the same).
    QByteArray& data = result.files.first().data;
    const QByteArray ca = m_server->caFile().toUtf8();
    data.replace("tls_trust_file system", "tls_trust_file " + ca);
    data.replace("SSLType IMAPS", "SSLType IMAPS\nCertificateFile " + ca);
    data.replace("sslcertck", "sslcertck sslcertfile \"" + ca + "\"");
    if (format == QLatin1String("mutt")) {
        data += "set ssl_ca_certificates_file = \"" + ca + "\"\n";
    }
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
    const ClientInstaller::Outcome outcome = ClientInstaller::install(format, result, user);
    qputenv("HOME", oldHome);
    if (oldXdg.isEmpty()) {
        qunsetenv("XDG_CONFIG_HOME");
    } else {
        qputenv("XDG_CONFIG_HOME", oldXdg);
    }
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.path, path);
    QFile installedFile(path);
    QVERIFY(installedFile.open(QIODevice::ReadOnly));
    const QByteArray installedText = installedFile.readAll();
    QVERIFY(installedText.startsWith(mine));
    QVERIFY(installedText.contains("# >>> portpilot begin anna@example.test >>>"));

    const QStringList keys{KeychainCommand::keyFor(user, a.incoming.first()),
                           KeychainCommand::keyFor(user, a.outgoing.first())};
    const auto imapLogins = [this] {
        QFile log(m_server->dir() + QStringLiteral("/log"));
        if (!log.open(QIODevice::ReadOnly)) {
            return qsizetype(-1);
        }
        qsizetype count = 0;
        for (const QByteArray& line : log.readAll().split('\n')) {
            count += line.contains("imap-login") && line.contains("Login: user=<anna@example.test>") ? 1 : 0;
        }
        return count;
    };
    const qsizetype loginsBefore = imapLogins();
    QVERIFY(loginsBefore >= 0);
    // The client runs with the test's home (the keyring keeps its own, over D-Bus).
    const QString env = QStringLiteral("export HOME=\"$1\" XDG_CONFIG_HOME=\"$1/.config\"; ");
    const QString account = QString::fromUtf8(data).section(QStringLiteral("account "), 1, 1).section(u'\n', 0, 0);
    if (format == QLatin1String("msmtp")) {
        // The person's default account stays theirs; ours is named.
        const Run send =
            inKeyring(env + QStringLiteral("printf 'Subject: t\\n\\nhello\\n' | msmtp --debug -a \"$2\" \"$3\""), keys,
                      password, {home, account, user});
        const QByteArray log = send.out + send.err;
        QVERIFY2(log.contains("<-- 235"), log.constData());
        const Run pretend = inKeyring(env + QStringLiteral("msmtp --pretend"), keys, password, {home});
        QVERIFY2(pretend.out.contains("host = smtp.work.invalid"), (pretend.out + pretend.err).constData());
    } else if (format == QLatin1String("mbsync")) {
        const QString channel = QString::fromUtf8(data).section(QStringLiteral("Channel "), 1, 1).section(u'\n', 0, 0);
        const Run r = inKeyring(env + QStringLiteral("mkdir -p \"$1/Mail/$2\" && mbsync -l \"$2\""), keys, password,
                                {home, channel});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("INBOX"), r.out.constData());
    } else if (format == QLatin1String("fetchmail")) {
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
        // Polls every entry but the skipped one of the person: ours. 1 = no mail, 3 = login failed.
        const Run r = inKeyring(env + QStringLiteral("fetchmail --check --nosyslog -v"), {}, QString(), {home});
        QVERIFY2(r.exitCode == 1 || r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2((r.out + r.err).contains("LOGIN"), (r.out + r.err).constData());
        QVERIFY2(!(r.out + r.err).contains("pop.work.invalid"), (r.out + r.err).constData());
    } else if (format == QLatin1String("mutt")) {
        // No -F: neomutt finds the file itself. imap_pass runs the keychain command.
        const Run r =
            inKeyring(env + QStringLiteral("neomutt -n -Q sort -Q imap_user -Q imap_pass -Q folder </dev/null"), keys,
                      password, {home});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), (r.out + r.err).constData());
        QVERIFY2(r.out.contains("set sort = \"threads\""), r.out.constData());
        QVERIFY2(r.out.contains("set imap_user = \"anna@example.test\""), r.out.constData());
        QVERIFY2(r.out.contains("set imap_pass = \"anna-secret\""), r.out.constData());
    } else if (format == QLatin1String("aerc")) {
        // aerc has no batch mode: it runs in a private tmux, shows a tab for the person's account
        // and one for the installed one, and connects to each at start.
        const QString shown = screenInTmux(
            QStringLiteral("HOME=%1 XDG_CONFIG_HOME=%1/.config SSL_CERT_FILE=%2 aerc").arg(home, m_server->caFile()),
            keys, password, home + QStringLiteral("/tmux.sock"), [&](const QString& screen) {
                return screen.contains(QLatin1String("anna@example.test")) && imapLogins() > loginsBefore;
            });
        QVERIFY2(shown.contains(QLatin1String("Work")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("anna@example.test")), qPrintable(shown));
    }
    if (format == QLatin1String("mutt")) {
        // And a real login: neomutt opens the spool folder (IMAP INBOX) at start.
        const QString shown = screenInTmux(QStringLiteral("HOME=%1 XDG_CONFIG_HOME=%1/.config neomutt -n").arg(home),
                                           keys, password, home + QStringLiteral("/tmux.sock"),
                                           [&](const QString&) { return imapLogins() > loginsBefore; });
        QVERIFY2(!shown.contains(QLatin1String("failed"), Qt::CaseInsensitive), qPrintable(shown));
    }
    if (format == QLatin1String("mutt") || format == QLatin1String("aerc")) {
        // Dovecot's log: one more IMAP login of Anna than before the client ran.
        QVERIFY2(imapLogins() > loginsBefore, qPrintable(QStringLiteral("no IMAP login by %1").arg(format)));
    }
}

// Runs `command` in a private tmux server, inside a keyring holding `keys`, and returns its screen
// once `done` says so for it (or after 30 s).
QString TestExportServers::screenInTmux(const QString& command, const QStringList& keys, const QString& password,
                                        const QString& socket, const std::function<bool(const QString&)>& done)
{
    const QString stop = socket + QStringLiteral(".stop");
    QFile::remove(stop);
    QProcess tmux;
    tmux.start(QStringLiteral("tmux"),
               {QStringLiteral("-S"), socket, QStringLiteral("new-session"), QStringLiteral("-d"), QStringLiteral("-x"),
                QStringLiteral("200"), QStringLiteral("-y"), QStringLiteral("50"), QStringLiteral("-e"),
                QStringLiteral("KEYRING_KEYS=") + keys.join(u'\n'), QStringLiteral("-e"),
                QStringLiteral("KEYRING_PASSWORD=") + password,
                // The client runs until the test is done with it: then the stop file ends it and the
                // shell, so that dbus-run-session ends its bus (a tmux kill leaves the bus behind: it
                // takes SIGHUP for "reload"). Its input is the terminal: a background job's is /dev/null.
                QStringLiteral(
                    PORTPILOT_SOURCE_DIR
                    "/tests/export/with-keyring.sh sh -c '%1 </dev/tty & client=$!; while [ ! -e %2 ]; do sleep 0.1; "
                    "done; kill $client 2>/dev/null; wait'")
                    .arg(command, stop)});
    if (!tmux.waitForFinished(30000) || tmux.exitCode() != 0) {
        return QStringLiteral("tmux failed: ") + QString::fromUtf8(tmux.readAllStandardError());
    }
    QString shown;
    for (int i = 0; i < 300 && !done(shown); ++i) {
        QTest::qWait(100);
        QProcess capture;
        capture.start(QStringLiteral("tmux"),
                      {QStringLiteral("-S"), socket, QStringLiteral("capture-pane"), QStringLiteral("-p")});
        capture.waitForFinished(10000);
        shown = QString::fromUtf8(capture.readAllStandardOutput());
    }
    QFile stopFile(stop);
    stopFile.open(QIODevice::WriteOnly);
    stopFile.close();
    for (int i = 0; i < 100 && QProcess::execute(QStringLiteral("tmux"),
                                                 {QStringLiteral("-S"), socket, QStringLiteral("has-session")}) == 0;
         ++i) {
        QTest::qWait(100);
    }
    QProcess::execute(QStringLiteral("tmux"), {QStringLiteral("-S"), socket, QStringLiteral("kill-server")});
    return shown;
}

#include "TestExportServers.moc"
