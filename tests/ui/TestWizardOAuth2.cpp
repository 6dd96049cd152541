// The wizard's pages for OAuth2 accounts (issue 12), offscreen with a private gnome-keyring
// (run-with-keyring.sh) and the tests' authorization server on 127.0.0.134: the Test page shows a
// "Sign in with PROVIDER" step before any test, waits for the browser with a Cancel button, and
// says when the sign-in was cancelled; the Details page asks for no password where the bundled
// provider list says the provider takes none. The browser is a URL handler that only records the
// page (QDesktopServices), so no real browser opens.
#include "OAuth2SignIns.h"
#include "OAuth2TestServer.h"
#include "PasswordStore.h"
#include "ServerSettingsEditor.h"
#include "SetupController.h"
#include "SetupSignIn.h"
#include "SetupWizard.h"
#include "WizardTestSupport.h"

#include <QApplication>
#include <QDesktopServices>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portpilot;

namespace {
const QString Address = QStringLiteral("127.0.0.134");
const QString Anna = QStringLiteral("anna@example.test");
} // namespace

class TestWizardOAuth2 : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // The "browser": QDesktopServices hands https pages here.
    void openUrl(const QUrl& url) { m_opened.append(url); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void testPageSignInStep_data();
    void testPageSignInStep();
    void detailsAskForPasswordOnlyWhereUsed_data();
    void detailsAskForPasswordOnlyWhereUsed();
    void manualSettingsKeepOAuth2_data();
    void manualSettingsKeepOAuth2();

private:
    std::unique_ptr<SetupWizard> makeWizard();
    template <typename T>
    static T* find(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QLatin1String(name));
        if (!widget) {
            qWarning("widget %s not found", name);
        }
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<OAuth2TestServer> m_issuer;
    QList<QUrl> m_opened;
};

void TestWizardOAuth2::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortpilotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("portpilot-wizard-oauth2-test"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_issuer = std::make_unique<OAuth2TestServer>(m_dir.filePath(QStringLiteral("issuer")), Address);
    QVERIFY2(m_issuer->isRunning(), qPrintable(m_issuer->error()));
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
}

void TestWizardOAuth2::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

std::unique_ptr<SetupWizard> TestWizardOAuth2::makeWizard()
{
    auto wizard = std::make_unique<SetupWizard>();
    wizard->controller()->setDiscoveryOptions(WizardTestSupport::isolatedDiscovery());
    wizard->controller()->setExtraCaCertificates(m_issuer->caCertificates());
    wizard->show();
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard.get())) {
        qWarning("wizard not active");
    }
    return wizard;
}

void TestWizardOAuth2::testPageSignInStep_data()
{
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<bool>("signInShown");
    QTest::newRow("OAuth2 account: sign in first") << AuthMethod::OAuth2 << true;
    QTest::newRow("password account: no sign-in step") << AuthMethod::PasswordCleartext << false;
}

void TestWizardOAuth2::testPageSignInStep()
{
    QFETCH(AuthMethod, auth);
    QFETCH(bool, signInShown);
    OAuth2Registration registration = m_issuer->registration();
    QVERIFY(PasswordStore::deletePasswordBlocking(OAuth2SignIns::refreshTokenKey(Anna, registration), nullptr));
    m_opened.clear();

    auto wizard = makeWizard();
    SetupController* controller = wizard->controller();
    QVERIFY(controller->setDetails(QStringLiteral("Anna"), Anna, QString(), false));
    Account found;
    found.source = ConfigSource::ProviderHttps;
    found.provider.displayName = QStringLiteral("Example Mail");
    found.provider.oauth2.issuer = m_issuer->issuer();
    found.provider.oauth2.authUrl = registration.authorizationEndpoint;
    found.provider.oauth2.tokenUrl = registration.tokenEndpoint;
    found.provider.oauth2.scope = registration.scope;
    found.provider.oauth2.clientId = registration.clientId;
    ServerSettings imap;
    imap.protocol = Protocol::Imap;
    imap.hostname = Address;
    imap.port = 1; // nothing listens: no test may run before the sign-in
    imap.authMethods = {auth};
    imap.source = found.source;
    ServerSettings smtp = imap;
    smtp.protocol = Protocol::Smtp;
    found.incoming = {imap};
    found.outgoing = {smtp};
    controller->setCandidates(found);
    wizard->setStartId(SetupWizard::Page_Choose);
    wizard->restart();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Test));
    QWidget* page = wizard->currentPage();
    auto* box = find<QGroupBox>(page, "signInBox");
    auto* status = find<QLabel>(page, "signInStatus");
    auto* signIn = find<QPushButton>(page, "signInButton");
    auto* cancel = find<QPushButton>(page, "cancelSignInButton");
    QVERIFY(box && status && signIn && cancel);
    QCOMPARE(box->isVisible(), signInShown);
    if (!signInShown) {
        QVERIFY(controller->isTesting() || controller->state().side(Side::Incoming).testResult);
        return;
    }

    // The step names the provider; no test runs before the sign-in, and the summary says why.
    QCOMPARE(box->title(), QStringLiteral("Sign in with Example Mail"));
    QCOMPARE(box->accessibleName(), box->title());
    QCOMPARE(signIn->text(), QStringLiteral("&Sign in with Example Mail…"));
    QVERIFY(!signIn->accessibleDescription().isEmpty());
    QVERIFY(!status->accessibleDescription().isEmpty());
    QCOMPARE(status->accessibleName(), QString()); // the changing text is the name
    QVERIFY(!cancel->isVisible());
    QVERIFY(!controller->isTesting());
    QCOMPARE(find<QLabel>(page, "testSummary")->text(), QStringLiteral("Sign in with Example Mail first."));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    // The button opens the issuer's page in the browser and waits, with Cancel.
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, 30000);
    QVERIFY(m_opened.first().toString().startsWith(registration.authorizationEndpoint));
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(!signIn->isEnabled());
    QVERIFY2(status->text().startsWith(QStringLiteral("Waiting for the sign-in with Example Mail in your browser")),
             qPrintable(status->text()));
    QCOMPARE(status->accessibleName(), QString()); // the changing text is the name
    QVERIFY(!cancel->accessibleDescription().isEmpty());

    // Cancelled: the step says so, no test ran, and the sign-in can be started again.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!cancel->isVisible());
    QCOMPARE(status->text(), QStringLiteral("The sign-in was cancelled."));
    QVERIFY(signIn->isEnabled());
    QCOMPARE(signIn->text(), QStringLiteral("&Sign in again…"));
    QVERIFY(!controller->isTesting());
    QVERIFY(!controller->state().side(Side::Incoming).testResult);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
}

