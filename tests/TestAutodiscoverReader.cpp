#include "AutodiscoverExporter.h"
#include "AutodiscoverReader.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Portpilot;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AutodiscoverReader::Kind)

// Reading POX Autodiscover responses as Outlook would get them: settings, redirects, errors,
// hostile and broken documents, and the round trip from Portpilot's own AutodiscoverExporter.
class TestAutodiscoverReader : public QObject
{
    Q_OBJECT

private:
    static QByteArray protocol(const QByteArray& type, const QByteArray& server, const QByteArray& port,
                               const QByteArray& extra = "<SSL>on</SSL>")
    {
        return "<Protocol><Type>" + type + "</Type><Server>" + server + "</Server><Port>" + port + "</Port>" + extra +
               "</Protocol>";
    }

    // A response whose <Account> holds `account` (the default: IMAP 993 and SMTP 465 with SSL on).
    static QByteArray response(const QByteArray& account = QByteArray(), const QByteArray& outside = QByteArray())
    {
        const QByteArray servers =
            protocol("IMAP", "imap.example.org", "993") + protocol("SMTP", "smtp.example.org", "465");
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
               "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
               "<Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">" +
               outside + "<Account><AccountType>email</AccountType><Action>settings</Action>" +
               (account.isNull() ? servers : account) + "</Account></Response></Autodiscover>";
    }

