#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `portpilot export` run as a separate process, as a script would: formats list, exit codes,
// no overwrite without --force, mode 0600 for files with a secret, folders for multi-file formats.
class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void listFormats();
    void exitCodes_data();
    void exitCodes();
    void neverOverwritesWithoutForce();
    void passwordFromStdin();
    void privateWhenTheClientWantsIt();
    void multiFileIntoFolder();
    void installAndUninstall();
    void installThunderbird();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Run portpilot(const QStringList& arguments, const QByteArray& input = {},
                         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
};

static const QString Config = QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/export/data/example.xml");

TestExportCommand::Run TestExportCommand::portpilot(const QStringList& arguments, const QByteArray& input,
                                                    const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PORTPILOT_BINARY), QStringList{QStringLiteral("export")} + arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {-1, {}, "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestExportCommand::listFormats()
{
    const Run r = portpilot({QStringLiteral("--list-formats")});
    QCOMPARE(r.exitCode, 0);
    for (const char* name : {"autoconfig", "mobileconfig", "autodiscover", "thunderbird", "mutt", "aerc", "mbsync",
                             "msmtp", "fetchmail", "evolution", "dns-zone", "qr-png", "qr-svg", "json"}) {
        QVERIFY2(r.out.contains("\n" + QByteArray(name) + " ") || r.out.startsWith(QByteArray(name) + " "), name);
    }
    QCOMPARE(r.out.count('\n'), 14);
}

void TestExportCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");
    const QString c = QStringLiteral("--config");
    const QString f = QStringLiteral("--to");
    const QString a = QStringLiteral("--address");
    const QString addr = QStringLiteral("anna@example.test");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--include-password")
                          << QString();
    QTest::newRow("nothing") << QStringList{} << 2 << QString() << QStringLiteral("--to NAME");
    QTest::newRow("no file") << QStringList{f, QStringLiteral("json"), a, addr} << 2 << QString()
                             << QStringLiteral("FILE or --config FILE");
    QTest::newRow("file as the argument") << QStringList{Config, f, QStringLiteral("json"), a, addr} << 0
                                          << QStringLiteral("\"imap.example.test\"") << QString();
    QTest::newRow("two different files")
        << QStringList{Config, c, QStringLiteral("/other.xml"), f, QStringLiteral("json"), a, addr} << 2 << QString()
        << QStringLiteral("give the file once");
    // The old name of --to works for one release and says so.
    QTest::newRow("old --format") << QStringList{c, Config, QStringLiteral("--format"), QStringLiteral("json"), a, addr}
                                  << 0 << QStringLiteral("\"imap.example.test\"")
                                  << QStringLiteral("--format is an old name of --to");
    QTest::newRow("--format and --to")
        << QStringList{c, Config, QStringLiteral("--format"), QStringLiteral("json"), f, QStringLiteral("mutt"),
                       a, addr}
        << 2 << QString() << QStringLiteral("give only --to");
    QTest::newRow("nothing to set up for outgoing mail")
        << QStringList{QStringLiteral(PORTPILOT_TEST_DATA "/autoconfig/incoming-only.xml"), f,
                       QStringLiteral("fetchmail"), a, addr}
        << 2 << QString() << QStringLiteral("no outgoing (SMTP) server");
    QTest::newRow("unknown format") << QStringList{c, Config, f, QStringLiteral("pine"), a, addr} << 2 << QString()
                                    << QStringLiteral("unknown format “pine”");
    QTest::newRow("missing file") << QStringList{c,   QStringLiteral("/nonexistent.xml"), f, QStringLiteral("json"), a,
                                                 addr}
                                  << 2 << QString() << QStringLiteral("/nonexistent.xml");
    QTest::newRow("no address") << QStringList{c, Config, f, QStringLiteral("json")} << 2 << QString()
                                << QStringLiteral("--address");
    QTest::newRow("bad address") << QStringList{c, Config, f, QStringLiteral("json"), a, QStringLiteral("anna")} << 2
                                 << QString() << QStringLiteral("“@”");
    QTest::newRow("password not from stdin")
        << QStringList{c, Config, f, QStringLiteral("msmtp"), a, addr, QStringLiteral("--include-password")} << 2
        << QString() << QStringLiteral("--password-stdin");
    QTest::newRow("several files to stdout") << QStringList{c, Config, f, QStringLiteral("evolution"), a, addr} << 2
                                             << QString() << QStringLiteral("folder");
    QTest::newRow("line break refused") << QStringList{c,
                                                       Config,
                                                       f,
                                                       QStringLiteral("mutt"),
                                                       a,
                                                       addr,
                                                       QStringLiteral("--name"),
                                                       QStringLiteral("Anna\nBcc: x")}
                                        << 2 << QString() << QStringLiteral("cannot carry the display name");
    QTest::newRow("aerc STARTTLS note") << QStringList{c, Config, f, QStringLiteral("aerc"), a, addr} << 0
                                        << QStringLiteral("source = imaps://") << QStringLiteral("smtp-starttls");
    QTest::newRow("mutt to stdout") << QStringList{c,
                                                   Config,
                                                   f,
                                                   QStringLiteral("mutt"),
                                                   a,
                                                   addr,
                                                   QStringLiteral("--name"),
                                                   QStringLiteral("Anna \"A\" #1")}
                                    << 0 << QStringLiteral("set realname = \"Anna \\\"A\\\" #1\"") << QString();
    QTest::newRow("mobileconfig note") << QStringList{c, Config, f, QStringLiteral("mobileconfig"), a, addr} << 0
                                       << QStringLiteral("EmailTypeIMAP") << QStringLiteral("STARTTLS");
}

