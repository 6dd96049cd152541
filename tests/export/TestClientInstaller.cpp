// `portpilot export --install/--uninstall` in the core (ClientInstaller, MarkedBlock,
// ClientConfigLocation): one row per terminal client, each with a file the person already has.
// HOME and XDG_CONFIG_HOME point into a temporary folder for each case.
#include "ClientConfigLocation.h"
#include "ClientInstaller.h"
#include "ExporterRegistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Portpilot;

class TestClientInstaller : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clients_data();
    void installKeepsContent_data() { clients_data(); }
    void installKeepsContent();
    void secondInstallReplacesOwnBlock_data() { clients_data(); }
    void secondInstallReplacesOwnBlock();
    void uninstallRestoresBytes_data() { clients_data(); }
    void uninstallRestoresBytes();
    void uninstallKeepsLaterEdits_data() { clients_data(); }
    void uninstallKeepsLaterEdits();
    void newFileRemovedAgain_data() { clients_data(); }
    void newFileRemovedAgain();
    void malformedMarkersRefused_data();
    void malformedMarkersRefused();
    void symlinkRefused_data() { clients_data(); }
    void symlinkRefused();
    void lookupOrder();
    void evolution();

private:
    static Account account(const QString& address, quint16 imapPort = 993);
    static Exporter::Result exported(const QString& format, const Account& account);
    static QByteArray read(const QString& path);
    static bool write(const QString& path, const QByteArray& data, mode_t mode = 0644);
    static mode_t modeOf(const QString& path);
    QString home() const { return m_home->path(); }

    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_GUILESS_MAIN(TestClientInstaller)

void TestClientInstaller::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", QFile::encodeName(home()));
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("FETCHMAILHOME");
    ::umask(022);
}

void TestClientInstaller::cleanup()
{
    m_home.reset();
}

Account TestClientInstaller::account(const QString& address, quint16 imapPort)
{
    Account a;
    a.emailAddress = address;
    a.realName = QStringLiteral("Anna Test");
    ServerSettings in;
    in.protocol = Protocol::Imap;
    in.hostname = QStringLiteral("imap.example.test");
    in.port = imapPort;
    in.socketType = SocketType::Ssl;
    in.username = address;
    ServerSettings out;
    out.protocol = Protocol::Smtp;
    out.hostname = QStringLiteral("smtp.example.test");
    out.port = imapPort == 993 ? 465 : 9465;
    out.socketType = SocketType::Ssl;
    out.username = address;
    a.incoming = {in};
    a.outgoing = {out};
    return a;
}

Exporter::Result TestClientInstaller::exported(const QString& format, const Account& account)
{
    return ExporterRegistry::instance().find(format)->exportAccount(account);
}

QByteArray TestClientInstaller::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

bool TestClientInstaller::write(const QString& path, const QByteArray& data, mode_t mode)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        return false;
    }
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

mode_t TestClientInstaller::modeOf(const QString& path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

void TestClientInstaller::clients_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");    // under HOME, where the client reads it
    QTest::addColumn<QByteArray>("mine"); // what the person had, without a last line break on purpose
    QTest::addColumn<int>("mode");        // the mode the client insists on, or 0 for "as it was"
    QTest::addColumn<QString>("newFile"); // where the file goes when the person has none
    QTest::addRow("neomutt") << QStringLiteral("mutt") << QStringLiteral(".config/neomutt/neomuttrc")
                             << QByteArray("set sort = threads\n# my colours\ncolor status white blue") << 0
                             << QStringLiteral(".config/neomutt/neomuttrc");
    QTest::addRow("aerc") << QStringLiteral("aerc") << QStringLiteral(".config/aerc/accounts.conf")
                          << QByteArray("[Work]\nsource = maildir://~/Mail/work\nfrom = Me <me@work.test>") << 0600
                          << QStringLiteral(".config/aerc/accounts.conf");
    QTest::addRow("msmtp") << QStringLiteral("msmtp") << QStringLiteral(".msmtprc")
                           << QByteArray("defaults\nauth on\n\naccount work\nhost smtp.work.test\nfrom me@work.test\n"
                                         "\naccount default : work")
                           << 0 << QStringLiteral(".config/msmtp/config");
    QTest::addRow("mbsync") << QStringLiteral("mbsync") << QStringLiteral(".mbsyncrc")
                            << QByteArray("IMAPAccount work\nHost imap.work.test\nUser me\n\nIMAPStore work-remote\n"
                                          "Account work")
                            << 0 << QStringLiteral(".mbsyncrc");
    QTest::addRow("fetchmail") << QStringLiteral("fetchmail") << QStringLiteral(".fetchmailrc")
                               << QByteArray("set daemon 300\npoll pop.work.test proto POP3 user me") << 0600
                               << QStringLiteral(".fetchmailrc");
}