    // "imap host:port SSL user auth" per server, incoming first.
    static QStringList compact(const Account& account)
    {
        QStringList out;
        for (const ServerSettings& s : account.incoming + account.outgoing) {
            out.append(u"%1 %2:%3 %4 %5 %6"_s.arg(protocolName(s.protocol), s.hostname)
                           .arg(s.port)
                           .arg(socketTypeName(s.socketType), s.username, authMethodName(s.preferredAuth())));
        }
        return out;
    }

private Q_SLOTS:
    void settings_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("servers");
        const QString user = u"%EMAILADDRESS%"_s;
        const QString pw = u"password-cleartext"_s;
        QTest::newRow("IMAP and SMTP, SSL on: the port decides")
            << response()
            << QStringList{u"imap imap.example.org:993 SSL %1 %2"_s.arg(user, pw),
                           u"smtp smtp.example.org:465 SSL %1 %2"_s.arg(user, pw)};
        // Thunderbird's rule, and what SSL on means on these ports in practice.
        QTest::newRow("SSL on at 143 and 587 is STARTTLS")
            << response(protocol("IMAP", "imap.example.org", "143") + protocol("SMTP", "smtp.example.org", "587"))
            << QStringList{u"imap imap.example.org:143 STARTTLS %1 %2"_s.arg(user, pw),
                           u"smtp smtp.example.org:587 STARTTLS %1 %2"_s.arg(user, pw)};
        QTest::newRow("SSL missing means on")
            << response(protocol("POP3", "pop.example.org", "995", "") + protocol("SMTP", "smtp.example.org", "25", ""))
            << QStringList{u"pop3 pop.example.org:995 SSL %1 %2"_s.arg(user, pw),
                           u"smtp smtp.example.org:25 STARTTLS %1 %2"_s.arg(user, pw)};
        QTest::newRow("SSL off") << response(protocol("IMAP", "imap.example.org", "143", "<SSL>off</SSL>") +
                                             protocol("SMTP", "smtp.example.org", "25", "<SSL>off</SSL>"))
                                 << QStringList{u"imap imap.example.org:143 plain %1 %2"_s.arg(user, pw),
                                                u"smtp smtp.example.org:25 plain %1 %2"_s.arg(user, pw)};
        // Encryption overrides SSL, and says what the port does not.
        QTest::newRow("Encryption SSL on 587, TLS on 993")
            << response(protocol("IMAP", "imap.example.org", "993", "<SSL>on</SSL><Encryption>TLS</Encryption>") +
                        protocol("SMTP", "smtp.example.org", "587", "<SSL>off</SSL><Encryption>SSL</Encryption>"))
            << QStringList{u"imap imap.example.org:993 STARTTLS %1 %2"_s.arg(user, pw),
                           u"smtp smtp.example.org:587 SSL %1 %2"_s.arg(user, pw)};
        QTest::newRow("Encryption None over SSL on")
            << response(protocol("IMAP", "imap.example.org", "993", "<SSL>on</SSL><Encryption>None</Encryption>") +
                        protocol("SMTP", "smtp.example.org", "465", "<Encryption>none</Encryption>"))
            << QStringList{u"imap imap.example.org:993 plain %1 %2"_s.arg(user, pw),
                           u"smtp smtp.example.org:465 plain %1 %2"_s.arg(user, pw)};
        QTest::newRow("Encryption Auto: the port decides")
            << response(protocol("IMAP", "imap.example.org", "993", "<Encryption>Auto</Encryption>") +
                        protocol("SMTP", "smtp.example.org", "587", "<Encryption>Auto</Encryption>"))
            << QStringList{u"imap imap.example.org:993 SSL %1 %2"_s.arg(user, pw),
                           u"smtp smtp.example.org:587 STARTTLS %1 %2"_s.arg(user, pw)};
        QTest::newRow("LoginName, SPA, AuthRequired off")
            << response(protocol("IMAP", "imap.example.org", "993", "<LoginName>jane</LoginName><SPA>on</SPA>") +
                        protocol("SMTP", "smtp.example.org", "465", "<AuthRequired>off</AuthRequired>"))
            << QStringList{u"imap imap.example.org:993 SSL jane password-encrypted"_s,
                           u"smtp smtp.example.org:465 SSL %1 none"_s.arg(user)};
        // Exchange's own entries are not ours to set up; the mail protocols beside them are read.
        QTest::newRow("Exchange entries beside IMAP")
            << response("<Protocol><Type>EXCH</Type><Server>ex.example.org</Server></Protocol>" +
                        protocol("IMAP", "imap.example.org", "993") + "<Protocol><Type>WEB</Type></Protocol>" +
                        protocol("SMTP", "smtp.example.org", "465"))
            << QStringList{u"imap imap.example.org:993 SSL %1 %2"_s.arg(user, pw),
                           u"smtp smtp.example.org:465 SSL %1 %2"_s.arg(user, pw)};
        QTest::newRow("unknown elements, comments, CDATA, white space")
            << response(
                   "<TTL>1</TTL><!-- hi -->" +
                   protocol("IMAP", " imap.example.org ", "<![CDATA[993]]>", "<DomainRequired>off</DomainRequired>") +
                   protocol("SMTP", "smtp.example.org", " 465 ", "<UsePOPAuth>on</UsePOPAuth><Whatever/>"))
            << QStringList{u"imap imap.example.org:993 SSL %1 %2"_s.arg(user, pw),
                           u"smtp smtp.example.org:465 SSL %1 %2"_s.arg(user, pw)};
    }

    void settings()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, servers);
        const AutodiscoverReader::Result result = AutodiscoverReader::read(document);
        QVERIFY2(result.ok(), qPrintable(result.errorWithLocation()));
        QCOMPARE(result.kind, AutodiscoverReader::Kind::Settings);
        QVERIFY(result.account);
        QCOMPARE(compact(*result.account), servers);
    }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<AutodiscoverReader::Kind>("kind");
        QTest::addColumn<QString>("detail"); // the redirect, "code message", or the other protocols
        using K = AutodiscoverReader::Kind;
        QTest::newRow("redirectAddr")
            << response("<Action>redirectAddr</Action><RedirectAddr>anna@other.example</RedirectAddr>")
            << K::RedirectAddress << "anna@other.example";
        QTest::newRow("redirectUrl")
            << response("<Action>redirectUrl</Action><RedirectUrl>https://ad.other.example/autodiscover/"
                        "autodiscover.xml</RedirectUrl>")
            << K::RedirectUrl << "https://ad.other.example/autodiscover/autodiscover.xml";
        QTest::newRow("only Exchange")
            << response("<Protocol><Type>EXCH</Type><Server>ex.example.org</Server></Protocol>"
                        "<Protocol><Type>EXPR</Type></Protocol><Protocol><Type>EXCH</Type></Protocol>")
            << K::ExchangeOnly << "EXCH EXPR";
        QTest::newRow("error inside Account (500)")
            << response("<Error Time=\"1\" Id=\"2\"><ErrorCode>500</ErrorCode><Message>The e-mail address cannot be "
                        "found.</Message><DebugData/></Error>")
            << K::Error << "500 The e-mail address cannot be found.";
        // Exchange's answer to a request it cannot read: the root's namespace throughout.
        QTest::newRow("error in the root namespace (600)")
            << QByteArray("<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/"
                          "2006\"><Response><Error Time=\"16:56:32\" Id=\"1\"><ErrorCode>600</ErrorCode><Message>"
                          "Invalid Request</Message><DebugData /></Error></Response></Autodiscover>")
            << K::Error << "600 Invalid Request";
        // Server text is kept as plain text: markup stays letters, control and direction characters go,
        // long text is cut.
        QTest::newRow("error text with markup")
            << response("<Error><ErrorCode>603</ErrorCode><Message>&lt;b&gt;down&lt;/b&gt;&#x202E;\t\n<i>ignored</i> "
                        "<![CDATA[<script>x</script>]]></Message></Error>")
            << K::Error << "603 <b>down</b> <script>x</script>";
        QTest::newRow("long error text") << response("<Error><ErrorCode>603</ErrorCode><Message>" +
                                                     QByteArray(1500, 'x') + "</Message></Error>")
                                         << K::Error
                                         << u"603 "_s + QString(AutodiscoverReader::MaxMessageLength, u'x') + u'…';
    }

    void answers()
    {
        QFETCH(QByteArray, document);
        QFETCH(AutodiscoverReader::Kind, kind);
        QFETCH(QString, detail);
        const AutodiscoverReader::Result result = AutodiscoverReader::read(document);
        QVERIFY2(result.ok(), qPrintable(result.errorWithLocation()));
        QCOMPARE(result.kind, kind);
        QVERIFY(!result.account);
        switch (kind) {
        case AutodiscoverReader::Kind::Error:
            QCOMPARE(result.errorCode + u' ' + result.message, detail);
            break;
        case AutodiscoverReader::Kind::ExchangeOnly:
            QCOMPARE(result.otherProtocols.join(u' '), detail);
            break;
        default:
            QCOMPARE(result.redirect, detail);
        }
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("error"); // part of the message
        const QByteArray smtp = protocol("SMTP", "smtp.example.org", "465");
        QTest::newRow("empty") << QByteArray("  \n") << "empty";
        QTest::newRow("huge") << QByteArray(AutodiscoverReader::MaxDocumentSize + 1, ' ') << "larger than 64 KiB";
        QTest::newRow("not XML") << QByteArray("Hello") << "not well-formed";
        QTest::newRow("HTML page") << QByteArray("<html><body>It works!</body></html>") << "<html>";
        QTest::newRow("cut off") << response().left(300) << "ends before";
        QTest::newRow("trailing garbage") << response() + "<more/>"
                                          << "not well-formed";
        // (The declaration must come first: the DTD follows it.)
        const auto withDtd = [](const QByteArray& dtd, QByteArray document) {
            return "<?xml version=\"1.0\"?>" + dtd + document.remove(0, document.indexOf('\n') + 1);
        };
        QTest::newRow("DOCTYPE with entities")
            << withDtd("<!DOCTYPE Autodiscover [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>",
                       response(protocol("IMAP", "imap.example.org", "993", "<LoginName>&b;</LoginName>") + smtp))
            << "document type declaration";
        QTest::newRow("external entity")
            << withDtd("<!DOCTYPE Autodiscover [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
                       response(protocol("IMAP", "imap.example.org", "993", "<LoginName>&e;</LoginName>") + smtp))
            << "document type declaration";
        QTest::newRow("undeclared entity") << response(protocol("IMAP", "&e;", "993") + smtp) << "not well-formed";
        // An autoconfig file where Outlook expects POX (a common mix-up).
        QTest::newRow("autoconfig document")
            << QByteArray("<clientConfig version=\"1.1\"><emailProvider id=\"x\"/></clientConfig>") << "<clientConfig>";
        QTest::newRow("root without namespace")
            << QByteArray("<Autodiscover><Response/></Autodiscover>") << "namespace “”";
        QTest::newRow("Outlook's request sent back")
            << AutodiscoverReader::request(u"anna@example.org"_s) << "requestschema/2006";
        QTest::newRow("mobilesync response")
            << QByteArray("<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/"
                          "2006\"><Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/mobilesync/"
                          "responseschema/2006\"><Action/></Response></Autodiscover>")
            << "mobilesync";
        QTest::newRow("no Response")
            << QByteArray("<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/"
                          "2006\"/>")
            << "no <Response>";
        QTest::newRow("settings in the root namespace")
            << QByteArray("<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/"
                          "2006\"><Response><Account><Action>settings</Action></Account></Response></Autodiscover>")
            << "neither an <Account>";
        QTest::newRow("missing Port")
            << response(protocol("IMAP", "imap.example.org", "").replace("<Port></Port>", "") + smtp)
            << "(IMAP) has no <Port>";
        QTest::newRow("Port 0") << response(protocol("IMAP", "imap.example.org", "0") + smtp) << "not “0”";
        QTest::newRow("Port 70000") << response(protocol("IMAP", "imap.example.org", "70000") + smtp) << "not “70000”";
        QTest::newRow("Port -1") << response(protocol("IMAP", "imap.example.org", "-1") + smtp) << "not “-1”";
        QTest::newRow("Port with text") << response(protocol("IMAP", "imap.example.org", "993a") + smtp)
                                        << "not “993a”";
        QTest::newRow("missing Server") << response("<Protocol><Type>IMAP</Type><Port>993</Port></Protocol>" + smtp)
                                        << "has no <Server>";
        QTest::newRow("Server with a slash")
            << response(protocol("IMAP", "imap.example.org/x", "993") + smtp) << "is not a host name";
        QTest::newRow("Server with markup")
            << response(protocol("IMAP", "imap.<b>example</b>.org", "993") + smtp) << "is not a host name";
        QTest::newRow("huge Server") << response(protocol("IMAP", QByteArray(5000, 'a'), "993") + smtp)
                                     << "longer than 2048";
        QTest::newRow("Encryption STARTTLS")
            << response(protocol("IMAP", "imap.example.org", "143", "<Encryption>STARTTLS</Encryption>") + smtp)
            << "unknown <Encryption> “STARTTLS”";
        QTest::newRow("SSL yes") << response(protocol("IMAP", "imap.example.org", "993", "<SSL>yes</SSL>") + smtp)
                                 << "not “yes”";
        QTest::newRow("SPA maybe") << response(protocol("IMAP", "imap.example.org", "993", "<SPA>maybe</SPA>") + smtp)
                                   << "not “maybe”";
        QTest::newRow("no Type") << response("<Protocol><Server>a.example</Server></Protocol>" + smtp) << "no <Type>";
        QTest::newRow("incoming only") << response(protocol("IMAP", "imap.example.org", "993")) << "no outgoing";
        QTest::newRow("outgoing only") << response(smtp) << "no incoming";
        QTest::newRow("no Protocol") << response("") << "describes no server";
        QTest::newRow("AccountType not email")
            << QByteArray(response().replace("<AccountType>email", "<AccountType>mobile")) << "“mobile”";
        QTest::newRow("unknown Action") << QByteArray(response().replace("<Action>settings", "<Action>reboot"))
                                        << "Unknown <Action> “reboot”";
        QTest::newRow("redirectAddr without an address")
            << response("<Action>redirectAddr</Action><RedirectAddr>not an address</RedirectAddr>")
            << "is not an email address";
        QTest::newRow("redirectUrl over plain HTTP")
            << response("<Action>redirectUrl</Action><RedirectUrl>http://ad.example.org/a.xml</RedirectUrl>")
            << "not an https:// address";
    }

    void refused()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, error);
        const AutodiscoverReader::Result result = AutodiscoverReader::read(document);
        QVERIFY(!result.ok());
        QCOMPARE(result.kind, AutodiscoverReader::Kind::Invalid);
        QVERIFY(!result.account);
        QVERIFY2(result.error.contains(error), qPrintable(result.errorWithLocation()));
    }

    // What AutodiscoverExporter writes reads back as the same servers (the exporter's POX is the
    // world's Autodiscover file too).
    void roundTrip_data()
    {
        QTest::addColumn<Protocol>("incoming");
        QTest::addColumn<SocketType>("incomingSocket");
        QTest::addColumn<quint16>("incomingPort");
        QTest::addColumn<SocketType>("outgoingSocket");
        QTest::addColumn<quint16>("outgoingPort");
        QTest::addColumn<AuthMethod>("auth");
        QTest::newRow("IMAP SSL, SMTP SSL") << Protocol::Imap << SocketType::Ssl << quint16(993) << SocketType::Ssl
                                            << quint16(465) << AuthMethod::PasswordCleartext;
        QTest::newRow("IMAP STARTTLS, submission STARTTLS")
            << Protocol::Imap << SocketType::StartTls << quint16(143) << SocketType::StartTls << quint16(587)
            << AuthMethod::PasswordCleartext;
        QTest::newRow("POP3 SSL, SMTP STARTTLS, encrypted password")
            << Protocol::Pop3 << SocketType::Ssl << quint16(995) << SocketType::StartTls << quint16(587)
            << AuthMethod::PasswordEncrypted;
        QTest::newRow("STARTTLS where the port says SSL")
            << Protocol::Imap << SocketType::StartTls << quint16(993) << SocketType::Ssl << quint16(587)
            << AuthMethod::PasswordCleartext;
        QTest::newRow("plain") << Protocol::Pop3 << SocketType::Plain << quint16(110) << SocketType::Plain
                               << quint16(25) << AuthMethod::PasswordCleartext;
    }

    void roundTrip()
    {
        QFETCH(Protocol, incoming);
        QFETCH(SocketType, incomingSocket);
        QFETCH(quint16, incomingPort);
        QFETCH(SocketType, outgoingSocket);
        QFETCH(quint16, outgoingPort);
        QFETCH(AuthMethod, auth);
        Account account;
        account.emailAddress = u"jane@example.org"_s;
        account.realName = u"Jane <Doe> & Þóra"_s;
        ServerSettings in;
        in.protocol = incoming;
        in.hostname = u"mail.example.org"_s;
        in.port = incomingPort;
        in.socketType = incomingSocket;
        in.authMethods = {auth};
        in.username = u"jane@example.org"_s;
        ServerSettings out = in;
        out.protocol = Protocol::Smtp;
        out.hostname = u"smtp.example.org"_s;
        out.port = outgoingPort;
        out.socketType = outgoingSocket;
        account.incoming = {in};
        account.outgoing = {out};
        const Exporter::Result written = AutodiscoverExporter().exportAccount(account);
        QVERIFY2(written.ok(), qPrintable(written.error));
        const AutodiscoverReader::Result read = AutodiscoverReader::read(written.files.constFirst().data);
        QVERIFY2(read.ok(), qPrintable(read.errorWithLocation()));
        QCOMPARE(read.kind, AutodiscoverReader::Kind::Settings);
        QCOMPARE(compact(*read.account), compact(account));
        QCOMPARE(read.account->realName, account.realName);
    }

    // Outlook's question: its namespaces, the address escaped, nothing else.
    void request()
    {
        const QByteArray body = AutodiscoverReader::request(u"a&b<c>@example.org"_s);
        QXmlStreamReader xml(body);
        QStringList seen;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                seen.append(xml.name().toString());
                QCOMPARE(xml.namespaceUri(),
                         u"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"_s);
                if (xml.name() == u"EMailAddress") {
                    QCOMPARE(xml.readElementText(), u"a&b<c>@example.org"_s);
                } else if (xml.name() == u"AcceptableResponseSchema") {
                    QCOMPARE(xml.readElementText(),
                             u"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"_s);
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(seen,
                 (QStringList{u"Autodiscover"_s, u"Request"_s, u"EMailAddress"_s, u"AcceptableResponseSchema"_s}));
    }
};

QTEST_GUILESS_MAIN(TestAutodiscoverReader)
#include "TestAutodiscoverReader.moc"
