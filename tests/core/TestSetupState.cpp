#include "SetupState.h"

#include <QTest>

using namespace Portpilot;
using namespace Qt::StringLiterals;

// The setup's state as a value: what the test, the exports and the keychain read from it, and
// which approvals it still waits for. No controller, no widgets.
class TestSetupState : public QObject
{
    Q_OBJECT

private slots:
    void startsWithOneServerPerSide();
    void effectiveServer_data();
    void effectiveServer();
    void chosenAccount();
    void pendingApprovals_data();
    void pendingApprovals();
    void testPassedNeedsBothSides();

private:
    static ServerSettings server(Protocol protocol, const QString& host, const QString& approvalNeeded = {})
    {
        ServerSettings settings;
        settings.protocol = protocol;
        settings.hostname = host;
        settings.port = protocol == Protocol::Smtp ? 465 : 993;
        settings.approvalNeeded = approvalNeeded;
        return settings;
    }
};

void TestSetupState::startsWithOneServerPerSide()
{
    const SetupState state;
    QCOMPARE(state.side(Side::Incoming).server.protocol, Protocol::Imap);
    QCOMPARE(state.side(Side::Outgoing).server.protocol, Protocol::Smtp);
    QCOMPARE(state.side(Side::Incoming).chosenIndex, -1);
    QVERIFY(!state.hasCandidates());
    QVERIFY(state.pendingApprovals().isEmpty());
    QVERIFY(!state.testPassed());
}

void TestSetupState::effectiveServer_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("effectiveHost");
    QTest::addColumn<QString>("effectiveUser");
    QTest::newRow("as typed") << u"imap.example.test"_s << u"anna"_s << u"imap.example.test"_s << u"anna"_s;
    QTest::newRow("host trimmed") << u"  imap.example.test \t"_s << u"anna"_s << u"imap.example.test"_s << u"anna"_s;
    QTest::newRow("no user name: the address")
        << u"imap.example.test"_s << QString() << u"imap.example.test"_s << u"anna@example.test"_s;
}

void TestSetupState::effectiveServer()
{
    QFETCH(QString, host);
    QFETCH(QString, username);
    QFETCH(QString, effectiveHost);
    QFETCH(QString, effectiveUser);
    SetupState state;
    state.address = EmailAddress::parse(u"anna@example.test"_s);
    ServerSettings typed = server(Protocol::Imap, host);
    typed.username = username;
    state.side(Side::Incoming).server = typed;
    const ServerSettings effective = state.effective(Side::Incoming);
    QCOMPARE(effective.hostname, effectiveHost);
    QCOMPARE(effective.username, effectiveUser);
    QCOMPARE(state.side(Side::Incoming).server.hostname, host); // the state itself keeps what was typed
}

void TestSetupState::chosenAccount()
{
    SetupState state;
    state.address = EmailAddress::parse(u"anna@example.test"_s);
    state.realName = u"Anna"_s;
    state.source = ConfigSource::Ispdb;
    state.side(Side::Incoming).candidates = {server(Protocol::Imap, u"imap.example.test"_s),
                                             server(Protocol::Pop3, u"pop.example.test"_s)};
    state.side(Side::Incoming).chosenIndex = 1;
    state.side(Side::Incoming).server = state.side(Side::Incoming).candidates.at(1);
    state.side(Side::Outgoing).server = server(Protocol::Smtp, u"smtp.guess.test"_s);
    state.side(Side::Outgoing).candidates = {server(Protocol::Smtp, u"smtp.guess.test"_s, u"guess.test"_s)};

    Account account = state.chosenAccount();
    QCOMPARE(account.emailAddress, u"anna@example.test"_s);
    QCOMPARE(account.realName, u"Anna"_s);
    QCOMPARE(account.source, ConfigSource::Ispdb);
    QCOMPARE(account.incoming.size(), 1); // the chosen one only
    QCOMPARE(account.incoming.first().hostname, u"pop.example.test"_s);
    QCOMPARE(account.outgoing.size(), 1);
    // The approval the host needs goes with the exported account, whatever the page cleared.
    QCOMPARE(account.outgoing.first().approvalNeeded, u"guess.test"_s);

    // Typed by hand: the account's source says so.
    state.side(Side::Incoming).chosenIndex = -1;
    account = state.chosenAccount();
    QCOMPARE(account.source, ConfigSource::Manual);
}

void TestSetupState::pendingApprovals_data()
{
    QTest::addColumn<QString>("incomingHost");
    QTest::addColumn<QString>("outgoingHost");
    QTest::addColumn<QStringList>("approved");
    QTest::addColumn<QStringList>("pending");
    // Candidates: imap.trusted.test from a trusted source; mail.guess.test and smtp.guess.test
    // guessed (approval of guess.test); mx.other.test through MX (approval of other.test).
    QTest::newRow("trusted") << u"imap.trusted.test"_s << u"imap.trusted.test"_s << QStringList() << QStringList();
    QTest::newRow("one guessed") << u"mail.guess.test"_s << u"imap.trusted.test"_s << QStringList()
                                 << QStringList{u"guess.test"_s};
    QTest::newRow("both guessed, listed once")
        << u"mail.guess.test"_s << u"smtp.guess.test"_s << QStringList() << QStringList{u"guess.test"_s};
    QTest::newRow("two domains") << u"mx.other.test"_s << u"smtp.guess.test"_s << QStringList()
                                 << QStringList{u"other.test"_s, u"guess.test"_s};
    QTest::newRow("one of two approved") << u"mx.other.test"_s << u"smtp.guess.test"_s << QStringList{u"guess.test"_s}
                                         << QStringList{u"other.test"_s};
    QTest::newRow("host in other letter case, root dot")
        << u"MAIL.Guess.TEST."_s << u"imap.trusted.test"_s << QStringList() << QStringList{u"guess.test"_s};
    QTest::newRow("a host nobody named: typed, nothing to approve")
        << u"mail.typed.test"_s << u"imap.trusted.test"_s << QStringList() << QStringList();
}

void TestSetupState::pendingApprovals()
{
    QFETCH(QString, incomingHost);
    QFETCH(QString, outgoingHost);
    QFETCH(QStringList, approved);
    QFETCH(QStringList, pending);
    SetupState state;
    state.side(Side::Incoming).candidates = {server(Protocol::Imap, u"imap.trusted.test"_s),
                                             server(Protocol::Imap, u"mail.guess.test"_s, u"guess.test"_s),
                                             server(Protocol::Imap, u"mx.other.test"_s, u"other.test"_s)};
    state.side(Side::Outgoing).candidates = {server(Protocol::Smtp, u"smtp.guess.test"_s, u"guess.test"_s)};
    // As a page hands a server over: the approval flag is not what decides.
    state.side(Side::Incoming).server = server(Protocol::Imap, incomingHost);
    state.side(Side::Outgoing).server = server(Protocol::Smtp, outgoingHost);
    state.approvedDomains = QSet<QString>(approved.begin(), approved.end());
    QCOMPARE(state.pendingApprovals(), pending);
}

void TestSetupState::testPassedNeedsBothSides()
{
    SetupState state;
    const ProbeResult passed;
    state.side(Side::Incoming).testResult = passed;
    QVERIFY(!state.testPassed());
    ProbeResult failed;
    failed.failure.kind = FailureKind::AuthWrongPassword;
    state.side(Side::Outgoing).testResult = failed;
    QVERIFY(!state.testPassed());
    state.side(Side::Outgoing).testResult = passed;
    QVERIFY(state.testPassed());
}

QTEST_GUILESS_MAIN(TestSetupState)
#include "TestSetupState.moc"
