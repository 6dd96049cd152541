#include "LanguageManager.h"
#include "SetupState.h"
#include "TestPlan.h"

#include <QTest>

using namespace Portpilot;
using namespace Qt::StringLiterals;

// The one place the test's logins are built, for the wizard and `portpilot test`: a server from
// an unauthenticated source is refused until its domain is approved.
class TestTestPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void approvals_data();
    void approvals();
    void jobsCarryTheOptions();
    void forSetup();
};

namespace {

ServerSettings server(const QString& host, const QString& approvalNeeded)
{
    ServerSettings settings;
    settings.protocol = Protocol::Imap;
    settings.hostname = host;
    settings.port = 993;
    settings.approvalNeeded = approvalNeeded;
    return settings;
}

} // namespace

void TestTestPlan::initTestCase()
{
    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
}

void TestTestPlan::approvals_data()
{
    QTest::addColumn<QStringList>("needed"); // approvalNeeded of each server ("" for none)
    QTest::addColumn<QStringList>("approved");
    QTest::addColumn<QStringList>("unapproved");
    QTest::newRow("trusted servers") << QStringList{u""_s, u""_s} << QStringList{} << QStringList{};
    QTest::newRow("one from guessing") << QStringList{u"guess.test"_s, u""_s} << QStringList{}
                                       << QStringList{u"guess.test"_s};
    QTest::newRow("approved") << QStringList{u"guess.test"_s, u""_s} << QStringList{u"guess.test"_s} << QStringList{};
    QTest::newRow("another domain approved")
        << QStringList{u"guess.test"_s, u""_s} << QStringList{u"other.test"_s} << QStringList{u"guess.test"_s};
    QTest::newRow("two servers, one domain, listed once")
        << QStringList{u"mx.test"_s, u"mx.test"_s} << QStringList{} << QStringList{u"mx.test"_s};
    QTest::newRow("two domains, one approved")
        << QStringList{u"a.test"_s, u"b.test"_s} << QStringList{u"b.test"_s} << QStringList{u"a.test"_s};
}

void TestTestPlan::approvals()
{
    QFETCH(QStringList, needed);
    QFETCH(QStringList, approved);
    QFETCH(QStringList, unapproved);
    QList<ServerSettings> servers;
    for (const QString& domain : needed) {
        servers.append(server(QStringLiteral("imap%1.example.test").arg(servers.size()), domain));
    }
    const TestPlan plan = TestPlan::make(servers, ProbeOptions(), QSet<QString>(approved.begin(), approved.end()));
    QCOMPARE(plan.unapprovedDomains, unapproved);
    QCOMPARE(plan.ok(), unapproved.isEmpty());
    // Nothing at all runs while any server waits for approval.
    QCOMPARE(plan.jobs.size(), unapproved.isEmpty() ? servers.size() : 0);
    if (!unapproved.isEmpty()) {
        QVERIFY2(plan.refusal().contains(unapproved.first()), qPrintable(plan.refusal()));
    } else {
        QVERIFY(plan.refusal().isEmpty());
    }
}

void TestTestPlan::jobsCarryTheOptions()
{
    ProbeOptions options;
    options.emailAddress = QStringLiteral("anna@example.test");
    options.plaintextConsent = {QStringLiteral("imap.example.test:143")};
    const TestPlan plan = TestPlan::make({server(QStringLiteral(" imap.example.test "), {})}, options, {});
    QVERIFY(plan.ok());
    QCOMPARE(plan.jobs.size(), 1);
    QCOMPARE(plan.jobs.first().server.hostname, QStringLiteral("imap.example.test")); // trimmed
    QCOMPARE(plan.jobs.first().options.emailAddress, options.emailAddress);
    QCOMPARE(plan.jobs.first().options.plaintextConsent, options.plaintextConsent);
    const TestPlan empty = TestPlan::make({}, options, {});
    QVERIFY(!empty.ok());
    QVERIFY(!empty.refusal().isEmpty());
}

void TestTestPlan::forSetup()
{
    SetupState state;
    state.address = EmailAddress::parse(QStringLiteral("anna@example.test"));
    state.password = QStringLiteral("pw");
    ServerSettings imap = server(QStringLiteral("imap.example.test"), {});
    imap.socketType = SocketType::Plain;
    imap.port = 143;
    state.side(Side::Incoming).server = imap;
    state.side(Side::Incoming).plainTextConsent = true;
    ServerSettings smtp = server(QStringLiteral("smtp.guess.test"), {});
    smtp.protocol = Protocol::Smtp;
    smtp.port = 465;
    smtp.source = ConfigSource::Guess;
    smtp.approvalNeeded = QStringLiteral("guess.test");
    state.side(Side::Outgoing).candidates = {smtp};
    // Typed by hand with the approval flag dropped: the state still knows the host was guessed.
    smtp.approvalNeeded.clear();
    state.side(Side::Outgoing).server = smtp;

    ProbeOptions trust;
    trust.caCertificates = {QSslCertificate()};
    TestPlan plan = TestPlan::forSetup(state, trust);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.unapprovedDomains, QStringList{QStringLiteral("guess.test")});

    state.approvedDomains.insert(QStringLiteral("guess.test"));
    plan = TestPlan::forSetup(state, trust);
    QVERIFY(plan.ok());
    QCOMPARE(plan.jobs.size(), 2);
    QCOMPARE(plan.jobs.at(0).server.hostname, QStringLiteral("imap.example.test")); // job 0 is incoming
    QCOMPARE(plan.jobs.at(1).server.hostname, QStringLiteral("smtp.guess.test"));
    for (const AccountTester::Job& job : plan.jobs) {
        QCOMPARE(job.options.mode, ProbeMode::Login);
        QCOMPARE(job.options.emailAddress, QStringLiteral("anna@example.test"));
        QCOMPARE(job.options.password, QStringLiteral("pw"));
        QCOMPARE(job.options.caCertificates.size(), 1); // the trust settings passed in
        // Consent only for the server it was given for, by host and port.
        QCOMPARE(job.options.plaintextConsent, QStringList{QStringLiteral("imap.example.test:143")});
    }
}

QTEST_GUILESS_MAIN(TestTestPlan)
#include "TestTestPlan.moc"
