#include "Hostname.h"
#include "PasswordSaver.h"
#include "SetupController.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Portpilot;
using Step = SetupController::Step;

// The sequencing of one setup without widgets: details, the steps' order, the choice, approvals
// and consent, the test's refusal of servers the person has not approved, the keychain, going
// back and the exports. The password goes to a real Secret Service (run-with-keyring.sh), in a
// network namespace of its own (run-isolated.sh), so that the discovery it starts stays local.
class TestSetupController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void details_data();
    void details();
    void steps_data();
    void steps();
    void firstCandidatesAreChosen();
    void domainCheckRefusesWhatIsNoDomain_data();
    void domainCheckRefusesWhatIsNoDomain();
    void domainCheckLogsInOnlyAtTheDomain_data();
    void domainCheckLogsInOnlyAtTheDomain();
    void mostSecureIsPreselected_data();
    void mostSecureIsPreselected();
    void approvalsBlockTheTest();
    void approvalFollowsTheHost_data();
    void approvalFollowsTheHost();
    void startTestRefusesUnapprovedServer();
    void plainTextNeedsConsent();
    void savePasswordWritesBothServers();
    void keychainAvailability();
    void backStopsWhatTheStepStarted();
    void exportsAreKept();
    void importedAccountAddsItsServers_data();
    void importedAccountAddsItsServers();

private:
    static Account discovered();
    static QString uniqueAddress()
    {
        return QStringLiteral("u%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    }
};

void TestSetupController::initTestCase()
{
    // The controller keeps accepted certificates in QSettings: never the person's own file.
    QStandardPaths::setTestModeEnabled(true);
}

Account TestSetupController::discovered()
{
    Account account;
    account.source = ConfigSource::Ispdb;
    ServerSettings imap;
    imap.protocol = Protocol::Imap;
    imap.hostname = QStringLiteral("imap.example.test");
    imap.port = 993;
    imap.username = QStringLiteral("anna");
    imap.source = ConfigSource::Ispdb;
    ServerSettings pop = imap;
    pop.protocol = Protocol::Pop3;
    pop.hostname = QStringLiteral("pop.example.test");
    pop.port = 995;
    pop.source = ConfigSource::Guess;
    pop.approvalNeeded = QStringLiteral("example.test");
    ServerSettings smtp;
    smtp.protocol = Protocol::Smtp;
    smtp.hostname = QStringLiteral("smtp.example.test");
    smtp.port = 465;
    account.incoming = {imap, pop};
    account.outgoing = {smtp};
    return account;
}

void TestSetupController::details_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("ok");
    QTest::newRow("valid") << "anna@example.test" << true;
    QTest::newRow("spaces around") << "  anna@example.test " << true;
    QTest::newRow("idn") << "jón@bækur.is" << true;
    QTest::newRow("no at") << "anna.example.test" << false;
    QTest::newRow("empty") << "" << false;
}

