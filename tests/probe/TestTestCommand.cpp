// `portpilot test` as a process, against a real Dovecot: exit codes, output lines, --verbose
// redaction, --accept-fingerprint scoped to host:port, --approve, bad input, and the keychain
// (a private gnome-keyring).
#include "DovecotServer.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestTestCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void run_data();
    void run();
    void acceptFingerprint();
    void fingerprintNamesItsServer_data();
    void fingerprintNamesItsServer();
    void approvalNeeded();
    void verboseRedactsPassword();
    void readsTheKeychain();

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Output portpilot(const QStringList& arguments, const QByteArray& input = QByteArray(),
                     const QStringList& wrapper = {});
    QString writeConfig(const QString& name, const QString& body);

    std::unique_ptr<DovecotServer> m_dovecot;
    QTemporaryDir m_dir;
    QString m_config; // IMAP 993 + SMTP 465
    QString m_plainConfig;
    QString m_incomingOnlyConfig;
    QString m_fingerprint;
};

namespace {
const QString Address = QStringLiteral("127.0.0.43");
const QString User = QStringLiteral("anna@example.test");

QString server(const QString& direction, const QString& type, const QString& host, quint16 port,
               const QString& socketType, const QString& approvalNeeded = QString())
{
    const QString approval =
        approvalNeeded.isEmpty() ? QString() : QStringLiteral(" approvalNeeded=\"%1\"").arg(approvalNeeded);
    return QStringLiteral("<%1 type=\"%2\"%6><hostname>%3</hostname><port>%4</port><socketType>%5</socketType>"
                          "<authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>"
                          "</%1>")
        .arg(direction, type, host)
        .arg(port)
        .arg(socketType, approval);
}
} // namespace

QString TestTestCommand::writeConfig(const QString& name, const QString& body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clientConfig version=\"1.1\">"
                              "<emailProvider id=\"example.test\"><domain>example.test</domain>%1</emailProvider>"
                              "</clientConfig>\n")
                   .arg(body)
                   .toUtf8());
    return path;
}

void TestTestCommand::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dovecot")).isEmpty() &&
        !QFile::exists(QStringLiteral("/usr/sbin/dovecot"))) {
        QSKIP("dovecot is not installed (scripts/install-deps.sh test installs it)");
    }
    QVERIFY(m_dir.isValid());
    m_dovecot = std::make_unique<DovecotServer>(Address);
    QVERIFY2(m_dovecot->isRunning(), qPrintable(m_dovecot->error()));
    m_config = writeConfig(QStringLiteral("pair.xml"),
                           server(QStringLiteral("incomingServer"), QStringLiteral("imap"), Address,
                                  m_dovecot->port(QStringLiteral("IMAPS_PORT")), QStringLiteral("SSL")) +
                               server(QStringLiteral("outgoingServer"), QStringLiteral("smtp"), Address,
                                      m_dovecot->port(QStringLiteral("SUBMISSIONS_PORT")), QStringLiteral("SSL")));
    m_plainConfig = writeConfig(QStringLiteral("plain.xml"),
                                server(QStringLiteral("incomingServer"), QStringLiteral("imap"), Address,
                                       m_dovecot->port(QStringLiteral("IMAP_PORT")), QStringLiteral("plain")) +
                                    server(QStringLiteral("outgoingServer"), QStringLiteral("smtp"), Address,
                                           m_dovecot->port(QStringLiteral("SUBMISSIONS_PORT")), QStringLiteral("SSL")));
    // A file with nothing to set up on the outgoing side is bad input, not a partial answer.
    m_incomingOnlyConfig = writeConfig(QStringLiteral("incoming-only.xml"),
                                       server(QStringLiteral("incomingServer"), QStringLiteral("imap"), Address,
                                              m_dovecot->port(QStringLiteral("IMAPS_PORT")), QStringLiteral("SSL")));
    QVERIFY(!m_config.isEmpty() && !m_plainConfig.isEmpty() && !m_incomingOnlyConfig.isEmpty());
    const auto certs = QSslCertificate::fromPath(m_dovecot->dir() + QStringLiteral("/ca/server.pem"));
    QCOMPARE(certs.size(), 1);
    m_fingerprint = QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

