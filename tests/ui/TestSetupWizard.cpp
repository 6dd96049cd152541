#include "CertificateDialog.h"
#include "CertificateInfo.h"
#include "CertificatePinStore.h"
#include "Descriptions.h"
#include "DiscoveryOptions.h"
#include "DovecotServer.h"
#include "HelpDialog.h"
#include "PasswordSaver.h"
#include "PasswordStore.h"
#include "SetupController.h"
#include "SetupWizard.h"
#include "WizardTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>

#include <functional>

using namespace Portpilot;
using WizardTestSupport::typeInto;

namespace {

// A real Dovecot (tests/servers/dovecot.sh) on 127.0.0.1 of the test's own network namespace,
// with the test CA's server certificate or, by name, another one of DIR/ca ("selfsigned").
std::unique_ptr<DovecotServer> startDovecot(const QString& certificateName = QString())
{
    QProcessEnvironment environment;
    if (!certificateName.isEmpty()) {
        environment.insert(QStringLiteral("DOVECOT_CERT_NAME"), certificateName);
    }
    auto dovecot = std::make_unique<DovecotServer>(QStringLiteral("127.0.0.1"), environment);
    if (!dovecot->isRunning()) {
        qWarning("dovecot.sh start failed: %s", qPrintable(dovecot->error()));
    }
    return dovecot;
}

QList<QSslCertificate> testCa(const DovecotServer& dovecot)
{
    return QSslCertificate::fromPath(dovecot.caFile());
}

// Text a server, a downloaded file or anyone on the path wrote, made to look like a link.
const QString hostileText = QStringLiteral("<a href=\"http://evil\">click</a><b>x</b>");

// The targets of the links a label with rich text `html` shows, as Qt's text engine reads it.
QStringList linksIn(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    QStringList links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !links.contains(format.anchorHref())) {
                links.append(format.anchorHref());
            }
        }
    }
    return links;
}

// security.md UI-01, §A.1 rule 7: below `root`, every label that carries `text` shows it as the
// characters it is: plain text with no link to follow, or (where the label has rich text of its
// own) escaped, so that what the person reads is `text` and no link in it leads anywhere but
// `allowedLinkPrefix`. Returns how many labels show it.
int verifyShownAsCharacters(QWidget* root, const QString& text, const QString& allowedLinkPrefix = QString())
{
    int shown = 0;
    const auto labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (label->text().contains(text)) {
            // The raw characters are in it: only harmless as plain text.
            if (label->textFormat() != Qt::PlainText || label->openExternalLinks()) {
                qWarning("%s shows server text as rich text or with links", qPrintable(label->objectName()));
                return -1;
            }
            ++shown;
            continue;
        }
        if (!rich) {
            continue;
        }
        QTextDocument document;
        document.setHtml(label->text());
        if (!document.toPlainText().contains(text)) {
            continue;
        }
        ++shown; // escaped: the person reads the characters
        for (const QString& link : linksIn(label->text())) {
            if (allowedLinkPrefix.isEmpty() || !link.startsWith(allowedLinkPrefix)) {
                qWarning("%s links to %s", qPrintable(label->objectName()), qPrintable(link));
                return -1;
            }
        }
    }
    return shown;
}

} // namespace

// The real wizard, driven through its widgets on the offscreen platform. Runs inside a network
// namespace with only loopback (run-isolated.sh) and with a private Secret Service
// (run-with-keyring.sh), so discovery cannot reach the internet and the password goes to a real keychain.
class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void manualImapSetupTestsSavesAndExports();
    void pop3Success();
    void migratePageCopiesPop3Mail();
    void copyMailFromAFolderPicked();
    void wrongPasswordThenCorrected();
    void untrustedCertificateAccepted();
    void pinTrustsOnlyThatCertificate();
    void refusedCertificateStops();
    void securityChangeSwitchesPort_data();
    void securityChangeSwitchesPort();
    void plainTextNeedsConsent();
    void bundledProviderOffersChoiceAndAdvice();
    void chooseAnswersPickTheServers();
    void doneAddsTheAccountToAMailProgram();
    void approvalNamesTheWholeDomain();
    void approvalFollowsTheHostToManualSettings();
    void approvalOnManualSettings_data();
    void approvalOnManualSettings();
    void serverTextShownAsPlainText();
    void certificateTextShownAsPlainText_data();
    void certificateTextShownAsPlainText();
    void providerTextShownAsPlainText_data();
    void providerTextShownAsPlainText();
    void sourceMessagesShownAsPlainText();
    void keychainWrittenBeforeExport();
    void addressAndNameAreRemembered();
    void keyboardOnlyTabOrder();
    void everyControlHasAnAccessibleName();
    void changingTextIsAnnounced_data();
    void changingTextIsAnnounced();
    void pagesAreNamedForScreenReaders();
    void helpHasPageTextAndStandardPorts();
    void retranslateKeepsTyping();

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
    static void goToManual(SetupWizard& wizard, const QString& address, const QString& password);
    static void fillServers(QWidget* page, const DovecotServer& dovecot, bool pop3);
    // Your details with this password, manual settings for this Dovecot, Next: the test runs.
    static void startTest(SetupWizard& wizard, const DovecotServer& dovecot, const QString& password,
                          bool pop3 = false);
    static bool waitForTest(SetupWizard& wizard);
    // Types Dovecot's IMAP and SMTP servers for anna by hand and runs the test; other programs' mail
    // is looked for in `home`. True when it passed.
    static bool passImapTest(SetupWizard& wizard, const DovecotServer& dovecot, const QString& home);
    // What discovery would hand over: one IMAP (SSL/TLS) and one SMTP server from `source`.
    static Account oneServerEach(const QString& imapHost, quint16 imapPort, const QString& smtpHost, quint16 smtpPort,
                                 ConfigSource source, const QString& approvalNeeded = {});
};

Account TestSetupWizard::oneServerEach(const QString& imapHost, quint16 imapPort, const QString& smtpHost,
                                       quint16 smtpPort, ConfigSource source, const QString& approvalNeeded)
{
    Account found;
    ServerSettings imap;
    imap.protocol = Protocol::Imap;
    imap.hostname = imapHost;
    imap.port = imapPort;
    imap.source = source;
    imap.approvalNeeded = approvalNeeded;
    ServerSettings smtp = imap;
    smtp.protocol = Protocol::Smtp;
    smtp.hostname = smtpHost;
    smtp.port = smtpPort;
    found.incoming = {imap};
    found.outgoing = {smtp};
    return found;
}

void TestSetupWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortpilotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("portpilot-ui-test"));
}

void TestSetupWizard::init()
{
    QSettings().clear();
}

std::unique_ptr<SetupWizard> TestSetupWizard::makeWizard()
{
    auto wizard = std::make_unique<SetupWizard>();
    wizard->controller()->setDiscoveryOptions(WizardTestSupport::isolatedDiscovery());
    wizard->show();
    wizard->activateWindow();
    // Keyboard shortcuts need the active window.
    if (!QTest::qWaitForWindowActive(wizard.get())) {
        qWarning("wizard not active");
    }
    return wizard;
}

void TestSetupWizard::goToManual(SetupWizard& wizard, const QString& address, const QString& password)
{
    typeInto(&wizard, "nameEdit", QStringLiteral("Anna Jónsdóttir"));
    typeInto(&wizard, "addressEdit", address);
    typeInto(&wizard, "passwordEdit", password);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::Page_Finding));
    // The person does not wait for the search.
    auto* manual = wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("findingManualButton"));
    QVERIFY(manual);
    QTest::mouseClick(manual, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::Page_Manual));
}

void TestSetupWizard::fillServers(QWidget* page, const DovecotServer& dovecot, bool pop3)
{
    if (pop3) {
        auto* protocol = page->findChild<QComboBox*>(QStringLiteral("incomingProtocol"));
        protocol->setCurrentIndex(protocol->findText(QStringLiteral("POP3")));
    }
    // "localhost" is a name the test certificate carries.
    typeInto(page, "incomingHost", QStringLiteral("localhost"));
    typeInto(page, "incomingPort",
             QString::number(dovecot.port(pop3 ? QStringLiteral("POP3S_PORT") : QStringLiteral("IMAPS_PORT"))));
    typeInto(page, "outgoingHost", QStringLiteral("localhost"));
    typeInto(page, "outgoingPort", QString::number(dovecot.port(QStringLiteral("SUBMISSIONS_PORT"))));
}