void TestSetupController::details()
{
    QFETCH(QString, address);
    QFETCH(bool, ok);
    SetupController controller;
    QString error;
    QCOMPARE(controller.setDetails(QStringLiteral(" Anna "), address, QStringLiteral("pw"), true, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok) {
        QCOMPARE(controller.state().realName, QStringLiteral("Anna"));
        QCOMPARE(controller.state().address.toString(), address.trimmed());
        QCOMPARE(controller.state().password, QStringLiteral("pw"));
    }
}

void TestSetupController::steps_data()
{
    using Detour = SetupController::Detour;
    QTest::addColumn<Step>("current");
    QTest::addColumn<bool>("candidates");
    QTest::addColumn<Detour>("detour");
    QTest::addColumn<int>("next"); // -1: no next step
    QTest::newRow("details") << Step::Details << false << Detour::None << int(Step::Finding);
    QTest::newRow("details, domain check asked") << Step::Details << false << Detour::CheckDomain << int(Step::Check);
    QTest::newRow("found") << Step::Finding << true << Detour::None << int(Step::Choose);
    QTest::newRow("nothing found") << Step::Finding << false << Detour::None << int(Step::Manual);
    QTest::newRow("found, manual asked") << Step::Finding << true << Detour::Manual << int(Step::Manual);
    QTest::newRow("chosen") << Step::Choose << true << Detour::None << int(Step::Test);
    QTest::newRow("choose, manual asked") << Step::Choose << true << Detour::Manual << int(Step::Manual);
    QTest::newRow("typed") << Step::Manual << false << Detour::None << int(Step::Test);
    QTest::newRow("tested") << Step::Test << true << Detour::None << int(Step::Export);
    QTest::newRow("migrated") << Step::Migrate << true << Detour::None << int(Step::Export);
    QTest::newRow("exported") << Step::Export << true << Detour::None << int(Step::Done);
    QTest::newRow("done") << Step::Done << true << Detour::None << -1;
    QTest::newRow("domain checked") << Step::Check << false << Detour::None << -1;
}

void TestSetupController::steps()
{
    QFETCH(Step, current);
    QFETCH(bool, candidates);
    QFETCH(SetupController::Detour, detour);
    QFETCH(int, next);
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    if (candidates) {
        controller.setCandidates(discovered());
    }
    const std::optional<Step> step = controller.next(current, detour);
    QCOMPARE(step ? int(*step) : -1, next);
}

void TestSetupController::domainCheckRefusesWhatIsNoDomain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("empty") << ""
                           << "Type the domain";
    QTest::newRow("spaces") << "   "
                            << "Type the domain";
    QTest::newRow("an address") << "anna@example.org"
                                << "is not a domain name";
    QTest::newRow("a web address") << "https://example.org/"
                                   << "is not a domain name";
    QTest::newRow("one label") << "localhost"
                               << "is not a domain name";
}

