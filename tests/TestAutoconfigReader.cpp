#include "AutoconfigReader.h"
#include "AutoconfigWriter.h"

#include <QFile>
#include <QTest>

using namespace Portpilot;

// Reading Mozilla's clientConfig format: good documents, every kind of malformed one,
// and the write→read round trip.
class TestAutoconfigReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryElement();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void acceptsVariants_data();
    void acceptsVariants();
    void roundTrip_data();
    void roundTrip();
    void writerNeverWritesPasswordByDefault();
    void refusesOversizedFile();
    void readsDiscoveryAttributes();
};

namespace {

QByteArray readData(const QString& name)
{
    QFile f(QStringLiteral(PORTPILOT_TEST_DATA "/autoconfig/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing test data %s", qPrintable(name));
    }
    return f.readAll();
}

// A minimal valid document with one IMAP and one SMTP server; `imap` and `smtp` replace the servers' inner XML.
QByteArray document(const QByteArray& imap, const QByteArray& smtp = QByteArray())
{
    const QByteArray defaultImap = "<hostname>imap.example.test</hostname><port>993</port><socketType>SSL</socketType>"
                                   "<username>%EMAILADDRESS%</username>"
                                   "<authentication>password-cleartext</authentication>";
    const QByteArray defaultSmtp = "<hostname>smtp.example.test</hostname><port>465</port><socketType>SSL</socketType>"
                                   "<username>%EMAILADDRESS%</username>"
                                   "<authentication>password-cleartext</authentication>";
    return "<clientConfig version=\"1.1\"><emailProvider id=\"example.test\"><domain>example.test</domain>"
           "<incomingServer type=\"imap\">" +
           (imap.isNull() ? defaultImap : imap) + "</incomingServer><outgoingServer type=\"smtp\">" +
           (smtp.isNull() ? defaultSmtp : smtp) + "</outgoingServer></emailProvider></clientConfig>";
}

} // namespace

void TestAutoconfigReader::readsEveryElement()
{
    const auto result = AutoconfigReader::read(readData(QStringLiteral("full.xml")));
    QVERIFY2(result.ok(), qPrintable(result.errorWithLocation()));
    const Account& a = *result.account;

    QCOMPARE(a.provider.id, QStringLiteral("example.test"));
    QCOMPARE(a.provider.domains,
             (QList<QString>{QStringLiteral("example.test"), QStringLiteral("example-alias.test")}));
    QCOMPARE(a.provider.displayName, QStringLiteral("Example Mail for %REALNAME%"));
    QCOMPARE(a.provider.displayShortName, QStringLiteral("Example"));

    // The exchange server is skipped with a warning, not an error.
    QCOMPARE(a.incoming.size(), 2);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(QLatin1String("exchange")));

    const ServerSettings& imap = a.incoming.at(0);
    QCOMPARE(imap.protocol, Protocol::Imap);
    QCOMPARE(imap.hostname, QStringLiteral("imap.%EMAILDOMAIN%"));
    QCOMPARE(imap.port, quint16(993));
    QCOMPARE(imap.socketType, SocketType::Ssl);
    QCOMPARE(imap.username, QStringLiteral("%EMAILADDRESS%"));
    QCOMPARE(imap.authMethods, (QList<AuthMethod>{AuthMethod::OAuth2, AuthMethod::PasswordCleartext}));

    const ServerSettings& pop = a.incoming.at(1);
    QCOMPARE(pop.protocol, Protocol::Pop3);
    QCOMPARE(pop.leaveMessagesOnServer, false);
    QCOMPARE(pop.daysToLeaveMessagesOnServer, 7);
    QCOMPARE(pop.downloadOnBiff, true);
    QCOMPARE(pop.checkIntervalMinutes, 15);
    QCOMPARE(pop.authMethods, QList<AuthMethod>{AuthMethod::PasswordEncrypted});

    QCOMPARE(a.outgoing.size(), 1);
    const ServerSettings& smtp = a.outgoing.first();
    QCOMPARE(smtp.protocol, Protocol::Smtp);
    QCOMPARE(smtp.socketType, SocketType::StartTls);
    QCOMPARE(smtp.restriction, QStringLiteral("client-IP-address"));
    QCOMPARE(smtp.useGlobalPreferredServer, 0);
    QCOMPARE(smtp.addThisServer, -1);

    QCOMPARE(a.provider.documentation.size(), 1);
    QCOMPARE(a.provider.documentation.first().url, QStringLiteral("https://example.test/help/imap"));
    QCOMPARE(ProviderInfo::pick(a.provider.documentation.first().descriptions, QStringLiteral("is")),
             QStringLiteral("Stilla IMAP"));
    QCOMPARE(a.provider.enable.size(), 1);
    QCOMPARE(a.provider.enable.first().visitUrl, QStringLiteral("https://example.test/settings"));
    QCOMPARE(ProviderInfo::pick(a.provider.enable.first().instructions, QStringLiteral("de")),
             QStringLiteral("Turn on IMAP in webmail first."));
    QCOMPARE(a.provider.oauth2.issuer, QStringLiteral("login.example.test"));
    QCOMPARE(a.provider.oauth2.tokenUrl, QStringLiteral("https://login.example.test/token"));
    QCOMPARE(a.provider.oauth2.clientId, QStringLiteral("portpilot-example"));
    QCOMPARE(a.provider.webmailUrl, QStringLiteral("https://webmail.example.test/"));

    const Account filled = a.resolved(QStringLiteral("jón@example.test"), QStringLiteral("Jón Jónsson"));
    QCOMPARE(filled.incoming.at(0).hostname, QStringLiteral("imap.example.test"));
    QCOMPARE(filled.incoming.at(0).username, QStringLiteral("jón@example.test"));
    QCOMPARE(filled.incoming.at(1).username, QStringLiteral("jón"));
    QCOMPARE(filled.provider.displayName, QStringLiteral("Example Mail for Jón Jónsson"));
}