void TestSetupWizard::startTest(SetupWizard& wizard, const DovecotServer& dovecot, const QString& password, bool pop3)
{
    goToManual(wizard, QStringLiteral("anna@example.test"), password);
    fillServers(wizard.currentPage(), dovecot, pop3);
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::Page_Test));
}

bool TestSetupWizard::waitForTest(SetupWizard& wizard)
{
    // Wait for both results, passed or not (the prober has its own timeouts).
    SetupController* controller = wizard.controller();
    QDeadlineTimer deadline(120000);
    while (!(controller->state().side(Side::Incoming).testResult &&
             controller->state().side(Side::Outgoing).testResult && !controller->isTesting()) &&
           !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    QTest::qWait(0);
    return controller->state().testPassed();
}

void TestSetupWizard::manualImapSetupTestsSavesAndExports()
{
    const auto dovecot = startDovecot();
    QVERIFY(dovecot->isRunning());
    auto wizard = makeWizard();
    wizard->controller()->setExtraCaCertificates(testCa(*dovecot));
    const QString address = QStringLiteral("anna@example.test");
    const QString password = QStringLiteral("anna-secret");
    goToManual(*wizard, address, password);
    QWidget* page = wizard->currentPage();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // nothing typed yet
    typeInto(page, "incomingHost", QStringLiteral("localhost"));
    typeInto(page, "outgoingHost", QStringLiteral("localhost"));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(find<QLineEdit>(page, "incomingPort")->text(), QStringLiteral("993"));
    QCOMPARE(find<QLineEdit>(page, "outgoingPort")->text(), QStringLiteral("465"));
    fillServers(page, *dovecot, false);

    // Back and forth keeps everything typed.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Finding));
    QTest::mouseClick(wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("findingManualButton")),
                      Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Manual));
    QCOMPARE(find<QLineEdit>(wizard->currentPage(), "incomingHost")->text(), QStringLiteral("localhost"));

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Test));
    QVERIFY2(waitForTest(*wizard),
             qPrintable(find<QLabel>(wizard->currentPage(), "incomingTestResult")->text() + QLatin1Char(' ') +
                        find<QLabel>(wizard->currentPage(), "outgoingTestResult")->text()));
    page = wizard->currentPage();
    for (const char* name : {"incomingStepConnect", "incomingStepSecure", "incomingStepCapabilities",
                             "incomingStepLogin", "outgoingStepConnect", "outgoingStepSecure", "outgoingStepLogin"}) {
        QVERIFY2(find<QLabel>(page, name)->text().startsWith(QStringLiteral("✓")), name);
    }
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    // The transcript never holds the password.
    for (const Side side : bothSides) {
        QVERIFY(!wizard->controller()
                     ->state()
                     .side(side)
                     .testResult->transcript.join(QLatin1Char('\n'))
                     .contains(password));
    }

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Export));
    page = wizard->currentPage();
    auto* formats = find<QListWidget>(page, "formatList");
    QVERIFY(formats && formats->count() > 0);
    const auto msmtp = formats->findItems(QStringLiteral("msmtp"), Qt::MatchExactly);
    QCOMPARE(msmtp.size(), 1);
    formats->setCurrentItem(msmtp.first());
    auto* preview = find<QPlainTextEdit>(page, "previewText");
    QVERIFY2(preview->toPlainText().contains(QLatin1String("localhost")), qPrintable(preview->toPlainText()));
    QVERIFY(!preview->toPlainText().contains(password)); // the password is out by default
    auto* include = find<QCheckBox>(page, "includePasswordCheck");
    QVERIFY(!include->isChecked());
    QVERIFY(!find<QLabel>(page, "passwordWarning")->isVisible());
    msmtp.first()->setCheckState(Qt::Checked);
    QTemporaryDir out;
    typeInto(page, "folderEdit", out.path());
    QTest::mouseClick(find<QPushButton>(page, "exportButton"), Qt::LeftButton);
    const QStringList written = QDir(out.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(written.size() == 1, qPrintable(find<QLabel>(page, "exportReport")->text()));
    QFile file(QDir(out.path()).filePath(written.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("localhost"));
    QVERIFY(!content.contains(password.toUtf8()));

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Done));
    // Done ends the setup: no way on (the domain check's page has a higher id, but is not next).
    QCOMPARE(wizard->nextId(), -1);
    QVERIFY(!wizard->button(QWizard::NextButton)->isVisible() || !wizard->button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 60000);
    page = wizard->currentPage();
    const QString status = find<QLabel>(page, "passwordStatusLabel")->text();
    QVERIFY2(status.contains(PasswordStore::serviceName()), qPrintable(status));
    QVERIFY(!find<QLabel>(page, "summaryLabel")->text().contains(password));

    // The password is in the real keychain under the contract's key, for both servers.
    QString error;
    const QString imapKey = QStringLiteral("%1 imap://localhost:%2")
                                .arg(address, QString::number(dovecot->port(QStringLiteral("IMAPS_PORT"))));
    const QString smtpKey = QStringLiteral("%1 smtp://localhost:%2")
                                .arg(address, QString::number(dovecot->port(QStringLiteral("SUBMISSIONS_PORT"))));
    QCOMPARE(PasswordStore::readPasswordBlocking(imapKey, &error).value_or(QString()), password);
    QCOMPARE(PasswordStore::readPasswordBlocking(smtpKey, &error).value_or(QString()), password);
    PasswordStore::deletePasswordBlocking(imapKey, &error);
    PasswordStore::deletePasswordBlocking(smtpKey, &error);
}

bool TestSetupWizard::passImapTest(SetupWizard& wizard, const DovecotServer& dovecot, const QString& home)
{
    wizard.controller()->setMigrationHome(home);
    wizard.controller()->setExtraCaCertificates(testCa(dovecot));
    goToManual(wizard, QStringLiteral("anna@example.test"), QStringLiteral("anna-secret"));
    typeInto(wizard.currentPage(), "incomingHost", QStringLiteral("localhost"));
    typeInto(wizard.currentPage(), "outgoingHost", QStringLiteral("localhost"));
    fillServers(wizard.currentPage(), dovecot, false);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    return waitForTest(wizard);
}

void TestSetupWizard::migratePageCopiesPop3Mail()
{
    // Thunderbird's POP3 account delivered 3 messages (and one deleted) into Local Folders.
    QTemporaryDir home;
    const QString profile = home.filePath(QStringLiteral(".thunderbird/p.default"));
    QVERIFY(QDir().mkpath(profile + QStringLiteral("/Mail/Local Folders")));
    const auto write = [](const QString& path, const QByteArray& data) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    };
    write(home.filePath(QStringLiteral(".thunderbird/profiles.ini")),
          "[Profile0]\nName=default\nIsRelative=1\nPath=p.default\n");
    write(profile + QStringLiteral("/prefs.js"), R"x(user_pref("mail.accountmanager.accounts", "account1,account2");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.server.server1.type", "pop3");
