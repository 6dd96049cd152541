// The authorization code flow against the tests' own authorization server (standard, Microsoft
// and Google modes) with a scripted browser: PKCE, state, iss, the Google code, error answers and
// hostile token endpoints. TestAccessTokenSource covers the keychain side.
#include "AuthorizationFlow.h"
#include "OAuth2TestServer.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Portpilot;

namespace {

const QString Address = QStringLiteral("127.0.0.121");

// What the browser does with the redirect it is sent to.
enum class Delivery
{
    AsSent,
    WrongState, // an attacker's page sends the listener a code with a state of its own
    ThenAgain,  // the redirect is loaded twice (reload, or a second tab)
    NoDelivery, // nothing reaches the listener (the person closes the browser)
};

struct BrowserVisit
{
    QUrl redirect; // where the issuer sent the browser
    QString page;  // what the loopback listener answered
    QString secondPage;
    bool secondConnected = false;
};

// GETs a URL with the test CA and no redirect following; returns the reply's Location and body.
std::pair<QUrl, QByteArray> fetch(QNetworkAccessManager& network, const QUrl& url, const QList<QSslCertificate>& cas)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(cas);
    request.setSslConfiguration(ssl);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return {location, body};
}

} // namespace

class TestAuthorizationFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signIn_data();
    void signIn();
    void adversarialRedirects_data();
    void adversarialRedirects();
    void hostileTokenEndpoint_data();
    void hostileTokenEndpoint();
    void plainHttpIssuerRefused();
    void listenerIsLoopbackOnly();

private:
    OAuth2TestServer* server(const QString& mode) { return m_servers.at(mode).get(); }
    // Runs one flow; the browser's part follows `delivery`.
    BrowserVisit run(AuthorizationFlow& flow, OAuth2TestServer& server, Delivery delivery);

    QTemporaryDir m_dir;
    std::map<QString, std::shared_ptr<OAuth2TestServer>> m_servers;
    QNetworkAccessManager m_network;
};

void TestAuthorizationFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString ca = m_dir.filePath(QStringLiteral("ca"));
    QCOMPARE(QProcess::execute(QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/servers/make-test-ca.sh"), {ca, Address}),
             0);
    for (const QString& mode : {QStringLiteral("standard"), QStringLiteral("microsoft"), QStringLiteral("google")}) {
        const QString dir = m_dir.filePath(mode);
        QDir().mkpath(dir);
        QFile::link(ca, dir + QStringLiteral("/ca"));
        auto s = std::make_shared<OAuth2TestServer>(dir, Address, QStringList{QStringLiteral("--mode"), mode});
        QVERIFY2(s->isRunning(), qPrintable(s->error()));
        m_servers[mode] = s;
    }
}

BrowserVisit TestAuthorizationFlow::run(AuthorizationFlow& flow, OAuth2TestServer& server, Delivery delivery)
{
    BrowserVisit visit;
    QObject::connect(&flow, &AuthorizationFlow::browserUrlReady, &flow, [&](const QUrl& url) {
        visit.redirect = fetch(m_network, url, server.caCertificates()).first;
        if (delivery == Delivery::NoDelivery || !visit.redirect.isValid()) {
            return;
        }
        QUrl target = visit.redirect;
        if (delivery == Delivery::WrongState) {
            QUrlQuery query(target);
            query.removeAllQueryItems(QStringLiteral("state"));
            query.addQueryItem(QStringLiteral("state"), QStringLiteral("not-the-state"));
            target.setQuery(query);
        }
        visit.page = QString::fromUtf8(fetch(m_network, target, {}).second);
        if (delivery == Delivery::WrongState) {
            // The real redirect still arrives afterwards and must still work.
            visit.secondPage = QString::fromUtf8(fetch(m_network, visit.redirect, {}).second);
        } else if (delivery == Delivery::ThenAgain) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(visit.redirect.port()));
            visit.secondConnected = socket.waitForConnected(3000);
        }
    });
    flow.start();
    return visit;
}

void TestAuthorizationFlow::signIn_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("issSent");
    QTest::newRow("standard (iss sent)") << QStringLiteral("standard") << true;
    QTest::newRow("microsoft (no iss)") << QStringLiteral("microsoft") << false;
    // Google's codes hold a "/": exchanged once-encoded they work, twice-encoded (QTBUG-81624)
    // the server refuses them, so this row fails if the code is encoded twice.
    QTest::newRow("google (code with a slash)") << QStringLiteral("google") << true;
}

