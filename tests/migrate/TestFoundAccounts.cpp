// The accounts other programs have set up, read from their files built here: Thunderbird's
// profiles.ini and prefs.js (package, Flatpak, Snap), Evolution's .source files (as Portpilot's
// own Evolution export writes them).
#include "EvolutionAccounts.h"
#include "ExporterRegistry.h"
#include "PrefsJs.h"
#include "ThunderbirdProfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Portpilot;
using namespace Qt::StringLiterals;

class TestFoundAccounts : public QObject
{
    Q_OBJECT

private slots:
    void prefsValues_data();
    void prefsValues();
    void profileRoots_data();
    void profileRoots();
    void thunderbirdAccounts();
    void evolutionRoundTrip_data();
    void evolutionRoundTrip();
};

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

const QByteArray Prefs = R"x(// Mozilla User Preferences
user_pref("mail.accountmanager.accounts", "account1,account2,account3, account4");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.account.account3.server", "server3");
user_pref("mail.account.account3.identities", "id2");
user_pref("mail.account.account4.server", "server4");
user_pref("mail.identity.id1.useremail", "anna@example.test");
user_pref("mail.identity.id1.fullName", "Anna \"Þ\" J\u00F3ns");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id2.useremail", "bob@example.test");
user_pref("mail.server.server1.type", "pop3");
user_pref("mail.server.server1.hostname", "pop.example.test");
user_pref("mail.server.server1.port", 995);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.authMethod", 4);
user_pref("mail.server.server1.userName", "anna");
user_pref("mail.server.server1.directory-rel", "[ProfD]Mail/pop.example.test");
user_pref("mail.server.server1.deferred_to_account", "account2");
user_pref("mail.server.server2.type", "none");
user_pref("mail.server.server2.name", "Local Folders");
user_pref("mail.server.server2.directory-rel", "[ProfD]Mail/Local Folders");
user_pref("mail.server.server3.type", "imap");
user_pref("mail.server.server3.hostname", "imap.example.test");
user_pref("mail.server.server3.socketType", 2);
user_pref("mail.server.server3.authMethod", 10);
user_pref("mail.server.server4.type", "rss");
user_pref("mail.smtp.defaultserver", "smtp2");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.test");
user_pref("mail.smtpserver.smtp1.try_ssl", 2);
user_pref("mail.smtpserver.smtp2.hostname", "default-smtp.example.test");
)x";

} // namespace

void TestFoundAccounts::prefsValues_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QVariant>("value"); // invalid: the line is not read
    QTest::addRow("string") << QByteArray(R"x(user_pref("k", "v");)x") << QVariant(u"v"_s);
    QTest::addRow("escapes") << QByteArray(R"x(user_pref("k", "a\"b\\c\u00FEd");)x") << QVariant(u"a\"b\\cþd"_s);
    QTest::addRow("utf-8") << QByteArray(R"x(user_pref("k", "Þjónusta");)x") << QVariant(u"Þjónusta"_s);
    QTest::addRow("number") << QByteArray(R"x(user_pref("k", 993);)x") << QVariant(qint64(993));
    QTest::addRow("negative") << QByteArray(R"x(user_pref("k", -1);)x") << QVariant(qint64(-1));
    QTest::addRow("bool") << QByteArray(R"x(user_pref("k", true);)x") << QVariant(true);
    QTest::addRow("default pref") << QByteArray(R"x(pref("k", false);)x") << QVariant(false);
    QTest::addRow("spaces") << QByteArray(R"x(  user_pref( "k" ,  "v" ) ;)x") << QVariant(u"v"_s);
    QTest::addRow("comment") << QByteArray(R"x(// user_pref("k", "v");)x") << QVariant();
    QTest::addRow("unterminated") << QByteArray(R"x(user_pref("k", "v);)x") << QVariant();
    QTest::addRow("not a value") << QByteArray(R"x(user_pref("k", v);)x") << QVariant();
    QTest::addRow("bad unicode escape") << QByteArray(R"x(user_pref("k", "\u00");)x") << QVariant();
}

void TestFoundAccounts::prefsValues()
{
    QFETCH(QByteArray, line);
    QFETCH(QVariant, value);
    const QHash<QString, QVariant> prefs = PrefsJs::parse(line);
    QCOMPARE(prefs.value(u"k"_s), value);
}

void TestFoundAccounts::profileRoots_data()
{
    QTest::addColumn<QString>("root");
    QTest::addRow("package") << u".thunderbird"_s;
    QTest::addRow("flatpak") << u".var/app/org.mozilla.Thunderbird/.thunderbird"_s;
    QTest::addRow("snap") << u"snap/thunderbird/common/.thunderbird"_s;
}

void TestFoundAccounts::profileRoots()
{
    QFETCH(QString, root);
    QTemporaryDir home;
    const QString base = home.filePath(root);
    writeFile(base + u"/profiles.ini"_s, "[Install4F96D1932A9F858E]\nDefault=x.default-release\n\n"
                                         "[Profile1]\nName=other\nIsRelative=1\nPath=y.other\n\n"
                                         "[Profile0]\nName=default-release\nIsRelative=1\nPath=x.default-release\n\n"
                                         "[Profile2]\nName=gone\nIsRelative=1\nPath=z.gone\n");
    writeFile(base + u"/x.default-release/prefs.js"_s, Prefs);
    writeFile(base + u"/y.other/prefs.js"_s, "");
    const QStringList profiles = ThunderbirdProfiles::profileDirectories(home.path());
    // Profiles without a prefs.js (z.gone does not exist) are not profiles.
    QCOMPARE(profiles, (QStringList{base + u"/x.default-release"_s, base + u"/y.other"_s}));
}

