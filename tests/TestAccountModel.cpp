#include "Account.h"
#include "AccountEnums.h"
#include "EmailAddress.h"
#include "Hostname.h"

#include <QTest>

using namespace Portpilot;

// The account model: names of enum values, trust, placeholders, addresses and host names.
class TestAccountModel : public QObject
{
    Q_OBJECT

private slots:
    void enumNamesRoundTrip();
    void standardPorts_data();
    void standardPorts();
    void trust_data();
    void trust();
    void substitute_data();
    void substitute();
    void emailAddress_data();
    void emailAddress();
    void hostname_data();
    void hostname();
    void hostnameWithin_data();
    void hostnameWithin();
    void preferredServers();
};

void TestAccountModel::enumNamesRoundTrip()
{
    for (Protocol p : {Protocol::Imap, Protocol::Pop3, Protocol::Smtp}) {
        QCOMPARE(protocolFromName(protocolName(p)), p);
    }
    for (SocketType s : {SocketType::Ssl, SocketType::StartTls, SocketType::Plain}) {
        QCOMPARE(socketTypeFromName(socketTypeName(s)), s);
    }
    for (AuthMethod m : {AuthMethod::PasswordCleartext, AuthMethod::PasswordEncrypted, AuthMethod::OAuth2,
                         AuthMethod::ClientCertificate, AuthMethod::Gssapi, AuthMethod::Ntlm, AuthMethod::None,
                         AuthMethod::ClientIpAddress, AuthMethod::SmtpAfterPop}) {
        QCOMPARE(authMethodFromName(authMethodName(m)), m);
    }
    for (ConfigSource s : {ConfigSource::Unknown, ConfigSource::Manual, ConfigSource::File, ConfigSource::Bundled,
                           ConfigSource::ProviderHttps, ConfigSource::Ispdb, ConfigSource::Mx, ConfigSource::DnsSrv,
                           ConfigSource::Guess, ConfigSource::ProviderHttp, ConfigSource::Imported}) {
        QCOMPARE(configSourceFromName(configSourceName(s)), s);
    }
    QCOMPARE(authMethodFromName(QStringLiteral("plain")), AuthMethod::PasswordCleartext);
    QCOMPARE(authMethodFromName(QStringLiteral("secure")), AuthMethod::PasswordEncrypted);
    QCOMPARE(authMethodName(AuthMethod::PasswordCleartext), QStringLiteral("password-cleartext"));
    QVERIFY(!socketTypeFromName(QStringLiteral("ssl"))); // case matters, as in Thunderbird
    QVERIFY(!authMethodFromName(QStringLiteral("bogus")));
}

void TestAccountModel::standardPorts_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<SocketType>("socketType");
    QTest::addColumn<int>("port");
    QTest::newRow("imaps") << Protocol::Imap << SocketType::Ssl << 993;
    QTest::newRow("imap starttls") << Protocol::Imap << SocketType::StartTls << 143;
    QTest::newRow("pop3s") << Protocol::Pop3 << SocketType::Ssl << 995;
    QTest::newRow("pop3 starttls") << Protocol::Pop3 << SocketType::StartTls << 110;
    QTest::newRow("submissions") << Protocol::Smtp << SocketType::Ssl << 465;
    QTest::newRow("submission") << Protocol::Smtp << SocketType::StartTls << 587;
}

void TestAccountModel::standardPorts()
{
    QFETCH(Protocol, protocol);
    QFETCH(SocketType, socketType);
    QFETCH(int, port);
    QCOMPARE(int(standardPort(protocol, socketType)), port);
}

