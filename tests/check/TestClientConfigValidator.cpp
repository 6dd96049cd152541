#include "AutoconfigGrammar.h"
#include "AutoconfigReader.h"
#include "ClientConfigValidator.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

using namespace Portpilot;
using namespace Qt::StringLiterals;

// ClientConfigValidator without a network: each row changes one thing in a valid document and
// names the kinds of issue that must come out (and a word of their text).
class TestClientConfigValidator : public QObject
{
    Q_OBJECT

private:
    static QByteArray base()
    {
        // (Ordinary string literals: moc does not read raw ones.)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<clientConfig version=\"1.1\">\n"
               "  <emailProvider id=\"example.org\">\n"
               "    <domain>example.org</domain>\n"
               "    <displayName>Example</displayName>\n"
               "    <incomingServer type=\"imap\">\n"
               "      <hostname>imap.example.org</hostname>\n"
               "      <port>993</port>\n"
               "      <socketType>SSL</socketType>\n"
               "      <authentication>password-cleartext</authentication>\n"
               "      <username>%EMAILADDRESS%</username>\n"
               "    </incomingServer>\n"
               "    <outgoingServer type=\"smtp\">\n"
               "      <hostname>smtp.example.org</hostname>\n"
               "      <port>465</port>\n"
               "      <socketType>SSL</socketType>\n"
               "      <authentication>password-cleartext</authentication>\n"
               "      <username>%EMAILLOCALPART%</username>\n"
               "    </outgoingServer>\n"
               "    <documentation url=\"https://example.org/help?a=%20b\"><descr lang=\"en\">Help for %REALNAME% at "
               "%EMAILDOMAIN%</descr></documentation>\n"
               "  </emailProvider>\n"
               "</clientConfig>\n";
    }

    static QByteArray changed(const QByteArray& from, const QByteArray& to)
    {
        QByteArray document = base();
        if (!document.contains(from)) {
            qFatal("the base document has no %s", from.constData());
        }
        return document.replace(from, to);
    }

    static QByteArray oauth2(const QByteArray& block, const QByteArray& version = "1.1")
    {
        QByteArray document = changed("</emailProvider>", "</emailProvider>\n  " + block);
        return document.replace("version=\"1.1\"", "version=\"" + version + "\"");
    }

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("kinds"); // kindName() of each issue, in order
        QTest::addColumn<QString>("word");      // in the first issue's text

