// The OAuth2 pieces without a network: PKCE, the registrations file, which issuer serves an
// account, and reading token endpoint answers.
#include "IssuerMetadata.h"
#include "OAuth2Registrations.h"
#include "Pkce.h"
#include "TokenResponse.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Portpilot;

class TestOAuth2Core : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceMatchesRfc7636();
    void pkceVerifiersAreFreshAndWellFormed();
    void bundledRegistrations_data();
    void bundledRegistrations();
    void bundledShipsNoClientIds();
    void userFileOverlays();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void issuerFromAutoconfig();
    void issuerMetadataUrl_data();
    void issuerMetadataUrl();
    void issuerMetadata_data();
    void issuerMetadata();
    void tokenAnswers_data();
    void tokenAnswers();
};

void TestOAuth2Core::pkceMatchesRfc7636()
{
    // RFC 7636 appendix B.
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestOAuth2Core::pkceVerifiersAreFreshAndWellFormed()
{
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    QVERIFY(a.verifier != b.verifier);
    QCOMPARE(a.verifier.size(), 43); // RFC 7636 4.1: 43 to 128 characters
    for (char c : a.verifier) {
        QVERIFY(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~").contains(c));
    }
}

void TestOAuth2Core::bundledRegistrations_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("id");
    QTest::newRow("outlook.com IMAP") << QStringLiteral("outlook.office365.com") << QStringLiteral("microsoft");
    QTest::newRow("outlook.com SMTP") << QStringLiteral("smtp-mail.outlook.com") << QStringLiteral("microsoft");
    QTest::newRow("gmail, upper case, root dot") << QStringLiteral("IMAP.gmail.com.") << QStringLiteral("google");
    QTest::newRow("yahoo") << QStringLiteral("smtp.mail.yahoo.com") << QStringLiteral("yahoo");
    QTest::newRow("aol") << QStringLiteral("imap.aol.com") << QStringLiteral("aol");
    QTest::newRow("someone else") << QStringLiteral("imap.example.test") << QString();
}

void TestOAuth2Core::bundledRegistrations()
{
    QFETCH(QString, host);
    QFETCH(QString, id);
    QTemporaryDir config; // no user file
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QString error;
    const auto registrations = OAuth2Registrations::load(QString(), &error);
    QVERIFY2(registrations, qPrintable(error));
    const auto found = registrations->byHost(host);
    QCOMPARE(found ? found->id : QString(), id);
}

void TestOAuth2Core::bundledShipsNoClientIds()
{
    // Never ship another application's client id or secret: a packager adds their own.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QString error;
    const auto registrations = OAuth2Registrations::load(QString(), &error);
    QVERIFY2(registrations, qPrintable(error));
    QCOMPARE(registrations->all().size(), 4);
    for (const OAuth2Registration& r : registrations->all()) {
        QVERIFY2(r.clientId.isEmpty() && r.clientSecret.isEmpty(), qPrintable(r.id));
        const QString message = OAuth2Registrations::missingClientMessage(r);
        QVERIFY(message.contains(r.name));
        QVERIFY(message.contains(OAuth2Registrations::userFile()));
        QVERIFY(message.contains(QLatin1String("\"id\": \"") + r.id));
    }
}

void TestOAuth2Core::userFileOverlays()
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QFile file(OAuth2Registrations::userFile());
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "portpilot-oauth2", "version": 1, "issuers": [
        {"id": "google", "clientId": "packager-id.apps.googleusercontent.com", "clientSecret": "not-secret"},
        {"id": "own", "name": "Own", "issuer": "https://auth.example.test",
         "authorizationEndpoint": "https://auth.example.test/a", "tokenEndpoint": "https://auth.example.test/t",
         "scope": "mail", "hosts": ["mail.example.test"], "clientId": "own-client"}]})");
    file.close();
    QString error;
    const auto registrations = OAuth2Registrations::load(QString(), &error);
    QVERIFY2(registrations, qPrintable(error));
    const auto google = registrations->byId(QStringLiteral("google"));
    QVERIFY(google);
    QCOMPARE(google->clientId, QStringLiteral("packager-id.apps.googleusercontent.com"));
    QCOMPARE(google->clientSecret, QStringLiteral("not-secret"));
    QCOMPARE(google->tokenEndpoint, QStringLiteral("https://oauth2.googleapis.com/token")); // kept from the bundle
    QCOMPARE(registrations->byHost(QStringLiteral("mail.example.test"))->id, QStringLiteral("own"));
    QCOMPARE(registrations->all().size(), 5);
}

void TestOAuth2Core::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("needle");
    QTest::newRow("not JSON") << QByteArray("<html>") << QStringLiteral("JSON");
    QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "version": 1})") << QStringLiteral("format");
    QTest::newRow("no id") << QByteArray(R"({"format": "portpilot-oauth2", "version": 1, "issuers": [{}]})")
                           << QStringLiteral("id");
    QTest::newRow("plain HTTP token endpoint")
        << QByteArray(R"({"format": "portpilot-oauth2", "version": 1, "issuers": [{"id": "x",
            "tokenEndpoint": "http://auth.example.test/t"}]})")
        << QStringLiteral("https://");
}

