// Logging: one category per area, debug off by default, on with Logging::setVerbose (--verbose);
// QT_LOGGING_RULES keeps the last word.
#include "Logging.h"

#include <QProcess>
#include <QTest>

class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void offByDefaultOnWhenVerbose_data();
    void offByDefaultOnWhenVerbose();
    void environmentRules();
};

namespace {
using CategoryFunction = const QLoggingCategory& (*)();
}
Q_DECLARE_METATYPE(CategoryFunction)

void TestLogging::offByDefaultOnWhenVerbose_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<CategoryFunction>("category");
    QTest::addRow("discovery") << QStringLiteral("portpilot.discovery") << CategoryFunction(&lcDiscovery);
    QTest::addRow("probe") << QStringLiteral("portpilot.probe") << CategoryFunction(&lcProbe);
    QTest::addRow("keychain") << QStringLiteral("portpilot.keychain") << CategoryFunction(&lcKeychain);
    QTest::addRow("export") << QStringLiteral("portpilot.export") << CategoryFunction(&lcExport);
    QTest::addRow("ui") << QStringLiteral("portpilot.ui") << CategoryFunction(&lcUi);
    QTest::addRow("migrate") << QStringLiteral("portpilot.migrate") << CategoryFunction(&lcMigrate);
}

void TestLogging::offByDefaultOnWhenVerbose()
{
    QFETCH(QString, name);
    QFETCH(CategoryFunction, category);
    const QLoggingCategory& c = category();
    QCOMPARE(QLatin1String(c.categoryName()), name);
    Portpilot::Logging::setVerbose(false);
    QVERIFY(!c.isDebugEnabled());
    QVERIFY(c.isWarningEnabled());
    Portpilot::Logging::setVerbose(true);
    QVERIFY(c.isDebugEnabled());
    Portpilot::Logging::setVerbose(false);
    QVERIFY(!c.isDebugEnabled());
}

// The rules of the environment are read once at start: check them in a child process.
void TestLogging::environmentRules()
{
    if (qEnvironmentVariableIsSet("PORTPILOT_LOGGING_CHILD")) {
        return;
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PORTPILOT_LOGGING_CHILD"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("portpilot.probe.debug=true"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childReport")});
    QVERIFY(child.waitForFinished(30000));
    const QByteArray output = child.readAllStandardOutput();
    QVERIFY2(output.contains("probe=1"), output.constData());
    QVERIFY2(output.contains("discovery=0"), output.constData());
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "childReport") == 0) {
        printf("probe=%d discovery=%d\n", int(lcProbe().isDebugEnabled()), int(lcDiscovery().isDebugEnabled()));
        return 0;
    }
    TestLogging test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestLogging.moc"