void TestAutoconfigReader::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedError"); // a fragment of the message

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("not xml") << QByteArray("hello") << QStringLiteral("not well-formed");
    QTest::newRow("truncated") << document({}).left(120) << QStringLiteral("ends before");
    QTest::newRow("wrong root") << QByteArray("<html><body/></html>") << QStringLiteral("root element is <html>");
    QTest::newRow("DTD with entities") << readData(QStringLiteral("with-dtd.xml")) << QStringLiteral("DTD");
    QTest::newRow("external entity")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE c SYSTEM \"file:///etc/passwd\"><clientConfig/>")
        << QStringLiteral("DTD");
    // UTF-7 reads "+365+Email" in a link as other characters (fuzz_autoconfig).
    QTest::newRow("UTF-7") << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-7\"?>") + document({})
                           << QStringLiteral("character encoding “UTF-7”");
    QTest::newRow("UTF-16 declared over ASCII")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-16\"?>") + document({}) << QStringLiteral("UTF-16");
    QTest::newRow("undeclared entity") << document("<hostname>&evil;</hostname>") << QStringLiteral("not well-formed");
    QTest::newRow("no provider") << QByteArray("<clientConfig version=\"1.1\"/>") << QStringLiteral("<emailProvider>");
    QTest::newRow("no domain")
        << QByteArray("<clientConfig><emailProvider id=\"x\"><incomingServer type=\"imap\"><hostname>a.b</hostname>"
                      "<port>1</port><socketType>SSL</socketType><username>u</username>"
                      "<authentication>none</authentication></incomingServer></emailProvider></clientConfig>")
        << QStringLiteral("<domain>");
    QTest::newRow("no servers")
        << QByteArray("<clientConfig><emailProvider id=\"x\"><domain>x.test</domain></emailProvider></clientConfig>")
        << QStringLiteral("no IMAP, POP3 or SMTP server");
    const QByteArray imap = "<incomingServer type=\"imap\"><hostname>a.test</hostname><port>993</port>"
                            "<socketType>SSL</socketType><username>u</username>"
                            "<authentication>password-cleartext</authentication></incomingServer>";
    const QByteArray smtp = "<outgoingServer type=\"smtp\"><hostname>s.test</hostname><port>465</port>"
                            "<socketType>SSL</socketType><username>u</username>"
                            "<authentication>password-cleartext</authentication></outgoingServer>";
    const QByteArray exchange = "<incomingServer type=\"exchange\"><hostname>e.test</hostname></incomingServer>";
    auto provider = [](const QByteArray& servers) {
        return "<clientConfig><emailProvider id=\"x\"><domain>x.test</domain>" + servers +
               "</emailProvider></clientConfig>";
    };
    // Either side without a server Portpilot can set up: nothing to set up there, so no answer.
    QTest::newRow("incoming only") << provider(imap) << QStringLiteral("no outgoing (SMTP) server");
    QTest::newRow("outgoing only") << provider(smtp) << QStringLiteral("no incoming (IMAP or POP3) server");
    QTest::newRow("only an Exchange incoming server")
        << provider(exchange + smtp) << QStringLiteral("no incoming (IMAP or POP3) server");
    QTest::newRow("port zero") << document("<hostname>a.test</hostname><port>0</port><socketType>SSL</socketType>"
                                           "<username>u</username><authentication>password-cleartext</authentication>")
                               << QStringLiteral("from 1 to 65535, not “0”");
    QTest::newRow("port too large") << document(
                                           "<hostname>a.test</hostname><port>65536</port><socketType>SSL</socketType>"
                                           "<username>u</username><authentication>password-cleartext</authentication>")
                                    << QStringLiteral("not “65536”");
    QTest::newRow("port not a number")
        << document("<hostname>a.test</hostname><port>99x</port><socketType>SSL</socketType>"
                    "<username>u</username><authentication>password-cleartext</authentication>")
        << QStringLiteral("not “99x”");
    QTest::newRow("hostname with space")
        << document("<hostname>imap .test</hostname><port>993</port><socketType>SSL</socketType>"
                    "<username>u</username><authentication>password-cleartext</authentication>")
        << QStringLiteral("“imap .test” contains characters");
    QTest::newRow("hostname with slash")
        << document("<hostname>evil.test/x</hostname><port>993</port><socketType>SSL</socketType>"
                    "<username>u</username><authentication>password-cleartext</authentication>")
        << QStringLiteral("contains characters");
    QTest::newRow("hostname empty") << document(
                                           "<hostname></hostname><port>993</port><socketType>SSL</socketType>"
                                           "<username>u</username><authentication>password-cleartext</authentication>")
                                    << QStringLiteral("contains characters");
    QTest::newRow("hostname label too long")
        << document("<hostname>" + QByteArray(64, 'a') +
                    ".test</hostname><port>993</port><socketType>SSL</socketType>"
                    "<username>u</username><authentication>password-cleartext</authentication>")
        << QStringLiteral("contains characters");
    QTest::newRow("unknown socketType")
        << document("<hostname>a.test</hostname><port>993</port><socketType>TLS</socketType>"
                    "<username>u</username><authentication>password-cleartext</authentication>")
        << QStringLiteral("unknown socketType “TLS”");
    QTest::newRow("unknown authentication")
        << document("<hostname>a.test</hostname><port>993</port><socketType>SSL</socketType>"
                    "<username>u</username><authentication>magic</authentication>")
        << QStringLiteral("unknown authentication “magic”");
    QTest::newRow("incoming with outgoing-only auth")
        << document("<hostname>a.test</hostname><port>993</port><socketType>SSL</socketType>"
                    "<username>u</username><authentication>client-IP-address</authentication>")
        << QStringLiteral("unknown authentication “client-IP-address”");
    QTest::newRow("missing hostname") << document("<port>993</port><socketType>SSL</socketType><username>u</username>"
                                                  "<authentication>password-cleartext</authentication>")
                                      << QStringLiteral("has no <hostname>");
    QTest::newRow("missing port") << document(
                                         "<hostname>a.test</hostname><socketType>SSL</socketType><username>u</username>"
                                         "<authentication>password-cleartext</authentication>")
                                  << QStringLiteral("has no <port>");
    QTest::newRow("missing socketType") << document("<hostname>a.test</hostname><port>993</port><username>u</username>"
                                                    "<authentication>password-cleartext</authentication>")
                                        << QStringLiteral("has no <socketType>");
    QTest::newRow("missing authentication")
        << document("<hostname>a.test</hostname><port>993</port><socketType>SSL</socketType><username>u</username>")
        << QStringLiteral("has no <authentication>");
    QTest::newRow("missing username") << document(
                                             "<hostname>a.test</hostname><port>993</port><socketType>SSL</socketType>"
                                             "<authentication>password-cleartext</authentication>")
                                      << QStringLiteral("has no <username>");
    QTest::newRow("server without type")
        << QByteArray("<clientConfig><emailProvider id=\"x\"><domain>x.test</domain><incomingServer/>"
                      "</emailProvider></clientConfig>")
        << QStringLiteral("no type attribute");
    QTest::newRow("bad boolean")
        << document("<hostname>a.test</hostname><port>993</port><socketType>SSL</socketType><username>u</username>"
                    "<authentication>password-cleartext</authentication>",
                    "<hostname>s.test</hostname><port>465</port><socketType>SSL</socketType><username>u</username>"
                    "<authentication>none</authentication><addThisServer>yes</addThisServer>")
        << QStringLiteral("“true” or “false”, not “yes”");
    QTest::newRow("huge text") << document("<hostname>" + QByteArray(5000, 'a') + "</hostname>")
                               << QStringLiteral("longer than 2048");
    QTest::newRow("trailing garbage") << document({}) + "<extra>" << QStringLiteral("well-formed");
    QTest::newRow("bad approval domain")
        << QByteArray("<clientConfig><emailProvider id=\"x\"><domain>x.test</domain>"
                      "<incomingServer type=\"imap\" approvalNeeded=\"ev il\"><hostname>a.test</hostname><port>1</port>"
                      "<socketType>SSL</socketType><username>u</username>"
                      "<authentication>password-cleartext</authentication></incomingServer>"
                      "</emailProvider></clientConfig>")
        << QStringLiteral("approvalNeeded");
}

