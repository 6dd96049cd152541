// A Secret Service that starts after the wizard asked for it (security.md KC-02): the controller
// reports "no keychain" at once, asks once more after a delay, and then reports the keychain.
// Runs on a private bus that activates nothing (run-with-late-keyring.sh); the test starts a real
// gnome-keyring itself between the two questions.
#include "PasswordStore.h"
#include "SetupController.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Portpilot;
using namespace std::chrono_literals;

class TestKeychainLateStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void absentKeychainIsAskedOnceMore();
    void lateKeychainIsFound();
};

void TestKeychainLateStart::initTestCase()
{
    // SetupController keeps accepted certificates in QSettings: never the person's own file.
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeychainLateStart::absentKeychainIsAskedOnceMore()
{
    SetupController controller;
    controller.setKeychainRetryDelay(200ms);
    QSignalSpy spy(&controller, &SetupController::keychainAvailabilityChanged);
    controller.checkKeychain();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 30000);
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    QCOMPARE(spy.at(1).at(0).toBool(), false);
    QVERIFY(!spy.at(0).at(1).toString().isEmpty());
    // Once more, not forever.
    QTest::qWait(1000);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(controller.keychainAvailable(), std::optional<bool>(false));
}

void TestKeychainLateStart::lateKeychainIsFound()
{
    SetupController controller;
    controller.setKeychainRetryDelay(3s);
    QSignalSpy spy(&controller, &SetupController::keychainAvailabilityChanged);
    controller.checkKeychain();
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.at(0).at(0).toBool(), false); // nobody answers yet

    // The Secret Service starts now, before the second question.
    QProcess keyring;
    keyring.start(QStringLiteral("gnome-keyring-daemon"),
                  {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    QVERIFY2(keyring.waitForStarted(), "gnome-keyring-daemon did not start");
    keyring.write("portpilot-test-keyring");
    keyring.closeWriteChannel();
    QVERIFY(keyring.waitForFinished(30000));
    QCOMPARE(keyring.exitCode(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 30000);
    QCOMPARE(spy.at(1).at(0).toBool(), true);
    QCOMPARE(controller.keychainAvailable(), std::optional<bool>(true));

    // And it keeps a password for real.
    const QString key = QStringLiteral("late@example.test imap://imap.example.test:993");
    QString error;
    QVERIFY2(PasswordStore::writePasswordBlocking(key, QStringLiteral("s3cret"), &error), qPrintable(error));
    QCOMPARE(PasswordStore::readPasswordBlocking(key, &error).value_or(QString()), QStringLiteral("s3cret"));
    QVERIFY(PasswordStore::deletePasswordBlocking(key, &error));
}

QTEST_GUILESS_MAIN(TestKeychainLateStart)
#include "TestKeychainLateStart.moc"
