#include "DovecotServer.h"
#include "ExporterRegistry.h"
#include "OAuth2SignIns.h"
#include "OAuth2TestServer.h"
#include "PasswordStore.h"
#include "SetupController.h"
#include "SetupWizard.h"
#include "WizardTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Portpilot;
using namespace Qt::StringLiterals;
using WizardTestSupport::typeInto;

// The wizard's second way, "I own this domain: check it", driven through its widgets inside the
// discovery test world (run-in-world.sh): the real DomainCheck against the world's chk-*.test
// domains, each broken one way (docs/check.md), the findings shown grouped with their fixes, the
// fix copied, and the publishing files saved from the servers that passed. The OAuth2 sign-in of
// the test account runs against the tests' issuer and a real Dovecot with the oauth2 passdb
// (127.0.0.27 and 127.0.0.26, chk-oauthlogin.test), under a private keyring (run-with-keyring.sh).
class TestWizardDomainCheck : public QObject
{
    Q_OBJECT

public slots:
    // The "browser": QDesktopServices hands https pages here.
    void openUrl(const QUrl& url) { m_opened.append(url); }

private slots:
    void initTestCase();
    void init();
    void detailsLeadToTheCheck();
    void findingsWithTheirFixes_data();
    void findingsWithTheirFixes();
    void testAccountLogsIn();
    void notADomain_data();
    void notADomain();
    void publishesTheWorkingServers();
    void signInWithTheBrowser();

private:
    std::unique_ptr<SetupWizard> makeWizard();
    // From "Your details" through "I own this domain: check it" to the check page.
    static void openCheckPage(SetupWizard& wizard);
    // Types `domain`, presses Check and waits for the report.
    static void check(SetupWizard& wizard, const QString& domain);
    static QStringList shownIds(SetupWizard& wizard);
    static QTreeWidgetItem* findingItem(SetupWizard& wizard, const QString& id);
    static QString env(const char* name) { return qEnvironmentVariable(name); }
    QList<QUrl> m_opened;
};

void TestWizardDomainCheck::initTestCase()
{
    for (const char* name : {"PORTPILOT_WORLD_CA_FILE", "PORTPILOT_WORLD_ISPDB_URL", "PORTPILOT_WORLD_DOVECOT_LOG"}) {
        QVERIFY2(!env(name).isEmpty(),
                 qPrintable(QStringLiteral("%1 is not set; run through run-in-world.sh").arg(QLatin1String(name))));
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortpilotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("portpilot-ui-domain-check-test"));
}

void TestWizardDomainCheck::init()
{
    QSettings().clear();
}

std::unique_ptr<SetupWizard> TestWizardDomainCheck::makeWizard()
{
    auto wizard = std::make_unique<SetupWizard>();
    WizardTestSupport::useTestWorld(wizard->controller());
    wizard->show();
    return wizard;
}

void TestWizardDomainCheck::openCheckPage(SetupWizard& wizard)
{
    QCOMPARE(wizard.currentId(), int(SetupWizard::Page_Details));
    auto* way = wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("checkDomainWayButton"));
    QVERIFY(way);
    QVERIFY(way->isVisible() && way->isEnabled());
    QTest::mouseClick(way, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::Page_Check));
}

