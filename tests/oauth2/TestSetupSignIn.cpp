// The wizard's OAuth2 sign-in through SetupController (issue 12), against the tests' authorization
// server and a real Dovecot with the oauth2 passdb (its introspection asks that server), with a
// private gnome-keyring (run-with-keyring.sh). The "browser" is a QNetworkAccessManager that
// follows the authorization URL to the controller's loopback listener.
#include "DovecotServer.h"
#include "OAuth2Registrations.h"
#include "OAuth2SignIns.h"
#include "OAuth2TestServer.h"
#include "PasswordStore.h"
#include "SetupController.h"
#include "SetupSignIn.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Portpilot;

namespace {

const QString Address = QStringLiteral("127.0.0.133");
const QString Anna = QStringLiteral("anna@example.test");

// What the account's <oAuth2> element says.
enum class Issuer
{
    Endpoints,    // issuer, endpoints, scope and client id
    Alone,        // the issuer and client id only: the endpoints come from its RFC 8414 metadata
    Unregistered, // an issuer no registration knows, without a client id
};

enum class Browser
{
    SignsIn, // follows the page to the listener
    Idle,    // opens nothing: the person cancels while the wizard waits
};

} // namespace

Q_DECLARE_METATYPE(Browser)
Q_DECLARE_METATYPE(Issuer)
Q_DECLARE_METATYPE(OAuth2SignInState::Status)

class TestSetupSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void signInThenTest_data();
    void signInThenTest();
    void passwordFirstWithoutClient_data();
    void passwordFirstWithoutClient();

private:
    void browse(const QUrl& url);
    Account account(AuthMethod outgoingAuth, Issuer issuer) const;

    QTemporaryDir m_dir;
    std::unique_ptr<OAuth2TestServer> m_issuer;
    std::unique_ptr<DovecotServer> m_dovecot;
};

void TestSetupSignIn::initTestCase()
{
    // The controller remembers sign-ins and certificates in QSettings: never the person's own file.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_issuer = std::make_unique<OAuth2TestServer>(m_dir.filePath(QStringLiteral("issuer")), Address);
    QVERIFY2(m_issuer->isRunning(), qPrintable(m_issuer->error()));
    // Dovecot's auth process (user dovecot) reads the issuer's CA: every folder on the way must let it.
    const QFileInfo ca(m_issuer->caFile());
    for (QDir dir = ca.dir(); dir.absolutePath().startsWith(m_dir.path()); dir.cdUp()) {
        QFile::setPermissions(dir.absolutePath(), QFile::permissions(dir.absolutePath()) | QFile::ExeOther);
    }
    QFile::setPermissions(ca.filePath(), QFile::permissions(ca.filePath()) | QFile::ReadOther);
    QProcessEnvironment oauth2;
    oauth2.insert(QStringLiteral("DOVECOT_OAUTH2_INTROSPECTION"), m_issuer->issuer() + QStringLiteral("/introspect"));
    oauth2.insert(QStringLiteral("DOVECOT_OAUTH2_CA"), m_issuer->caFile());
    m_dovecot = std::make_unique<DovecotServer>(Address, oauth2);
    QVERIFY2(m_dovecot->isRunning(), qPrintable(m_dovecot->error()));
}

void TestSetupSignIn::init()
{
    QVERIFY(m_issuer->control({{QStringLiteral("authorize_error"), QJsonValue::Null}}));
    // Every row starts without a stored sign-in, so that the browser is asked.
    OAuth2Registration registration = m_issuer->registration();
    registration.issuer = m_issuer->issuer();
    QVERIFY(PasswordStore::deletePasswordBlocking(OAuth2SignIns::refreshTokenKey(Anna, registration), nullptr));
}

void TestSetupSignIn::browse(const QUrl& url)
{
    m_issuer->browse(url);
}

// The account as an autoconfig document with an <oAuth2> element would give it: IMAP always signs
// in with OAuth2; the outgoing server with `outgoingAuth`.
Account TestSetupSignIn::account(AuthMethod outgoingAuth, Issuer issuer) const
{
    Account account;
    account.source = ConfigSource::ProviderHttps;
    account.provider.id = QStringLiteral("example.test");
    account.provider.displayName = QStringLiteral("Example Mail");
    account.provider.oauth2.issuer = m_issuer->issuer();
    account.provider.oauth2.authUrl = m_issuer->issuer() + QStringLiteral("/authorize");
    account.provider.oauth2.tokenUrl = m_issuer->issuer() + QStringLiteral("/token");
    account.provider.oauth2.scope = QStringLiteral("mail offline_access");
    if (issuer == Issuer::Alone) {
        account.provider.oauth2.authUrl.clear();
        account.provider.oauth2.tokenUrl.clear();
    }
    if (issuer != Issuer::Unregistered) {
        account.provider.oauth2.clientId = QStringLiteral("portpilot-test");
    } else {
        // An issuer no registration knows, and a document without a client id.
        account.provider.oauth2.issuer = QStringLiteral("https://login.unregistered.test");
        account.provider.oauth2.authUrl = QStringLiteral("https://login.unregistered.test/authorize");
        account.provider.oauth2.tokenUrl = QStringLiteral("https://login.unregistered.test/token");
    }
    ServerSettings imap;
    imap.protocol = Protocol::Imap;
    imap.hostname = Address;
    imap.port = m_dovecot->port(QStringLiteral("IMAPS_PORT"));
    imap.socketType = SocketType::Ssl;
    imap.authMethods = {AuthMethod::OAuth2};
    imap.username = Anna;
    imap.source = account.source;
    ServerSettings submission = imap;
    submission.protocol = Protocol::Smtp;
    submission.port = m_dovecot->port(QStringLiteral("SUBMISSION_PORT"));
    submission.socketType = SocketType::StartTls;
    submission.authMethods = {outgoingAuth};
    account.incoming = {imap};
    account.outgoing = {submission};
    return account;
}

