#include "PasswordSaver.h"
#include "SetupState.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Portpilot;

// Writing a setup's password to a real Secret Service (run-with-keyring.sh): one entry per
// chosen server, nothing when the person said no, and only the newest save counts.
class TestPasswordSaver : public QObject
{
    Q_OBJECT

private slots:
    void keys();
    void savesBothServers();
    void notWhenNotWanted_data();
    void notWhenNotWanted();
    void newestSaveCounts();

private:
    static SetupState state(const QString& password, bool remember);
};

SetupState TestPasswordSaver::state(const QString& password, bool remember)
{
    SetupState state;
    state.address = EmailAddress::parse(
        QStringLiteral("u%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(12)));
    state.password = password;
    state.rememberPassword = remember;
    ServerSettings& in = state.side(Side::Incoming).server;
    in.protocol = Protocol::Imap;
    in.hostname = QStringLiteral(" imap.example.test ");
    in.port = 993;
    ServerSettings& out = state.side(Side::Outgoing).server;
    out.protocol = Protocol::Smtp;
    out.hostname = QStringLiteral("smtp.example.test");
    out.port = 465;
    return state;
}

void TestPasswordSaver::keys()
{
    const SetupState s = state(QStringLiteral("pw"), true);
    const QString address = s.address.toString();
    QCOMPARE(PasswordSaver::keyFor(s, Side::Incoming), QStringLiteral("%1 imap://imap.example.test:993").arg(address));
    QCOMPARE(PasswordSaver::keyFor(s, Side::Outgoing), QStringLiteral("%1 smtp://smtp.example.test:465").arg(address));
}

void TestPasswordSaver::savesBothServers()
{
    PasswordStore store;
    PasswordSaver saver(&store);
    const SetupState s = state(QStringLiteral("hunter2 ð"), true);
    QSignalSpy finished(&saver, &PasswordSaver::finished);
    saver.save(s);
    QCOMPARE(saver.outcome(), PasswordSaver::Outcome::Saving);
    QVERIFY(saver.outcomeText().isEmpty());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(saver.outcome(), PasswordSaver::Outcome::Stored);
    QVERIFY(saver.outcomeText().contains(PasswordStore::serviceName()));
    QString error;
    for (const Side side : bothSides) {
        const QString key = PasswordSaver::keyFor(s, side);
        QCOMPARE(PasswordStore::readPasswordBlocking(key, &error).value_or(QString()), QStringLiteral("hunter2 ð"));
        QVERIFY(PasswordStore::deletePasswordBlocking(key, &error));
    }
}

void TestPasswordSaver::notWhenNotWanted_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("remember");
    QTest::newRow("not remembered") << "pw" << false;
    QTest::newRow("no password") << "" << true;
}

void TestPasswordSaver::notWhenNotWanted()
{
    QFETCH(QString, password);
    QFETCH(bool, remember);
    PasswordStore store;
    PasswordSaver saver(&store);
    const SetupState s = state(password, remember);
    QSignalSpy finished(&saver, &PasswordSaver::finished);
    saver.save(s);
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(saver.outcome(), PasswordSaver::Outcome::NotRemembered);
    QVERIFY(!saver.outcomeText().contains(PasswordStore::serviceName()));
    QString error;
    QVERIFY(!PasswordStore::readPasswordBlocking(PasswordSaver::keyFor(s, Side::Incoming), &error).has_value());
    QVERIFY(error.isEmpty());
}

void TestPasswordSaver::newestSaveCounts()
{
    // The person goes back from the exports, corrects the password and tests again: the first
    // save's answers must not end the second one early.
    PasswordStore store;
    PasswordSaver saver(&store);
    SetupState s = state(QStringLiteral("first"), true);
    QSignalSpy finished(&saver, &PasswordSaver::finished);
    saver.save(s);
    s.password = QStringLiteral("second");
    saver.save(s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QTest::qWait(200); // no second report from the first save's answers
    QCOMPARE(finished.count(), 1);
    QCOMPARE(saver.outcome(), PasswordSaver::Outcome::Stored);
    QString error;
    for (const Side side : bothSides) {
        const QString key = PasswordSaver::keyFor(s, side);
        QCOMPARE(PasswordStore::readPasswordBlocking(key, &error).value_or(QString()), QStringLiteral("second"));
        QVERIFY(PasswordStore::deletePasswordBlocking(key, &error));
    }
}

QTEST_GUILESS_MAIN(TestPasswordSaver)
#include "TestPasswordSaver.moc"