void TestOAuth2Core::refusesBrokenFiles()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, needle);
    QString error;
    QVERIFY(!OAuth2Registrations::parse(document, &error));
    QVERIFY2(error.contains(needle), qPrintable(error));
}

void TestOAuth2Core::issuerFromAutoconfig()
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QString error;
    const auto registrations = OAuth2Registrations::load(QString(), &error);
    QVERIFY2(registrations, qPrintable(error));
    Account account;
    account.provider.displayShortName = QStringLiteral("Example");
    ServerSettings imap;
    imap.hostname = QStringLiteral("imap.example.test");
    // No <oAuth2> element and an unknown host: no issuer.
    QVERIFY(!registrations->forServer(account, imap));
    // A self-hosted issuer published by autoconfig works with its own client id.
    account.provider.oauth2 = {QStringLiteral("https://auth.example.test"), QStringLiteral("mail"),
                               QStringLiteral("https://auth.example.test/authorize"),
                               QStringLiteral("https://auth.example.test/token"), QStringLiteral("public-client")};
    auto found = registrations->forServer(account, imap);
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Example"));
    QCOMPARE(found->clientId, QStringLiteral("public-client"));
    QCOMPARE(found->tokenEndpoint, QStringLiteral("https://auth.example.test/token"));
    // The element names a known issuer: its registration is completed, the document's scope wins.
    account.provider.oauth2 = {QStringLiteral("https://accounts.google.com/"),
                               QStringLiteral("https://mail.google.com/"), QString(), QString(), QString()};
    found = registrations->forServer(account, imap);
    QVERIFY(found);
    QCOMPARE(found->id, QStringLiteral("google"));
    QCOMPARE(found->authorizationEndpoint, QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    // Endpoints over plain HTTP are never used.
    account.provider.oauth2 = {QStringLiteral("https://auth.example.test"), QStringLiteral("mail"),
                               QStringLiteral("http://auth.example.test/authorize"),
                               QStringLiteral("https://auth.example.test/token"), QString()};
    QVERIFY(!registrations->forServer(account, imap));
    // The issuer alone: its endpoints come from its RFC 8414 metadata before a sign-in.
    account.provider.oauth2 = {QStringLiteral("https://auth.example.test"), QStringLiteral("mail"), QString(),
                               QString(), QStringLiteral("public-client")};
    found = registrations->forServer(account, imap);
    QVERIFY(found);
    QVERIFY(found->needsMetadata());
    // ... which is never asked over plain HTTP.
    account.provider.oauth2.issuer = QStringLiteral("http://auth.example.test");
    QVERIFY(!registrations->forServer(account, imap));
}

void TestOAuth2Core::issuerMetadataUrl_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("url");
    QTest::newRow("host only") << "https://auth.example.test"
                               << "https://auth.example.test/.well-known/oauth-authorization-server";
    QTest::newRow("trailing slash") << "https://auth.example.test/"
                                    << "https://auth.example.test/.well-known/oauth-authorization-server";
    // RFC 8414 section 3.1: the well-known part goes between the host and the path.
    QTest::newRow("with a path") << "https://auth.example.test:8443/tenant/v2"
                                 << "https://auth.example.test:8443/.well-known/oauth-authorization-server/tenant/v2";
    QTest::newRow("plain http") << "http://auth.example.test"
                                << "";
    QTest::newRow("with a query") << "https://auth.example.test/?tenant=x"
                                  << "";
    QTest::newRow("not a url") << "auth.example.test"
                               << "";
}

void TestOAuth2Core::issuerMetadataUrl()
{
    QFETCH(QString, issuer);
    QFETCH(QString, url);
    QCOMPARE(IssuerMetadata::url(issuer).toString(), url);
}

void TestOAuth2Core::issuerMetadata_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorHas");
    const QByteArray good = R"({"issuer": "https://auth.example.test",
        "authorization_endpoint": "https://auth.example.test/authorize",
        "token_endpoint": "https://auth.example.test/token",
        "revocation_endpoint": "https://auth.example.test/revoke",
        "code_challenge_methods_supported": ["plain", "S256"]})";
    QTest::newRow("good") << good << true << QString();
    QTest::newRow("issuer with a trailing slash")
        << QByteArray(good).replace("\"https://auth.example.test\",", "\"https://auth.example.test/\",") << true
        << QString();
    QTest::newRow("no methods listed: PKCE assumed")
        << QByteArray(good).replace(R"("plain", "S256")", R"("S256")") << true << QString();
    // RFC 8414 section 3.3: metadata for another issuer is a mix-up attack.
    QTest::newRow("another issuer") << QByteArray(good).replace("\"issuer\": \"https://auth.example.test\"",
                                                                "\"issuer\": \"https://evil.example.test\"")
                                    << false << "another issuer";
    QTest::newRow("token endpoint over http")
        << QByteArray(good).replace("https://auth.example.test/token", "http://auth.example.test/token") << false
        << "https://";
    QTest::newRow("no authorization endpoint")
        << QByteArray(good).replace("authorization_endpoint", "authorisation_endpoint") << false << "https://";
    QTest::newRow("no S256") << QByteArray(good).replace(R"("plain", "S256")", R"("plain")") << false << "S256";
    QTest::newRow("a web page") << QByteArray("<html><body>Sign in</body></html>") << false << "JSON";
    QTest::newRow("an array") << QByteArray("[]") << false << "JSON";
    QTest::newRow("too large") << QByteArray(IssuerMetadata::MaxDocumentSize + 1, ' ') << false << "larger";
}

