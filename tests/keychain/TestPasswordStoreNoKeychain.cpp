#include "PasswordStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

// Without any keychain the store must say so, and must not write the password anywhere else.
// Run with a D-Bus session address that leads nowhere (see CMakeLists.txt).
class TestPasswordStoreNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeFailsAndSaysWhy();
    void readAndDeleteFail();
    void availabilityCheckSaysNo();
    void nothingWrittenToDisk();

private:
    QTemporaryDir m_home;
    const QString m_password = QStringLiteral("never-on-disk-7f3a9");
};

void TestPasswordStoreNoKeychain::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("portpilot-no-bus")));
}

void TestPasswordStoreNoKeychain::writeFailsAndSaysWhy()
{
    const ServerSettings imap = server(Protocol::Imap, QStringLiteral("imap.example.test"), 993);
    const QString key = PasswordStore::keyFor(QStringLiteral("anna@example.test"), imap);
    QString error;
    QVERIFY(!PasswordStore::writePasswordBlocking(key, m_password, &error));
    QCOMPARE(error, PasswordStore::describe(PasswordStore::Status::NoKeychain));

    PasswordStore store;
    QSignalSpy spy(&store, &PasswordStore::writeFinished);
    store.write(key, m_password);
    QVERIFY(spy.wait(60000));
    QCOMPARE(spy.at(0).at(2).value<PasswordStore::Status>(), PasswordStore::Status::NoKeychain);
    QVERIFY(!spy.at(0).at(3).toString().contains(m_password));
}

void TestPasswordStoreNoKeychain::readAndDeleteFail()
{
    QString error;
    QVERIFY(!PasswordStore::readPasswordBlocking(QStringLiteral("x imap://h:1"), &error).has_value());
    QVERIFY(!error.isEmpty()); // unlike "no entry", this is an error
    QVERIFY(!PasswordStore::deletePasswordBlocking(QStringLiteral("x imap://h:1"), &error));
    QVERIFY(!error.isEmpty());
}

void TestPasswordStoreNoKeychain::availabilityCheckSaysNo()
{
    PasswordStore store;
    QSignalSpy spy(&store, &PasswordStore::availabilityChecked);
    store.checkAvailable();
    QVERIFY(spy.wait(60000));
    QVERIFY(!spy.at(0).at(1).toBool());
    QCOMPARE(spy.at(0).at(2).toString(), PasswordStore::describe(PasswordStore::Status::NoKeychain));
}

void TestPasswordStoreNoKeychain::nothingWrittenToDisk()
{
    // No insecure fallback: the password is in no file under HOME.
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(m_password.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestPasswordStoreNoKeychain)
#include "TestPasswordStoreNoKeychain.moc"