user_pref("mail.server.server1.hostname", "pop.example.test");
user_pref("mail.server.server1.deferred_to_account", "account2");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.server.server2.type", "none");
user_pref("mail.server.server2.directory-rel", "[ProfD]Mail/Local Folders");
)x");
    QByteArray inbox;
    for (int i = 0; i < 3; ++i) {
        inbox += "From - Tue Feb 06 09:00:00 2024\nX-Mozilla-Status: 0001\nSubject: wizard move " +
                 QByteArray::number(i) + "\nMessage-ID: <wizard-move-" + QUuid::createUuid().toByteArray(QUuid::Id128) +
                 "@example.test>\n\nHello " + QByteArray::number(i) + "\n\n";
    }
    inbox += "From - Tue Feb 06 09:00:00 2024\nX-Mozilla-Status: 0009\n\ndeleted\n";
    write(profile + QStringLiteral("/Mail/Local Folders/Inbox"), inbox);

    const auto dovecot = startDovecot();
    QVERIFY(dovecot->isRunning());
    auto wizard = makeWizard();
    QVERIFY(passImapTest(*wizard, *dovecot, home.path()));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Migrate));

    QWidget* page = wizard->currentPage();
    auto* folders = find<QTreeWidget>(page, "migrateFolders");
    QCOMPARE(folders->topLevelItemCount(), 1);
    QCOMPARE(folders->topLevelItem(0)->text(0), QStringLiteral("Inbox"));
    QCOMPARE(folders->topLevelItem(0)->checkState(0), Qt::Checked);
    QTRY_COMPARE(folders->topLevelItem(0)->text(2), QStringLiteral("3")); // counted in the background
    auto* copy = find<QPushButton>(page, "migrateCopyButton");
    folders->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    QVERIFY(!copy->isEnabled()); // nothing to copy
    folders->topLevelItem(0)->setCheckState(0, Qt::Checked);
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    auto* summary = find<QPlainTextEdit>(page, "migrateSummary");
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 30000);
    QVERIFY2(summary->toPlainText().contains(QStringLiteral("checked there")), qPrintable(summary->toPlainText()));
    QVERIFY(find<QLabel>(page, "migrateAdvice")->text().contains(QStringLiteral("Thunderbird")));
    QCOMPARE(find<QPushButton>(page, "migrateCopyButton")->text(), QStringLiteral("Copy again"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Export));
}

void TestSetupWizard::copyMailFromAFolderPicked()
{
    // No program's POP3 mail is found (an empty home), but the person has a folder of old mail.
    QTemporaryDir home;
    QTemporaryDir mail;
    QFile archive(mail.filePath(QStringLiteral("Archive")));
    QVERIFY(archive.open(QIODevice::WriteOnly));
    archive.write("From - Tue Feb 06 09:00:00 2024\nSubject: picked by hand " +
                  QUuid::createUuid().toByteArray(QUuid::Id128) + "\n\nHello\n");
    archive.close();

    const auto dovecot = startDovecot();
    QVERIFY(dovecot->isRunning());
    auto wizard = makeWizard();
    QVERIFY(passImapTest(*wizard, *dovecot, home.path()));
    auto* copyMail = find<QPushButton>(wizard->currentPage(), "copyMailButton");
    QTRY_VERIFY(copyMail->isVisible());
    QCOMPARE(wizard->controller()->next(SetupController::Step::Test), SetupController::Step::Export);

    // The folder dialog is answered with the folder of old mail (as choosing it there would).
    QTest::mouseClick(copyMail, Qt::LeftButton);
    auto* dialog = wizard->currentPage()->findChild<QFileDialog*>(QStringLiteral("copyMailDialog"));
    QVERIFY(dialog);
    emit dialog->fileSelected(mail.path());
    dialog->close();
    QTRY_VERIFY(!copyMail->isVisible()); // offered now: Next goes to the Migrate page
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Migrate));
    auto* folders = find<QTreeWidget>(wizard->currentPage(), "migrateFolders");
    QCOMPARE(folders->topLevelItemCount(), 1);
    QCOMPARE(folders->topLevelItem(0)->text(0), QStringLiteral("Archive"));
    QCOMPARE(folders->topLevelItem(0)->text(1), mail.path());
}

void TestSetupWizard::pop3Success()
{
    const auto dovecot = startDovecot();
    QVERIFY(dovecot->isRunning());
    auto wizard = makeWizard();
    wizard->controller()->setExtraCaCertificates(testCa(*dovecot));
    find<QCheckBox>(wizard.get(), "rememberPasswordCheck")->setChecked(false);
    startTest(*wizard, *dovecot, QStringLiteral("anna-secret"), true);
    QVERIFY(waitForTest(*wizard));
    QCOMPARE(wizard->controller()->state().side(Side::Incoming).testResult->server.protocol, Protocol::Pop3);
    QVERIFY(wizard->controller()->state().side(Side::Incoming).testResult->encrypted);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Done));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(find<QLabel>(wizard->currentPage(), "summaryLabel")->text().contains(QLatin1String("POP3")));
    // Not remembered: nothing in the keychain.
    QString error;
    QVERIFY(!PasswordStore::readPasswordBlocking(PasswordSaver::keyFor(wizard->controller()->state(), Side::Incoming),
                                                 &error)
                 .has_value());
}

void TestSetupWizard::wrongPasswordThenCorrected()
{
    const auto dovecot = startDovecot();
    QVERIFY(dovecot->isRunning());
    auto wizard = makeWizard();
    wizard->controller()->setExtraCaCertificates(testCa(*dovecot));
    startTest(*wizard, *dovecot, QStringLiteral("wrong-guess"));
    QVERIFY(!waitForTest(*wizard));
    QWidget* page = wizard->currentPage();
    const ProbeResult incoming = *wizard->controller()->state().side(Side::Incoming).testResult;
    QCOMPARE(incoming.failure.kind, FailureKind::AuthWrongPassword);
    QCOMPARE(find<QLabel>(page, "incomingTestResult")->text(), incoming.failure.message());
    QVERIFY(find<QLabel>(page, "incomingStepLogin")->text().startsWith(QStringLiteral("✗")));
    QVERIFY(find<QPushButton>(page, "incomingDetailsButton")->isEnabled());
    QVERIFY(!incoming.transcript.join(QLatin1Char('\n')).contains(QLatin1String("wrong-guess")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    // Details: the plain-words failure with the redacted transcript.
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box) {
            QVERIFY(!box->detailedText().isEmpty());
            QVERIFY(!box->detailedText().contains(QLatin1String("wrong-guess")));
            box->reject();
        }
    });
    QTest::mouseClick(find<QPushButton>(page, "incomingDetailsButton"), Qt::LeftButton);

    typeInto(page, "retryPasswordEdit", QStringLiteral("anna-secret"));
    QTest::keyClick(find<QLineEdit>(page, "retryPasswordEdit"), Qt::Key_Return);
    QVERIFY(waitForTest(*wizard));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard->controller()->state().password, QStringLiteral("anna-secret"));
}