void TestOAuth2Core::issuerMetadata()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, ok);
    QFETCH(QString, errorHas);
    QString error;
    const std::optional<IssuerMetadata> metadata =
        IssuerMetadata::parse(document, QStringLiteral("https://auth.example.test"), &error);
    QCOMPARE(metadata.has_value(), ok);
    if (!ok) {
        QVERIFY2(error.contains(errorHas), qPrintable(error));
        return;
    }
    OAuth2Registration registration;
    registration.tokenEndpoint = QStringLiteral("https://own.example.test/token"); // the document's own wins
    metadata->completeRegistration(registration);
    QCOMPARE(registration.authorizationEndpoint, QStringLiteral("https://auth.example.test/authorize"));
    QCOMPARE(registration.tokenEndpoint, QStringLiteral("https://own.example.test/token"));
    QCOMPARE(registration.revocationEndpoint, QStringLiteral("https://auth.example.test/revoke"));
    QVERIFY(!registration.needsMetadata());
}

void TestOAuth2Core::tokenAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("mediaType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("refresh");
    QTest::addColumn<int>("expiresIn");

    const QByteArray json("application/json");
    QTest::newRow("tokens") << 200 << json
                            << QByteArray(R"({"access_token":"at-1","token_type":"Bearer","expires_in":3599,
                                              "refresh_token":"rt-1","scope":"mail"})")
                            << int(OAuth2Problem::Kind::None) << "at-1"
                            << "rt-1" << 3599;
    QTest::newRow("bearer in lower case, expires_in as text, no refresh")
        << 200 << json << QByteArray(R"({"access_token":"at-2","token_type":"bearer","expires_in":"60"})")
        << int(OAuth2Problem::Kind::None) << "at-2"
        << "" << 60;
    QTest::newRow("web page") << 200 << QByteArray("text/html") << QByteArray("<html>{}</html>")
                              << int(OAuth2Problem::Kind::NotJson) << ""
                              << "" << 0;
    QTest::newRow("JSON body, HTML type") << 200 << QByteArray("text/html") << QByteArray(R"({"access_token":"x"})")
                                          << int(OAuth2Problem::Kind::NotJson) << ""
                                          << "" << 0;
    QTest::newRow("invalid_grant") << 400 << json << QByteArray(R"({"error":"invalid_grant"})")
                                   << int(OAuth2Problem::Kind::SignInExpired) << ""
                                   << "" << 0;
    QTest::newRow("Microsoft: not consented")
        << 400 << json
        << QByteArray(
               R"({"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented"})")
        << int(OAuth2Problem::Kind::AdminApproval) << ""
        << "" << 0;
    QTest::newRow("invalid_client") << 401 << json << QByteArray(R"({"error":"invalid_client"})")
                                    << int(OAuth2Problem::Kind::ClientRefused) << ""
                                    << "" << 0;
    QTest::newRow("error status without error")
        << 500 << json << QByteArray("{}") << int(OAuth2Problem::Kind::ServerRefused) << ""
        << "" << 0;
    QTest::newRow("not a Bearer token") << 200 << json << QByteArray(R"({"access_token":"x","token_type":"mac"})")
                                        << int(OAuth2Problem::Kind::ServerRefused) << ""
                                        << "" << 0;
    QTest::newRow("token with a control character (SASL injection)")
        << 200 << json << QByteArray(R"({"access_token":"a\u0001user=eve","token_type":"Bearer"})")
        << int(OAuth2Problem::Kind::ServerRefused) << ""
        << "" << 0;
    QTest::newRow("refresh token with a space")
        << 200 << json << QByteArray(R"({"access_token":"a","token_type":"Bearer","refresh_token":"r r"})")
        << int(OAuth2Problem::Kind::ServerRefused) << ""
        << "" << 0;
}

void TestOAuth2Core::tokenAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, mediaType);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, access);
    QFETCH(QString, refresh);
    QFETCH(int, expiresIn);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TokenResponse::Result result = TokenResponse::parse(status, mediaType, body, now);
    QCOMPARE(int(result.problem.kind), kind);
    QCOMPARE(result.tokens.accessToken, access);
    QCOMPARE(result.tokens.refreshToken, refresh);
    QCOMPARE(result.tokens.expiresAt.isValid() ? now.secsTo(result.tokens.expiresAt) : 0, qint64(expiresIn));
}

QTEST_GUILESS_MAIN(TestOAuth2Core)
#include "TestOAuth2Core.moc"
