// Socket-free parts of the connection test: response parsers, line buffer, SASL, quoting, fingerprints.
#include "CertificateInfo.h"
#include "ImapResponseParser.h"
#include "ImapSession.h"
#include "LineBuffer.h"
#include "OAuthErrorChallenge.h"
#include "Pop3ResponseParser.h"
#include "SaslClient.h"
#include "SmtpReplyParser.h"

#include <QTest>

using namespace Portpilot;

class TestProbeParsers : public QObject
{
    Q_OBJECT

private slots:
    void imapResponse_data();
    void imapResponse();
    void imapCapabilityLimit();
    void imapQuoted_data();
    void imapQuoted();
    void pop3Status_data();
    void pop3Status();
    void pop3MultiLine();
    void smtpReply_data();
    void smtpReply();
    void smtpTooManyLines();
    void lineBuffer();
    void lineBufferOverflow();
    void sasl();
    void oauthSasl();
    void oauthErrorChallenge_data();
    void oauthErrorChallenge();
    void fingerprint_data();
    void fingerprint();
};

void TestProbeParsers::imapResponse_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("capabilities");

    using K = ImapResponse::Kind;
    using S = ImapResponse::Status;
    QTest::addRow("greeting with caps") << QByteArray("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] ready") << true
                                        << int(K::Untagged) << int(S::Ok) << QByteArray() << QByteArray()
                                        << QByteArray("CAPABILITY") << QByteArray("IMAP4REV1 STARTTLS AUTH=PLAIN");
    QTest::addRow("preauth") << QByteArray("* PREAUTH hi") << true << int(K::Untagged) << int(S::PreAuth)
                             << QByteArray() << QByteArray() << QByteArray() << QByteArray();
    QTest::addRow("bye") << QByteArray("* BYE go away") << true << int(K::Untagged) << int(S::Bye) << QByteArray()
                         << QByteArray() << QByteArray() << QByteArray();
    QTest::addRow("capability") << QByteArray("* CAPABILITY IMAP4rev1 LITERAL+ idle") << true << int(K::Untagged)
                                << int(S::None) << QByteArray() << QByteArray("CAPABILITY") << QByteArray()
                                << QByteArray("IMAP4REV1 LITERAL+ IDLE");
    QTest::addRow("exists") << QByteArray("* 3 EXISTS") << true << int(K::Untagged) << int(S::None) << QByteArray()
                            << QByteArray("EXISTS") << QByteArray() << QByteArray();
    QTest::addRow("list") << QByteArray("* LIST () \"/\" x") << true << int(K::Untagged) << int(S::None) << QByteArray()
                          << QByteArray("LIST") << QByteArray() << QByteArray();
    QTest::addRow("tagged no with code") << QByteArray("A3 NO [AUTHENTICATIONFAILED] Authentication failed.") << true
                                         << int(K::Tagged) << int(S::No) << QByteArray("A3") << QByteArray()
                                         << QByteArray("AUTHENTICATIONFAILED") << QByteArray();
    QTest::addRow("tagged ok caps") << QByteArray("A1 OK [CAPABILITY IMAP4rev1 IDLE] done") << true << int(K::Tagged)
                                    << int(S::Ok) << QByteArray("A1") << QByteArray() << QByteArray("CAPABILITY")
                                    << QByteArray("IMAP4REV1 IDLE");
    QTest::addRow("continuation") << QByteArray("+ PDEyMz4=") << true << int(K::Continuation) << int(S::None)
                                  << QByteArray() << QByteArray() << QByteArray() << QByteArray();
    QTest::addRow("bare continuation") << QByteArray("+") << true << int(K::Continuation) << int(S::None)
                                       << QByteArray() << QByteArray() << QByteArray() << QByteArray();
    QTest::addRow("tagged bye") << QByteArray("A1 BYE x") << false << 0 << 0 << QByteArray() << QByteArray()
                                << QByteArray() << QByteArray();
    QTest::addRow("garbage") << QByteArray("hello") << false << 0 << 0 << QByteArray() << QByteArray() << QByteArray()
                             << QByteArray();
    QTest::addRow("empty") << QByteArray() << false << 0 << 0 << QByteArray() << QByteArray() << QByteArray()
                           << QByteArray();
    QTest::addRow("literal") << QByteArray("* LIST () \"/\" {5}") << false << 0 << 0 << QByteArray() << QByteArray()
                             << QByteArray() << QByteArray();
    QTest::addRow("unclosed code") << QByteArray("* OK [ALERT oops") << false << 0 << 0 << QByteArray() << QByteArray()
                                   << QByteArray() << QByteArray();
    QTest::addRow("nul") << QByteArray("* OK a\0b", 8) << false << 0 << 0 << QByteArray() << QByteArray()
                         << QByteArray() << QByteArray();
    QTest::addRow("bad tag") << QByteArray("A(1 OK x") << false << 0 << 0 << QByteArray() << QByteArray()
                             << QByteArray() << QByteArray();
    QTest::addRow("non-utf8 text") << QByteArray("* OK \xff\xfe") << true << int(K::Untagged) << int(S::Ok)
                                   << QByteArray() << QByteArray() << QByteArray() << QByteArray();
}