void TestAutoconfigReader::rejectsMalformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedError);

    const auto result = AutoconfigReader::read(input);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expectedError),
             qPrintable(QStringLiteral("error was: %1").arg(result.errorWithLocation())));
}

void TestAutoconfigReader::acceptsVariants_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<SocketType>("socketType");
    QTest::addColumn<QList<AuthMethod>>("auth");

    QTest::newRow("deprecated plain alias")
        << document("<hostname>a.test</hostname><port>143</port><socketType>STARTTLS</socketType>"
                    "<username>u</username><authentication>plain</authentication>")
        << QStringLiteral("a.test") << SocketType::StartTls << QList<AuthMethod>{AuthMethod::PasswordCleartext};
    QTest::newRow("first known socketType wins")
        << document("<hostname>a.test</hostname><port>143</port><socketType>TLS</socketType>"
                    "<socketType>plain</socketType><socketType>SSL</socketType>"
                    "<username>u</username><authentication>password-encrypted</authentication>")
        << QStringLiteral("a.test") << SocketType::Plain << QList<AuthMethod>{AuthMethod::PasswordEncrypted};
    QTest::newRow("unknown auth skipped when another is known")
        << document("<hostname>a.test</hostname><port>993</port><socketType>SSL</socketType>"
                    "<username>u</username><authentication>future-auth</authentication>"
                    "<authentication>GSSAPI</authentication><authentication>NTLM</authentication>")
        << QStringLiteral("a.test") << SocketType::Ssl << QList<AuthMethod>{AuthMethod::Gssapi, AuthMethod::Ntlm};
    QTest::newRow("whitespace around values")
        << document("<hostname>\n  a.test \n</hostname><port> 993 </port><socketType> SSL </socketType>"
                    "<username>u</username><authentication>\tpassword-cleartext\n</authentication>")
        << QStringLiteral("a.test") << SocketType::Ssl << QList<AuthMethod>{AuthMethod::PasswordCleartext};
    QTest::newRow("declared Latin-1")
        << QByteArray("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>") +
               document("<hostname>a.test</hostname><port>993</port><socketType>SSL</socketType>"
                        "<username>u</username><authentication>password-cleartext</authentication>")
        << QStringLiteral("a.test") << SocketType::Ssl << QList<AuthMethod>{AuthMethod::PasswordCleartext};
    QTest::newRow("IDN hostname")
        << document("<hostname>póstur.dæmi.is</hostname><port>993</port><socketType>SSL</socketType>"
                    "<username>u</username><authentication>password-cleartext</authentication>")
        << QStringLiteral("póstur.dæmi.is") << SocketType::Ssl << QList<AuthMethod>{AuthMethod::PasswordCleartext};
    QTest::newRow("CDATA and comments") << document(
                                               "<!-- note --><hostname><![CDATA[a.test]]></hostname><port>993</port>"
                                               "<socketType>SSL</socketType><username>u</username>"
                                               "<authentication>password-cleartext</authentication>")
                                        << QStringLiteral("a.test") << SocketType::Ssl
                                        << QList<AuthMethod>{AuthMethod::PasswordCleartext};
    QTest::newRow("unknown child elements")
        << document("<future><deep><deeper/></deep></future><hostname>a.test</hostname><port>993</port>"
                    "<socketType>SSL</socketType><username>u</username>"
                    "<authentication>password-cleartext</authentication>")
        << QStringLiteral("a.test") << SocketType::Ssl << QList<AuthMethod>{AuthMethod::PasswordCleartext};
}