void TestSetupWizard::untrustedCertificateAccepted()
{
    const auto dovecot = startDovecot(QStringLiteral("selfsigned"));
    QVERIFY(dovecot->isRunning());
    auto wizard = makeWizard(); // no extra CA: the self-signed certificate is untrusted
    startTest(*wizard, *dovecot, QStringLiteral("anna-secret"));
    QVERIFY(!waitForTest(*wizard));
    QWidget* page = wizard->currentPage();
    const ProbeResult incoming = *wizard->controller()->state().side(Side::Incoming).testResult;
    QCOMPARE(incoming.failure.kind, FailureKind::CertificateProblem);
    QVERIFY(!incoming.credentialsSent); // no password to a server we do not trust
    auto* certificateButton = find<QPushButton>(page, "incomingCertificateButton");
    QVERIFY(certificateButton->isVisible());

    QString shownFingerprint;
    QTimer::singleShot(0, this, [&shownFingerprint] {
        auto* dialog = qobject_cast<CertificateDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        shownFingerprint = dialog->findChild<QLabel*>(QStringLiteral("certificateFingerprint"))->text();
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("certificateSubject"))->text().isEmpty());
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("certificateIssuer"))->text().isEmpty());
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("certificateValidUntil"))->text().isEmpty());
        auto* trust = dialog->findChild<QPushButton*>(QStringLiteral("trustCertificateButton"));
        QVERIFY(trust);
        trust->click();
    });
    QTest::mouseClick(certificateButton, Qt::LeftButton);
    QCOMPARE(shownFingerprint, incoming.certificate->fingerprint());
    QCOMPARE(shownFingerprint.count(QLatin1Char(':')), 31); // SHA-256: 32 bytes
    // The test runs again and trusts exactly that certificate (both servers share it; the
    // outgoing one is accepted the same way).
    QVERIFY(!waitForTest(*wizard) || wizard->controller()->state().side(Side::Incoming).testResult->passed());
    QVERIFY(wizard->controller()->state().side(Side::Incoming).testResult->passed());
    QVERIFY(wizard->controller()->state().side(Side::Incoming).testResult->certificatePinned);
    if (!wizard->controller()->state().side(Side::Outgoing).testResult->passed()) {
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<CertificateDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QPushButton*>(QStringLiteral("trustCertificateButton"))->click();
        });
        QTest::mouseClick(find<QPushButton>(page, "outgoingCertificateButton"), Qt::LeftButton);
        QVERIFY(waitForTest(*wizard));
    }
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard.reset();

    // The next run (a new wizard and controller) remembers exactly that certificate: no dialog.
    auto nextRun = makeWizard();
    startTest(*nextRun, *dovecot, QStringLiteral("anna-secret"));
    QVERIFY(waitForTest(*nextRun));
    const ProbeResult pinned = *nextRun->controller()->state().side(Side::Incoming).testResult;
    QVERIFY(pinned.certificatePinned);
    QVERIFY(nextRun->controller()->state().side(Side::Outgoing).testResult->certificatePinned);
    // The page says the trust is the person's own, and offers to take it back.
    QWidget* nextPage = nextRun->currentPage();
    const QString pinnedText = find<QLabel>(nextPage, "incomingTestResult")->text();
    QVERIFY2(pinnedText.contains(pinned.tlsProtocol) && pinnedText.contains(QLatin1String("accepted yourself")),
             qPrintable(pinnedText));
    QVERIFY(!find<QPushButton>(nextPage, "incomingCertificateButton")->isVisible());
    auto* forget = find<QPushButton>(nextPage, "incomingForgetCertificateButton");
    QVERIFY(forget->isVisible());
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(!waitForTest(*nextRun));
    QCOMPARE(nextRun->controller()->state().side(Side::Incoming).testResult->failure.kind,
             FailureKind::CertificateProblem);
    QVERIFY(!nextRun->controller()->state().side(Side::Incoming).testResult->credentialsSent);
    QVERIFY(nextRun->controller()->state().side(Side::Outgoing).testResult->passed()); // forgotten for that host and
                                                                                       // port only
    QVERIFY(find<QPushButton>(nextPage, "incomingCertificateButton")->isVisible());
    QVERIFY(!forget->isVisible());
    // Forgotten for later runs too.
    QSettings settings;
    const CertificatePinStore stored(&settings);
    QVERIFY(stored.pinnedFingerprint(pinned.server.hostname, pinned.server.port).isEmpty());
    const ProbeResult outgoing = *nextRun->controller()->state().side(Side::Outgoing).testResult;
    QVERIFY(!stored.pinnedFingerprint(outgoing.server.hostname, outgoing.server.port).isEmpty());
    nextRun.reset();
}

void TestSetupWizard::refusedCertificateStops()
{
    // security.md CE-02 (KMail bug 423424): the person refuses the certificate. The wizard stops
    // there: no second dialog, no new test, nothing pinned, no password sent, Next stays off.
    const auto dovecot = startDovecot(QStringLiteral("selfsigned"));
    QVERIFY(dovecot->isRunning());
    auto wizard = makeWizard();
    startTest(*wizard, *dovecot, QStringLiteral("anna-secret"));
    QVERIFY(!waitForTest(*wizard));
    SetupController* controller = wizard->controller();
    QWidget* page = wizard->currentPage();
    const ProbeResult before = *controller->state().side(Side::Incoming).testResult;
    QCOMPARE(before.failure.kind, FailureKind::CertificateProblem);
    QSignalSpy testChanged(controller, &SetupController::testChanged);

    int dialogs = 0;
    std::function<void()> refuse;
    refuse = [&dialogs, &refuse, this] {
        if (auto* dialog = qobject_cast<CertificateDialog*>(QApplication::activeModalWidget())) {
            ++dialogs;
            dialog->reject();
            QTimer::singleShot(0, this, refuse); // a dialog that came back would be counted
        }
    };
    QTimer::singleShot(0, this, refuse);
    QTest::mouseClick(find<QPushButton>(page, "incomingCertificateButton"), Qt::LeftButton);
    QTest::qWait(300);
    QCOMPARE(dialogs, 1);
    QVERIFY(!controller->isTesting());
    QCOMPARE(testChanged.count(), 0);
    const ProbeResult after = *controller->state().side(Side::Incoming).testResult;
    QCOMPARE(after.failure.kind, FailureKind::CertificateProblem);
    QVERIFY(!after.credentialsSent);
    QSettings settings;
    QVERIFY(CertificatePinStore(&settings).pinnedFingerprint(before.server.hostname, before.server.port).isEmpty());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QPushButton>(page, "incomingCertificateButton")->isVisible()); // may be looked at again
}

void TestSetupWizard::pinTrustsOnlyThatCertificate()
{
    // Accept one self-signed certificate, then put another on the same host and ports.
    QString address;
    quint16 imapPort = 0;
    {
        const auto first = startDovecot(QStringLiteral("selfsigned"));
        QVERIFY(first->isRunning());
        auto wizard = makeWizard();
        startTest(*wizard, *first, QStringLiteral("anna-secret"));
        QVERIFY(!waitForTest(*wizard));
        QVERIFY(wizard->controller()->acceptCertificate(Side::Incoming));
        address = first->address();
        imapPort = first->port(QStringLiteral("IMAPS_PORT"));
    }
    const auto second = startDovecot(QStringLiteral("selfsigned"));
    QVERIFY(second->isRunning());
    // dovecot.sh takes the standard ports when free, so the same host:port now shows another certificate.
    QCOMPARE(second->address(), address);
    QCOMPARE(second->port(QStringLiteral("IMAPS_PORT")), imapPort);
    auto wizard = makeWizard();
    startTest(*wizard, *second, QStringLiteral("anna-secret"));
    QVERIFY(!waitForTest(*wizard));
    const ProbeResult incoming = *wizard->controller()->state().side(Side::Incoming).testResult;
    QCOMPARE(incoming.failure.kind, FailureKind::CertificateProblem);
    QVERIFY(!incoming.certificatePinned);
    QVERIFY(!incoming.credentialsSent);
    QVERIFY(find<QPushButton>(wizard->currentPage(), "incomingCertificateButton")->isVisible());
}

void TestSetupWizard::securityChangeSwitchesPort_data()
{
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("typedPort"); // empty: keep the standard one
    QTest::addColumn<int>("securityIndex"); // 0 SSL/TLS, 1 STARTTLS, 2 none
    QTest::addColumn<QString>("expectedPort");

    QTest::newRow("imap ssl->starttls") << "incoming"
                                        << "" << 1 << "143";
    QTest::newRow("imap typed port stays") << "incoming"
                                           << "10993" << 1 << "10993";
    QTest::newRow("smtp ssl->starttls") << "outgoing"
                                        << "" << 1 << "587";
    QTest::newRow("smtp typed port stays") << "outgoing"
                                           << "2465" << 1 << "2465";
}

void TestSetupWizard::securityChangeSwitchesPort()
{
    QFETCH(QString, side);
    QFETCH(QString, typedPort);
    QFETCH(int, securityIndex);
    QFETCH(QString, expectedPort);
    auto wizard = makeWizard();
    goToManual(*wizard, QStringLiteral("anna@example.test"), QStringLiteral("pw"));
    QWidget* page = wizard->currentPage();
    const QByteArray prefix = side.toLatin1();
    if (!typedPort.isEmpty()) {
        typeInto(page, prefix + "Port", typedPort);
    }
    auto* security = find<QComboBox>(page, prefix + "Security");
    // Keyboard only: focus the box and pick with the arrow keys.
    security->setFocus();
    for (int i = security->currentIndex(); i < securityIndex; ++i) {
        QTest::keyClick(security, Qt::Key_Down);
    }
    QCOMPARE(security->currentIndex(), securityIndex);
    QCOMPARE(find<QLineEdit>(page, prefix + "Port")->text(), expectedPort);

    // POP3 instead of IMAP moves a standard port along.
    if (side == QLatin1String("incoming") && typedPort.isEmpty()) {
        auto* protocol = find<QComboBox>(page, "incomingProtocol");
        protocol->setCurrentIndex(protocol->findText(QStringLiteral("POP3")));
        QCOMPARE(find<QLineEdit>(page, "incomingPort")->text(), QStringLiteral("110"));
    }
}

