#include "AccountEnums.h"
#include "Descriptions.h"
#include "DiscoveryOptions.h"
#include "PasswordSaver.h"
#include "PasswordStore.h"
#include "SetupController.h"
#include "SetupWizard.h"
#include "WizardTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Portpilot;
using WizardTestSupport::typeInto;

// The real wizard, offscreen, driven through its widgets from "Your details" through "Finding
// your servers" and "Choose" to the test and "Done", against the discovery test world
// (run-in-world.sh: this process runs inside the world's network namespace, so Qt's resolver asks
// the world's dnsmasq, HTTPS goes to its nginx and logins to its Dovecot) with a private Secret
// Service (run-with-keyring.sh). Nothing is faked between the wizard and the servers.
class TestWizardDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void findsAndChooses_data();
    void findsAndChooses();
    void nothingFoundOffersManual_data();
    void nothingFoundOffersManual();
    void stopSearching();

private:
    std::unique_ptr<SetupWizard> makeWizard();
    // Types the details and presses Next: the Finding page starts the real discovery.
    static void startFinding(SetupWizard& wizard, const QString& address, const QString& password);
    // The Finding page's line for `source`, or null when the page does not list it.
    static QListWidgetItem* sourceItem(SetupWizard& wizard, ConfigSource source);
    static QString sourceLines(SetupWizard& wizard);
    // True when a line of the live list tells how its source ended (not "asking…").
    static bool lineEnded(const QString& text);
    static QString env(const char* name) { return qEnvironmentVariable(name); }
};

void TestWizardDiscovery::initTestCase()
{
    // Set by run-in-world.sh; without them the test runs outside the world and proves nothing.
    for (const char* name : {"PORTPILOT_WORLD_CA_FILE", "PORTPILOT_WORLD_ISPDB_URL", "PORTPILOT_WORLD_ACCESS_LOG",
                             "PORTPILOT_WORLD_DOVECOT_LOG", "PORTPILOT_WORLD_USER", "PORTPILOT_WORLD_PASSWORD"}) {
        QVERIFY2(!env(name).isEmpty(),
                 qPrintable(QStringLiteral("%1 is not set; run through run-in-world.sh").arg(QLatin1String(name))));
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortpilotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("portpilot-ui-discovery-test"));
}

void TestWizardDiscovery::init()
{
    QSettings().clear();
}

std::unique_ptr<SetupWizard> TestWizardDiscovery::makeWizard()
{
    auto wizard = std::make_unique<SetupWizard>();
    WizardTestSupport::useTestWorld(wizard->controller());
    wizard->show();
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard.get())) {
        qWarning("wizard not active");
    }
    return wizard;
}

void TestWizardDiscovery::startFinding(SetupWizard& wizard, const QString& address, const QString& password)
{
    typeInto(&wizard, "nameEdit", QStringLiteral("Anna"));
    typeInto(&wizard, "addressEdit", address);
    typeInto(&wizard, "passwordEdit", password);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::Page_Finding));
}

QListWidgetItem* TestWizardDiscovery::sourceItem(SetupWizard& wizard, ConfigSource source)
{
    auto* list = wizard.currentPage()->findChild<QListWidget*>(QStringLiteral("sourceList"));
    if (!list) {
        return nullptr;
    }
    // Each line starts with the source's name in plain words (what a screen reader reads too).
    const QString label = Descriptions::source(source) + QLatin1Char(':');
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::AccessibleTextRole).toString().startsWith(label)) {
            return list->item(row);
        }
    }
    return nullptr;
}