void TestClientInstaller::installKeepsContent()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, mine);
    QFETCH(int, mode);
    const QString path = QDir(home()).filePath(file);
    QVERIFY(write(path, mine, 0640));
    QCOMPARE(ClientConfigLocation::path(format), path);

    const Exporter::Result result = exported(format, account(QStringLiteral("anna@example.test")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ClientInstaller::Outcome outcome =
        ClientInstaller::install(format, result, QStringLiteral("anna@example.test"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.status, ClientInstaller::Outcome::Status::Installed);
    QCOMPARE(outcome.path, path);

    const QByteArray now = read(path);
    QVERIFY2(now.startsWith(mine + '\n'), now.constData()); // the person's bytes first, untouched
    const QByteArray block = now.mid(mine.size() + 1);
    QVERIFY(block.startsWith("# >>> portpilot begin anna@example.test >>>\n"));
    QVERIFY(block.endsWith("# <<< portpilot end anna@example.test <<<\n"));
    QVERIFY(block.contains("imap.example.test") || block.contains("smtp.example.test"));
    // msmtp's "account default" would clash with the person's own.
    QCOMPARE(now.count("account default"), format == QLatin1String("msmtp") ? 1 : 0);
    QCOMPARE(read(path + ClientInstaller::backupSuffix()), mine);
    QCOMPARE(modeOf(path + ClientInstaller::backupSuffix()), mode_t(0600));
    QCOMPARE(modeOf(path), mode ? mode_t(mode) : mode_t(0640));
}

void TestClientInstaller::secondInstallReplacesOwnBlock()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, mine);
    const QString path = QDir(home()).filePath(file);
    QVERIFY(write(path, mine + '\n'));
    const QString anna = QStringLiteral("anna@example.test");
    const QString ben = QStringLiteral("ben@example.test");
    QVERIFY(ClientInstaller::install(format, exported(format, account(anna)), anna).ok());
    QVERIFY(ClientInstaller::install(format, exported(format, account(ben)), ben).ok());
    const QByteArray both = read(path);
    const qsizetype benAt = both.indexOf("# >>> portpilot begin ben@example.test");
    QVERIFY(benAt > 0);
    const QByteArray benBlock = both.mid(benAt);

    // The same again changes nothing, not even the backup.
    const QByteArray backup = read(path + ClientInstaller::backupSuffix());
    const ClientInstaller::Outcome same = ClientInstaller::install(format, exported(format, account(anna)), anna);
    QCOMPARE(same.status, ClientInstaller::Outcome::Status::Unchanged);
    QCOMPARE(read(path), both);
    QCOMPARE(read(path + ClientInstaller::backupSuffix()), backup);

    // Anna's server moves to another port: her block changes in place, Ben's and the person's stay.
    const ClientInstaller::Outcome updated =
        ClientInstaller::install(format, exported(format, account(anna, 9993)), anna);
    QVERIFY2(updated.ok(), qPrintable(updated.message));
    QCOMPARE(updated.status, ClientInstaller::Outcome::Status::Updated);
    const QByteArray now = read(path);
    QVERIFY(now.startsWith(mine + "\n# >>> portpilot begin anna@example.test"));
    QVERIFY(now.endsWith(benBlock));
    QVERIFY2(now.contains("9993") || now.contains("9465"), now.constData());
    QCOMPARE(now.count("portpilot begin anna@example.test"), 1);
    QCOMPARE(read(path + ClientInstaller::backupSuffix()), both);
}