void TestAccountModel::trust_data()
{
    QTest::addColumn<ConfigSource>("source");
    QTest::addColumn<Trust>("trust");
    QTest::addColumn<bool>("needsApproval");
    QTest::newRow("bundled") << ConfigSource::Bundled << Trust::High << false;
    QTest::newRow("provider https") << ConfigSource::ProviderHttps << Trust::High << false;
    QTest::newRow("ispdb") << ConfigSource::Ispdb << Trust::Medium << false;
    QTest::newRow("mx") << ConfigSource::Mx << Trust::Medium << true;
    QTest::newRow("srv") << ConfigSource::DnsSrv << Trust::Low << true;
    QTest::newRow("guess") << ConfigSource::Guess << Trust::Low << true;
    QTest::newRow("http") << ConfigSource::ProviderHttp << Trust::Insecure << true;
    QTest::newRow("manual") << ConfigSource::Manual << Trust::High << false;
}

void TestAccountModel::trust()
{
    QFETCH(ConfigSource, source);
    QFETCH(Trust, trust);
    QFETCH(bool, needsApproval);
    QCOMPARE(trustOf(source), trust);
    QCOMPARE(sourceNeedsApproval(source), needsApproval);
}

void TestAccountModel::substitute_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("address") << QStringLiteral("%EMAILADDRESS%") << QStringLiteral("anna@dæmi.is");
    QTest::newRow("local part") << QStringLiteral("%EMAILLOCALPART%") << QStringLiteral("anna");
    QTest::newRow("domain") << QStringLiteral("mail.%EMAILDOMAIN%") << QStringLiteral("mail.dæmi.is");
    QTest::newRow("combined") << QStringLiteral("%EMAILLOCALPART%.%EMAILDOMAIN%") << QStringLiteral("anna.dæmi.is");
    QTest::newRow("real name") << QStringLiteral("%REALNAME%") << QStringLiteral("Anna Þórsdóttir");
    QTest::newRow("custom field") << QStringLiteral("%USERNAME%") << QStringLiteral("D123");
    QTest::newRow("broken placeholder kept") << QStringLiteral("%EMAILADDRESS") << QStringLiteral("%EMAILADDRESS");
    QTest::newRow("nothing") << QStringLiteral("plain") << QStringLiteral("plain");
}

void TestAccountModel::substitute()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QList<InputField> fields{{QStringLiteral("USERNAME"), QStringLiteral("Customer"), QStringLiteral("D123")}};
    QCOMPARE(Account::substitute(text, QStringLiteral("anna@dæmi.is"), QStringLiteral("Anna Þórsdóttir"), fields),
             expected);
}

void TestAccountModel::emailAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("domainAce");
    QTest::addColumn<QString>("domainDisplay");

    QTest::newRow("simple") << QStringLiteral("jane@example.com") << true << QStringLiteral("jane")
                            << QStringLiteral("example.com") << QStringLiteral("example.com");
    QTest::newRow("upper-case domain") << QStringLiteral("Jane@Example.COM") << true << QStringLiteral("Jane")
                                       << QStringLiteral("example.com") << QStringLiteral("example.com");
    QTest::newRow("surrounding space") << QStringLiteral("  jane@example.com ") << true << QStringLiteral("jane")
                                       << QStringLiteral("example.com") << QStringLiteral("example.com");
    QTest::newRow("IDN") << QStringLiteral("jón@dæmi.is") << true << QStringLiteral("jón")
                         << QStringLiteral("xn--dmi-yla.is") << QStringLiteral("dæmi.is");
    QTest::newRow("punycode input") << QStringLiteral("a@xn--dmi-yla.is") << true << QStringLiteral("a")
                                    << QStringLiteral("xn--dmi-yla.is") << QStringLiteral("dæmi.is");
    QTest::newRow("plus tag") << QStringLiteral("a+tag@example.com") << true << QStringLiteral("a+tag")
                              << QStringLiteral("example.com") << QStringLiteral("example.com");
    QTest::newRow("empty") << QString() << false << QString() << QString() << QString();
    QTest::newRow("no at") << QStringLiteral("example.com") << false << QString() << QString() << QString();
    QTest::newRow("no local") << QStringLiteral("@example.com") << false << QString() << QString() << QString();
    QTest::newRow("no domain") << QStringLiteral("a@") << false << QString() << QString() << QString();
    QTest::newRow("single label") << QStringLiteral("a@localhost") << false << QString() << QString() << QString();
    QTest::newRow("space in local") << QStringLiteral("a b@example.com") << false << QString() << QString()
                                    << QString();
    QTest::newRow("bad domain") << QStringLiteral("a@exa mple.com") << false << QString() << QString() << QString();
    QTest::newRow("double dot") << QStringLiteral("a@example..com") << false << QString() << QString() << QString();
    QTest::newRow("too long") << QString(300, u'a') + QStringLiteral("@example.com") << false << QString() << QString()
                              << QString();
}

