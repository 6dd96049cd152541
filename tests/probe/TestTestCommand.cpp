// `portpilot test` as a process, against a real Dovecot: exit codes, output lines, --verbose
// redaction, --accept-fingerprint, bad input, and the keychain (a private gnome-keyring).
#include "DovecotServer.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
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
    QString m_fingerprint;
};

namespace {
const QString Address = QStringLiteral("127.0.0.43");
const QString User = QStringLiteral("anna@example.test");

QString server(const QString& direction, const QString& type, const QString& host, quint16 port,
               const QString& socketType)
{
    return QStringLiteral("<%1 type=\"%2\"><hostname>%3</hostname><port>%4</port><socketType>%5</socketType>"
                          "<authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>"
                          "</%1>")
        .arg(direction, type, host)
        .arg(port)
        .arg(socketType);
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
                                       m_dovecot->port(QStringLiteral("IMAP_PORT")), QStringLiteral("plain")));
    QVERIFY(!m_config.isEmpty() && !m_plainConfig.isEmpty());
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
                       QStringLiteral("SHA-256 fingerprint: @fp"), QStringLiteral("--accept-fingerprint @fp")}
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
    // Exactly that certificate is accepted, in either spelling of the fingerprint.
    for (const QString& fingerprint : {m_fingerprint, m_fingerprint.toLower().remove(QLatin1Char(':'))}) {
        const Output accepted =
            portpilot(arguments + QStringList{QStringLiteral("--accept-fingerprint"), fingerprint}, "anna-secret\n");
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.out + accepted.err));
        QCOMPARE(accepted.out.count(QStringLiteral("accepted certificate")), 2);
    }
    // Any other fingerprint changes nothing.
    const Output other =
        portpilot(arguments + QStringList{QStringLiteral("--accept-fingerprint"), QStringLiteral("ab").repeated(32)},
                  "anna-secret\n");
    QCOMPARE(other.exitCode, 1);
    QVERIFY(other.out.contains(QStringLiteral("not trusted")));
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
