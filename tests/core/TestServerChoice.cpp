#include "ServerChoice.h"

#include <QTest>

using namespace Portpilot;
using namespace Qt::StringLiterals;

// The Choose page's questions (IMAP or POP3, SSL/TLS or STARTTLS) over lists of found servers:
// which answers exist and which candidates each pair leaves. Servers are written "imap/SSL",
// "pop3/STARTTLS", "smtp/plain" ... (the autoconfig names), best first.
class TestServerChoice : public QObject
{
    Q_OBJECT

private slots:
    void matching_data();
    void matching();
    void offers_data();
    void offers();
    void answersFollowTheChosenServers();

private:
    static SetupState state(const QString& incoming, const QString& outgoing)
    {
        SetupState s;
        const std::array<QString, 2> specs{incoming, outgoing};
        for (const Side side : bothSides) {
            const QStringList servers = specs.at(indexOf(side)).split(u',', Qt::SkipEmptyParts);
            for (const QString& spec : servers) {
                ServerSettings server;
                server.protocol = *protocolFromName(spec.section(u'/', 0, 0));
                server.socketType = *socketTypeFromName(spec.section(u'/', 1, 1));
                server.hostname = u"host%1.example.test"_s.arg(s.side(side).candidates.size());
                s.side(side).candidates.append(server);
            }
            if (!servers.isEmpty()) {
                s.side(side).chosenIndex = 0;
                s.side(side).server = s.side(side).candidates.first();
            }
        }
        return s;
    }
};

void TestServerChoice::matching_data()
{
    QTest::addColumn<QString>("incoming");
    QTest::addColumn<QString>("outgoing");
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<SocketType>("security");
    QTest::addColumn<QList<qsizetype>>("incomingMatches");
    QTest::addColumn<QList<qsizetype>>("outgoingMatches");
    QTest::addColumn<bool>("incomingFound"); // the asked encryption exists on that side
    QTest::addColumn<bool>("outgoingFound");

    const QString gmail = u"imap/SSL,pop3/SSL"_s;
    const QString both = u"smtp/SSL,smtp/STARTTLS"_s;
    QTest::addRow("IMAP, SSL/TLS") << gmail << both << Protocol::Imap << SocketType::Ssl << QList<qsizetype>{0}
                                   << QList<qsizetype>{0} << true << true;
    QTest::addRow("POP3, SSL/TLS") << gmail << both << Protocol::Pop3 << SocketType::Ssl << QList<qsizetype>{1}
                                   << QList<qsizetype>{0} << true << true;
    // No STARTTLS for incoming mail: its SSL/TLS server stays, and the page says so.
    QTest::addRow("POP3, STARTTLS") << gmail << both << Protocol::Pop3 << SocketType::StartTls << QList<qsizetype>{1}
                                    << QList<qsizetype>{1} << false << true;
    QTest::addRow("POP3 far down the list")
        << u"imap/SSL,imap/STARTTLS,imap/SSL,pop3/STARTTLS,pop3/SSL"_s << u"smtp/STARTTLS"_s << Protocol::Pop3
        << SocketType::Ssl << QList<qsizetype>{4} << QList<qsizetype>{0} << true << false;
    QTest::addRow("several hosts, best first")
        << u"imap/SSL,imap/STARTTLS,imap/SSL"_s << u"smtp/STARTTLS,smtp/SSL,smtp/STARTTLS"_s << Protocol::Imap
        << SocketType::StartTls << QList<qsizetype>{1} << QList<qsizetype>{0, 2} << true << true;
    QTest::addRow("no POP3 at all") << u"imap/SSL"_s << u"smtp/SSL"_s << Protocol::Pop3 << SocketType::Ssl
                                    << QList<qsizetype>{} << QList<qsizetype>{0} << false << true;
    QTest::addRow("only plain text outgoing") << u"imap/SSL"_s << u"smtp/plain"_s << Protocol::Imap << SocketType::Ssl
                                              << QList<qsizetype>{0} << QList<qsizetype>{0} << true << false;
}

void TestServerChoice::matching()
{
    QFETCH(QString, incoming);
    QFETCH(QString, outgoing);
    QFETCH(Protocol, protocol);
    QFETCH(SocketType, security);
    QFETCH(QList<qsizetype>, incomingMatches);
    QFETCH(QList<qsizetype>, outgoingMatches);
    QFETCH(bool, incomingFound);
    QFETCH(bool, outgoingFound);

    const ServerChoice choice(state(incoming, outgoing));
    QCOMPARE(choice.matching(Side::Incoming, protocol, security), incomingMatches);
    QCOMPARE(choice.matching(Side::Outgoing, protocol, security), outgoingMatches);
    QCOMPARE(choice.best(Side::Incoming, protocol, security), incomingMatches.value(0, -1));
    QCOMPARE(choice.best(Side::Outgoing, protocol, security), outgoingMatches.value(0, -1));
    QCOMPARE(choice.securityFound(Side::Incoming, protocol, security), incomingFound);
    QCOMPARE(choice.securityFound(Side::Outgoing, protocol, security), outgoingFound);
}

