#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The rules every subcommand shares (docs/command-line.md), one row per command: the input rule
// (the positional argument or --config FILE / --address ADDRESS), --timeout's unit and bounds,
// --ca-certificates, --password-stdin, errors as "portpilot COMMAND: …" and exit status 2 only for
// bad usage or bad input. Nothing here leaves the machine: every row stops before the network.
class TestCommandRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void inputSpellingsAgree_data();
    void inputSpellingsAgree();
    void helpShowsTheSharedOptions_data();
    void helpShowsTheSharedOptions();
    void testSideSelectsServers_data();
    void testSideSelectsServers();
    void verboseTurnsOnTheLog_data();
    void verboseTurnsOnTheLog();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run portpilot(const QStringList& arguments, const QByteArray& input = {});
    static QStringList substituted(QStringList arguments, const QMap<QString, QString>& values);

    QTemporaryDir m_dir;
    QMap<QString, QString> m_values; // @name -> path
};

void TestCommandRules::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qunsetenv("QT_LOGGING_RULES"); // the log is off unless --verbose asks for it
    // Servers without placeholders: `test` reports them ("no password") without the keychain or the network.
    const QString literal = m_dir.filePath(u"literal.xml"_s);
    QFile file(literal);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<clientConfig version=\"1.1\"><emailProvider id=\"example.test\"><domain>example.test</domain>"
               "<incomingServer type=\"imap\"><hostname>imap.example.test</hostname><port>993</port>"
               "<socketType>SSL</socketType><username>anna</username>"
               "<authentication>password-cleartext</authentication></incomingServer>"
               "<outgoingServer type=\"smtp\"><hostname>smtp.example.test</hostname><port>465</port>"
               "<socketType>SSL</socketType><username>anna</username>"
               "<authentication>password-cleartext</authentication></outgoingServer>"
               "</emailProvider></clientConfig>");
    file.close();
    m_values.insert(u"@literal"_s, literal);
    m_values.insert(u"@incomingonly"_s, QStringLiteral(PORTPILOT_TEST_DATA "/autoconfig/incoming-only.xml"));
    m_values.insert(u"@missing"_s, m_dir.filePath(u"missing.pem"_s));
}

TestCommandRules::Run TestCommandRules::portpilot(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(PORTPILOT_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList TestCommandRules::substituted(QStringList arguments, const QMap<QString, QString>& values)
{
    for (QString& argument : arguments) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            argument.replace(it.key(), it.value());
        }
    }
    return arguments;
}

