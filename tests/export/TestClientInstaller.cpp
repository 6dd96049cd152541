// `portpilot export --install/--uninstall` in the core (ClientInstaller, MarkedBlock,
// ClientConfigLocation): one row per terminal client, each with a file the person already has.
// HOME and XDG_CONFIG_HOME point into a temporary folder for each case.
#include "ClientConfigLocation.h"
#include "ClientInstaller.h"
#include "ExporterRegistry.h"
#include "PrefsJs.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
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
    void thunderbirdMerge_data();
    void thunderbirdMerge();
    void thunderbirdUpdate();
    void thunderbirdAfterRewrite_data();
    void thunderbirdAfterRewrite();
    void thunderbirdGuards_data();
    void thunderbirdGuards();
    void thunderbirdProfiles_data();
    void thunderbirdProfiles();

private:
    static Account account(const QString& address, quint16 imapPort = 993);
    static Exporter::Result exported(const QString& format, const Account& account);
    static QByteArray read(const QString& path);
    static bool write(const QString& path, const QByteArray& data, mode_t mode = 0644);
    static mode_t modeOf(const QString& path);
    QString home() const { return m_home->path(); }
    // ~/.thunderbird/profiles.ini naming ~/.thunderbird/p1 (relative) as the default; its folder.
    QString thunderbirdProfile(const QByteArray& prefs) const;

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

namespace {

using Status = ClientInstaller::Outcome::Status;

// Two IMAP accounts (and Local Folders) as Thunderbird 153 writes them: sorted, its header first.
const QByteArray TwoAccounts = R"(// Mozilla User Preferences

// DO NOT EDIT THIS FILE.
//
// If you make changes to this file while the application is running,
// the changes will be overwritten when the application exits.

user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.account.account3.identities", "id2");
user_pref("mail.account.account3.server", "server3");
user_pref("mail.account.lastKey", 3);
user_pref("mail.accountmanager.accounts", "account3,account1,account2");
user_pref("mail.accountmanager.defaultaccount", "account3");
user_pref("mail.accountmanager.localfoldersserver", "server2");
user_pref("mail.identity.id1.fullName", "One");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id1.useremail", "one@one.test");
user_pref("mail.identity.id2.fullName", "Thr\u00e9e");
user_pref("mail.identity.id2.useremail", "three@three.test");
user_pref("mail.server.server1.hostname", "imap.one.test");
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server2.hostname", "Local Folders");
user_pref("mail.server.server2.type", "none");
user_pref("mail.server.server3.hostname", "imap.three.test");
user_pref("mail.server.server3.type", "imap");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.one.test");
user_pref("mail.smtpservers", "smtp1");
)";

} // namespace

QString TestClientInstaller::thunderbirdProfile(const QByteArray& prefs) const
{
    const QString root = QDir(home()).filePath(QStringLiteral(".thunderbird"));
    if (!write(root + QStringLiteral("/profiles.ini"),
               "[Profile0]\nName=default-esr\nIsRelative=1\nPath=p1\nDefault=1\n\n[General]\nVersion=2\n")) {
        return {};
    }
    const QString profile = root + QStringLiteral("/p1");
    QDir().mkpath(profile);
    if (!prefs.isNull() && !write(profile + QStringLiteral("/prefs.js"), prefs, 0600)) {
        return {};
    }
    return profile;
}

void TestClientInstaller::thunderbirdMerge_data()
{
    QTest::addColumn<QByteArray>("prefs"); // the profile's prefs.js; null: none yet
    QTest::addColumn<QString>("name");     // the display name
    QTest::addColumn<QString>("accounts"); // mail.accountmanager.accounts afterwards
    QTest::addColumn<QString>("smtp");     // mail.smtpservers afterwards
    QTest::addColumn<QString>("server");   // the new server's key
    QTest::addColumn<QString>("identity");
    // mail.account.lastKey afterwards (-1: none): Thunderbird names its next account lastKey + 1
    // without looking whether it is taken, so it must be past the added one.
    QTest::addColumn<int>("lastKey");
    QTest::addRow("two accounts kept in their order")
        << TwoAccounts << QStringLiteral("Anna Test") << QStringLiteral("account3,account1,account2,account4")
        << QStringLiteral("smtp1,smtp2") << QStringLiteral("server4") << QStringLiteral("id3") << 4;
    QByteArray gaps = TwoAccounts;
    gaps.replace("account1", "account5").replace("server1", "server6").replace("id1", "id4").replace("smtp1", "smtp3");
    QTest::addRow("numbers past gaps, none reused")
        << gaps << QStringLiteral("Anna Test") << QStringLiteral("account3,account5,account2,account1")
        << QStringLiteral("smtp3,smtp1") << QStringLiteral("server1") << QStringLiteral("id1") << 3;
    QTest::addRow("escaping: quotes, backslash, non-ASCII")
        << TwoAccounts << QStringLiteral("Zoë \"Q\" \\ O'Brien 𝄞 /* ' */")
        << QStringLiteral("account3,account1,account2,account4") << QStringLiteral("smtp1,smtp2")
        << QStringLiteral("server4") << QStringLiteral("id3") << 4;
    QTest::addRow("no prefs.js yet") << QByteArray() << QStringLiteral("Anna Test") << QStringLiteral("account1")
                                     << QStringLiteral("smtp1") << QStringLiteral("server1") << QStringLiteral("id1")
                                     << -1;
}