void TestFoundAccounts::thunderbirdAccounts()
{
    QTemporaryDir profile;
    writeFile(profile.filePath(u"prefs.js"_s), Prefs);
    const QList<FoundAccount> accounts = ThunderbirdProfiles::accounts(profile.path());
    QCOMPARE(accounts.size(), 3); // the feed account is not mail

    const FoundAccount& pop = accounts.at(0);
    QCOMPARE(pop.program, u"Thunderbird"_s);
    QCOMPARE(pop.account.emailAddress, u"anna@example.test"_s);
    QCOMPARE(pop.account.realName, u"Anna \"Þ\" Jóns"_s);
    QCOMPARE(pop.account.incoming.size(), 1);
    const ServerSettings& in = pop.account.incoming.first();
    QCOMPARE(in.protocol, Protocol::Pop3);
    QCOMPARE(in.hostname, u"pop.example.test"_s);
    QCOMPARE(in.port, quint16(995));
    QCOMPARE(in.socketType, SocketType::Ssl);
    QCOMPARE(in.preferredAuth(), AuthMethod::PasswordEncrypted);
    QCOMPARE(in.username, u"anna"_s);
    QCOMPARE(pop.account.outgoing.size(), 1);
    QCOMPARE(pop.account.outgoing.first().hostname, u"smtp.example.test"_s);
    QCOMPARE(pop.account.outgoing.first().socketType, SocketType::StartTls);
    QCOMPARE(pop.account.outgoing.first().port, quint16(587));
    // Delivered into Local Folders ("Global Inbox"): the mail is there, not in its own folder.
    QCOMPARE(pop.mailDirectories, QStringList{profile.filePath(u"Mail/Local Folders"_s)});

    const FoundAccount& local = accounts.at(1);
    QCOMPARE(local.name, u"Local Folders"_s);
    QVERIFY(local.account.incoming.isEmpty());
    QCOMPARE(local.mailDirectories, QStringList{profile.filePath(u"Mail/Local Folders"_s)});

    const FoundAccount& imap = accounts.at(2);
    QCOMPARE(imap.account.emailAddress, u"bob@example.test"_s);
    QCOMPARE(imap.account.incoming.first().port, quint16(143));
    QCOMPARE(imap.account.incoming.first().preferredAuth(), AuthMethod::OAuth2);
    QCOMPARE(imap.account.outgoing.first().hostname, u"default-smtp.example.test"_s);
    QVERIFY(imap.mailDirectories.isEmpty()); // its mail is on the server
}

void TestFoundAccounts::evolutionRoundTrip_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("socketType");
    QTest::addRow("pop3 ssl") << int(Protocol::Pop3) << int(SocketType::Ssl);
    QTest::addRow("imap starttls") << int(Protocol::Imap) << int(SocketType::StartTls);
}

void TestFoundAccounts::evolutionRoundTrip()
{
    QFETCH(int, protocol);
    QFETCH(int, socketType);
    Account account;
    account.emailAddress = u"anna@example.test"_s;
    account.realName = u"Anna Þ"_s;
    ServerSettings in;
    in.protocol = Protocol(protocol);
    in.hostname = u"mail.example.test"_s;
    in.socketType = SocketType(socketType);
    in.port = standardPort(in.protocol, in.socketType);
    in.username = u"anna"_s;
    ServerSettings out;
    out.protocol = Protocol::Smtp;
    out.hostname = u"smtp.example.test"_s;
    out.port = 465;
    out.username = u"anna"_s;
    account.incoming = {in};
    account.outgoing = {out};
    const Exporter::Result result = ExporterRegistry::instance().find(u"evolution"_s)->exportAccount(account);
    QVERIFY2(result.ok(), qPrintable(result.error));

    QTemporaryDir home;
    for (const Exporter::File& file : result.files) {
        writeFile(home.filePath(u".config/evolution/sources/"_s + file.name), file.data);
    }
    writeFile(home.filePath(u".config/evolution/sources/system-address-book.source"_s),
              "[Data Source]\nDisplayName=Personal\n\n[Address Book]\nBackendName=local\n");
    QDir().mkpath(home.filePath(u".local/share/evolution/mail/local/cur"_s));

    const QList<FoundAccount> accounts = EvolutionAccounts::accounts(home.path());
    QCOMPARE(accounts.size(), 1);
    const FoundAccount& found = accounts.first();
    QCOMPARE(found.program, u"Evolution"_s);
    QCOMPARE(found.account.emailAddress, account.emailAddress);
    QCOMPARE(found.account.realName, account.realName);
    QCOMPARE(found.account.incoming.size(), 1);
    QCOMPARE(found.account.incoming.first().protocol, in.protocol);
    QCOMPARE(found.account.incoming.first().hostname, in.hostname);
    QCOMPARE(found.account.incoming.first().port, in.port);
    QCOMPARE(found.account.incoming.first().socketType, in.socketType);
    QCOMPARE(found.account.incoming.first().username, in.username);
    QCOMPARE(found.account.outgoing.size(), 1);
    QCOMPARE(found.account.outgoing.first().hostname, out.hostname);
    QCOMPARE(found.account.outgoing.first().port, out.port);
    // POP3 mail lands in Evolution's local Maildir; IMAP mail stays on the server.
    QCOMPARE(found.mailDirectories.size(), in.protocol == Protocol::Pop3 ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestFoundAccounts)
#include "TestFoundAccounts.moc"
