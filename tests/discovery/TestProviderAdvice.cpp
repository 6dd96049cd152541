#include "LanguageManager.h"
#include "ProviderAdvice.h"
#include "SetupState.h"

#include <QTest>

using namespace Portpilot;

// What the provider wants a person to know, and which of it may be shown: links only when they
// are https, and nothing from an unauthenticated source before its servers are approved.
class TestProviderAdvice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void safeLink_data();
    void safeLink();
    void enableInstructions_data();
    void enableInstructions();
    void passwordAdviceFromTheBundledDatabase();
};

void TestProviderAdvice::initTestCase()
{
    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
}

void TestProviderAdvice::safeLink_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("shown");
    QTest::newRow("https") << "https://mail.example.test/settings" << true;
    QTest::newRow("https with spaces around") << "  https://mail.example.test/ " << true;
    QTest::newRow("http") << "http://mail.example.test/settings" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("data") << "data:text/html,<b>x</b>" << false;
    QTest::newRow("no host") << "https:///path" << false;
    QTest::newRow("user info hides the host") << "https://mail.example.test@evil.test/" << false;
    QTest::newRow("not a URL") << "mail settings page" << false;
    QTest::newRow("empty") << "" << false;
}

void TestProviderAdvice::safeLink()
{
    QFETCH(QString, text);
    QFETCH(bool, shown);
    const QUrl url = ProviderAdvice::safeLink(text);
    QCOMPARE(!url.isEmpty(), shown);
    if (shown) {
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QVERIFY(!url.host().isEmpty());
    }
}

void TestProviderAdvice::enableInstructions_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("visitUrl");
    QTest::addColumn<bool>("approved");
    QTest::addColumn<bool>("textShown");
    QTest::addColumn<bool>("linkShown");
    const int https = int(ConfigSource::ProviderHttps);
    const int guess = int(ConfigSource::Guess);
    const int http = int(ConfigSource::ProviderHttp);
    const QString secure = QStringLiteral("https://mail.example.test/settings");
    const QString plain = QStringLiteral("http://mail.example.test/settings");
    QTest::newRow("provider HTTPS, https link") << https << secure << false << true << true;
    QTest::newRow("provider HTTPS, http link") << https << plain << false << true << false;
    QTest::newRow("provider HTTPS, javascript link")
        << https << QStringLiteral("javascript:alert(1)") << false << true << false;
    QTest::newRow("guessing, not approved") << guess << secure << false << false << false;
    QTest::newRow("guessing, approved") << guess << secure << true << true << true;
    QTest::newRow("plain HTTP, not approved") << http << secure << false << false << false;
    QTest::newRow("plain HTTP, approved, http link") << http << plain << true << true << false;
}

void TestProviderAdvice::enableInstructions()
{
    QFETCH(int, source);
    QFETCH(QString, visitUrl);
    QFETCH(bool, approved);
    QFETCH(bool, textShown);
    QFETCH(bool, linkShown);
    SetupState state;
    state.address = EmailAddress::parse(QStringLiteral("anna@example.test"));
    state.source = ConfigSource(source);
    ServerSettings imap;
    imap.hostname = QStringLiteral("imap.example.test");
    imap.port = 993;
    imap.source = state.source;
    if (trustOf(state.source) == Trust::Low || trustOf(state.source) == Trust::Insecure) {
        imap.approvalNeeded = QStringLiteral("example.test");
    }
    state.side(Side::Incoming).candidates = {imap};
    state.side(Side::Incoming).server = imap;
    if (approved) {
        state.approvedDomains.insert(QStringLiteral("example.test"));
    }
    ProviderEnableInstructions enable;
    enable.visitUrl = visitUrl;
    enable.instructions = {{QStringLiteral("en"), QStringLiteral("Turn on IMAP in the web settings.")},
                           {QStringLiteral("is"), QStringLiteral("Kveiktu á IMAP í vefstillingum.")}};
    state.provider.enable = {enable};

    const QString text = ProviderAdvice::enableInstructions(state, QStringLiteral("is"));
    QCOMPARE(text == QStringLiteral("Kveiktu á IMAP í vefstillingum."), textShown);
    QCOMPARE(text.isEmpty(), !textShown);
    const QUrl url = ProviderAdvice::enableInstructionsUrl(state);
    QCOMPARE(!url.isEmpty(), linkShown);
    if (linkShown) {
        QCOMPARE(url.host(), QStringLiteral("mail.example.test"));
    }
}

void TestProviderAdvice::passwordAdviceFromTheBundledDatabase()
{
    SetupState state;
    state.address = EmailAddress::parse(QStringLiteral("anna@gmail.com"));
    const QString advice = ProviderAdvice::passwordAdvice(state);
    QVERIFY2(advice.contains(QLatin1String("app password")), qPrintable(advice));
    QCOMPARE(ProviderAdvice::passwordAdviceUrl(state).scheme(), QStringLiteral("https"));

    state.address = EmailAddress::parse(QStringLiteral("anna@example.test"));
    QVERIFY(ProviderAdvice::passwordAdvice(state).isEmpty());
    QVERIFY(ProviderAdvice::passwordAdviceUrl(state).isEmpty());
}

QTEST_GUILESS_MAIN(TestProviderAdvice)
#include "TestProviderAdvice.moc"