// Install, the same install again, uninstall: the profile's accounts stay, prefs.js comes back
// byte for byte.
void TestClientInstaller::thunderbirdMerge()
{
    QFETCH(QByteArray, prefs);
    QFETCH(QString, name);
    QFETCH(QString, accounts);
    QFETCH(QString, smtp);
    QFETCH(QString, server);
    QFETCH(QString, identity);
    QFETCH(int, lastKey);
    const QString profile = thunderbirdProfile(prefs);
    QVERIFY(!profile.isEmpty());
    const QString path = profile + QStringLiteral("/prefs.js");
    QCOMPARE(ClientConfigLocation::path(QStringLiteral("thunderbird")), path);
    const QString anna = QStringLiteral("anna@example.test");
    Account a = account(anna);
    a.realName = name;
    const Exporter::Result result = ExporterRegistry::instance()
                                        .find(QStringLiteral("thunderbird"))
                                        ->exportAccount(a, {true, QStringLiteral("secret"), QStringLiteral("secret")});
    QVERIFY2(result.ok(), qPrintable(result.error));

    const ClientInstaller::Outcome outcome = ClientInstaller::install(QStringLiteral("thunderbird"), result, anna);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.status, Status::Installed);
    QCOMPARE(outcome.path, path);
    const QByteArray installed = read(path);
    QVERIFY(!installed.contains("secret"));
    const QHash<QString, QVariant> now = PrefsJs::parse(installed);
    QCOMPARE(now.value(QStringLiteral("mail.accountmanager.accounts")).toString(), accounts);
    QCOMPARE(now.value(QStringLiteral("mail.smtpservers")).toString(), smtp);
    const QString added = accounts.section(u',', -1);
    QCOMPARE(now.value(QStringLiteral("mail.account.%1.server").arg(added)).toString(), server);
    QCOMPARE(now.value(QStringLiteral("mail.account.%1.identities").arg(added)).toString(), identity);
    QCOMPARE(now.value(QStringLiteral("mail.server.%1.hostname").arg(server)).toString(),
             QStringLiteral("imap.example.test"));
    QCOMPARE(now.value(QStringLiteral("mail.identity.%1.fullName").arg(identity)).toString(), name);
    QCOMPARE(now.value(QStringLiteral("mail.identity.%1.smtpServer").arg(identity)).toString(), smtp.section(u',', -1));
    const QVariant last = now.value(QStringLiteral("mail.account.lastKey"));
    QCOMPARE(last.isValid() ? last.toInt() : -1, lastKey);
    QVERIFY(!installed.contains("_pp"));
    QVERIFY(installed.count('\n') ==
            (prefs.isNull() ? 0 : prefs.count('\n')) + now.size() - PrefsJs::parse(prefs).size());
    for (const auto& [key, value] : PrefsJs::parse(prefs).asKeyValueRange()) {
        if (!key.startsWith(QLatin1String("mail.accountmanager.accounts")) &&
            key != QLatin1String("mail.smtpservers") && key != QLatin1String("mail.account.lastKey")) {
            QCOMPARE(now.value(key), value); // every other pref as it was (the default account too)
        }
    }
    // Line breaks never reach a display name (Exporter refuses them), but a pref line keeps them too.
    const QString broken = name + QStringLiteral("\nuser_pref(\"x\", 1);\r\t\x01");
    QCOMPARE(PrefsJs::parse(PrefsJs::line(QStringLiteral("k"), broken)).value(QStringLiteral("k")).toString(), broken);
    QCOMPARE(PrefsJs::line(QStringLiteral("k"), broken).count('\n'), 0);
    // Plain ASCII, one pref a line: Thunderbird reads \\uXXXX, a raw line break would end the line.
    for (const char c : installed) {
        QVERIFY(uchar(c) < 0x80);
    }
    if (!prefs.isNull()) {
        // Every line of the profile's kept byte for byte and in its place, but the two lists.
        const QList<QByteArray> before = prefs.split('\n');
        const QList<QByteArray> after = installed.split('\n');
        for (qsizetype i = 0; i < before.size() - 1; ++i) {
            if (!before.at(i).contains("mail.accountmanager.accounts") && !before.at(i).contains("mail.smtpservers") &&
                !before.at(i).contains("mail.account.lastKey")) {
                QCOMPARE(after.at(i), before.at(i));
            }
        }
        QCOMPARE(read(path + ClientInstaller::backupSuffix()), prefs);
    }
    const QString record = profile + u'/' + ClientInstaller::thunderbirdRecord();
    QCOMPARE(modeOf(record), mode_t(0600));

    QCOMPARE(ClientInstaller::install(QStringLiteral("thunderbird"), result, anna).status, Status::Unchanged);
    QCOMPARE(read(path), installed);

    const ClientInstaller::Outcome undone = ClientInstaller::uninstall(QStringLiteral("thunderbird"), result, anna);
    QVERIFY2(undone.ok(), qPrintable(undone.message));
    QCOMPARE(undone.status, Status::Restored);
    QCOMPARE(read(path), prefs.isNull() ? QByteArray("<missing>") : prefs);
    QVERIFY(!QFile::exists(path + ClientInstaller::backupSuffix()));
    QVERIFY(!QFile::exists(record));
    QCOMPARE(ClientInstaller::uninstall(QStringLiteral("thunderbird"), result, anna).status, Status::Refused);
}