TestTestCommand::Output TestTestCommand::portpilot(const QStringList& arguments, const QByteArray& input,
                                                   const QStringList& wrapper)
{
    QProcess process;
    QStringList all = wrapper;
    all << QStringLiteral(PORTPILOT_BINARY) << QStringLiteral("test") << arguments;
    process.start(all.takeFirst(), all);
    process.write(input);
    process.closeWriteChannel();
    Output output;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError());
    return output;
}

void TestTestCommand::run_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expectedOut"); // substrings, in this order, of stdout
    QTest::addColumn<QString>("expectedErr");

    const QString ca = QStringLiteral("--ca-certificates");
    const QStringList base{QStringLiteral("--config"),
                           QStringLiteral("@pair"),
                           QStringLiteral("--address"),
                           User,
                           QStringLiteral("--password-stdin"),
                           ca,
                           QStringLiteral("@ca")};
    QTest::addRow("right password")
        << base << QByteArray("anna-secret\n") << 0
        << QStringList{QStringLiteral("OK      ") + Address +
                           QStringLiteral(":@imapsport (imap, SSL): logged in as “anna@example.test”"),
                       QStringLiteral("OK      ") + Address + QStringLiteral(":@smtpsport (smtp, SSL)")}
        << QString();
    QTest::addRow("wrong password") << base << QByteArray("nope\n") << 1
                                    << QStringList{QStringLiteral("FAILED  ") + Address +
                                                       QStringLiteral(
                                                           ":@imapsport (imap, SSL): The user name or the password "
                                                           "was not accepted."),
                                                   QStringLiteral("detail: [AUTHENTICATIONFAILED]"),
                                                   QStringLiteral("FAILED  ") + Address + QStringLiteral(":@smtpsport"),
                                                   QStringLiteral("detail: 535")}
                                    << QString();
    QTest::addRow("untrusted certificate")
        << QStringList{QStringLiteral("--config"), QStringLiteral("@pair"), QStringLiteral("--address"), User,
                       QStringLiteral("--password-stdin")}
        << QByteArray("anna-secret\n") << 1
        << QStringList{QStringLiteral("The server’s certificate is not trusted."),
                       QStringLiteral("SHA-256 fingerprint: @fp"),
                       QStringLiteral("--accept-fingerprint ") + Address + QStringLiteral(":@imapsport=@fp")}
        << QString();
    QTest::addRow("plaintext without consent")
        << QStringList{QStringLiteral("--config"), QStringLiteral("@plain"), QStringLiteral("--address"), User,
                       QStringLiteral("--password-stdin")}
        << QByteArray("anna-secret\n") << 1
        << QStringList{QStringLiteral("FAILED  ") + Address +
                       QStringLiteral(":@imapport (imap, plain): This server does not use encryption.")}
        << QString();
    // With consent the password may go out, but this Dovecot refuses plaintext from another address.
    QTest::addRow("plaintext with consent, server wants TLS")
        << QStringList{QStringLiteral("--config"),
                       QStringLiteral("@plain"),
                       QStringLiteral("--address"),
                       User,
                       QStringLiteral("--password-stdin"),
                       QStringLiteral("--allow-plaintext"),
                       Address + QStringLiteral(":@imapport")}
        << QByteArray("anna-secret\n") << 1
        << QStringList{QStringLiteral("FAILED  ") + Address +
                       QStringLiteral(":@imapport (imap, plain): The server accepts this login only over an encrypted "
                                      "connection.")}
        << QString();
    QTest::addRow("no config") << QStringList{QStringLiteral("--address"), User} << QByteArray() << 2 << QStringList()
                               << QStringLiteral("--config");
    QTest::addRow("missing file") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/x.xml")}
                                  << QByteArray() << 2 << QStringList() << QStringLiteral("x.xml");
    QTest::addRow("placeholders without address")
        << QStringList{QStringLiteral("--config"), QStringLiteral("@pair"), QStringLiteral("--password-stdin")}
        << QByteArray("x\n") << 2 << QStringList() << QStringLiteral("--address");
    QTest::addRow("bad fingerprint") << base +
                                            QStringList{QStringLiteral("--accept-fingerprint"), QStringLiteral("xyz")}
                                     << QByteArray("anna-secret\n") << 2 << QStringList() << QStringLiteral("SHA-256");
    QTest::addRow("empty stdin") << base << QByteArray() << 2 << QStringList() << QStringLiteral("standard input");
    QTest::addRow("bad plaintext endpoint")
        << base + QStringList{QStringLiteral("--allow-plaintext"), QStringLiteral("no-port")}
        << QByteArray("anna-secret\n") << 2 << QStringList() << QStringLiteral("host:port");
    QTest::addRow("nothing to set up for outgoing mail")
        << QStringList{QStringLiteral("@incomingonly"), QStringLiteral("--address"), User,
                       QStringLiteral("--password-stdin")}
        << QByteArray("anna-secret\n") << 2 << QStringList() << QStringLiteral("no outgoing (SMTP) server");
    QTest::addRow("unknown side") << base + QStringList{QStringLiteral("--side"), QStringLiteral("both")}
                                  << QByteArray("anna-secret\n") << 2 << QStringList() << QStringLiteral("“both”");
    QTest::addRow("incoming side only") << base + QStringList{QStringLiteral("--side"), QStringLiteral("incoming")}
                                        << QByteArray("anna-secret\n") << 0
                                        << QStringList{QStringLiteral("OK      ") + Address +
                                                       QStringLiteral(":@imapsport (imap, SSL): logged in")}
                                        << QString();
    QTest::addRow("ca file without certificates")
        << QStringList{QStringLiteral("--config"),
                       QStringLiteral("@pair"),
                       QStringLiteral("--address"),
                       User,
                       QStringLiteral("--password-stdin"),
                       ca,
                       QStringLiteral("@pair")}
        << QByteArray("anna-secret\n") << 2 << QStringList() << QStringLiteral("PEM");
}