void TestWizardDomainCheck::check(SetupWizard& wizard, const QString& domain)
{
    SetupController* controller = wizard.controller();
    QSignalSpy changed(controller, &SetupController::domainCheckChanged);
    typeInto(wizard.currentPage(), "checkDomainEdit", domain);
    auto* button = wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("checkDomainButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(controller->isCheckingDomain());
    QVERIFY(!button->isEnabled()); // one check at a time
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(controller->state().domainCheck.finished, 40000);
    QCOMPARE(controller->state().domainCheck.domain, domain);
    QVERIFY(button->isEnabled());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
}

QStringList TestWizardDomainCheck::shownIds(SetupWizard& wizard)
{
    QStringList ids;
    auto* tree = wizard.currentPage()->findChild<QTreeWidget*>(QStringLiteral("checkFindings"));
    for (int area = 0; tree && area < tree->topLevelItemCount(); ++area) {
        for (int row = 0; row < tree->topLevelItem(area)->childCount(); ++row) {
            // "error: autoconfig.parse", as the line reads
            ids.append(tree->topLevelItem(area)->child(row)->text(0).section(QStringLiteral(": "), 1));
        }
    }
    ids.sort();
    return ids;
}

QTreeWidgetItem* TestWizardDomainCheck::findingItem(SetupWizard& wizard, const QString& id)
{
    auto* tree = wizard.currentPage()->findChild<QTreeWidget*>(QStringLiteral("checkFindings"));
    for (int area = 0; tree && area < tree->topLevelItemCount(); ++area) {
        for (int row = 0; row < tree->topLevelItem(area)->childCount(); ++row) {
            QTreeWidgetItem* item = tree->topLevelItem(area)->child(row);
            if (item->text(0).endsWith(QStringLiteral(": ") + id)) {
                return item;
            }
        }
    }
    return nullptr;
}

// The first page's address gives the domain; nothing of an account setup starts on the way.
void TestWizardDomainCheck::detailsLeadToTheCheck()
{
    auto wizard = makeWizard();
    typeInto(wizard.get(), "addressEdit", QStringLiteral("postmaster@chk-healthy.test"));
    QSignalSpy discovery(wizard->controller(), &SetupController::discoverySourceStarted);
    openCheckPage(*wizard);
    QCOMPARE(wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("checkDomainEdit"))->text(),
             QStringLiteral("chk-healthy.test"));
    QVERIFY(!wizard->currentPage()->findChild<QCheckBox*>(QStringLiteral("checkLoginCheck"))->isVisible());
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible()); // the check is the last page of its way
    QTest::qWait(100);
    QCOMPARE(discovery.count(), 0);
    // Back leads to the details again, and from there the usual way still starts.
    wizard->back();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Details));
}

void TestWizardDomainCheck::findingsWithTheirFixes_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("ids");    // the findings the page shows (DomainCheck's, docs/check.md)
    QTest::addColumn<QString>("selected");   // the worst finding, selected first
    QTest::addColumn<QString>("fixPart");    // in its fix
    QTest::addColumn<QString>("statusPart"); // in the status line
    QTest::addColumn<bool>("publishable");   // an incoming and an outgoing server passed

    QTest::newRow("healthy") << "chk-healthy.test" << QStringList{u"autodiscover.missing"_s} << "autodiscover.missing"
                             << "autodiscover"
                             << "Errors: 0, warnings: 0, notes: 1" << true;
    QTest::newRow("autoconfig cut off") << "chk-badxml.test"
                                        << QStringList{u"autoconfig.parse"_s, u"autodiscover.missing"_s,
                                                       u"clients.differ"_s, u"mx.missing"_s}
                                        << "autoconfig.parse"
                                        << "<clientConfig"
                                        << "Errors: 1," << true;
    QTest::newRow("SRV to a web server") << "chk-srvwrong.test"
                                         << QStringList{u"autodiscover.missing"_s, u"mx.missing"_s,
                                                        u"server.unreachable"_s, u"srv.differs"_s}
                                         << "server.unreachable"
                                         << ""
                                         << "Errors: 1" << true;
}

void TestWizardDomainCheck::findingsWithTheirFixes()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, ids);
    QFETCH(QString, selected);
    QFETCH(QString, fixPart);
    QFETCH(QString, statusPart);
    QFETCH(bool, publishable);

    auto wizard = makeWizard();
    openCheckPage(*wizard);
    check(*wizard, domain);
    QWidget* page = wizard->currentPage();
    QCOMPARE(shownIds(*wizard), ids);
    // Grouped by where mail programs look, each area once, in the order they ask.
    auto* tree = page->findChild<QTreeWidget*>(QStringLiteral("checkFindings"));
    QStringList areas;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        areas.append(tree->topLevelItem(i)->text(0));
    }
    QStringList expectedAreas;
    for (const DomainCheck::Area& area : wizard->controller()->state().domainCheck.areas) {
        expectedAreas.append(area.name);
    }
    QCOMPARE(areas, expectedAreas);
    QVERIFY(areas.contains(QStringLiteral("autoconfig")) && areas.contains(QStringLiteral("server")));

    const auto* status = page->findChild<QLabel*>(QStringLiteral("checkStatus"));
    QVERIFY2(status->text().contains(statusPart), qPrintable(status->text()));
    QCOMPARE(status->textFormat(), Qt::PlainText);

    // The worst finding is selected; its effect and fix are shown, and Copy puts the fix on the clipboard.
    QTreeWidgetItem* item = findingItem(*wizard, selected);
    QVERIFY(item);
    QCOMPARE(tree->currentItem(), item);
    auto* fix = page->findChild<QPlainTextEdit*>(QStringLiteral("checkFix"));
    const Finding* finding = nullptr;
    for (const Finding& f : wizard->controller()->state().domainCheck.findings) {
        if (f.id == selected) {
            finding = &f;
        }
    }
    QVERIFY(finding);
    QCOMPARE(fix->toPlainText(), finding->fix);
    QVERIFY2(fix->toPlainText().contains(fixPart), qPrintable(fix->toPlainText()));
    QVERIFY(fix->isReadOnly());
    const auto* effect = page->findChild<QLabel*>(QStringLiteral("checkEffect"));
    QVERIFY(effect->text().contains(finding->effect));
    QCOMPARE(effect->textFormat(), Qt::PlainText);
    QApplication::clipboard()->clear();
    auto* copy = page->findChild<QPushButton*>(QStringLiteral("copyFixButton"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), finding->fix);

    // Every other finding shows its own fix when selected.
    for (const Finding& other : wizard->controller()->state().domainCheck.findings) {
        tree->setCurrentItem(findingItem(*wizard, other.id));
        QCOMPARE(fix->toPlainText(), other.fix);
    }
    QCOMPARE(page->findChild<QPushButton*>(QStringLiteral("publishButton"))->isEnabled(), publishable);
}

