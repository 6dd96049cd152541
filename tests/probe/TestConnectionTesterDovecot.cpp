// The connection test against a real Dovecot (IMAP 143/993, POP3 110/995, submission 587/465)
// started by tests/servers/dovecot.sh on addresses of its own, so it runs beside other tests.
#include "AccountTester.h"
#include "ConnectionTester.h"
#include "DovecotServer.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Portpilot;

class TestConnectionTesterDovecot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void login_data();
    void login();
    void capabilitiesOnlySendsNoCredentials();
    void legacyTlsRefusedByCurrentDovecot();
    void incomingAndOutgoingInParallel();

private:
    ProbeResult run(const ServerSettings& server, const ProbeOptions& options);

    DovecotServer& dovecotNamed(const QString& name) const;

    // Plaintext refused by the server (default), a second one that allows it (DOVECOT_PLAINTEXT=yes)
    // and a third that offers SASL LOGIN as its only mechanism (DOVECOT_MECHANISMS=login).
    std::unique_ptr<DovecotServer> m_strict;
    std::unique_ptr<DovecotServer> m_lenient;
    std::unique_ptr<DovecotServer> m_loginOnly;
    QList<QSslCertificate> m_ca;
};

namespace {
const QString StrictAddress = QStringLiteral("127.0.0.41");
const QString LenientAddress = QStringLiteral("127.0.0.42");
const QString LoginOnlyAddress = QStringLiteral("127.0.0.45");
const QString Strict = QStringLiteral("strict");
const QString Lenient = QStringLiteral("lenient");
const QString LoginOnly = QStringLiteral("login-only");
const QString Special = QStringLiteral("<special>"); // replaced by the special-characters password
} // namespace

void TestConnectionTesterDovecot::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dovecot")).isEmpty() &&
        !QFile::exists(QStringLiteral("/usr/sbin/dovecot"))) {
        QSKIP("dovecot is not installed (scripts/install-deps.sh test installs it)");
    }
    m_strict = std::make_unique<DovecotServer>(StrictAddress);
    QVERIFY2(m_strict->isRunning(), qPrintable(m_strict->error()));
    QProcessEnvironment lenient;
    lenient.insert(QStringLiteral("DOVECOT_PLAINTEXT"), QStringLiteral("yes"));
    m_lenient = std::make_unique<DovecotServer>(LenientAddress, lenient);
    QVERIFY2(m_lenient->isRunning(), qPrintable(m_lenient->error()));
    QProcessEnvironment loginOnly;
    loginOnly.insert(QStringLiteral("DOVECOT_MECHANISMS"), QStringLiteral("login"));
    m_loginOnly = std::make_unique<DovecotServer>(LoginOnlyAddress, loginOnly);
    QVERIFY2(m_loginOnly->isRunning(), qPrintable(m_loginOnly->error()));
    m_ca = QSslCertificate::fromPath(m_strict->caFile()) + QSslCertificate::fromPath(m_lenient->caFile()) +
           QSslCertificate::fromPath(m_loginOnly->caFile());
    QCOMPARE(m_ca.size(), 3);
}

DovecotServer& TestConnectionTesterDovecot::dovecotNamed(const QString& name) const
{
    return name == Lenient ? *m_lenient : name == LoginOnly ? *m_loginOnly : *m_strict;
}

ProbeResult TestConnectionTesterDovecot::run(const ServerSettings& server, const ProbeOptions& options)
{
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    QSignalSpy steps(&tester, &ConnectionTester::stepStarted);
    tester.start(server, options);
    if (!finished.wait(60000)) {
        return {};
    }
    return finished.first().first().value<ProbeResult>();
}

