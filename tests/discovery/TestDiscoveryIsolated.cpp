#include "Discovery.h"
#include "HttpFetcher.h"
#include "IspdbSource.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Portpilot;

// The orchestrator with every network source running, inside a namespace with only loopback
// (tests/ui/run-isolated.sh: the resolver points at a server that is not there, so every lookup
// fails at once and nothing leaves the machine). Checks the signals, the empty answer, and cancel();
// and, against a loopback listener, that discovery's requests carry no credentials.
class TestDiscoveryIsolated : public QObject
{
    Q_OBJECT

private:
    static DiscoveryOptions isolatedOptions()
    {
        DiscoveryOptions options;
        options.useBundled = false;
        options.ispdbUrl = QUrl(QStringLiteral("https://ispdb.invalid/v1.1/"));
        return options;
    }

private Q_SLOTS:
    void everySourceReportsThenNothing_data()
    {
        QTest::addColumn<bool>("guess");
        QTest::addColumn<bool>("allowHttp");
        QTest::addColumn<int>("sources");
        QTest::newRow("default") << true << false << 5;
        QTest::newRow("no guessing") << false << false << 4;
        QTest::newRow("with plain http") << true << true << 6;
    }
    void everySourceReportsThenNothing()
    {
        QFETCH(bool, guess);
        QFETCH(bool, allowHttp);
        QFETCH(int, sources);
        DiscoveryOptions options = isolatedOptions();
        options.guess = guess;
        options.allowHttp = allowHttp;
        Discovery discovery;
        QSignalSpy started(&discovery, &Discovery::sourceStarted);
        QSignalSpy sourceFinished(&discovery, &Discovery::sourceFinished);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(EmailAddress::parse(QStringLiteral("anna@nowhere.test")), options);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(started.size(), sources);
        QCOMPARE(sourceFinished.size(), sources);
        QList<ConfigSource> order;
        for (const QList<QVariant>& args : std::as_const(started)) {
            order.append(args.first().value<ConfigSource>());
        }
        // Started in priority order.
        QCOMPARE(order.first(), ConfigSource::ProviderHttps);
        QCOMPARE(order.at(1), ConfigSource::Ispdb);
        QCOMPARE(order.at(2), ConfigSource::Mx);
        QCOMPARE(order.at(3), ConfigSource::DnsSrv);
        QCOMPARE(order.contains(ConfigSource::Guess), guess);
        QCOMPARE(order.contains(ConfigSource::ProviderHttp), allowHttp);
        for (const QList<QVariant>& args : std::as_const(sourceFinished)) {
            const SourceStatus status = args.at(1).value<SourceStatus>();
            QVERIFY(status == SourceStatus::Nothing || status == SourceStatus::Failed);
            QVERIFY2(!args.at(2).toString().isEmpty(), "every source says why it found nothing");
        }
        const Account result = finished.first().first().value<Account>();
        QVERIFY(result.incoming.isEmpty());
        QVERIFY(result.outgoing.isEmpty());
        QCOMPARE(result.emailAddress, QStringLiteral("anna@nowhere.test"));
        QCOMPARE(discovery.winner(), ConfigSource::Unknown);
        QVERIFY(!discovery.isRunning());
    }

