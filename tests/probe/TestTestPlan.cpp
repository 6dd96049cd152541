#include "LanguageManager.h"
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

QTEST_GUILESS_MAIN(TestTestPlan)
#include "TestTestPlan.moc"
