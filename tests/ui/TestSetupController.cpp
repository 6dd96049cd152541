#include "LanguageManager.h"
#include "SetupController.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Portpilot;

// The wizard's state and actions without widgets; the password goes to a real Secret Service
// (run-with-keyring.sh).
class TestSetupController : public QObject
{
    Q_OBJECT

private slots:
    void details_data();
    void details();
    void candidatesAreResolvedAndFirstIsChosen();
    void approvalsBlockTheTest();
    void plainTextNeedsConsent();
    void savePasswordWritesBothServers();
    void savePasswordNotWhenNotWanted();
    void keychainAvailability();
    void exportOutcomes_data();
    void exportOutcomes();
    void exportOutcomeWordedWhenAsked();

private:
    static Account discovered();
    static QString uniqueAddress()
    {
        return QStringLiteral("u%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    }
};

Account TestSetupController::discovered()
{
    Account account;
    ServerSettings imap;
    imap.protocol = Protocol::Imap;
    imap.hostname = QStringLiteral("imap.%EMAILDOMAIN%");
    imap.port = 993;
    imap.username = QStringLiteral("%EMAILLOCALPART%");
    imap.source = ConfigSource::Ispdb;
    ServerSettings pop = imap;
    pop.protocol = Protocol::Pop3;
    pop.hostname = QStringLiteral("pop.%EMAILDOMAIN%");
    pop.port = 995;
    pop.source = ConfigSource::Guess;
    pop.approvalNeeded = QStringLiteral("example.test");
    ServerSettings smtp;
    smtp.protocol = Protocol::Smtp;
    smtp.hostname = QStringLiteral("smtp.%EMAILDOMAIN%");
    smtp.port = 465;
    account.incoming = {imap, pop};
    account.outgoing = {smtp};
    ProviderEnableInstructions enable;
    enable.visitUrl = QStringLiteral("https://mail.example.test/settings");
    enable.instructions = {{QStringLiteral("en"), QStringLiteral("Turn on IMAP in the web settings.")},
                           {QStringLiteral("is"), QStringLiteral("Kveiktu á IMAP í vefstillingum.")}};
    account.provider.enable = {enable};
    return account;
}

void TestSetupController::details_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("ok");
    QTest::newRow("valid") << "anna@example.test" << true;
    QTest::newRow("spaces around") << "  anna@example.test " << true;
    QTest::newRow("idn") << "jón@bækur.is" << true;
    QTest::newRow("no at") << "anna.example.test" << false;
    QTest::newRow("empty") << "" << false;
}

void TestSetupController::details()
{
    QFETCH(QString, address);
    QFETCH(bool, ok);
    SetupController controller;
    QString error;
    QCOMPARE(controller.setDetails(QStringLiteral(" Anna "), address, QStringLiteral("pw"), true, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok) {
        QCOMPARE(controller.realName(), QStringLiteral("Anna"));
        QCOMPARE(controller.address().toString(), address.trimmed());
    }
}

void TestSetupController::candidatesAreResolvedAndFirstIsChosen()
{
    SetupController controller;
    QSignalSpy candidatesSpy(&controller, &SetupController::candidatesChanged);
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    controller.setCandidates(discovered());
    QCOMPARE(candidatesSpy.count(), 1);
    QCOMPARE(controller.chosenIncomingIndex(), 0);
    QCOMPARE(controller.incoming().hostname, QStringLiteral("imap.example.test"));
    QCOMPARE(controller.incoming().username, QStringLiteral("anna"));
    QCOMPARE(controller.outgoing().hostname, QStringLiteral("smtp.example.test"));
    // No username in the file: the address is used.
    QCOMPARE(controller.effectiveOutgoing().username, QStringLiteral("anna@example.test"));
    QCOMPARE(controller.enableInstructions(QStringLiteral("is")), QStringLiteral("Kveiktu á IMAP í vefstillingum."));
    QCOMPARE(controller.enableInstructionsUrl(), QStringLiteral("https://mail.example.test/settings"));

    QSignalSpy choiceSpy(&controller, &SetupController::choiceChanged);
    controller.chooseIncoming(1);
    QCOMPARE(choiceSpy.count(), 1);
    QCOMPARE(controller.incoming().protocol, Protocol::Pop3);
    controller.chooseIncoming(7); // out of range: ignored
    QCOMPARE(controller.chosenIncomingIndex(), 1);
    const Account chosen = controller.chosenAccount();
    QCOMPARE(chosen.incoming.size(), 1);
    QCOMPARE(chosen.incoming.first().hostname, QStringLiteral("pop.example.test"));
    QCOMPARE(chosen.outgoing.size(), 1);
    QCOMPARE(chosen.emailAddress, QStringLiteral("anna@example.test"));
    QVERIFY(!controller.summary().contains(QLatin1String("pw")));
}

void TestSetupController::approvalsBlockTheTest()
{
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    controller.setCandidates(discovered());
    QVERIFY(controller.readyToTest());
    controller.chooseIncoming(1); // found by guessing: needs approval
    QCOMPARE(controller.pendingApprovals(), QStringList{QStringLiteral("example.test")});
    QString reason;
    QVERIFY(!controller.readyToTest(&reason));
    QVERIFY2(reason.contains(QLatin1String("example.test")), qPrintable(reason));
    controller.setDomainApproved(QStringLiteral("example.test"), true);
    QVERIFY(controller.pendingApprovals().isEmpty());
    QVERIFY(controller.readyToTest(&reason));
    QVERIFY(reason.isEmpty());
    controller.setDomainApproved(QStringLiteral("example.test"), false);
    QVERIFY(!controller.readyToTest());
    controller.setDomainApproved(QStringLiteral("example.test"), true);
    // A new address forgets approvals given for the old one.
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@other.test"), {}, false));
    QCOMPARE(controller.pendingApprovals(), QStringList{QStringLiteral("example.test")});
}

void TestSetupController::plainTextNeedsConsent()
{
    SetupController controller;
    QVERIFY(controller.setDetails(QString(), QStringLiteral("anna@example.test"), QStringLiteral("pw"), false));
    controller.setCandidates(discovered());
    ServerSettings plain = controller.incoming();
    plain.socketType = SocketType::Plain;
    plain.port = 143;
    controller.setIncoming(plain);
    QVERIFY(SetupController::sendsPasswordInPlainText(controller.incoming()));
    QVERIFY(!controller.readyToTest());
    controller.setPlainTextConsent(true, true);
    QVERIFY(controller.readyToTest());
    // Consent is for that server: another host asks again.
    plain.hostname = QStringLiteral("other.example.test");
    controller.setIncoming(plain);
    QVERIFY(!controller.plainTextConsent(true));
    QVERIFY(!controller.readyToTest());
    // A change that keeps host, port and security keeps the consent.
    controller.setPlainTextConsent(true, true);
    plain.username = QStringLiteral("someone");
    controller.setIncoming(plain);
    QVERIFY(controller.plainTextConsent(true));
}

void TestSetupController::savePasswordWritesBothServers()
{
    SetupController controller;
    const QString address = uniqueAddress();
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), address, QStringLiteral("hunter2 ð"), true));
    controller.setCandidates(discovered());
    QSignalSpy savedSpy(&controller, &SetupController::passwordSaved);
    controller.savePassword();
    QVERIFY(savedSpy.wait(60000));
    QCOMPARE(savedSpy.count(), 1);
    QVERIFY2(savedSpy.at(0).at(0).toBool(), qPrintable(savedSpy.at(0).at(1).toString()));
    QVERIFY(controller.passwordStorageText().contains(PasswordStore::serviceName()));

    QString error;
    QCOMPARE(controller.incomingKey(), QStringLiteral("%1 imap://imap.example.test:993").arg(address));
    QCOMPARE(controller.outgoingKey(), QStringLiteral("%1 smtp://smtp.example.test:465").arg(address));
    QCOMPARE(PasswordStore::readPasswordBlocking(controller.incomingKey(), &error).value_or(QString()),
             QStringLiteral("hunter2 ð"));
    QCOMPARE(PasswordStore::readPasswordBlocking(controller.outgoingKey(), &error).value_or(QString()),
             QStringLiteral("hunter2 ð"));
    QVERIFY(PasswordStore::deletePasswordBlocking(controller.incomingKey(), &error));
    QVERIFY(PasswordStore::deletePasswordBlocking(controller.outgoingKey(), &error));
}