void TestTestCommand::run()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expectedOut);
    QFETCH(QString, expectedErr);
    for (QString& argument : arguments) {
        argument.replace(QStringLiteral("@pair"), m_config)
            .replace(QStringLiteral("@plain"), m_plainConfig)
            .replace(QStringLiteral("@incomingonly"), m_incomingOnlyConfig)
            .replace(QStringLiteral("@ca"), m_dovecot->caFile())
            .replace(QStringLiteral("@imapport"), QString::number(m_dovecot->port(QStringLiteral("IMAP_PORT"))));
    }
    const Output output = portpilot(arguments, input);
    QVERIFY2(output.exitCode == exitCode, qPrintable(output.out + output.err));
    qsizetype from = 0;
    for (QString expected : expectedOut) {
        expected.replace(QStringLiteral("@fp"), m_fingerprint)
            .replace(QStringLiteral("@imapsport"), QString::number(m_dovecot->port(QStringLiteral("IMAPS_PORT"))))
            .replace(QStringLiteral("@smtpsport"), QString::number(m_dovecot->port(QStringLiteral("SUBMISSIONS_PORT"))))
            .replace(QStringLiteral("@imapport"), QString::number(m_dovecot->port(QStringLiteral("IMAP_PORT"))));
        const qsizetype at = output.out.indexOf(expected, from);
        QVERIFY2(at >= 0, qPrintable(expected + QStringLiteral("\n---\n") + output.out));
        from = at + expected.size();
    }
    if (!expectedErr.isEmpty()) {
        QVERIFY2(output.err.contains(expectedErr), qPrintable(output.err));
        QVERIFY(output.out.isEmpty()); // bad input: nothing tested, reason on stderr
    }
}

void TestTestCommand::acceptFingerprint()
{
    const QStringList arguments{QStringLiteral("--config"), m_config, QStringLiteral("--address"), User,
                                QStringLiteral("--password-stdin")};
    const QStringList incomingOnly = arguments + QStringList{QStringLiteral("--side"), QStringLiteral("incoming")};
    // Exactly that certificate is accepted, in either spelling of the fingerprint. The bare form is
    // taken only because one server is tested, and the run says which.
    for (const QString& fingerprint : {m_fingerprint, m_fingerprint.toLower().remove(QLatin1Char(':'))}) {
        const Output accepted =
            portpilot(incomingOnly + QStringList{QStringLiteral("--accept-fingerprint"), fingerprint}, "anna-secret\n");
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.out + accepted.err));
        QCOMPARE(accepted.out.count(QStringLiteral("accepted certificate")), 1);
        QVERIFY2(accepted.err.contains(QStringLiteral("is accepted for ") + Address + QLatin1Char(':')),
                 qPrintable(accepted.err));
    }
    // Two servers, even on one host: the bare form is refused before anything is tested (issue 15.6).
    const Output both =
        portpilot(arguments + QStringList{QStringLiteral("--accept-fingerprint"), m_fingerprint}, "anna-secret\n");
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(QStringLiteral("--accept-fingerprint HOST:PORT=SHA256")), qPrintable(both.err));
    QVERIFY(both.out.isEmpty());
    // Any other fingerprint changes nothing.
    const Output other =
        portpilot(incomingOnly + QStringList{QStringLiteral("--accept-fingerprint"), QStringLiteral("ab").repeated(32)},
                  "anna-secret\n");
    QCOMPARE(other.exitCode, 1);
    QVERIFY(other.out.contains(QStringLiteral("not trusted")));
}