QString TestWizardDiscovery::sourceLines(SetupWizard& wizard)
{
    QStringList lines;
    if (auto* list = wizard.currentPage()->findChild<QListWidget*>(QStringLiteral("sourceList"))) {
        for (int row = 0; row < list->count(); ++row) {
            lines.append(list->item(row)->text());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool TestWizardDiscovery::lineEnded(const QString& text)
{
    for (SourceStatus status :
         {SourceStatus::Found, SourceStatus::Nothing, SourceStatus::Failed, SourceStatus::Cancelled}) {
        if (text.contains(Descriptions::sourceStatus(status))) {
            return true;
        }
    }
    return false;
}

void TestWizardDiscovery::findsAndChooses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<ConfigSource>("source");   // the source whose line says it found the settings
    QTest::addColumn<QString>("incoming");      // the Choose page's first incoming line
    QTest::addColumn<QString>("outgoing");      // and first outgoing line
    QTest::addColumn<QString>("approval");      // the domain to approve; empty when trusted
    QTest::addColumn<QString>("accessLogPart"); // the request nginx saw; empty when not over HTTPS
    QTest::addColumn<bool>("login");            // the servers are the world's Dovecot: test and save

    QTest::newRow("provider https") << "anna@https-ok.test" << ConfigSource::ProviderHttps
                                    << "IMAP — imap.https-ok.test, port 993, SSL/TLS"
                                    << "SMTP — smtp.https-ok.test, port 465, SSL/TLS"
                                    << ""
                                    << "https://autoconfig.https-ok.test/mail/config-v1.1.xml" << false;
    QTest::newRow("provider well-known") << "anna@wellknown.test" << ConfigSource::ProviderHttps
                                         << "IMAP — imap.wellknown.test, port 993, SSL/TLS"
                                         << "SMTP — smtp.wellknown.test, port 465, SSL/TLS"
                                         << ""
                                         << "https://wellknown.test/.well-known/autoconfig/mail/config-v1.1.xml"
                                         << false;
    QTest::newRow("ispdb") << "anna@ispdb-only.test" << ConfigSource::Ispdb
                           << "IMAP — imap.ispdb-only.test, port 993, SSL/TLS"
                           << "SMTP — smtp.ispdb-only.test, port 465, SSL/TLS"
                           << ""
                           << "https://ispdb.test/v1.1/ispdb-only.test" << false;
    QTest::newRow("mx") << "anna@mx-hosted.test" << ConfigSource::Mx << "IMAP — imap.hoster.test, port 993, SSL/TLS"
                        << "SMTP — smtp.hoster.test, port 465, SSL/TLS"
                        << "hoster.test"
                        << "https://autoconfig.hoster.test/mail/config-v1.1.xml" << false;
    // _imaps first by priority; _submission (not "s") is used with STARTTLS on 587.
    QTest::newRow("srv") << "anna@srv.test" << ConfigSource::DnsSrv << "IMAP — imap1.srv.test, port 993, SSL/TLS"
                         << "SMTP — smtp.srv.test, port 587, STARTTLS"
                         << "srv.test"
                         << "" << false;
    QTest::newRow("guessing, real login")
        << "anna@guess.test" << ConfigSource::Guess << "IMAP — imap.guess.test, port 993, SSL/TLS"
        << "SMTP — smtp.guess.test, port 465, SSL/TLS"
        << "guess.test"
        << "" << true;
}

void TestWizardDiscovery::findsAndChooses()
{
    QFETCH(QString, address);
    QFETCH(ConfigSource, source);
    QFETCH(QString, incoming);
    QFETCH(QString, outgoing);
    QFETCH(QString, approval);
    QFETCH(QString, accessLogPart);
    QFETCH(bool, login);

    // Only the guessing domain's user exists in the world's Dovecot.
    const QString password = login ? env("PORTPILOT_WORLD_PASSWORD") : QStringLiteral("not-used");
    QVERIFY(!login || address == env("PORTPILOT_WORLD_USER"));
    auto wizard = makeWizard();
    SetupController* controller = wizard->controller();
    QSignalSpy finished(controller, &SetupController::discoveryFinished);
    startFinding(*wizard, address, password);
    if (finished.isEmpty()) {
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // Next waits for the search
    }
    // Counted rather than waited for: the signal may come while a click processes events.
    QTRY_VERIFY2_WITH_TIMEOUT(finished.count() == 1, qPrintable(sourceLines(*wizard)), 30000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(sourceLines(*wizard)));

    // The live list says which source found the settings, in the words the person reads.
    QListWidgetItem* item = sourceItem(*wizard, source);
    QVERIFY2(item, qPrintable(sourceLines(*wizard)));
    QVERIFY2(item->text().contains(Descriptions::sourceStatus(SourceStatus::Found)), qPrintable(item->text()));
    QCOMPARE(item->data(Qt::AccessibleTextRole).toString(), item->text());
    // No more trusted source found anything (the winner is the most trusted that answered).
    for (ConfigSource other : {ConfigSource::Bundled, ConfigSource::ProviderHttps, ConfigSource::Ispdb,
                               ConfigSource::Mx, ConfigSource::DnsSrv}) {
        if (other == source) {
            break;
        }
        if (QListWidgetItem* higher = sourceItem(*wizard, other)) {
            QVERIFY2(!higher->text().contains(Descriptions::sourceStatus(SourceStatus::Found)),
                     qPrintable(sourceLines(*wizard)));
        }
    }
    if (!accessLogPart.isEmpty()) {
        // Really fetched from the world's web server. nginx writes the line after sending the
        // answer, so it may land a moment after the wizard has read it.
        const auto logged = [&accessLogPart] {
            QFile log(env("PORTPILOT_WORLD_ACCESS_LOG"));
            return log.open(QIODevice::ReadOnly) && log.readAll().contains(accessLogPart.toUtf8());
        };
        QTRY_VERIFY2(logged(), qPrintable(accessLogPart));
    }

    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Choose));
    QWidget* page = wizard->currentPage();
    // The recommended answers stand for the best server found on each side.
    auto* incomingServer = page->findChild<QComboBox*>(QStringLiteral("incomingServer"));
    auto* outgoingServer = page->findChild<QComboBox*>(QStringLiteral("outgoingServer"));
    QVERIFY(incomingServer && outgoingServer);
    QCOMPARE(controller->state().side(Side::Incoming).chosenIndex, 0);
    QCOMPARE(controller->state().side(Side::Outgoing).chosenIndex, 0);
    QCOMPARE(incomingServer->currentText(), incoming);
    QCOMPARE(outgoingServer->currentText(), outgoing);
    QCOMPARE(controller->state().side(Side::Incoming).server.source, source);

    const auto domains = page->findChildren<QLabel*>(QStringLiteral("approvalDomain"));
    if (approval.isEmpty()) {
        QVERIFY(domains.isEmpty());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    } else {
        // Found without proof of ownership: nothing goes on until the person approves the domain.
        QCOMPARE(domains.size(), 1);
        QCOMPARE(domains.first()->text(), approval);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto* check = page->findChild<QCheckBox*>(QStringLiteral("approvalCheck"));
        QVERIFY(check);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(check->isChecked());
        QVERIFY(controller->state().approvedDomains.contains(approval));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    }
    if (!login) {
        return; // the servers of these domains do not exist in the world
    }

    QSignalSpy tested(controller, &SetupController::testFinished);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Test));
    QTRY_VERIFY_WITH_TIMEOUT(tested.count() == 1, 60000);
    page = wizard->currentPage();
    const auto result = [page](const char* name) {
        auto* label = page->findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
    };
    QVERIFY2(tested.first().first().toBool(),
             qPrintable(result("incomingTestResult") + QLatin1Char(' ') + result("outgoingTestResult")));
    for (const char* name : {"incomingStepLogin", "outgoingStepLogin"}) {
        QVERIFY2(result(name).startsWith(QStringLiteral("✓")), qPrintable(result(name)));
    }
    QVERIFY(controller->state().side(Side::Incoming).testResult->encrypted);
    // The world's Dovecot saw the wizard log in with the address (not only the capability probes).
    // Guessing only asks for capabilities, so a login there is the Test page's. Dovecot's log
    // process writes the line on its own time.
    const auto dovecotLog = [] {
        QFile log(env("PORTPILOT_WORLD_DOVECOT_LOG"));
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    };
    const QByteArray loginLine = "Login: user=<" + address.toUtf8() + ">";
    QTRY_VERIFY2(dovecotLog().contains(loginLine), dovecotLog().right(2000).constData());

    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Export));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Done));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 60000);

    // The password is in the real keychain under the contract's key ("ADDRESS PROTOCOL://HOST:PORT").
    const QString imapKey = QStringLiteral("%1 imap://imap.guess.test:993").arg(address);
    const QString smtpKey = QStringLiteral("%1 smtp://smtp.guess.test:465").arg(address);
    QCOMPARE(PasswordSaver::keyFor(controller->state(), Side::Incoming), imapKey);
    QCOMPARE(PasswordSaver::keyFor(controller->state(), Side::Outgoing), smtpKey);
    QString error;
    QCOMPARE(PasswordStore::readPasswordBlocking(imapKey, &error).value_or(QString()), password);
    QCOMPARE(PasswordStore::readPasswordBlocking(smtpKey, &error).value_or(QString()), password);
    PasswordStore::deletePasswordBlocking(imapKey, &error);
    PasswordStore::deletePasswordBlocking(smtpKey, &error);

    // Reported, never asserted (issue #5's memory figure): peak resident memory of this process after
    // a whole setup through the real wizard (discovery, TLS logins, keychain, Done).
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                qInfo("whole setup through the wizard: peak resident memory %s", line.mid(6).trimmed().constData());
            }
        }
    }
}

