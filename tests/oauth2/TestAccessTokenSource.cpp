// Tokens against a real gnome-keyring (run-with-keyring.sh) and the tests' authorization server:
// the refresh token only in the keychain, access tokens cached in memory with a grace window,
// rotation, invalid_grant leading to one interactive sign-in and never a loop, forgetting.
#include "AccessTokenSource.h"
#include "OAuth2SignIns.h"
#include "OAuth2TestServer.h"
#include "PasswordStore.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portpilot;

namespace {

const QString Address = QStringLiteral("127.0.0.122");
const QString Anna = QStringLiteral("anna@example.test");

} // namespace

class TestAccessTokenSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void signInStoresRefreshTokenOnly();
    void cachedUntilGraceWindow_data();
    void cachedUntilGraceWindow();
    void rotationReplacesStoredToken();
    void invalidGrantWithoutInteraction();
    void invalidGrantSignsInOnceNeverLoops_data();
    void invalidGrantSignsInOnceNeverLoops();
    void forgetRemovesTokens();

private:
    // The browser: follows the authorization URL to the loopback listener.
    void browse(const QUrl& url);
    std::unique_ptr<AccessTokenSource> source();
    QString stored() const;
    bool signIn(AccessTokenSource& s);

    QTemporaryDir m_dir;
    std::unique_ptr<OAuth2TestServer> m_server;
    QNetworkAccessManager m_network;
};

void TestAccessTokenSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<OAuth2TestServer>(m_dir.filePath(QStringLiteral("server")), Address);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestAccessTokenSource::init()
{
    QVERIFY(m_server->control(
        {{QStringLiteral("authorize_error"), QJsonValue::Null}, {QStringLiteral("token_lifetime"), 3600}}));
    QVERIFY(
        PasswordStore::deletePasswordBlocking(OAuth2SignIns::refreshTokenKey(Anna, m_server->registration()), nullptr));
}

void TestAccessTokenSource::browse(const QUrl& url)
{
    QUrl next = url;
    for (int hop = 0; hop < 2 && next.isValid(); ++hop) {
        QNetworkRequest request(next);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_server->caCertificates());
        request.setSslConfiguration(ssl);
        QNetworkReply* reply = m_network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        next = reply->header(QNetworkRequest::LocationHeader).toUrl();
        reply->deleteLater();
    }
}

std::unique_ptr<AccessTokenSource> TestAccessTokenSource::source()
{
    auto s = std::make_unique<AccessTokenSource>(&m_network, Anna, m_server->registration());
    s->setExtraCaCertificates(m_server->caCertificates());
    connect(s.get(), &AccessTokenSource::browserUrlReady, this, [this](const QUrl& url) { browse(url); });
    return s;
}

QString TestAccessTokenSource::stored() const
{
    QString error;
    return PasswordStore::readPasswordBlocking(OAuth2SignIns::refreshTokenKey(Anna, m_server->registration()), &error)
        .value_or(QString());
}

bool TestAccessTokenSource::signIn(AccessTokenSource& s)
{
    // Up to a minute, as the other keychain tests wait.
    QSignalSpy ready(&s, &AccessTokenSource::tokenReady);
    QSignalSpy failed(&s, &AccessTokenSource::failed);
    // The browser (browse()) runs inside signIn(), and the sign-in can end before it returns:
    // QSignalSpy::wait() would then wait for a second signal, so count instead.
    s.signIn();
    const bool ended = QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 60000);
    if (!failed.isEmpty()) {
        qWarning("sign-in failed: %s",
                 qPrintable(failed.first().first().value<OAuth2Problem>().describe(QStringLiteral("test"))));
    }
    return ended && ready.count() == 1;
}

void TestAccessTokenSource::signInStoresRefreshTokenOnly()
{
    auto s = source();
    QSignalSpy ready(s.get(), &AccessTokenSource::tokenReady);
    QVERIFY(signIn(*s));
    const QJsonArray log = m_server->log(QStringLiteral("token"));
    QCOMPARE(log.last().toObject().value(QStringLiteral("grant_type")).toString(),
             QStringLiteral("authorization_code"));
    const QString refresh = stored();
    QVERIFY(!refresh.isEmpty());
    // The keychain entry is the refresh token the issuer handed out: it refreshes.
    QVERIFY(m_server->control({{QStringLiteral("expire_access"), true}}));
    auto other = source(); // a new process: nothing in memory
    QSignalSpy otherReady(other.get(), &AccessTokenSource::tokenReady);
    other->request();
    QVERIFY(otherReady.wait(60000));
    QCOMPARE(m_server->log(QStringLiteral("token")).last().toObject().value(QStringLiteral("refresh_token")).toString(),
             refresh);
    QCOMPARE(other->interactiveSignIns(), 0);
}