void TestCommandRules::rules_data()
{
    QTest::addColumn<QStringList>("arguments"); // @literal, @incomingonly, @missing are files
    QTest::addColumn<QByteArray>("input");      // standard input
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrHas"); // in the one line "portpilot COMMAND: …" of exit status 2

    const QString address = u"anna@example.test"_s;
    const QByteArray longLine = QByteArray(4097, 'x') + '\n';
    const QStringList timeouts{u"0"_s, u"0.5"_s, u"601"_s, u"ten"_s, u""_s};
    const QStringList commands{u"parse"_s, u"test"_s, u"export"_s, u"discover"_s, u"check"_s};

    for (const QString& command : commands) {
        QTest::addRow("%s: unknown option", qPrintable(command))
            << QStringList{command, u"--frobnicate"_s} << QByteArray() << 2 << u"Unknown option 'frobnicate'."_s;
        QTest::addRow("%s: two arguments", qPrintable(command))
            << QStringList{command, u"@literal"_s, u"@literal"_s} << QByteArray() << 2
            << u"unexpected argument “@literal”."_s;
    }
    // The input: a file (parse, test, export) or an address (discover), as the argument or the option.
    for (const QString& command : {u"parse"_s, u"test"_s, u"export"_s}) {
        QTest::addRow("%s: no file", qPrintable(command))
            << QStringList{command, u"--to"_s, u"json"_s}.mid(0, command == u"export"_s ? 3 : 1) << QByteArray() << 2
            << u"give the clientConfig file to read (FILE or --config FILE)."_s;
        QTest::addRow("%s: two different files", qPrintable(command))
            << QStringList{command, u"@literal"_s, u"--config"_s, u"@incomingonly"_s, u"--to"_s, u"json"_s}.mid(
                   0, command == u"export"_s ? 6 : 4)
            << QByteArray() << 2 << u"give the file once: as the argument or with --config FILE."_s;
        QTest::addRow("%s: nothing to set up for outgoing mail", qPrintable(command))
            << QStringList{command, u"@incomingonly"_s, u"--address"_s, address, u"--to"_s, u"json"_s}.mid(
                   0, command == u"export"_s ? 6 : 4)
            << QByteArray() << 2 << u"The file describes no outgoing (SMTP) server that Portpilot can use."_s;
        QTest::addRow("%s: not an address", qPrintable(command))
            << QStringList{command, u"@literal"_s, u"--address"_s, u"anna"_s, u"--to"_s, u"json"_s}.mid(
                   0, command == u"export"_s ? 6 : 4)
            << QByteArray() << 2 << u"no “@”"_s;
    }
    // check: a report that cannot be written is known before any server is asked.
    QTest::addRow("check: no folder for the report")
        << QStringList{u"check"_s, u"example.test"_s, u"--output"_s, u"/nonexistent-portpilot/report.json"_s}
        << QByteArray() << 2 << u"The folder of “/nonexistent-portpilot/report.json” does not exist."_s;
    // login and token take an address; nothing reaches the network or the keychain before it is checked.
    for (const QString& command : {u"login"_s, u"token"_s}) {
        QTest::addRow("%s: unknown option", qPrintable(command))
            << QStringList{command, u"--frobnicate"_s} << QByteArray() << 2 << u"Unknown option 'frobnicate'."_s;
        QTest::addRow("%s: not an address", qPrintable(command))
            << QStringList{command, u"anna"_s} << QByteArray() << 2 << u"no “@”"_s;
        QTest::addRow("%s: two different addresses", qPrintable(command))
            << QStringList{command, address, u"--address"_s, u"bob@example.test"_s} << QByteArray() << 2
            << u"give the address once: as the argument or with --address ADDRESS."_s;
        QTest::addRow("%s: --timeout 601", qPrintable(command))
            << QStringList{command, address, u"--timeout"_s, u"601"_s} << QByteArray() << 2 << u"600"_s;
    }
    QTest::addRow("login: no address") << QStringList{u"login"_s} << QByteArray() << 2
                                       << u"give the email address to sign in with."_s;
    QTest::addRow("token: no address") << QStringList{u"token"_s} << QByteArray() << 2
                                       << u"give the signed-in email address."_s;
    QTest::addRow("token: --server not a host name") << QStringList{u"token"_s, address, u"--server"_s, u"a b"_s}
                                                     << QByteArray() << 2 << u"“a b” is not a host name."_s;
    QTest::addRow("discover: no address")
        << QStringList{u"discover"_s} << QByteArray() << 2 << u"give the email address to find servers for."_s;
    QTest::addRow("check: no domain") << QStringList{u"check"_s} << QByteArray() << 2 << u"give the domain to check."_s;
    QTest::addRow("check: not a domain") << QStringList{u"check"_s, address} << QByteArray() << 2
                                         << u"“anna@example.test” is not a domain name."_s;
    QTest::addRow("discover: two different addresses")
        << QStringList{u"discover"_s, address, u"--address"_s, u"bob@example.test"_s} << QByteArray() << 2
        << u"give the address once: as the argument or with --address ADDRESS."_s;

    // --timeout: seconds from 1 to 600 in every command that waits.
    for (const QString& command : {u"test"_s, u"discover"_s, u"check"_s}) {
        const QString input = command == u"test"_s    ? u"@literal"_s
                              : command == u"check"_s ? u"example.test"_s
                                                      : address;
        for (const QString& timeout : timeouts) {
            QTest::addRow("%s: --timeout “%s”", qPrintable(command), qPrintable(timeout))
                << QStringList{command, input, u"--timeout"_s, timeout} << QByteArray() << 2
                << u"the timeout must be a number of seconds from 1 to 600."_s;
        }
        QTest::addRow("%s: missing CA file", qPrintable(command))
            << QStringList{command, input, u"--ca-certificates"_s, u"@missing"_s} << QByteArray() << 2
            << u"cannot read “@missing”."_s;
        QTest::addRow("%s: CA file without a certificate", qPrintable(command))
            << QStringList{command, input, u"--ca-certificates"_s, u"@literal"_s} << QByteArray() << 2
            << u"“@literal” holds no PEM certificate."_s;
    }
    // The bounds themselves are taken: `test` reports the servers it has no password for, and
    // discover goes on to the next check (a bad --ispdb-url), both before any network.
    for (const QString& timeout : {u"1"_s, u"600"_s, u"2.5"_s}) {
        QTest::addRow("test: --timeout %s", qPrintable(timeout))
            << QStringList{u"test"_s, u"@literal"_s, u"--timeout"_s, timeout} << QByteArray() << 1 << QString();
        QTest::addRow("discover: --timeout %s", qPrintable(timeout))
            << QStringList{u"discover"_s, address, u"--timeout"_s, timeout, u"--ispdb-url"_s, u"ftp://x"_s}
            << QByteArray() << 2 << u"“ftp://x” is not a web address."_s;
    }

    // --password-stdin: one line of at most 4096 bytes, read the same way by every command.
    const QStringList exportPassword{
        u"export"_s,           u"@literal"_s,          u"--to"_s, u"json"_s, u"--address"_s, address,
        u"--password-stdin"_s, u"--include-password"_s};
    const QStringList testPassword{u"test"_s, u"@literal"_s, u"--password-stdin"_s};
    for (const QStringList& arguments : {exportPassword, testPassword}) {
        const char* command = arguments.first() == u"test"_s ? "test" : "export";
        QTest::addRow("%s: empty standard input", command)
            << arguments << QByteArray() << 2 << u"no password on standard input (one line, at most 4096 bytes)."_s;
        QTest::addRow("%s: empty line", command)
            << arguments << QByteArray("\n") << 2 << u"no password on standard input (one line, at most 4096 bytes)."_s;
        QTest::addRow("%s: line too long", command)
            << arguments << longLine << 2 << u"no password on standard input (one line, at most 4096 bytes)."_s;
    }
    QTest::addRow("export: longest line")
        << exportPassword << QByteArray(QByteArray(4096, 'x') + "\r\n") << 0 << QString();
}