void TestConnectionTesterDovecot::login_data()
{
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<SocketType>("socketType");
    QTest::addColumn<QString>("portName");
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<QString>("username"); // empty: left open
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("consent");
    QTest::addColumn<bool>("bindOtherSource"); // connect from 127.0.0.1 so Dovecot sees a remote client
    QTest::addColumn<FailureKind>("expected");
    QTest::addColumn<QString>("expectedUser");
    QTest::addColumn<QString>("expectedMechanism"); // empty: not checked

    const QString anna = QStringLiteral("anna@example.test");
    const QString annaPw = QStringLiteral("anna-secret");
    const QString special = QStringLiteral("special@example.test");
    const auto P = AuthMethod::PasswordCleartext;
    const auto E = AuthMethod::PasswordEncrypted;
    using F = FailureKind;
    struct Port
    {
        const char* name;
        Protocol protocol;
        SocketType socketType;
        const char* portName;
    };
    const QList<Port> ports{
        {"imap 143 starttls", Protocol::Imap, SocketType::StartTls, "IMAP_PORT"},
        {"imap 993 ssl", Protocol::Imap, SocketType::Ssl, "IMAPS_PORT"},
        {"pop3 110 stls", Protocol::Pop3, SocketType::StartTls, "POP3_PORT"},
        {"pop3 995 ssl", Protocol::Pop3, SocketType::Ssl, "POP3S_PORT"},
        {"smtp 587 starttls", Protocol::Smtp, SocketType::StartTls, "SUBMISSION_PORT"},
        {"smtp 465 ssl", Protocol::Smtp, SocketType::Ssl, "SUBMISSIONS_PORT"},
    };
    for (const Port& p : ports) {
        const QString portName = QString::fromLatin1(p.portName);
        QTest::addRow("%s right password", p.name)
            << Strict << p.protocol << p.socketType << portName << P << anna << annaPw << false << false << F::None
            << anna << QStringLiteral("PLAIN");
        QTest::addRow("%s wrong password", p.name)
            << Strict << p.protocol << p.socketType << portName << P << anna << QStringLiteral("not-the-password")
            << false << false << F::AuthWrongPassword << anna << QString();
        QTest::addRow("%s special characters", p.name)
            << Strict << p.protocol << p.socketType << portName << P << special << Special << false << false << F::None
            << special << QStringLiteral("PLAIN");
        QTest::addRow("%s cram-md5", p.name) << Strict << p.protocol << p.socketType << portName << E << anna << annaPw
                                             << false << false << F::None << anna << QStringLiteral("CRAM-MD5");
        // Only SASL LOGIN offered: AUTHENTICATE LOGIN / AUTH LOGIN, not the IMAP LOGIN command or USER/PASS.
        QTest::addRow("%s sasl login", p.name)
            << LoginOnly << p.protocol << p.socketType << portName << P << anna << annaPw << false << false << F::None
            << anna << QStringLiteral("LOGIN");
        QTest::addRow("%s sasl login wrong password", p.name)
            << LoginOnly << p.protocol << p.socketType << portName << P << anna << QStringLiteral("not-the-password")
            << false << false << F::AuthWrongPassword << anna << QString();
        QTest::addRow("%s sasl login special characters", p.name)
            << LoginOnly << p.protocol << p.socketType << portName << P << special << Special << false << false
            << F::None << special << QStringLiteral("LOGIN");
    }
    // Username left open: "bob@example.test" is refused, the local part "bob" works.
    QTest::addRow("imap 993 username variants")
        << Strict << Protocol::Imap << SocketType::Ssl << QStringLiteral("IMAPS_PORT") << P << QString()
        << QStringLiteral("bob-secret") << false << false << F::None << QStringLiteral("bob") << QString();
    QTest::addRow("smtp 465 username variants")
        << Strict << Protocol::Smtp << SocketType::Ssl << QStringLiteral("SUBMISSIONS_PORT") << P << QString()
        << QStringLiteral("bob-secret") << false << false << F::None << QStringLiteral("bob") << QString();

    // Plaintext: refused by us without consent, accepted with it, refused by the server when it wants TLS.
    const QList<Port> plainPorts{
        {"imap 143 plain", Protocol::Imap, SocketType::Plain, "IMAP_PORT"},
        {"pop3 110 plain", Protocol::Pop3, SocketType::Plain, "POP3_PORT"},
        {"smtp 587 plain", Protocol::Smtp, SocketType::Plain, "SUBMISSION_PORT"},
    };
    for (const Port& p : plainPorts) {
        const QString portName = QString::fromLatin1(p.portName);
        QTest::addRow("%s without consent", p.name)
            << Lenient << p.protocol << p.socketType << portName << P << anna << annaPw << false << true
            << F::PlaintextNotAllowed << anna << QString();
        QTest::addRow("%s with consent", p.name) << Lenient << p.protocol << p.socketType << portName << P << anna
                                                 << annaPw << true << true << F::None << anna << QString();
        QTest::addRow("%s with consent, server wants TLS", p.name)
            << Strict << p.protocol << p.socketType << portName << P << anna << annaPw << true << true
            << F::AuthEncryptionRequired << anna << QString();
    }
}

void TestConnectionTesterDovecot::login()
{
    QFETCH(QString, serverName);
    QFETCH(Protocol, protocol);
    QFETCH(SocketType, socketType);
    QFETCH(QString, portName);
    QFETCH(AuthMethod, auth);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(bool, consent);
    QFETCH(bool, bindOtherSource);
    QFETCH(FailureKind, expected);
    QFETCH(QString, expectedUser);
    QFETCH(QString, expectedMechanism);

    DovecotServer& dovecot = dovecotNamed(serverName);
    if (password == Special) {
        password = dovecot.specialPassword();
        QVERIFY(password.contains(QLatin1Char('"')) && password.contains(QLatin1Char('\\')) &&
                password.contains(QLatin1Char('{')) && password.contains(QChar(0xfe)));
    }
    ServerSettings server;
    server.protocol = protocol;
    server.hostname = dovecot.address();
    server.port = dovecot.port(portName);
    server.socketType = socketType;
    server.authMethods = {auth};
    server.username = username;

    ProbeOptions options;
    options.emailAddress = username.isEmpty() ? expectedUser + QStringLiteral("@example.test") : username;
    options.password = password;
    options.caCertificates = m_ca;
    if (consent) {
        options.plaintextConsent = {QStringLiteral("%1:%2").arg(server.hostname).arg(server.port)};
    }
    if (bindOtherSource) {
        options.localAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    }

    const ProbeResult result = run(server, options);
    const QString transcript = result.transcript.join(QLatin1Char('\n'));
    QVERIFY2(result.failure.kind == expected,
             qPrintable(QStringLiteral("got %1 (%2)\n%3")
                            .arg(failureKindName(result.failure.kind), result.failure.detail, transcript)));
    QVERIFY(!transcript.contains(password));
    if (expected == FailureKind::None) {
        QCOMPARE(result.username, expectedUser);
        QCOMPARE(result.encrypted, socketType != SocketType::Plain);
        QVERIFY(result.encrypted ? result.certificateValidated : true);
        if (!expectedMechanism.isEmpty()) {
            QCOMPARE(result.mechanism, expectedMechanism);
        }
        QVERIFY(!result.capabilities.isEmpty());
    }
    if (expected == FailureKind::PlaintextNotAllowed) {
        QVERIFY(!result.credentialsSent);
    }
    if (username.isEmpty()) {
        QCOMPARE(result.loginAttempts, 2);
    }
}