    void cancelStopsEverything()
    {
        Discovery discovery;
        QSignalSpy sourceFinished(&discovery, &Discovery::sourceFinished);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(EmailAddress::parse(QStringLiteral("anna@nowhere.test")), isolatedOptions());
        QVERIFY(discovery.isRunning());
        discovery.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!discovery.isRunning());
        QVERIFY(finished.first().first().value<Account>().incoming.isEmpty());
        // Every source that had not ended yet reports "cancelled"; none reports afterwards.
        const qsizetype reported = sourceFinished.size();
        QVERIFY(reported > 0);
        bool sawCancelled = false;
        for (const QList<QVariant>& args : std::as_const(sourceFinished)) {
            sawCancelled = sawCancelled || args.at(1).value<SourceStatus>() == SourceStatus::Cancelled;
        }
        QVERIFY(sawCancelled);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(sourceFinished.size(), reported);
        discovery.cancel(); // a second cancel is harmless
        QCOMPARE(finished.size(), 1);
    }

    void ispdbOnlyOverHttps_data()
    {
        // security.md DI-12: the central database only over HTTPS (over plain HTTP anyone on the
        // path writes the answer), unless plain HTTP is allowed on purpose (--allow-http).
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowHttp");
        QTest::addColumn<bool>("refused");
        QTest::newRow("http refused") << "http://ispdb.invalid/v1.1/" << false << true;
        QTest::newRow("ftp refused, even with http allowed") << "ftp://ispdb.invalid/v1.1/" << true << true;
        QTest::newRow("http when allowed") << "http://ispdb.invalid/v1.1/" << true << false;
        QTest::newRow("https") << "https://ispdb.invalid/v1.1/" << false << false;
    }
    void ispdbOnlyOverHttps()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowHttp);
        QFETCH(bool, refused);
        DiscoveryOptions options = isolatedOptions();
        options.ispdbUrl = QUrl(url);
        options.allowHttp = allowHttp;
        QNetworkAccessManager network;
        IspdbSource source(&network);
        QSignalSpy finished(&source, &DiscoverySource::finished);
        source.start(EmailAddress::parse(QStringLiteral("anna@nowhere.test")), options, std::chrono::seconds(10));
        QVERIFY(!finished.isEmpty() || finished.wait(15000));
        QVERIFY(source.result().incoming.isEmpty());
        QVERIFY2(source.message().contains(QLatin1String("is not an https:// address")) == refused,
                 qPrintable(source.message()));
        if (refused) {
            QCOMPARE(source.status(), SourceStatus::Failed);
        }
    }

    void noCredentialsOnAChallenge()
    {
        // security.md DI-07 (Guardicore's "ol' switcheroo"): a server that answers with a Basic
        // challenge gets no credentials, in no second request; the fetch simply fails.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QByteArray> requests;
        connect(&server, &QTcpServer::newConnection, &server, [&server, &requests] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                    const QByteArray request = socket->readAll();
                    requests.append(request);
                    if (request.contains("\r\n\r\n")) {
                        socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"mail\"\r\n"
                                      "Content-Length: 0\r\nConnection: close\r\n\r\n");
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        QNetworkAccessManager network;
        HttpFetcher fetcher(&network);
        QSignalSpy finished(&fetcher, &HttpFetcher::finished);
        fetcher.get(QUrl(QStringLiteral("http://127.0.0.1:%1/mail/config-v1.1.xml").arg(server.serverPort())));
        QVERIFY(finished.wait(15000));
        QVERIFY(!fetcher.ok());
        QCOMPARE(fetcher.httpStatus(), 401);
        QTest::qWait(200); // a second request would come now
        QCOMPARE(requests.size(), 1);
        QVERIFY2(!requests.first().toLower().contains("authorization"), requests.first().constData());
    }

    // A POST (an Autodiscover request carries the address, a token request a secret) goes out with
    // its body and Content-Type, and a redirect is refused and reported, never followed.
    void postRefusesRedirects()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray request;
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&server, &request, &connections] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &request] {
                    request += socket->readAll();
                    if (request.endsWith("</body>")) {
                        socket->write("HTTP/1.1 302 Found\r\nLocation: /elsewhere.xml\r\n"
                                      "Content-Length: 0\r\nConnection: close\r\n\r\n");
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        QNetworkAccessManager network;
        HttpFetcher fetcher(&network);
        QSignalSpy finished(&fetcher, &HttpFetcher::finished);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/autodiscover/autodiscover.xml").arg(server.serverPort()));
        fetcher.post(url, "<body>anna@example.org</body>", "text/xml");
        QVERIFY(finished.wait(15000));
        QVERIFY(!fetcher.ok());
        QCOMPARE(fetcher.httpStatus(), 302);
        QCOMPARE(fetcher.refusedRedirect(), url.resolved(QUrl(QStringLiteral("/elsewhere.xml"))));
        QVERIFY2(fetcher.error().contains(QLatin1String("elsewhere.xml")), qPrintable(fetcher.error()));
        QVERIFY2(request.startsWith("POST /autodiscover/autodiscover.xml "), request.constData());
        QVERIFY2(request.toLower().contains("\r\ncontent-type: text/xml\r\n"), request.constData());
        QTest::qWait(200); // a second request would come now
        QCOMPARE(connections, 1);
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryIsolated)
#include "TestDiscoveryIsolated.moc"