void TestCommandRules::rules()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrHas);

    const Run run = portpilot(substituted(arguments, m_values), input);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out.left(2000) + run.err));
    if (exitCode == 2) {
        // Bad usage or bad input: nothing on stdout, one reason on stderr in the shared form.
        const QString expected = substituted({stderrHas}, m_values).first();
        QVERIFY2(run.err.startsWith(u"portpilot %1: "_s.arg(arguments.first())), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(expected + u"\n---\n"_s + run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    } else if (exitCode == 1) {
        QVERIFY2(run.out.contains(u"FAILED  imap.example.test:993 (imap, SSL): no password"_s), qPrintable(run.out));
    }
}

void TestCommandRules::inputSpellingsAgree_data()
{
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    QTest::addColumn<int>("exitCode");

    QTest::addRow("parse") << QStringList{u"parse"_s, u"@literal"_s}
                           << QStringList{u"parse"_s, u"--config"_s, u"@literal"_s} << 0;
    QTest::addRow("test") << QStringList{u"test"_s, u"@literal"_s}
                          << QStringList{u"test"_s, u"--config"_s, u"@literal"_s} << 1;
    QTest::addRow("export") << QStringList{u"export"_s, u"@literal"_s,  u"--to"_s,
                                           u"mutt"_s,   u"--address"_s, u"anna@example.test"_s}
                            << QStringList{u"export"_s, u"--config"_s,  u"@literal"_s,         u"--to"_s,
                                           u"mutt"_s,   u"--address"_s, u"anna@example.test"_s}
                            << 0;
    QTest::addRow("export, the old --format")
        << QStringList{u"export"_s, u"@literal"_s, u"--to"_s, u"mutt"_s, u"--address"_s, u"anna@example.test"_s}
        << QStringList{u"export"_s, u"@literal"_s, u"--format"_s, u"mutt"_s, u"--address"_s, u"anna@example.test"_s}
        << 0;
    QTest::addRow("the same file twice") << QStringList{u"parse"_s, u"@literal"_s}
                                         << QStringList{u"parse"_s, u"@literal"_s, u"--config"_s, u"@literal"_s} << 0;
}

void TestCommandRules::inputSpellingsAgree()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    QFETCH(int, exitCode);
    const Run a = portpilot(substituted(first, m_values));
    const Run b = portpilot(substituted(second, m_values));
    QVERIFY2(a.exitCode == exitCode, qPrintable(a.err));
    QCOMPARE(b.exitCode, a.exitCode);
    QVERIFY(!a.out.isEmpty());
    QCOMPARE(b.out, a.out);
    // Only an old spelling adds a line: the note that it goes away.
    if (second.contains(u"--format"_s) && first.first() == u"export"_s) {
        QVERIFY2(b.err.contains(u"portpilot export: warning: --format is an old name of --to and goes away in the "
                                "next release; use --to."_s),
                 qPrintable(b.err));
    } else {
        QCOMPARE(b.err, a.err);
    }
}

