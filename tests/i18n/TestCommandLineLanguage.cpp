#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line speaks the chosen language: --lang, or the system locale without it. Qt's
// own help texts (QCommandLineParser) and file errors come from qtbase_is.ts.
class TestCommandLineLanguage : public QObject
{
    Q_OBJECT

private slots:
    void messages_data();
    void messages();
};

void TestCommandLineLanguage::messages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("locale"); // LC_ALL for the run
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // in stdout + stderr
    QTest::addColumn<QStringList>("unexpected");

    QTest::newRow("--lang is --help") << QStringList{u"--lang"_s, u"is"_s, u"--help"_s} << u"C.UTF-8"_s << 0
                                      << QStringList{u"Notkun: portpilot"_s, u"Valkostir:"_s, u"Skilagildi:"_s}
                                      << QStringList{u"Usage:"_s, u"Options:"_s};
    QTest::newRow("--lang=is parse --help")
        << QStringList{u"--lang=is"_s, u"parse"_s, u"--help"_s} << u"C.UTF-8"_s << 0
        << QStringList{u"Notkun:"_s, u"Valkostir:"_s, u"Birtir hjálp um valkosti skipanalínunnar."_s,
                       u"Fylla út staðgenglana fyrir þetta tölvupóstfang."_s}
        << QStringList{u"Usage:"_s, u"Displays help"_s};
    QTest::newRow("system locale is_IS") << QStringList{u"--help"_s} << u"is_IS.UTF-8"_s << 0
                                         << QStringList{u"Notkun: portpilot"_s} << QStringList{u"Usage:"_s};
    QTest::newRow("--lang en beats the system") << QStringList{u"--lang"_s, u"en"_s, u"--help"_s} << u"is_IS.UTF-8"_s
                                                << 0 << QStringList{u"Usage: portpilot"_s} << QStringList{u"Notkun"_s};
    QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"de"_s, u"--help"_s} << u"C.UTF-8"_s << 2
                                      << QStringList{u"“de”"_s} << QStringList{u"Usage:"_s};
    QTest::newRow("error with Qt's file error")
        << QStringList{u"--lang"_s, u"is"_s, u"parse"_s, u"/nonexistent/config-v1.1.xml"_s} << u"C.UTF-8"_s << 2
        << QStringList{u"Get ekki opnað"_s, u"Skráin eða mappan er ekki til"_s}
        << QStringList{u"Cannot open"_s, u"No such"_s};
    // The shared messages of every command (CommandParser) are translated too.
    QTest::newRow("old spelling noted")
        << QStringList{u"--lang"_s,    u"is"_s,
                       u"export"_s,    QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/export/data/example.xml"),
                       u"--format"_s,  u"json"_s,
                       u"--address"_s, u"anna@example.test"_s}
        << u"C.UTF-8"_s << 0 << QStringList{u"portpilot export: aðvörun: --format er gamalt heiti á --to"_s}
        << QStringList{u"old name"_s};
    QTest::newRow("timeout bounds")
        << QStringList{u"--lang"_s, u"is"_s, u"test"_s, u"x.xml"_s, u"--timeout"_s, u"0"_s} << u"C.UTF-8"_s << 2
        << QStringList{u"portpilot test: tímamörkin verða að vera fjöldi sekúndna frá 1 til 600."_s}
        << QStringList{u"timeout"_s};
    QTest::newRow("unknown argument") << QStringList{u"--lang"_s, u"is"_s, u"frobnicate"_s} << u"C.UTF-8"_s << 2
                                      << QStringList{u"óþekkt viðfang „frobnicate“"_s}
                                      << QStringList{u"unknown argument"_s};
}

void TestCommandLineLanguage::messages()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, locale);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PORTPILOT_BINARY), arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QCOMPARE(process.exitCode(), exitCode);
    for (const QString& text : expected) {
        QVERIFY2(output.contains(text), qPrintable(QStringLiteral("“%1” missing in:\n%2").arg(text, output)));
    }
    for (const QString& text : unexpected) {
        QVERIFY2(!output.contains(text), qPrintable(QStringLiteral("“%1” in:\n%2").arg(text, output)));
    }
}

QTEST_GUILESS_MAIN(TestCommandLineLanguage)
#include "TestCommandLineLanguage.moc"