void TestWizardDiscovery::nothingFoundOffersManual_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<ConfigSource>("source"); // a source whose line must tell why it found nothing
    QTest::addColumn<SourceStatus>("status");

    QTest::newRow("no server anywhere") << "anna@nothing.test" << ConfigSource::Guess << SourceStatus::Nothing;
    QTest::newRow("provider answers broken xml")
        << "anna@broken.test" << ConfigSource::ProviderHttps << SourceStatus::Failed;
}

void TestWizardDiscovery::nothingFoundOffersManual()
{
    QFETCH(QString, address);
    QFETCH(ConfigSource, source);
    QFETCH(SourceStatus, status);

    auto wizard = makeWizard();
    QSignalSpy finished(wizard->controller(), &SetupController::discoveryFinished);
    startFinding(*wizard, address, QStringLiteral("not-used"));
    // Counted rather than waited for: the signal may come while a click processes events.
    QTRY_VERIFY2_WITH_TIMEOUT(finished.count() == 1, qPrintable(sourceLines(*wizard)), 30000);
    QVERIFY2(!finished.first().first().toBool(), qPrintable(sourceLines(*wizard)));
    QListWidgetItem* item = sourceItem(*wizard, source);
    QVERIFY2(item, qPrintable(sourceLines(*wizard)));
    QVERIFY2(item->text().contains(Descriptions::sourceStatus(status)), qPrintable(item->text()));
    QVERIFY(!wizard->controller()->state().hasCandidates());
    // Next leads to the manual settings.
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Manual));
}

