// Adversarial cases (docs: security.md §A.4 and issue 8) against a scripted loopback server.
// Every abort row also proves that no credential reached the server.
#include "CertificatePinStore.h"
#include "ConnectionTester.h"
#include "FakeMailServer.h"
#include "Redactor.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Portpilot;

namespace {

const QString Password = QStringLiteral("s3cret \"pa\\ss\" {7}");

struct FakeCase
{
    Protocol protocol = Protocol::Imap;
    SocketType socketType = SocketType::StartTls;
    QByteArray greeting;
    QList<QPair<QByteArray, QByteArray>> replies;
    QByteArray tlsAfter;
    QString certificate = QStringLiteral("server");
    FakeMailServer::Special special = FakeMailServer::Special::None;
    QString username = QStringLiteral("anna@example.test");
    QString password = Password;
    AuthMethod auth = AuthMethod::PasswordCleartext;
    bool plaintextConsent = false;
    bool acceptFingerprint = false;
    bool capabilitiesOnly = false;
    FailureKind expected = FailureKind::None;
    QString expectedMechanism;         // for passing rows
    QByteArray expectedReceived;       // a substring the server must have received
    bool credentialsMayBeSent = false; // rows where the login itself is refused
    QByteArray continueForever;        // see FakeMailServer
    int replyDelayMs = 0;
    int loginTimeoutMs = 0;
    QString expectedDetail; // a substring of the failure detail
};

FakeCase imap(const QByteArray& greeting = "* OK IMAP ready\r\n")
{
    FakeCase c;
    c.protocol = Protocol::Imap;
    c.greeting = greeting;
    return c;
}

FakeCase pop3(const QByteArray& greeting = "+OK POP3 ready\r\n")
{
    FakeCase c;
    c.protocol = Protocol::Pop3;
    c.greeting = greeting;
    return c;
}

FakeCase smtp(const QByteArray& greeting = "220 mail.example.test ESMTP\r\n")
{
    FakeCase c;
    c.protocol = Protocol::Smtp;
    c.greeting = greeting;
    return c;
}

const QByteArray ImapPreCaps = "* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n$TAG OK done\r\n";
const QByteArray ImapPostCaps = "* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\n$TAG OK done\r\n";
const QByteArray Pop3PreCapa = "+OK\r\nCAPA\r\nSTLS\r\nUSER\r\n.\r\n";
const QByteArray Pop3PostCapa = "+OK\r\nCAPA\r\nUSER\r\nSASL PLAIN\r\n.\r\n";
const QByteArray SmtpPreEhlo = "250-mail.example.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n";
const QByteArray SmtpPostEhlo = "250-mail.example.test\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n";

// A full, well-behaved STARTTLS conversation up to the login; rows then change one thing.
FakeCase imapStartTls(QByteArray startTlsReply = "$TAG OK Begin TLS\r\n")
{
    FakeCase c = imap();
    c.replies = {{"CAPABILITY", ImapPreCaps},
                 {"STARTTLS", startTlsReply},
                 {"CAPABILITY", ImapPostCaps},
                 {"AUTHENTICATE", "$TAG OK logged in\r\n"}};
    c.tlsAfter = "STARTTLS";
    return c;
}

FakeCase pop3StartTls(QByteArray stlsReply = "+OK Begin TLS\r\n")
{
    FakeCase c = pop3();
    c.replies = {{"CAPA", Pop3PreCapa}, {"STLS", stlsReply}, {"CAPA", Pop3PostCapa}, {"AUTH", "+OK logged in\r\n"}};
    c.tlsAfter = "STLS";
    return c;
}

FakeCase smtpStartTls(QByteArray startTlsReply = "220 Ready\r\n")
{
    FakeCase c = smtp();
    c.replies = {{"EHLO", SmtpPreEhlo}, {"STARTTLS", startTlsReply}, {"EHLO", SmtpPostEhlo}, {"AUTH", "235 ok\r\n"}};
    c.tlsAfter = "STARTTLS";
    return c;
}

FakeCase implicit(FakeCase c, const QString& certificate)
{
    c.socketType = SocketType::Ssl;
    c.certificate = certificate;
    c.tlsAfter.clear();
    return c;
}

FakeCase expect(FakeCase c, FailureKind kind)
{
    c.expected = kind;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(FakeCase)

class TestConnectionTesterFake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adversarial_data();
    void adversarial();
    void tlsOlderThan12Refused();
    void pinnedCertificateRemembered();
    void pinStoreRefusesNameMismatch_data();
    void pinStoreRefusesNameMismatch();
    void restartReportsOnlyTheNewRun();

private:
    ProbeResult runAgainst(const QString& certificate, quint16 port, const CertificatePinStore* pins);

    QTemporaryDir m_dir;
    QSslCertificate m_ca;
};

void TestConnectionTesterFake::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess ca;
    ca.start(QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/servers/make-test-ca.sh"), {m_dir.path()});
    QVERIFY(ca.waitForFinished(120000));
    QCOMPARE(ca.exitCode(), 0);
    const auto cas = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca.pem")));
    QCOMPARE(cas.size(), 1);
    m_ca = cas.first();
}

void TestConnectionTesterFake::adversarial_data()
{
    QTest::addColumn<FakeCase>("fake");
    using F = FailureKind;
    using S = FakeMailServer::Special;

    // Well-behaved baselines: the script works, so each row below fails for its one change.
    {
        FakeCase c = imapStartTls();
        c.expectedMechanism = QStringLiteral("PLAIN");
        c.credentialsMayBeSent = true;
        QTest::addRow("baseline imap starttls") << c;
        c = pop3StartTls();
        c.expectedMechanism = QStringLiteral("PLAIN");
        c.credentialsMayBeSent = true;
        QTest::addRow("baseline pop3 stls") << c;
        c = smtpStartTls();
        c.expectedMechanism = QStringLiteral("PLAIN");
        c.credentialsMayBeSent = true;
        QTest::addRow("baseline smtp starttls") << c;
    }

    // ST: STARTTLS transition.
    QTest::addRow("ST-01 imap injected tagged OK") << expect(
        imapStartTls("$TAG OK Begin TLS\r\nA9 OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] done\r\n"), F::ResponseInjection);
    QTest::addRow("ST-03 imap alert after go-ahead")
        << expect(imapStartTls("$TAG OK Begin TLS\r\n* OK [ALERT] suffix.\r\n"), F::ResponseInjection);
    QTest::addRow("ST-03 imap bye after go-ahead")
        << expect(imapStartTls("$TAG OK Begin TLS\r\n* BYE now\r\n"), F::ResponseInjection);
    QTest::addRow("ST-04 pop3 injected capa")
        << expect(pop3StartTls("+OK Begin TLS\r\n+OK\r\nPLAIN\r\nLOGIN\r\n.\r\n"), F::ResponseInjection);
    QTest::addRow("ST-05 pop3 garbage after go-ahead")
        << expect(pop3StartTls("+OK Begin TLS\r\n\xff\xfe\x80garbage"), F::ResponseInjection);
    QTest::addRow("ST-06 smtp injected ehlo")
        << expect(smtpStartTls("220 Ready\r\n250-example.org\r\n250 AUTH LOGIN\r\n"), F::ResponseInjection);
    {
        FakeCase c = imapStartTls();
        c.certificate = QStringLiteral("expired");
        QTest::addRow("ST-12 imap expired certificate after go-ahead") << expect(c, F::CertificateProblem);
        c = smtpStartTls();
        c.certificate = QStringLiteral("wrongname");
        QTest::addRow("ST-12 smtp wrong name after go-ahead") << expect(c, F::CertificateProblem);
        c = pop3StartTls();
        c.certificate = QStringLiteral("selfsigned");
        QTest::addRow("ST-12 pop3 self-signed after go-ahead") << expect(c, F::CertificateProblem);
    }

    // Issue 15.5: an endless SASL exchange ends (the exact bytes are in TestProtocolTranscripts).
    {
        FakeCase c = implicit(imap(), QStringLiteral("server"));
        c.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=LOGIN\r\n$TAG OK done\r\n"}};
        c.continueForever = "+ x\r\n";
        c.replies.append(qMakePair(QByteArray("AUTHENTICATE"), QByteArray("+ x\r\n")));
        c.credentialsMayBeSent = true;
        QTest::addRow("endless imap challenges") << expect(c, F::ProtocolError);
        FakeCase p = implicit(pop3(), QStringLiteral("server"));
        p.replies = {{"CAPA", "+OK\r\nSASL LOGIN\r\n.\r\n"}, {"AUTH", "+ x\r\n"}};
        p.continueForever = "+ x\r\n";
        p.credentialsMayBeSent = true;
        QTest::addRow("endless pop3 challenges") << expect(p, F::ProtocolError);
        FakeCase m = implicit(smtp(), QStringLiteral("server"));
        m.replies = {{"EHLO", "250-x\r\n250 AUTH PLAIN\r\n"}, {"AUTH", "334 x\r\n"}};
        m.continueForever = "334 x\r\n";
        m.credentialsMayBeSent = true;
        QTest::addRow("endless smtp challenges") << expect(m, F::ProtocolError);
        // Each answer within the step timeout, the whole login not within its deadline.
        FakeCase slow = implicit(imap(), QStringLiteral("server"));
        slow.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=LOGIN\r\n$TAG OK done\r\n"},
                        {"AUTHENTICATE", "+ VXNlcm5hbWU6\r\n"},
                        {"+", "+ UGFzc3dvcmQ6\r\n"},
                        {"+", "$TAG OK in\r\n"}};
        slow.replyDelayMs = 700;
        slow.loginTimeoutMs = 1500;
        slow.credentialsMayBeSent = true;
        slow.expectedDetail = QStringLiteral("the login took longer than 1500 ms");
        QTest::addRow("slow login past its deadline") << expect(slow, F::TimedOut);
    }