void TestSetupWizard::plainTextNeedsConsent()
{
    auto wizard = makeWizard();
    goToManual(*wizard, QStringLiteral("anna@example.test"), QStringLiteral("pw"));
    QWidget* page = wizard->currentPage();
    typeInto(page, "incomingHost", QStringLiteral("mail.example.test"));
    typeInto(page, "outgoingHost", QStringLiteral("mail.example.test"));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    auto* security = find<QComboBox>(page, "incomingSecurity");
    security->setCurrentIndex(2); // no encryption
    auto* consent = find<QCheckBox>(page, "incomingPlainConsent");
    QVERIFY(consent->isVisible());
    QVERIFY(consent->text().contains(QLatin1String("mail.example.test")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!find<QLabel>(page, "manualStatus")->text().isEmpty());
    consent->setChecked(true);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    // Another server: the consent does not carry over.
    typeInto(page, "incomingHost", QStringLiteral("other.example.test"));
    QVERIFY(!consent->isChecked());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
}

void TestSetupWizard::bundledProviderOffersChoiceAndAdvice()
{
    auto wizard = makeWizard();
    typeInto(wizard.get(), "addressEdit", QStringLiteral("anna@gmail.com"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Finding));
    // Portpilot's own list knows this provider: found without touching the network.
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
    const auto* sources = find<QListWidget>(wizard->currentPage(), "sourceList");
    QVERIFY(sources->count() >= 1);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Choose));
    QWidget* page = wizard->currentPage();
    auto* incoming = find<QComboBox>(page, "incomingServer");
    QVERIFY2(incoming->currentText().contains(QLatin1String("imap.gmail.com")), qPrintable(incoming->currentText()));
    auto* imap = find<QRadioButton>(page, "imapRadio");
    auto* pop3 = find<QRadioButton>(page, "pop3Radio");
    QVERIFY(imap->isChecked());
    QVERIFY(imap->text().contains(QLatin1String("recommended")));
    QVERIFY(pop3->isEnabled());
    QVERIFY(find<QLabel>(page, "imapAdvice")->text().contains(QLatin1String("IMAP")));
    // POP3, and what it means for the other devices.
    QVERIFY(find<QLabel>(page, "pop3Advice")->text().contains(QLatin1String("phone")));
    pop3->click();
    QCOMPARE(wizard->controller()->state().side(Side::Incoming).server.protocol, Protocol::Pop3);
    QVERIFY2(incoming->currentText().contains(QLatin1String("pop.gmail.com")), qPrintable(incoming->currentText()));
    QVERIFY(find<QRadioButton>(page, "sslRadio")->isChecked());
    // The provider's password rules and "enable IMAP" note are shown before any test.
    auto* passwordAdvice = find<QLabel>(page, "passwordAdvice");
    QVERIFY(passwordAdvice->isVisible());
    QVERIFY2(passwordAdvice->text().contains(QLatin1String("app password")), qPrintable(passwordAdvice->text()));
    QVERIFY(passwordAdvice->text().contains(QLatin1String("https://")));
    QVERIFY(find<QLabel>(page, "enableNote")->isVisible());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestSetupWizard::chooseAnswersPickTheServers()
{
    // The two questions over a list where POP3 comes last and outgoing mail has STARTTLS only:
    // each answer picks the best server behind it, and what cannot be had is said.
    auto wizard = makeWizard();
    SetupController* controller = wizard->controller();
    QVERIFY(controller->setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    const auto server = [](Protocol protocol, const char* host, quint16 port, SocketType security) {
        ServerSettings s;
        s.protocol = protocol;
        s.hostname = QLatin1String(host);
        s.port = port;
        s.socketType = security;
        s.source = ConfigSource::Ispdb;
        return s;
    };
    Account found;
    found.incoming = {server(Protocol::Imap, "imap.example.test", 993, SocketType::Ssl),
                      server(Protocol::Imap, "imap.example.test", 143, SocketType::StartTls),
                      server(Protocol::Pop3, "pop.example.test", 995, SocketType::Ssl)};
    found.outgoing = {server(Protocol::Smtp, "smtp.example.test", 587, SocketType::StartTls)};
    controller->setCandidates(found);
    wizard->setStartId(SetupWizard::Page_Choose);
    wizard->restart();
    QWidget* page = wizard->currentPage();
    auto* startTls = find<QRadioButton>(page, "startTlsRadio");
    auto* ssl = find<QRadioButton>(page, "sslRadio");
    auto* incoming = find<QComboBox>(page, "incomingServer");
    auto* note = find<QLabel>(page, "securityNote");
    QVERIFY(ssl->isChecked());
    QCOMPARE(incoming->currentText(), QStringLiteral("IMAP — imap.example.test, port 993, SSL/TLS"));
    QVERIFY2(!note->isHidden() && note->text().contains(QLatin1String("No outgoing server with SSL/TLS")),
             qPrintable(note->text()));

    startTls->click();
    QCOMPARE(controller->state().side(Side::Incoming).server.port, quint16(143));
    QCOMPARE(incoming->currentText(), QStringLiteral("IMAP — imap.example.test, port 143, STARTTLS"));
    QVERIFY(note->isHidden());

    // POP3 has SSL/TLS only: choosing it moves the encryption answer, and STARTTLS stays
    // possible only through the outgoing server.
    find<QRadioButton>(page, "pop3Radio")->click();
    QCOMPARE(controller->state().side(Side::Incoming).server.protocol, Protocol::Pop3);
    QCOMPARE(controller->state().side(Side::Incoming).server.port, quint16(995));
    QVERIFY(startTls->isChecked() || ssl->isChecked());
    QCOMPARE(incoming->count(), 1);
    find<QRadioButton>(page, "imapRadio")->click();
    ssl->click();
    QCOMPARE(controller->state().side(Side::Incoming).server.port, quint16(993));
    QCOMPARE(controller->state().side(Side::Outgoing).server.port, quint16(587));

    // IMAP alone: POP3 cannot be picked, and the page says how to type one.
    Account imapOnly;
    imapOnly.incoming = {found.incoming.first()};
    imapOnly.outgoing = found.outgoing;
    controller->setCandidates(imapOnly);
    wizard->restart();
    page = wizard->currentPage();
    QVERIFY(!find<QRadioButton>(page, "pop3Radio")->isEnabled());
    QVERIFY(find<QLabel>(page, "pop3Advice")->text().contains(QLatin1String("Set up manually")));
    // Nothing is cut off or scrolled at the default size.
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    for (QComboBox* combo : page->findChildren<QComboBox*>()) {
        QVERIFY2(combo->width() >= combo->minimumSizeHint().width(), qPrintable(combo->objectName()));
    }
    QVERIFY(page->height() >= page->minimumSizeHint().height());
}

void TestSetupWizard::doneAddsTheAccountToAMailProgram()
{
    // The Done page puts the account into msmtp's own file, next to what is there, and Undo
    // restores the file byte for byte (ClientInstaller; the real msmtp reads such files in
    // TestExportServers::installed).
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        qputenv("XDG_CONFIG_HOME", oldConfig);
    });
    const QString file = home.filePath(QStringLiteral(".msmtprc"));
    const QByteArray before = "# my own settings\ndefaults\nauth on\n";
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write(before);
    existing.close();
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);

    auto wizard = makeWizard();
    SetupController* controller = wizard->controller();
    QVERIFY(controller->setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    controller->setCandidates(oneServerEach(QStringLiteral("imap.example.test"), 993,
                                            QStringLiteral("smtp.example.test"), 465, ConfigSource::Ispdb));
    wizard->setStartId(SetupWizard::Page_Done);
    wizard->restart();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Done));
    QWidget* page = wizard->currentPage();
    auto* programs = find<QComboBox>(page, "installPrograms");
    const int msmtp = programs->findData(QStringLiteral("msmtp"));
    QVERIFY(msmtp >= 0);
    QVERIFY2(programs->itemText(msmtp).contains(QLatin1String("~/.msmtprc")), qPrintable(programs->itemText(msmtp)));
    programs->setCurrentIndex(msmtp);
    auto* undo = find<QPushButton>(page, "undoInstallButton");
    QVERIFY(!undo->isEnabled());

    QTest::mouseClick(find<QPushButton>(page, "installButton"), Qt::LeftButton);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    const QByteArray installed = existing.readAll();
    existing.close();
    QVERIFY2(installed.startsWith(before), installed.constData());
    QVERIFY2(installed.contains("smtp.example.test") && installed.contains("anna@example.test"), installed.constData());
    QVERIFY(!installed.contains("password ")); // never the password itself
    QVERIFY(!find<QLabel>(page, "installResult")->text().isEmpty());
    QVERIFY(undo->isEnabled());

    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), before);
    existing.close();
    QVERIFY(!undo->isEnabled());
}