// Bad input is refused before anything is asked on the network, and the state stays empty.
void TestSetupController::domainCheckRefusesWhatIsNoDomain()
{
    QFETCH(QString, text);
    QFETCH(QString, errorPart);
    SetupController controller;
    QSignalSpy changed(&controller, &SetupController::domainCheckChanged);
    QString error;
    QVERIFY(!controller.startDomainCheck(text, false, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(!controller.isCheckingDomain());
    QVERIFY(controller.state().domainCheck.domain.isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestSetupController::domainCheckLogsInOnlyAtTheDomain_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("canLogIn");
    QTest::newRow("same domain") << "anna@example.org"
                                 << "pw"
                                 << "example.org" << true;
    QTest::newRow("other case, final dot") << "anna@example.org"
                                           << "pw"
                                           << "EXAMPLE.org." << true;
    QTest::newRow("no password") << "anna@example.org"
                                 << ""
                                 << "example.org" << false;
    QTest::newRow("other domain") << "anna@example.org"
                                  << "pw"
                                  << "example.net" << false;
    QTest::newRow("parent domain") << "anna@mail.example.org"
                                   << "pw"
                                   << "example.org" << false;
    QTest::newRow("no address") << ""
                                << "pw"
                                << "example.org" << false;
}

// The test account's password goes only to the servers of its own domain.
void TestSetupController::domainCheckLogsInOnlyAtTheDomain()
{
    QFETCH(QString, address);
    QFETCH(QString, password);
    QFETCH(QString, domain);
    QFETCH(bool, canLogIn);
    SetupController controller;
    if (!address.isEmpty()) {
        QVERIFY(controller.setDetails(QStringLiteral("Anna"), address, password, false));
    }
    QCOMPARE(controller.canLogInForDomainCheck(domain), canLogIn);
}

void TestSetupController::firstCandidatesAreChosen()
{
    SetupController controller;
    QSignalSpy candidatesSpy(&controller, &SetupController::candidatesChanged);
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    controller.setCandidates(discovered());
    QCOMPARE(candidatesSpy.count(), 1);
    const SetupState& state = controller.state();
    QCOMPARE(state.side(Side::Incoming).chosenIndex, 0);
    QCOMPARE(state.side(Side::Incoming).server.hostname, QStringLiteral("imap.example.test"));
    QCOMPARE(state.side(Side::Outgoing).server.hostname, QStringLiteral("smtp.example.test"));
    // No username in the file: the address is used.
    QCOMPARE(state.effective(Side::Outgoing).username, QStringLiteral("anna@example.test"));

    QSignalSpy choiceSpy(&controller, &SetupController::choiceChanged);
    controller.choose(Side::Incoming, 1);
    QCOMPARE(choiceSpy.count(), 1);
    QCOMPARE(state.side(Side::Incoming).server.protocol, Protocol::Pop3);
    controller.choose(Side::Incoming, 7); // out of range: ignored
    QCOMPARE(state.side(Side::Incoming).chosenIndex, 1);
    const Account chosen = state.chosenAccount();
    QCOMPARE(chosen.incoming.size(), 1);
    QCOMPARE(chosen.incoming.first().hostname, QStringLiteral("pop.example.test"));
    QCOMPARE(chosen.outgoing.size(), 1);
    QCOMPARE(chosen.emailAddress, QStringLiteral("anna@example.test"));
}

void TestSetupController::mostSecureIsPreselected_data()
{
    // security.md DI-09 / UI-03, RFC 8314: implicit TLS before STARTTLS before none, whatever the
    // file's order; a plaintext server is never preselected while an encrypted one is listed, of
    // any protocol; the file's order is kept within a level, and its first protocol stays first.
    // Incoming servers have the given protocols (IMAP when none are given); the outgoing side
    // lists SMTP servers with the same security and ports.
    QTest::addColumn<QList<int>>("socketTypes"); // the file's order, as SocketType values
    QTest::addColumn<QList<int>>("ports");
    QTest::addColumn<QList<int>>("protocols"); // incoming, as Protocol values
    QTest::addColumn<int>("incomingPort");     // preselected
    QTest::addColumn<int>("outgoingPort");
    const int ssl = int(SocketType::Ssl);
    const int starttls = int(SocketType::StartTls);
    const int plain = int(SocketType::Plain);
    const int imap = int(Protocol::Imap);
    const int pop3 = int(Protocol::Pop3);
    QTest::newRow("STARTTLS listed first")
        << QList<int>{starttls, ssl} << QList<int>{143, 993} << QList<int>{} << 993 << 993;
    QTest::newRow("plaintext listed first")
        << QList<int>{plain, starttls} << QList<int>{144, 143} << QList<int>{} << 143 << 143;
    QTest::newRow("already in order") << QList<int>{ssl, starttls} << QList<int>{993, 143} << QList<int>{} << 993
                                      << 993;
    QTest::newRow("two SSL: the file's first")
        << QList<int>{starttls, ssl, ssl} << QList<int>{143, 994, 993} << QList<int>{} << 994 << 994;
    QTest::newRow("IMAP plaintext, then POP3 SSL")
        << QList<int>{plain, ssl} << QList<int>{143, 995} << QList<int>{imap, pop3} << 995 << 995;
    QTest::newRow("IMAP plaintext, POP3 STARTTLS, IMAP SSL")
        << QList<int>{plain, starttls, ssl} << QList<int>{143, 110, 993} << QList<int>{imap, pop3, imap} << 993 << 993;
    QTest::newRow("IMAP plaintext, POP3 STARTTLS")
        << QList<int>{plain, starttls} << QList<int>{143, 110} << QList<int>{imap, pop3} << 110 << 110;
    QTest::newRow("IMAP STARTTLS stays before POP3 SSL")
        << QList<int>{starttls, ssl} << QList<int>{143, 995} << QList<int>{imap, pop3} << 143 << 995;
}

void TestSetupController::mostSecureIsPreselected()
{
    QFETCH(QList<int>, socketTypes);
    QFETCH(QList<int>, ports);
    QFETCH(QList<int>, protocols);
    QFETCH(int, incomingPort);
    QFETCH(int, outgoingPort);
    Account account = discovered();
    account.incoming.clear();
    account.outgoing.clear();
    for (qsizetype i = 0; i < socketTypes.size(); ++i) {
        ServerSettings incoming;
        incoming.protocol = protocols.isEmpty() ? Protocol::Imap : Protocol(protocols.at(i));
        incoming.hostname = QStringLiteral("mail.example.test");
        incoming.port = quint16(ports.at(i));
        incoming.socketType = SocketType(socketTypes.at(i));
        account.incoming.append(incoming);
        ServerSettings smtp = incoming;
        smtp.protocol = Protocol::Smtp;
        account.outgoing.append(smtp);
    }
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    controller.setCandidates(account);
    QCOMPARE(controller.state().side(Side::Incoming).server.port, incomingPort);
    QCOMPARE(controller.state().side(Side::Outgoing).server.port, outgoingPort);
    for (const Side side : bothSides) {
        QVERIFY(controller.state().side(side).server.socketType != SocketType::Plain);
        QCOMPARE(controller.state().side(side).candidates.size(), socketTypes.size()); // nothing dropped
    }
}

void TestSetupController::approvalsBlockTheTest()
{
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    controller.setCandidates(discovered());
    QVERIFY(controller.readyToTest());
    controller.choose(Side::Incoming, 1); // found by guessing: needs approval
    QCOMPARE(controller.state().pendingApprovals(), QStringList{QStringLiteral("example.test")});
    QString reason;
    QVERIFY(!controller.readyToTest(&reason));
    QVERIFY2(reason.contains(QLatin1String("example.test")), qPrintable(reason));
    controller.setDomainApproved(QStringLiteral("example.test"), true);
    QVERIFY(controller.state().pendingApprovals().isEmpty());
    QVERIFY(controller.readyToTest(&reason));
    QVERIFY(reason.isEmpty());
    controller.setDomainApproved(QStringLiteral("example.test"), false);
    QVERIFY(!controller.readyToTest());
    controller.setDomainApproved(QStringLiteral("example.test"), true);
    // A new address forgets approvals given for the old one.
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@other.test"), {}, false));
    QCOMPARE(controller.state().pendingApprovals(), QStringList{QStringLiteral("example.test")});
}

void TestSetupController::approvalFollowsTheHost_data()
{
    // What the manual page hands over after the person chose the guessed POP3 server and then
    // pressed "Set up manually…": the editor marks every server it returns as typed, with nothing
    // to approve. Approval must follow the host, not the page, nor the form of its name: SRV
    // candidates carry the readable Unicode form, guessed ones the ACE form (punycode).
    QTest::addColumn<QString>("domain"); // of the candidates imap.DOMAIN (trusted), pop.DOMAIN (guessed)
    QTest::addColumn<QString>("host");   // typed
    QTest::addColumn<bool>("needsApproval");
    QTest::newRow("same host, as the editor returns it") << "example.test"
                                                         << "pop.example.test" << true;
    QTest::newRow("same host, other case and root dot") << "example.test"
                                                        << " POP.Example.test. " << true;
    QTest::newRow("a different host typed") << "example.test"
                                            << "mail.example.test" << false;
    QTest::newRow("a host a trusted source named") << "example.test"
                                                   << "imap.example.test" << false;
    QTest::newRow("found in Unicode, typed in ACE") << "bækur.is"
                                                    << "pop.xn--bkur-voa.is" << true;
    QTest::newRow("found in ACE, typed in Unicode") << "xn--bkur-voa.is"
                                                    << "pop.bækur.is" << true;
    QTest::newRow("found in Unicode, typed in capitals") << "bækur.is"
                                                         << "POP.BÆKUR.IS." << true;
    QTest::newRow("trusted in Unicode, typed in ACE") << "bækur.is"
                                                      << "imap.xn--bkur-voa.is" << false;
    QTest::newRow("trusted in ACE, typed in Unicode") << "xn--bkur-voa.is"
                                                      << "imap.bækur.is" << false;
}

void TestSetupController::approvalFollowsTheHost()
{
    QFETCH(QString, domain);
    QFETCH(QString, host);
    QFETCH(bool, needsApproval);
    const QString approvalDomain = Hostname::toAce(domain); // as CandidateRules::markTrust sets it
    Account found = discovered();
    found.incoming[0].hostname = QStringLiteral("imap.") + domain;
    found.incoming[1].hostname = QStringLiteral("pop.") + domain;
    found.incoming[1].approvalNeeded = approvalDomain;
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@") + domain, {}, false));
    controller.setCandidates(found);
    controller.choose(Side::Incoming, 1);
    QCOMPARE(controller.state().pendingApprovals(), QStringList{approvalDomain});
    ServerSettings typed = controller.state().side(Side::Incoming).server;
    typed.hostname = host;
    typed.source = ConfigSource::Manual;
    typed.approvalNeeded.clear();
    controller.setServer(Side::Incoming, typed);
    QCOMPARE(controller.state().pendingApprovals().isEmpty(), !needsApproval);
    QCOMPARE(controller.readyToTest(), !needsApproval);
    // The same after choosing another candidate and coming back to the typed server.
    controller.choose(Side::Incoming, 0);
    controller.setServer(Side::Incoming, typed);
    QCOMPARE(controller.state().pendingApprovals().isEmpty(), !needsApproval);
    QCOMPARE(controller.state().effective(Side::Incoming).approvalNeeded.isEmpty(), !needsApproval);
    if (needsApproval) {
        QCOMPARE(controller.state().pendingApprovals(), QStringList{approvalDomain});
        controller.setDomainApproved(approvalDomain, true);
        QVERIFY(controller.readyToTest());
    }
}

void TestSetupController::startTestRefusesUnapprovedServer()
{
    // A server that listens where the guessed host points: startTest() must not connect to it
    // (so no password can go there) until the domain is approved, whichever page asked.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    Account account = discovered();
    account.incoming[1].hostname = QStringLiteral("127.0.0.1");
    account.incoming[1].port = server.serverPort();
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), QStringLiteral("pw"),
                                  false));
    controller.setCandidates(account);
    controller.choose(Side::Incoming, 1);
    ServerSettings typed = controller.state().side(Side::Incoming).server;
    typed.approvalNeeded.clear(); // as the manual page hands it over
    typed.source = ConfigSource::Manual;
    controller.setServer(Side::Incoming, typed);

    QSignalSpy finished(&controller, &SetupController::testFinished);
    QString reason;
    QVERIFY(!controller.startTest(&reason));
    QVERIFY2(reason.contains(QLatin1String("example.test")), qPrintable(reason));
    QVERIFY(!controller.isTesting());
    QVERIFY(!server.waitForNewConnection(300));
    QCOMPARE(finished.count(), 0);

    // Approved: the same call connects.
    controller.setDomainApproved(QStringLiteral("example.test"), true);
    QVERIFY(controller.startTest(&reason));
    QVERIFY(server.waitForNewConnection(10000));
    controller.cancelTest();
}

