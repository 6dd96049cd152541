#include "PasswordStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Portpilot;

namespace {

ServerSettings server(Protocol protocol, const QString& host, quint16 port)
{
    ServerSettings s;
    s.protocol = protocol;
    s.hostname = host;
    s.port = port;
    return s;
}

} // namespace

// The password store against a real Secret Service (gnome-keyring in a private D-Bus
// session, started by run-with-keyring.sh).
class TestPasswordStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyFor_data();
    void keyFor();
    void roundTripBlocking_data();
    void roundTripBlocking();
    void secretToolReadsTheSameEntry();
    void missingEntry();
    void asyncWriteReadRemove();
    void overwriteKeepsOneEntry();
    void entriesAreSeparatePerServer();
    void keychainIsAvailable();
    void storeDestroyedWhileJobRuns();

private:
    static QString uniqueKey(const QString& tag);
    static QString secretToolLookup(const QString& key);
};

QString TestPasswordStore::uniqueKey(const QString& tag)
{
    return QStringLiteral("test-%1@example.test imap://%2.example.test:993")
        .arg(tag, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString TestPasswordStore::secretToolLookup(const QString& key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain"),
                QStringLiteral("server"), PasswordStore::serviceName(), QStringLiteral("user"), key});
    if (!tool.waitForFinished(60000) || tool.exitCode() != 0) {
        return QStringLiteral("<secret-tool failed: %1>").arg(QString::fromUtf8(tool.readAllStandardError()));
    }
    return QString::fromUtf8(tool.readAllStandardOutput());
}

void TestPasswordStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("No D-Bus session: run this test through tests/keychain/run-with-keyring.sh");
    }
}

void TestPasswordStore::keyFor_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected");

    QTest::newRow("imap") << "anna@example.test" << Protocol::Imap << "imap.example.test" << 993
                          << "anna@example.test imap://imap.example.test:993";
    QTest::newRow("pop3") << "anna@example.test" << Protocol::Pop3 << "pop.example.test" << 110
                          << "anna@example.test pop3://pop.example.test:110";
    QTest::newRow("smtp") << "anna@example.test" << Protocol::Smtp << "smtp.example.test" << 587
                          << "anna@example.test smtp://smtp.example.test:587";
    // The host goes in ACE form and lower case, so one server has one key however it was typed.
    QTest::newRow("idn host") << "jon@bækur.is" << Protocol::Imap << "Póstur.Bækur.is" << 993
                              << "jon@bækur.is imap://xn--pstur-0ta.xn--bkur-voa.is:993";
    QTest::newRow("upper case host") << "anna@example.test" << Protocol::Smtp << "SMTP.Example.TEST" << 465
                                     << "anna@example.test smtp://smtp.example.test:465";
}

void TestPasswordStore::keyFor()
{
    QFETCH(QString, address);
    QFETCH(Protocol, protocol);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, expected);
    ServerSettings server;
    server.protocol = protocol;
    server.hostname = host;
    server.port = quint16(port);
    QCOMPARE(PasswordStore::keyFor(address, server), expected);
}

void TestPasswordStore::roundTripBlocking_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << QStringLiteral("secret");
    QTest::newRow("icelandic and emoji") << QStringLiteral("Þórður ðæö 🔑");
    QTest::newRow("shell characters") << QStringLiteral("a'b\"c$d`e\\f g;h|i&j");
    QTest::newRow("leading and trailing spaces") << QStringLiteral("  pw  ");
    QTest::newRow("long") << QString(4096, QLatin1Char('x'));
}