void TestAccessTokenSource::cachedUntilGraceWindow_data()
{
    QTest::addColumn<int>("lifetime");
    QTest::addColumn<int>("secondsLater");
    QTest::addColumn<bool>("refreshed");
    QTest::newRow("fresh token reused") << 3600 << 0 << false;
    QTest::newRow("still valid for 5 minutes: reused") << 3600 << 3300 << false;
    QTest::newRow("inside the 60 s grace window: refreshed") << 3600 << 3560 << true;
    QTest::newRow("expired: refreshed") << 3600 << 4000 << true;
}

void TestAccessTokenSource::cachedUntilGraceWindow()
{
    QFETCH(int, lifetime);
    QFETCH(int, secondsLater);
    QFETCH(bool, refreshed);
    QVERIFY(m_server->control({{QStringLiteral("token_lifetime"), lifetime}}));
    auto s = source();
    QDateTime clock = QDateTime::currentDateTimeUtc();
    s->setNow([&clock] { return clock; });
    QVERIFY(signIn(*s));
    const qsizetype before = m_server->log(QStringLiteral("token")).size();
    clock = clock.addSecs(secondsLater);
    QSignalSpy ready(s.get(), &AccessTokenSource::tokenReady);
    s->request();
    QVERIFY(ready.wait(60000));
    QCOMPARE(m_server->log(QStringLiteral("token")).size(), before + (refreshed ? 1 : 0));
}

void TestAccessTokenSource::rotationReplacesStoredToken()
{
    auto s = source();
    QVERIFY(signIn(*s));
    const QString first = stored();
    s->dropAccessToken();
    QSignalSpy ready(s.get(), &AccessTokenSource::tokenReady);
    s->request();
    QVERIFY(ready.wait(60000));
    const QString second = stored();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first); // the issuer rotated it, and the keychain holds the new one
    s->dropAccessToken();
    s->request();
    QVERIFY(ready.wait(60000)); // the new one works
    QCOMPARE(s->interactiveSignIns(), 1);
}

void TestAccessTokenSource::invalidGrantWithoutInteraction()
{
    auto s = source();
    QVERIFY(signIn(*s));
    QVERIFY(m_server->control({{QStringLiteral("revoke_all"), true}}));
    s->dropAccessToken();
    QSignalSpy failed(s.get(), &AccessTokenSource::failed);
    s->request();
    QVERIFY(failed.wait(60000));
    QCOMPARE(int(failed.first().first().value<OAuth2Problem>().kind), int(OAuth2Problem::Kind::SignInExpired));
    QCOMPARE(s->interactiveSignIns(), 1); // only the first sign-in
    QVERIFY(stored().isEmpty());          // the dead refresh token is gone
}

void TestAccessTokenSource::invalidGrantSignsInOnceNeverLoops_data()
{
    QTest::addColumn<QJsonValue>("authorizeError");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("the new sign-in works") << QJsonValue(QJsonValue::Null) << true;
    QTest::newRow("the new sign-in is refused: no second one") << QJsonValue(QStringLiteral("access_denied")) << false;
}

void TestAccessTokenSource::invalidGrantSignsInOnceNeverLoops()
{
    QFETCH(QJsonValue, authorizeError);
    QFETCH(bool, succeeds);
    auto s = source();
    QVERIFY(signIn(*s));
    QVERIFY(
        m_server->control({{QStringLiteral("revoke_all"), true}, {QStringLiteral("authorize_error"), authorizeError}}));
    s->dropAccessToken();
    s->setInteractive(true);
    QSignalSpy ready(s.get(), &AccessTokenSource::tokenReady);
    QSignalSpy failed(s.get(), &AccessTokenSource::failed);
    s->request();
    QVERIFY(QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 20000));
    QTest::qWait(300);
    QCOMPARE(ready.count() + failed.count(), 1);
    QCOMPARE(ready.count(), succeeds ? 1 : 0);
    QCOMPARE(s->interactiveSignIns(), 2); // the first sign-in and exactly one more
    QCOMPARE(stored().isEmpty(), !succeeds);
}

void TestAccessTokenSource::forgetRemovesTokens()
{
    auto s = source();
    QVERIFY(signIn(*s));
    QVERIFY(!stored().isEmpty());
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    OAuth2SignIns signIns(&settings);
    signIns.remember(Anna, m_server->registration());
    QCOMPARE(signIns.recalled(Anna).size(), 1);
    QString error;
    QVERIFY2(signIns.forget(Anna, &error), qPrintable(error));
    QVERIFY(stored().isEmpty());
    QVERIFY(signIns.recalled(Anna).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccessTokenSource)
#include "TestAccessTokenSource.moc"