void TestClientInstaller::uninstallRestoresBytes()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, mine);
    const QString path = QDir(home()).filePath(file);
    QVERIFY(write(path, mine, 0640)); // no last line break: the install adds one, the uninstall takes it back
    const QString anna = QStringLiteral("anna@example.test");
    const Exporter::Result result = exported(format, account(anna));
    QVERIFY(ClientInstaller::install(format, result, anna).ok());
    QVERIFY(read(path) != mine);
    const ClientInstaller::Outcome outcome = ClientInstaller::uninstall(format, result, anna);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.status, ClientInstaller::Outcome::Status::Restored);
    QCOMPARE(read(path), mine);
    QVERIFY(!QFile::exists(path + ClientInstaller::backupSuffix()));

    // Nothing left to remove: refused, nothing changed.
    const ClientInstaller::Outcome again = ClientInstaller::uninstall(format, result, anna);
    QCOMPARE(again.status, ClientInstaller::Outcome::Status::Refused);
    QCOMPARE(read(path), mine);
}

void TestClientInstaller::uninstallKeepsLaterEdits()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, mine);
    const QString path = QDir(home()).filePath(file);
    QVERIFY(write(path, mine + '\n'));
    const QString anna = QStringLiteral("anna@example.test");
    const Exporter::Result result = exported(format, account(anna));
    QVERIFY(ClientInstaller::install(format, result, anna).ok());
    // The person edits the file before and after the block.
    const QByteArray installed = read(path);
    const QByteArray edited = "# added before\n" + installed + "# added after\n";
    QVERIFY(write(path, edited));
    const ClientInstaller::Outcome outcome = ClientInstaller::uninstall(format, result, anna);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.status, ClientInstaller::Outcome::Status::Removed);
    QCOMPARE(read(path), "# added before\n" + mine + "\n# added after\n");
}

void TestClientInstaller::newFileRemovedAgain()
{
    QFETCH(QString, format);
    QFETCH(QString, newFile);
    QFETCH(int, mode);
    const QString path = QDir(home()).filePath(newFile);
    const QString anna = QStringLiteral("anna@example.test");
    const Exporter::Result result = exported(format, account(anna));
    const ClientInstaller::Outcome outcome = ClientInstaller::install(format, result, anna);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.path, path); // the client's own file when it has none yet
    QCOMPARE(modeOf(path), mode ? mode_t(mode) : mode_t(0644));
    QVERIFY(!QFile::exists(path + ClientInstaller::backupSuffix()));
    QVERIFY(ClientInstaller::uninstall(format, result, anna).ok());
    QVERIFY(!QFile::exists(path));
}

void TestClientInstaller::malformedMarkersRefused_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("text");
    const QByteArray begin = "# >>> portpilot begin anna@example.test >>>\n";
    const QByteArray end = "# <<< portpilot end anna@example.test <<<\n";
    const QByteArray otherBegin = "# >>> portpilot begin ben@example.test >>>\n";
    const QByteArray otherEnd = "# <<< portpilot end ben@example.test <<<\n";
    for (const char* format : {"mutt", "aerc", "msmtp", "mbsync", "fetchmail"}) {
        const QString f = QString::fromLatin1(format);
        QTest::addRow("%s begin only", format) << f << "set a\n" + begin + "x\n";
        QTest::addRow("%s end only", format) << f << "x\n" + end;
        QTest::addRow("%s twice", format) << f << begin + end + begin + end;
        QTest::addRow("%s end first", format) << f << end + "x\n" + begin;
        QTest::addRow("%s other block inside", format) << f << begin + otherBegin + otherEnd + end;
        QTest::addRow("%s damaged", format) << f << QByteArray("# >>> portpilot begin anna@example.test\nx\n") + end;
        // Whose block a damaged marker closed cannot be told: refused even when this block is whole.
        QTest::addRow("%s damaged other", format)
            << f << begin + "x\n" + end + "# >>> portpilot begin ben@example.test\nset y\n" + otherEnd;
        QTest::addRow("%s trailing text", format) << f << "# >>> portpilot begin anna@example.test >>> (mine)\n" + end;
    }
}

