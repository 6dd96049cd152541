// The protocol rows of security.md §A.4 as transcripts: the exact bytes and their order, without a
// socket (TranscriptHost plays the server). Rows that need a real socket or TLS (injected bytes after
// the go-ahead, certificates, hostile timing and sizes) stay in TestConnectionTesterFake.
#include "SaslClient.h"
#include "TranscriptHost.h"

#include <QTest>

using namespace Portpilot;

namespace {

struct TranscriptCase
{
    Protocol protocol = Protocol::Imap;
    SocketType socketType = SocketType::StartTls;
    AuthMethod auth = AuthMethod::PasswordCleartext;
    QString username = QStringLiteral("anna@example.test");
    QString password = QStringLiteral("s3cret \"pa\\ss\" {7}");
    bool plaintextConsent = false;
    bool capabilitiesOnly = false;
    QString accessToken;
    QByteArray script;
};

TranscriptCase row(Protocol protocol, SocketType socketType, const QByteArray& script)
{
    TranscriptCase c;
    c.protocol = protocol;
    c.socketType = socketType;
    c.script = script;
    return c;
}

TranscriptCase imap(const QByteArray& script, SocketType socketType = SocketType::StartTls)
{
    return row(Protocol::Imap, socketType, script);
}

TranscriptCase pop3(const QByteArray& script, SocketType socketType = SocketType::StartTls)
{
    return row(Protocol::Pop3, socketType, script);
}

TranscriptCase smtp(const QByteArray& script, SocketType socketType = SocketType::StartTls)
{
    return row(Protocol::Smtp, socketType, script);
}

// Well-behaved conversations up to the first command after TLS; rows continue from there.
const QByteArray ImapToTls = R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED
S: A1 OK done
C: A2 STARTTLS
S: A2 OK Begin TLS
-- tls
C: A3 CAPABILITY
)T";
const QByteArray Pop3ToTls = R"T(
S: +OK POP3 ready
C: CAPA
S: +OK
S: STLS
S: USER
S: .
C: STLS
S: +OK Begin TLS
-- tls
C: CAPA
)T";
const QByteArray SmtpToTls = R"T(
S: 220 mail.example.test ESMTP
C: EHLO [127.0.0.1]
S: 250-mail.example.test
S: 250-PIPELINING
S: 250 STARTTLS
C: STARTTLS
S: 220 Ready
-- tls
C: EHLO [127.0.0.1]
)T";
// Implicit TLS: the handshake is done before the greeting.
const QByteArray ImapTls = R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
)T";
const QByteArray Pop3Tls = R"T(
S: +OK POP3 ready
C: CAPA
)T";
const QByteArray SmtpTls = R"T(
S: 220 mail.example.test ESMTP
C: EHLO [127.0.0.1]
S: 250-mail.example.test
)T";
const QByteArray ImapLogout = R"T(
C: A5 LOGOUT
S: * BYE bye
S: A5 OK done
== passed
)T";

// An OAuth2 row: the login method is OAuth2 and the run has an access token.
const QString Token = QStringLiteral("ya29.a0-Token_with.dots~and+plus/slash=");

TranscriptCase oauth(TranscriptCase c)
{
    c.auth = AuthMethod::OAuth2;
    c.accessToken = Token;
    return c;
}

// The base64 of an RFC 7628 error challenge.
QByteArray json64(const char* json)
{
    return QByteArray(json).toBase64();
}

} // namespace

Q_DECLARE_METATYPE(TranscriptCase)

class TestProtocolTranscripts : public QObject
{
    Q_OBJECT

private slots:
    void transcript_data();
    void transcript();
    void harnessCatchesViolations_data();
    void harnessCatchesViolations();
    void harnessSecurityChecks_data();
    void harnessSecurityChecks();
    void harnessWantsCapabilitiesAfterTls();

private:
    static QString play(const TranscriptCase& c, TranscriptHost** hostOut = nullptr);
};

QString TestProtocolTranscripts::play(const TranscriptCase& c, TranscriptHost** hostOut)
{
    ServerSettings server;
    server.protocol = c.protocol;
    server.hostname = QStringLiteral("mail.example.test");
    server.port = standardPort(c.protocol, c.socketType);
    server.socketType = c.socketType;
    server.authMethods = {c.auth};
    server.username = c.username;
    ProbeOptions options;
    options.emailAddress = QStringLiteral("anna@example.test");
    options.password = c.password;
    options.accessToken = c.accessToken;
    options.mode = c.capabilitiesOnly ? ProbeMode::CapabilitiesOnly : ProbeMode::Login;
    if (c.plaintextConsent) {
        options.plaintextConsent = {ProbeOptions::endpoint(server.hostname, server.port)};
    }
    auto* host = new TranscriptHost(server, options);
    const QString difference = host->run(c.script);
    if (hostOut) {
        *hostOut = host;
    } else {
        delete host;
    }
    return difference;
}