// A fingerprint is accepted for the host:port it names, never for the other servers of the run.
void TestTestCommand::fingerprintNamesItsServer_data()
{
    QTest::addColumn<QString>("config");      // "@pair" or "@twohosts"
    QTest::addColumn<QString>("fingerprint"); // @imap, @smtp = host:port of that server; @fp its fingerprint
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expectedOut"); // substrings, in this order, of stdout
    QTest::addColumn<QString>("expectedErr");

    QTest::addRow("IMAP's only") << "@pair"
                                 << "@imap=@fp" << 1
                                 << QStringList{QStringLiteral(":@imapsport (imap, SSL): logged in as"),
                                                QStringLiteral("accepted certificate"),
                                                QStringLiteral("FAILED  ") + Address + QStringLiteral(":@smtpsport"),
                                                QStringLiteral("not trusted")}
                                 << QString();
    QTest::addRow("both, each named") << "@pair"
                                      << "@imap=@fp,@smtp=@fp" << 0
                                      << QStringList{QStringLiteral("(imap, SSL): logged in"),
                                                     QStringLiteral("accepted certificate"),
                                                     QStringLiteral("(smtp, SSL): logged in"),
                                                     QStringLiteral("accepted certificate")}
                                      << QString();
    QTest::addRow("IPv4 host in brackets")
        << "@pair" << QStringLiteral("[") + Address + QStringLiteral("]:@imapsport=@fp,@smtp=@fp") << 0
        << QStringList{QStringLiteral("accepted certificate")} << QString();
    QTest::addRow("a server the file does not have") << "@pair" << Address + QStringLiteral(":1=@fp") << 2
                                                     << QStringList() << QStringLiteral("is not a server of the file");
    QTest::addRow("bare form, servers on two hosts")
        << "@twohosts"
        << "@fp" << 2 << QStringList() << QStringLiteral("--accept-fingerprint HOST:PORT=SHA256");
    QTest::addRow("bad host:port") << "@pair"
                                   << "imap:x=@fp" << 2 << QStringList() << QStringLiteral("“imap:x” is not host:port");
}

void TestTestCommand::fingerprintNamesItsServer()
{
    QFETCH(QString, config);
    QFETCH(QString, fingerprint);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expectedOut);
    QFETCH(QString, expectedErr);
    const QString imapsPort = QString::number(m_dovecot->port(QStringLiteral("IMAPS_PORT")));
    const QString smtpsPort = QString::number(m_dovecot->port(QStringLiteral("SUBMISSIONS_PORT")));
    // Two host names for the same Dovecot; refused before any connection is made.
    const QString twoHosts =
        writeConfig(QStringLiteral("two-hosts.xml"),
                    server(QStringLiteral("incomingServer"), QStringLiteral("imap"), Address, imapsPort.toUShort(),
                           QStringLiteral("SSL")) +
                        server(QStringLiteral("outgoingServer"), QStringLiteral("smtp"), QStringLiteral("localhost"),
                               smtpsPort.toUShort(), QStringLiteral("SSL")));
    QStringList arguments{config == QLatin1String("@pair") ? m_config : twoHosts, QStringLiteral("--address"), User,
                          QStringLiteral("--password-stdin")};
    for (QString value : fingerprint.split(QLatin1Char(','))) {
        value.replace(QStringLiteral("@imapsport"), imapsPort)
            .replace(QStringLiteral("@imap"), Address + QLatin1Char(':') + imapsPort)
            .replace(QStringLiteral("@smtp"), Address + QLatin1Char(':') + smtpsPort)
            .replace(QStringLiteral("@fp"), m_fingerprint);
        arguments << QStringLiteral("--accept-fingerprint") << value;
    }
    const Output output = portpilot(arguments, "anna-secret\n");
    QVERIFY2(output.exitCode == exitCode, qPrintable(output.out + output.err));
    qsizetype from = 0;
    for (QString expected : expectedOut) {
        expected.replace(QStringLiteral("@imapsport"), imapsPort).replace(QStringLiteral("@smtpsport"), smtpsPort);
        const qsizetype at = output.out.indexOf(expected, from);
        QVERIFY2(at >= 0, qPrintable(expected + QStringLiteral("\n---\n") + output.out));
        from = at + expected.size();
    }
    if (!expectedErr.isEmpty()) {
        QVERIFY2(output.err.contains(expectedErr), qPrintable(output.err));
        QVERIFY(output.out.isEmpty());
    }
}