void TestClientInstaller::malformedMarkersRefused()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, text);
    const QString path = ClientConfigLocation::path(format);
    QVERIFY(write(path, text));
    const QString anna = QStringLiteral("anna@example.test");
    const Exporter::Result result = exported(format, account(anna));
    const ClientInstaller::Outcome install = ClientInstaller::install(format, result, anna);
    QCOMPARE(install.status, ClientInstaller::Outcome::Status::Refused);
    QVERIFY2(install.message.contains(QStringLiteral("Nothing was changed")), qPrintable(install.message));
    const ClientInstaller::Outcome uninstall = ClientInstaller::uninstall(format, result, anna);
    QCOMPARE(uninstall.status, ClientInstaller::Outcome::Status::Refused);
    QCOMPARE(read(path), text);
    QVERIFY(!QFile::exists(path + ClientInstaller::backupSuffix()));
}

void TestClientInstaller::symlinkRefused()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, mine);
    const QString path = QDir(home()).filePath(file);
    const QString elsewhere = QDir(home()).filePath(QStringLiteral("dotfiles/config"));
    QVERIFY(write(elsewhere, mine));
    QDir().mkpath(QFileInfo(path).path());
    QVERIFY(QFile::link(elsewhere, path));
    QCOMPARE(ClientConfigLocation::path(format), path);
    const QString anna = QStringLiteral("anna@example.test");
    const Exporter::Result result = exported(format, account(anna));
    const ClientInstaller::Outcome outcome = ClientInstaller::install(format, result, anna);
    QCOMPARE(outcome.status, ClientInstaller::Outcome::Status::Refused);
    QVERIFY2(outcome.message.contains(QStringLiteral("symbolic link")), qPrintable(outcome.message));
    QCOMPARE(read(elsewhere), mine);
    QCOMPARE(QFileInfo(path).symLinkTarget(), elsewhere);
    QCOMPARE(ClientInstaller::uninstall(format, result, anna).status, ClientInstaller::Outcome::Status::Refused);
    QCOMPARE(read(elsewhere), mine);
}

void TestClientInstaller::lookupOrder()
{
    const QDir h(home());
    // Nothing yet: neomutt's and msmtp's XDG file, the others' only file.
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("mutt")),
             h.filePath(QStringLiteral(".config/neomutt/neomuttrc")));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("msmtp")), h.filePath(QStringLiteral(".config/msmtp/config")));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("mbsync")), h.filePath(QStringLiteral(".mbsyncrc")));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("fetchmail")), h.filePath(QStringLiteral(".fetchmailrc")));
    // The file the person has, in the client's order.
    QVERIFY(write(h.filePath(QStringLiteral(".muttrc")), "set a\n"));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("mutt")), h.filePath(QStringLiteral(".muttrc")));
    QVERIFY(write(h.filePath(QStringLiteral(".neomuttrc")), "set a\n"));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("mutt")), h.filePath(QStringLiteral(".neomuttrc")));
    QVERIFY(write(h.filePath(QStringLiteral(".mutt/muttrc")), "set a\n"));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("mutt")), h.filePath(QStringLiteral(".mutt/muttrc")));
    QVERIFY(write(h.filePath(QStringLiteral(".config/msmtp/config")), "x\n"));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("msmtp")), h.filePath(QStringLiteral(".config/msmtp/config")));
    QVERIFY(write(h.filePath(QStringLiteral(".msmtprc")), "x\n"));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("msmtp")), h.filePath(QStringLiteral(".msmtprc")));
    // $XDG_CONFIG_HOME and $FETCHMAILHOME.
    const QString xdg = h.filePath(QStringLiteral("xdg"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(xdg));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("aerc")), xdg + QStringLiteral("/aerc/accounts.conf"));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("evolution")), xdg + QStringLiteral("/evolution/sources"));
    QVERIFY(write(xdg + QStringLiteral("/neomutt/muttrc"), "set a\n"));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("mutt")), xdg + QStringLiteral("/neomutt/muttrc"));
    qputenv("FETCHMAILHOME", QFile::encodeName(h.filePath(QStringLiteral("fm"))));
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("fetchmail")), h.filePath(QStringLiteral("fm/fetchmailrc")));
    QVERIFY(ClientConfigLocation::path(QStringLiteral("json")).isEmpty());
    QCOMPARE(ClientInstaller::install(QStringLiteral("json"), {}, QStringLiteral("a@b.test")).status,
             ClientInstaller::Outcome::Status::Refused);
}