void TestAuthorizationFlow::signIn()
{
    QFETCH(QString, mode);
    QFETCH(bool, issSent);
    OAuth2TestServer& s = *server(mode);
    const qsizetype before = s.log(QStringLiteral("token")).size();
    AuthorizationFlow flow(&m_network, s.registration());
    flow.setExtraCaCertificates(s.caCertificates());
    flow.setLoginHint(QStringLiteral("anna@example.test"));
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    QSignalSpy failed(&flow, &AuthorizationFlow::failed);
    const BrowserVisit visit = run(flow, s, Delivery::AsSent);
    // The exchange may end while run() still waits for the browser's page: count, not wait().
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<OAuth2Problem>().describe(mode)));
    const auto tokens = finished.first().first().value<OAuth2Tokens>();
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());
    QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));

    // What the browser carried: the PKCE challenge, our state and loopback redirect, the hint.
    const QUrlQuery sent(flow.authorizationUrl());
    QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(sent.queryItemValue(QStringLiteral("state")).size(), 43);
    QVERIFY(sent.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                .startsWith(QLatin1String("http://127.0.0.1:")));
    QCOMPARE(sent.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
             QStringLiteral("anna@example.test"));
    QCOMPARE(QUrlQuery(visit.redirect).hasQueryItem(QStringLiteral("iss")), issSent);
    QVERIFY(visit.page.contains(QLatin1String("Return to Portpilot")));

    // The token endpoint saw the code exactly as the issuer made it, once.
    const QJsonArray log = s.log(QStringLiteral("token"));
    QCOMPARE(log.size(), before + 1);
    QCOMPARE(log.last().toObject().value(QStringLiteral("code")).toString(),
             QUrlQuery(visit.redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    if (mode == QLatin1String("google")) {
        QVERIFY(log.last().toObject().value(QStringLiteral("code")).toString().startsWith(QLatin1String("4/0A")));
    }
}

void TestAuthorizationFlow::adversarialRedirects_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QJsonObject>("control");
    QTest::addColumn<int>("delivery");
    QTest::addColumn<int>("expected"); // OAuth2Problem::Kind; None = signed in
    QTest::addColumn<int>("tokenRequests");

    QTest::newRow("wrong state ignored, then the real one")
        << QStringLiteral("standard") << QJsonObject{} << int(Delivery::WrongState) << int(OAuth2Problem::Kind::None)
        << 1;
    QTest::newRow("second redirect finds nobody listening")
        << QStringLiteral("standard") << QJsonObject{} << int(Delivery::ThenAgain) << int(OAuth2Problem::Kind::None)
        << 1;
    QTest::newRow("iss of another issuer (mix-up)")
        << QStringLiteral("standard") << QJsonObject{{QStringLiteral("wrong_iss"), true}} << int(Delivery::AsSent)
        << int(OAuth2Problem::Kind::IssuerMismatch) << 0;
    QTest::newRow("consent refused") << QStringLiteral("standard")
                                     << QJsonObject{{QStringLiteral("authorize_error"),
                                                     QStringLiteral("access_denied")}}
                                     << int(Delivery::AsSent) << int(OAuth2Problem::Kind::ConsentRefused) << 0;
    QTest::newRow("admin approval required (Microsoft)")
        << QStringLiteral("microsoft")
        << QJsonObject{{QStringLiteral("authorize_error"), QStringLiteral("admin_consent")}} << int(Delivery::AsSent)
        << int(OAuth2Problem::Kind::AdminApproval) << 0;
}

void TestAuthorizationFlow::adversarialRedirects()
{
    QFETCH(QString, mode);
    QFETCH(QJsonObject, control);
    QFETCH(int, delivery);
    QFETCH(int, expected);
    QFETCH(int, tokenRequests);
    OAuth2TestServer& s = *server(mode);
    QVERIFY(s.control(control));
    const qsizetype before = s.log(QStringLiteral("token")).size();
    OAuth2Registration registration = s.registration();
    registration.adminConsentUrl = s.issuer() + QStringLiteral("/adminconsent?client_id=%CLIENTID%");
    AuthorizationFlow flow(&m_network, registration);
    flow.setExtraCaCertificates(s.caCertificates());
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    QSignalSpy failed(&flow, &AuthorizationFlow::failed);
    const BrowserVisit visit = run(flow, s, Delivery(delivery));
    QVERIFY(finished.count() + failed.count() == 1 ||
            QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 20000));
    QVERIFY(s.control({{QStringLiteral("authorize_error"), QJsonValue::Null}, {QStringLiteral("wrong_iss"), false}}));
    QTest::qWait(200); // nothing more may follow
    QCOMPARE(finished.count() + failed.count(), 1);
    if (expected == int(OAuth2Problem::Kind::None)) {
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().value<OAuth2Problem>().describe(mode)));
    } else {
        QCOMPARE(failed.count(), 1);
        const auto problem = failed.first().first().value<OAuth2Problem>();
        QCOMPARE(int(problem.kind), expected);
        QVERIFY(!problem.describe(QStringLiteral("Test")).isEmpty());
        if (problem.kind == OAuth2Problem::Kind::AdminApproval) {
            QCOMPARE(problem.link, s.issuer() + QStringLiteral("/adminconsent?client_id=portpilot-test"));
            QVERIFY(problem.describe(QStringLiteral("Test")).contains(problem.link));
        }
    }
    if (Delivery(delivery) == Delivery::WrongState) {
        QVERIFY(visit.page.contains(QLatin1String("does not belong")));
        QVERIFY(visit.secondPage.contains(QLatin1String("Return to Portpilot")));
    }
    if (Delivery(delivery) == Delivery::ThenAgain) {
        QVERIFY(!visit.secondConnected);
    }
    QCOMPARE(s.log(QStringLiteral("token")).size(), before + tokenRequests);
}