void TestSetupController::savePasswordNotWhenNotWanted()
{
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), uniqueAddress(), QStringLiteral("pw"), false));
    controller.setCandidates(discovered());
    QSignalSpy savedSpy(&controller, &SetupController::passwordSaved);
    controller.savePassword();
    QCOMPARE(savedSpy.count(), 1);
    QVERIFY(savedSpy.at(0).at(0).toBool());
    QString error;
    QVERIFY(!PasswordStore::readPasswordBlocking(controller.incomingKey(), &error).has_value());
    QVERIFY(error.isEmpty());
    QVERIFY(!controller.passwordStorageText().contains(PasswordStore::serviceName()));
}

void TestSetupController::keychainAvailability()
{
    SetupController controller;
    QVERIFY(!controller.keychainAvailable().has_value());
    QSignalSpy spy(&controller, &SetupController::keychainAvailabilityChanged);
    controller.checkKeychain();
    QVERIFY(spy.wait(60000));
    QCOMPARE(controller.keychainAvailable(), std::optional<bool>(true));
}

namespace {
// What is in the export folder before the export.
enum class Before
{
    Nothing,
    FileInTheWay,  // the format's file exists already
    FolderIsAFile, // the folder to save in is a file
};
} // namespace

void TestSetupController::exportOutcomes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("incoming"); // candidate index: 0 IMAP, 1 POP3
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("text"); // a part of the English sentence
    using S = ExportOutcome::Status;
    using P = ExportFileWriter::Problem;
    QTest::newRow("written") << "msmtp" << 0 << int(Before::Nothing) << int(S::Written) << int(P::None)
                             << "msmtp: saved as “";
    QTest::newRow("multi-file written") << "evolution" << 0 << int(Before::Nothing) << int(S::Written) << int(P::None)
                                        << "evolution: saved as “";
    QTest::newRow("file in the way") << "msmtp" << 0 << int(Before::FileInTheWay) << int(S::Exists) << int(P::Exists)
                                     << "already exists; nothing was replaced.";
    QTest::newRow("cannot write") << "msmtp" << 0 << int(Before::FolderIsAFile) << int(S::Failed) << int(P::CannotWrite)
                                  << "msmtp: not saved: Cannot write “";
    QTest::newRow("cannot create folder")
        << "evolution" << 0 << int(Before::FolderIsAFile) << int(S::Failed) << int(P::CannotCreateFolder)
        << "evolution: not saved: Cannot create the folder";
    QTest::newRow("format refuses") << "aerc" << 1 << int(Before::Nothing) << int(S::Refused) << int(P::None)
                                    << "aerc: not exported: The aerc format cannot express";
    QTest::newRow("no such format") << "no-such-format" << 0 << int(Before::Nothing) << int(S::Refused) << int(P::None)
                                    << "no-such-format: not exported: There is no export format";
}