void TestProtocolTranscripts::transcript_data()
{
    QTest::addColumn<TranscriptCase>("c");
    const SocketType Tls = SocketType::Ssl;
    const SocketType Plain = SocketType::Plain;

    // Baselines: each row below differs from one of these in one place.
    QTest::addRow("baseline imap starttls") << imap(ImapToTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR
S: A3 OK done
C: A4 AUTHENTICATE PLAIN <PLAIN>
S: A4 OK logged in
)T" + ImapLogout);
    QTest::addRow("baseline pop3 stls") << pop3(Pop3ToTls + R"T(
S: +OK
S: USER
S: SASL PLAIN
S: .
C: AUTH PLAIN <PLAIN>
S: +OK logged in
C: QUIT
S: +OK bye
== passed
)T");
    QTest::addRow("baseline smtp starttls") << smtp(SmtpToTls + R"T(
S: 250-mail.example.test
S: 250 AUTH PLAIN LOGIN
C: AUTH PLAIN <PLAIN>
S: 235 ok
C: QUIT
S: 221 bye
== passed
)T");

    // ST: the STARTTLS transition. (Bytes after the go-ahead, ST-01/03..06, need a socket.)
    QTest::addRow("ST-02 imap alert before the go-ahead is ignored") << imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 STARTTLS
S: A1 OK done
C: A2 STARTTLS
S: * OK [ALERT] prefix.
S: A2 OK Begin TLS
-- tls
C: A3 CAPABILITY
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR
S: A3 OK done
C: A4 AUTHENTICATE PLAIN <PLAIN>
S: A4 OK logged in
)T" + ImapLogout);
    // ST-08 / AU-07: the greeting's list offers PLAIN, the one after TLS only what is used.
    QTest::addRow("ST-08 imap greeting capabilities are asked again after TLS") << imap(R"T(
S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN AUTH=SCRAM-SHA-256] ready
C: A1 STARTTLS
S: A1 OK go
-- tls
C: A2 CAPABILITY
S: * CAPABILITY IMAP4rev1
S: A2 OK done
C: A3 LOGIN "anna@example.test" "s3cret \"pa\\ss\" {7}"
S: A3 OK welcome
C: A4 LOGOUT
S: A4 OK bye
== passed
)T");
    QTest::addRow("ST-08 pop3 post-TLS capa decides") << pop3(R"T(
S: +OK POP3 ready
C: CAPA
S: +OK
S: STLS
S: SASL PLAIN
S: .
C: STLS
S: +OK go
-- tls
C: CAPA
S: +OK
S: USER
S: .
C: USER <USER>
S: +OK
C: PASS <PASS>
S: +OK in
C: QUIT
S: +OK bye
== passed
)T");
    QTest::addRow("ST-08 smtp post-TLS ehlo decides") << smtp(R"T(
S: 220 mail.example.test ESMTP
C: EHLO [127.0.0.1]
S: 250-mail.example.test
S: 250-AUTH PLAIN
S: 250 STARTTLS
C: STARTTLS
S: 220 go
-- tls
C: EHLO [127.0.0.1]
S: 250-mail.example.test
S: 250 AUTH LOGIN
C: AUTH LOGIN
S: 334 VXNlcm5hbWU6
C: <USER64>
S: 334 UGFzc3dvcmQ6
C: <PASS64>
S: 235 ok
C: QUIT
S: 221 bye
== passed
)T");
    QTest::addRow("ST-09 imap untagged capability with the starttls answer is ignored") << imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 STARTTLS
S: A1 OK done
C: A2 STARTTLS
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR IDLE
S: A2 OK ready
-- tls
C: A3 CAPABILITY
S: * CAPABILITY IMAP4rev1 AUTH=LOGIN
S: A3 OK done
C: A4 AUTHENTICATE LOGIN
S: + VXNlcm5hbWU6
C: <USER64>
S: + UGFzc3dvcmQ6
C: <PASS64>
S: A4 OK in
)T" + ImapLogout);
    for (const QByteArray& untagged :
         {QByteArray("* LIST () \"/\" INBOX"), QByteArray("* LSUB () \"/\" INBOX"), QByteArray("* 3 EXISTS"),
          QByteArray("* 1 RECENT"), QByteArray("* 2 EXPUNGE"), QByteArray("* 1 FETCH (FLAGS (\\Seen))"),
          QByteArray("* STATUS INBOX (MESSAGES 1)"), QByteArray("* SEARCH 1 2"), QByteArray("* FLAGS (\\Seen)")}) {
        QTest::addRow("ST-10 imap %s after the greeting", untagged.constData()) << imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: )T" + untagged + R"T(
== failed protocol-error
)T");
        QTest::addRow("ST-10 imap %s with the starttls answer", untagged.constData()) << imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 STARTTLS
S: A1 OK done
C: A2 STARTTLS
S: )T" + untagged + R"T(
== failed protocol-error
)T");
    }

    // Tag discipline (security.md §A.1, rule 9): a tagged answer for a tag never sent.
    QTest::addRow("tag never sent imap") << imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 STARTTLS
S: A7 OK done
== failed protocol-error
)T");
    QTest::addRow("tag never sent imap login answer for the next command") << imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR
S: A1 OK done
C: A2 AUTHENTICATE PLAIN <PLAIN>
S: A3 OK welcome
== failed protocol-error
)T",
                                                                                   Tls);

    // NG: negotiation and stripping. Nothing after the refusal; above all no credential.
    QTest::addRow("NG-01 imap starttls not offered") << imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN
S: A1 OK done
== failed starttls-not-offered
)T");
    QTest::addRow("NG-01 imap starttls not in the greeting capabilities") << imap(R"T(
S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready
== failed starttls-not-offered
)T");
    for (const char* refusal : {"A2 BAD no", "A2 NO no"}) {
        QTest::addRow("NG-01 imap starttls %s", refusal) << imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 STARTTLS
S: A1 OK done
C: A2 STARTTLS
S: )T" + QByteArray(refusal) + R"T(
== failed starttls-refused
)T");
    }
    QTest::addRow("NG-01 imap starttls answered by a continuation") << imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 STARTTLS