void TestSetupSignIn::signInThenTest_data()
{
    QTest::addColumn<AuthMethod>("outgoingAuth");
    QTest::addColumn<Issuer>("issuer");
    QTest::addColumn<QString>("issuerError"); // /test/control's authorize_error; empty for none
    QTest::addColumn<Browser>("browser");
    QTest::addColumn<OAuth2SignInState::Status>("status");
    QTest::addColumn<QString>("says"); // in the step's words
    QTest::addColumn<bool>("tested");

    QTest::newRow("sign-in, then IMAP and submission with the token")
        << AuthMethod::OAuth2 << Issuer::Endpoints << QString() << Browser::SignsIn
        << OAuth2SignInState::Status::SignedIn << QStringLiteral("Signed in with Example Mail.") << true;
    QTest::newRow("sign-in, IMAP with the token, submission with the password")
        << AuthMethod::PasswordCleartext << Issuer::Endpoints << QString() << Browser::SignsIn
        << OAuth2SignInState::Status::SignedIn << QStringLiteral("Signed in with Example Mail.") << true;
    QTest::newRow("issuer named alone: endpoints from its metadata, then the test")
        << AuthMethod::OAuth2 << Issuer::Alone << QString() << Browser::SignsIn << OAuth2SignInState::Status::SignedIn
        << QStringLiteral("Signed in with Example Mail.") << true;
    QTest::newRow("cancelled while waiting: no test")
        << AuthMethod::OAuth2 << Issuer::Endpoints << QString() << Browser::Idle << OAuth2SignInState::Status::Failed
        << QStringLiteral("The sign-in was cancelled.") << false;
    QTest::newRow("issuer refuses (access_denied)")
        << AuthMethod::OAuth2 << Issuer::Endpoints << QStringLiteral("access_denied") << Browser::SignsIn
        << OAuth2SignInState::Status::Failed << QStringLiteral("The sign-in with Example Mail was not allowed")
        << false;
    QTest::newRow("no client registration")
        << AuthMethod::OAuth2 << Issuer::Unregistered << QString() << Browser::SignsIn
        << OAuth2SignInState::Status::Failed
        << QStringLiteral("Portpilot has no client registration for signing in with Example Mail.") << false;
}

