#include "AutoconfigGrammar.h"
#include "AutoconfigReader.h"
#include "AutoconfigWriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Portpilot;

// Every real provider file from Thunderbird's ISP database parses, survives write→read and
// validates against the draft's RELAX NG grammar. (Portpilot's own autoconfig.schema rules, which
// the grammar leaves open, find things in kokuyou.ne.jp, teol.net and office365.com.)
// The corpus lives in ../shared beside the checkout; without it the test skips.
class TestAutoconfigCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesAndRoundTrips_data();
    void parsesAndRoundTrips();
    void validates_data();
    void validates();

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

void TestAutoconfigCorpus::validates_data()
{
    parsesAndRoundTrips_data();
}

void TestAutoconfigCorpus::validates()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList issues;
    for (const auto& issue : AutoconfigGrammar::instance().issues(file.readAll(), 50)) {
        issues.append(QStringLiteral("line %1: %2").arg(issue.line).arg(issue.text));
    }
    QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestAutoconfigCorpus)
#include "TestAutoconfigCorpus.moc"
