#include "AccountJson.h"
#include "AutoconfigReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Portpilot;

// The JSON form for scripts: round trip, no password, and clear errors on bad input.
class TestAccountJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void leavesPasswordOut();
    void rejects_data();
    void rejects();
    void ignoresFieldsOfOtherProtocols();
};

namespace {

Account fullAccount()
{
    QFile f(QStringLiteral(PORTPILOT_TEST_DATA "/autoconfig/full.xml"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing full.xml");
    }
    auto result = AutoconfigReader::read(f.readAll());
    if (!result.ok()) {
        qFatal("full.xml does not parse");
    }
    Account a = result.account->resolved(QStringLiteral("anna@example.test"), QStringLiteral("Anna \"A\" #1"));
    a.incoming[0].approvalNeeded = QStringLiteral("hoster.test");
    a.incoming[0].source = ConfigSource::Guess;
    a.incoming[0].certificateProblem = true;
    return a;
}

} // namespace

void TestAccountJson::roundTrip()
{
    const Account account = fullAccount();
    QString error;
    const auto back = AccountJson::fromBytes(AccountJson::toBytes(account), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, account);
    const QJsonObject o = AccountJson::toJson(account);
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("emailAddress")).toString(), QStringLiteral("anna@example.test"));
}

void TestAccountJson::leavesPasswordOut()
{
    Account account = fullAccount();
    account.incoming[0].password = QStringLiteral("s3cret-value");
    QVERIFY(!AccountJson::toBytes(account).contains("s3cret-value"));
}

void TestAccountJson::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not valid");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not an object");
    QTest::newRow("wrong version") << QByteArray("{\"schemaVersion\": 9}") << QStringLiteral("schemaVersion 9");
    QTest::newRow("no servers") << QByteArray("{\"schemaVersion\": 1}") << QStringLiteral("no servers");
    QTest::newRow("bad port") << QByteArray(R"({"schemaVersion":1,"incoming":[{"protocol":"imap",)"
                                            R"("hostname":"a.test","port":70000,"socketType":"SSL",)"
                                            R"("authentication":["password-cleartext"]}]})")
                              << QStringLiteral("from 1 to 65535");
    QTest::newRow("smtp in incoming") << QByteArray(R"({"schemaVersion":1,"incoming":[{"protocol":"smtp",)"
                                                    R"("hostname":"a.test","port":25,"socketType":"SSL",)"
                                                    R"("authentication":["none"]}]})")
                                      << QStringLiteral("does not belong");
    QTest::newRow("negative days") << QByteArray(R"({"schemaVersion":1,"incoming":[{"protocol":"pop3",)"
                                                 R"("hostname":"a.test","port":995,"socketType":"SSL",)"
                                                 R"("authentication":["password-cleartext"],)"
                                                 R"("pop3":{"daysToLeaveMessagesOnServer":-5}}]})")
                                   << QStringLiteral("from 0 to 36500");
    QTest::newRow("zero check interval") << QByteArray(R"({"schemaVersion":1,"incoming":[{"protocol":"pop3",)"
                                                       R"("hostname":"a.test","port":995,"socketType":"SSL",)"
                                                       R"("authentication":["password-cleartext"],)"
                                                       R"("pop3":{"checkIntervalMinutes":0}}]})")
                                         << QStringLiteral("from 1 to 100000");
    QTest::newRow("bad host") << QByteArray(R"({"schemaVersion":1,"incoming":[{"protocol":"imap",)"
                                            R"("hostname":"a b","port":993,"socketType":"SSL",)"
                                            R"("authentication":["password-cleartext"]}]})")
                              << QStringLiteral("not valid");
}

void TestAccountJson::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedError);
    QString error;
    QVERIFY(!AccountJson::fromBytes(input, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

// Found by fuzz_account_json: SMTP-only fields on a POP3 server vanished on the second round trip.
void TestAccountJson::ignoresFieldsOfOtherProtocols()
{
    const QByteArray input = R"({"schemaVersion":1,"incoming":[{"protocol":"pop3","hostname":"a.test","port":995,)"
                             R"("socketType":"SSL","authentication":["password-cleartext"],)"
                             R"("restriction":"client-IP-address","useGlobalPreferredServer":false},)"
                             R"({"protocol":"imap","hostname":"b.test","port":993,"socketType":"SSL",)"
                             R"("authentication":["password-cleartext"],"pop3":{"leaveMessagesOnServer":false}}]})";
    QString error;
    const auto first = AccountJson::fromBytes(input, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->incoming.at(0).restriction.isEmpty());
    QCOMPARE(first->incoming.at(0).useGlobalPreferredServer, -1);
    QVERIFY(first->incoming.at(1).leaveMessagesOnServer);
    const auto second = AccountJson::fromBytes(AccountJson::toBytes(*first), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(*second, *first);
}

QTEST_GUILESS_MAIN(TestAccountJson)
#include "TestAccountJson.moc"