void TestCommandRules::helpShowsTheSharedOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // in stdout, in this order
    QTest::addColumn<QStringList>("unexpected");

    const QString bounds = u"in seconds from 1 to 600"_s;
    const QStringList file{u"[file]"_s, u"--config <file>"_s, u"--address <address>"_s};
    QTest::addRow("parse") << QStringList{u"parse"_s, u"--help"_s} << file << QStringList{u"--timeout"_s};
    QTest::addRow("test") << QStringList{u"test"_s, u"--help"_s}
                          << file + QStringList{u"--password-stdin"_s, u"--ca-certificates <file>"_s,
                                                u"--timeout <seconds>"_s, bounds, u"(default 20)"_s}
                          << QStringList();
    QTest::addRow("export") << QStringList{u"help"_s, u"export"_s}
                            << file + QStringList{u"--to <name>"_s, u"--password-stdin"_s}
                            << QStringList{u"--format"_s, u"--timeout"_s}; // the old name is not advertised
    QTest::addRow("discover") << QStringList{u"discover"_s, u"-h"_s} << QStringList{u"[address]"_s,
                                                                                    u"--address <address>"_s,
                                                                                    u"--ca-certificates <file>"_s,
                                                                                    u"--timeout <seconds>"_s,
                                                                                    bounds,
                                                                                    u"(default 8)"_s}
                              << QStringList{u"--config"_s, u"--password-stdin"_s};
    QTest::addRow("check") << QStringList{u"check"_s, u"--help"_s}
                           << QStringList{u"domain"_s,
                                          u"--format <format>"_s,
                                          u"--output <file>"_s,
                                          u"--address <address>"_s, // the test account (docs/check.md)
                                          u"--password-stdin"_s,
                                          u"--sign-in"_s,
                                          u"--no-browser"_s,
                                          u"--ca-certificates <file>"_s,
                                          u"--timeout <seconds>"_s,
                                          bounds,
                                          u"(default 20)"_s}
                           << QStringList{u"--config"_s};
    QTest::addRow("login") << QStringList{u"login"_s, u"--help"_s}
                           << QStringList{u"[address]"_s,
                                          u"--address <address>"_s,
                                          u"--config <file>"_s,
                                          u"--no-browser"_s,
                                          u"--ca-certificates <file>"_s,
                                          u"--timeout <seconds>"_s,
                                          bounds,
                                          u"(default 300)"_s}
                           << QStringList{u"--password-stdin"_s};
    QTest::addRow("token") << QStringList{u"token"_s, u"--help"_s}
                           << QStringList{u"[address]"_s,           u"--address <address>"_s,
                                          u"--server <host>"_s,     u"--ca-certificates <file>"_s,
                                          u"--timeout <seconds>"_s, bounds,
                                          u"(default 30)"_s}
                           << QStringList{u"--config"_s, u"--password-stdin"_s, u"--no-browser"_s};
}