    // CE: certificates, implicit TLS, all three protocols.
    for (const QString& cert : {QStringLiteral("selfsigned"), QStringLiteral("expired"), QStringLiteral("wrongname")}) {
        QTest::addRow("CE-01 imap %s", qPrintable(cert)) << expect(implicit(imap(), cert), F::CertificateProblem);
        QTest::addRow("CE-01 pop3 %s", qPrintable(cert)) << expect(implicit(pop3(), cert), F::CertificateProblem);
        QTest::addRow("CE-01 smtp %s", qPrintable(cert)) << expect(implicit(smtp(), cert), F::CertificateProblem);
    }
    {
        FakeCase c = implicit(imap(), QStringLiteral("selfsigned"));
        c.acceptFingerprint = true;
        c.replies = {{"CAPABILITY", ImapPostCaps}, {"AUTHENTICATE", "$TAG OK in\r\n"}};
        c.expectedMechanism = QStringLiteral("PLAIN");
        c.credentialsMayBeSent = true;
        QTest::addRow("CE-01 self-signed accepted by fingerprint") << c;
        FakeCase e = implicit(smtp(), QStringLiteral("expired"));
        e.acceptFingerprint = true;
        e.replies = {{"EHLO", SmtpPostEhlo}, {"AUTH", "235 ok\r\n"}};
        e.expectedMechanism = QStringLiteral("PLAIN");
        e.credentialsMayBeSent = true;
        QTest::addRow("CE-01 expired accepted by fingerprint") << e;
        FakeCase w = implicit(imap(), QStringLiteral("wrongname"));
        w.acceptFingerprint = true;
        QTest::addRow("CE-01 wrong name never accepted") << expect(w, F::CertificateProblem);
    }

