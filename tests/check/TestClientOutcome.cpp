#include "ClientOutcome.h"

#include <QJsonArray>
#include <QTest>

using namespace Portpilot;
using namespace Qt::StringLiterals;

// ClientOutcome without a network: which answers of a check each mail program takes, in its
// own order, and when the programs disagree.
class TestClientOutcome : public QObject
{
    Q_OBJECT

private:
    static Account account(const QString& incomingHost, quint16 port = 993)
    {
        Account account;
        ServerSettings imap;
        imap.protocol = Protocol::Imap;
        imap.hostname = incomingHost;
        imap.port = port;
        imap.socketType = SocketType::Ssl;
        ServerSettings smtp;
        smtp.protocol = Protocol::Smtp;
        smtp.hostname = u"smtp.example.org"_s;
        smtp.port = 465;
        smtp.socketType = SocketType::Ssl;
        account.incoming = {imap};
        account.outgoing = {smtp};
        return account;
    }

    static ClientSources::Answer with(const QString& host, const QString& where = u"there"_s)
    {
        ClientSources::Answer answer;
        answer.where = where;
        answer.settings = account(host);
        return answer;
    }

    // Sources by name: "autoconfig", "noaddress", "evolution", "http", "wellknown", "ispdb", "mx",
    // "srv" with the host the settings name; "autodiscover", "autodiscover-domain", "autodiscover-http",
    // "autodiscover-srv" answer when named, with settings for that host when it is not empty.
    static ClientSources sources(const QMap<QString, QString>& answers)
    {
        ClientSources s;
        const QList<std::pair<QString, ClientSources::Answer*>> documents{{u"autoconfig"_s, &s.autoconfig},
                                                                          {u"noaddress"_s, &s.autoconfigNoAddress},
                                                                          {u"evolution"_s, &s.autoconfigEvolution},
                                                                          {u"http"_s, &s.plainHttp},
                                                                          {u"wellknown"_s, &s.wellKnown},
                                                                          {u"ispdb"_s, &s.ispdb},
                                                                          {u"mx"_s, &s.mxProvider},
                                                                          {u"srv"_s, &s.srv}};
        for (const auto& [name, answer] : documents) {
            if (answers.contains(name)) {
                *answer = with(answers.value(name), name);
            }
        }
        for (const auto& [name, answer] :
             {std::pair{u"autodiscover"_s, &s.autodiscover}, std::pair{u"autodiscover-domain"_s, &s.autodiscoverDomain},
              std::pair{u"autodiscover-http"_s, &s.autodiscoverHttp},
              std::pair{u"autodiscover-srv"_s, &s.autodiscoverSrv}}) {
            answer->where = name;
            if (!answers.value(name).isEmpty()) {
                *answer = with(answers.value(name), name);
            } else {
                answer->answers = answers.contains(name);
            }
        }
        return s;
    }