// With an address at the domain and its password on the first page, the check logs in with them.
void TestWizardDomainCheck::testAccountLogsIn()
{
    auto wizard = makeWizard();
    typeInto(wizard.get(), "addressEdit", QStringLiteral("anna@chk-healthy.test"));
    typeInto(wizard.get(), "passwordEdit", QStringLiteral("anna-secret"));
    openCheckPage(*wizard);
    auto* login = wizard->currentPage()->findChild<QCheckBox*>(QStringLiteral("checkLoginCheck"));
    QVERIFY(login->isVisible() && login->isChecked());
    QVERIFY(login->text().contains(QStringLiteral("anna@chk-healthy.test")));
    check(*wizard, QStringLiteral("chk-healthy.test"));
    QCOMPARE(wizard->controller()->state().domainCheck.loginAddress, QStringLiteral("anna@chk-healthy.test"));
    QVERIFY2(shownIds(*wizard).contains(QStringLiteral("server.login-ok")), qPrintable(shownIds(*wizard).join(u' ')));
    QVERIFY(!shownIds(*wizard).contains(QStringLiteral("server.login-failed")));
    // Its document names no OAuth2 server: no sign-in is offered.
    QVERIFY(!wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("checkSignInButton"))->isVisible());
    // Another domain gets no password: the offer goes away.
    typeInto(wizard->currentPage(), "checkDomainEdit", QStringLiteral("chk-badxml.test"));
    QVERIFY(!login->isVisible());
}

void TestWizardDomainCheck::notADomain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("statusPart");
    QTest::newRow("empty") << ""
                           << "Type the domain";
    QTest::newRow("an address") << "anna@chk-healthy.test"
                                << "is not a domain name";
    QTest::newRow("markup") << "<b>x</b>.test"
                            << "is not a domain name";
}

void TestWizardDomainCheck::notADomain()
{
    QFETCH(QString, text);
    QFETCH(QString, statusPart);
    auto wizard = makeWizard();
    openCheckPage(*wizard);
    typeInto(wizard->currentPage(), "checkDomainEdit", text);
    QTest::mouseClick(wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("checkDomainButton")),
                      Qt::LeftButton);
    QVERIFY(!wizard->controller()->isCheckingDomain());
    const auto* status = wizard->currentPage()->findChild<QLabel*>(QStringLiteral("checkStatus"));
    QVERIFY2(status->text().contains(statusPart), qPrintable(status->text()));
    QCOMPARE(status->textFormat(), Qt::PlainText); // typed markup stays text
}