void TestConnectionTesterDovecot::capabilitiesOnlySendsNoCredentials()
{
    ServerSettings server;
    server.protocol = Protocol::Imap;
    server.hostname = m_strict->address();
    server.port = m_strict->port(QStringLiteral("IMAP_PORT"));
    server.socketType = SocketType::StartTls;
    ProbeOptions options;
    options.mode = ProbeMode::CapabilitiesOnly;
    options.caCertificates = m_ca;
    options.password = QStringLiteral("anna-secret");
    options.emailAddress = QStringLiteral("anna@example.test");
    const ProbeResult result = run(server, options);
    QVERIFY2(result.passed(), qPrintable(result.failure.detail));
    QVERIFY(!result.credentialsSent);
    QVERIFY(result.encrypted);
    QVERIFY(result.capabilities.contains(QStringLiteral("AUTH=PLAIN"))); // only offered after TLS
    for (const QString& line : result.transcript) {
        QVERIFY2(!line.startsWith(QLatin1String("C: ")) || !line.contains(QLatin1String("AUTH")), qPrintable(line));
    }
}

// The check's second handshake offers only TLS 1.0 and 1.1: a Dovecot with its defaults (1.2 and
// newer) refuses it, and the password given with Login mode never goes out (the option forces
// the capabilities-only mode).
void TestConnectionTesterDovecot::legacyTlsRefusedByCurrentDovecot()
{
    ServerSettings server;
    server.protocol = Protocol::Imap;
    server.hostname = m_strict->address();
    server.port = m_strict->port(QStringLiteral("IMAPS_PORT"));
    server.socketType = SocketType::Ssl;
    server.username = QStringLiteral("anna@example.test");
    ProbeOptions options;
    options.mode = ProbeMode::Login;
    options.legacyTlsOnly = true;
    options.caCertificates = m_ca;
    options.password = QStringLiteral("anna-secret");
    const ProbeResult result = run(server, options);
    QVERIFY(!result.passed());
    QVERIFY(!result.encrypted);
    QVERIFY(!result.credentialsSent);
    QCOMPARE(result.tlsProtocol, QString());
    for (const QString& line : result.transcript) {
        QVERIFY2(!line.contains(QLatin1String("anna-secret")), qPrintable(line));
    }
}

void TestConnectionTesterDovecot::incomingAndOutgoingInParallel()
{
    ServerSettings imap;
    imap.protocol = Protocol::Imap;
    imap.hostname = m_strict->address();
    imap.port = m_strict->port(QStringLiteral("IMAPS_PORT"));
    imap.socketType = SocketType::Ssl;
    imap.username = QStringLiteral("anna@example.test");
    ServerSettings smtp = imap;
    smtp.protocol = Protocol::Smtp;
    smtp.port = m_strict->port(QStringLiteral("SUBMISSIONS_PORT"));
    ProbeOptions options;
    options.caCertificates = m_ca;
    options.password = QStringLiteral("anna-secret");

    AccountTester tester;
    QSignalSpy finished(&tester, &AccountTester::finished);
    QSignalSpy serverFinished(&tester, &AccountTester::serverFinished);
    QSignalSpy started(&tester, &AccountTester::stepStarted);
    tester.start({{imap, options}, {smtp, options}});
    // Both connect steps start before either server finishes: the two tests run at the same time.
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.at(0).at(0).toInt(), 0);
    QCOMPARE(started.at(1).at(0).toInt(), 1);
    QVERIFY(finished.wait(60000));
    QCOMPARE(serverFinished.size(), 2);
    const auto results = finished.first().first().value<QList<ProbeResult>>();
    QCOMPARE(results.size(), 2);
    QVERIFY2(results.at(0).passed(), qPrintable(results.at(0).failure.detail));
    QVERIFY2(results.at(1).passed(), qPrintable(results.at(1).failure.detail));
    QCOMPARE(results.at(0).server.protocol, Protocol::Imap);
    QCOMPARE(results.at(1).server.protocol, Protocol::Smtp);
}

QTEST_GUILESS_MAIN(TestConnectionTesterDovecot)
#include "TestConnectionTesterDovecot.moc"
