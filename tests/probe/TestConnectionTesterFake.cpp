// Adversarial cases (docs: security.md §A.4 and issue 8) against a scripted loopback server.
// Every abort row also proves that no credential reached the server.
#include "CertificatePinStore.h"
#include "ConnectionTester.h"
#include "FakeMailServer.h"

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
    {
        FakeCase c = imapStartTls("* OK [ALERT] prefix.\r\n$TAG OK Begin TLS\r\n");
        c.expectedMechanism = QStringLiteral("PLAIN");
        c.credentialsMayBeSent = true;
        QTest::addRow("ST-02 imap alert before go-ahead is ignored") << c;
    }
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
        // Pre-TLS capabilities offer AUTH=PLAIN, post-TLS ones only LOGIN: the post-TLS list decides.
        FakeCase c = imap("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN AUTH=SCRAM-SHA-256] ready\r\n");
        c.replies = {{"STARTTLS", "$TAG OK go\r\n"},
                     {"CAPABILITY", "* CAPABILITY IMAP4rev1\r\n$TAG OK done\r\n"},
                     {"LOGIN", "$TAG OK welcome\r\n"}};
        c.tlsAfter = "STARTTLS";
        c.expectedMechanism = QStringLiteral("IMAP LOGIN");
        c.expectedReceived = "LOGIN \"anna@example.test\" \"s3cret \\\"pa\\\\ss\\\" {7}\"";
        c.credentialsMayBeSent = true;
        QTest::addRow("ST-08 imap post-TLS capabilities decide") << c;

        FakeCase s = smtp();
        s.replies = {{"EHLO", "250-mail.example.test\r\n250-AUTH PLAIN\r\n250 STARTTLS\r\n"},
                     {"STARTTLS", "220 go\r\n"},
                     {"EHLO", "250-mail.example.test\r\n250 AUTH LOGIN\r\n"},
                     {"AUTH", "334 VXNlcm5hbWU6\r\n"},
                     {"+", "334 UGFzc3dvcmQ6\r\n"},
                     {"+", "235 ok\r\n"}};
        s.tlsAfter = "STARTTLS";
        s.expectedMechanism = QStringLiteral("LOGIN");
        s.credentialsMayBeSent = true;
        QTest::addRow("ST-08 smtp post-TLS ehlo decides") << s;

        FakeCase p = pop3StartTls();
        p.replies[0].second = "+OK\r\nSTLS\r\nSASL PLAIN\r\n.\r\n";
        p.replies[2].second = "+OK\r\nUSER\r\n.\r\n";
        p.replies[3] = {"USER", "+OK\r\n"};
        p.replies.append(qMakePair(QByteArray("PASS"), QByteArray("+OK in\r\n")));
        p.expectedMechanism = QStringLiteral("USER/PASS");
        p.credentialsMayBeSent = true;
        QTest::addRow("ST-08 pop3 post-TLS capa decides") << p;
    }
    {
        FakeCase c = imapStartTls("* CAPABILITY IMAP4rev1 IDLE\r\n$TAG OK ready\r\n");
        c.expectedMechanism = QStringLiteral("PLAIN");
        c.credentialsMayBeSent = true;
        QTest::addRow("ST-09 imap untagged capability with starttls ignored") << c;
    }
    for (const QByteArray& untagged :
         {QByteArray("* LIST () \"/\" INBOX"), QByteArray("* 3 EXISTS"), QByteArray("* 1 FETCH (FLAGS (\\Seen))"),
          QByteArray("* STATUS INBOX (MESSAGES 1)"), QByteArray("* SEARCH 1 2"), QByteArray("* FLAGS (\\Seen)")}) {
        FakeCase c = imapStartTls();
        c.replies[0].second = untagged + "\r\n" + ImapPreCaps;
        QTest::addRow("ST-10 imap %s before starttls", untagged.constData()) << expect(c, F::ProtocolError);
    }
    {
        FakeCase c = imapStartTls("* LIST () \"/\" x\r\n$TAG OK go\r\n");
        QTest::addRow("ST-10 imap list with starttls answer") << expect(c, F::ProtocolError);
    }
    {
        FakeCase c = imapStartTls();
        c.certificate = QStringLiteral("expired");
        QTest::addRow("ST-12 imap expired certificate after go-ahead") << expect(c, F::CertificateProblem);
        c = smtpStartTls();
        c.certificate = QStringLiteral("wrongname");
        QTest::addRow("ST-12 smtp wrong name after go-ahead") << expect(c, F::CertificateProblem);
    }

    // NG: negotiation and stripping.
    {
        FakeCase c = imapStartTls();
        c.replies[0].second = "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n$TAG OK done\r\n";
        QTest::addRow("NG-01 imap starttls not offered") << expect(c, F::StartTlsNotOffered);
    }
    QTest::addRow("NG-01 imap starttls BAD") << expect(imapStartTls("$TAG BAD no\r\n"), F::StartTlsRefused);
    QTest::addRow("NG-01 imap starttls NO") << expect(imapStartTls("$TAG NO no\r\n"), F::StartTlsRefused);
    QTest::addRow("NG-01 imap starttls continuation") << expect(imapStartTls("+ go on\r\n"), F::ProtocolError);
    QTest::addRow("NG-02 pop3 stls refused") << expect(pop3StartTls("-ERR not now\r\n"), F::StartTlsRefused);
    {
        FakeCase c = pop3StartTls();
        c.replies[0].second = "+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n";
        QTest::addRow("NG-02 pop3 capa without stls") << expect(c, F::StartTlsNotOffered);
    }
    QTest::addRow("NG-03 smtp starttls 502") << expect(smtpStartTls("502 no\r\n"), F::StartTlsRefused);
    QTest::addRow("NG-03 smtp starttls 454") << expect(smtpStartTls("454 TLS not available\r\n"), F::StartTlsRefused);
    QTest::addRow("NG-03 smtp starttls 354") << expect(smtpStartTls("354 go ahead\r\n"), F::StartTlsRefused);
    {
        FakeCase c = smtpStartTls();
        c.replies[0].second = "500 what is EHLO\r\n";
        QTest::addRow("NG-03 smtp helo-only server") << expect(c, F::StartTlsNotOffered);
        c = smtpStartTls();
        c.replies[0].second = "250-mail.example.test\r\n250 AUTH PLAIN\r\n";
        QTest::addRow("NG-03 smtp ehlo without starttls") << expect(c, F::StartTlsNotOffered);
        c.auth = AuthMethod::None;
        QTest::addRow("NG-03 smtp without starttls and no authentication") << expect(c, F::StartTlsNotOffered);
    }
    QTest::addRow("NG-04 imap preauth on plain connection")
        << expect(imap("* PREAUTH welcome\r\n"), F::UnexpectedPreauth);
    QTest::addRow("NG-04 imap preauth with starttls capability")
        << expect(imap("* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] hi\r\n"), F::UnexpectedPreauth);
    QTest::addRow("NG-05 imap greeting bye") << expect(imap("* BYE overloaded\r\n"), F::GreetingRefused);
    QTest::addRow("NG-05 imap greeting no") << expect(imap("* NO go away\r\n"), F::GreetingRefused);
    QTest::addRow("NG-05 imap greeting bad") << expect(imap("* BAD confused\r\n"), F::GreetingRefused);
    QTest::addRow("NG-05 imap tagged greeting") << expect(imap("A1 OK hello\r\n"), F::GreetingRefused);
    QTest::addRow("NG-05 imap garbage greeting") << expect(imap("\x01\x02garbage\r\n"), F::GreetingRefused);
    QTest::addRow("NG-05 imap invalid then ok") << expect(imap("hello\r\n* OK ready\r\n"), F::GreetingRefused);
    QTest::addRow("NG-05 pop3 greeting err") << expect(pop3("-ERR busy\r\n"), F::GreetingRefused);
    QTest::addRow("NG-05 smtp greeting 554") << expect(smtp("554 no service\r\n"), F::GreetingRefused);
    QTest::addRow("NG-05 smtp garbage greeting") << expect(smtp("HTTP/1.1 400 Bad\r\n"), F::GreetingRefused);
    {
        FakeCase c = imap();
        c.socketType = SocketType::Plain;
        c.plaintextConsent = true;
        c.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1 LOGINDISABLED\r\n$TAG OK done\r\n"}};
        QTest::addRow("NG-06 imap logindisabled without starttls") << expect(c, F::AuthEncryptionRequired);
    }

    // AU: authentication and credentials.
    {
        FakeCase c = imap();
        c.socketType = SocketType::Plain;
        c.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n$TAG OK done\r\n"}};
        QTest::addRow("AU-01 imap plaintext without consent") << expect(c, F::PlaintextNotAllowed);
        FakeCase p = pop3();
        p.socketType = SocketType::Plain;
        p.replies = {{"CAPA", "+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n"}};
        QTest::addRow("AU-01 pop3 plaintext without consent") << expect(p, F::PlaintextNotAllowed);
        FakeCase s = smtp();
        s.socketType = SocketType::Plain;
        s.replies = {{"EHLO", "250-x\r\n250 AUTH PLAIN LOGIN\r\n"}};
        QTest::addRow("AU-01 smtp plaintext without consent") << expect(s, F::PlaintextNotAllowed);
        s.auth = AuthMethod::PasswordEncrypted;
        s.replies = {{"EHLO", "250-x\r\n250 AUTH CRAM-MD5\r\n"}};
        QTest::addRow("AU-01 smtp cram-md5 in plaintext without consent") << expect(s, F::PlaintextNotAllowed);

        FakeCase consent = c;
        consent.plaintextConsent = true;
        consent.replies.append(qMakePair(QByteArray("AUTHENTICATE"), QByteArray("+ \r\n")));
        consent.replies.append(qMakePair(QByteArray("+"), QByteArray("$TAG OK in\r\n")));
        consent.expectedMechanism = QStringLiteral("PLAIN");
        consent.credentialsMayBeSent = true;
        QTest::addRow("AU-01 imap plaintext with consent") << consent;
    }
    {
        // AU-03: a password that needs an IMAP literal; the server must say "+" before the body goes out.
        FakeCase c = implicit(imap(), QStringLiteral("server"));
        c.password = QStringLiteral("þór {ð} \"x\"");
        c.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1\r\n$TAG OK done\r\n"},
                     {"LOGIN", "+ go ahead\r\n"},
                     {"+", "$TAG OK in\r\n"}};
        c.expectedMechanism = QStringLiteral("IMAP LOGIN");
        c.expectedReceived = "LOGIN \"anna@example.test\" {" + QByteArray::number(c.password.toUtf8().size()) +
                             "}\r\n" + c.password.toUtf8() + "\r\n";
        c.credentialsMayBeSent = true;
        QTest::addRow("AU-03 imap literal password") << c;

        FakeCase plus = c;
        plus.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1 LITERAL+\r\n$TAG OK done\r\n"},
                        {"LOGIN", "$TAG OK in\r\n"}};
        plus.expectedReceived = "{" + QByteArray::number(c.password.toUtf8().size()) + "+}\r\n";
        QTest::addRow("AU-03 imap literal+ password") << plus;

        // AU-05: NO instead of "+": the literal body (the password) is never sent.
        FakeCase refused = c;
        refused.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1\r\n$TAG OK done\r\n"},
                           {"LOGIN", "$TAG NO [AUTHENTICATIONFAILED] no literals for you\r\n"}};
        refused.expectedMechanism.clear();
        refused.expectedReceived.clear();
        refused.credentialsMayBeSent = false; // the password itself must not arrive
        QTest::addRow("AU-05 imap literal refused") << expect(refused, F::AuthWrongPassword);
    }
    {
        // SASL LOGIN: the username answers the first challenge, the password the second, both base64;
        // chosen after PLAIN and before the IMAP LOGIN command / POP3 USER, and not barred by LOGINDISABLED.
        const QByteArray userB64 = QByteArray("anna@example.test").toBase64() + "\r\n";
        const QByteArray passwordB64 = Password.toUtf8().toBase64() + "\r\n";
        FakeCase c = implicit(imap(), QStringLiteral("server"));
        c.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=LOGIN LOGINDISABLED\r\n$TAG OK done\r\n"},
                     {"AUTHENTICATE", "+ VXNlcm5hbWU6\r\n"},
                     {"+", "+ UGFzc3dvcmQ6\r\n"},
                     {"+", "$TAG OK in\r\n"}};
        c.expectedMechanism = QStringLiteral("LOGIN");
        c.expectedReceived = "AUTHENTICATE LOGIN\r\n" + userB64 + passwordB64;
        c.credentialsMayBeSent = true;
        QTest::addRow("AU-03 imap sasl login") << c;

        FakeCase both = c;
        both.replies[0].second = "* CAPABILITY IMAP4rev1 AUTH=LOGIN AUTH=PLAIN\r\n$TAG OK done\r\n";
        both.replies[1].second = "+ \r\n";
        both.replies[2].second = "$TAG OK in\r\n";
        both.replies.removeLast();
        both.expectedMechanism = QStringLiteral("PLAIN");
        both.expectedReceived = "AUTHENTICATE PLAIN\r\n";
        QTest::addRow("AU-03 imap plain preferred to sasl login") << both;

        // A third challenge has no answer in LOGIN: the exchange is cancelled with "*".
        FakeCase third = c;
        third.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=LOGIN\r\n$TAG OK done\r\n"},
                         {"AUTHENTICATE", "+ VXNlcm5hbWU6\r\n"},
                         {"+", "+ UGFzc3dvcmQ6\r\n"},
                         {"+", "+ TW9yZTo=\r\n"},
                         {"+", "$TAG BAD cancelled\r\n"}};
        third.expectedMechanism.clear();
        third.expectedReceived = passwordB64 + "*\r\n";
        QTest::addRow("AU-03 imap sasl login third challenge cancelled") << expect(third, F::ProtocolError);

        FakeCase p = implicit(pop3(), QStringLiteral("server"));
        p.replies = {{"CAPA", "+OK\r\nUSER\r\nSASL LOGIN\r\n.\r\n"},
                     {"AUTH", "+ VXNlcm5hbWU6\r\n"},
                     {"+", "+ UGFzc3dvcmQ6\r\n"},
                     {"+", "+OK in\r\n"}};
        p.expectedMechanism = QStringLiteral("LOGIN");
        p.expectedReceived = "AUTH LOGIN\r\n" + userB64 + passwordB64;
        p.credentialsMayBeSent = true;
        QTest::addRow("AU-03 pop3 sasl login before user/pass") << p;

        FakeCase wrong = p;
        wrong.replies[3].second = "-ERR [AUTH] Authentication failed.\r\n";
        wrong.expectedMechanism.clear();
        QTest::addRow("AU-03 pop3 sasl login wrong password") << expect(wrong, F::AuthWrongPassword);

        FakeCase pThird = p;
        pThird.replies[3].second = "+ TW9yZTo=\r\n";
        pThird.replies.append(qMakePair(QByteArray("+"), QByteArray("-ERR cancelled\r\n")));
        pThird.expectedMechanism.clear();
        pThird.expectedReceived = passwordB64 + "*\r\n";
        QTest::addRow("AU-03 pop3 sasl login third challenge cancelled") << expect(pThird, F::AuthWrongPassword);
    }
    {
        struct SmtpCode
        {
            const char* name;
            QByteArray reply;
            FailureKind kind;
        };
        const QList<SmtpCode> codes{
            {"535 wrong", "535 5.7.8 Authentication credentials invalid\r\n", F::AuthWrongPassword},
            {"538 encryption", "538 5.7.11 Encryption required\r\n", F::AuthEncryptionRequired},
            {"534 app password",
             "534-5.7.9 Application-specific password required. Learn more at\r\n534 5.7.9 https://x.test\r\n",
             F::AuthAppPasswordNeeded},
            {"534 too weak", "534 5.7.14 mechanism too weak\r\n", F::AuthMechanismUnavailable},
            {"454 temporary", "454 4.7.0 Temporary authentication failure\r\n", F::AuthTemporary},
            {"432 transition", "432 4.7.12 A password transition is needed\r\n", F::AuthTemporary},
        };
        for (const SmtpCode& code : codes) {
            FakeCase c = implicit(smtp(), QStringLiteral("server"));
            c.replies = {{"EHLO", "250-x\r\n250 AUTH PLAIN\r\n"}, {"AUTH", code.reply}};
            c.credentialsMayBeSent = true;
            QTest::addRow("AU-06 smtp %s", code.name) << expect(c, code.kind);
        }
        struct ImapCode
        {
            const char* name;
            QByteArray reply;
            FailureKind kind;
        };
        const QList<ImapCode> imapCodes{
            {"authenticationfailed", "$TAG NO [AUTHENTICATIONFAILED] Invalid credentials\r\n", F::AuthWrongPassword},
            {"gmail app password",
             "$TAG NO [ALERT] Application-specific password required: "
             "https://support.google.com/accounts/answer/185833\r\n",
             F::AuthAppPasswordNeeded},
            {"privacyrequired", "$TAG NO [PRIVACYREQUIRED] Use TLS\r\n", F::AuthEncryptionRequired},
            {"unavailable", "$TAG NO [UNAVAILABLE] backend down\r\n", F::AuthTemporary},
        };
        for (const ImapCode& code : imapCodes) {
            FakeCase c = implicit(imap(), QStringLiteral("server"));
            c.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\n$TAG OK done\r\n"},
                         {"AUTHENTICATE", code.reply}};
            c.credentialsMayBeSent = true;
            QTest::addRow("AU-06 imap %s", code.name) << expect(c, code.kind);
        }
        FakeCase p = implicit(pop3(), QStringLiteral("server"));
        p.replies = {{"CAPA", "+OK\r\nUSER\r\n.\r\n"}, {"USER", "+OK\r\n"}, {"PASS", "-ERR [SYS/TEMP] later\r\n"}};
        p.credentialsMayBeSent = true;
        QTest::addRow("AU-06 pop3 sys/temp") << expect(p, F::AuthTemporary);
    }
    {
        // Username left open: the address, then the local part, and never a third attempt.
        FakeCase c = implicit(imap(), QStringLiteral("server"));
        c.username.clear();
        c.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\n$TAG OK done\r\n"},
                     {"AUTHENTICATE", "$TAG NO [AUTHENTICATIONFAILED] no\r\n"},
                     {"AUTHENTICATE", "$TAG NO [AUTHENTICATIONFAILED] no\r\n"},
                     {"AUTHENTICATE", "$TAG OK a third attempt must never happen\r\n"}};
        c.credentialsMayBeSent = true;
        QTest::addRow("AU username variants at most two") << expect(c, F::AuthWrongPassword);
    }
    {
        FakeCase c = implicit(imap(), QStringLiteral("server"));
        c.auth = AuthMethod::PasswordEncrypted;
        c.replies = {{"CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n$TAG OK done\r\n"}};
        QTest::addRow("AU encrypted password but no CRAM-MD5") << expect(c, F::AuthMechanismUnavailable);
    }

    {
        // An outgoing server without authentication: EHLO is the whole test, no credential goes out.
        FakeCase c = implicit(smtp(), QStringLiteral("server"));
        c.auth = AuthMethod::None;
        c.replies = {{"EHLO", SmtpPostEhlo}};
        QTest::addRow("smtp without authentication passes without credentials") << c;
        // Capabilities-only over STARTTLS for each protocol: the same scripts, never a credential.
        for (FakeCase probe : {imapStartTls(), pop3StartTls(), smtpStartTls()}) {
            probe.capabilitiesOnly = true;
            QTest::addRow("capabilities only %s", qPrintable(protocolName(probe.protocol))) << probe;
        }
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

    // The password and its PLAIN encoding never appear in the transcript, pass or fail.
    const QByteArray plainBlob =
        QByteArray("\0", 1) + fake.username.toUtf8() + QByteArray("\0", 1) + fake.password.toUtf8();
    QVERIFY(!transcript.contains(fake.password));
    QVERIFY(!transcript.contains(QString::fromLatin1(plainBlob.toBase64())));

    if (!fake.credentialsMayBeSent) {
        QVERIFY2(!server.received.contains(fake.password.toUtf8()), server.received.constData());
        QVERIFY(!server.received.contains(plainBlob.toBase64()));
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