void TestSetupController::plainTextNeedsConsent()
{
    SetupController controller;
    QVERIFY(controller.setDetails(QString(), QStringLiteral("anna@example.test"), QStringLiteral("pw"), false));
    controller.setCandidates(discovered());
    ServerSettings plain = controller.state().side(Side::Incoming).server;
    plain.socketType = SocketType::Plain;
    plain.port = 143;
    controller.setServer(Side::Incoming, plain);
    QVERIFY(controller.state().plainTextConsentMissing(Side::Incoming));
    QVERIFY(!controller.readyToTest());
    QVERIFY(!controller.startTest());
    controller.setPlainTextConsent(Side::Incoming, true);
    QVERIFY(controller.readyToTest());
    // Consent is for that server: another host asks again.
    plain.hostname = QStringLiteral("other.example.test");
    controller.setServer(Side::Incoming, plain);
    QVERIFY(!controller.state().side(Side::Incoming).plainTextConsent);
    QVERIFY(!controller.readyToTest());
    // A change that keeps host, port and security keeps the consent.
    controller.setPlainTextConsent(Side::Incoming, true);
    plain.username = QStringLiteral("someone");
    controller.setServer(Side::Incoming, plain);
    QVERIFY(controller.state().side(Side::Incoming).plainTextConsent);
    QVERIFY(!controller.state().plainTextConsentMissing(Side::Outgoing));
}