// `portpilot discover --format xml > f; portpilot test f`: servers found through MX, SRV or guessing
// carry approvalNeeded, and the password goes to them only with --approve naming that domain.
void TestTestCommand::approvalNeeded()
{
    // Without approval not even a connection is made: a listener the test holds sees none.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress(Address)));
    const QString unapproved =
        writeConfig(QStringLiteral("unapproved.xml"),
                    server(QStringLiteral("incomingServer"), QStringLiteral("imap"), Address, listener.serverPort(),
                           QStringLiteral("SSL"), QStringLiteral("hoster.test")) +
                        server(QStringLiteral("outgoingServer"), QStringLiteral("smtp"), Address, listener.serverPort(),
                               QStringLiteral("SSL"), QStringLiteral("hoster.test")));
    const Output refused = portpilot({unapproved, QStringLiteral("--address"), User, QStringLiteral("--password-stdin"),
                                      QStringLiteral("--approve"), QStringLiteral("other.test")},
                                     "anna-secret\n");
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.out + refused.err));
    QCOMPARE(refused.out.count(QStringLiteral("FAILED  ")), 2);
    QCOMPARE(refused.out.count(QStringLiteral("add --approve hoster.test")), 2);
    QVERIFY(!listener.waitForNewConnection(200));

    // The same servers on Dovecot: logged in once the domain is approved (in any letter case).
    const QString approvable = writeConfig(
        QStringLiteral("approvable.xml"),
        server(QStringLiteral("incomingServer"), QStringLiteral("imap"), Address,
               m_dovecot->port(QStringLiteral("IMAPS_PORT")), QStringLiteral("SSL"), QStringLiteral("hoster.test")) +
            server(QStringLiteral("outgoingServer"), QStringLiteral("smtp"), Address,
                   m_dovecot->port(QStringLiteral("SUBMISSIONS_PORT")), QStringLiteral("SSL")));
    const QStringList base{approvable,
                           QStringLiteral("--address"),
                           User,
                           QStringLiteral("--password-stdin"),
                           QStringLiteral("--ca-certificates"),
                           m_dovecot->caFile()};
    const Output without = portpilot(base, "anna-secret\n");
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.out.contains(
                 QStringLiteral("(imap, SSL): not tested. Confirm that you trust the servers of “hoster.test” first.")),
             qPrintable(without.out));
    QVERIFY2(without.out.contains(QStringLiteral("(smtp, SSL): logged in")), qPrintable(without.out));
    const Output approved =
        portpilot(base + QStringList{QStringLiteral("--approve"), QStringLiteral("Hoster.TEST")}, "anna-secret\n");
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.out + approved.err));
    QCOMPARE(approved.out.count(QStringLiteral("logged in as")), 2);
    const Output badDomain =
        portpilot(base + QStringList{QStringLiteral("--approve"), QStringLiteral("not a domain")}, "anna-secret\n");
    QCOMPARE(badDomain.exitCode, 2);
}