void TestProbeParsers::imapResponse()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QString error;
    const auto response = ImapResponseParser::parse(line, &error);
    QCOMPARE(response.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, tag);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, capabilities);
    QCOMPARE(int(response->kind), kind);
    QCOMPARE(int(response->status), status);
    QCOMPARE(response->tag, tag);
    QCOMPARE(response->name, name);
    QCOMPARE(response->code, code);
    QCOMPARE(response->capabilities.join(' '), capabilities);
}

void TestProbeParsers::imapCapabilityLimit()
{
    QByteArray line = "* CAPABILITY IMAP4rev1";
    for (int i = 0; i < 5000; ++i) {
        line += " X" + QByteArray::number(i);
    }
    QString error;
    QVERIFY(!ImapResponseParser::parse(line, &error));
    QVERIFY(ImapResponseParser::isLimitError(error));
    QVERIFY(!ImapResponseParser::isLimitError(QStringLiteral("invalid tag")));
}

void TestProbeParsers::imapQuoted_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("quotable");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("plain") << QStringLiteral("secret") << true << QByteArray("\"secret\"");
    QTest::addRow("quote and backslash") << QStringLiteral("a\"b\\c") << true << QByteArray("\"a\\\"b\\\\c\"");
    QTest::addRow("space and brace") << QStringLiteral("p {5} x") << true << QByteArray("\"p {5} x\"");
    QTest::addRow("non-ascii") << QStringLiteral("þórður") << false << QByteArray();
    QTest::addRow("newline") << QStringLiteral("a\nb") << false << QByteArray();
}

void TestProbeParsers::imapQuoted()
{
    QFETCH(QString, value);
    QFETCH(bool, quotable);
    QFETCH(QByteArray, expected);
    const auto quoted = ImapSession::quoted(value);
    QCOMPARE(quoted.has_value(), quotable);
    if (quotable) {
        QCOMPARE(*quoted, expected);
    }
}

void TestProbeParsers::pop3Status_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("code");
    QTest::addRow("ok") << QByteArray("+OK Dovecot ready.") << true << true << QByteArray();
    QTest::addRow("bare ok") << QByteArray("+OK") << true << true << QByteArray();
    QTest::addRow("err auth") << QByteArray("-ERR [AUTH] Authentication failed.") << true << false
                              << QByteArray("AUTH");
    QTest::addRow("err temp") << QByteArray("-ERR [SYS/TEMP] try later") << true << false << QByteArray("SYS/TEMP");
    QTest::addRow("garbage") << QByteArray("OK hi") << false << false << QByteArray();
    QTest::addRow("okay prefix") << QByteArray("+OKAY") << false << false << QByteArray();
    QTest::addRow("continuation") << QByteArray("+ abc") << false << false << QByteArray();
}