void TestAuthorizationFlow::hostileTokenEndpoint_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("expected");
    QTest::newRow("web page instead of JSON") << QStringLiteral("html") << int(OAuth2Problem::Kind::NotJson);
    QTest::newRow("8 MiB answer") << QStringLiteral("huge") << int(OAuth2Problem::Kind::TooLarge);
    QTest::newRow("endless answer") << QStringLiteral("endless") << int(OAuth2Problem::Kind::TooLarge);
}

void TestAuthorizationFlow::hostileTokenEndpoint()
{
    QFETCH(QString, answer);
    QFETCH(int, expected);
    OAuth2TestServer& s = *server(QStringLiteral("standard"));
    QVERIFY(s.control({{QStringLiteral("token_answer"), answer}}));
    AuthorizationFlow flow(&m_network, s.registration());
    flow.setExtraCaCertificates(s.caCertificates());
    QSignalSpy failed(&flow, &AuthorizationFlow::failed);
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    run(flow, s, Delivery::AsSent);
    QVERIFY(!failed.isEmpty() || failed.wait(40000));
    QVERIFY(s.control({{QStringLiteral("token_answer"), QStringLiteral("json")}}));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(int(failed.first().first().value<OAuth2Problem>().kind), expected);
}

void TestAuthorizationFlow::plainHttpIssuerRefused()
{
    const QString dir = m_dir.filePath(QStringLiteral("plain"));
    QDir().mkpath(dir);
    QFile::link(m_dir.filePath(QStringLiteral("ca")), dir + QStringLiteral("/ca"));
    OAuth2TestServer plain(dir, Address, {QStringLiteral("--plain-http")});
    QVERIFY2(plain.isRunning(), qPrintable(plain.error()));
    QVERIFY(plain.issuer().startsWith(QLatin1String("http://")));
    AuthorizationFlow flow(&m_network, plain.registration());
    QSignalSpy browser(&flow, &AuthorizationFlow::browserUrlReady);
    QSignalSpy failed(&flow, &AuthorizationFlow::failed);
    flow.start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(int(failed.first().first().value<OAuth2Problem>().kind), int(OAuth2Problem::Kind::Insecure));
    QCOMPARE(browser.count(), 0); // not even the browser was sent there
}

void TestAuthorizationFlow::listenerIsLoopbackOnly()
{
    // A code delivered from another machine: the listener is bound to 127.0.0.1, so the port is
    // closed on every other address of this machine. The test runs in its own network namespace
    // (run-isolated.sh) whose only other address is 192.0.2.2: nothing leaves the machine.
    QList<QHostAddress> others;
    for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol) {
            others.append(a);
        }
    }
    QVERIFY2(!others.isEmpty(),
             "run-isolated.sh gives the namespace another address (PORTPILOT_ISOLATED_EXTRA_ADDRESS)");
    LoopbackRedirectListener listener;
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    QCOMPARE(listener.redirectUri().host(), QStringLiteral("127.0.0.1"));
    for (const QHostAddress& a : others) {
        QTcpSocket socket;
        socket.connectToHost(a, quint16(listener.redirectUri().port()));
        QVERIFY2(!socket.waitForConnected(3000), qPrintable(a.toString()));
    }
    QTcpSocket local;
    local.connectToHost(QHostAddress::LocalHost, quint16(listener.redirectUri().port()));
    QVERIFY(local.waitForConnected(3000));
}

QTEST_GUILESS_MAIN(TestAuthorizationFlow)
#include "TestAuthorizationFlow.moc"