S: A1 OK done
C: A2 STARTTLS
S: + go on
== failed protocol-error
)T");
    QTest::addRow("NG-02 pop3 stls refused") << pop3(R"T(
S: +OK POP3 ready
C: CAPA
S: +OK
S: STLS
S: .
C: STLS
S: -ERR not now
== failed starttls-refused
)T");
    QTest::addRow("NG-02 pop3 capa without stls") << pop3(R"T(
S: +OK POP3 ready
C: CAPA
S: +OK
S: USER
S: SASL PLAIN
S: .
== failed starttls-not-offered
)T");
    QTest::addRow("NG-02 pop3 without capa still needs stls") << pop3(R"T(
S: +OK POP3 ready
C: CAPA
S: -ERR what
C: STLS
S: -ERR no
== failed starttls-refused
)T");
    for (const char* refusal : {"502 no", "454 TLS not available", "354 go ahead", "501 syntax"}) {
        QTest::addRow("NG-03 smtp starttls %s", refusal) << smtp(R"T(
S: 220 mail.example.test ESMTP
C: EHLO [127.0.0.1]
S: 250-mail.example.test
S: 250 STARTTLS
C: STARTTLS
S: )T" + QByteArray(refusal) + R"T(
== failed starttls-refused
)T");
    }
    QTest::addRow("NG-03 smtp helo-only server") << smtp(R"T(
S: 220 mail.example.test ESMTP
C: EHLO [127.0.0.1]
S: 500 what is EHLO
== failed starttls-not-offered
)T");
    QTest::addRow("NG-03 smtp ehlo without starttls") << smtp(R"T(
S: 220 mail.example.test ESMTP
C: EHLO [127.0.0.1]
S: 250-mail.example.test
S: 250 AUTH PLAIN
== failed starttls-not-offered
)T");
    {
        TranscriptCase c = smtp(R"T(
S: 220 mail.example.test ESMTP
C: EHLO [127.0.0.1]
S: 250-mail.example.test
S: 250 AUTH PLAIN
== failed starttls-not-offered
)T");
        c.auth = AuthMethod::None;
        QTest::addRow("NG-03 smtp without starttls and no authentication") << c;
    }
    QTest::addRow("NG-04 imap preauth on a plain connection") << imap(R"T(
S: * PREAUTH welcome
== failed unexpected-preauth
)T");
    QTest::addRow("NG-04 imap preauth with starttls capability") << imap(R"T(
S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] hi
== failed unexpected-preauth
)T");
    QTest::addRow("NG-04 imap preauth after the greeting") << imap(ImapToTls + R"T(
S: * PREAUTH now
== failed protocol-error
)T");
    for (const char* greeting :
         {"* BYE overloaded", "* NO go away", "* BAD confused", "A1 OK hello", "\x01\x02garbage", "hello"}) {
        QTest::addRow("NG-05 imap greeting %s", greeting)
            << imap("S: " + QByteArray(greeting) + "\n== failed greeting-refused\n");
    }
    QTest::addRow("NG-05 pop3 greeting -ERR") << pop3("S: -ERR busy\n== failed greeting-refused\n");
    QTest::addRow("NG-05 pop3 garbage greeting") << pop3("S: hello\n== failed greeting-refused\n");
    QTest::addRow("NG-05 smtp greeting 554") << smtp("S: 554 no service\n== failed greeting-refused\n");
    QTest::addRow("NG-05 smtp garbage greeting") << smtp("S: HTTP/1.1 400 Bad\n== failed greeting-refused\n");
    {
        TranscriptCase c = imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 LOGINDISABLED
S: A1 OK done
== failed auth-encryption-required
)T",
                                Plain);
        c.plaintextConsent = true;
        QTest::addRow("NG-06 imap logindisabled without starttls") << c;
    }

    // AU: authentication and credentials.
    {
        TranscriptCase c = imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN
S: A1 OK done
== failed plaintext-not-allowed
)T",
                                Plain);
        QTest::addRow("AU-01 imap plaintext without consent") << c;
        QTest::addRow("AU-01 pop3 plaintext without consent") << pop3(R"T(
S: +OK POP3 ready
C: CAPA
S: +OK
S: USER
S: SASL PLAIN
S: .
== failed plaintext-not-allowed
)T",
                                                                      Plain);
        TranscriptCase s = smtp(R"T(
S: 220 mail.example.test ESMTP
C: EHLO [127.0.0.1]
S: 250-x
S: 250 AUTH PLAIN LOGIN
== failed plaintext-not-allowed
)T",
                                Plain);
        QTest::addRow("AU-01 smtp plaintext without consent") << s;
        s.auth = AuthMethod::PasswordEncrypted;
        s.script.replace("AUTH PLAIN LOGIN", "AUTH CRAM-MD5");
        QTest::addRow("AU-01 smtp cram-md5 in plaintext without consent") << s;
        TranscriptCase consent = imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN
S: A1 OK done
C: A2 AUTHENTICATE PLAIN
S: +
C: <PLAIN>
S: A2 OK in
C: A3 LOGOUT
S: A3 OK bye
== passed
)T",
                                      Plain);
        consent.plaintextConsent = true;
        QTest::addRow("AU-01 imap plaintext with consent") << consent;
    }
    {
        // AU-02: capabilities only, never a credential.
        TranscriptCase c = imap(ImapToTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR
S: A3 OK done
C: A4 LOGOUT
S: A4 OK bye
== passed
)T");
        c.capabilitiesOnly = true;
        QTest::addRow("AU-02 imap capabilities only") << c;
        TranscriptCase p = pop3(Pop3ToTls + R"T(
S: +OK
S: USER
S: .
C: QUIT
S: +OK bye
== passed
)T");
        p.capabilitiesOnly = true;
        QTest::addRow("AU-02 pop3 capabilities only") << p;
        TranscriptCase s = smtp(SmtpToTls + R"T(
S: 250 AUTH PLAIN
C: QUIT
S: 221 bye
== passed
)T");
        s.capabilitiesOnly = true;
        QTest::addRow("AU-02 smtp capabilities only") << s;
        TranscriptCase greeting = imap(R"T(
S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready
C: A1 LOGOUT
S: * BYE Logging out
S: A1 OK done
== passed
)T",
                                       Tls);
        greeting.capabilitiesOnly = true;
        QTest::addRow("AU-02 imap capabilities only from the greeting") << greeting;
        TranscriptCase none = smtp(SmtpTls + R"T(
S: 250 AUTH PLAIN
C: QUIT
S: 221 bye
== passed
)T",
                                   Tls);
        none.auth = AuthMethod::None;
        QTest::addRow("AU-02 smtp without authentication") << none;
    }
    {
        // AU-03: quoting, literals, SASL LOGIN, the order of mechanisms.
        TranscriptCase literal = imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1
S: A1 OK done
C: A2 LOGIN "anna@example.test" {14}
S: + go ahead
C: þór {ð} "x"
S: A2 OK in
C: A3 LOGOUT
S: A3 OK bye
== passed
)T",
                                      Tls);
        literal.password = QStringLiteral("þór {ð} \"x\"");
        QTest::addRow("AU-03 imap literal password") << literal;
        TranscriptCase plus = imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 LITERAL+