    // "source host" per client, "-fallback" for none: the compact form of compute().
    static QStringList compact(const QList<ClientOutcome>& outcomes)
    {
        static const char* const fallbacks[] = {"", "-guessing", "-asks-user", "-profile"};
        QStringList list;
        for (const ClientOutcome& outcome : outcomes) {
            if (outcome.fallback != ClientOutcome::Fallback::None) {
                list.append(QLatin1String(fallbacks[int(outcome.fallback)]));
            } else if (outcome.settings) {
                list.append(outcome.source + u' ' + outcome.settings->incoming.constFirst().hostname);
            } else {
                list.append(outcome.source + u' ' + outcome.where);
            }
        }
        return list;
    }

private Q_SLOTS:
    void compute_data()
    {
        QTest::addColumn<QVariantMap>("answers");
        // Thunderbird, KMail, Evolution, Thunderbird for Android, Apple Mail, Outlook
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("differ");
        const QString a = u"imap.example.org"_s;
        QTest::newRow("healthy: autoconfig with and without the address, SRV")
            << QVariantMap{{u"autoconfig"_s, a}, {u"noaddress"_s, a}, {u"evolution"_s, a}, {u"srv"_s, a}}
            << QStringList{u"autoconfig "_s + a, u"autoconfig "_s + a, u"autoconfig "_s + a,
                           u"autoconfig "_s + a, u"-profile"_s,        u"-asks-user"_s}
            << false;
        QTest::newRow("autoconfig needs the address: KMail gets nothing")
            << QVariantMap{{u"autoconfig"_s, a}, {u"evolution"_s, a}}
            << QStringList{u"autoconfig "_s + a, u"-guessing"_s, u"autoconfig "_s + a,
                           u"autoconfig "_s + a, u"-profile"_s,  u"-asks-user"_s}
            << true;
        QTest::newRow("autoconfig needs the address, SRV says the same: KMail gets it from DNS")
            << QVariantMap{{u"autoconfig"_s, a}, {u"evolution"_s, a}, {u"srv"_s, a}}
            << QStringList{u"autoconfig "_s + a, u"srv "_s + a, u"autoconfig "_s + a,
                           u"autoconfig "_s + a, u"-profile"_s, u"-asks-user"_s}
            << false;
        QTest::newRow("only plain HTTP: Thunderbird only")
            << QVariantMap{{u"http"_s, a}} << QStringList{u"http "_s + a,  u"-guessing"_s, u"-asks-user"_s,
                                                          u"-asks-user"_s, u"-profile"_s,  u"-asks-user"_s}
            << true;
        QTest::newRow("HTTPS first, plain HTTP ignored")
            << QVariantMap{{u"autoconfig"_s, a},
                           {u"http"_s, u"evil.example.net"_s},
                           {u"noaddress"_s, a},
                           {u"evolution"_s, a}}
            << QStringList{u"autoconfig "_s + a, u"autoconfig "_s + a, u"autoconfig "_s + a,
                           u"autoconfig "_s + a, u"-profile"_s,        u"-asks-user"_s}
            << false;
        QTest::newRow("SRV only: KMail and Evolution")
            << QVariantMap{{u"srv"_s, a}} << QStringList{u"-guessing"_s,  u"srv "_s + a, u"srv "_s + a,
                                                         u"-asks-user"_s, u"-profile"_s, u"-asks-user"_s}
            << true;
        QTest::newRow("well-known, ISP database, MX: Thunderbird's order")
            << QVariantMap{{u"wellknown"_s, u"wk.example.org"_s},
                           {u"ispdb"_s, u"ispdb.example.org"_s},
                           {u"mx"_s, u"mx.example.net"_s}}
            << QStringList{u"wellknown wk.example.org"_s,
                           u"ispdb ispdb.example.org"_s,
                           u"-asks-user"_s,
                           u"wellknown wk.example.org"_s,
                           u"-profile"_s,
                           u"-asks-user"_s}
            << true;
        QTest::newRow("MX provider only") << QVariantMap{{u"mx"_s, u"mx.example.net"_s}}
                                          << QStringList{u"mx mx.example.net"_s, u"-guessing"_s, u"-asks-user"_s,
                                                         u"mx mx.example.net"_s, u"-profile"_s,  u"-asks-user"_s}
                                          << true;
        QTest::newRow("SRV and autoconfig disagree")
            << QVariantMap{{u"autoconfig"_s, a}, {u"noaddress"_s, a}, {u"evolution"_s, u"other.example.org"_s}}
            << QStringList{u"autoconfig "_s + a, u"autoconfig "_s + a, u"autoconfig other.example.org"_s,
                           u"autoconfig "_s + a, u"-profile"_s,        u"-asks-user"_s}
            << true;
        QTest::newRow("nothing anywhere: all fall back alike")
            << QVariantMap{} << QStringList{u"-guessing"_s,  u"-guessing"_s, u"-asks-user"_s,
                                            u"-asks-user"_s, u"-profile"_s,  u"-asks-user"_s}
            << false;
        QTest::newRow("Outlook: autodiscover.DOMAIN first")
            << QVariantMap{{u"autodiscover"_s, u""_s}, {u"autodiscover-srv"_s, u""_s}}
            << QStringList{u"-guessing"_s,  u"-guessing"_s, u"-asks-user"_s,
                           u"-asks-user"_s, u"-profile"_s,  u"autodiscover autodiscover"_s}
            << false;
        QTest::newRow("Outlook: autodiscover.DOMAIN before DOMAIN/autodiscover")
            << QVariantMap{{u"autodiscover-domain"_s, u""_s}, {u"autodiscover"_s, u""_s}}
            << QStringList{u"-guessing"_s,  u"-guessing"_s, u"-asks-user"_s,
                           u"-asks-user"_s, u"-profile"_s,  u"autodiscover autodiscover"_s}
            << false;
        QTest::newRow("Outlook: DOMAIN/autodiscover")
            << QVariantMap{{u"autodiscover-domain"_s, u""_s}}
            << QStringList{u"-guessing"_s,  u"-guessing"_s, u"-asks-user"_s,
                           u"-asks-user"_s, u"-profile"_s,  u"autodiscover autodiscover-domain"_s}
            << false;
        QTest::newRow("Outlook: the HTTP redirect method before the SRV record")
            << QVariantMap{{u"autodiscover-srv"_s, u""_s}, {u"autodiscover-http"_s, a}}
            << QStringList{u"-guessing"_s,  u"-guessing"_s, u"-asks-user"_s,
                           u"-asks-user"_s, u"-profile"_s,  u"autodiscover "_s + a}
            << false;
        QTest::newRow("Outlook: the SRV record last")
            << QVariantMap{{u"autodiscover-srv"_s, u""_s}}
            << QStringList{u"-guessing"_s,  u"-guessing"_s, u"-asks-user"_s,
                           u"-asks-user"_s, u"-profile"_s,  u"autodiscover autodiscover-srv"_s}
            << false;
        // Autodiscover read: Outlook gets its servers, and is not compared with the others here.
        QTest::newRow("Outlook: the servers of autodiscover.DOMAIN's answer")
            << QVariantMap{{u"autoconfig"_s, a},
                           {u"noaddress"_s, a},
                           {u"evolution"_s, a},
                           {u"autodiscover"_s, u"other.example.org"_s}}
            << QStringList{u"autoconfig "_s + a, u"autoconfig "_s + a, u"autoconfig "_s + a,
                           u"autoconfig "_s + a, u"-profile"_s,        u"autodiscover other.example.org"_s}
            << false;
        QTest::newRow("Outlook: Exchange at autodiscover.DOMAIN wins over settings at DOMAIN/autodiscover")
            << QVariantMap{{u"autodiscover"_s, u""_s}, {u"autodiscover-domain"_s, a}}
            << QStringList{u"-guessing"_s,  u"-guessing"_s, u"-asks-user"_s,
                           u"-asks-user"_s, u"-profile"_s,  u"autodiscover autodiscover"_s}
            << false;
        QTest::newRow("Outlook: settings at DOMAIN/autodiscover when autodiscover.DOMAIN has none")
            << QVariantMap{{u"autodiscover-domain"_s, a}, {u"autodiscover-srv"_s, u""_s}}
            << QStringList{u"-guessing"_s,  u"-guessing"_s, u"-asks-user"_s,
                           u"-asks-user"_s, u"-profile"_s,  u"autodiscover "_s + a}
            << false;
    }