void TestSetupController::savePasswordWritesBothServers()
{
    SetupController controller;
    const QString address = uniqueAddress();
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), address, QStringLiteral("hunter2 ð"), true));
    controller.setCandidates(discovered());
    QSignalSpy savedSpy(&controller, &SetupController::passwordSaved);
    controller.savePassword();
    QCOMPARE(controller.passwordSaver().outcome(), PasswordSaver::Outcome::Saving);
    QVERIFY(savedSpy.wait(60000));
    QCOMPARE(savedSpy.count(), 1);
    QVERIFY2(savedSpy.at(0).at(0).toBool(), qPrintable(savedSpy.at(0).at(1).toString()));
    QCOMPARE(controller.passwordSaver().outcome(), PasswordSaver::Outcome::Stored);

    QString error;
    for (const Side side : bothSides) {
        const QString key = PasswordSaver::keyFor(controller.state(), side);
        QCOMPARE(PasswordStore::readPasswordBlocking(key, &error).value_or(QString()), QStringLiteral("hunter2 ð"));
        QVERIFY(PasswordStore::deletePasswordBlocking(key, &error));
    }
}

void TestSetupController::keychainAvailability()
{
    SetupController controller;
    QVERIFY(!controller.keychainAvailable().has_value());
    QSignalSpy spy(&controller, &SetupController::keychainAvailabilityChanged);
    controller.checkKeychain();
    QVERIFY(spy.wait(60000));
    QCOMPARE(controller.keychainAvailable(), std::optional<bool>(true));
}

