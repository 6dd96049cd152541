// The wizard's move of local mail, without widgets, against a real Dovecot: the controller finds a
// Thunderbird POP3 account's mail after a passed IMAP test and offers the Migrate step; the copy runs
// on its own thread, pauses, cancels keeping what was copied, goes on from there, and reports.
#include "../probe/DovecotServer.h"
#include "SetupController.h"
#include "SetupMigration.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Portpilot;
using namespace Qt::StringLiterals;

class TestSetupMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controllerOffersAndCopies();
    void pauseCancelAndGoOn();
    void wrongPasswordIsAProblem();
    void addSourceRefusesWhatIsNotMail();

private:
    ServerSettings imapServer() const;
    ProbeOptions options(const QString& address, const QString& password) const;

    std::unique_ptr<DovecotServer> m_dovecot;
    QList<QSslCertificate> m_ca;
};

namespace {

// An mbox file of `count` messages of about `size` bytes, every third one read, one deleted.
QByteArray mbox(int count, int size, const QByteArray& tag)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        out += "From - Mon Jan 01 12:00:00 2024\n";
        out += "X-Mozilla-Status: " + QByteArray(i % 3 == 0 ? "0001" : "0000") + '\n';
        out += "Message-ID: <" + tag + QByteArray::number(i) + "@example.test>\n";
        out += "Subject: " + tag + ' ' + QByteArray::number(i) + "\n\n";
        for (int line = 0; line < size / 64; ++line) {
            out += QByteArray::number(i).repeated(63 / QByteArray::number(i).size() + 1).left(63) + '\n';
        }
        out += '\n'; // a separator follows an empty line
    }
    out += "From - Mon Jan 01 12:00:00 2024\nX-Mozilla-Status: 0009\n\ndeleted, not compacted\n";
    return out;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

// A home with one Thunderbird profile: a POP3 account delivering into Local Folders.
void makeThunderbirdHome(const QString& home, const QByteArray& inbox, const QByteArray& sent)
{
    writeFile(home + u"/.thunderbird/profiles.ini"_s, "[Profile0]\nName=default\nIsRelative=1\nPath=p.default\n");
    const QString profile = home + u"/.thunderbird/p.default"_s;
    writeFile(profile + u"/prefs.js"_s, R"x(
user_pref("mail.accountmanager.accounts", "account1,account2");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.identity.id1.useremail", "anna@example.test");
user_pref("mail.server.server1.type", "pop3");
user_pref("mail.server.server1.hostname", "pop.example.test");
user_pref("mail.server.server1.deferred_to_account", "account2");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.server.server2.type", "none");
user_pref("mail.server.server2.name", "Local Folders");
user_pref("mail.server.server2.directory-rel", "[ProfD]Mail/Local Folders");
)x");
    writeFile(profile + u"/Mail/Local Folders/Inbox"_s, inbox);
    if (!sent.isEmpty()) {
        writeFile(profile + u"/Mail/Local Folders/Sent"_s, sent);
    }
    writeFile(profile + u"/Mail/Local Folders/Inbox.msf"_s, "// not mail");
}

int total(const MigrationReport& report, int FolderReport::*field)
{
    int sum = 0;
    for (const FolderReport& folder : report.folders) {
        sum += folder.*field;
    }
    return sum;
}

} // namespace

void TestSetupMigration::initTestCase()
{
    if (QStandardPaths::findExecutable(u"dovecot"_s).isEmpty() && !QFile::exists(u"/usr/sbin/dovecot"_s)) {
        QSKIP("dovecot is not installed (scripts/install-deps.sh test installs it)");
    }
    m_dovecot = std::make_unique<DovecotServer>(u"127.0.0.69"_s);
    QVERIFY2(m_dovecot->isRunning(), qPrintable(m_dovecot->error()));
    m_ca = QSslCertificate::fromPath(m_dovecot->caFile());
    QCOMPARE(m_ca.size(), 1);
}

ServerSettings TestSetupMigration::imapServer() const
{
    ServerSettings server;
    server.protocol = Protocol::Imap;
    server.hostname = m_dovecot->address();
    server.port = m_dovecot->port(u"IMAPS_PORT"_s);
    server.socketType = SocketType::Ssl;
    return server;
}

ProbeOptions TestSetupMigration::options(const QString& address, const QString& password) const
{
    ProbeOptions options;
    options.emailAddress = address;
    options.password = password;
    options.caCertificates = m_ca;
    return options;
}