    void compute()
    {
        QFETCH(QVariantMap, answers);
        QFETCH(QStringList, expected);
        QFETCH(bool, differ);
        QMap<QString, QString> map;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            map.insert(it.key(), it.value().toString());
        }
        const QList<ClientOutcome> outcomes = ClientOutcome::compute(sources(map));
        QCOMPARE(compact(outcomes), expected);
        const QString differences = ClientOutcome::differences(outcomes);
        QVERIFY2(differences.isEmpty() != differ, qPrintable(differences));
        for (const ClientOutcome& outcome : outcomes) {
            QVERIFY(!outcome.text().isEmpty());
            if (outcome.settings) { // Outlook's from Autodiscover too
                QVERIFY2(outcome.text().contains(outcome.serversText()), qPrintable(outcome.text()));
            }
            const QJsonObject json = outcome.toJson();
            QCOMPARE(json.value(u"client"_s).toString(), ClientOutcome::clientId(outcome.client));
            QCOMPARE(json.value(u"fallback"_s).isNull(), outcome.fallback == ClientOutcome::Fallback::None);
            QCOMPARE(json.value(u"incoming"_s).isObject(), outcome.settings.has_value());
        }
    }

    void differencesNameEachProgram()
    {
        ClientSources s = sources({{u"autoconfig"_s, u"imap.example.org"_s}});
        const QString differences = ClientOutcome::differences(ClientOutcome::compute(s));
        QVERIFY2(
            differences.contains(u"Thunderbird: imap.example.org:993 (imap, SSL), smtp.example.org:465 (smtp, SSL)"_s),
            qPrintable(differences));
        QVERIFY2(differences.contains(u"KMail: nothing"_s), qPrintable(differences));
        QVERIFY(!differences.contains(u"Outlook"_s)); // Outlook's Autodiscover is another format
    }
};

QTEST_GUILESS_MAIN(TestClientOutcome)
#include "TestClientOutcome.moc"
