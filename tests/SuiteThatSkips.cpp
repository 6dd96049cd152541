// Skips as a whole, like a suite whose server is not installed; only TestSkipRule runs it.
#include <QTest>

class SuiteThatSkips : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QSKIP("nothing to run against"); }
    void neverRuns() { QFAIL("initTestCase skipped the suite"); }
};

QTEST_GUILESS_MAIN(SuiteThatSkips)
#include "SuiteThatSkips.moc"
