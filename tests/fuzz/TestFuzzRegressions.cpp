#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Portpilot;

// Replays every seed and every input that once crashed a fuzzer (tests/fuzz/corpus/<target>/ and
// tests/fuzz/regressions/<target>/) through the fuzzed code, without libFuzzer, so that `make test`
// keeps checking them with whatever compiler and sanitizers the build uses.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasSeeds_data();
    void everyTargetHasSeeds();
    void replays_data();
    void replays();
};

namespace {

const QString fuzzDir = QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/fuzz");

QStringList filesIn(const QString& path)
{
    QStringList out;
    const QDir dir(path);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        out.append(dir.filePath(name));
    }
    return out;
}

} // namespace

void TestFuzzRegressions::everyTargetHasSeeds_data()
{
    QTest::addColumn<QString>("target");
    for (const FuzzTarget& target : FuzzTargets::all()) {
        QTest::newRow(target.name) << QString::fromLatin1(target.name);
    }
}

void TestFuzzRegressions::everyTargetHasSeeds()
{
    QFETCH(QString, target);
    QVERIFY2(!filesIn(fuzzDir + QStringLiteral("/corpus/") + target).isEmpty(),
             qPrintable(QStringLiteral("no seeds in tests/fuzz/corpus/%1").arg(target)));
}

void TestFuzzRegressions::replays_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const FuzzTarget& target : FuzzTargets::all()) {
        const QString name = QString::fromLatin1(target.name);
        for (const QString& kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            for (const QString& path : filesIn(fuzzDir + u'/' + kind + u'/' + name)) {
                const QString row = name + u'/' + kind + u'/' + QFileInfo(path).fileName();
                QTest::newRow(qPrintable(row)) << name << path;
            }
        }
    }
    // Directories named after targets that do not exist would silently never be replayed.
    for (const QString& kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        for (const QString& dir : QDir(fuzzDir + u'/' + kind).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!FuzzTargets::find(dir)) {
                qFatal("tests/fuzz/%s/%s belongs to no fuzz target", qPrintable(kind), qPrintable(dir));
            }
        }
    }
}

void TestFuzzRegressions::replays()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QString failure = FuzzTargets::find(target)->run(file.readAll());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