void TestSetupSignIn::signInThenTest()
{
    QFETCH(AuthMethod, outgoingAuth);
    QFETCH(Issuer, issuer);
    const bool withClient = issuer != Issuer::Unregistered;
    QFETCH(QString, issuerError);
    QFETCH(Browser, browser);
    QFETCH(OAuth2SignInState::Status, status);
    QFETCH(QString, says);
    QFETCH(bool, tested);
    if (!issuerError.isEmpty()) {
        QVERIFY(m_issuer->control({{QStringLiteral("authorize_error"), issuerError}}));
    }

    SetupController controller;
    controller.setExtraCaCertificates(m_issuer->caCertificates() +
                                      QSslCertificate::fromPath(m_dovecot->caFile(), QSsl::Pem));
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), Anna, QStringLiteral("anna-secret"), false));
    controller.setCandidates(account(outgoingAuth, issuer));
    QVERIFY(controller.readyToTest());

    // Before the sign-in the test refuses, and says with whom to sign in.
    QVERIFY(controller.signInNeeded());
    QString reason;
    QVERIFY(!controller.startTest(&reason));
    QCOMPARE(reason, QStringLiteral("Sign in with Example Mail first."));

    QSignalSpy changed(&controller, &SetupController::signInChanged);
    QSignalSpy urls(&controller, &SetupController::signInBrowserUrl);
    QSignalSpy tests(&controller, &SetupController::testChanged);
    QSignalSpy finished(&controller, &SetupController::testFinished);
    bool sawWaiting = false;
    connect(&controller, &SetupController::signInBrowserUrl, this, [&](const QUrl& url) {
        sawWaiting = controller.state().signIn.status == OAuth2SignInState::Status::Waiting &&
                     SetupSignIn::describe(controller.state()).startsWith(QStringLiteral("Waiting for the sign-in"));
        if (browser == Browser::SignsIn) {
            QTimer::singleShot(0, this, [this, url] { browse(url); });
        } else {
            QTimer::singleShot(0, &controller, &SetupController::cancelSignIn);
        }
    });
    controller.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.state().signIn.isRunning(), 60000);
    QCOMPARE(controller.state().signIn.status, status);
    QVERIFY2(SetupSignIn::describe(controller.state()).startsWith(says),
             qPrintable(SetupSignIn::describe(controller.state())));
    // The browser is only asked where a client registration exists, and the wizard waited for it.
    QCOMPARE(urls.size(), withClient ? 1 : 0);
    QCOMPARE(sawWaiting, withClient);

    if (!withClient) {
        QString why;
        const auto registration = SetupSignIn::registrationFor(controller.state().chosenAccount(), &why);
        QVERIFY(registration);
        QCOMPARE(SetupSignIn::describe(controller.state()), OAuth2Registrations::missingClientMessage(*registration));
        QVERIFY(SetupSignIn::describe(controller.state()).contains(QStringLiteral("oauth2.json")));
    }
    if (!tested) {
        QTest::qWait(200);
        QVERIFY(!controller.isTesting());
        QCOMPARE(tests.size(), 0);
        QVERIFY(controller.signInNeeded());
        QVERIFY(!controller.state().side(Side::Incoming).testResult);
        return;
    }

    // Signed in: the test ran at once, OAuth2 servers with the token, the others with the password.
    QVERIFY(!controller.signInNeeded());
    QVERIFY(finished.size() == 1 || finished.wait(60000));
    const ProbeResult incoming = *controller.state().side(Side::Incoming).testResult;
    const ProbeResult outgoing = *controller.state().side(Side::Outgoing).testResult;
    QVERIFY2(incoming.passed(), qPrintable(incoming.failure.message() + u' ' + incoming.failure.detail + u' ' +
                                           incoming.transcript.join(u'\n')));
    QVERIFY2(outgoing.passed(), qPrintable(outgoing.failure.message() + u' ' + outgoing.failure.detail));
    QCOMPARE(finished.first().first().toBool(), true);
    const QStringList tokenMechanisms{QStringLiteral("OAUTHBEARER"), QStringLiteral("XOAUTH2")};
    QVERIFY2(tokenMechanisms.contains(incoming.mechanism), qPrintable(incoming.mechanism));
    if (outgoingAuth == AuthMethod::OAuth2) {
        QVERIFY2(tokenMechanisms.contains(outgoing.mechanism), qPrintable(outgoing.mechanism));
    } else {
        QVERIFY2(!tokenMechanisms.contains(outgoing.mechanism), qPrintable(outgoing.mechanism));
    }
    // No token in what the person can read.
    for (const ProbeResult& result : {incoming, outgoing}) {
        QVERIFY(!result.transcript.join(u'\n').contains(QStringLiteral("auth=Bearer ")));
    }
    // The sign-in is kept for `portpilot token` (the exported profiles use it).
    QSettings settings;
    QCOMPARE(OAuth2SignIns(&settings).recalled(Anna, Address).size(), 1);
    QVERIFY(changed.size() >= 2);
}

void TestSetupSignIn::passwordFirstWithoutClient_data()
{
    QTest::addColumn<QList<AuthMethod>>("offered");
    QTest::addColumn<Issuer>("issuer");
    QTest::addColumn<QList<AuthMethod>>("chosen");
    const QList<AuthMethod> oauth2First{AuthMethod::OAuth2, AuthMethod::PasswordCleartext};
    const QList<AuthMethod> passwordFirst{AuthMethod::PasswordCleartext, AuthMethod::OAuth2};
    QTest::newRow("OAuth2 first, client registered: kept") << oauth2First << Issuer::Endpoints << oauth2First;
    QTest::newRow("OAuth2 first, no client: the password first")
        << oauth2First << Issuer::Unregistered << passwordFirst;
    QTest::newRow("password first: kept") << passwordFirst << Issuer::Endpoints << passwordFirst;
    QTest::newRow("OAuth2 only, no client: kept (nothing else works)")
        << QList<AuthMethod>{AuthMethod::OAuth2} << Issuer::Unregistered << QList<AuthMethod>{AuthMethod::OAuth2};
}

void TestSetupSignIn::passwordFirstWithoutClient()
{
    // setCandidates offers OAuth2 first only where a sign-in can work (a client registration exists).
    QFETCH(QList<AuthMethod>, offered);
    QFETCH(Issuer, issuer);
    QFETCH(QList<AuthMethod>, chosen);
    Account found = account(AuthMethod::PasswordCleartext, issuer); // only the incoming server may use OAuth2
    found.incoming.first().authMethods = offered;
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), Anna, QString(), false));
    controller.setCandidates(found);
    QCOMPARE(controller.state().side(Side::Incoming).server.authMethods, chosen);
    QCOMPARE(controller.signInNeeded(), chosen.first() == AuthMethod::OAuth2);
}

QTEST_GUILESS_MAIN(TestSetupSignIn)
#include "TestSetupSignIn.moc"