    // Hostile servers (issue 8).
    {
        FakeCase c = implicit(imap(), QStringLiteral("server"));
        c.special = S::CloseOnConnect;
        QTest::addRow("hostile close before the handshake") << expect(c, F::TlsHandshakeFailed);
        FakeCase mid = implicit(smtp(), QStringLiteral("server"));
        mid.special = S::CloseMidHandshake;
        QTest::addRow("hostile close in the middle of the handshake") << expect(mid, F::TlsHandshakeFailed);
        QTest::addRow("hostile greeting stalls mid-line") << expect(imap("* OK half a gree"), F::TimedOut);
        FakeCase plain = imap();
        plain.special = S::CloseOnConnect;
        QTest::addRow("hostile close before the greeting") << expect(plain, F::ConnectionClosed);
        FakeCase drip = imap();
        drip.special = S::Drip;
        QTest::addRow("hostile one byte at a time") << expect(drip, F::TimedOut);
        FakeCase huge = imap("* OK ");
        huge.special = S::HugeLine;
        QTest::addRow("hostile 10 MB line") << expect(huge, F::ResponseTooLong);
        FakeCase endless = smtp("220-mail.example.test\r\n");
        endless.special = S::EndlessLines;
        QTest::addRow("hostile smtp greeting that never ends") << expect(endless, F::ResponseTooLong);
        FakeCase endlessImap = imapStartTls();
        endlessImap.special = S::EndlessLines;
        QTest::addRow("hostile imap untagged flood") << expect(endlessImap, F::ResponseTooLong);
        QByteArray caps = "* CAPABILITY IMAP4rev1 STARTTLS";
        for (int i = 0; i < 5000; ++i) {
            caps += " X-CAP-" + QByteArray::number(i);
        }
        FakeCase many = imapStartTls();
        many.replies[0].second = caps + "\r\n$TAG OK done\r\n";
        QTest::addRow("hostile thousands of imap capabilities") << expect(many, F::ResponseTooLong);
        QByteArray ehlo = "250-mail.example.test\r\n";
        for (int i = 0; i < 3000; ++i) {
            ehlo += "250-X-EXT-" + QByteArray::number(i) + "\r\n";
        }
        FakeCase manySmtp = smtpStartTls();
        manySmtp.replies[0].second = ehlo + "250 STARTTLS\r\n";
        QTest::addRow("hostile thousands of ehlo lines") << expect(manySmtp, F::ResponseTooLong);
        QByteArray capa = "+OK\r\n";
        for (int i = 0; i < 3000; ++i) {
            capa += "X-CAP-" + QByteArray::number(i) + "\r\n";
        }
        FakeCase manyPop = pop3StartTls();
        manyPop.replies[0].second = capa + ".\r\n";
        QTest::addRow("hostile thousands of capa lines") << expect(manyPop, F::ResponseTooLong);
    }
}

