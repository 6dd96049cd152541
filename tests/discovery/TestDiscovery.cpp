#include "Discovery.h"
#include "ProviderDatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Portpilot;

// The orchestrator without network: a bundled provider answers at once and nothing else
// starts (so no packet leaves this machine), and the result is filled for the address.
// The network sources and their priority order are covered by TestDiscoveryWorld.
class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledAnswersWithoutNetwork_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("imapHost");
        QTest::addColumn<QString>("username");
        QTest::newRow("gmail") << "anna@gmail.com"
                               << "google"
                               << "imap.gmail.com"
                               << "anna@gmail.com";
        QTest::newRow("web.de local part") << "anna@web.de"
                                           << "web.de"
                                           << "imap.web.de"
                                           << "anna";
        QTest::newRow("posteo.is") << "jón@posteo.is"
                                   << "posteo"
                                   << "posteo.de"
                                   << "jón@posteo.is";
        QTest::newRow("upper case domain") << "x@HOTMAIL.com"
                                           << "outlook.com"
                                           << "outlook.office365.com"
                                           << "x@hotmail.com";
    }
    void bundledAnswersWithoutNetwork()
    {
        QFETCH(QString, address);
        QFETCH(QString, provider);
        QFETCH(QString, imapHost);
        QFETCH(QString, username);
        QString error;
        const EmailAddress parsed = EmailAddress::parse(address, &error);
        QVERIFY2(parsed.isValid(), qPrintable(error));

        Discovery discovery;
        QSignalSpy started(&discovery, &Discovery::sourceStarted);
        QSignalSpy sourceFinished(&discovery, &Discovery::sourceFinished);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(parsed);
        QVERIFY(discovery.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!discovery.isRunning());
        // Only the bundled source ran: no DNS, no HTTP.
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().value<ConfigSource>(), ConfigSource::Bundled);
        QCOMPARE(sourceFinished.size(), 1);
        QCOMPARE(sourceFinished.first().at(1).value<SourceStatus>(), SourceStatus::Found);
        QCOMPARE(discovery.winner(), ConfigSource::Bundled);

        const Account result = finished.first().first().value<Account>();
        QCOMPARE(result.provider.id, provider);
        QCOMPARE(result.emailAddress, parsed.toString());
        QVERIFY(!result.incoming.isEmpty());
        QCOMPARE(result.incoming.first().hostname, imapHost);
        QCOMPARE(result.incoming.first().username, username);
        QCOMPARE(result.incoming.first().source, ConfigSource::Bundled);
        QVERIFY(result.incoming.first().approvalNeeded.isEmpty());
        QVERIFY(!result.outgoing.isEmpty());
    }

    void restartGivesFreshResult()
    {
        Discovery discovery;
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(EmailAddress::parse(QStringLiteral("a@gmail.com")));
        QVERIFY(finished.wait(5000));
        discovery.start(EmailAddress::parse(QStringLiteral("b@yahoo.com")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(discovery.result().provider.id, QStringLiteral("yahoo"));
        QCOMPARE(discovery.result().emailAddress, QStringLiteral("b@yahoo.com"));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "TestDiscovery.moc"