void TestSetupController::backStopsWhatTheStepStarted()
{
    // A server that accepts and never answers: the test would wait for its greeting.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    Account account = discovered();
    for (QList<ServerSettings>* servers : {&account.incoming, &account.outgoing}) {
        for (ServerSettings& candidate : *servers) {
            candidate.hostname = QStringLiteral("127.0.0.1");
            candidate.port = server.serverPort();
            candidate.approvalNeeded.clear();
        }
    }
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), QStringLiteral("pw"),
                                  false));
    controller.setCandidates(account);
    const ServerSettings chosen = controller.state().side(Side::Incoming).server;
    QSignalSpy finished(&controller, &SetupController::testFinished);
    QVERIFY(controller.startTest());
    QVERIFY(server.waitForNewConnection(10000));
    QVERIFY(controller.isTesting());

    // Going back from other steps leaves the test alone; going back from Test stops it.
    controller.back(Step::Export);
    QVERIFY(controller.isTesting());
    controller.back(Step::Test);
    QVERIFY(!controller.isTesting());
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0); // a stopped test reports no result
    // What was chosen stays for the page the person goes back to.
    QCOMPARE(controller.state().side(Side::Incoming).server, chosen);
    QVERIFY(controller.readyToTest());

    // Back from Finding stops the search; discoveryFinished(false) says nothing was found.
    // Nothing leaves the machine: the test runs in a network namespace of its own (CMakeLists).
    DiscoveryOptions options;
    options.useBundled = false;
    options.guess = false;
    options.ispdbUrl = QUrl(QStringLiteral("https://127.0.0.1:9/v1.1/"));
    controller.setDiscoveryOptions(options);
    QSignalSpy discovered(&controller, &SetupController::discoveryFinished);
    controller.startDiscovery();
    QVERIFY(controller.isDiscovering());
    controller.back(Step::Finding);
    QVERIFY(discovered.count() == 1 || discovered.wait(10000));
    QCOMPARE(discovered.at(0).at(0).toBool(), false);
    QVERIFY(!controller.isDiscovering());
}