void TestTestCommand::verboseRedactsPassword()
{
    const QString special = m_dovecot->specialPassword();
    QVERIFY(!special.isEmpty());
    for (const QString& password : {QStringLiteral("anna-secret"), special}) {
        const QString user = password == special ? QStringLiteral("special@example.test") : User;
        const Output output = portpilot({QStringLiteral("--config"), m_config, QStringLiteral("--address"), user,
                                         QStringLiteral("--password-stdin"), QStringLiteral("--ca-certificates"),
                                         m_dovecot->caFile(), QStringLiteral("--verbose")},
                                        password.toUtf8() + '\n');
        QVERIFY2(output.exitCode == 0, qPrintable(output.out + output.err));
        QVERIFY(output.err.contains(QStringLiteral("C: A1 AUTHENTICATE PLAIN [redacted]")));
        QVERIFY(output.err.contains(QStringLiteral("C: AUTH PLAIN [redacted]")));
        QVERIFY(output.err.contains(QStringLiteral("S: 235")));
        const QByteArray blob =
            (QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8()).toBase64();
        for (const QString& text : {output.out, output.err}) {
            QVERIFY(!text.contains(password));
            QVERIFY(!text.contains(QString::fromLatin1(blob)));
            QVERIFY(!text.contains(QString::fromLatin1(password.toUtf8().toBase64())));
        }
    }
}

void TestTestCommand::readsTheKeychain()
{
    const QString wrapper = QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/keychain/run-with-keyring.sh");
    if (!QFile::exists(wrapper) || QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
        // scripts/install-deps.sh test installs both. In CI (CI=true, or a build configured with
        // PORTPILOT_SKIP_IS_FAILURE) their absence is a broken setup: a skip would pass untested.
        if (qEnvironmentVariable("CI") == QLatin1String("true") ||
            qEnvironmentVariableIsSet("PORTPILOT_SKIP_IS_FAILURE")) {
            QFAIL("no gnome-keyring / secret-tool / run-with-keyring.sh (scripts/install-deps.sh test installs them)");
        }
        QSKIP("no gnome-keyring / secret-tool / run-with-keyring.sh");
    }
    // The keys the wizard writes (PasswordStore::keyFor): "<address> <protocol>://<host>:<port>". QtKeychain looks
    // text entries up with type=plaintext, so an entry made by secret-tool needs that attribute too.
    const QString imapKey =
        QStringLiteral("%1 imap://%2:%3").arg(User, Address).arg(m_dovecot->port(QStringLiteral("IMAPS_PORT")));
    const QString smtpKey =
        QStringLiteral("%1 smtp://%2:%3").arg(User, Address).arg(m_dovecot->port(QStringLiteral("SUBMISSIONS_PORT")));
    const QString script = QStringLiteral(
        "set -e\n"
        "imap=$1 smtp=$2 bin=$3 config=$4 address=$5 ca=$6\n"
        "store() { printf %s \"$2\" | secret-tool store --label=portpilot xdg:schema org.qt.keychain server portpilot "
        "user \"$1\" type plaintext; }\n"
        "check() { \"$bin\" test --config \"$config\" --address \"$address\" --ca-certificates \"$ca\"; }\n"
        "store \"$imap\" anna-secret\n"
        "check && echo FIRST-PASSED || echo FIRST-EXIT-$?\n"
        "store \"$smtp\" anna-secret\n"
        "check && echo SECOND-PASSED || echo SECOND-EXIT-$?\n");
    QProcess process;
    process.start(wrapper, {QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), imapKey, smtpKey,
                            QStringLiteral(PORTPILOT_BINARY), m_config, User, m_dovecot->caFile()});
    QVERIFY(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    // First run: the IMAP password is in the keychain, the SMTP one not yet stored -> that server is reported.
    QVERIFY2(out.contains(QStringLiteral("OK      %1:%2 (imap, SSL): logged in")
                              .arg(Address)
                              .arg(m_dovecot->port(QStringLiteral("IMAPS_PORT")))),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("no password in the keychain for “") + smtpKey), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("FIRST-EXIT-1")), qPrintable(out));
    // Second run: both passwords come from the keychain.
    QVERIFY2(out.contains(QStringLiteral("SECOND-PASSED")), qPrintable(out));
    QCOMPARE(out.count(QStringLiteral("logged in as")), 3);
    QVERIFY(!out.contains(QStringLiteral("anna-secret")));
}

QTEST_GUILESS_MAIN(TestTestCommand)
#include "TestTestCommand.moc"