S: A1 OK done
C: A2 LOGIN "anna@example.test" {14+}
C: þór {ð} "x"
S: A2 OK in
C: A3 LOGOUT
S: A3 OK bye
== passed
)T",
                                   Tls);
        plus.password = literal.password;
        QTest::addRow("AU-03 imap literal+ password") << plus;
        TranscriptCase both = imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 LITERAL+
S: A1 OK done
C: A2 LOGIN {6+}
C: ðóra {14+}
C: þór {ð} "x"
S: A2 OK in
C: A3 LOGOUT
S: A3 OK bye
== passed
)T",
                                   Tls);
        both.username = QStringLiteral("ðóra");
        both.password = literal.password;
        QTest::addRow("AU-03 imap literal username and password") << both;
        QTest::addRow("AU-03 imap sasl login before LOGIN, not barred by LOGINDISABLED") << imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=LOGIN LOGINDISABLED
S: A1 OK done
C: A2 AUTHENTICATE LOGIN
S: + VXNlcm5hbWU6
C: <USER64>
S: + UGFzc3dvcmQ6
C: <PASS64>
S: A2 OK in
C: A3 LOGOUT
S: A3 OK bye
== passed
)T",
                                                                                                 Tls);
        QTest::addRow("AU-03 imap plain preferred to sasl login") << imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=LOGIN AUTH=PLAIN
S: A1 OK done
C: A2 AUTHENTICATE PLAIN
S: +
C: <PLAIN>
S: A2 OK in
C: A3 LOGOUT
S: A3 OK bye
== passed
)T",
                                                                          Tls);
        QTest::addRow("AU-03 imap sasl login third challenge cancelled") << imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=LOGIN
S: A1 OK done
C: A2 AUTHENTICATE LOGIN
S: + VXNlcm5hbWU6
C: <USER64>
S: + UGFzc3dvcmQ6
C: <PASS64>
S: + TW9yZTo=
C: *
S: A2 BAD cancelled
== failed protocol-error
)T",
                                                                                 Tls);
        QTest::addRow("AU-03 pop3 sasl login before user/pass") << pop3(Pop3Tls + R"T(
S: +OK
S: USER
S: SASL LOGIN
S: .
C: AUTH LOGIN
S: + VXNlcm5hbWU6
C: <USER64>
S: + UGFzc3dvcmQ6
C: <PASS64>
S: +OK in
C: QUIT
S: +OK bye
== passed
)T",
                                                                        Tls);
        QTest::addRow("AU-03 pop3 sasl login wrong password") << pop3(Pop3Tls + R"T(
S: +OK
S: SASL LOGIN
S: .
C: AUTH LOGIN
S: + VXNlcm5hbWU6
C: <USER64>
S: + UGFzc3dvcmQ6
C: <PASS64>
S: -ERR [AUTH] Authentication failed.
== failed auth-wrong-password
)T",
                                                                      Tls);
        QTest::addRow("AU-03 pop3 sasl login third challenge cancelled") << pop3(Pop3Tls + R"T(
S: +OK
S: SASL LOGIN
S: .
C: AUTH LOGIN
S: + VXNlcm5hbWU6
C: <USER64>
S: + UGFzc3dvcmQ6
C: <PASS64>
S: + TW9yZTo=
C: *
S: -ERR cancelled
== failed auth-wrong-password
)T",
                                                                                 Tls);
        QTest::addRow("AU-03 smtp plain with an initial response") << smtp(SmtpTls + R"T(
S: 250 AUTH LOGIN PLAIN
C: AUTH PLAIN <PLAIN>
S: 235 2.7.0 ok
C: QUIT
S: 221 bye
== passed
)T",
                                                                           Tls);
        TranscriptCase cram = smtp(SmtpTls + R"T(
S: 250 AUTH PLAIN CRAM-MD5
C: AUTH CRAM-MD5
S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+
C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw
S: 235 ok
C: QUIT
S: 221 bye
== passed
)T",
                                   Tls);
        cram.auth = AuthMethod::PasswordEncrypted;
        cram.username = QStringLiteral("tim");
        cram.password = QStringLiteral("tanstaaftanstaaf"); // RFC 2195's example
        QTest::addRow("AU-03 smtp cram-md5 (RFC 2195 example)") << cram;
        TranscriptCase noCram = imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN
S: A1 OK done
== failed auth-mechanism-unavailable
)T",
                                     Tls);
        noCram.auth = AuthMethod::PasswordEncrypted;
        QTest::addRow("AU-03 encrypted password but no CRAM-MD5") << noCram;
    }
    {
        // AU-05: NO instead of "+": the literal body (the password) is never sent.
        TranscriptCase c = imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1
S: A1 OK done
C: A2 LOGIN "anna@example.test" {14}
S: A2 NO [AUTHENTICATIONFAILED] no literals for you
== failed auth-wrong-password
)T",
                                Tls);
        c.password = QStringLiteral("þór {ð} \"x\"");
        QTest::addRow("AU-05 imap literal refused") << c;
    }
    {
        // AU-06: each refusal has its own plain-words reason.
        const QList<std::pair<const char*, const char*>> smtpCodes{
            {"535 5.7.8 Authentication credentials invalid", "auth-wrong-password"},
            {"538 5.7.11 Encryption required", "auth-encryption-required"},
            {"534-5.7.9 Application-specific password required. Learn more at\nS: 534 5.7.9 https://x.test",
             "auth-app-password-needed"},
            {"534 5.7.14 mechanism too weak", "auth-mechanism-unavailable"},
            {"454 4.7.0 Temporary authentication failure", "auth-temporary"},
            {"432 4.7.12 A password transition is needed", "auth-temporary"},
            {"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
             "auth-login-disabled"},
            {"535 5.7.139 Authentication unsuccessful, basic authentication is disabled.", "auth-login-disabled"},
        };
        for (const auto& [reply, kind] : smtpCodes) {
            QTest::addRow("AU-06 smtp %.3s %s", reply, kind) << smtp(SmtpTls + R"T(
S: 250 AUTH PLAIN
C: AUTH PLAIN <PLAIN>
S: )T" + QByteArray(reply) + "\n== failed " + kind + "\n",
                                                                     Tls);
        }
        const QList<std::pair<const char*, const char*>> imapCodes{
            {"A2 NO [AUTHENTICATIONFAILED] Invalid credentials", "auth-wrong-password"},
            {"A2 NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833",
             "auth-app-password-needed"},
            {"A2 NO [PRIVACYREQUIRED] Use TLS", "auth-encryption-required"},
            {"A2 NO [UNAVAILABLE] backend down", "auth-temporary"},
            {"A2 NO [ALERT] Your account is not enabled for IMAP use. Please visit https://x.test",
             "auth-login-disabled"},
            {"A2 BAD what", "protocol-error"},
        };
        for (const auto& [reply, kind] : imapCodes) {
            QTest::addRow("AU-06 imap %s", kind) << imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR
S: A1 OK done
C: A2 AUTHENTICATE PLAIN <PLAIN>
S: )T" + QByteArray(reply) + "\n== failed " + kind + "\n",
                                                         Tls);
        }
        QTest::addRow("AU-06 imap mailbox without imap (microsoft)") << imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR
S: A1 OK done
C: A2 AUTHENTICATE PLAIN <PLAIN>
S: A2 NO User is authenticated but not connected.
== failed auth-login-disabled
)T",
                                                                             Tls);
        QTest::addRow("AU-06 pop3 not enabled for pop (gmail)") << pop3(Pop3Tls + R"T(
S: +OK
S: USER
S: .
C: USER <USER>
S: +OK
C: PASS <PASS>
S: -ERR [SYS/PERM] Your account is not enabled for POP access.
== failed auth-login-disabled
)T",
                                                                        Tls);
        QTest::addRow("AU-06 pop3 sys/temp") << pop3(Pop3Tls + R"T(
S: +OK
S: USER
S: .
C: USER <USER>
S: +OK
C: PASS <PASS>
S: -ERR [SYS/TEMP] later
== failed auth-temporary
)T",
                                                     Tls);
    }
    {
        // Issue 15.5: a server that answers every step with another challenge. The mechanism's own
        // answers, one cancel, then the exchange is over.
        QTest::addRow("endless imap sasl login") << imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=LOGIN
S: A1 OK done
C: A2 AUTHENTICATE LOGIN
S: + x
C: <USER64>
S: + x
C: <PASS64>
S: + x
C: *
S: + x
== failed protocol-error
)T",
                                                         Tls);
        QTest::addRow("endless imap sasl plain with an initial response") << imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR
S: A1 OK done
C: A2 AUTHENTICATE PLAIN <PLAIN>
S: + x
C: *
S: + x
== failed protocol-error
)T",
                                                                                  Tls);
        QTest::addRow("endless pop3 sasl login") << pop3(Pop3Tls + R"T(
S: +OK
S: SASL LOGIN
S: .
C: AUTH LOGIN
S: + x
C: <USER64>
S: + x
C: <PASS64>
S: + x
C: *
S: + x
== failed protocol-error
)T",
                                                         Tls);
        QTest::addRow("endless smtp sasl plain") << smtp(SmtpTls + R"T(
S: 250 AUTH PLAIN
C: AUTH PLAIN <PLAIN>
S: 334 x
C: *
S: 334 x
== failed protocol-error
)T",
                                                         Tls);
        QTest::addRow("endless smtp sasl login") << smtp(SmtpTls + R"T(
S: 250 AUTH LOGIN
C: AUTH LOGIN
S: 334 x
C: <USER64>
S: 334 x
C: <PASS64>
S: 334 x
C: *
S: 334 x
== failed protocol-error
)T",
                                                         Tls);
    }
    {
        // Issue 15.7: a success before the password went out is a server that never checked it.
        QTest::addRow("early OK imap authenticate plain without sasl-ir") << imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN
S: A1 OK done
C: A2 AUTHENTICATE PLAIN
S: A2 OK welcome
== failed protocol-error
)T",
                                                                                  Tls);
        QTest::addRow("early OK imap sasl login after the username") << imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=LOGIN
