#include "AutoconfigReader.h"
#include "AutoconfigWriter.h"

#include <QDir>
#include <QTest>

using namespace Portpilot;

// Every real provider file from Thunderbird's ISP database parses and survives write→read.
// The corpus lives in ../shared beside the checkout; without it the test skips.
class TestAutoconfigCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesAndRoundTrips_data();
    void parsesAndRoundTrips();

private:
    QDir m_corpus;
};

void TestAutoconfigCorpus::initTestCase()
{
    m_corpus = QDir(QStringLiteral(PORTPILOT_SHARED_DIR "/corpus/ispdb"));
    if (!m_corpus.exists()) {
        QSKIP(qPrintable(QStringLiteral("The ISPDB corpus is not at %1; skipping.").arg(m_corpus.path())));
    }
}

void TestAutoconfigCorpus::parsesAndRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = m_corpus.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 163);
    for (const QString& file : files) {
        QTest::newRow(qPrintable(file)) << m_corpus.filePath(file);
    }
}

void TestAutoconfigCorpus::parsesAndRoundTrips()
{
    QFETCH(QString, path);
    const auto first = AutoconfigReader::readFile(path);
    QVERIFY2(first.ok(), qPrintable(first.errorWithLocation()));
    const Account& account = *first.account;
    QVERIFY(!account.provider.domains.isEmpty());
    QVERIFY(!account.incoming.isEmpty());
    QVERIFY(!account.outgoing.isEmpty());

    const QByteArray written = AutoconfigWriter::write(account);
    const auto second = AutoconfigReader::read(written);
    QVERIFY2(second.ok(), qPrintable(second.errorWithLocation()));
    QCOMPARE(*second.account, account);
    QVERIFY(second.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestAutoconfigCorpus)
#include "TestAutoconfigCorpus.moc"