void TestSetupController::exportOutcomes()
{
    QFETCH(QString, format);
    QFETCH(int, incoming);
    QFETCH(int, before);
    QFETCH(int, status);
    QFETCH(int, problem);
    QFETCH(QString, text);
    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    controller.setCandidates(discovered());
    controller.chooseIncoming(incoming);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString folder = dir.path();
    QByteArray inTheWay = "not an export\n";
    if (Before(before) == Before::FileInTheWay) {
        QFile file(dir.filePath(QStringLiteral(".msmtprc")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(inTheWay);
    } else if (Before(before) == Before::FolderIsAFile) {
        QFile file(dir.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        folder = dir.filePath(QStringLiteral("file/sub"));
    }

    const QList<ExportOutcome> outcomes = controller.exportTo({format}, folder, false);
    QCOMPARE(outcomes.size(), 1);
    const ExportOutcome& outcome = outcomes.first();
    QCOMPARE(outcome.format, format);
    QCOMPARE(int(outcome.status), status);
    QCOMPARE(int(outcome.error.problem), problem);
    QCOMPARE(outcome.ok(), ExportOutcome::Status(status) == ExportOutcome::Status::Written);
    if (outcome.ok()) {
        QVERIFY(QFileInfo::exists(outcome.path));
        QVERIFY(outcome.path.startsWith(folder));
    }
    if (Before(before) == Before::FileInTheWay) {
        QFile file(dir.filePath(QStringLiteral(".msmtprc")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), inTheWay); // never replaced
        QCOMPARE(outcome.error.path, file.fileName());
    }
    const QString sentence = controller.exportOutcomeText(outcome);
    QVERIFY2(sentence.contains(text), qPrintable(sentence));
    // The wizard has no --force; that advice belongs to the command line.
    QVERIFY2(!sentence.contains(QLatin1String("--force")), qPrintable(sentence));
}

void TestSetupController::exportOutcomeWordedWhenAsked()
{
    // An outcome is data: the same one is worded in the language of the moment it is shown.
    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
    SetupController controller;
    QVERIFY(controller.setDetails(QStringLiteral("Anna"), QStringLiteral("anna@example.test"), {}, false));
    controller.setCandidates(discovered());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<ExportOutcome> first = controller.exportTo({QStringLiteral("msmtp")}, dir.path(), false);
    const QList<ExportOutcome> second = controller.exportTo({QStringLiteral("msmtp")}, dir.path(), false);
    controller.chooseIncoming(1);
    const QList<ExportOutcome> refused = controller.exportTo({QStringLiteral("aerc")}, dir.path(), false);
    QCOMPARE(first.size() + second.size() + refused.size(), 3);
    const QList<ExportOutcome> all = {first.first(), second.first(), refused.first()};
    QStringList english;
    for (const ExportOutcome& outcome : all) {
        english.append(controller.exportOutcomeText(outcome));
    }

    QString error;
    QVERIFY2(LanguageManager::instance()->setLanguage(QStringLiteral("is"), &error), qPrintable(error));
    const QStringList expected = {QStringLiteral("msmtp: vistað sem „"), QStringLiteral("msmtp: ekki vistað: „"),
                                  QStringLiteral("aerc: ekki flutt út: ")};
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString icelandic = controller.exportOutcomeText(all.at(i));
        QVERIFY2(icelandic.startsWith(expected.at(i)), qPrintable(icelandic));
        QVERIFY2(icelandic != english.at(i), qPrintable(icelandic));
    }
    // The exporter's own reason is asked for again, so it is Icelandic too.
    QVERIFY2(!controller.exportOutcomeText(refused.first()).contains(QLatin1String("format cannot")),
             qPrintable(controller.exportOutcomeText(refused.first())));

    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(controller.exportOutcomeText(all.at(i)), english.at(i));
    }
}

QTEST_MAIN(TestSetupController)
#include "TestSetupController.moc"