S: A1 OK done
C: A2 AUTHENTICATE LOGIN
S: + VXNlcm5hbWU6
C: <USER64>
S: A2 OK welcome
== failed protocol-error
)T",
                                                                             Tls);
        TranscriptCase literal = imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1
S: A1 OK done
C: A2 LOGIN "anna@example.test" {14}
S: A2 OK welcome
== failed protocol-error
)T",
                                      Tls);
        literal.password = QStringLiteral("þór {ð} \"x\"");
        QTest::addRow("early OK imap login before the literal") << literal;
        TranscriptCase cram = imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=CRAM-MD5
S: A1 OK done
C: A2 AUTHENTICATE CRAM-MD5
S: A2 OK welcome
== failed protocol-error
)T",
                                   Tls);
        cram.auth = AuthMethod::PasswordEncrypted;
        QTest::addRow("early OK imap cram-md5 before the challenge") << cram;
        QTest::addRow("early +OK pop3 sasl login after the username") << pop3(Pop3Tls + R"T(
S: +OK
S: SASL LOGIN
S: .
C: AUTH LOGIN
S: + VXNlcm5hbWU6
C: <USER64>
S: +OK welcome
== failed protocol-error
)T",
                                                                              Tls);
        TranscriptCase popCram = pop3(Pop3Tls + R"T(
S: +OK
S: SASL CRAM-MD5
S: .
C: AUTH CRAM-MD5
S: +OK welcome
== failed protocol-error
)T",
                                      Tls);
        popCram.auth = AuthMethod::PasswordEncrypted;
        QTest::addRow("early +OK pop3 cram-md5 before the challenge") << popCram;
        QTest::addRow("early 235 smtp sasl login") << smtp(SmtpTls + R"T(
S: 250 AUTH LOGIN
C: AUTH LOGIN
S: 235 ok
== failed protocol-error
)T",
                                                           Tls);
        TranscriptCase smtpCram = smtp(SmtpTls + R"T(
S: 250 AUTH CRAM-MD5
C: AUTH CRAM-MD5
S: 235 ok
== failed protocol-error
)T",
                                       Tls);
        smtpCram.auth = AuthMethod::PasswordEncrypted;
        QTest::addRow("early 235 smtp cram-md5 before the challenge") << smtpCram;
    }
    {
        // OAuth2 (RFC 7628): OAUTHBEARER preferred, XOAUTH2 where it is the only one, the token in the
        // first response (SASL-IR when offered), never the password instead, never unencrypted.
        const QByteArray invalidToken = json64(R"({"status":"invalid_token","scope":"mail","schemes":"bearer"})");
        QTest::addRow("oauth imap oauthbearer with sasl-ir after starttls") << oauth(imap(ImapToTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 AUTH=OAUTHBEARER SASL-IR
S: A3 OK done
C: A4 AUTHENTICATE OAUTHBEARER <OAUTHBEARER>
S: A4 OK logged in
)T" + ImapLogout));
        QTest::addRow("oauth imap xoauth2 without sasl-ir waits for the continuation") << oauth(imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=XOAUTH2
S: A1 OK done
C: A2 AUTHENTICATE XOAUTH2
S: +
C: <XOAUTH2>
S: A2 OK logged in
C: A3 LOGOUT
S: A3 OK bye
== passed
)T",
                                                                                                     Tls));
        QTest::addRow("oauth imap oauthbearer error challenge answered with ^A") << oauth(imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER SASL-IR
S: A1 OK done
C: A2 AUTHENTICATE OAUTHBEARER <OAUTHBEARER>
S: + )T" + invalidToken + R"T(
C: AQ==
S: A2 NO [AUTHENTICATIONFAILED] Authentication failed
== failed auth-token-rejected
)T",
                                                                                               Tls));
        QTest::addRow("oauth imap xoauth2 error challenge answered with an empty line") << oauth(imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=XOAUTH2 SASL-IR
S: A1 OK done
C: A2 AUTHENTICATE XOAUTH2 <XOAUTH2>
S: + )T" + json64(R"({"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"})") + R"T(
C: <EMPTY>
S: A2 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)
== failed auth-token-rejected
)T",
                                                                                                      Tls));
        QTest::addRow("oauth imap refusal without a challenge (Microsoft)") << oauth(imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR
S: A1 OK done
C: A2 AUTHENTICATE XOAUTH2 <XOAUTH2>
S: A2 NO AUTHENTICATE failed.
== failed auth-token-rejected
)T",
                                                                                          Tls));
        QTest::addRow("oauth imap error challenge that is not json") << oauth(imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER SASL-IR
S: A1 OK done
C: A2 AUTHENTICATE OAUTHBEARER <OAUTHBEARER>
S: + e30=
C: AQ==
S: A2 NO no
== failed auth-token-rejected
)T",
                                                                                   Tls));
        QTest::addRow("oauth imap a second challenge after the dummy is cancelled, a third ends it")
            << oauth(imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER SASL-IR
S: A1 OK done
C: A2 AUTHENTICATE OAUTHBEARER <OAUTHBEARER>
S: + )T" + invalidToken + R"T(
C: AQ==
S: + )T" + invalidToken + R"T(
C: *
S: + x
== failed protocol-error
)T",
                          Tls));
        QTest::addRow("oauth imap early OK before the token") << oauth(imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=XOAUTH2
S: A1 OK done
C: A2 AUTHENTICATE XOAUTH2
S: A2 OK welcome
== failed protocol-error
)T",
                                                                            Tls));
        QTest::addRow("oauth imap no oauth mechanism: no password instead") << oauth(imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR
S: A1 OK done
== failed auth-mechanism-unavailable
)T",
                                                                                          Tls));
        TranscriptCase noToken = oauth(imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER SASL-IR
S: A1 OK done
== failed auth-sign-in-needed
)T",
                                            Tls));
        noToken.accessToken.clear();
        QTest::addRow("oauth imap no token: sign in first") << noToken;
        // Consent to send a password unencrypted is no consent for a token.
        TranscriptCase plain = oauth(imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 AUTH=OAUTHBEARER AUTH=XOAUTH2 SASL-IR
S: A1 OK done
== failed token-not-encrypted
)T",
                                          Plain));
        plain.plaintextConsent = true;
        QTest::addRow("oauth imap plaintext with consent: no token") << plain;
        QTest::addRow("oauth imap starttls refused: no token") << oauth(imap(R"T(
S: * OK IMAP ready
C: A1 CAPABILITY
S: * CAPABILITY IMAP4rev1 STARTTLS AUTH=OAUTHBEARER
S: A1 OK done
C: A2 STARTTLS
S: A2 NO not now
== failed starttls-refused
)T"));
        QTest::addRow("oauth pop3 xoauth2") << oauth(pop3(Pop3ToTls + R"T(
S: +OK
S: USER
S: SASL PLAIN XOAUTH2
S: .
C: AUTH XOAUTH2 <XOAUTH2>
S: +OK logged in
C: QUIT
S: +OK bye
== passed
)T"));
        QTest::addRow("oauth pop3 oauthbearer error challenge") << oauth(pop3(Pop3Tls + R"T(
S: +OK
S: SASL OAUTHBEARER XOAUTH2
S: .
C: AUTH OAUTHBEARER <OAUTHBEARER>
S: + )T" + invalidToken + R"T(
C: AQ==
S: -ERR [AUTH] Authentication failed.
== failed auth-token-rejected
)T",
                                                                              Tls));
        TranscriptCase popPlain = oauth(pop3(R"T(
S: +OK POP3 ready
C: CAPA
S: +OK
S: USER
S: SASL XOAUTH2
S: .
== failed token-not-encrypted
)T",
                                             Plain));
        popPlain.plaintextConsent = true;
        QTest::addRow("oauth pop3 plaintext with consent: no token") << popPlain;
        QTest::addRow("oauth smtp oauthbearer after starttls") << oauth(smtp(SmtpToTls + R"T(
S: 250-mail.example.test
S: 250 AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER
C: AUTH OAUTHBEARER <OAUTHBEARER>
S: 235 2.7.0 ok
C: QUIT
S: 221 bye
== passed
)T"));
        QTest::addRow("oauth smtp google error challenge (invalid_request)") << oauth(smtp(SmtpTls + R"T(
S: 250 AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH
C: AUTH OAUTHBEARER <OAUTHBEARER>
S: 334 )T" + json64(R"({"status":"invalid_request","schemes":"Bearer","scope":"https://mail.google.com/"})") +
                                                                                               R"T(
C: AQ==
S: 535-5.7.8 Username and Password not accepted. For more information, go to
S: 535 5.7.8  https://support.google.com/mail/?p=BadCredentials
== failed auth-token-rejected
)T",
                                                                                           Tls));
        QTest::addRow("oauth smtp xoauth2 insufficient scope") << oauth(smtp(SmtpTls + R"T(
S: 250 AUTH XOAUTH2
C: AUTH XOAUTH2 <XOAUTH2>
S: 334 )T" + json64(R"({"status":"insufficient_scope","scope":"https://outlook.office.com/SMTP.Send"})") +
                                                                                 R"T(
C: <EMPTY>
S: 535 5.7.3 Authentication unsuccessful
== failed auth-token-scope
)T",
                                                                             Tls));
        QTest::addRow("oauth smtp temporary failure stays temporary") << oauth(smtp(SmtpTls + R"T(
S: 250 AUTH XOAUTH2
C: AUTH XOAUTH2 <XOAUTH2>
S: 454 4.7.0 Temporary authentication failure
== failed auth-temporary
)T",
                                                                                    Tls));
    }
    {
        // Username left open: the address, then the local part, and never a third attempt.
        TranscriptCase c = imap(ImapTls + R"T(
S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR
S: A1 OK done
C: A2 AUTHENTICATE PLAIN <PLAIN>
S: A2 NO [AUTHENTICATIONFAILED] no
C: A3 AUTHENTICATE PLAIN <PLAIN>
S: A3 NO [AUTHENTICATIONFAILED] no
== failed auth-wrong-password
)T",
                                Tls);
        c.username.clear();
        QTest::addRow("AU imap username variants at most two") << c;
        TranscriptCase s = smtp(SmtpTls + R"T(
S: 250 AUTH PLAIN
C: AUTH PLAIN <PLAIN>
S: 535 no
C: AUTH PLAIN <PLAIN>
S: 235 ok
C: QUIT
S: 221 bye
== passed
)T",
                                Tls);
        s.username.clear();
        QTest::addRow("AU smtp local part after the address") << s;
    }
}

