// ExtraCaCertificates: the one loader of extra trusted roots (discover, test, the wizard). The
// extra roots are trusted without reading the system's store, and nothing else becomes trusted.
#include "ExtraCaCertificates.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Portpilot;

class TestExtraCaCertificates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readFile_data();
    void readFile();
    void systemStoreStaysUnread();
    void handshake_data();
    void handshake();

private:
    QString makeCa(const QString& name);

    QTemporaryDir m_dir;
    QList<QSslCertificate> m_ca;
};

QString TestExtraCaCertificates::makeCa(const QString& name)
{
    const QString out = m_dir.filePath(name);
    QProcess ca;
    ca.start(QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/servers/make-test-ca.sh"), {out});
    if (!ca.waitForFinished(120000) || ca.exitCode() != 0) {
        return {};
    }
    return out;
}

void TestExtraCaCertificates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!makeCa(QStringLiteral("trusted")).isEmpty());
    QVERIFY(!makeCa(QStringLiteral("other")).isEmpty());
    m_ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("trusted/ca.pem")));
    QCOMPARE(m_ca.size(), 1);
}

void TestExtraCaCertificates::readFile_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<int>("certificates");   // -1: refused
    QTest::addColumn<QString>("error");

    QFile ca(m_dir.filePath(QStringLiteral("trusted/ca.pem")));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    const QByteArray pem = ca.readAll();
    QTest::addRow("one CA") << pem << 1 << QString();
    QTest::addRow("two CAs, text around them") << QByteArray("comment\n" + pem + "between\n" + pem) << 2 << QString();
    QTest::addRow("missing file") << QByteArray() << -1 << QStringLiteral("cannot read");
    QTest::addRow("no PEM in it") << QByteArray("just text\n") << -1 << QStringLiteral("holds no PEM certificate");
    QTest::addRow("larger than 4 MiB") << QByteArray(pem + QByteArray(ExtraCaCertificates::MaxFileSize, '\n')) << -1
                                       << QStringLiteral("cannot read");
    // checkFile() does not parse: a broken block passes it, and only readFile() refuses it.
    QTest::addRow("a PEM block that is no certificate")
        << QByteArray("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n") << -1
        << QStringLiteral("holds no PEM certificate");
}

void TestExtraCaCertificates::readFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, certificates);
    QFETCH(QString, error);

    const QString path = m_dir.filePath(QStringLiteral("input-%1.pem").arg(QString::fromUtf8(QTest::currentDataTag())));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    QString message;
    const auto read = ExtraCaCertificates::readFile(path, &message);
    // checkFile() agrees, with the same sentence, on everything but a block it does not parse.
    QString checkMessage;
    const bool checked = ExtraCaCertificates::checkFile(path, &checkMessage);
    const bool unparsedBlock = certificates < 0 && content.contains("-----BEGIN CERTIFICATE-----") &&
                               content.size() <= ExtraCaCertificates::MaxFileSize;
    QCOMPARE(checked, certificates >= 0 || unparsedBlock);
    if (!checked) {
        QCOMPARE(checkMessage, message);
    }
    if (certificates < 0) {
        QVERIFY(!read);
        QVERIFY2(message.contains(error) && message.contains(path), qPrintable(message));
        return;
    }
    QVERIFY2(read, qPrintable(message));
    QCOMPARE(read->size(), certificates);
    QCOMPARE(read->first(), m_ca.first());
}

// Adding the extra roots must not load the system's (that cost 150–450 ms per process): the
// configuration holds exactly the extra ones, and the system's stay looked up on demand.
void TestExtraCaCertificates::systemStoreStaysUnread()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> before = configuration.caCertificates();
    ExtraCaCertificates::addTo(configuration, m_ca);
    QCOMPARE(configuration.caCertificates(), before + m_ca);
    ExtraCaCertificates::addTo(configuration, m_ca);
    QCOMPARE(configuration.caCertificates(), before + m_ca); // not twice

    ExtraCaCertificates::installAsDefault(m_ca);
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), before + m_ca);
}

void TestExtraCaCertificates::handshake_data()
{
    QTest::addColumn<QString>("certificate"); // relative to the temporary directory, .pem and .key
    QTest::addColumn<bool>("viaDefault");     // installAsDefault instead of addTo on the socket's configuration
    QTest::addColumn<bool>("trusted");

    QTest::addRow("signed by the extra CA") << QStringLiteral("trusted/server") << false << true;
    QTest::addRow("signed by the extra CA, default configuration") << QStringLiteral("trusted/server") << true << true;
    QTest::addRow("signed by an unknown CA") << QStringLiteral("other/server") << false << false;
    QTest::addRow("signed by an unknown CA, default configuration") << QStringLiteral("other/server") << true << false;
    QTest::addRow("self-signed") << QStringLiteral("trusted/selfsigned") << false << false;
    QTest::addRow("extra CA, expired certificate") << QStringLiteral("trusted/expired") << false << false;
    QTest::addRow("extra CA, certificate for another name") << QStringLiteral("trusted/wrongname") << false << false;
}

void TestExtraCaCertificates::handshake()
{
    QFETCH(QString, certificate);
    QFETCH(bool, viaDefault);
    QFETCH(bool, trusted);

    QSslServer server;
    QSslConfiguration serverConfiguration = QSslConfiguration::defaultConfiguration();
    const auto chain = QSslCertificate::fromPath(m_dir.filePath(certificate + QStringLiteral(".pem")));
    QVERIFY(!chain.isEmpty());
    QFile keyFile(m_dir.filePath(certificate + QStringLiteral(".key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    serverConfiguration.setLocalCertificateChain(chain);
    serverConfiguration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    serverConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone); // the test server asks for no client certificate
    server.setSslConfiguration(serverConfiguration);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslSocket client;
    if (viaDefault) {
        ExtraCaCertificates::installAsDefault(m_ca);
    } else {
        QSslConfiguration configuration = original;
        ExtraCaCertificates::addTo(configuration, m_ca);
        client.setSslConfiguration(configuration);
    }
    QSignalSpy encrypted(&client, &QSslSocket::encrypted);
    QSignalSpy errors(&client, &QSslSocket::sslErrors);
    client.connectToHostEncrypted(QStringLiteral("localhost"), server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(!encrypted.isEmpty() || !errors.isEmpty(), 20000);
    QSslConfiguration::setDefaultConfiguration(original);
    QCOMPARE(!encrypted.isEmpty(), trusted);
    QCOMPARE(errors.isEmpty(), trusted);
}

QTEST_GUILESS_MAIN(TestExtraCaCertificates)
#include "TestExtraCaCertificates.moc"