// A second install with other settings replaces the account's prefs under the same numbers; the
// uninstall still gives back the file before the first install.
void TestClientInstaller::thunderbirdUpdate()
{
    const QString profile = thunderbirdProfile(TwoAccounts);
    const QString path = profile + QStringLiteral("/prefs.js");
    const QString anna = QStringLiteral("anna@example.test");
    const QString format = QStringLiteral("thunderbird");
    QCOMPARE(ClientInstaller::install(format, exported(format, account(anna)), anna).status, Status::Installed);
    const ClientInstaller::Outcome updated =
        ClientInstaller::install(format, exported(format, account(anna, 9993)), anna);
    QCOMPARE(updated.status, Status::Updated);
    const QHash<QString, QVariant> now = PrefsJs::parse(read(path));
    QCOMPARE(now.value(QStringLiteral("mail.server.server4.port")).toLongLong(), 9993);
    QCOMPARE(now.value(QStringLiteral("mail.smtpserver.smtp2.port")).toLongLong(), 9465);
    QCOMPARE(now.value(QStringLiteral("mail.accountmanager.accounts")).toString(),
             QStringLiteral("account3,account1,account2,account4"));
    QCOMPARE(read(path).count("mail.server.server4.port"), 1);
    QCOMPARE(ClientInstaller::uninstall(format, {}, anna).status, Status::Restored);
    QCOMPARE(read(path), TwoAccounts);
}

void TestClientInstaller::thunderbirdAfterRewrite_data()
{
    QTest::addColumn<int>("rewrite");
    QTest::addRow("lines sorted again") << 0;
    QTest::addRow("a pref of its own added") << 1;
    QTest::addRow("prefs added under the account's numbers") << 2;
    QTest::addRow("another account added after") << 3;
}