void TestProtocolTranscripts::transcript()
{
    QFETCH(TranscriptCase, c);
    TranscriptHost* raw = nullptr;
    const QString difference = play(c, &raw);
    const std::unique_ptr<TranscriptHost> host(raw);
    QVERIFY2(difference.isEmpty(),
             qPrintable(difference + QStringLiteral("\n-- shown:\n") + host->shown().join(QLatin1Char('\n'))));
    if (c.script.contains("== failed auth-wrong-password") && c.username.isEmpty()) {
        QCOMPARE(host->loginAttempts(), 2);
    }
}

// The harness itself must fail on each security row, or the rows above prove nothing.
void TestProtocolTranscripts::harnessCatchesViolations_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("complaint");
    QTest::addRow("a wrong byte") << QByteArray("S: * OK IMAP ready\nC: A1 CAPABILITIES\n== still running\n")
                                  << QStringLiteral("the client sent");
    QTest::addRow("a missing line") << QByteArray("S: * OK IMAP ready\n== failed none\n")
                                    << QStringLiteral("the client sent");
    QTest::addRow("a wrong outcome") << QByteArray("S: * BYE x\n== passed\n")
                                     << QStringLiteral("the client ended failed");
    QTest::addRow("no outcome") << QByteArray("S: * OK IMAP ready\nC: A1 CAPABILITY\n")
                                << QStringLiteral("ends before the client did");
    QTest::addRow("tls expected, none asked")
        << QByteArray("S: * OK IMAP ready\n-- tls\n") << QStringLiteral("but the transcript expects");
    QTest::addRow("a line after the end") << QByteArray("S: * BYE x\nS: * OK\n") << QStringLiteral("had already ended");
}