void TestSetupWizard::approvalNamesTheWholeDomain()
{
    auto wizard = makeWizard();
    const QString domain = QStringLiteral("a-rather-long-registrable-domain-name-that-must-not-be-cut.example.test");
    SetupController* controller = wizard->controller();
    QVERIFY(controller->setDetails(QStringLiteral("Anna"), QStringLiteral("anna@%1").arg(domain), {}, false));
    const QString host = QStringLiteral("mail.%1").arg(domain);
    controller->setCandidates(oneServerEach(host, 993, host, 465, ConfigSource::DnsSrv, domain));
    wizard->setStartId(SetupWizard::Page_Choose);
    wizard->restart();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Choose));
    QWidget* page = wizard->currentPage();
    const auto domainLabels = page->findChildren<QLabel*>(QStringLiteral("approvalDomain"));
    QCOMPARE(domainLabels.size(), 1); // one domain, asked once for both servers
    QCOMPARE(domainLabels.first()->text(), domain);
    QVERIFY(domainLabels.first()->wordWrap());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto* check = find<QCheckBox>(page, "approvalCheck");
    QVERIFY(check->text().contains(domain));
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(check->isChecked());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(controller->state().approvedDomains.contains(domain));
}

void TestSetupWizard::approvalFollowsTheHostToManualSettings()
{
    // security.md: a host found through SRV waits for approval. "Set up manually…" pre-fills the
    // manual page with it; the person must still approve it there, and even a page that pushed
    // on regardless reaches a test that refuses to connect.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    auto wizard = makeWizard();
    SetupController* controller = wizard->controller();
    QVERIFY(controller->setDetails(QStringLiteral("Anna"), QStringLiteral("anna@srv.example.test"),
                                   QStringLiteral("anna-secret"), false));
    const QString local = QStringLiteral("127.0.0.1");
    controller->setCandidates(oneServerEach(local, listener.serverPort(), local, listener.serverPort(),
                                            ConfigSource::DnsSrv, QStringLiteral("srv.example.test")));
    wizard->setStartId(SetupWizard::Page_Choose);
    wizard->restart();
    QTest::mouseClick(find<QPushButton>(wizard->currentPage(), "manualButton"), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Manual));
    QWidget* page = wizard->currentPage();
    QCOMPARE(find<QLineEdit>(page, "incomingHost")->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    const QString status = find<QLabel>(page, "manualStatus")->text();
    QVERIFY2(status.contains(QLatin1String("srv.example.test")), qPrintable(status));
    QCOMPARE(controller->state().pendingApprovals(), QStringList{QStringLiteral("srv.example.test")});

    // Pushed on anyway: the test refuses, and nothing reaches the listener.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Test));
    QVERIFY(!controller->isTesting());
    QVERIFY(!listener.waitForNewConnection(300));
    const QString summary = find<QLabel>(wizard->currentPage(), "testSummary")->text();
    QVERIFY2(summary.contains(QLatin1String("srv.example.test")), qPrintable(summary));

    // A language switch and Back do not lose the need for approval either.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Manual));
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(wizard.get(), &change);
    QVERIFY(!controller->readyToTest());
    // Typing another host is a server the person chose: no approval asked.
    typeInto(wizard->currentPage(), "incomingHost", QStringLiteral("localhost"));
    typeInto(wizard->currentPage(), "outgoingHost", QStringLiteral("localhost"));
    QVERIFY(controller->state().pendingApprovals().isEmpty());
}

void TestSetupWizard::approvalOnManualSettings_data()
{
    // The manual page says "Confirm that you trust…" for a host an unauthenticated source named:
    // it must also offer the way to do so, for the domain of that host (security.md CE-03, DI-08).
    QTest::addColumn<QString>("host");   // of both servers, as SRV gave it
    QTest::addColumn<QString>("domain"); // to approve, as discovery marks it (ACE)
    QTest::addColumn<QString>("shown");  // what the box names
    QTest::newRow("ASCII domain") << "mail.srv.example.test"
                                  << "srv.example.test"
                                  << "“srv.example.test”";
    // Both forms, so that a look-alike Unicode name cannot pass for another.
    QTest::newRow("IDN: readable and ACE form") << "mail.bækur.is"
                                                << "xn--bkur-voa.is"
                                                << "“bækur.is (xn--bkur-voa.is)”";
}

void TestSetupWizard::approvalOnManualSettings()
{
    QFETCH(QString, host);
    QFETCH(QString, domain);
    QFETCH(QString, shown);
    auto wizard = makeWizard();
    SetupController* controller = wizard->controller();
    QVERIFY(controller->setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    controller->setCandidates(oneServerEach(host, 993, host, 465, ConfigSource::DnsSrv, domain));
    wizard->setStartId(SetupWizard::Page_Choose);
    wizard->restart();
    QTest::mouseClick(find<QPushButton>(wizard->currentPage(), "manualButton"), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Manual));
    QWidget* page = wizard->currentPage();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    auto* incoming = find<QCheckBox>(page, "incomingApproval");
    auto* outgoing = find<QCheckBox>(page, "outgoingApproval");
    QVERIFY(incoming && outgoing);
    for (QCheckBox* box : {incoming, outgoing}) {
        QVERIFY(box->isVisible());
        QVERIFY(!box->isChecked());
        QVERIFY2(box->text().contains(shown), qPrintable(box->text()));
        QVERIFY(!box->accessibleName().isEmpty());
    }
    // Keyboard: the box comes after the fields of its side.
    incoming->setFocus();
    QTest::keyClick(incoming, Qt::Key_Space);
    QVERIFY(incoming->isChecked());
    QVERIFY(controller->state().approvedDomains.contains(domain));
    QVERIFY(outgoing->isChecked()); // one domain, approved for both servers
    QVERIFY(controller->state().pendingApprovals().isEmpty());
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QLabel>(page, "manualStatus")->text().isEmpty());

    // Taken back: the test is refused again.
    outgoing->setChecked(false);
    QVERIFY(!incoming->isChecked());
    QVERIFY(!controller->state().approvedDomains.contains(domain));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    // A host the person typed needs no approval: its box goes.
    typeInto(page, "incomingHost", QStringLiteral("localhost"));
    QVERIFY(!incoming->isVisible());
    QVERIFY(outgoing->isVisible());
    typeInto(page, "outgoingHost", QStringLiteral("localhost"));
    QVERIFY(!outgoing->isVisible());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestSetupWizard::serverTextShownAsPlainText()
{
    // Before TLS anyone on the path writes the server's words. A greeting that looks like HTML
    // must reach the person as the characters it is, never as a live link.
    const QByteArray hostile = "* BYE <a href=\"https://evil.example/\">Click here</a> <b>now</b>";
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    connect(&listener, &QTcpServer::newConnection, &listener, [&listener, hostile] {
        while (QTcpSocket* socket = listener.nextPendingConnection()) {
            socket->write(hostile + "\r\n");
            socket->disconnectFromHost();
        }
    });
    auto wizard = makeWizard();
    goToManual(*wizard, QStringLiteral("anna@example.test"), QStringLiteral("anna-secret"));
    QWidget* page = wizard->currentPage();
    for (const char* side : {"incoming", "outgoing"}) {
        typeInto(page, (QByteArray(side) + "Host").constData(), QStringLiteral("127.0.0.1"));
        auto* security = page->findChild<QComboBox*>(QLatin1String(side) + QStringLiteral("Security"));
        security->setCurrentIndex(security->findData(QVariant::fromValue(SocketType::StartTls)));
        typeInto(page, (QByteArray(side) + "Port").constData(), QString::number(listener.serverPort()));
    }
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(!waitForTest(*wizard));
    const ProbeResult incoming = *wizard->controller()->state().side(Side::Incoming).testResult;
    QVERIFY2(incoming.failure.detail.contains(QLatin1String("<a href")), qPrintable(incoming.failure.detail));
    QCOMPARE(find<QLabel>(wizard->currentPage(), "incomingTestResult")->textFormat(), Qt::PlainText);

    QString shown;
    QString informative;
    QTimer::singleShot(0, this, [&shown, &informative] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            informative = box->informativeText();
            QTextDocument document;
            document.setHtml(informative);
            shown = document.toPlainText();
            box->reject();
        }
    });
    QTest::mouseClick(find<QPushButton>(wizard->currentPage(), "incomingDetailsButton"), Qt::LeftButton);
    // What the person reads is the server's text, character for character, with no link in it.
    QVERIFY2(shown.contains(QString::fromLatin1(hostile.mid(6))), qPrintable(shown));
    QVERIFY2(!informative.contains(QLatin1String("<a ")), qPrintable(informative));
}