void TestSetupController::exportsAreKept()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), QStringLiteral("pw"),
                                  false));
    controller.setCandidates(discovered());
    QSignalSpy changed(&controller, &SetupController::exportsChanged);

    controller.exportTo({QStringLiteral("msmtp"), QStringLiteral("autoconfig")}, folder.path(), false);
    QCOMPARE(changed.count(), 1);
    const QList<ExportOutcome>& first = controller.state().exports;
    QCOMPARE(first.size(), 2);
    for (const ExportOutcome& outcome : first) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.format));
        QVERIFY2(QFileInfo::exists(outcome.path), qPrintable(outcome.path));
    }
    QCOMPARE(first.at(0).format, QStringLiteral("msmtp"));

    // A second save of the same format replaces nothing, and the first outcome stays reported.
    controller.exportTo({QStringLiteral("msmtp")}, folder.path(), false);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(controller.state().exports.size(), 3);
    QVERIFY(controller.state().exports.at(0).ok());
    QCOMPARE(controller.state().exports.at(2).status, ExportOutcome::Status::Exists);
}

void TestSetupController::importedAccountAddsItsServers_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("incoming"); // candidates on the incoming side
    QTest::addRow("same address") << QStringLiteral("anna@example.test") << 3;
    QTest::addRow("same address, other case") << QStringLiteral("Anna@Example.test") << 3;
    QTest::addRow("another address") << QStringLiteral("bob@example.test") << 2;
}

void TestSetupController::importedAccountAddsItsServers()
{
    QFETCH(QString, address);
    QFETCH(int, incoming);
    QTemporaryDir home;
    const QString profile = home.filePath(QStringLiteral(".thunderbird/p.default"));
    QVERIFY(QDir().mkpath(profile));
    QFile ini(home.filePath(QStringLiteral(".thunderbird/profiles.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[Profile0]\nName=default\nIsRelative=1\nPath=p.default\n");
    ini.close();
    QFile prefs(profile + QStringLiteral("/prefs.js"));
    QVERIFY(prefs.open(QIODevice::WriteOnly));
    prefs.write(R"x(user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.identity.id1.useremail", "anna@example.test");
user_pref("mail.identity.id1.fullName", "Anna");
user_pref("mail.server.server1.type", "pop3");
user_pref("mail.server.server1.hostname", "mail.anna-isp.test");
user_pref("mail.server.server1.port", 995);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.userName", "anna");
)x");
    prefs.close();

    SetupController controller;
    controller.setMigrationHome(home.path());
    const QList<FoundAccount>& accounts = controller.importableAccounts();
    QCOMPARE(accounts.size(), 1);
    controller.setImportedAccount(accounts.first().account);
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), address, {}, false));
    controller.setCandidates(discovered());
    const QList<ServerSettings>& candidates = controller.state().side(Side::Incoming).candidates;
    QCOMPARE(candidates.size(), incoming);
    if (incoming == 3) {
        const auto imported = std::find_if(candidates.cbegin(), candidates.cend(), [](const ServerSettings& s) {
            return s.hostname == QLatin1String("mail.anna-isp.test");
        });
        QVERIFY(imported != candidates.cend());
        QCOMPARE(imported->source, ConfigSource::Imported);
        QCOMPARE(imported->protocol, Protocol::Pop3);
        QCOMPARE(imported->username, QStringLiteral("anna"));
        QVERIFY(imported->approvalNeeded.isEmpty()); // the person's own program: nothing to approve
    }
}

QTEST_GUILESS_MAIN(TestSetupController)
#include "TestSetupController.moc"