// The files that publish the settings hold the servers that passed the probe, as the fix says.
void TestWizardDomainCheck::publishesTheWorkingServers()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto wizard = makeWizard();
    openCheckPage(*wizard);
    check(*wizard, QStringLiteral("chk-badxml.test"));
    QWidget* page = wizard->currentPage();
    typeInto(page, "publishFolderEdit", folder.path());
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("publishButton")), Qt::LeftButton);
    const DomainCheckState& state = wizard->controller()->state().domainCheck;
    QCOMPARE(state.exports.size(), SetupController::domainPublishFormats().size());
    for (const ExportOutcome& outcome : state.exports) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.format));
        QVERIFY2(QFileInfo::exists(outcome.path), qPrintable(outcome.path));
    }
    // The autoconfig file saved is the one the finding's fix shows.
    QString fixText;
    for (const Finding& finding : state.findings) {
        if (finding.id == QStringLiteral("autoconfig.parse")) {
            fixText = finding.fix;
        }
    }
    QFile autoconfig(state.exports.at(0).path);
    QVERIFY(autoconfig.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(autoconfig.readAll()).trimmed();
    QVERIFY(saved.contains(QStringLiteral("<clientConfig")));
    QVERIFY2(fixText.contains(saved), qPrintable(fixText));
    const auto* report = page->findChild<QLabel*>(QStringLiteral("publishReport"));
    QVERIFY(report->isVisible());
    QVERIFY2(report->text().contains(QDir::toNativeSeparators(state.exports.at(0).path)), qPrintable(report->text()));
    // A second save replaces nothing.
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("publishButton")), Qt::LeftButton);
    QCOMPARE(state.exports.size(), 2 * SetupController::domainPublishFormats().size());
    QCOMPARE(state.exports.last().status, ExportOutcome::Status::Exists);
}