void TestProbeParsers::pop3Status()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    const auto status = Pop3ResponseParser::parseStatus(line);
    QCOMPARE(status.has_value(), valid);
    if (valid) {
        QFETCH(bool, ok);
        QFETCH(QByteArray, code);
        QCOMPARE(status->ok, ok);
        QCOMPARE(status->code, code);
    }
    QCOMPARE(Pop3ResponseParser::parseContinuation("+ PDE+").value_or("x"), QByteArray("PDE+"));
    QVERIFY(!Pop3ResponseParser::parseContinuation("+OK"));
}

void TestProbeParsers::pop3MultiLine()
{
    Pop3ResponseParser parser;
    parser.beginMultiLine();
    QCOMPARE(parser.feedMultiLine("CAPA"), Pop3ResponseParser::State::NeedMore);
    QCOMPARE(parser.feedMultiLine("SASL PLAIN login"), Pop3ResponseParser::State::NeedMore);
    QCOMPARE(parser.feedMultiLine("..STUFFED"), Pop3ResponseParser::State::NeedMore);
    QCOMPARE(parser.feedMultiLine("STLS"), Pop3ResponseParser::State::NeedMore);
    QCOMPARE(parser.feedMultiLine("."), Pop3ResponseParser::State::Done);
    QCOMPARE(parser.lines().at(2), QByteArray(".STUFFED"));
    QCOMPARE(Pop3ResponseParser::capabilityNames(parser.lines()),
             (QList<QByteArray>{"CAPA", "SASL", ".STUFFED", "STLS"}));
    QCOMPARE(Pop3ResponseParser::saslMechanisms(parser.lines()), (QList<QByteArray>{"PLAIN", "LOGIN"}));

    parser.beginMultiLine();
    Pop3ResponseParser::State state = Pop3ResponseParser::State::NeedMore;
    int fed = 0;
    while (state == Pop3ResponseParser::State::NeedMore && fed < 100000) {
        state = parser.feedMultiLine("X" + QByteArray::number(fed++));
    }
    QCOMPARE(state, Pop3ResponseParser::State::Error);
    QCOMPARE(fed, Pop3ResponseParser::MaxLines + 1);
}

void TestProbeParsers::smtpReply_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<int>("finalState");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhanced");
    QTest::addColumn<QByteArray>("keywords");
    QTest::addColumn<QByteArray>("mechanisms");
    using S = SmtpReplyParser::State;
    QTest::addRow("ehlo") << QList<QByteArray>{"250-mail.example.test", "250-PIPELINING", "250-AUTH PLAIN LOGIN",
                                               "250-AUTH=CRAM-MD5", "250 STARTTLS"}
                          << int(S::Complete) << 250 << QByteArray() << QByteArray("PIPELINING AUTH AUTH STARTTLS")
                          << QByteArray("PLAIN LOGIN CRAM-MD5");
    QTest::addRow("app password") << QList<QByteArray>{"534-5.7.9 Application-specific password required.",
                                                       "534 5.7.9 Learn more"}
                                  << int(S::Complete) << 534 << QByteArray("5.7.9") << QByteArray("5.7.9")
                                  << QByteArray();
    QTest::addRow("single") << QList<QByteArray>{"235 2.7.0 Logged in."} << int(S::Complete) << 235
                            << QByteArray("2.7.0") << QByteArray() << QByteArray();
    QTest::addRow("bare code") << QList<QByteArray>{"220"} << int(S::Complete) << 220 << QByteArray() << QByteArray()
                               << QByteArray();
    QTest::addRow("mixed codes") << QList<QByteArray>{"250-a", "251 b"} << int(S::Error) << 0 << QByteArray()
                                 << QByteArray() << QByteArray();
    QTest::addRow("garbage") << QList<QByteArray>{"hello"} << int(S::Error) << 0 << QByteArray() << QByteArray()
                             << QByteArray();
    QTest::addRow("bad separator") << QList<QByteArray>{"250xfoo"} << int(S::Error) << 0 << QByteArray() << QByteArray()
                                   << QByteArray();
    QTest::addRow("code 650") << QList<QByteArray>{"650 no"} << int(S::Error) << 0 << QByteArray() << QByteArray()
                              << QByteArray();
    QTest::addRow("enhanced class mismatch") << QList<QByteArray>{"250 5.0.0 odd"} << int(S::Complete) << 250
                                             << QByteArray() << QByteArray() << QByteArray();
}