// Thunderbird rewrote prefs.js after the install: only the account's prefs and list entries go.
void TestClientInstaller::thunderbirdAfterRewrite()
{
    QFETCH(int, rewrite);
    const QString profile = thunderbirdProfile(TwoAccounts);
    const QString path = profile + QStringLiteral("/prefs.js");
    const QString anna = QStringLiteral("anna@example.test");
    const QString format = QStringLiteral("thunderbird");
    QVERIFY(ClientInstaller::install(format, exported(format, account(anna)), anna).ok());
    QList<QByteArray> lines = read(path).split('\n');
    std::sort(lines.begin(), lines.end());
    QByteArray rewritten = lines.join('\n') + '\n';
    QHash<QString, QVariant> expected = PrefsJs::parse(TwoAccounts);
    // The counter of account keys stays past the removed account: lowering it again could hand a key
    // of an account made since to the next one.
    expected.insert(QStringLiteral("mail.account.lastKey"), qint64(4));
    if (rewrite == 1) {
        rewritten += "user_pref(\"mail.ui.folderpane.view\", 1);\n";
        expected.insert(QStringLiteral("mail.ui.folderpane.view"), qint64(1));
    } else if (rewrite == 2) {
        rewritten += "user_pref(\"mail.server.server4.directory-rel\", \"[ProfD]ImapMail/imap.example.test\");\n"
                     "user_pref(\"mail.identity.id3.draft_folder\", \"imap://x/Drafts\");\n";
    } else if (rewrite == 3) {
        rewritten.replace("account4\"", "account4,account5\"");
        rewritten += "user_pref(\"mail.account.account5.server\", \"server5\");\n";
        expected.insert(QStringLiteral("mail.account.account5.server"), QStringLiteral("server5"));
        expected.insert(QStringLiteral("mail.accountmanager.accounts"),
                        QStringLiteral("account3,account1,account2,account5"));
    }
    QVERIFY(write(path, rewritten, 0600));
    const ClientInstaller::Outcome outcome = ClientInstaller::uninstall(format, {}, anna);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.status, Status::Removed);
    QCOMPARE(PrefsJs::parse(read(path)), expected);
    QVERIFY(!QFile::exists(profile + u'/' + ClientInstaller::thunderbirdRecord()));
}

void TestClientInstaller::thunderbirdGuards_data()
{
    QTest::addColumn<int>("setup");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says"); // a part of the message
    QTest::addRow("lock held by a live process") << 0 << int(Status::Refused) << QStringLiteral("running");
    QTest::addRow("stale lock of a dead process") << 1 << int(Status::Installed) << QStringLiteral("Added");
    QTest::addRow(".parentlock locked by another process") << 2 << int(Status::Refused) << QStringLiteral("running");
    QTest::addRow(".parentlock not locked") << 3 << int(Status::Installed) << QStringLiteral("Added");
    QTest::addRow("prefs.js a symbolic link") << 4 << int(Status::Refused) << QStringLiteral("symbolic link");
    QTest::addRow("no profiles.ini") << 5 << int(Status::Refused) << QStringLiteral("profiles.ini");
    QTest::addRow("record a symbolic link") << 6 << int(Status::Refused) << QStringLiteral("symbolic link");
}

void TestClientInstaller::thunderbirdGuards()
{
    QFETCH(int, setup);
    QFETCH(int, status);
    QFETCH(QString, says);
    const QString profile = thunderbirdProfile(TwoAccounts);
    const QString path = profile + QStringLiteral("/prefs.js");
    const QString elsewhere = QDir(home()).filePath(QStringLiteral("elsewhere"));
    QProcess holder; // holds .parentlock with an fcntl lock: a lock of this process would not show
    if (setup == 0) {
        QVERIFY(QFile::link(QStringLiteral("127.0.1.1:+%1").arg(::getpid()), profile + QStringLiteral("/lock")));
    } else if (setup == 1) {
        const pid_t child = ::fork();
        if (child == 0) {
            ::_exit(0);
        }
        QVERIFY(child > 0 && ::waitpid(child, nullptr, 0) == child);
        QVERIFY(QFile::link(QStringLiteral("127.0.1.1:+%1").arg(child), profile + QStringLiteral("/lock")));
    } else if (setup == 2 || setup == 3) {
        QVERIFY(write(profile + QStringLiteral("/.parentlock"), {}));
        if (setup == 2) {
            holder.start(QStringLiteral("python3"),
                         {QStringLiteral("-c"),
                          QStringLiteral("import fcntl, sys, time; f = open(sys.argv[1], 'r+'); fcntl.lockf(f, "
                                         "fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)"),
                          profile + QStringLiteral("/.parentlock")});
            QByteArray said;
            while (!said.contains('\n') && holder.waitForReadyRead(10000)) {
                said += holder.readAll();
            }
            QCOMPARE(said, QByteArray("locked\n"));
        }
    } else if (setup == 4) {
        QVERIFY(write(elsewhere, TwoAccounts));
        QVERIFY(QFile::remove(path) && QFile::link(elsewhere, path));
    } else if (setup == 5) {
        QVERIFY(QFile::remove(QDir(home()).filePath(QStringLiteral(".thunderbird/profiles.ini"))));
    } else if (setup == 6) {
        QVERIFY(QFile::link(elsewhere, profile + u'/' + ClientInstaller::thunderbirdRecord()));
    }
    const QString anna = QStringLiteral("anna@example.test");
    const QString format = QStringLiteral("thunderbird");
    const ClientInstaller::Outcome outcome = ClientInstaller::install(format, exported(format, account(anna)), anna);
    if (holder.state() != QProcess::NotRunning) {
        holder.kill();
        holder.waitForFinished();
    }
    QCOMPARE(int(outcome.status), status);
    QVERIFY2(outcome.message.contains(says), qPrintable(outcome.message));
    if (outcome.status == Status::Refused) {
        QCOMPARE(read(setup == 4 ? elsewhere : path), TwoAccounts);
        QVERIFY(!QFile::exists(path + ClientInstaller::backupSuffix()));
        QVERIFY(!QFile::exists(elsewhere) || setup == 4);
    }
}