        QTest::newRow("valid") << base() << QStringList{} << "";
        QTest::newRow("valid 1.2 with everything")
            << oauth2("<oAuth2><issuer>login.example.org</issuer><scope>mail</scope>"
                      "<authURL>https://login.example.org/auth</authURL>"
                      "<tokenURL>https://login.example.org/token</tokenURL></oAuth2>",
                      "1.2")
            << QStringList{} << "";
        QTest::newRow("no port") << changed("<port>993</port>", "") << QStringList{u"schema"_s} << "no <port>";
        QTest::newRow("port 0") << changed("<port>993</port>", "<port>0</port>") << QStringList{u"schema"_s}
                                << "whole number above 0";
        QTest::newRow("port 70000") << changed("<port>465</port>", "<port>70000</port>") << QStringList{u"schema"_s}
                                    << "70000";
        QTest::newRow("port not a number")
            << changed("<port>993</port>", "<port>imaps</port>") << QStringList{u"schema"_s} << "imaps";
        QTest::newRow("socketType TLS")
            << changed("<socketType>SSL</socketType>\n      <authentication>password-cleartext</authentication>\n      "
                       "<username>%EMAILADDRESS%",
                       "<socketType>TLS</socketType>\n      <authentication>password-cleartext</authentication>\n      "
                       "<username>%EMAILADDRESS%")
            << QStringList{u"schema"_s} << "TLS";
        QTest::newRow("socketType lower case")
            << changed("<socketType>SSL</socketType>\n      <authentication>password-cleartext</authentication>\n      "
                       "<username>%EMAILLOCALPART%",
                       "<socketType>ssl</socketType>\n      <authentication>password-cleartext</authentication>\n      "
                       "<username>%EMAILLOCALPART%")
            << QStringList{u"schema"_s} << "ssl";
        QTest::newRow("no hostname") << changed("<hostname>smtp.example.org</hostname>", "") << QStringList{u"schema"_s}
                                     << "no <hostname>";
        QTest::newRow("unknown authentication")
            << changed("<authentication>password-cleartext</authentication>\n      <username>%EMAILADDRESS%",
                       "<authentication>password-plain</authentication>\n      <username>%EMAILADDRESS%")
            << QStringList{u"schema"_s} << "password-plain";
        QTest::newRow("no username on the outgoing server")
            << changed("<username>%EMAILLOCALPART%</username>", "") << QStringList{u"schema"_s} << "no <username>";
        QTest::newRow("no type") << changed("<incomingServer type=\"imap\">", "<incomingServer>")
                                 << QStringList{u"schema"_s} << "“type”";
        QTest::newRow("no emailProvider id") << changed(" id=\"example.org\"", "") << QStringList{u"schema"_s} << "id";
        QTest::newRow("no domain") << changed("<domain>example.org</domain>", "") << QStringList{u"schema"_s}
                                   << "<domain>";
        QTest::newRow("no version") << changed(" version=\"1.1\"", "") << QStringList{u"schema"_s} << "version";
        QTest::newRow("unknown element") << changed("<displayName>", "<colour>blue</colour><displayName>")
                                         << QStringList{u"unknown-element"_s} << "<colour>";
        QTest::newRow("unknown element in a server") << changed("<port>993</port>", "<port>993</port><tls>yes</tls>")
                                                     << QStringList{u"unknown-element"_s} << "<tls>";
        QTest::newRow("unknown placeholder")
            << changed("%EMAILLOCALPART%", "%FOO%") << QStringList{u"placeholder"_s} << "%FOO%";
        QTest::newRow("misspelled placeholder")
            << changed("%EMAILADDRESS%", "%EMAILADRESS%") << QStringList{u"placeholder"_s} << "%EMAILADDRESS%";
        QTest::newRow("placeholder in lower case")
            << changed("%EMAILADDRESS%", "%emailaddress%") << QStringList{u"placeholder"_s} << "%EMAILADDRESS%";
        QTest::newRow("placeholder without its closing %")
            << changed("%EMAILADDRESS%", "%EMAILADDRESS") << QStringList{u"placeholder"_s} << "closing";
        QTest::newRow("unknown placeholder in a skipped element")
            << changed("%REALNAME%", "%NAME%") << QStringList{u"placeholder"_s} << "%NAME%";
        QTest::newRow("oAuth2 in a 1.1 document")
            << oauth2("<oAuth2><issuer>login.example.org</issuer><scope>mail</scope>"
                      "<authURL>https://login.example.org/auth</authURL>"
                      "<tokenURL>https://login.example.org/token</tokenURL></oAuth2>")
            << QStringList{u"version"_s} << "<oAuth2>";
        QTest::newRow("URL-based server in a 1.1 document")
            << changed("</incomingServer>",
                       "</incomingServer><incomingServer type=\"jmap\"><url>https://jmap.example.org/"
                       ".well-known/jmap</url><authentication>password-cleartext</authentication>"
                       "</incomingServer>")
            << QStringList{u"version"_s} << "jmap";
        QTest::newRow("ranked authentication in a 1.1 document")
            << changed("<authentication>password-cleartext</authentication>\n      <username>%EMAILADDRESS%",
                       "<authentication rank=\"1\">password-cleartext</authentication>\n      "
                       "<username>%EMAILADDRESS%")
            << QStringList{u"version"_s} << "ranked";
        QTest::newRow("unknown version") << changed("version=\"1.1\"", "version=\"2.0\"") << QStringList{u"version"_s}
                                         << "2.0";
        QTest::newRow("oAuth2 without tokenURL")
            << oauth2("<oAuth2><issuer>login.example.org</issuer><scope>mail</scope>"
                      "<authURL>https://login.example.org/auth</authURL></oAuth2>",
                      "1.2")
            << QStringList{u"oauth2"_s} << "<tokenURL>";
        QTest::newRow("oAuth2 over plain HTTP")
            << oauth2("<oAuth2><issuer>login.example.org</issuer><scope>mail</scope>"
                      "<authURL>http://login.example.org/auth</authURL>"
                      "<tokenURL>https://login.example.org/token</tokenURL></oAuth2>",
                      "1.2")
            << QStringList{u"oauth2"_s} << "http://login.example.org/auth";
        QTest::newRow("oAuth2 issuer not a name")
            << oauth2("<oAuth2><issuer>not a host</issuer><scope>mail</scope>"
                      "<authURL>https://login.example.org/auth</authURL>"
                      "<tokenURL>https://login.example.org/token</tokenURL></oAuth2>",
                      "1.2")
            << QStringList{u"oauth2"_s} << "not a host";
        // Not for the validator: AutoconfigReader reports these.
        QTest::newRow("cut off") << base().left(300) << QStringList{} << "";
        QTest::newRow("another root") << QByteArray("<html><body>hello</body></html>") << QStringList{} << "";
        QTest::newRow("empty") << QByteArray() << QStringList{} << "";
        QTest::newRow("DTD") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>"
                                           "<clientConfig version=\"1.1\">&a;</clientConfig>")
                             << QStringList{} << "";
    }

    void validate()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, kinds);
        QFETCH(QString, word);
        const QList<ClientConfigValidator::Issue> issues = ClientConfigValidator::validate(document);
        QStringList found;
        QStringList texts;
        for (const ClientConfigValidator::Issue& issue : issues) {
            found.append(ClientConfigValidator::kindName(issue.kind));
            texts.append(issue.text);
        }
        QVERIFY2(found == kinds, qPrintable(texts.join(u" | "_s)));
        if (!word.isEmpty()) {
            QVERIFY2(texts.constFirst().contains(word), qPrintable(texts.constFirst()));
            QVERIFY(issues.constFirst().line > 0);
        }
    }

    // The draft's RELAX NG grammar (AutoconfigGrammar): what it catches, in plain words at the
    // line of the element; and what the permissive grammar lets pass.
    void grammar_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("word"); // in the first issue's text
        QTest::addColumn<QList<qint64>>("lines");

        QTest::newRow("no emailProvider id") << changed(" id=\"example.org\"", "") << QStringList{u"schema"_s}
                                             << "<emailProvider> has no “id” attribute" << QList<qint64>{3};
        QTest::newRow("no clientConfig version") << changed(" version=\"1.1\"", "") << QStringList{u"schema"_s}
                                                 << "<clientConfig> has no “version”" << QList<qint64>{2};
        QTest::newRow("incomingServer without type")
            << changed("<incomingServer type=\"imap\">", "<incomingServer>") << QStringList{u"schema"_s}
            << "<incomingServer> has no “type”" << QList<qint64>{6};
        QTest::newRow("documentation without url")
            << changed("<documentation url=\"https://example.org/help?a=%20b\">", "<documentation>")
            << QStringList{u"schema"_s} << "<documentation> has no “url”" << QList<qint64>{20};
        QTest::newRow("clientConfigUpdate without url")
            << changed("</emailProvider>", "</emailProvider>\n  <clientConfigUpdate/>") << QStringList{u"schema"_s}
            << "<clientConfigUpdate> has no “url”" << QList<qint64>{22};
        QTest::newRow("port not a number")
            << changed("<port>993</port>", "<port>imaps</port>") << QStringList{u"schema"_s}
            << "<port> must be a whole number above 0, not “imaps”" << QList<qint64>{8};
        QTest::newRow("hostname in emailProvider")
            << changed("<displayName>", "<hostname>mail.example.org</hostname><displayName>")
            << QStringList{u"schema"_s}
            << "<hostname> does not belong inside <emailProvider>; the format has it in <addressbook>"
            << QList<qint64>{5};
        QTest::newRow("calendar in emailProvider")
            << changed("<displayName>", "<calendar type=\"caldav\"><url>https://dav.example.org/</url></calendar>"
                                        "<displayName>")
            << QStringList{u"schema"_s}
            << "<calendar> does not belong inside <emailProvider>; the format has it in "
               "<clientConfig>"
            << QList<qint64>{5};
        QTest::newRow("element inside a value")
            << changed("<hostname>imap.example.org</hostname>", "<hostname>imap.example.org<b/></hostname>")
            << QStringList{u"schema"_s} << "<b> does not belong inside <hostname>" << QList<qint64>{7};
        QTest::newRow("text between a server's elements")
            << changed("<port>993</port>", "<port>993</port>stray") << QStringList{u"schema"_s}
            << "<incomingServer> holds the text “stray”" << QList<qint64>{6};
        QTest::newRow("two places, both reported")
            << changed(" id=\"example.org\"", "").replace("<port>465</port>", "<port>smtps</port>")
            << QStringList{u"schema"_s, u"schema"_s} << "“id”" << QList<qint64>{3, 15};
        QTest::newRow("grammar and own rules together")
            << changed("<port>993</port>", "<port>imaps</port><tls/>") << QStringList{u"schema"_s, u"unknown-element"_s}
            << "imaps" << QList<qint64>{8, 8};

        // Must-ignore: unknown elements, attributes and values pass the grammar.
        QTest::newRow("unknown attributes")
            << changed("<incomingServer type=\"imap\">", "<incomingServer type=\"imap\" priority=\"1\">")
                   .replace("<hostname>imap", "<hostname x-note=\"a\">imap")
            << QStringList{} << "" << QList<qint64>{};
        QTest::newRow("unknown element") << changed("<displayName>", "<colour>blue<shade/></colour><displayName>")
                                         << QStringList{u"unknown-element"_s} << "<colour>" << QList<qint64>{5};
        QTest::newRow("version 1.2 with jmap, ranked authentication, oAuth2, calendar")
            << oauth2("<oAuth2><issuer>login.example.org</issuer><scope>mail</scope>"
                      "<authURL>https://login.example.org/auth</authURL>"
                      "<tokenURL>https://login.example.org/token</tokenURL>"
                      "<clientID>portpilot</clientID></oAuth2>\n"
                      "  <calendar type=\"caldav\"><url>https://dav.example.org/</url>"
                      "<authentication system=\"http\">Basic</authentication></calendar>\n"
                      "  <clientConfigUpdate url=\"https://example.org/config.xml\"/>",
                      "1.2")
                   .replace("</incomingServer>",
                            "</incomingServer><incomingServer type=\"jmap\"><url>https://jmap.example.org/"
                            ".well-known/jmap</url><authentication rank=\"1\">OAuth2</authentication>"
                            "<authentication rank=\"2\">password-cleartext</authentication></incomingServer>")
            << QStringList{} << "" << QList<qint64>{};
    }

    void grammar()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, kinds);
        QFETCH(QString, word);
        QFETCH(QList<qint64>, lines);
        const QList<ClientConfigValidator::Issue> issues = ClientConfigValidator::validate(document);
        QStringList found;
        QStringList texts;
        QList<qint64> foundLines;
        for (const ClientConfigValidator::Issue& issue : issues) {
            found.append(ClientConfigValidator::kindName(issue.kind));
            texts.append(issue.text);
            foundLines.append(issue.line);
        }
        QVERIFY2(found == kinds, qPrintable(texts.join(u" | "_s)));
        QCOMPARE(foundLines, lines);
        if (!word.isEmpty()) {
            QVERIFY2(texts.constFirst().contains(word), qPrintable(texts.constFirst()));
        }
    }

    // Hostile documents come back quickly, with nothing expanded or fetched.
    void hostile_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<int>("issues");
        QTest::addColumn<QString>("word");

        QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE clientConfig [\n<!ENTITY l0 \"ha\">\n";
        for (int i = 1; i < 10; ++i) {
            laughs += "<!ENTITY l" + QByteArray::number(i) + " \"" +
                      QByteArray("&l").append(QByteArray::number(i - 1)).append(';').repeated(10) + "\">\n";
        }
        laughs += "]>\n<clientConfig version=\"1.1\"><emailProvider id=\"&l9;\"/></clientConfig>\n";
        QTest::newRow("billion laughs") << laughs << 0 << "";
        QTest::newRow("external entity")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE clientConfig [<!ENTITY x SYSTEM "
                          "\"file:///etc/passwd\">]>\n<clientConfig version=\"1.1\"><emailProvider "
                          "id=\"a\">&x;</emailProvider></clientConfig>\n")
            << 0 << "";
        QTest::newRow("entity without a DOCTYPE") << changed("<displayName>Example", "<displayName>&x;") << 0 << "";

        // Near AutoconfigReader's 512 KiB of unknown elements before a broken port: the grammar
        // still finds it, the report stays bounded.
        const auto padded = [](QByteArray document, const QByteArray& element, qsizetype size) {
            QByteArray filler;
            while (filler.size() < size) {
                filler += element;
            }
            return document.replace("<displayName>", filler + "<displayName>");
        };
        const qsizetype nearMax = AutoconfigReader::MaxDocumentSize - 4096;
        QTest::newRow("500 KiB") << padded(changed("<port>993</port>", "<port>imaps</port>"),
                                           "<x-pad a=\"1\">padding</x-pad>\n", nearMax)
                                 << int(ClientConfigValidator::MaxIssues) << "<port> must be a whole number";
        // Sections without type: the grammar's rounds stop in time, the report stays bounded.
        QTest::newRow("500 KiB of sections without type")
            << padded(base(), "<incomingServer><hostname>a</hostname></incomingServer>\n", nearMax)
            << int(ClientConfigValidator::MaxIssues) << "<incomingServer> has no “type”";
        // Larger than AutoconfigReader reads: it reports that, the validator adds nothing.
        QTest::newRow("1 MiB") << padded(changed("<port>993</port>", "<port>imaps</port>"),
                                         "<x-pad a=\"1\">padding</x-pad>\n", 1024 * 1024)
                               << 0 << "";
    }

    void hostile()
    {
        QFETCH(QByteArray, document);
        QFETCH(int, issues);
        QFETCH(QString, word);
        QElapsedTimer timer;
        timer.start();
        const QList<ClientConfigValidator::Issue> found = ClientConfigValidator::validate(document);
        const qint64 elapsed = timer.elapsed();
        qInfo("%lld ms", elapsed);
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
        QCOMPARE(found.size(), issues);
        if (!word.isEmpty()) {
            QVERIFY2(found.constFirst().text.contains(word), qPrintable(found.constFirst().text));
            QVERIFY(found.constFirst().line > 0);
        }
        for (const ClientConfigValidator::Issue& issue : found) {
            QVERIFY(!issue.text.contains(u"haha"_s));
        }
    }

    // The grammar's own parse refuses a DOCTYPE before its declarations (not only the walker):
    // a document that breaks the grammar (no version) gets nothing, and no entity is expanded.
    void grammarRefusesDoctype()
    {
        const QByteArray plain = "<?xml version=\"1.0\"?>\n<clientConfig><emailProvider id=\"a\"/></clientConfig>\n";
        QCOMPARE(AutoconfigGrammar::instance().issues(plain, 10).size(), 1);
        QByteArray withDoctype = plain;
        withDoctype.replace("<clientConfig>", "<!DOCTYPE clientConfig [<!ENTITY e \"x\">]>\n<clientConfig>");
        QCOMPARE(AutoconfigGrammar::instance().issues(withDoctype, 10).size(), 0);
    }

    // A hostile document cannot grow the report without end.
    void boundedIssues()
    {
        QByteArray many = base();
        QByteArray elements;
        for (int i = 0; i < 5000; ++i) {
            elements += "<x" + QByteArray::number(i) + "/>";
        }
        many.replace("<displayName>", elements + "<displayName>");
        QCOMPARE(ClientConfigValidator::validate(many).size(), ClientConfigValidator::MaxIssues);
    }

    void issuerUrls_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("metadata");
        QTest::addColumn<QString>("openId");
        QTest::newRow("host name") << "login.example.org"
                                   << "https://login.example.org/.well-known/oauth-authorization-server"
                                   << "https://login.example.org/.well-known/openid-configuration";
        QTest::newRow("URL with a path") << "https://login.example.org/tenant"
                                         << "https://login.example.org/.well-known/oauth-authorization-server/tenant"
                                         << "https://login.example.org/tenant/.well-known/openid-configuration";
        QTest::newRow("plain HTTP") << "http://login.example.org"
                                    << ""
                                    << "";
        QTest::newRow("not a name") << "not a host"
                                    << ""
                                    << "";
    }

    void issuerUrls()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, metadata);
        QFETCH(QString, openId);
        QCOMPARE(ClientConfigValidator::issuerMetadataUrl(issuer).toString(), metadata);
        QCOMPARE(ClientConfigValidator::issuerOpenIdUrl(issuer).toString(), openId);
    }

    void compareWithIssuer_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("tokenUrl");
        QTest::addColumn<QString>("metadataIssuer");
        QTest::addColumn<int>("mismatches");
        QTest::addColumn<QString>("word");
        QTest::newRow("agree, host name") << "login.example.org"
                                          << "https://login.example.org/token"
                                          << "https://login.example.org" << 0 << "";
        QTest::newRow("agree, trailing slash") << "https://login.example.org/"
                                               << "https://login.example.org/token"
                                               << "https://login.example.org" << 0 << "";
        QTest::newRow("other token endpoint") << "login.example.org"
                                              << "https://login.example.org/oauth/token"
                                              << "https://login.example.org" << 1 << "token_endpoint";
        QTest::newRow("other issuer") << "login.example.org"
                                      << "https://login.example.org/token"
                                      << "https://evil.example.net" << 1 << "evil.example.net";
        QTest::newRow("no issuer in the metadata") << "login.example.org"
                                                   << "https://login.example.org/token"
                                                   << "" << 1 << "login.example.org";
    }

    void compareWithIssuer()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, tokenUrl);
        QFETCH(QString, metadataIssuer);
        QFETCH(int, mismatches);
        QFETCH(QString, word);
        OAuth2Settings block;
        block.issuer = issuer;
        block.scope = u"mail"_s;
        block.authUrl = u"https://login.example.org/auth"_s;
        block.tokenUrl = tokenUrl;
        const QJsonObject metadata{{u"issuer"_s, metadataIssuer},
                                   {u"authorization_endpoint"_s, u"https://login.example.org/auth"_s},
                                   {u"token_endpoint"_s, u"https://login.example.org/token"_s}};
        const QStringList found = ClientConfigValidator::compareWithIssuer(block, metadata);
        QCOMPARE(found.size(), mismatches);
        if (!word.isEmpty()) {
            QVERIFY2(found.constFirst().contains(word), qPrintable(found.constFirst()));
        }
    }
};

QTEST_GUILESS_MAIN(TestClientConfigValidator)
#include "TestClientConfigValidator.moc"