void TestAutoconfigReader::acceptsVariants()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, hostname);
    QFETCH(SocketType, socketType);
    QFETCH(QList<AuthMethod>, auth);

    const auto result = AutoconfigReader::read(input);
    QVERIFY2(result.ok(), qPrintable(result.errorWithLocation()));
    QCOMPARE(result.account->incoming.size(), 1);
    const ServerSettings& s = result.account->incoming.first();
    QCOMPARE(s.hostname, hostname);
    QCOMPARE(s.socketType, socketType);
    QCOMPARE(s.authMethods, auth);
}

void TestAutoconfigReader::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("full") << readData(QStringLiteral("full.xml"));
    QTest::newRow("minimal") << document({});
    QTest::newRow("special characters") << document(
        "<hostname>a.test</hostname><port>993</port><socketType>SSL</socketType>"
        "<username>&quot;x&quot; &lt;y&gt; &amp; #z</username>"
        "<authentication>password-cleartext</authentication>");
    // POP3's settings on an IMAP server's entry are ignored, so writing loses nothing (fuzz_autoconfig).
    QTest::newRow("pop3 block on an IMAP server")
        << document("<hostname>a.test</hostname><port>993</port><socketType>SSL</socketType><username>u</username>"
                    "<authentication>password-cleartext</authentication>"
                    "<pop3><leaveMessagesOnServer>true</leaveMessagesOnServer><checkInterval minutes=\"15\"/></pop3>");
}