void TestConnectionTesterFake::adversarial()
{
    QFETCH(FakeCase, fake);

    FakeMailServer server;
    server.dialect = fake.protocol == Protocol::Imap   ? FakeMailServer::Dialect::Imap
                     : fake.protocol == Protocol::Pop3 ? FakeMailServer::Dialect::Pop3
                                                       : FakeMailServer::Dialect::Smtp;
    server.implicitTls = fake.socketType == SocketType::Ssl;
    server.greeting = fake.greeting;
    server.replies = fake.replies;
    server.tlsAfter = fake.tlsAfter;
    server.special = fake.special;
    server.continueForever = fake.continueForever;
    server.replyDelayMs = fake.replyDelayMs;
    const auto certs = QSslCertificate::fromPath(m_dir.filePath(fake.certificate + QStringLiteral(".pem")));
    QCOMPARE(certs.size(), 1);
    server.certificate = certs.first();
    QFile keyFile(m_dir.filePath(fake.certificate + QStringLiteral(".key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    server.key = QSslKey(keyFile.readAll(), QSsl::Rsa);
    QVERIFY(!server.key.isNull());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    ServerSettings settings;
    settings.protocol = fake.protocol;
    settings.hostname = QStringLiteral("127.0.0.1");
    settings.port = server.serverPort();
    settings.socketType = fake.socketType;
    settings.authMethods = {fake.auth};
    settings.username = fake.username;

    ProbeOptions options;
    options.emailAddress = QStringLiteral("anna@example.test");
    options.password = fake.password;
    options.caCertificates = {m_ca};
    options.mode = fake.capabilitiesOnly ? ProbeMode::CapabilitiesOnly : ProbeMode::Login;
    options.stepTimeoutMs = 2000; // short on purpose: the slow rows end by timeout
    options.connectTimeoutMs = 5000;
    options.loginTimeoutMs = fake.loginTimeoutMs;
    if (fake.plaintextConsent) {
        options.plaintextConsent = {QStringLiteral("127.0.0.1:%1").arg(settings.port)};
    }
    if (fake.acceptFingerprint) {
        options.acceptedFingerprints = {
            QString::fromLatin1(server.certificate.digest(QCryptographicHash::Sha256).toHex())};
    }

    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(settings, options);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    const ProbeResult result = finished.first().first().value<ProbeResult>();
    const QString transcript = result.transcript.join(QLatin1Char('\n'));

    QVERIFY2(result.failure.kind == fake.expected,
             qPrintable(QStringLiteral("expected %1, got %2 (%3)\n%4")
                            .arg(failureKindName(fake.expected), failureKindName(result.failure.kind),
                                 result.failure.detail, transcript)));
    QVERIFY(!result.failure.message().isEmpty());
    QVERIFY2(result.failure.detail.contains(fake.expectedDetail), qPrintable(result.failure.detail));
    if (fake.expected == FailureKind::None) {
        QCOMPARE(result.mechanism, fake.expectedMechanism);
        QCOMPARE(result.credentialsSent, !fake.expectedMechanism.isEmpty());
        QVERIFY(result.encrypted || fake.plaintextConsent);
    }
    if (!fake.expectedReceived.isEmpty()) {
        QVERIFY2(server.received.contains(fake.expectedReceived), server.received.left(2000).constData());
    }
    if (fake.expected == FailureKind::CertificateProblem) {
        QVERIFY(result.certificate.has_value());
        QCOMPARE(result.certificate->sha256, server.certificate.digest(QCryptographicHash::Sha256));
        QCOMPARE(result.certificate->isPinnable(), fake.certificate != QLatin1String("wrongname"));
    }

    // No encoding of the password (raw, IMAP quoted, base64 alone, SASL PLAIN) in the transcript, pass or fail.
    const Redactor secrets(fake.password, {fake.username, QStringLiteral("anna@example.test"), QStringLiteral("anna")});
    QVERIFY2(!secrets.containsSecret(transcript), qPrintable(transcript));

    if (!fake.credentialsMayBeSent) {
        QVERIFY2(!secrets.containsSecret(server.received), server.received.constData());
        for (const QByteArray& command : std::as_const(server.commands)) {
            const QByteArray upper = command.toUpper();
            const bool loginHeadAllowed = fake.expected == FailureKind::AuthWrongPassword; // AU-05: head only
            QVERIFY2((loginHeadAllowed || !upper.contains(" LOGIN ")) && !upper.contains("AUTHENTICATE") &&
                         !upper.startsWith("AUTH ") && !upper.startsWith("USER ") && !upper.startsWith("PASS "),
                     command.constData());
        }
        if (fake.expected != FailureKind::AuthWrongPassword) {
            QVERIFY(!result.credentialsSent);
        }
    }
    if (fake.expected == FailureKind::AuthWrongPassword && fake.username.isEmpty()) {
        QCOMPARE(result.loginAttempts, 2);
        int attempts = 0;
        for (const QByteArray& command : std::as_const(server.commands)) {
            attempts += command.contains("AUTHENTICATE") ? 1 : 0;
        }
        QCOMPARE(attempts, 2);
    }
}

ProbeResult TestConnectionTesterFake::runAgainst(const QString& certificate, quint16 port,
                                                 const CertificatePinStore* pins)
{
    FakeMailServer server;
    server.implicitTls = true;
    server.dialect = FakeMailServer::Dialect::Imap;
    server.greeting = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\r\n";
    server.replies = {{"AUTHENTICATE", "$TAG OK in\r\n"}};
    server.certificate = QSslCertificate::fromPath(m_dir.filePath(certificate + QStringLiteral(".pem"))).value(0);
    QFile keyFile(m_dir.filePath(certificate + QStringLiteral(".key")));
    if (!keyFile.open(QIODevice::ReadOnly) || !server.listen(QHostAddress::LocalHost, port)) {
        return {};
    }
    server.key = QSslKey(keyFile.readAll(), QSsl::Rsa);
    ServerSettings settings;
    settings.protocol = Protocol::Imap;
    settings.hostname = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.socketType = SocketType::Ssl;
    settings.username = QStringLiteral("anna@example.test");
    ProbeOptions options;
    options.password = Password;
    options.caCertificates = {m_ca};
    options.pinStore = pins;
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(settings, options);
    if (!finished.wait(30000)) {
        return {};
    }
    return finished.first().first().value<ProbeResult>();
}

// The GUI flow: a refused certificate is shown, the user accepts it, the pin persists (QSettings)
// and the next test on that host:port passes; a certificate for another name cannot be pinned.
void TestConnectionTesterFake::pinnedCertificateRemembered()
{
    QTcpServer portFinder;
    QVERIFY(portFinder.listen(QHostAddress::LocalHost, 0));
    const quint16 port = portFinder.serverPort();
    portFinder.close();
    const QString iniPath = m_dir.filePath(QStringLiteral("pins.ini"));

    const ProbeResult refused = runAgainst(QStringLiteral("selfsigned"), port, nullptr);
    QCOMPARE(refused.failure.kind, FailureKind::CertificateProblem);
    QVERIFY(refused.certificate && refused.certificate->isPinnable());
    QVERIFY(refused.certificate->describe().contains(refused.certificate->fingerprint()));
    QVERIFY(!refused.credentialsSent);
    {
        QSettings settings(iniPath, QSettings::IniFormat);
        CertificatePinStore store(&settings);
        QVERIFY(store.pin(refused.server.hostname, port, *refused.certificate));
    }
    QSettings settings(iniPath, QSettings::IniFormat);
    const CertificatePinStore reloaded(&settings);
    QVERIFY(reloaded.isPinned(QStringLiteral("127.0.0.1"), port, refused.certificate->fingerprint()));
    QVERIFY(!reloaded.isPinned(QStringLiteral("127.0.0.1"), quint16(port + 1), refused.certificate->fingerprint()));

    const ProbeResult accepted = runAgainst(QStringLiteral("selfsigned"), port, &reloaded);
    QVERIFY2(accepted.passed(), qPrintable(accepted.failure.detail));
    QVERIFY(accepted.certificatePinned);
    QVERIFY(!accepted.certificateValidated);

    // Another certificate on the same host:port is not covered by the pin.
    const ProbeResult other = runAgainst(QStringLiteral("expired"), port, &reloaded);
    QCOMPARE(other.failure.kind, FailureKind::CertificateProblem);

    const ProbeResult wrongName = runAgainst(QStringLiteral("wrongname"), port, &reloaded);
    QCOMPARE(wrongName.failure.kind, FailureKind::CertificateProblem);
    QVERIFY(wrongName.certificate && wrongName.certificate->hostnameMismatch());
    CertificatePinStore pins;
    QString error;
    QVERIFY(!pins.pin(QStringLiteral("127.0.0.1"), port, *wrongName.certificate, &error));
    QVERIFY(!error.isEmpty());
}

// A real certificate, verified for real: refused for a name it does not carry, accepted (the
// positive control) for its own name, where only the unknown issuer is left.
void TestConnectionTesterFake::pinStoreRefusesNameMismatch_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("pinnable");
    QTest::addRow("another name") << QStringLiteral("mail.example.test") << false;
    QTest::addRow("its own name") << QStringLiteral("wrong-name.invalid") << true;
}

void TestConnectionTesterFake::pinStoreRefusesNameMismatch()
{
    QFETCH(QString, host);
    QFETCH(bool, pinnable);
    const auto certificates = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("wrongname.pem")));
    QCOMPARE(certificates.size(), 1);
    const QList<QSslError> errors = QSslCertificate::verify(certificates, host);
    QVERIFY(!errors.isEmpty()); // the test CA is not in the system store
    const CertificateInfo info = CertificateInfo::from(certificates.first(), errors);
    QVERIFY(!info.isNull());
    QCOMPARE(info.hostnameMismatch(), !pinnable);
    CertificatePinStore store;
    QString error;
    QCOMPARE(store.pin(host, 993, info, &error), pinnable);
    QCOMPARE(store.isPinned(host, 993, info.fingerprint()), pinnable);
    if (!pinnable) {
        QCOMPARE(error, QStringLiteral("a certificate for another host name cannot be accepted"));
    }
}