void TestSetupWizard::certificateTextShownAsPlainText_data()
{
    // The certificate a server sends is the server's text too (a self-signed one says anything).
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("label");
    QTest::newRow("subject") << "subject"
                             << "certificateSubject";
    QTest::newRow("issuer") << "issuer"
                            << "certificateIssuer";
    QTest::newRow("problems") << "problems"
                              << "certificateProblems";
}

void TestSetupWizard::certificateTextShownAsPlainText()
{
    QFETCH(QString, field);
    QFETCH(QString, label);
    CertificateInfo info;
    info.subject = QStringLiteral("CN=imap.example.test");
    info.issuer = QStringLiteral("CN=Example CA");
    info.validFrom = QDateTime::currentDateTimeUtc().addDays(-1);
    info.validUntil = QDateTime::currentDateTimeUtc().addDays(30);
    info.sha256 = QByteArray(32, '\x2a');
    info.errors = {QSslError::SelfSignedCertificate};
    info.errorTexts = {QStringLiteral("The certificate is self-signed")};
    if (field == QLatin1String("subject")) {
        info.subject = hostileText;
    } else if (field == QLatin1String("issuer")) {
        info.issuer = hostileText;
    } else {
        info.errorTexts = {hostileText};
    }
    CertificateDialog dialog(QStringLiteral("imap.example.test:993"), info);
    dialog.show();
    auto* shown = find<QLabel>(&dialog, label.toLatin1().constData());
    QVERIFY(shown);
    QCOMPARE(shown->text(), hostileText);
    QCOMPARE(shown->textFormat(), Qt::PlainText);
    QVERIFY(!shown->openExternalLinks());
    QCOMPARE(verifyShownAsCharacters(&dialog, hostileText), 1);
}

void TestSetupWizard::providerTextShownAsPlainText_data()
{
    // The "enable IMAP first" note comes from the provider's autoconfig file, downloaded. Its
    // words are shown escaped in a label that has one link of its own: only to an https page.
    QTest::addColumn<QString>("visitUrl");
    QTest::addColumn<QString>("link"); // the one link the note may have; empty: none
    QTest::newRow("https page") << "https://provider.example/enable-imap"
                                << "https://provider.example/enable-imap";
    QTest::newRow("http page: no link") << "http://evil/"
                                        << "";
    QTest::newRow("javascript: no link") << "javascript:alert(1)"
                                         << "";
    QTest::newRow("url breaking out of the attribute") << "https://provider.example/\"><a href=\"http://evil\">x"
                                                       << "";
}

void TestSetupWizard::providerTextShownAsPlainText()
{
    QFETCH(QString, visitUrl);
    QFETCH(QString, link);
    auto wizard = makeWizard();
    SetupController* controller = wizard->controller();
    QVERIFY(controller->setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    Account found;
    found.source = ConfigSource::ProviderHttps; // trusted: the instructions are shown at once
    found.provider.id = QStringLiteral("example.test");
    found.provider.displayName = hostileText;
    found.provider.displayShortName = hostileText;
    found.provider.enable = {{visitUrl, {{QString(), hostileText}}}};
    found.provider.documentation = {{QStringLiteral("http://evil/"), {{QString(), hostileText}}}};
    const QString host = QStringLiteral("imap.example.test");
    const Account servers = oneServerEach(host, 993, host, 465, ConfigSource::ProviderHttps);
    found.incoming = servers.incoming;
    found.outgoing = servers.outgoing;
    controller->setCandidates(found);
    wizard->setStartId(SetupWizard::Page_Choose);
    wizard->restart();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Choose));
    auto* note = find<QLabel>(wizard->currentPage(), "enableNote");
    QVERIFY(note->isVisible());
    QVERIFY2(!note->text().contains(hostileText), qPrintable(note->text())); // never raw in rich text
    QTextDocument document;
    document.setHtml(note->text());
    QVERIFY2(document.toPlainText().contains(hostileText), qPrintable(document.toPlainText()));
    QCOMPARE(linksIn(note->text()), link.isEmpty() ? QStringList() : QStringList{link});
    // Every label of the whole wizard: the text is shown as characters, links only to the https page.
    QVERIFY(verifyShownAsCharacters(wizard.get(), hostileText, link.isEmpty() ? QString() : link) >= 1);
}

void TestSetupWizard::sourceMessagesShownAsPlainText()
{
    // Each source's answer on the Finding page may carry words from a web server or a file
    // ("HTTP 500: …", a parse error quoting it). The list shows them as characters.
    auto wizard = makeWizard();
    typeInto(wizard.get(), "addressEdit", QStringLiteral("anna@example.test"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Finding));
    SetupController* controller = wizard->controller();
    QTRY_VERIFY_WITH_TIMEOUT(!controller->isDiscovering(), 30000);
    emit controller->discoverySourceStarted(ConfigSource::ProviderHttp);
    emit controller->discoverySourceFinished(ConfigSource::ProviderHttp, SourceStatus::Failed, hostileText);
    auto* list = find<QListWidget>(wizard->currentPage(), "sourceList");
    QListWidgetItem* item = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(hostileText)) {
            item = list->item(row);
        }
    }
    QVERIFY2(item, "the message is not shown as it is");
    // The standard delegate paints an item's text as plain text; a tooltip would be rich text
    // when it looks like HTML, so there is none (or only an escaped one).
    QCOMPARE(QByteArray(list->itemDelegate()->metaObject()->className()), QByteArray("QStyledItemDelegate"));
    QVERIFY(item->toolTip().isEmpty() || !Qt::mightBeRichText(item->toolTip()) ||
            !item->toolTip().contains(hostileText));
    QVERIFY(!item->data(Qt::WhatsThisRole).toString().contains(hostileText));
    QCOMPARE(verifyShownAsCharacters(wizard.get(), hostileText), 0); // in no label at all
}