void TestSetupMigration::controllerOffersAndCopies()
{
    QTemporaryDir home;
    makeThunderbirdHome(home.path(), mbox(12, 2000, "inbox"), mbox(3, 500, "sent"));
    SetupController controller;
    controller.setMigrationHome(home.path());
    controller.setExtraCaCertificates(m_ca);
    QVERIFY(controller.setDetails(u"Anna"_s, u"anna@example.test"_s, u"anna-secret"_s, false));
    ServerSettings smtp;
    smtp.protocol = Protocol::Smtp;
    smtp.hostname = m_dovecot->address();
    smtp.port = m_dovecot->port(u"SUBMISSIONS_PORT"_s);
    smtp.socketType = SocketType::Ssl;
    controller.setServer(Side::Incoming, imapServer());
    controller.setServer(Side::Outgoing, smtp);
    QCOMPARE(controller.next(SetupController::Step::Test), SetupController::Step::Export); // nothing found yet

    QSignalSpy tested(&controller, &SetupController::testFinished);
    QString reason;
    QVERIFY2(controller.startTest(&reason), qPrintable(reason));
    QVERIFY(tested.wait(30000));
    QCOMPARE(tested.first().first().toBool(), true);
    // The POP3 account's mail (in Local Folders) was found: the Migrate step comes next.
    QVERIFY(controller.offersMigration());
    QCOMPARE(controller.next(SetupController::Step::Test), SetupController::Step::Migrate);
    QCOMPARE(controller.next(SetupController::Step::Migrate), SetupController::Step::Export);
    const MigrationState& state = controller.state().migration;
    QCOMPARE(state.programs, QStringList{u"Thunderbird"_s});
    QCOMPARE(state.folders.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(state.folders.at(0).messages >= 0 && state.folders.at(1).messages >= 0, 10000);
    QCOMPARE(state.folders.at(0).folder.displayName(), u"Inbox"_s);
    QCOMPARE(state.folders.at(0).messages, 12); // the deleted one is not counted
    QCOMPARE(state.folders.at(1).messages, 3);

    controller.setMigrationFolderSelected(1, false); // only the Inbox
    QVERIFY2(controller.startMigration(&reason), qPrintable(reason));
    QVERIFY(controller.state().migration.running);
    QTRY_VERIFY_WITH_TIMEOUT(controller.state().migration.report.has_value(), 30000);
    const MigrationReport report = *controller.state().migration.report;
    QVERIFY(!controller.state().migration.running);
    QVERIFY(report.verified());
    QCOMPARE(report.folders.size(), 1);
    QCOMPARE(report.folders.first().remote, u"INBOX"_s);
    QCOMPARE(report.folders.first().copied + report.folders.first().alreadyThere, 12);
    QCOMPARE(report.folders.first().skipped, 1);
    QCOMPARE(controller.state().migration.progress.messagesDone, 12);
}

void TestSetupMigration::pauseCancelAndGoOn()
{
    QTemporaryDir home;
    makeThunderbirdHome(home.path(), mbox(300, 40000, "big"), QByteArray());
    SetupMigration migration;
    migration.survey(home.path());
    QCOMPARE(migration.state().folders.size(), 1);
    migration.start(imapServer(), options(u"bob@example.test"_s, u"bob-secret"_s));
    QTRY_VERIFY_WITH_TIMEOUT(migration.state().progress.messagesDone > 0, 30000);

    migration.setPaused(true);
    QVERIFY(migration.state().paused);
    QTest::qWait(300); // what was on the way arrives
    const int pausedAt = migration.state().progress.messagesDone;
    QTest::qWait(500);
    QCOMPARE(migration.state().progress.messagesDone, pausedAt); // nothing moves while paused
    QVERIFY(migration.state().running);

    migration.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(migration.state().report.has_value(), 30000);
    const MigrationReport cancelled = *migration.state().report;
    QVERIFY(!cancelled.verified());
    const int copiedFirst = total(cancelled, &FolderReport::copied);
    QVERIFY2(copiedFirst > 0 && copiedFirst < 300, qPrintable(QString::number(copiedFirst)));
    QCOMPARE(total(cancelled, &FolderReport::failed), 300 - copiedFirst);
    for (const FolderReport::Problem& problem : cancelled.folders.first().problems) {
        QVERIFY2(problem.reason.contains(u"cancelled"_s), qPrintable(problem.reason));
    }

    // Copying again goes on where it stopped: nothing twice.
    migration.start(imapServer(), options(u"bob@example.test"_s, u"bob-secret"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!migration.state().running, 60000);
    QVERIFY(migration.state().report);
    const MigrationReport second = *migration.state().report;
    QVERIFY(second.verified());
    QCOMPARE(total(second, &FolderReport::alreadyThere), copiedFirst);
    QCOMPARE(total(second, &FolderReport::copied), 300 - copiedFirst);
}

void TestSetupMigration::wrongPasswordIsAProblem()
{
    QTemporaryDir home;
    makeThunderbirdHome(home.path(), mbox(2, 100, "pw"), QByteArray());
    SetupMigration migration;
    migration.survey(home.path());
    migration.start(imapServer(), options(u"bob@example.test"_s, u"wrong"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!migration.state().running, 30000);
    QVERIFY(!migration.state().problem.isEmpty());
    QVERIFY(!migration.state().report);
}

void TestSetupMigration::addSourceRefusesWhatIsNotMail()
{
    QTemporaryDir folder;
    writeFile(folder.filePath(u"notes.txt"_s), "not mail\n");
    SetupMigration migration;
    QString error;
    QVERIFY(!migration.addSource(folder.filePath(u"notes.txt"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(migration.state().folders.isEmpty());
    writeFile(folder.filePath(u"mail/Archive"_s), mbox(1, 100, "a"));
    QVERIFY2(migration.addSource(folder.filePath(u"mail"_s), &error), qPrintable(error));
    QCOMPARE(migration.state().folders.size(), 1);
    QVERIFY(!migration.addSource(folder.filePath(u"missing"_s), &error));
}

QTEST_GUILESS_MAIN(TestSetupMigration)
#include "TestSetupMigration.moc"