void TestWizardOAuth2::detailsAskForPasswordOnlyWhereUsed_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("passwordAsked");
    QTest::newRow("Outlook.com: OAuth2 only, no password") << QStringLiteral("anna@outlook.com") << false;
    QTest::newRow("Hotmail: OAuth2 only, no password") << QStringLiteral("anna@hotmail.com") << false;
    QTest::newRow("unknown provider: password") << QStringLiteral("anna@example.test") << true;
}

void TestWizardOAuth2::detailsAskForPasswordOnlyWhereUsed()
{
    QFETCH(QString, address);
    QFETCH(bool, passwordAsked);
    auto wizard = makeWizard();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Details));
    QWidget* page = wizard->currentPage();
    WizardTestSupport::typeInto(page, "addressEdit", address);
    auto* password = find<QLineEdit>(page, "passwordEdit");
    auto* note = find<QLabel>(page, "passwordNote");
    QVERIFY(password && note);
    QCOMPARE(password->isVisible(), passwordAsked);
    QCOMPARE(note->isVisible(), !passwordAsked);
    if (!passwordAsked) {
        QVERIFY2(note->text().startsWith(QStringLiteral("No password needed")), qPrintable(note->text()));
        QCOMPARE(note->accessibleName(), QString()); // the name is the text (changing words)
        QVERIFY(!note->accessibleDescription().isEmpty());
    }
    // Next is never blocked by an empty password; where none is used, none is kept.
    password->setText(passwordAsked ? QString() : QStringLiteral("typed-before"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard->currentPage()->validatePage());
    QCOMPARE(wizard->controller()->state().password.isEmpty(), true);
    QCOMPARE(wizard->controller()->state().address.toString(), address);

    // Typing another address brings the password back.
    WizardTestSupport::typeInto(page, "addressEdit", QStringLiteral("anna@example.test"));
    QVERIFY(password->isVisible());
    QVERIFY(!note->isVisible());
}

void TestWizardOAuth2::manualSettingsKeepOAuth2_data()
{
    QTest::addColumn<Side>("side");
    QTest::newRow("incoming") << Side::Incoming;
    QTest::newRow("outgoing") << Side::Outgoing;
}

void TestWizardOAuth2::manualSettingsKeepOAuth2()
{
    // An OAuth2 server shown on the Manual page comes back as OAuth2, not as a password server
    // (seen in the screenshot tour with an Outlook.com address: "Log in with: Password").
    QFETCH(Side, side);
    ServerSettingsEditor editor(side);
    ServerSettings server;
    server.protocol = side == Side::Incoming ? Protocol::Imap : Protocol::Smtp;
    server.hostname = QStringLiteral("outlook.office365.com");
    server.port = side == Side::Incoming ? 993 : 587;
    server.socketType = side == Side::Incoming ? SocketType::Ssl : SocketType::StartTls;
    server.authMethods = {AuthMethod::OAuth2};
    editor.setSettings(server);
    QCOMPARE(editor.settings().preferredAuth(), AuthMethod::OAuth2);
}

QTEST_MAIN(TestWizardOAuth2)
#include "TestWizardOAuth2.moc"