void TestClientInstaller::evolution()
{
    const QString xdg = QDir(home()).filePath(QStringLiteral("xdg"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(xdg));
    const QString sources = xdg + QStringLiteral("/evolution/sources");
    QVERIFY(write(sources + QStringLiteral("/system-address-book.source"), "[Data Source]\nDisplayName=Personal\n"));
    const QString anna = QStringLiteral("anna@example.test");
    const QString format = QStringLiteral("evolution");
    const Exporter::Result result = exported(format, account(anna));
    QCOMPARE(result.files.size(), 3);

    ClientInstaller::Outcome outcome = ClientInstaller::install(format, result, anna);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.path, sources);
    for (const Exporter::File& file : result.files) {
        QCOMPARE(read(sources + u'/' + file.name), file.data);
    }
    QCOMPARE(ClientInstaller::install(format, result, anna).status, ClientInstaller::Outcome::Status::Unchanged);

    // Keys the registry adds when it loads a file (ProxyUid, ...) leave it Portpilot's.
    const QString account = sources + u'/' + result.files.first().name;
    QVERIFY(write(account, result.files.first().data + "ProxyUid=system-proxy\nIsExternal=false\n"));
    QCOMPARE(ClientInstaller::install(format, result, anna).status, ClientInstaller::Outcome::Status::Unchanged);

    // A value Evolution (or the person) changed: neither replaced nor removed.
    QByteArray renamed = result.files.first().data;
    QVERIFY(renamed.contains("DisplayName="));
    renamed.replace("DisplayName=", "DisplayName=Renamed ");
    QVERIFY(write(account, renamed));
    QCOMPARE(ClientInstaller::install(format, result, anna).status, ClientInstaller::Outcome::Status::Refused);
    outcome = ClientInstaller::uninstall(format, result, anna);
    QCOMPARE(outcome.status, ClientInstaller::Outcome::Status::Refused);
    QVERIFY2(outcome.message.contains(QStringLiteral("changed")), qPrintable(outcome.message));
    for (const Exporter::File& file : result.files) {
        QVERIFY(QFile::exists(sources + u'/' + file.name));
    }

    QVERIFY(write(account, result.files.first().data));
    outcome = ClientInstaller::uninstall(format, result, anna);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(QDir(sources).entryList(QDir::Files), QStringList{QStringLiteral("system-address-book.source")});

    // A link in place of a file is refused.
    QVERIFY(QFile::link(QDir(home()).filePath(QStringLiteral("elsewhere")), sources + u'/' + result.files.at(1).name));
    QCOMPARE(ClientInstaller::install(format, result, anna).status, ClientInstaller::Outcome::Status::Refused);
    QVERIFY(!QFile::exists(account));
}

#include "TestClientInstaller.moc"