void TestProbeParsers::smtpReply()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(int, finalState);
    SmtpReplyParser parser;
    SmtpReplyParser::State state = SmtpReplyParser::State::NeedMore;
    for (const QByteArray& line : lines) {
        QCOMPARE(state, SmtpReplyParser::State::NeedMore);
        state = parser.feed(line);
    }
    QCOMPARE(int(state), finalState);
    if (state != SmtpReplyParser::State::Complete) {
        QVERIFY(!parser.error().isEmpty());
        return;
    }
    QFETCH(int, code);
    QFETCH(QByteArray, enhanced);
    QFETCH(QByteArray, keywords);
    QFETCH(QByteArray, mechanisms);
    QCOMPARE(parser.reply().code, code);
    QCOMPARE(parser.reply().enhancedCode, enhanced);
    QCOMPARE(parser.reply().ehloKeywords().join(' '), keywords);
    QCOMPARE(parser.reply().authMechanisms().join(' '), mechanisms);
}

void TestProbeParsers::smtpTooManyLines()
{
    SmtpReplyParser parser;
    SmtpReplyParser::State state = SmtpReplyParser::State::NeedMore;
    int fed = 0;
    while (state == SmtpReplyParser::State::NeedMore && fed < 100000) {
        state = parser.feed("220-endless greeting " + QByteArray::number(fed++));
    }
    QCOMPARE(state, SmtpReplyParser::State::Error);
    QCOMPARE(fed, SmtpReplyParser::MaxLines + 1);
}

void TestProbeParsers::lineBuffer()
{
    LineBuffer buffer(100);
    buffer.append("* OK hel");
    QVERIFY(!buffer.takeLine());
    buffer.append("lo\r\nA1 OK done\nrest");
    QCOMPARE(buffer.takeLine().value_or("x"), QByteArray("* OK hello"));
    QCOMPARE(buffer.takeLine().value_or("x"), QByteArray("A1 OK done"));
    QVERIFY(!buffer.takeLine());
    QVERIFY(!buffer.isEmpty()); // "rest" stays: the STARTTLS check relies on this
    buffer.append("\r\n");
    QCOMPARE(buffer.takeLine().value_or("x"), QByteArray("rest"));
    QVERIFY(buffer.isEmpty());
}

void TestProbeParsers::lineBufferOverflow()
{
    LineBuffer buffer(1000);
    const QByteArray chunk(600, 'A');
    buffer.append(chunk);
    QVERIFY(!buffer.overflowed());
    buffer.append(chunk); // 1200 bytes without a line break
    QVERIFY(buffer.overflowed());
    QVERIFY(!buffer.takeLine());
    // Complete long lines in one chunk are caught too.
    LineBuffer second(10);
    second.append("0123456789ABCDEF\r\nok\r\n");
    QVERIFY(!second.takeLine());
    QVERIFY(second.overflowed());
}

