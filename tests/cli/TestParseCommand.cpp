#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `portpilot parse` and the global options, run as a separate process as a script would.
class TestParseCommand : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void fillsPlaceholders();
    void xmlOutputReadsBack();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Run portpilot(const QStringList& arguments);
};

TestParseCommand::Run TestParseCommand::portpilot(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PORTPILOT_BINARY), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {-1, {}, "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestParseCommand::exitCodes_data()
{
    const QString data = QStringLiteral(PORTPILOT_TEST_DATA "/autoconfig/");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");

    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("parse") << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("portpilot 0.")
                             << QString();
    QTest::newRow("parse help") << QStringList{QStringLiteral("parse"), QStringLiteral("--help")} << 0
                                << QStringLiteral("--address") << QString();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                     << QStringLiteral("unknown argument");
    QTest::newRow("parse ok") << QStringList{QStringLiteral("parse"), data + QStringLiteral("full.xml")} << 0
                              << QStringLiteral("\"hostname\": \"imap.%EMAILDOMAIN%\"") << QStringLiteral("exchange");
    QTest::newRow("parse no file") << QStringList{QStringLiteral("parse")} << 2 << QString()
                                   << QStringLiteral("FILE or --config FILE");
    QTest::newRow("parse --config") << QStringList{QStringLiteral("parse"), QStringLiteral("--config"),
                                                   data + QStringLiteral("full.xml")}
                                    << 0 << QStringLiteral("\"hostname\": \"imap.%EMAILDOMAIN%\"") << QString();
    QTest::newRow("parse two files") << QStringList{QStringLiteral("parse"), data + QStringLiteral("full.xml"),
                                                    data + QStringLiteral("with-dtd.xml")}
                                     << 2 << QString() << QStringLiteral("unexpected argument");
    // Nothing to set up on one side: bad input, not an account with an empty side.
    QTest::newRow("parse incoming only") << QStringList{QStringLiteral("parse"),
                                                        data + QStringLiteral("incoming-only.xml")}
                                         << 2 << QString() << QStringLiteral("no outgoing (SMTP) server");
    QTest::newRow("parse missing file") << QStringList{QStringLiteral("parse"), data + QStringLiteral("nope.xml")} << 2
                                        << QString() << QStringLiteral("Cannot open");
    QTest::newRow("parse folder") << QStringList{QStringLiteral("parse"), data} << 2 << QString()
                                  << QStringLiteral("is a folder");
    QTest::newRow("parse DTD") << QStringList{QStringLiteral("parse"), data + QStringLiteral("with-dtd.xml")} << 2
                               << QString() << QStringLiteral("DTD");
    QTest::newRow("parse bad format") << QStringList{QStringLiteral("parse"), data + QStringLiteral("full.xml"),
                                                     QStringLiteral("--format"), QStringLiteral("yaml")}
                                      << 2 << QString() << QStringLiteral("unknown format");
    QTest::newRow("parse bad address") << QStringList{QStringLiteral("parse"), data + QStringLiteral("full.xml"),
                                                      QStringLiteral("--address"), QStringLiteral("nobody")}
                                       << 2 << QString() << QStringLiteral("no “@”");
    QTest::newRow("parse bad option") << QStringList{QStringLiteral("parse"), QStringLiteral("--frob")} << 2
                                      << QString() << QStringLiteral("frob");
    QTest::newRow("Icelandic") << QStringList{QStringLiteral("--lang"), QStringLiteral("is"), QStringLiteral("parse")}
                               << 2 << QString() << QString();
}

void TestParseCommand::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);

    const Run run = portpilot(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.out).contains(stdoutHas), run.out.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(stderrHas), run.err.constData());
    if (exitCode == 2) {
        QVERIFY(!run.err.isEmpty());
    }
}

void TestParseCommand::fillsPlaceholders()
{
    const Run run = portpilot({QStringLiteral("parse"), QStringLiteral(PORTPILOT_TEST_DATA "/autoconfig/full.xml"),
                               QStringLiteral("--address"), QStringLiteral("anna@dæmi.is"), QStringLiteral("--name"),
                               QStringLiteral("Anna")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    const QJsonObject imap = o.value(QStringLiteral("incoming")).toArray().first().toObject();
    QCOMPARE(imap.value(QStringLiteral("hostname")).toString(), QStringLiteral("imap.dæmi.is"));
    QCOMPARE(imap.value(QStringLiteral("username")).toString(), QStringLiteral("anna@dæmi.is"));
    QCOMPARE(o.value(QStringLiteral("provider")).toObject().value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Example Mail for Anna"));
}

void TestParseCommand::xmlOutputReadsBack()
{
    const Run first = portpilot({QStringLiteral("parse"), QStringLiteral(PORTPILOT_TEST_DATA "/autoconfig/full.xml"),
                                 QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.startsWith("<?xml"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(first.out);
    f.close();
    const Run second = portpilot({QStringLiteral("parse"), path, QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first.out);
}

QTEST_GUILESS_MAIN(TestParseCommand)
#include "TestParseCommand.moc"