// The domain's own document names OAuth2 servers: the Check page offers the sign-in in the browser,
// waits for it with a way to cancel, then checks again and logs in to those servers with the token,
// which is used for that check only: nothing in the keychain or the settings, nothing on the page.
void TestWizardDomainCheck::signInWithTheBrowser()
{
    const QString domain = QStringLiteral("chk-oauthlogin.test");
    const QString anna = QStringLiteral("anna@chk-oauthlogin.test");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const OAuth2TestServer issuer(dir.filePath(QStringLiteral("issuer")), QStringLiteral("127.0.0.27"));
    QVERIFY2(issuer.isRunning(), qPrintable(issuer.error()));
    // Dovecot's auth process (user dovecot) reads the issuer's CA: every folder on the way must let it.
    const QFileInfo ca(issuer.caFile());
    for (QDir up = ca.dir(); up.absolutePath().startsWith(dir.path()); up.cdUp()) {
        QFile::setPermissions(up.absolutePath(), QFile::permissions(up.absolutePath()) | QFile::ExeOther);
    }
    QFile::setPermissions(ca.filePath(), QFile::permissions(ca.filePath()) | QFile::ReadOther);
    QProcessEnvironment oauth2;
    oauth2.insert(QStringLiteral("DOVECOT_OAUTH2_INTROSPECTION"), issuer.issuer() + QStringLiteral("/introspect"));
    oauth2.insert(QStringLiteral("DOVECOT_OAUTH2_CA"), issuer.caFile());
    // The world's certificate, which names imap. and smtp.chk-oauthlogin.test.
    oauth2.insert(QStringLiteral("DOVECOT_CERT"), env("PORTPILOT_WORLD_DIR") + QStringLiteral("/ca/server.pem"));
    oauth2.insert(QStringLiteral("DOVECOT_KEY"), env("PORTPILOT_WORLD_DIR") + QStringLiteral("/ca/server.key"));
    const DovecotServer dovecot(QStringLiteral("127.0.0.26"), oauth2);
    QVERIFY2(dovecot.isRunning(), qPrintable(dovecot.error()));
    QCOMPARE(dovecot.port(QStringLiteral("IMAPS_PORT")), quint16(993));
    // The domain's own document: IMAP and submission with OAuth2, and the issuer's <oAuth2> block.
    const QString folder = env("PORTPILOT_WORLD_DIR") + QStringLiteral("/www/autoconfig.%1/mail").arg(domain);
    QVERIFY(QDir().mkpath(folder));
    const auto unpublish = qScopeGuard([&] { QDir(folder).removeRecursively(); });
    QFile document(folder + QStringLiteral("/config-v1.1.xml"));
    QVERIFY(document.open(QIODevice::WriteOnly));
    document.write(QStringLiteral(
                       R"(<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="%1"><domain>%1</domain>
<incomingServer type="imap"><hostname>imap.%1</hostname><port>993</port><socketType>SSL</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.%1</hostname><port>465</port><socketType>SSL</socketType><authentication>OAuth2</authentication><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider><oAuth2><issuer>%2</issuer><scope>mail offline_access</scope><authURL>%2/authorize</authURL><tokenURL>%2/token</tokenURL><clientID>portpilot-test</clientID></oAuth2></clientConfig>)")
                       .arg(domain, issuer.issuer())
                       .toUtf8());
    document.close();
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
    const auto unhandle = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
    m_opened.clear();

    auto wizard = makeWizard();
    SetupController* controller = wizard->controller();
    controller->setExtraCaCertificates(QSslCertificate::fromPath(env("PORTPILOT_WORLD_CA_FILE")) +
                                       issuer.caCertificates());
    typeInto(wizard.get(), "addressEdit", anna); // no password: an all-OAuth2 account needs none
    openCheckPage(*wizard);
    QWidget* page = wizard->currentPage();
    auto* signIn = page->findChild<QPushButton*>(QStringLiteral("checkSignInButton"));
    auto* status = page->findChild<QLabel*>(QStringLiteral("checkStatus"));
    QVERIFY(signIn && status);
    QVERIFY(!signIn->isVisible()); // nothing checked yet: nobody knows of OAuth2 servers
    check(*wizard, domain);
    QVERIFY(signIn->isVisible() && signIn->isEnabled());
    QCOMPARE(signIn->text(), QStringLiteral("Sign &in with the browser…"));
    QVERIFY2(signIn->accessibleDescription().contains(anna), qPrintable(signIn->accessibleDescription()));
    QVERIFY(signIn->accessibleDescription().contains(QStringLiteral("not saved")));
    QVERIFY(issuer.log(QStringLiteral("introspect")).isEmpty()); // the first check sent no token

    // The button opens the issuer's page (PKCE, the loopback redirect) and waits, with Cancel.
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, 20000);
    const QUrl page1 = m_opened.takeFirst();
    const QUrlQuery query(page1);
    QCOMPARE(page1.adjusted(QUrl::RemoveQuery).toString(), issuer.issuer() + QStringLiteral("/authorize"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)).host() ==
            QStringLiteral("127.0.0.1"));
    QCOMPARE(signIn->text(), QStringLiteral("Cancel s&ign-in"));
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("checkDomainButton"))->isEnabled());
    QVERIFY2(status->text().startsWith(QStringLiteral("Waiting for the sign-in as %1 with ").arg(anna)),
             qPrintable(status->text()));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(!controller->state().domainCheck.signingIn);
    QCOMPARE(signIn->text(), QStringLiteral("Sign &in with the browser…"));
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("checkDomainButton"))->isEnabled());

    // Again, and the "browser" goes through the issuer's redirect to the listener: the check runs again.
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, 20000);
    issuer.browse(m_opened.takeFirst());
    QTRY_VERIFY_WITH_TIMEOUT(controller->state().domainCheck.signedIn && controller->state().domainCheck.finished,
                             40000);
    const DomainCheckState& state = controller->state().domainCheck;
    QCOMPARE(state.loginAddress, anna);
    int oauth2Logins = 0;
    for (const Finding& finding : state.findings) {
        oauth2Logins += finding.id == QStringLiteral("server.login-ok") && finding.effect.contains(u"OAUTHBEARER");
        QVERIFY2(finding.id != QStringLiteral("server.login-failed") &&
                     finding.id != QStringLiteral("server.login-not-sent"),
                 qPrintable(finding.subject + QStringLiteral(": ") + finding.effect));
    }
    QCOMPARE(oauth2Logins, 2);
    const QJsonArray introspections = issuer.log(QStringLiteral("introspect"));
    QCOMPARE(introspections.size(), 2); // Dovecot asked the issuer about the token, once per server
    QVERIFY2(status->text().contains(QStringLiteral("used for this check only and not saved")),
             qPrintable(status->text()));

    // Used for this check only: no record in the settings, no refresh token in the keychain, and the
    // token itself nowhere on the page.
    QSettings settings;
    QVERIFY(OAuth2SignIns(&settings).recalled(anna).isEmpty());
    OAuth2Registration registration = issuer.registration();
    registration.issuer = issuer.issuer();
    QString error;
    QVERIFY(!PasswordStore::readPasswordBlocking(OAuth2SignIns::refreshTokenKey(anna, registration), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error)); // "not found", not a keychain that could not be asked
    const QString token = introspections.first().toObject().value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    for (const QLabel* label : page->findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(token));
    }
    for (const Finding& finding : state.findings) {
        QVERIFY(!finding.effect.contains(token) && !finding.fix.contains(token));
    }
}

QTEST_MAIN(TestWizardDomainCheck)
#include "TestWizardDomainCheck.moc"