void TestExportCommand::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    const Run r = portpilot(arguments);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(stdoutHas), r.out.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrHas), r.err.constData());
}

void TestExportCommand::neverOverwritesWithoutForce()
{
    const QString path = m_dir.filePath(QStringLiteral("user.js"));
    const QStringList base{QStringLiteral("--config"),  Config,
                           QStringLiteral("--to"),      QStringLiteral("thunderbird"),
                           QStringLiteral("--address"), QStringLiteral("anna@example.test"),
                           QStringLiteral("--output"),  path};
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious\n");
    }
    Run r = portpilot(base);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--force"), r.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious\n"));
    file.close();

    r = portpilot(base + QStringList{QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("user_pref(\"mail.server.server_pp1.hostname\", \"imap.example.test\");"));
    // No secret inside: readable by others as usual.
    QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOther);
}

void TestExportCommand::passwordFromStdin()
{
    const QString path = m_dir.filePath(QStringLiteral("msmtprc"));
    const Run r =
        portpilot({QStringLiteral("--config"), Config, QStringLiteral("--to"), QStringLiteral("msmtp"),
                   QStringLiteral("--address"), QStringLiteral("anna@example.test"), QStringLiteral("--output"), path,
                   QStringLiteral("--include-password"), QStringLiteral("--password-stdin")},
                  "s3cret \"x\"\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("clear text"), r.err.constData());
    QVERIFY(!r.err.contains("s3cret"));
    // Owner, group and other bits (Qt adds "User" bits for the current user): exactly rw-------.
    QCOMPARE(int(QFileInfo(path).permissions() & 0x7077), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray rc = file.readAll();
    QVERIFY(rc.contains("password \"s3cret \"x\"\""));
    QVERIFY(!rc.contains("passwordeval"));

    // Without --include-password the stored keychain entry is used and nothing secret is written.
    const Run plain = portpilot({QStringLiteral("--config"), Config, QStringLiteral("--to"), QStringLiteral("msmtp"),
                                 QStringLiteral("--address"), QStringLiteral("anna@example.test")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains("passwordeval \"secret-tool lookup xdg:schema org.qt.keychain server portpilot user "
                               "'anna@example.test smtp://smtp.example.test:587'\""));

    // An empty standard input is bad input.
    const Run empty = portpilot({QStringLiteral("--config"), Config, QStringLiteral("--to"), QStringLiteral("msmtp"),
                                 QStringLiteral("--address"), QStringLiteral("anna@example.test"),
                                 QStringLiteral("--include-password"), QStringLiteral("--password-stdin")});
    QCOMPARE(empty.exitCode, 2);
}

void TestExportCommand::privateWhenTheClientWantsIt()
{
    // fetchmail refuses a run-control file others can read, even without a password in it.
    const QString path = m_dir.filePath(QStringLiteral("fetchmailrc"));
    const Run r =
        portpilot({QStringLiteral("--config"), Config, QStringLiteral("--to"), QStringLiteral("fetchmail"),
                   QStringLiteral("--address"), QStringLiteral("anna@example.test"), QStringLiteral("--output"), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestExportCommand::multiFileIntoFolder()
{
    const QString dir = m_dir.filePath(QStringLiteral("evolution"));
    const QStringList args{QStringLiteral("--config"),  Config,
                           QStringLiteral("--to"),      QStringLiteral("evolution"),
                           QStringLiteral("--address"), QStringLiteral("anna@example.test"),
                           QStringLiteral("--output"),  dir};
    Run r = portpilot(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QDir(dir).entryList({QStringLiteral("*.source")}, QDir::Files).size(), 3);
    r = portpilot(args);
    QCOMPARE(r.exitCode, 2);
    r = portpilot(args + QStringList{QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestExportCommand)

// --install puts the account into the client's own file (found through HOME), --uninstall with
// the same arguments gives the file back byte for byte; wrong combinations are bad usage (2),
// a refusal (a link at the target, nothing to remove) is a failure (1) that changes nothing.
void TestExportCommand::installAndUninstall()
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    const QString rc = home + QStringLiteral("/.msmtprc");
    const QByteArray mine = "account work\nhost smtp.work.test\n"; // the person's own
    {
        QFile file(rc);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mine);
    }
    const QStringList base{Config, QStringLiteral("--to"), QStringLiteral("msmtp"), QStringLiteral("--address"),
                           QStringLiteral("anna@example.test")};
    const auto readRc = [&rc] {
        QFile file(rc);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };

    Run r = portpilot(base + QStringList{QStringLiteral("--install"), QStringLiteral("--output"), rc}, {}, env);
    QCOMPARE(r.exitCode, 2);
    r = portpilot(base + QStringList{QStringLiteral("--install"), QStringLiteral("--uninstall")}, {}, env);
    QCOMPARE(r.exitCode, 2);
    r = portpilot({Config, QStringLiteral("--to"), QStringLiteral("json"), QStringLiteral("--address"),
                   QStringLiteral("anna@example.test"), QStringLiteral("--install")},
                  {}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cannot be installed"), r.err.constData());
    QCOMPARE(readRc(), mine);

    r = portpilot(base + QStringList{QStringLiteral("--install")}, {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(".msmtprc.portpilot-backup"), r.out.constData());
    const QByteArray installed = readRc();
    QVERIFY(installed.startsWith(mine + "# >>> portpilot begin anna@example.test >>>\n"));
    QVERIFY(installed.contains("host imap.example.test") || installed.contains("host smtp.example.test"));
    QVERIFY(!installed.contains("password ")); // no --include-password: the keychain command
    QVERIFY(installed.contains("passwordeval"));

    r = portpilot(base + QStringList{QStringLiteral("--uninstall")}, {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readRc(), mine);
    r = portpilot(base + QStringList{QStringLiteral("--uninstall")}, {}, env);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(readRc(), mine);

    QVERIFY(QFile::rename(rc, home + QStringLiteral("/real-msmtprc")));
    QVERIFY(QFile::link(home + QStringLiteral("/real-msmtprc"), rc));
    r = portpilot(base + QStringList{QStringLiteral("--install")}, {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
    QCOMPARE(readRc(), mine);
}

// --to thunderbird --install into the profile --profile names (no profiles.ini at all), and back.
void TestExportCommand::installThunderbird()
{
    const QString home = m_dir.filePath(QStringLiteral("tbhome"));
    const QString profile = home + QStringLiteral("/some/profile");
    QVERIFY(QDir().mkpath(profile));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    const QString prefs = profile + QStringLiteral("/prefs.js");
    const QByteArray mine = "user_pref(\"mail.accountmanager.accounts\", \"account1\");\n"
                            "user_pref(\"mail.account.account1.server\", \"server1\");\n";
    {
        QFile file(prefs);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mine);
    }
    const auto readPrefs = [&prefs] {
        QFile file(prefs);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QStringList base{Config, QStringLiteral("--to"), QStringLiteral("thunderbird"), QStringLiteral("--address"),
                           QStringLiteral("anna@example.test")};

    Run r = portpilot(base + QStringList{QStringLiteral("--install")}, {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("profiles.ini"), r.err.constData());
    r = portpilot(base + QStringList{QStringLiteral("--profile"), profile}, {}, env);
    QCOMPARE(r.exitCode, 2); // --profile without --install
    r = portpilot({Config, QStringLiteral("--to"), QStringLiteral("msmtp"), QStringLiteral("--address"),
                   QStringLiteral("anna@example.test"), QStringLiteral("--install"), QStringLiteral("--profile"),
                   profile},
                  {}, env);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(readPrefs(), mine);

    r = portpilot(base + QStringList{QStringLiteral("--install"), QStringLiteral("--profile"), profile}, {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("account2"), r.out.constData());
    QVERIFY2(!r.err.contains("user.js"), r.err.constData()); // the note about a new profile is not for this
    QVERIFY(readPrefs().contains("\"mail.accountmanager.accounts\", \"account1,account2\""));
    QVERIFY(QFile::exists(profile + QStringLiteral("/portpilot-installed.json")));

    r = portpilot(base + QStringList{QStringLiteral("--uninstall"), QStringLiteral("--profile"), profile}, {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readPrefs(), mine);
    r = portpilot(base + QStringList{QStringLiteral("--uninstall"), QStringLiteral("--profile"), profile}, {}, env);
    QCOMPARE(r.exitCode, 1);
}

#include "TestExportCommand.moc"