void TestAccountModel::emailAddress()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, local);
    QFETCH(QString, domainAce);
    QFETCH(QString, domainDisplay);

    QString error;
    const EmailAddress address = EmailAddress::parse(input, &error);
    QCOMPARE(address.isValid(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (valid) {
        QCOMPARE(address.localPart(), local);
        QCOMPARE(address.domainAce(), domainAce);
        QCOMPARE(address.domain(), domainDisplay);
    }
}

void TestAccountModel::hostname_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("allowPlaceholders");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("imap.example.com") << false << true;
    QTest::newRow("trailing dot") << QStringLiteral("imap.example.com.") << false << true;
    QTest::newRow("IDN") << QStringLiteral("póstur.ísland.is") << false << true;
    QTest::newRow("placeholder allowed") << QStringLiteral("mail.%EMAILDOMAIN%") << true << true;
    QTest::newRow("placeholder refused") << QStringLiteral("mail.%EMAILDOMAIN%") << false << false;
    QTest::newRow("space") << QStringLiteral("imap example.com") << false << false;
    QTest::newRow("slash") << QStringLiteral("imap.example.com/path") << false << false;
    QTest::newRow("at") << QStringLiteral("user@imap.example.com") << false << false;
    QTest::newRow("colon") << QStringLiteral("imap.example.com:993") << false << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-imap.example.com") << false << false;
    QTest::newRow("empty label") << QStringLiteral("imap..example.com") << false << false;
    QTest::newRow("newline") << QStringLiteral("imap.example.com\nX") << false << false;
    QTest::newRow("underscore") << QStringLiteral("im_ap.example.com") << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestAccountModel::hostname()
{
    QFETCH(QString, host);
    QFETCH(bool, allowPlaceholders);
    QFETCH(bool, valid);
    QCOMPARE(Hostname::isValid(host, allowPlaceholders), valid);
}

void TestAccountModel::hostnameWithin_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("within");
    QTest::newRow("same") << QStringLiteral("example.com") << QStringLiteral("example.com") << true;
    QTest::newRow("sub") << QStringLiteral("imap.example.com") << QStringLiteral("example.com") << true;
    QTest::newRow("suffix trick") << QStringLiteral("evilexample.com") << QStringLiteral("example.com") << false;
    QTest::newRow("other") << QStringLiteral("imap.hoster.net") << QStringLiteral("example.com") << false;
    QTest::newRow("IDN vs ACE") << QStringLiteral("imap.xn--dmi-yla.is") << QStringLiteral("dæmi.is") << true;
}

void TestAccountModel::hostnameWithin()
{
    QFETCH(QString, host);
    QFETCH(QString, domain);
    QFETCH(bool, within);
    QCOMPARE(Hostname::isWithin(host, domain), within);
}

void TestAccountModel::preferredServers()
{
    Account account;
    QVERIFY(!account.preferredIncoming());
    QVERIFY(!account.preferredOutgoing());
    ServerSettings first;
    first.hostname = QStringLiteral("imap.example.com");
    ServerSettings second = first;
    second.hostname = QStringLiteral("imap2.example.com");
    account.incoming = {first, second};
    QCOMPARE(account.preferredIncoming()->hostname, QStringLiteral("imap.example.com"));
    QCOMPARE(first.summary(), QStringLiteral("imap.example.com:0 (imap, SSL)"));
}

QTEST_GUILESS_MAIN(TestAccountModel)
#include "TestAccountModel.moc"