void TestProtocolTranscripts::harnessCatchesViolations()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, complaint);
    const QString difference = play(imap(script));
    QVERIFY2(difference.contains(complaint), qPrintable(difference));
}

// The security checks of the host, one call at a time, for each encoded form of the password.
void TestProtocolTranscripts::harnessSecurityChecks_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("afterGoAhead");
    QTest::addColumn<QString>("complaint");
    const QString password = QStringLiteral("s3cret \"pa\\ss\" {7}");
    const QByteArray raw = password.toUtf8();
    const QByteArray plain = QByteArray("\0anna@example.test\0", 19) + raw;
    const QByteArray quoted = "\"s3cret \\\"pa\\\\ss\\\" {7}\"";
    QTest::addRow("raw password unencrypted") << QByteArray("PASS " + raw) << QStringLiteral("PASS [redacted]") << false
                                              << QStringLiteral("went out unencrypted");
    QTest::addRow("imap quoted password unencrypted")
        << QByteArray("A1 LOGIN \"anna@example.test\" " + quoted) << QStringLiteral("A1 LOGIN [redacted]") << false
        << QStringLiteral("went out unencrypted");
    QTest::addRow("sasl plain unencrypted")
        << plain.toBase64() << QStringLiteral("[redacted]") << false << QStringLiteral("went out unencrypted");
    QTest::addRow("sasl login password unencrypted")
        << raw.toBase64() << QStringLiteral("[redacted]") << false << QStringLiteral("went out unencrypted");
    QTest::addRow("shown raw") << QByteArray("x") << password << false << QStringLiteral("transcript shows");
    QTest::addRow("shown quoted") << QByteArray("x") << QString::fromUtf8(quoted) << false
                                  << QStringLiteral("transcript shows");
    QTest::addRow("shown plain") << QByteArray("x") << QString::fromLatin1(plain.toBase64()) << false
                                 << QStringLiteral("transcript shows");
    const QByteArray token = Token.toUtf8();
    QTest::addRow("token raw unencrypted") << QByteArray("x " + token) << QStringLiteral("x [redacted]") << false
                                           << QStringLiteral("token went out unencrypted");
    QTest::addRow("xoauth2 unencrypted") << SaslClient::xoauth2(QStringLiteral("anna@example.test"), Token)
                                         << QStringLiteral("[redacted]") << false
                                         << QStringLiteral("token went out unencrypted");
    QTest::addRow("oauthbearer unencrypted")
        << SaslClient::oauthBearer(QStringLiteral("anna@example.test"), QStringLiteral("mail.example.test"), 143, Token)
        << QStringLiteral("[redacted]") << false << QStringLiteral("token went out unencrypted");
    QTest::addRow("shown token") << QByteArray("x") << Token << false << QStringLiteral("transcript shows");
    QTest::addRow("shown oauthbearer") << QByteArray("x")
                                       << QString::fromLatin1(
                                              SaslClient::oauthBearer(QStringLiteral("anna@example.test"),
                                                                      QStringLiteral("mail.example.test"), 143, Token))
                                       << false << QStringLiteral("transcript shows");
    QTest::addRow("anything after the go-ahead")
        << QByteArray("A3 NOOP") << QString() << true << QStringLiteral("between the STARTTLS go-ahead");
}

void TestProtocolTranscripts::harnessSecurityChecks()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, shown);
    QFETCH(bool, afterGoAhead);
    QFETCH(QString, complaint);
    ServerSettings server;
    server.protocol = Protocol::Imap;
    server.hostname = QStringLiteral("mail.example.test");
    server.socketType = SocketType::StartTls;
    server.port = 143;
    server.username = QStringLiteral("anna@example.test");
    ProbeOptions options;
    options.password = QStringLiteral("s3cret \"pa\\ss\" {7}");
    options.accessToken = Token;
    TranscriptHost host(server, options);
    if (afterGoAhead) {
        host.startTls();
    }
    host.send(line, shown);
    QVERIFY2(host.violations().join(QLatin1Char('\n')).contains(complaint),
             qPrintable(host.violations().join(QLatin1Char('|'))));
}

// After TLS the first command must ask for the capabilities again.
void TestProtocolTranscripts::harnessWantsCapabilitiesAfterTls()
{
    ServerSettings server;
    server.protocol = Protocol::Smtp;
    server.hostname = QStringLiteral("mail.example.test");
    server.socketType = SocketType::StartTls;
    server.username = QStringLiteral("anna@example.test");
    TranscriptHost host(server, ProbeOptions());
    host.startTls();
    QVERIFY(host.run("-- tls\n").contains(QStringLiteral("ends before the client did")));
    host.send("AUTH PLAIN", QString());
    QVERIFY2(host.violations().join(QLatin1Char('\n')).contains(QStringLiteral("does not ask for capabilities")),
             qPrintable(host.violations().join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TestProtocolTranscripts)
#include "TestProtocolTranscripts.moc"
