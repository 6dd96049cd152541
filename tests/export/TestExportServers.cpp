#include "DovecotServer.h"
#include "ExporterRegistry.h"
#include "KeychainCommand.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portpilot;

// The exported files used by the real clients against a real Dovecot (tests/servers/dovecot.sh):
// msmtp --serverinfo and a logged-in send, mbsync -l listing the folders, fetchmail --check.
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

#include "TestExportServers.moc"