void TestConnectionTesterFake::restartReportsOnlyTheNewRun()
{
    FakeMailServer silent; // accepts and never greets
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    FakeMailServer good;
    good.greeting = "* OK ready\r\n";
    good.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1\r\n$TAG OK done\r\n"}};
    QVERIFY(good.listen(QHostAddress::LocalHost, 0));

    ServerSettings settings;
    settings.protocol = Protocol::Imap;
    settings.hostname = QStringLiteral("127.0.0.1");
    settings.socketType = SocketType::Plain;
    ProbeOptions options;
    options.mode = ProbeMode::CapabilitiesOnly;

    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    settings.port = silent.serverPort();
    tester.start(settings, options);
    settings.port = good.serverPort();
    tester.start(settings, options); // cancels the first run
    QVERIFY(finished.wait(30000));
    QTest::qWait(300); // room for a stray result of the first run
    QCOMPARE(finished.size(), 1);
    const ProbeResult result = finished.first().first().value<ProbeResult>();
    QVERIFY2(result.passed(), qPrintable(result.failure.detail));
    QCOMPARE(result.server.port, good.serverPort());
}

// CE-04: a server that offers only TLS 1.1 (openssl s_server, security level lowered so it may).
void TestConnectionTesterFake::tlsOlderThan12Refused()
{
    QTcpServer portFinder;
    QVERIFY(portFinder.listen(QHostAddress::LocalHost, 0));
    const quint16 port = portFinder.serverPort();
    portFinder.close();
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral("openssl"),
                 {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                  QStringLiteral("-tls1_1"), QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0"),
                  QStringLiteral("-cert"), m_dir.filePath(QStringLiteral("server.pem")), QStringLiteral("-key"),
                  m_dir.filePath(QStringLiteral("server.key"))});
    QVERIFY(server.waitForStarted());
    QByteArray output;
    while (!output.contains("ACCEPT") && server.waitForReadyRead(10000)) {
        output += server.readAll();
    }
    QVERIFY2(output.contains("ACCEPT"), output.constData());

    // Positive control: a client that allows TLS 1.1 really gets TLS 1.1 from this server, so the
    // refusal below is Portpilot's and not a server that failed to start.
    QProcess control;
    control.setProcessChannelMode(QProcess::MergedChannels);
    control.start(QStringLiteral("openssl"),
                  {QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                   QStringLiteral("-tls1_1"), QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0"),
                   QStringLiteral("-CAfile"), m_dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("-brief")});
    QVERIFY(control.waitForStarted());
    control.closeWriteChannel();
    QVERIFY(control.waitForFinished(30000));
    const QByteArray controlOutput = control.readAll();
    QVERIFY2(controlOutput.contains("Protocol version: TLSv1.1"), controlOutput.constData());

    ServerSettings settings;
    settings.protocol = Protocol::Imap;
    settings.hostname = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.socketType = SocketType::Ssl;
    settings.username = QStringLiteral("anna@example.test");
    ProbeOptions options;
    options.password = Password;
    options.caCertificates = {m_ca};
    options.stepTimeoutMs = 5000;
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(settings, options);
    QVERIFY(finished.wait(30000));
    const ProbeResult result = finished.first().first().value<ProbeResult>();
    server.kill();
    server.waitForFinished();
    QVERIFY2(result.failure.kind == FailureKind::TlsHandshakeFailed,
             qPrintable(failureKindName(result.failure.kind) + QLatin1Char(' ') + result.failure.detail));
    QVERIFY(!result.credentialsSent);
    QVERIFY(!result.encrypted);
}

QTEST_GUILESS_MAIN(TestConnectionTesterFake)
#include "TestConnectionTesterFake.moc"
