#include "CandidateRules.h"
#include "EmailAddress.h"
#include "GuessSource.h"
#include "IspdbSource.h"
#include "MxSource.h"
#include "ProviderAutoconfigSource.h"
#include "RegistrableDomain.h"
#include "SrvSource.h"

#include <QTest>

using namespace Portpilot;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<Portpilot::SrvCandidate>)

// The pure rules of discovery: trust and approval marking, SRV ordering, registrable
// domains, the URLs each source asks. No network.
class TestCandidateRules : public QObject
{
    Q_OBJECT

private:
    static ServerSettings server(Protocol protocol, const QString& host, quint16 port, SocketType type)
    {
        ServerSettings s;
        s.protocol = protocol;
        s.hostname = host;
        s.port = port;
        s.socketType = type;
        return s;
    }

private Q_SLOTS:
    void registrableDomain_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");
        QTest::newRow("simple") << u"imap.example.com"_s << u"example.com"_s;
        QTest::newRow("co.uk") << u"mail.example.co.uk"_s << u"example.co.uk"_s;
        QTest::newRow("trailing dot") << u"mx1.secureserver.net."_s << u"secureserver.net"_s;
        QTest::newRow("test tld") << u"autoconfig.hoster.test"_s << u"hoster.test"_s;
        QTest::newRow("idn") << u"imap.bücher.test"_s << u"xn--bcher-kva.test"_s;
        QTest::newRow("icelandic") << u"póstur.símnet.is"_s << u"xn--smnet-zsa.is"_s;
        QTest::newRow("suffix only") << u"co.uk"_s << u""_s;
        QTest::newRow("invalid") << u"a b.example"_s << u""_s;
    }
    void registrableDomain()
    {
        QFETCH(QString, host);
        QFETCH(QString, expected);
        QCOMPARE(RegistrableDomain::of(host), expected);
    }

    void markTrust_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("addressDomain");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("approval");
        QTest::newRow("https, own domain")
            << int(ConfigSource::ProviderHttps) << u"example.com"_s << u"imap.example.com"_s << u""_s;
        QTest::newRow("https, foreign domain")
            << int(ConfigSource::ProviderHttps) << u"example.com"_s << u"imap.hoster.net"_s << u"hoster.net"_s;
        QTest::newRow("ispdb, own domain")
            << int(ConfigSource::Ispdb) << u"example.com"_s << u"mail.example.com"_s << u""_s;
        QTest::newRow("ispdb, foreign") << int(ConfigSource::Ispdb) << u"googlemail.com"_s << u"imap.gmail.com"_s
                                        << u"gmail.com"_s;
        QTest::newRow("bundled vouches") << int(ConfigSource::Bundled) << u"posteo.is"_s << u"posteo.de"_s << u""_s;
        QTest::newRow("mx always") << int(ConfigSource::Mx) << u"example.com"_s << u"imap.example.com"_s
                                   << u"example.com"_s;
        QTest::newRow("srv always") << int(ConfigSource::DnsSrv) << u"example.com"_s << u"imap.example.com"_s
                                    << u"example.com"_s;
        QTest::newRow("guess always") << int(ConfigSource::Guess) << u"example.com"_s << u"mail.example.com"_s
                                      << u"example.com"_s;
        QTest::newRow("http always") << int(ConfigSource::ProviderHttp) << u"example.com"_s << u"imap.example.com"_s
                                     << u"example.com"_s;
        QTest::newRow("placeholder host")
            << int(ConfigSource::ProviderHttps) << u"example.com"_s << u"imap.%EMAILDOMAIN%"_s << u""_s;
        QTest::newRow("idn approval in ace")
            << int(ConfigSource::Mx) << u"bücher.test"_s << u"imap.bücher.test"_s << u"xn--bcher-kva.test"_s;
        QTest::newRow("co.uk") << int(ConfigSource::DnsSrv) << u"shop.co.uk"_s << u"imap.mail.shop.co.uk"_s
                               << u"shop.co.uk"_s;
    }
    void markTrust()
    {
        QFETCH(int, source);
        QFETCH(QString, addressDomain);
        QFETCH(QString, host);
        QFETCH(QString, approval);
        Account account;
        account.incoming = {server(Protocol::Imap, host, 993, SocketType::Ssl)};
        account.outgoing = {server(Protocol::Smtp, host, 465, SocketType::Ssl)};
        CandidateRules::markTrust(account, ConfigSource(source), addressDomain);
        QCOMPARE(account.source, ConfigSource(source));
        QCOMPARE(account.incoming.first().source, ConfigSource(source));
        QCOMPARE(account.incoming.first().approvalNeeded, approval);
        QCOMPARE(account.outgoing.first().approvalNeeded, approval);
    }

    void orderSrv_data()
    {
        QTest::addColumn<QList<SrvCandidate>>("records");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("priority first") << QList<SrvCandidate>{{u"b.test"_s, 993, 10, 100}, {u"a.test"_s, 993, 0, 1}}
                                        << QStringList{u"a.test"_s, u"b.test"_s};
        QTest::newRow("weight within priority") << QList<SrvCandidate>{{u"light.test"_s, 993, 5, 1},
                                                                       {u"heavy.test"_s, 993, 5, 60},
                                                                       {u"first.test"_s, 993, 1, 0}}
                                                << QStringList{u"first.test"_s, u"heavy.test"_s, u"light.test"_s};
        QTest::newRow("ties by name") << QList<SrvCandidate>{{u"z.test"_s, 993, 0, 0}, {u"m.test"_s, 993, 0, 0}}
                                      << QStringList{u"m.test"_s, u"z.test"_s};
        QTest::newRow("dot dropped") << QList<SrvCandidate>{{u"."_s, 0, 0, 0}, {u"a.test"_s, 993, 1, 0}}
                                     << QStringList{u"a.test"_s};
        QTest::newRow("empty") << QList<SrvCandidate>{} << QStringList{};
    }
    void orderSrv()
    {
        QFETCH(QList<SrvCandidate>, records);
        QFETCH(QStringList, expected);
        QStringList targets;
        for (const SrvCandidate& r : CandidateRules::orderSrv(records)) {
            targets.append(r.target);
        }
        QCOMPARE(targets, expected);
    }

    void srvNotOffered()
    {
        QVERIFY(CandidateRules::srvNotOffered({{u"."_s, 0, 0, 0}}));
        QVERIFY(CandidateRules::srvNotOffered({{u""_s, 0, 0, 0}}));
        QVERIFY(!CandidateRules::srvNotOffered({{u"imap.test"_s, 993, 0, 0}}));
        QVERIFY(!CandidateRules::srvNotOffered({}));
    }

    void serversForSrv()
    {
        const SrvSource::Service imaps = SrvSource::services().at(0);
        QCOMPARE(QLatin1String(imaps.label), QLatin1String("_imaps._tcp"));
        const QList<ServerSettings> servers = SrvSource::serversFor(
            imaps, {{u"imap2.test."_s, 993, 10, 0}, {u"imap1.test."_s, 1993, 0, 0}, {u"bad host"_s, 1, 0, 0}});
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.at(0).hostname, QStringLiteral("imap1.test"));
        QCOMPARE(servers.at(0).port, quint16(1993));
        QCOMPARE(servers.at(0).socketType, SocketType::Ssl);
        QCOMPARE(servers.at(0).username, QStringLiteral("%EMAILADDRESS%"));
        QVERIFY(SrvSource::serversFor(imaps, {{u"."_s, 0, 0, 0}}).isEmpty());
        const SrvSource::Service submission = SrvSource::services().at(5);
        QCOMPARE(QLatin1String(submission.label), QLatin1String("_submission._tcp"));
        QCOMPARE(SrvSource::serversFor(submission, {{u"smtp.test"_s, 587, 0, 0}}).first().socketType,
                 SocketType::StartTls);
    }

    void sortBySecurity_data()
    {
        // Each server as "protocol security host" in the file's order; the expected order as hosts.
        // security.md DI-09 / UI-03: a plaintext server is never first while an encrypted one is
        // listed, whatever the protocols; the file's protocol order among the encrypted ones.
        QTest::addColumn<QStringList>("servers");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one protocol") << QStringList{u"imap plain plain"_s, u"imap starttls starttls"_s,
                                                     u"imap ssl ssl-a"_s, u"imap ssl ssl-b"_s}
                                      << QStringList{u"ssl-a"_s, u"ssl-b"_s, u"starttls"_s, u"plain"_s};
        QTest::newRow("IMAP plaintext, then POP3 SSL")
            << QStringList{u"imap plain imap"_s, u"pop3 ssl pop"_s} << QStringList{u"pop"_s, u"imap"_s};
        QTest::newRow("IMAP plaintext, POP3 STARTTLS, IMAP SSL")
            << QStringList{u"imap plain imap-plain"_s, u"pop3 starttls pop"_s, u"imap ssl imap-ssl"_s}
            << QStringList{u"imap-ssl"_s, u"pop"_s, u"imap-plain"_s};
        QTest::newRow("IMAP STARTTLS stays before POP3 SSL")
            << QStringList{u"imap starttls imap"_s, u"pop3 ssl pop"_s} << QStringList{u"imap"_s, u"pop"_s};
        QTest::newRow("POP3 first in the file")
            << QStringList{u"pop3 plain pop-plain"_s, u"imap ssl imap"_s, u"pop3 ssl pop-ssl"_s}
            << QStringList{u"pop-ssl"_s, u"imap"_s, u"pop-plain"_s};
        QTest::newRow("only plaintext: file order")
            << QStringList{u"pop3 plain pop"_s, u"imap plain imap"_s} << QStringList{u"pop"_s, u"imap"_s};
        QTest::newRow("SMTP plaintext before STARTTLS")
            << QStringList{u"smtp plain smtp-25"_s, u"smtp starttls smtp-587"_s, u"smtp ssl smtp-465"_s}
            << QStringList{u"smtp-465"_s, u"smtp-587"_s, u"smtp-25"_s};
    }

    void sortBySecurity()
    {
        QFETCH(QStringList, servers);
        QFETCH(QStringList, expected);
        QList<ServerSettings> list;
        for (const QString& spec : servers) {
            const QStringList parts = spec.split(u' ');
            QCOMPARE(parts.size(), 3);
            const Protocol protocol = parts.at(0) == "imap"_L1   ? Protocol::Imap
                                      : parts.at(0) == "pop3"_L1 ? Protocol::Pop3
                                                                 : Protocol::Smtp;
            const SocketType type = parts.at(1) == "ssl"_L1        ? SocketType::Ssl
                                    : parts.at(1) == "starttls"_L1 ? SocketType::StartTls
                                                                   : SocketType::Plain;
            list.append(server(protocol, parts.at(2), 1, type));
        }
        CandidateRules::sortBySecurity(list);
        QStringList hosts;
        for (const ServerSettings& s : std::as_const(list)) {
            hosts.append(s.hostname);
        }
        QCOMPARE(hosts, expected);
    }

    void mergeInto()
    {
        Account a;
        a.incoming = {server(Protocol::Imap, u"imap.test"_s, 993, SocketType::Ssl)};
        Account b;
        b.incoming = {server(Protocol::Imap, u"IMAP.test"_s, 993, SocketType::Ssl),
                      server(Protocol::Pop3, u"pop.test"_s, 995, SocketType::Ssl)};
        b.outgoing = {server(Protocol::Smtp, u"smtp.test"_s, 465, SocketType::Ssl)};
        CandidateRules::mergeInto(a, b);
        QCOMPARE(a.incoming.size(), 2);
        QCOMPARE(a.incoming.at(1).hostname, QStringLiteral("pop.test"));
        QCOMPARE(a.outgoing.size(), 1);
    }

    void mxProviderDomains_data()
    {
        QTest::addColumn<QString>("mxHost");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("deep") << u"contoso-com.mail.protection.outlook.com"_s
                              << QStringList{u"mail.protection.outlook.com"_s, u"outlook.com"_s};
        QTest::newRow("google") << u"aspmx.l.google.com."_s << QStringList{u"l.google.com"_s, u"google.com"_s};
        QTest::newRow("one below base") << u"mx1.hoster.test"_s << QStringList{u"hoster.test"_s};
        QTest::newRow("co.uk") << u"mx.mail.example.co.uk"_s
                               << QStringList{u"mail.example.co.uk"_s, u"example.co.uk"_s};
    }
    void mxProviderDomains()
    {
        QFETCH(QString, mxHost);
        QFETCH(QStringList, expected);
        QCOMPARE(MxSource::providerDomainsFor(mxHost), expected);
    }

    void guessCandidates()
    {
        const QList<ServerSettings> candidates = GuessSource::candidatesFor(u"example.test"_s);
        QCOMPARE(candidates.size(), 23);
        QCOMPARE(candidates.first().hostname, u"imap.example.test"_s);
        QCOMPARE(candidates.first().port, quint16(993));
        QCOMPARE(candidates.first().socketType, SocketType::Ssl);
        QSet<quint16> ports;
        QSet<QString> hosts;
        for (const ServerSettings& c : candidates) {
            ports.insert(c.port);
            hosts.insert(c.hostname);
            // Never plaintext up front: STARTTLS on the classic ports, implicit TLS on the others.
            QVERIFY(c.socketType != SocketType::Plain);
            QCOMPARE(c.socketType == SocketType::Ssl, c.port == 993 || c.port == 995 || c.port == 465);
            QCOMPARE(c.username, u"%EMAILADDRESS%"_s);
        }
        QCOMPARE(ports, (QSet<quint16>{993, 143, 995, 110, 465, 587, 25}));
        QCOMPARE(hosts, (QSet<QString>{u"imap.example.test"_s, u"mail.example.test"_s, u"pop3.example.test"_s,
                                       u"pop.example.test"_s, u"smtp.example.test"_s, u"example.test"_s}));
    }

    void urls()
    {
        const EmailAddress address = EmailAddress::parse(QStringLiteral("anna@bücher.test"));
        QVERIFY(address.isValid());
        const QList<QUrl> https = ProviderAutoconfigSource::urlsFor(address, false);
        QCOMPARE(https.size(), 2);
        QCOMPARE(https.at(0).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://autoconfig.xn--bcher-kva.test/mail/config-v1.1.xml"
                                "?emailaddress=anna@xn--bcher-kva.test"));
        QCOMPARE(https.at(1).path(), QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
        // The address never goes over plain HTTP.
        for (const QUrl& url : ProviderAutoconfigSource::urlsFor(address, true)) {
            QCOMPARE(url.scheme(), QStringLiteral("http"));
            QVERIFY(!url.hasQuery());
        }
        QCOMPARE(IspdbSource::urlFor(QUrl(QStringLiteral("https://db.test/v1.1")), QStringLiteral("x.test")),
                 QUrl(QStringLiteral("https://db.test/v1.1/x.test")));
        QCOMPARE(IspdbSource::urlFor(QUrl(QStringLiteral("https://db.test/v1.1/")), QStringLiteral("x.test")),
                 QUrl(QStringLiteral("https://db.test/v1.1/x.test")));
        QCOMPARE(IspdbSource::urlFor(QUrl(QStringLiteral("https://db.test/{{domain}}.xml")), QStringLiteral("x.test")),
                 QUrl(QStringLiteral("https://db.test/x.test.xml")));
        QVERIFY(IspdbSource::urlFor(QUrl(), QStringLiteral("x.test")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCandidateRules)
#include "TestCandidateRules.moc"