void TestPasswordStore::roundTripBlocking()
{
    QFETCH(QString, password);
    const QString key = uniqueKey(QStringLiteral("roundtrip"));
    QString error;
    QVERIFY2(PasswordStore::writePasswordBlocking(key, password, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    const std::optional<QString> read = PasswordStore::readPasswordBlocking(key, &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QCOMPARE(*read, password);
    QVERIFY2(PasswordStore::deletePasswordBlocking(key, &error), qPrintable(error));
    QVERIFY(!PasswordStore::readPasswordBlocking(key, &error).has_value());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// The export engineer's msmtp passwordeval / mbsync PassCmd rely on exactly this lookup.
void TestPasswordStore::secretToolReadsTheSameEntry()
{
    ServerSettings server;
    server.protocol = Protocol::Smtp;
    server.hostname = QStringLiteral("smtp.bækur.is");
    server.port = 465;
    const QString key = PasswordStore::keyFor(
        QStringLiteral("secrettool-%1@bækur.is").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)), server);
    const QString password = QStringLiteral("Þórður's pass \"1\"");
    QString error;
    QVERIFY2(PasswordStore::writePasswordBlocking(key, password, &error), qPrintable(error));
    QCOMPARE(secretToolLookup(key), password);
    QVERIFY(PasswordStore::deletePasswordBlocking(key, &error));
    QVERIFY(secretToolLookup(key).startsWith(QLatin1String("<secret-tool failed")));
}

void TestPasswordStore::missingEntry()
{
    const QString key = uniqueKey(QStringLiteral("missing"));
    QString error = QStringLiteral("not cleared");
    QVERIFY(!PasswordStore::readPasswordBlocking(key, &error).has_value());
    QVERIFY2(error.isEmpty(), qPrintable(error)); // "no entry" is not an error
    QVERIFY(PasswordStore::deletePasswordBlocking(key, &error));

    PasswordStore store;
    QSignalSpy readSpy(&store, &PasswordStore::readFinished);
    const int request = store.read(key);
    QVERIFY(readSpy.wait(60000));
    QCOMPARE(readSpy.count(), 1);
    QCOMPARE(readSpy.at(0).at(0).toInt(), request);
    QCOMPARE(readSpy.at(0).at(2).value<PasswordStore::Status>(), PasswordStore::Status::NotFound);
    QVERIFY(readSpy.at(0).at(3).toString().isEmpty());
}

void TestPasswordStore::asyncWriteReadRemove()
{
    PasswordStore store;
    QSignalSpy writeSpy(&store, &PasswordStore::writeFinished);
    QSignalSpy readSpy(&store, &PasswordStore::readFinished);
    QSignalSpy removeSpy(&store, &PasswordStore::removeFinished);
    const QString key = uniqueKey(QStringLiteral("async"));

    const int writeRequest = store.write(key, QStringLiteral("async secret"));
    QVERIFY(writeSpy.wait(60000));
    QCOMPARE(writeSpy.at(0).at(0).toInt(), writeRequest);
    QCOMPARE(writeSpy.at(0).at(1).toString(), key);
    QCOMPARE(writeSpy.at(0).at(2).value<PasswordStore::Status>(), PasswordStore::Status::Ok);

    const int readRequest = store.read(key);
    QVERIFY(readRequest != writeRequest);
    QVERIFY(readSpy.wait(60000));
    QCOMPARE(readSpy.at(0).at(0).toInt(), readRequest);
    QCOMPARE(readSpy.at(0).at(2).value<PasswordStore::Status>(), PasswordStore::Status::Ok);
    QCOMPARE(readSpy.at(0).at(3).toString(), QStringLiteral("async secret"));

    store.remove(key);
    QVERIFY(removeSpy.wait(60000));
    QCOMPARE(removeSpy.at(0).at(2).value<PasswordStore::Status>(), PasswordStore::Status::Ok);
    QString error;
    QVERIFY(!PasswordStore::readPasswordBlocking(key, &error).has_value());
}

void TestPasswordStore::overwriteKeepsOneEntry()
{
    const QString key = uniqueKey(QStringLiteral("overwrite"));
    QString error;
    QVERIFY(PasswordStore::writePasswordBlocking(key, QStringLiteral("first"), &error));
    QVERIFY(PasswordStore::writePasswordBlocking(key, QStringLiteral("second"), &error));
    QCOMPARE(PasswordStore::readPasswordBlocking(key, &error).value_or(QString()), QStringLiteral("second"));
    QVERIFY(PasswordStore::deletePasswordBlocking(key, &error));
    // Only one entry existed: after one delete nothing is left.
    QVERIFY(!PasswordStore::readPasswordBlocking(key, &error).has_value());
    QVERIFY(secretToolLookup(key).startsWith(QLatin1String("<secret-tool failed")));
}

void TestPasswordStore::entriesAreSeparatePerServer()
{
    const QString address =
        QStringLiteral("sep-%1@example.test").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const ServerSettings imap = server(Protocol::Imap, QStringLiteral("mail.example.test"), 993);
    const ServerSettings smtp = server(Protocol::Smtp, QStringLiteral("mail.example.test"), 465);
    const QString imapKey = PasswordStore::keyFor(address, imap);
    const QString smtpKey = PasswordStore::keyFor(address, smtp);
    QVERIFY(imapKey != smtpKey);
    QString error;
    QVERIFY(PasswordStore::writePasswordBlocking(imapKey, QStringLiteral("incoming"), &error));
    QVERIFY(PasswordStore::writePasswordBlocking(smtpKey, QStringLiteral("outgoing"), &error));
    QCOMPARE(PasswordStore::readPasswordBlocking(imapKey, &error).value_or(QString()), QStringLiteral("incoming"));
    QCOMPARE(PasswordStore::readPasswordBlocking(smtpKey, &error).value_or(QString()), QStringLiteral("outgoing"));
    QVERIFY(PasswordStore::deletePasswordBlocking(imapKey, &error));
    QCOMPARE(PasswordStore::readPasswordBlocking(smtpKey, &error).value_or(QString()), QStringLiteral("outgoing"));
    QVERIFY(PasswordStore::deletePasswordBlocking(smtpKey, &error));
}

void TestPasswordStore::keychainIsAvailable()
{
    PasswordStore store;
    QSignalSpy spy(&store, &PasswordStore::availabilityChecked);
    const int request = store.checkAvailable();
    QVERIFY(spy.wait(60000));
    QCOMPARE(spy.at(0).at(0).toInt(), request);
    QVERIFY2(spy.at(0).at(1).toBool(), qPrintable(spy.at(0).at(2).toString()));
}

// The wizard may close while a keychain request is on its way; nothing may crash, and the
// write still completes.
void TestPasswordStore::storeDestroyedWhileJobRuns()
{
    const QString key = uniqueKey(QStringLiteral("destroyed"));
    {
        PasswordStore store;
        store.checkAvailable();
        store.write(key, QStringLiteral("late"));
    }
    QString error;
    QTRY_COMPARE_WITH_TIMEOUT(PasswordStore::readPasswordBlocking(key, &error).value_or(QString()),
                              QStringLiteral("late"), 60000);
    QVERIFY(PasswordStore::deletePasswordBlocking(key, &error));
}

QTEST_GUILESS_MAIN(TestPasswordStore)
#include "TestPasswordStore.moc"