void TestWizardDiscovery::stopSearching()
{
    // Every host of dead.test drops packets: without a stop the search lasts the whole overall timeout.
    auto wizard = makeWizard();
    SetupController* controller = wizard->controller();
    QSignalSpy started(controller, &SetupController::discoverySourceStarted);
    QSignalSpy finished(controller, &SetupController::discoveryFinished);
    startFinding(*wizard, QStringLiteral("anna@dead.test"), QStringLiteral("not-used"));
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY(started.count() >= 2);
    // Let the sources reach the network (DNS answered, connections to the dropped host pending).
    QTest::qWait(500);
    QVERIFY2(controller->isDiscovering(), qPrintable(sourceLines(*wizard)));
    QVERIFY(finished.isEmpty());
    // The list is live: guessing waits for the dropped host and says it is still asking.
    QListWidgetItem* guess = sourceItem(*wizard, ConfigSource::Guess);
    QVERIFY2(guess && !lineEnded(guess->text()), qPrintable(sourceLines(*wizard)));
    auto* stop = wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("cancelDiscoveryButton"));
    QVERIFY(stop && stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(clock.elapsed() < 4000); // well before the 8 s overall timeout
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!controller->isDiscovering());
    QVERIFY(!stop->isEnabled());
    // Guessing was still at work: its line now says it was stopped.
    QVERIFY2(guess->text().contains(Descriptions::sourceStatus(SourceStatus::Cancelled)),
             qPrintable(sourceLines(*wizard)));
    // No line is left "asking…": each one tells how its source ended.
    auto* list = wizard->currentPage()->findChild<QListWidget*>(QStringLiteral("sourceList"));
    for (int row = 0; row < list->count(); ++row) {
        QVERIFY2(lineEnded(list->item(row)->text()), qPrintable(list->item(row)->text()));
    }
    // Nothing arrives late after the stop.
    QTest::qWait(1000);
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Manual));
}

QTEST_MAIN(TestWizardDiscovery)
#include "TestWizardDiscovery.moc"
