#include "ClientConfigValidator.h"

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
                                << "1 to 65535";
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
                                 << QStringList{u"schema"_s} << "no type";
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