void TestCommandRules::helpShowsTheSharedOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    Run run = portpilot(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    run.out = run.out.simplified(); // the help wraps long lines
    qsizetype from = 0;
    for (const QString& text : expected) {
        const qsizetype at = run.out.indexOf(text, from);
        QVERIFY2(at >= 0, qPrintable(text + u"\n---\n"_s + run.out));
        from = at + text.size();
    }
    for (const QString& text : unexpected) {
        QVERIFY2(!run.out.contains(text), qPrintable(text + u"\n---\n"_s + run.out));
    }
}

void TestCommandRules::testSideSelectsServers_data()
{
    QTest::addColumn<QStringList>("side");
    QTest::addColumn<QStringList>("reported"); // the servers `test` reports (all without a password here)
    const QString imap = u"imap.example.test:993 (imap, SSL)"_s;
    const QString smtp = u"smtp.example.test:465 (smtp, SSL)"_s;
    QTest::addRow("both") << QStringList() << QStringList{imap, smtp};
    QTest::addRow("incoming") << QStringList{u"--side"_s, u"incoming"_s} << QStringList{imap};
    QTest::addRow("outgoing") << QStringList{u"--side"_s, u"outgoing"_s} << QStringList{smtp};
}

void TestCommandRules::testSideSelectsServers()
{
    QFETCH(QStringList, side);
    QFETCH(QStringList, reported);
    const Run run = portpilot(substituted(QStringList{u"test"_s, u"@literal"_s} + side, m_values));
    QCOMPARE(run.exitCode, 1);
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    for (QString& line : lines) {
        line = line.section(u": "_s, 0, 0).mid(8); // "FAILED  SERVER: reason" -> SERVER
    }
    QCOMPARE(lines, reported);
}

void TestCommandRules::verboseTurnsOnTheLog_data()
{
    // Every command has --verbose; it turns on Portpilot's own log categories (docs/command-line.md).
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("logLine"); // on stderr with --verbose, absent without
    QTest::addRow("discover, bundled provider") << QStringList{u"discover"_s, u"anna@gmail.com"_s} << 0
                                                << u"portpilot.discovery: bundled started for gmail.com"_s;
    QTest::addRow("export to a file") << QStringList{u"export"_s,    u"@literal"_s,          u"--to"_s,     u"msmtp"_s,
                                                     u"--address"_s, u"anna@example.test"_s, u"--output"_s, u"@out"_s}
                                      << 0 << u"portpilot.export: wrote"_s;
}

void TestCommandRules::verboseTurnsOnTheLog()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, logLine);
    QMap<QString, QString> values = m_values;
    for (const bool verbose : {false, true}) {
        values.insert(u"@out"_s, m_dir.filePath(verbose ? u"verbose.msmtprc"_s : u"quiet.msmtprc"_s));
        QStringList call = substituted(arguments, values);
        if (verbose) {
            call.append(u"--verbose"_s);
        }
        const Run run = portpilot(call);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(logLine) == verbose, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"portpilot."_s) == verbose, qPrintable(run.err));
    }
}

QTEST_GUILESS_MAIN(TestCommandRules)
#include "TestCommandRules.moc"