void TestServerChoice::offers_data()
{
    QTest::addColumn<QString>("incoming");
    QTest::addColumn<QString>("outgoing");
    QTest::addColumn<bool>("imap");
    QTest::addColumn<bool>("pop3");
    // With IMAP chosen, and with POP3 chosen: SSL/TLS offered, STARTTLS offered.
    QTest::addColumn<QList<bool>>("imapSecurity");
    QTest::addColumn<QList<bool>>("pop3Security");
    // What choosing POP3 with SSL/TLS turns into.
    QTest::addColumn<SocketType>("pop3SslBecomes");

    QTest::addRow("everything") << u"imap/SSL,imap/STARTTLS,pop3/SSL,pop3/STARTTLS"_s << u"smtp/SSL,smtp/STARTTLS"_s
                                << true << true << QList<bool>{true, true} << QList<bool>{true, true}
                                << SocketType::Ssl;
    QTest::addRow("IMAP only") << u"imap/SSL"_s << u"smtp/SSL"_s << true << false << QList<bool>{true, false}
                               << QList<bool>{false, false} << SocketType::Ssl;
    // Outgoing STARTTLS alone still makes STARTTLS an answer; POP3 only over STARTTLS moves the answer.
    QTest::addRow("POP3 over STARTTLS only")
        << u"imap/SSL,pop3/STARTTLS"_s << u"smtp/STARTTLS"_s << true << true << QList<bool>{true, true}
        << QList<bool>{false, true} << SocketType::StartTls;
    QTest::addRow("POP3 only") << u"pop3/SSL"_s << u"smtp/SSL"_s << false << true << QList<bool>{false, false}
                               << QList<bool>{true, false} << SocketType::Ssl;
}

void TestServerChoice::offers()
{
    QFETCH(QString, incoming);
    QFETCH(QString, outgoing);
    QFETCH(bool, imap);
    QFETCH(bool, pop3);
    QFETCH(QList<bool>, imapSecurity);
    QFETCH(QList<bool>, pop3Security);
    QFETCH(SocketType, pop3SslBecomes);

    const ServerChoice choice(state(incoming, outgoing));
    QCOMPARE(choice.offers(Protocol::Imap), imap);
    QCOMPARE(choice.offers(Protocol::Pop3), pop3);
    QCOMPARE((QList<bool>{choice.offers(Protocol::Imap, SocketType::Ssl),
                          choice.offers(Protocol::Imap, SocketType::StartTls)}),
             imapSecurity);
    QCOMPARE((QList<bool>{choice.offers(Protocol::Pop3, SocketType::Ssl),
                          choice.offers(Protocol::Pop3, SocketType::StartTls)}),
             pop3Security);
    QCOMPARE(choice.securityFor(Protocol::Pop3, SocketType::Ssl), pop3SslBecomes);
}

void TestServerChoice::answersFollowTheChosenServers()
{
    SetupState s = state(u"imap/SSL,pop3/STARTTLS"_s, u"smtp/SSL,smtp/STARTTLS"_s);
    QCOMPARE(ServerChoice(s).protocol(), Protocol::Imap);
    QCOMPARE(ServerChoice(s).security(), SocketType::Ssl);
    s.side(Side::Incoming).chosenIndex = 1;
    QCOMPARE(ServerChoice(s).protocol(), Protocol::Pop3);
    // POP3 has STARTTLS only: with the outgoing SSL/TLS server the answer is still SSL/TLS ...
    QCOMPARE(ServerChoice(s).security(), SocketType::Ssl);
    // ... and STARTTLS once the outgoing server uses it too.
    s.side(Side::Outgoing).chosenIndex = 1;
    QCOMPARE(ServerChoice(s).security(), SocketType::StartTls);
    // A typed server stands for no answer: the recommended ones are shown.
    s.side(Side::Incoming).chosenIndex = -1;
    s.side(Side::Outgoing).chosenIndex = -1;
    QCOMPARE(ServerChoice(s).protocol(), ServerChoice::recommendedProtocol);
    QCOMPARE(ServerChoice(s).security(), ServerChoice::recommendedSecurity);
    // Plain-text incoming says nothing about the encryption: the outgoing server's counts.
    SetupState plain = state(u"imap/plain"_s, u"smtp/STARTTLS"_s);
    QCOMPARE(ServerChoice(plain).security(), SocketType::StartTls);
    // STARTTLS asked for, found only for outgoing mail: the answer stays STARTTLS although the
    // incoming server uses SSL/TLS (its only kind).
    SetupState mixed = state(u"imap/SSL"_s, u"smtp/SSL,smtp/STARTTLS"_s);
    QCOMPARE(ServerChoice(mixed).security(), SocketType::Ssl);
    mixed.side(Side::Outgoing).chosenIndex = 1;
    QCOMPARE(ServerChoice(mixed).security(), SocketType::StartTls);
}

QTEST_GUILESS_MAIN(TestServerChoice)
#include "TestServerChoice.moc"