void TestClientInstaller::thunderbirdProfiles_data()
{
    QTest::addColumn<QByteArray>("ini");  // %HOME% stands for the home folder
    QTest::addColumn<QString>("option");  // --profile, under HOME
    QTest::addColumn<QString>("profile"); // the profile chosen, under HOME; empty: refused
    QTest::addRow("relative path") << QByteArray("[Profile0]\nName=a\nIsRelative=1\nPath=abc.default\n") << QString()
                                   << QStringLiteral(".thunderbird/abc.default");
    QTest::addRow("absolute path") << QByteArray("[Profile0]\nName=a\nIsRelative=0\nPath=%HOME%/elsewhere/p\n")
                                   << QString() << QStringLiteral("elsewhere/p");
    QTest::addRow("Default=1 among two")
        << QByteArray(
               "[Profile1]\nName=b\nIsRelative=1\nPath=b\n\n[Profile0]\nName=a\nIsRelative=1\nPath=a\nDefault=1\n")
        << QString() << QStringLiteral(".thunderbird/a");
    QTest::addRow("the Install section before Default=1")
        << QByteArray("[Install4F96D1932A9F858E]\nDefault=b\nLocked=1\n\n[Profile1]\nName=b\nIsRelative=1\nPath=b\n\n"
                      "[Profile0]\nName=a\nIsRelative=1\nPath=a\nDefault=1\n")
        << QString() << QStringLiteral(".thunderbird/b");
    QTest::addRow("two, none the default")
        << QByteArray("[Profile1]\nName=b\nIsRelative=1\nPath=b\n\n[Profile0]\nName=a\nIsRelative=1\nPath=a\n")
        << QString() << QString();
    QTest::addRow("--profile") << QByteArray("[Profile0]\nName=a\nIsRelative=1\nPath=a\nDefault=1\n")
                               << QStringLiteral("mine") << QStringLiteral("mine");
    QTest::addRow("--profile missing") << QByteArray("[Profile0]\nName=a\nIsRelative=1\nPath=a\nDefault=1\n")
                                       << QStringLiteral("nothing") << QString();
}

void TestClientInstaller::thunderbirdProfiles()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, option);
    QFETCH(QString, profile);
    const QDir h(home());
    QVERIFY(write(h.filePath(QStringLiteral(".thunderbird/profiles.ini")),
                  ini.replace("%HOME%", QFile::encodeName(home()))));
    for (const char* folder : {".thunderbird/a", ".thunderbird/b", ".thunderbird/abc.default", "elsewhere/p", "mine"}) {
        QVERIFY(h.mkpath(QString::fromLatin1(folder)));
    }
    QString error;
    const std::optional<QString> found =
        ClientConfigLocation::thunderbirdProfile(option.isEmpty() ? QString() : h.filePath(option), &error);
    if (profile.isEmpty()) {
        QVERIFY(!found);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(*found, h.filePath(profile));
    // The install goes there.
    const QString anna = QStringLiteral("anna@example.test");
    const QString format = QStringLiteral("thunderbird");
    const ClientInstaller::Outcome outcome = ClientInstaller::install(
        format, exported(format, account(anna)), anna, option.isEmpty() ? QString() : h.filePath(option));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.path, h.filePath(profile + QStringLiteral("/prefs.js")));
}

#include "TestClientInstaller.moc"