void TestSetupWizard::keychainWrittenBeforeExport()
{
    // Exported msmtp, mutt and aerc profiles read the password from the keychain: it is written
    // when the person leaves the test, so that closing the wizard on the Export page leaves no
    // profile pointing at an entry that was never written.
    const auto dovecot = startDovecot();
    QVERIFY(dovecot->isRunning());
    auto wizard = makeWizard();
    wizard->controller()->setExtraCaCertificates(testCa(*dovecot));
    const QString password = QStringLiteral("anna-secret");
    startTest(*wizard, *dovecot, password);
    QVERIFY(waitForTest(*wizard));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Export));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->controller()->passwordSaver().outcome(), PasswordSaver::Outcome::Stored, 60000);
    const SetupState state = wizard->controller()->state();
    wizard->reject(); // closed on the Export page
    wizard.reset();
    QString error;
    for (const Side side : bothSides) {
        const QString key = PasswordSaver::keyFor(state, side);
        QCOMPARE(PasswordStore::readPasswordBlocking(key, &error).value_or(QString()), password);
        PasswordStore::deletePasswordBlocking(key, &error);
    }
}

void TestSetupWizard::addressAndNameAreRemembered()
{
    {
        auto wizard = makeWizard();
        typeInto(wizard.get(), "nameEdit", QStringLiteral("Þóra"));
        typeInto(wizard.get(), "addressEdit", QStringLiteral("thora@example.test"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Finding));
        wizard->reject();
    }
    auto wizard = makeWizard();
    QCOMPARE(find<QLineEdit>(wizard.get(), "nameEdit")->text(), QStringLiteral("Þóra"));
    QCOMPARE(find<QLineEdit>(wizard.get(), "addressEdit")->text(), QStringLiteral("thora@example.test"));
    QVERIFY(find<QLineEdit>(wizard.get(), "passwordEdit")->text().isEmpty()); // never remembered
    QVERIFY(QSettings().contains(QStringLiteral("wizard/geometry")));
    // --address wins over the remembered one.
    wizard->setInitialAddress(QStringLiteral("new@example.test"));
    QCOMPARE(find<QLineEdit>(wizard.get(), "addressEdit")->text(), QStringLiteral("new@example.test"));
}

void TestSetupWizard::keyboardOnlyTabOrder()
{
    auto wizard = makeWizard();
    auto* name = find<QLineEdit>(wizard.get(), "nameEdit");
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    const QStringList expected{QStringLiteral("addressEdit"), QStringLiteral("passwordEdit"),
                               QStringLiteral("showPasswordCheck"), QStringLiteral("rememberPasswordCheck")};
    for (const QString& next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), next);
    }
    // Address typed, Enter goes on (keyboard only, no mouse).
    typeInto(wizard.get(), "addressEdit", QStringLiteral("anna@example.test"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Finding));
    // Tab reaches "Set up manually" on the Finding page; Space presses it.
    for (int i = 0; i < 12 && QApplication::focusWidget()->objectName() != QLatin1String("findingManualButton"); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("findingManualButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Manual));
    // Manual page: the form goes top to bottom on each side.
    QWidget* page = wizard->currentPage();
    find<QComboBox>(page, "incomingProtocol")->setFocus();
    const QStringList manualOrder{QStringLiteral("incomingHost"), QStringLiteral("incomingSecurity"),
                                  QStringLiteral("incomingPort"), QStringLiteral("incomingAuth"),
                                  QStringLiteral("incomingUsername")};
    for (const QString& next : manualOrder) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), next);
    }
}

void TestSetupWizard::everyControlHasAnAccessibleName()
{
    auto wizard = makeWizard();
    for (int id : wizard->pageIds()) {
        QWizardPage* page = wizard->page(id);
        const auto widgets = page->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            const bool textual = qobject_cast<QAbstractButton*>(widget) != nullptr;
            const bool needsName = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                                   qobject_cast<QListWidget*>(widget) || qobject_cast<QPlainTextEdit*>(widget);
            if (textual) {
                auto* button = static_cast<QAbstractButton*>(widget);
                if (button->text().isEmpty() && button->accessibleName().isEmpty()) {
                    QFAIL(qPrintable(
                        QStringLiteral("%1: button %2 has no text").arg(page->objectName(), widget->objectName())));
                }
            } else if (needsName && widget->accessibleName().isEmpty() &&
                       !widget->objectName().startsWith(QLatin1String("qt_"))) {
                // Combo boxes own a line edit / list view internally; those are named by the box.
                if (qobject_cast<QComboBox*>(widget->parentWidget())) {
                    continue;
                }
                QFAIL(qPrintable(QStringLiteral("%1: %2 (%3) has no accessible name")
                                     .arg(page->objectName(), widget->objectName(),
                                          QString::fromLatin1(widget->metaObject()->className()))));
            }
        }
    }
}

void TestSetupWizard::changingTextIsAnnounced_data()
{
    QTest::addColumn<QString>("label");
    // Labels whose words change while the page is shown. A fixed accessible name over them would
    // stop Qt from announcing the change (tests/ui/a11y/walk-wizard.py heard nothing).
    for (const char* name :
         {"findingStatus", "addressHint", "keychainNote", "imapAdvice", "pop3Advice", "sslAdvice", "startTlsAdvice",
          "securityNote", "enableNote", "testSummary", "incomingTestResult", "outgoingTestResult", "passwordWarning",
          "exportReport", "summaryLabel", "passwordStatusLabel", "manualStatus", "passwordAdvice"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestSetupWizard::changingTextIsAnnounced()
{
    // Qt announces a label's new text as a name change only while the label has no accessible
    // name of its own; its fixed words go to the description. (Offscreen has no accessibility
    // bridge to listen on: tests/ui/a11y/walk-wizard.py hears the announcements over AT-SPI.)
    QFETCH(QString, label);
    auto wizard = makeWizard();
    const QList<QLabel*> labels = wizard->findChildren<QLabel*>(label);
    QVERIFY2(!labels.isEmpty(), qPrintable(label));
    for (QLabel* found : labels) {
        QVERIFY2(found->accessibleName().isEmpty(), qPrintable(found->accessibleName()));
        QVERIFY(!found->accessibleDescription().isEmpty());
    }
}

void TestSetupWizard::pagesAreNamedForScreenReaders()
{
    auto wizard = makeWizard();
    for (int id : wizard->pageIds()) {
        QWizardPage* page = wizard->page(id);
        QVERIFY2(!page->title().isEmpty(), qPrintable(page->objectName()));
        QCOMPARE(page->accessibleName(), page->title());
    }
}

void TestSetupWizard::helpHasPageTextAndStandardPorts()
{
    auto wizard = makeWizard();
    QTest::mouseClick(wizard->button(QWizard::HelpButton), Qt::LeftButton);
    auto* help = wizard->findChild<HelpDialog*>();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QVERIFY(
        help->findChild<QTextBrowser*>(QStringLiteral("pageHelp"))->toPlainText().contains(QLatin1String("keychain")));
    const QString ports = help->findChild<QTextBrowser*>(QStringLiteral("portsHelp"))->toPlainText();
    for (const char* port : {"143", "993", "110", "995", "25", "587", "465"}) {
        QVERIFY2(ports.contains(QLatin1String(port)), port);
    }
    const QString questions = help->findChild<QTextBrowser*>(QStringLiteral("questionsHelp"))->toPlainText();
    QVERIFY(questions.contains(QLatin1String("IMAP or POP3")));
    QVERIFY(questions.contains(QLatin1String("from POP3 to IMAP")));
    help->close();
}

void TestSetupWizard::retranslateKeepsTyping()
{
    auto wizard = makeWizard();
    goToManual(*wizard, QStringLiteral("anna@example.test"), QStringLiteral("pw"));
    QWizardPage* page = wizard->currentPage();
    typeInto(page, "incomingHost", QStringLiteral("mail.example.test"));
    const QString title = page->title();
    QEvent change(QEvent::LanguageChange);
    for (QWidget* widget : wizard->findChildren<QWidget*>()) {
        QCoreApplication::sendEvent(widget, &change);
    }
    QCoreApplication::sendEvent(wizard.get(), &change);
    QCOMPARE(page->title(), title);
    QCOMPARE(find<QLineEdit>(page, "incomingHost")->text(), QStringLiteral("mail.example.test"));
    QCOMPARE(find<QLineEdit>(page, "incomingPort")->text(), QStringLiteral("993"));
}

QTEST_MAIN(TestSetupWizard)
#include "TestSetupWizard.moc"