void TestProbeParsers::sasl()
{
    QCOMPARE(SaslClient::plain(QStringLiteral("anna@example.test"), QStringLiteral("pässword")),
             QByteArray("\0anna@example.test\0p\xc3\xa4ssword", 28).toBase64());
    QCOMPARE(SaslClient::login(QStringLiteral("anna")), QByteArray("YW5uYQ=="));
    // RFC 2195 §2 example.
    const QByteArray challenge = QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64();
    QCOMPARE(QByteArray::fromBase64(
                 SaslClient::cramMd5(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"), challenge)),
             QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
}

// The two OAuth2 messages byte for byte (docs/oauth2.md, RFC 7628 §3.1; "," and "=" escaped in a=).
void TestProbeParsers::oauthSasl()
{
    QCOMPARE(QByteArray::fromBase64(SaslClient::xoauth2(QStringLiteral("anna@example.test"), QStringLiteral("tok"))),
             QByteArray("user=anna@example.test\x01"
                        "auth=Bearer tok\x01\x01"));
    QCOMPARE(QByteArray::fromBase64(SaslClient::oauthBearer(
                 QStringLiteral("anna@example.test"), QStringLiteral("mail.example.test"), 993, QStringLiteral("tok"))),
             QByteArray("n,a=anna@example.test,\x01host=mail.example.test\x01port=993\x01"
                        "auth=Bearer tok\x01\x01"));
    QCOMPARE(QByteArray::fromBase64(
                 SaslClient::oauthBearer(QStringLiteral("a,b=c"), QStringLiteral("h"), 1, QStringLiteral("t")))
                 .left(16),
             QByteArray("n,a=a=2Cb=3Dc,\x01h"));
}

void TestProbeParsers::oauthErrorChallenge_data()
{
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("scopeMissing");
    const auto b64 = [](const char* json) { return QByteArray(json).toBase64(); };
    QTest::addRow("RFC 7628 invalid_token")
        << b64(R"({"status":"invalid_token","scope":"mail"})") << true << QStringLiteral("invalid_token") << false;
    QTest::addRow("Google 400") << b64(R"({"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"})")
                                << true << QStringLiteral("400") << false;
    QTest::addRow("status as a number") << b64(R"({"status":401})") << true << QStringLiteral("401") << false;
    QTest::addRow("insufficient_scope") << b64(R"({"status":"insufficient_scope"})") << true
                                        << QStringLiteral("insufficient_scope") << true;
    QTest::addRow("403") << b64(R"({"status":"403"})") << true << QStringLiteral("403") << true;
    QTest::addRow("control characters dropped")
        << b64("{\"status\":\"bad\\u0007\\u202e\\r\\nX\"}") << true << QStringLiteral("badX") << false;
    QTest::addRow("long status capped") << ("{\"status\":\"" + QByteArray(1000, 'x') + "\"}").toBase64() << true
                                        << QString(200, QLatin1Char('x')) << false;
    QTest::addRow("no status") << b64(R"({"scope":"mail"})") << false << QString() << false;
    QTest::addRow("an array") << b64(R"(["invalid_token"])") << false << QString() << false;
    QTest::addRow("status an object") << b64(R"({"status":{"a":1}})") << false << QString() << false;
    QTest::addRow("not base64") << QByteArray("{\"status\":\"x\"}") << false << QString() << false;
    QTest::addRow("empty") << QByteArray() << false << QString() << false;
    QTest::addRow("over the size limit") << ("{\"status\":\"x\",\"pad\":\"" + QByteArray(5000, 'p') + "\"}").toBase64()
                                         << false << QString() << false;
}

void TestProbeParsers::oauthErrorChallenge()
{
    QFETCH(QByteArray, challenge);
    QFETCH(bool, parsed);
    QFETCH(QString, status);
    QFETCH(bool, scopeMissing);
    const auto error = OAuthErrorChallenge::parse(challenge);
    QCOMPARE(error.has_value(), parsed);
    if (error) {
        QCOMPARE(error->status, status);
        QCOMPARE(error->meaning() == OAuthErrorChallenge::Meaning::ScopeMissing, scopeMissing);
    }
}

void TestProbeParsers::fingerprint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    const QString hex = QStringLiteral("ab").repeated(32);
    QTest::addRow("plain hex") << hex << hex;
    QTest::addRow("colons upper") << QStringLiteral("AB:").repeated(31) + QStringLiteral("AB") << hex;
    QTest::addRow("too short") << QStringLiteral("abcd") << QString();
    QTest::addRow("not hex") << QStringLiteral("zz").repeated(32) << QString();
}

void TestProbeParsers::fingerprint()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QCOMPARE(CertificateInfo::normalizeFingerprint(input), normalized);
}

QTEST_GUILESS_MAIN(TestProbeParsers)
#include "TestProbeParsers.moc"