void TestAutoconfigReader::roundTrip()
{
    QFETCH(QByteArray, input);
    const auto first = AutoconfigReader::read(input);
    QVERIFY2(first.ok(), qPrintable(first.errorWithLocation()));
    const QByteArray written = AutoconfigWriter::write(*first.account);
    const auto second = AutoconfigReader::read(written);
    QVERIFY2(second.ok(), qPrintable(second.errorWithLocation() + QLatin1Char('\n') + QString::fromUtf8(written)));
    QCOMPARE(*second.account, *first.account);
    // Writing is stable: the second write is byte-identical.
    QCOMPARE(AutoconfigWriter::write(*second.account), written);
}

void TestAutoconfigReader::writerNeverWritesPasswordByDefault()
{
    const auto result = AutoconfigReader::read(
        document("<hostname>a.test</hostname><port>993</port><socketType>SSL</socketType><username>u</username>"
                 "<password>hunter2</password><authentication>password-cleartext</authentication>"));
    QVERIFY(result.ok());
    QCOMPARE(result.account->incoming.first().password, QStringLiteral("hunter2"));
    QVERIFY(!AutoconfigWriter::write(*result.account).contains("hunter2"));
    AutoconfigWriter::Options options;
    options.includePassword = true;
    QVERIFY(AutoconfigWriter::write(*result.account, options).contains("hunter2"));
}

void TestAutoconfigReader::refusesOversizedFile()
{
    QByteArray big = document({});
    big.insert(big.indexOf("<domain>"), QByteArray(AutoconfigReader::MaxDocumentSize, ' '));
    const auto result = AutoconfigReader::read(big);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("larger than")));
}

void TestAutoconfigReader::readsDiscoveryAttributes()
{
    const QByteArray input =
        "<clientConfig><emailProvider id=\"x\"><domain>x.test</domain>"
        "<incomingServer type=\"imap\" source=\"guess\" approvalNeeded=\"hoster.test\" certificateProblem=\"true\">"
        "<hostname>imap.hoster.test</hostname><port>993</port><socketType>SSL</socketType><username/>"
        "<authentication>password-cleartext</authentication></incomingServer>"
        "<outgoingServer type=\"smtp\" source=\"mx\"><hostname>smtp.hoster.test</hostname><port>465</port>"
        "<socketType>SSL</socketType><authentication>password-cleartext</authentication></outgoingServer>"
        "</emailProvider></clientConfig>";
    const auto result = AutoconfigReader::read(input);
    QVERIFY2(result.ok(), qPrintable(result.errorWithLocation()));
    const ServerSettings& s = result.account->incoming.first();
    QCOMPARE(s.source, ConfigSource::Guess);
    QCOMPARE(s.approvalNeeded, QStringLiteral("hoster.test"));
    QVERIFY(s.certificateProblem);
    QVERIFY(s.username.isEmpty());
    QCOMPARE(result.account->outgoing.first().source, ConfigSource::Mx);
    QVERIFY(result.account->outgoing.first().approvalNeeded.isEmpty());
}

QTEST_GUILESS_MAIN(TestAutoconfigReader)
#include "TestAutoconfigReader.moc"
