#include "AccountJson.h"
#include "AutoconfigReader.h"
#include "ExporterRegistry.h"
#include "Hostname.h"
#include "KeychainCommand.h"
#include "PasswordStore.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Portpilot;

// Every export format, each checked by the program that consumes it (Debian 12 versions):
// neomutt, msmtp, mbsync, fetchmail, Python's plistlib and GLib key-file parser, xmllint with
// our RELAX NG schemas, named-checkzone, zbarimg. Passwords the clients fetch at run time come
// from a real gnome-keyring (tests/export/with-keyring.sh). No server is contacted here; the
// server-backed checks are in TestExportServers.
class TestExportFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void accounts_data();
    void autoconfig_data() { accounts_data(); }
    void autoconfig();
    void json_data() { accounts_data(); }
    void json();
    void autodiscover_data() { accounts_data(); }
    void autodiscover();
    void mobileconfig_data() { accounts_data(); }
    void mobileconfig();
    void thunderbird_data() { accounts_data(); }
    void thunderbird();
    void mutt_data() { accounts_data(); }
    void mutt();
    void msmtp_data() { accounts_data(); }
    void msmtp();
    void mbsync_data() { accounts_data(); }
    void mbsync();
    void fetchmail_data() { accounts_data(); }
    void fetchmail();
    void evolution_data() { accounts_data(); }
    void evolution();
    void dnsZone_data() { accounts_data(); }
    void dnsZone();
    void qrCode_data();
    void qrCode();
    void aerc_data();
    void aerc();

    void lineBreaksRefused_data();
    void lineBreaksRefused();
    void passwordsOnlyWhenAsked_data();
    void passwordsOnlyWhenAsked();
    void keychainCommandQuoting_data();
    void keychainCommandQuoting();
    void authWords_data();
    void authWords();
    void oauth2_data();
    void oauth2();
    void tokenCommandQuoting_data();
    void tokenCommandQuoting();
    void registryIsComplete();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& env = {},
                   const QByteArray& input = {});
    // Runs `sh -c script` with the account's keychain entries stored in a private gnome-keyring.
    static Run inKeyring(const QString& script, const QStringList& keys, const QStringList& args = {});
    static Account account(const QString& kind, const QString& realName);
    static QByteArray exportOne(const QString& format, const Account& account, QStringList* notes = nullptr,
                                const Exporter::Options& options = {});
    QString writeTemp(const QString& name, const QByteArray& data, bool privateFile = false);
    // A folder with a stand-in `portpilot` that prints a token for `portpilot token ADDRESS --server HOST`
    // (and fails for other arguments), to put first on PATH for clients that run the token command.
    QString fakePortpilot(const QString& address);

    QTemporaryDir m_dir;
    int m_files = 0;
};

static const QString Password = QStringLiteral("pw \"with\" 'quotes' $x #1 þ");

QTEST_GUILESS_MAIN(TestExportFormats)

TestExportFormats::Run TestExportFormats::run(const QString& program, const QStringList& arguments,
                                              const QProcessEnvironment& env, const QByteArray& input)
{
    QProcess process;
    if (!env.isEmpty()) {
        process.setProcessEnvironment(env);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        return {-1, {}, "cannot start " + program.toUtf8()};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

TestExportFormats::Run TestExportFormats::inKeyring(const QString& script, const QStringList& keys,
                                                    const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYRING_KEYS"), keys.join(u'\n'));
    env.insert(QStringLiteral("KEYRING_PASSWORD"), Password);
    return run(QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/export/with-keyring.sh"),
               QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh")} + args, env);
}

void TestExportFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char* tool : {"neomutt", "msmtp", "mbsync", "fetchmail", "xmllint", "named-checkzone", "zbarimg",
                             "secret-tool", "gnome-keyring-daemon", "dbus-run-session"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            QFAIL(
                qPrintable(QStringLiteral("%1 is missing: run scripts/install-deps.sh test").arg(QLatin1String(tool))));
        }
    }
}

QString TestExportFormats::writeTemp(const QString& name, const QByteArray& data, bool privateFile)
{
    const QString dir = m_dir.filePath(QString::number(++m_files));
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        return {};
    }
    file.close();
    if (privateFile) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return path;
}

QString TestExportFormats::fakePortpilot(const QString& address)
{
    const QString dir = m_dir.filePath(QStringLiteral("bin-%1").arg(++m_files));
    QDir().mkpath(dir);
    QFile fake(dir + QStringLiteral("/portpilot"));
    if (!fake.open(QIODevice::WriteOnly)) {
        return {};
    }
    fake.write(
        QStringLiteral("#!/bin/sh\n[ \"$1 $2 $3\" = \"token %1 --server\" ] && [ -n \"$4\" ] && echo access-token\n")
            .arg(address)
            .toUtf8());
    fake.close();
    fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

// kind: "<in>-<socket>" with in = imap|pop3 and socket = ssl|starttls|plain, optional "-idn", "-oauth2"
// (both servers sign in with OAuth2), "-microsoft" (the OAuth2 issuer is Microsoft's).
Account TestExportFormats::account(const QString& kind, const QString& realName)
{
    const QStringList parts = kind.split(u'-');
    const bool pop3 = parts.at(0) == QLatin1String("pop3");
    const SocketType socket = parts.at(1) == QLatin1String("ssl")        ? SocketType::Ssl
                              : parts.at(1) == QLatin1String("starttls") ? SocketType::StartTls
                                                                         : SocketType::Plain;
    const bool idn = parts.contains(QStringLiteral("idn"));
    const QString domain = idn ? QStringLiteral("dæmi.test") : QStringLiteral("example.test");
    Account a;
    a.emailAddress = QStringLiteral("anna@") + domain;
    a.realName = realName;
    ServerSettings in;
    in.protocol = pop3 ? Protocol::Pop3 : Protocol::Imap;
    in.hostname = (pop3 ? QStringLiteral("pop.") : QStringLiteral("imap.")) + domain;
    in.socketType = socket;
    in.port = standardPort(in.protocol, socket);
    in.username = a.emailAddress;
    if (pop3) {
        in.leaveMessagesOnServer = socket != SocketType::StartTls; // both values get exercised
        in.daysToLeaveMessagesOnServer = 14;
    }
    ServerSettings out;
    out.protocol = Protocol::Smtp;
    out.hostname = QStringLiteral("smtp.") + domain;
    out.socketType = socket;
    out.port = standardPort(Protocol::Smtp, socket);
    out.username = a.emailAddress;
    if (parts.contains(QStringLiteral("hostileuser"))) {
        // A login name with a space, both quotes, '#', a backslash and a non-ASCII letter.
        in.username = out.username = QStringLiteral("an na\"#1'\\x þ");
    }
    if (parts.contains(QStringLiteral("oauth2"))) {
        in.authMethods = out.authMethods = {AuthMethod::OAuth2};
    }
    if (parts.contains(QStringLiteral("microsoft"))) {
        // Microsoft's issuer: its servers take XOAUTH2 only.
        a.provider.oauth2.tokenUrl = QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token");
    }
    a.incoming = {in};
    a.outgoing = {out};
    a.provider.id = Hostname::toAce(domain);
    a.provider.domains = {Hostname::toAce(domain)};
    a.provider.displayName = QStringLiteral("Example Mail");
    return a;
}

QByteArray TestExportFormats::exportOne(const QString& format, const Account& account, QStringList* notes,
                                        const Exporter::Options& options)
{
    const Exporter* exporter = ExporterRegistry::instance().find(format);
    if (!exporter) {
        return {};
    }
    const Exporter::Result result = exporter->exportAccount(account, options);
    if (notes) {
        *notes = result.notes;
        if (!result.ok()) {
            notes->prepend(QStringLiteral("ERROR: ") + result.error);
        }
    }
    return result.ok() && !result.files.isEmpty() ? result.files.first().data : QByteArray();
}

void TestExportFormats::accounts_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("realName");
    const QString plainName = QStringLiteral("Jane Doe");
    // Quotes of both kinds, '#', '$', backslash, backtick, ';' and non-ASCII letters.
    const QString hostile = QStringLiteral("Jó \"Q\" O'Brien #1 $HOME \\ ; `x` þór");
    for (const char* kind : {"imap-ssl", "imap-starttls", "imap-plain", "pop3-ssl", "pop3-starttls", "pop3-plain"}) {
        QTest::newRow(kind) << QString::fromLatin1(kind) << plainName;
    }
    QTest::newRow("imap-ssl hostile name") << QStringLiteral("imap-ssl") << hostile;
    QTest::newRow("pop3-starttls hostile name") << QStringLiteral("pop3-starttls") << hostile;
    QTest::newRow("imap-ssl-idn") << QStringLiteral("imap-ssl-idn") << QStringLiteral("Þóra Jónsdóttir");
    QTest::newRow("imap-starttls hostile user") << QStringLiteral("imap-starttls-hostileuser") << plainName;
    QTest::newRow("pop3-ssl hostile user") << QStringLiteral("pop3-ssl-hostileuser") << plainName;
}

void TestExportFormats::autoconfig()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    const Account a = account(kind, realName);
    const QByteArray xml = exportOne(QStringLiteral("autoconfig"), a);
    QVERIFY(!xml.isEmpty());
    QVERIFY2(!xml.contains("anna@"), "a published file names no user, only placeholders");

    const QString file = writeTemp(QStringLiteral("config-v1.1.xml"), xml);
    const Run lint = run(QStringLiteral("xmllint"),
                         {QStringLiteral("--noout"), QStringLiteral("--relaxng"),
                          QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/export/schemas/autoconfig-export.rng"), file});
    QVERIFY2(lint.exitCode == 0, lint.err.constData());

    // Round trip: our reader, then the placeholders filled for the same person, is the account.
    const AutoconfigReader::Result read = AutoconfigReader::read(xml);
    QVERIFY2(read.ok(), qPrintable(read.errorWithLocation()));
    const Account back = read.account->resolved(a.emailAddress, a.realName);
    QCOMPARE(back.incoming.size(), 1);
    QCOMPARE(back.outgoing.size(), 1);
    for (auto [got, want] :
         {std::pair{back.incoming.first(), a.incoming.first()}, std::pair{back.outgoing.first(), a.outgoing.first()}}) {
        QCOMPARE(got.protocol, want.protocol);
        QCOMPARE(got.hostname, Hostname::toAce(want.hostname));
        QCOMPARE(got.port, want.port);
        QCOMPARE(got.socketType, want.socketType);
        QCOMPARE(got.authMethods, want.authMethods);
        QCOMPARE(got.username, want.username);
        if (want.protocol == Protocol::Pop3) {
            QCOMPARE(got.leaveMessagesOnServer, want.leaveMessagesOnServer);
            QCOMPARE(got.daysToLeaveMessagesOnServer, want.daysToLeaveMessagesOnServer);
        }
    }
    QVERIFY(back.provider.domains.contains(EmailAddress::parse(a.emailAddress).domainAce()));
}

void TestExportFormats::json()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    const Account a = account(kind, realName);
    const QByteArray data = exportOne(QStringLiteral("json"), a);
    QString error;
    const auto back = AccountJson::fromBytes(data, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->realName, a.realName);
    QCOMPARE(back->emailAddress, a.emailAddress);
    QCOMPARE(back->incoming, a.incoming);
    QCOMPARE(back->outgoing, a.outgoing);
    // The document is valid against the published JSON Schema (docs/account-json.schema.json).
    const QString file = writeTemp(QStringLiteral("account.json"), data);
    const Run py = run(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import json,sys,jsonschema; s=json.load(open(sys.argv[1])); d=json.load(open(sys.argv[2])); "
                        "jsonschema.Draft202012Validator.check_schema(s); "
                        "jsonschema.Draft202012Validator(s).validate(d); print(d['realName'])"),
         QStringLiteral(PORTPILOT_SOURCE_DIR "/docs/account-json.schema.json"), file});
    QVERIFY2(py.exitCode == 0, py.err.constData());
    QCOMPARE(QString::fromUtf8(py.out).chopped(1), realName);
}

// Thunderbird's reading of POX (ExchangeAutoDiscover.sys.mjs), restated: SSL off or
// Encryption None = plain, otherwise the port decides.
static SocketType thunderbirdReads(const QString& ssl, const QString& encryption, int port)
{
    if (ssl == QLatin1String("off") || encryption == QLatin1String("None")) {
        return SocketType::Plain;
    }
    return (port == 143 || port == 110 || port == 25 || port == 587) ? SocketType::StartTls : SocketType::Ssl;
}

void TestExportFormats::autodiscover()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    const Account a = account(kind, realName);
    const QByteArray xml = exportOne(QStringLiteral("autodiscover"), a);
    QVERIFY(!xml.isEmpty());
    const QString file = writeTemp(QStringLiteral("autodiscover.xml"), xml);
    const Run lint = run(QStringLiteral("xmllint"),
                         {QStringLiteral("--noout"), QStringLiteral("--relaxng"),
                          QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/export/schemas/autodiscover-pox.rng"), file});
    QVERIFY2(lint.exitCode == 0, lint.err.constData());

    // Read the protocols back with xmllint's XPath and interpret them as Outlook and Thunderbird do.
    auto xpath = [&](const QString& expr) {
        const Run r = run(QStringLiteral("xmllint"), {QStringLiteral("--xpath"), expr, file});
        return QString::fromUtf8(r.out).trimmed();
    };
    QCOMPARE(xpath(QStringLiteral("string(//*[local-name()='DisplayName'])")), realName);
    for (const ServerSettings& want : {a.incoming.first(), a.outgoing.first()}) {
        const QString p = QStringLiteral("//*[local-name()='Protocol'][*[local-name()='Type']='%1']")
                              .arg(protocolName(want.protocol).toUpper());
        auto field = [&](const char* name) {
            return xpath(QStringLiteral("string(%1/*[local-name()='%2'])").arg(p, QLatin1String(name)));
        };
        QCOMPARE(field("Server"), Hostname::toAce(want.hostname));
        QCOMPARE(field("Port").toInt(), int(want.port));
        QCOMPARE(field("LoginName"), want.username);
        const QString encryption = field("Encryption");
        const SocketType outlook = encryption == QLatin1String("SSL")   ? SocketType::Ssl
                                   : encryption == QLatin1String("TLS") ? SocketType::StartTls
                                                                        : SocketType::Plain;
        QCOMPARE(outlook, want.socketType);
        QCOMPARE(thunderbirdReads(field("SSL"), encryption, want.port), want.socketType);
    }
}

void TestExportFormats::mobileconfig()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    const Account a = account(kind, realName);
    QStringList notes;
    const QByteArray plist = exportOne(QStringLiteral("mobileconfig"), a, &notes);
    QVERIFY2(!plist.isEmpty(), qPrintable(notes.join(u'\n')));
    const QString file = writeTemp(QStringLiteral("a.mobileconfig"), plist);
    const Run check = run(QStringLiteral("/usr/bin/python3"),
                          {QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/export/check_mobileconfig.py"), file});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    const QJsonObject mail = QJsonDocument::fromJson(check.out).object();
    const ServerSettings& in = a.incoming.first();
    const ServerSettings& out = a.outgoing.first();
    QCOMPARE(mail.value(QStringLiteral("EmailAccountType")).toString(),
             in.protocol == Protocol::Pop3 ? QStringLiteral("EmailTypePOP") : QStringLiteral("EmailTypeIMAP"));
    QCOMPARE(mail.value(QStringLiteral("EmailAccountName")).toString(), realName);
    QCOMPARE(mail.value(QStringLiteral("EmailAddress")).toString(), EmailAddress::parse(a.emailAddress).toAce());
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerHostName")).toString(), Hostname::toAce(in.hostname));
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerPortNumber")).toInt(), int(in.port));
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerUseSSL")).toBool(), in.socketType != SocketType::Plain);
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerUsername")).toString(), in.username);
    QCOMPARE(mail.value(QStringLiteral("OutgoingMailServerPortNumber")).toInt(), int(out.port));
    QCOMPARE(mail.value(QStringLiteral("OutgoingMailServerUseSSL")).toBool(), out.socketType != SocketType::Plain);
    QCOMPARE(mail.value(QStringLiteral("PayloadIdentifier")).toString(),
             QStringLiteral("is.portpilot.anna.%1.mail").arg(EmailAddress::parse(a.emailAddress).domainAce()));
    // What the format cannot say is said in a note.
    if (in.socketType == SocketType::StartTls) {
        QVERIFY(notes.join(u'\n').contains(QStringLiteral("STARTTLS")));
    }
    if (in.protocol == Protocol::Pop3) {
        QVERIFY(notes.join(u'\n').contains(QStringLiteral("POP3")));
    }

    // Implicit TLS on a port that means STARTTLS to Apple Mail is refused, not written wrong.
    Account odd = a;
    odd.incoming.first().socketType = SocketType::Ssl;
    odd.incoming.first().port = standardPort(in.protocol, SocketType::StartTls);
    QVERIFY(exportOne(QStringLiteral("mobileconfig"), odd, &notes).isEmpty());
    QVERIFY(notes.first().contains(QStringLiteral("implicit TLS")));
}

void TestExportFormats::thunderbird()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    const Account a = account(kind, realName);
    const QByteArray js = exportOne(QStringLiteral("thunderbird"), a);
    QVERIFY(!js.isEmpty());
    // Every line is a comment or user_pref("ascii.name", bool|int|JSON string); the strings are read with a
    // JSON parser (Thunderbird's pref parser accepts the same escapes).
    static const QRegularExpression line(
        QStringLiteral("^user_pref\\(\"([A-Za-z0-9_.\\-]+)\", (true|false|-?[0-9]+|\"(?:[^\"\\\\]|\\\\.)*\")\\);$"));
    QMap<QString, QJsonValue> prefs;
    for (const QByteArray& raw : js.split('\n')) {
        if (raw.isEmpty() || raw.startsWith("//")) {
            continue;
        }
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
        QVERIFY2(m.hasMatch(), raw.constData());
        const QJsonDocument doc = QJsonDocument::fromJson("[" + m.captured(2).toUtf8() + "]");
        QVERIFY2(doc.isArray(), raw.constData());
        prefs.insert(m.captured(1), doc.array().first());
    }
    const ServerSettings& in = a.incoming.first();
    const ServerSettings& out = a.outgoing.first();
    const int socketNumbers[] = {3, 2, 0}; // Ssl, StartTls, Plain
    QCOMPARE(prefs.value(QStringLiteral("mail.identity.id_pp1.fullName")).toString(), realName);
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server_pp1.type")).toString(), protocolName(in.protocol));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server_pp1.hostname")).toString(), Hostname::toAce(in.hostname));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server_pp1.port")).toInt(), int(in.port));
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server_pp1.socketType")).toInt(),
             socketNumbers[int(in.socketType)]);
    QCOMPARE(prefs.value(QStringLiteral("mail.server.server_pp1.userName")).toString(), in.username);
    QCOMPARE(prefs.value(QStringLiteral("mail.smtpserver.smtp_pp1.try_ssl")).toInt(),
             socketNumbers[int(out.socketType)]);
    QCOMPARE(prefs.value(QStringLiteral("mail.smtpserver.smtp_pp1.port")).toInt(), int(out.port));
    if (in.protocol == Protocol::Pop3) {
        QCOMPARE(prefs.value(QStringLiteral("mail.server.server_pp1.leave_on_server")).toBool(),
                 in.leaveMessagesOnServer);
    }
    // The structure Thunderbird needs: every listed account has a server, the identity's SMTP server exists.
    for (const QString& acct : prefs.value(QStringLiteral("mail.accountmanager.accounts")).toString().split(u',')) {
        const QString server = prefs.value(QStringLiteral("mail.account.%1.server").arg(acct)).toString();
        QVERIFY(prefs.contains(QStringLiteral("mail.server.%1.type").arg(server)));
        QVERIFY(prefs.contains(QStringLiteral("mail.server.%1.hostname").arg(server)));
    }
    QVERIFY(prefs.value(QStringLiteral("mail.smtpservers"))
                .toString()
                .split(u',')
                .contains(prefs.value(QStringLiteral("mail.identity.id_pp1.smtpServer")).toString()));
}

// neomutt prints `set var = "value"` with \" and \\ escaped.
static QMap<QString, QString> muttValues(const QByteArray& output)
{
    QMap<QString, QString> values;
    static const QRegularExpression line(QStringLiteral("^set (\\S+) = (.*)$"));
    for (const QString& raw : QString::fromUtf8(output).split(u'\n')) {
        const QRegularExpressionMatch m = line.match(raw);
        if (!m.hasMatch()) {
            continue;
        }
        QString value = m.captured(2);
        if (value.startsWith(u'"') && value.endsWith(u'"') && value.size() >= 2) {
            value = value.mid(1, value.size() - 2);
            QString unescaped;
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (value.at(i) == u'\\' && i + 1 < value.size()) {
                    ++i;
                }
                unescaped += value.at(i);
            }
            value = unescaped;
        }
        values.insert(m.captured(1), value);
    }
    return values;
}

void TestExportFormats::mutt()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    const Account a = account(kind, realName);
    const QByteArray rc = exportOne(QStringLiteral("mutt"), a);
    QVERIFY(!rc.isEmpty());
    const QString file = writeTemp(QStringLiteral("muttrc"), rc);
    const ServerSettings& in = a.incoming.first();
    const ServerSettings& out = a.outgoing.first();
    const bool imap = in.protocol == Protocol::Imap;
    const QString passVar = imap ? QStringLiteral("imap_pass") : QStringLiteral("pop_pass");
    const QStringList vars{QStringLiteral("realname"),
                           QStringLiteral("from"),
                           QStringLiteral("smtp_url"),
                           QStringLiteral("smtp_pass"),
                           QStringLiteral("ssl_force_tls"),
                           QStringLiteral("ssl_starttls"),
                           imap ? QStringLiteral("folder") : QStringLiteral("pop_host"),
                           imap ? QStringLiteral("imap_user") : QStringLiteral("pop_user"),
                           passVar};
    QStringList args{QStringLiteral("-n"), QStringLiteral("-F"), file};
    for (const QString& v : vars) {
        args << QStringLiteral("-Q") << v;
    }
    const QString address = EmailAddress::parse(a.emailAddress).toString();
    const QStringList keys{KeychainCommand::keyFor(address, in), KeychainCommand::keyFor(address, out)};
    const Run r = inKeyring(QStringLiteral("neomutt \"$@\" </dev/null"), keys, args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // neomutt exits 0 on errors: stderr tells
    const QMap<QString, QString> values = muttValues(r.out);
    QCOMPARE(values.value(QStringLiteral("real_name")), realName);
    QCOMPARE(values.value(QStringLiteral("from")), EmailAddress::parse(a.emailAddress).toAce());
    const QString inScheme = QString(imap ? QStringLiteral("imap") : QStringLiteral("pop")) +
                             (in.socketType == SocketType::Ssl ? QStringLiteral("s") : QString());
    const QString inUrl = QStringLiteral("%1://%2:%3/").arg(inScheme, Hostname::toAce(in.hostname)).arg(in.port);
    QCOMPARE(values.value(imap ? QStringLiteral("folder") : QStringLiteral("pop_host")), inUrl);
    QCOMPARE(values.value(imap ? QStringLiteral("imap_user") : QStringLiteral("pop_user")), in.username);
    const QString outUrl =
        QStringLiteral("%1://%2@%3:%4/")
            .arg(out.socketType == SocketType::Ssl ? QStringLiteral("smtps") : QStringLiteral("smtp"),
                 QString::fromLatin1(QUrl::toPercentEncoding(out.username)), Hostname::toAce(out.hostname))
            .arg(out.port);
    QCOMPARE(values.value(QStringLiteral("smtp_url")), outUrl);
    // The passwords came out of the keychain through the backtick commands.
    QCOMPARE(values.value(passVar), Password);
    QCOMPARE(values.value(QStringLiteral("smtp_pass")), Password);
    const QString tls = in.socketType == SocketType::Plain ? QStringLiteral("no") : QStringLiteral("yes");
    QCOMPARE(values.value(QStringLiteral("ssl_force_tls")), tls);
    QCOMPARE(values.value(QStringLiteral("ssl_starttls")), tls);
}

void TestExportFormats::msmtp()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    const Account a = account(kind, realName);
    const QByteArray rc = exportOne(QStringLiteral("msmtp"), a);
    QVERIFY(!rc.isEmpty());
    const QString file = writeTemp(QStringLiteral("msmtprc"), rc, true);
    const ServerSettings& out = a.outgoing.first();
    const QString address = EmailAddress::parse(a.emailAddress).toString();
    // --pretend prints the settings it read; -X- ... the password command runs only when sending.
    const Run r =
        inKeyring(QStringLiteral("msmtp -C \"$1\" --pretend"), {KeychainCommand::keyFor(address, out)}, {file});
    QVERIFY2(r.exitCode == 0, r.err.constData()); // 78 = configuration error
    QMap<QString, QString> values;
    for (const QString& line : QString::fromUtf8(r.out).split(u'\n')) {
        const qsizetype eq = line.indexOf(QLatin1String(" = "));
        if (eq > 0) {
            values.insert(line.left(eq), line.mid(eq + 3));
        }
    }
    QCOMPARE(values.value(QStringLiteral("host")), Hostname::toAce(out.hostname));
    QCOMPARE(values.value(QStringLiteral("port")), QString::number(out.port));
    QCOMPARE(values.value(QStringLiteral("tls")),
             out.socketType == SocketType::Plain ? QStringLiteral("off") : QStringLiteral("on"));
    if (out.socketType != SocketType::Plain) {
        QCOMPARE(values.value(QStringLiteral("tls_starttls")),
                 out.socketType == SocketType::StartTls ? QStringLiteral("on") : QStringLiteral("off"));
    }
    QCOMPARE(values.value(QStringLiteral("user")), out.username);
    QCOMPARE(values.value(QStringLiteral("from")), EmailAddress::parse(a.emailAddress).toAce());
    QCOMPARE(values.value(QStringLiteral("passwordeval")),
             KeychainCommand::shellCommand(KeychainCommand::keyFor(address, out)));
    // The command msmtp will run prints the stored password.
    const Run eval = inKeyring(values.value(QStringLiteral("passwordeval")), {KeychainCommand::keyFor(address, out)});
    QCOMPARE(QString::fromUtf8(eval.out), Password);
}

void TestExportFormats::mbsync()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    Account a = account(kind, realName);
    QStringList notes;
    QByteArray rc = exportOne(QStringLiteral("mbsync"), a, &notes);
    if (a.incoming.first().protocol == Protocol::Pop3) {
        QVERIFY(rc.isEmpty());
        QVERIFY(notes.first().contains(QStringLiteral("IMAP only")));
        return;
    }
    QVERIFY(!rc.isEmpty());
    const ServerSettings& in = a.incoming.first();
    const char* sslType[] = {"SSLType IMAPS", "SSLType STARTTLS", "SSLType None"};
    QVERIFY(rc.contains(sslType[int(in.socketType)]));
    // isync parses the whole file before connecting: point it at a closed loopback port and
    // expect "connection refused" rather than a "file:line:" configuration error.
    rc.replace("Host " + Hostname::toAce(in.hostname).toLatin1(), "Host 127.0.0.1");
    rc.replace("Port " + QByteArray::number(in.port), "Port 1");
    const QString file = writeTemp(QStringLiteral("mbsyncrc"), rc);
    const QString channel = QString::fromUtf8(rc).section(QStringLiteral("Channel "), 1, 1).section(u'\n', 0, 0);
    const Run r =
        inKeyring(QStringLiteral("mkdir -p \"$HOME/Mail/$2\" && mbsync -c \"$1\" -l \"$2\""), {}, {file, channel});
    QVERIFY2(!r.err.contains(QFileInfo(file).fileName().toUtf8() + ":"), r.err.constData());
    QVERIFY2(r.err.contains("Connection refused") || r.err.contains("connect"), r.err.constData());
}

void TestExportFormats::fetchmail()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    const Account a = account(kind, realName);
    Exporter::Options options;
    options.includePassword = true;
    // fetchmail's --configdump mangles non-ASCII bytes in what it prints, so this one is ASCII.
    options.incomingPassword = QStringLiteral("pw with \\ and \" # x");
    const Exporter::Result result =
        ExporterRegistry::instance().find(QStringLiteral("fetchmail"))->exportAccount(a, options);
    if (a.incoming.first().username.contains(u'"') && a.incoming.first().username.contains(u'\'')) {
        // fetchmail's lexer has no way to write both quotes in one string: refused, naming the field.
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("user name of the incoming server")), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.privateFile);
    const QString file = writeTemp(QStringLiteral("fetchmailrc"), result.files.first().data, true);
    const Run r = inKeyring(QStringLiteral("fetchmail -f \"$1\" --configdump"), {}, {file});
    QVERIFY2(r.exitCode == 0, r.err.constData()); // 5 syntax error, 6 permissions
    const QString dump = QString::fromUtf8(r.out);
    const ServerSettings& in = a.incoming.first();
    // configdump writes "name":"string" (\" and \\ escaped) and 'name':TRUE|FALSE.
    auto str = [&dump](const char* key, QString value) {
        value.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
        return dump.contains(QStringLiteral("\"%1\":\"%2\"").arg(QLatin1String(key), value));
    };
    auto flag = [&dump](const char* key, bool value) {
        return dump.contains(QStringLiteral("'%1':%2").arg(QLatin1String(key),
                                                           value ? QStringLiteral("TRUE") : QStringLiteral("FALSE")));
    };
    QVERIFY2(str("pollname", Hostname::toAce(in.hostname)), qPrintable(dump));
    QVERIFY(str("protocol", in.protocol == Protocol::Pop3 ? QStringLiteral("POP3") : QStringLiteral("IMAP")));
    QVERIFY(str("service", QString::number(in.port)));
    QVERIFY(str("auth", QStringLiteral("password")));
    if (in.username.toLatin1() == in.username.toUtf8()) { // see above: the dump garbles non-ASCII
        QVERIFY2(str("remote", in.username), qPrintable(dump));
    }
    QVERIFY2(str("password", options.incomingPassword), qPrintable(dump));
    QVERIFY(flag("ssl", in.socketType == SocketType::Ssl));
    if (in.socketType == SocketType::StartTls) {
        QVERIFY(str("sslproto", QStringLiteral("TLS1.2+")));
    }
    if (in.socketType == SocketType::Plain) {
        QVERIFY(str("sslproto", QString()));
    } else {
        QVERIFY(flag("sslcertck", true));
    }
    QVERIFY(flag("keep", in.protocol == Protocol::Imap || in.leaveMessagesOnServer));
    if (in.protocol == Protocol::Pop3) {
        QVERIFY(flag("uidl", true));
    }
}

void TestExportFormats::evolution()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    const Account a = account(kind, realName);
    const Exporter::Result result = ExporterRegistry::instance().find(QStringLiteral("evolution"))->exportAccount(a);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.files.size(), 3);
    const QString dir = m_dir.filePath(QStringLiteral("evolution-%1").arg(++m_files));
    QDir().mkpath(dir);
    QStringList paths;
    for (const Exporter::File& f : result.files) {
        QFile file(dir + u'/' + f.name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(f.data);
        paths.append(file.fileName());
    }
    const Run r = run(QStringLiteral("/usr/bin/python3"),
                      QStringList{QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/export/check_keyfile.py")} + paths);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject files = QJsonDocument::fromJson(r.out).object();
    QJsonObject accountFile, identityFile, transportFile;
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString name = it.key();
        (name.endsWith(QLatin1String("-account.source"))    ? accountFile
         : name.endsWith(QLatin1String("-identity.source")) ? identityFile
                                                            : transportFile) = it.value().toObject();
    }
    const ServerSettings& in = a.incoming.first();
    const ServerSettings& out = a.outgoing.first();
    const char* methods[] = {"ssl-on-alternate-port", "starttls-on-standard-port", "none"};
    auto value = [](const QJsonObject& file, const char* group, const char* key) {
        return file.value(QLatin1String(group)).toObject().value(QLatin1String(key)).toString();
    };
    QCOMPARE(value(identityFile, "Mail Identity", "Name"), realName);
    QCOMPARE(value(identityFile, "Mail Identity", "Address"), EmailAddress::parse(a.emailAddress).toAce());
    QCOMPARE(value(accountFile, "Mail Account", "BackendName"),
             in.protocol == Protocol::Pop3 ? QStringLiteral("pop") : QStringLiteral("imapx"));
    QCOMPARE(value(accountFile, "Authentication", "Host"), Hostname::toAce(in.hostname));
    QCOMPARE(value(accountFile, "Authentication", "Port"), QString::number(in.port));
    QCOMPARE(value(accountFile, "Authentication", "User"), in.username);
    QCOMPARE(value(accountFile, "Security", "Method"), QString::fromLatin1(methods[int(in.socketType)]));
    QCOMPARE(value(transportFile, "Security", "Method"), QString::fromLatin1(methods[int(out.socketType)]));
    QCOMPARE(value(transportFile, "Authentication", "Port"), QString::number(out.port));
    if (in.protocol == Protocol::Pop3) {
        QCOMPARE(value(accountFile, "Pop Backend", "KeepOnServer"),
                 in.leaveMessagesOnServer ? QStringLiteral("true") : QStringLiteral("false"));
    }
    // The files point at each other by UID (file name without .source).
    const QString accountUid = value(identityFile, "Data Source", "Parent");
    QVERIFY(files.contains(accountUid + QStringLiteral(".source")));
    QVERIFY(files.contains(value(accountFile, "Mail Account", "IdentityUid") + QStringLiteral(".source")));
    QVERIFY(files.contains(value(identityFile, "Mail Submission", "TransportUid") + QStringLiteral(".source")));
}

void TestExportFormats::dnsZone()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    const Account a = account(kind, realName);
    const QByteArray snippet = exportOne(QStringLiteral("dns-zone"), a);
    QVERIFY(!snippet.isEmpty());
    // The snippet inside a minimal zone with address records for the in-zone targets.
    const QString domain = EmailAddress::parse(a.emailAddress).domainAce();
    QByteArray zone = "$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.1\n";
    for (const ServerSettings& s : {a.incoming.first(), a.outgoing.first()}) {
        zone += Hostname::toAce(s.hostname).toLatin1() + ". IN A 192.0.2.2\n";
    }
    zone += snippet;
    const QString file = writeTemp(QStringLiteral("zone"), zone);
    // -i local: checks SRV targets inside the zone only, so nothing is looked up.
    const Run r = run(QStringLiteral("named-checkzone"), {QStringLiteral("-S"), QStringLiteral("fail"),
                                                          QStringLiteral("-i"), QStringLiteral("local"), domain, file});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const ServerSettings& in = a.incoming.first();
    const QString label = QString(in.protocol == Protocol::Pop3 ? QStringLiteral("_pop3") : QStringLiteral("_imap")) +
                          (in.socketType == SocketType::Ssl ? QStringLiteral("s") : QString());
    const QString expected = QStringLiteral("%1._tcp.%2. 3600 IN SRV 0 1 %3 %4.")
                                 .arg(label, domain)
                                 .arg(in.port)
                                 .arg(Hostname::toAce(in.hostname));
    QVERIFY2(snippet.contains(expected.toUtf8()), snippet.constData());
    const QString submission = a.outgoing.first().socketType == SocketType::Ssl ? QStringLiteral("_submissions._tcp.")
                                                                                : QStringLiteral("_submission._tcp.");
    QVERIFY(snippet.contains(submission.toUtf8()));
    // The comments are sentences: no "example.com.." where the zone's name ends one.
    QVERIFY2(!snippet.contains(".."), snippet.constData());
}

void TestExportFormats::qrCode_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("realName");
    QTest::addColumn<bool>("withPassword");
    for (const char* format : {"qr-png", "qr-svg"}) {
        const QString f = QString::fromLatin1(format);
        QTest::addRow("%s imap-ssl", format) << f << QStringLiteral("imap-ssl") << QStringLiteral("Jane Doe") << false;
        QTest::addRow("%s pop3-starttls hostile", format)
            << f << QStringLiteral("pop3-starttls") << QStringLiteral("Jó \"Q\" #1 \\ þór") << false;
        QTest::addRow("%s imap-plain password", format)
            << f << QStringLiteral("imap-plain") << QStringLiteral("Anna") << true;
        QTest::addRow("%s idn", format) << f << QStringLiteral("imap-ssl-idn") << QStringLiteral("Þóra") << false;
    }
}

void TestExportFormats::qrCode()
{
    QFETCH(QString, format);
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    QFETCH(bool, withPassword);
    const Account a = account(kind, realName);
    Exporter::Options options;
    options.includePassword = withPassword;
    options.incomingPassword = Password;
    options.outgoingPassword = Password;
    const Exporter::Result result = ExporterRegistry::instance().find(format)->exportAccount(a, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.privateFile, withPassword);
    QByteArray png = result.files.first().data;
    if (format == QLatin1String("qr-svg")) {
        // Qt SVG renders it; zbarimg then reads the pixels, as a phone's camera would.
        QSvgRenderer renderer(png);
        QVERIFY(renderer.isValid());
        QImage image(renderer.defaultSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QBuffer buffer(&png);
        png.clear();
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.save(&buffer, "PNG"));
    } else {
        QVERIFY(QImage::fromData(png, "PNG").width() > 0); // Qt's own decoder agrees with our encoder
    }
    const QString file = writeTemp(QStringLiteral("qr.png"), png);
    const Run r = run(QStringLiteral("zbarimg"),
                      {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sbinary"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QByteArray payload = r.out;
    while (payload.endsWith('\n')) {
        payload.chop(1);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    QVERIFY2(doc.isArray(), payload.constData());
    const QJsonArray root = doc.array();
    QCOMPARE(root.size(), 4);
    QCOMPARE(root.at(0).toInt(), 1);
    QCOMPARE(root.at(1).toArray(), (QJsonArray{1, 1}));
    const ServerSettings& in = a.incoming.first();
    const ServerSettings& out = a.outgoing.first();
    const int security[] = {3, 2, 0};
    const QJsonArray incoming = root.at(2).toArray();
    QCOMPARE(incoming.at(0).toInt(), in.protocol == Protocol::Pop3 ? 1 : 0);
    QCOMPARE(incoming.at(1).toString(), Hostname::toAce(in.hostname));
    QCOMPARE(incoming.at(2).toInt(), int(in.port));
    QCOMPARE(incoming.at(3).toInt(), security[int(in.socketType)]);
    QCOMPARE(incoming.at(4).toInt(), 1);
    QCOMPARE(incoming.at(5).toString(), in.username);
    const QJsonArray group = root.at(3).toArray().at(0).toArray();
    const QJsonArray outgoing = group.at(0).toArray();
    QCOMPARE(outgoing.at(1).toString(), Hostname::toAce(out.hostname));
    QCOMPARE(outgoing.at(2).toInt(), int(out.port));
    QCOMPARE(outgoing.at(3).toInt(), security[int(out.socketType)]);
    QCOMPARE(group.at(1).toArray(), (QJsonArray{EmailAddress::parse(a.emailAddress).toAce(), realName}));
    if (withPassword) {
        QCOMPARE(incoming.at(7).toString(), Password);
        QCOMPARE(outgoing.at(6).toString(), Password);
    } else {
        QCOMPARE(incoming.size(), 6);
        QCOMPARE(outgoing.size(), 6);
    }
}

void TestExportFormats::aerc_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("realName");
    QTest::newRow("imap-ssl") << QStringLiteral("imap-ssl") << QStringLiteral("Jane Doe");
    QTest::newRow("imap-starttls hostile")
        << QStringLiteral("imap-starttls") << QStringLiteral("Jó \"Q\" O'Brien #1 ; `x` þór");
    QTest::newRow("imap-plain") << QStringLiteral("imap-plain") << QStringLiteral("Anna");
    QTest::newRow("pop3-ssl refused") << QStringLiteral("pop3-ssl") << QStringLiteral("Anna");
    // The cred commands run `portpilot token` (a stand-in on PATH here, see aerc()).
    QTest::newRow("imap-ssl oauth2") << QStringLiteral("imap-ssl-oauth2") << QStringLiteral("Jane Doe");
    QTest::newRow("imap-starttls oauth2 microsoft")
        << QStringLiteral("imap-starttls-oauth2-microsoft") << QStringLiteral("Jane Doe");
}

// aerc has no check option: it runs in a private tmux server, and the screen tells whether it
// loaded the file (it then tries the servers: here a closed loopback port) and what From it uses.
void TestExportFormats::aerc()
{
    QFETCH(QString, kind);
    QFETCH(QString, realName);
    if (QStandardPaths::findExecutable(QStringLiteral("aerc")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("tmux")).isEmpty()) {
        QFAIL("aerc or tmux is missing: run scripts/install-deps.sh test");
    }
    const Account a = account(kind, realName);
    QStringList notes;
    QByteArray conf = exportOne(QStringLiteral("aerc"), a, &notes);
    if (a.incoming.first().protocol == Protocol::Pop3) {
        QVERIFY(conf.isEmpty());
        QVERIFY(notes.first().contains(QStringLiteral("IMAP only")));
        return;
    }
    QVERIFY(!conf.isEmpty());
    const ServerSettings& in = a.incoming.first();
    const ServerSettings& out = a.outgoing.first();
    // Only the server URLs move to the closed port; the keychain keys keep the exported servers.
    QList<QByteArray> lines = conf.split('\n');
    for (QByteArray& line : lines) {
        if (line.startsWith("source =") || line.startsWith("outgoing =")) {
            for (const ServerSettings* s : {&in, &out}) {
                line.replace(Hostname::toAce(s->hostname).toLatin1() + ':' + QByteArray::number(s->port),
                             "127.0.0.1:1");
            }
        }
    }
    const QString home = m_dir.filePath(QStringLiteral("aerc-%1").arg(++m_files));
    QDir().mkpath(home + QStringLiteral("/aerc"));
    QFile file(home + QStringLiteral("/aerc/accounts.conf"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join('\n'));
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // aerc insists

    const QString address = EmailAddress::parse(a.emailAddress).toString();
    // A stand-in for `portpilot token ADDRESS --server HOST`: aerc runs the cred commands when it loads
    // the file, and fails to load it when one fails (so wrong arguments show on the screen).
    const QString bin = fakePortpilot(address);
    QVERIFY(!bin.isEmpty());
    const QString socket = home + QStringLiteral("/tmux.sock");
    const QString command = QStringLiteral("%1 sh -c 'PATH=%3:$PATH XDG_CONFIG_HOME=%2 aerc; sleep 60'")
                                .arg(QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/export/with-keyring.sh"), home, bin);
    const Run start =
        run(QStringLiteral("tmux"),
            {QStringLiteral("-S"), socket, QStringLiteral("new-session"), QStringLiteral("-d"), QStringLiteral("-x"),
             QStringLiteral("200"), QStringLiteral("-y"), QStringLiteral("50"), QStringLiteral("-e"),
             QStringLiteral("KEYRING_KEYS=%1\n%2")
                 .arg(KeychainCommand::keyFor(address, in), KeychainCommand::keyFor(address, out)),
             QStringLiteral("-e"), QStringLiteral("KEYRING_PASSWORD=") + Password, command});
    QVERIFY2(start.exitCode == 0, start.err.constData());
    auto screen = [&socket] {
        return QString::fromUtf8(run(QStringLiteral("tmux"), {QStringLiteral("-S"), socket,
                                                              QStringLiteral("capture-pane"), QStringLiteral("-p")})
                                     .out);
    };
    auto waitFor = [&screen](const QString& text) {
        QString shown;
        for (int i = 0; i < 600 && !shown.contains(text) && !shown.contains(QLatin1String("Failed")); ++i) {
            QTest::qWait(100);
            shown = screen();
        }
        return shown;
    };
    const QString loaded = waitFor(QStringLiteral("connection refused"));
    QString composed;
    if (loaded.contains(QLatin1String("connection refused"))) {
        run(QStringLiteral("tmux"), {QStringLiteral("-S"), socket, QStringLiteral("send-keys"),
                                     QStringLiteral(":compose"), QStringLiteral("Enter")});
        composed = waitFor(QStringLiteral("From:"));
    }
    run(QStringLiteral("tmux"), {QStringLiteral("-S"), socket, QStringLiteral("kill-server")});
    QVERIFY2(loaded.contains(QLatin1String("dial tcp 127.0.0.1:1")), qPrintable(loaded));
    QVERIFY2(!loaded.contains(QLatin1String("Unknown backend")), qPrintable(loaded));
    // aerc shows the name's double quotes as single ones; '#', ';' and backticks must survive go-ini.
    QString shownName = realName;
    shownName.replace(u'"', u'\'');
    QVERIFY2(composed.contains(QStringLiteral("From: \"%1\" <%2>").arg(shownName, a.emailAddress)),
             qPrintable(composed));
}

void TestExportFormats::lineBreaksRefused_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("realName");
    for (const QString& name : ExporterRegistry::instance().names()) {
        QTest::addRow("%s newline", qPrintable(name)) << name << QStringLiteral("Jane\nBcc: x@evil.test");
        QTest::addRow("%s carriage return", qPrintable(name)) << name << QStringLiteral("Jane\rDoe");
    }
}

void TestExportFormats::lineBreaksRefused()
{
    QFETCH(QString, format);
    QFETCH(QString, realName);
    const Exporter::Result result =
        ExporterRegistry::instance().find(format)->exportAccount(account(QStringLiteral("imap-ssl"), realName));
    if (format == QLatin1String("json")) {
        // JSON carries any text faithfully.
        QVERIFY(result.ok());
        QCOMPARE(AccountJson::fromBytes(result.files.first().data)->realName, realName);
        return;
    }
    QVERIFY(!result.ok());
    QVERIFY(result.files.isEmpty());
    QVERIFY2(result.error.contains(format) && result.error.contains(QStringLiteral("display name")),
             qPrintable(result.error));
}

void TestExportFormats::passwordsOnlyWhenAsked_data()
{
    QTest::addColumn<QString>("format");
    for (const QString& name : ExporterRegistry::instance().names()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestExportFormats::passwordsOnlyWhenAsked()
{
    QFETCH(QString, format);
    const Exporter* exporter = ExporterRegistry::instance().find(format);
    const Account a = account(QStringLiteral("imap-starttls"), QStringLiteral("Jane"));
    Exporter::Options options;
    options.incomingPassword = QStringLiteral("Secret-in-42");
    options.outgoingPassword = QStringLiteral("Secret-out-42");
    // Not asked: no password anywhere, even when the caller has one.
    Exporter::Result result = exporter->exportAccount(a, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.holdsSecret);
    for (const Exporter::File& f : result.files) {
        QVERIFY(!f.data.contains("Secret-"));
    }
    // Asked: formats that can hold it write it and mark the file private; the others say why not.
    options.includePassword = true;
    result = exporter->exportAccount(a, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    bool written = false;
    for (const Exporter::File& f : result.files) {
        written = written || f.data.contains("Secret-in-42") || f.data.contains("Secret-out-42");
    }
    if (format.startsWith(QLatin1String("qr-"))) {
        written = result.holdsSecret; // the image holds it, not its bytes in clear
    }
    QCOMPARE(result.holdsSecret, written);
    if (written) {
        QVERIFY(result.privateFile);
    } else {
        QVERIFY2(!result.notes.isEmpty(), "a format without passwords says so");
    }
}

void TestExportFormats::keychainCommandQuoting_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("plain") << QStringLiteral("anna@example.test");
    QTest::newRow("quote") << QStringLiteral("o'brien@example.test");
    QTest::newRow("shell") << QStringLiteral("a$(id)\"`x`;b@example.test");
}

void TestExportFormats::keychainCommandQuoting()
{
    QFETCH(QString, address);
    ServerSettings server;
    server.protocol = Protocol::Imap;
    server.hostname = QStringLiteral("imap.dæmi.test");
    server.port = 993;
    const QString key = KeychainCommand::keyFor(address, server);
    QCOMPARE(key, PasswordStore::keyFor(address, server));
    QCOMPARE(key, QStringLiteral("%1 imap://imap.xn--dmi-yla.test:993").arg(address));
    // A real shell splits the command back into exactly secret-tool's arguments.
    const Run r = run(QStringLiteral("sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("set -- %1; printf '%s\\n' \"$@\"").arg(KeychainCommand::shellCommand(key))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts), KeychainCommand::arguments(key));
    // And the real keychain answers it.
    const Run lookup = inKeyring(KeychainCommand::shellCommand(key), {key});
    QCOMPARE(QString::fromUtf8(lookup.out), Password);
}

void TestExportFormats::authWords_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("incoming"); // which server gets the method
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("expected"); // a line of the file, or empty: the format refuses the method
    using M = AuthMethod;
    auto row = [](const char* name, const char* format, bool incoming, M method, const char* expected) {
        QTest::newRow(name) << QString::fromLatin1(format) << incoming << int(method) << QString::fromUtf8(expected);
    };
    row("msmtp cram-md5", "msmtp", false, M::PasswordEncrypted, "auth cram-md5");
    row("msmtp relay", "msmtp", false, M::ClientIpAddress, "auth off");
    row("msmtp oauth2", "msmtp", false, M::OAuth2, "auth oauthbearer");
    row("fetchmail gssapi", "fetchmail", true, M::Gssapi, "    auth gssapi");
    row("fetchmail oauth2", "fetchmail", true, M::OAuth2, "");
    row("mbsync cram-md5", "mbsync", true, M::PasswordEncrypted, "AuthMechs CRAM-MD5");
    row("mbsync ntlm", "mbsync", true, M::Ntlm, "");
    row("mbsync oauth2", "mbsync", true, M::OAuth2, "");
    row("mutt imap oauth2", "mutt", true, M::OAuth2, "set imap_authenticators = \"oauthbearer:xoauth2\"");
    row("mutt smtp oauth2", "mutt", false, M::OAuth2, "set smtp_authenticators = \"oauthbearer:xoauth2\"");
    row("aerc imap oauth2", "aerc", true, M::OAuth2, "source = imaps+oauthbearer://anna%40example.test@");
    row("aerc smtp oauth2", "aerc", false, M::OAuth2, "outgoing = smtps+oauthbearer://anna%40example.test@");
    row("mobileconfig oauth2", "mobileconfig", true, M::OAuth2, "");
    row("mutt imap ntlm", "mutt", true, M::Ntlm, "set imap_authenticators = \"ntlm\"");
    row("mutt imap without login", "mutt", true, M::None, "");
    row("mutt smtp gssapi", "mutt", false, M::Gssapi, "set smtp_authenticators = \"gssapi\"");
    row("evolution oauth2", "evolution", true, M::OAuth2, "Method=XOAUTH2");
    row("evolution imap without login", "evolution", true, M::None, "");
    row("aerc smtp relay", "aerc", false, M::None, "outgoing = smtps+none://smtp.example.test:465");
    row("aerc imap cram-md5", "aerc", true, M::PasswordEncrypted, "");
    row("aerc smtp cram-md5", "aerc", false, M::PasswordEncrypted, "");
    row("thunderbird gssapi", "thunderbird", true, M::Gssapi, "user_pref(\"mail.server.server_pp1.authMethod\", 5);");
    row("thunderbird smtp-after-pop", "thunderbird", false, M::SmtpAfterPop, "");
    row("mobileconfig ntlm", "mobileconfig", false, M::Ntlm, "<string>EmailAuthNTLM</string>");
    row("mobileconfig gssapi", "mobileconfig", true, M::Gssapi, "");
    row("autodiscover cram-md5", "autodiscover", true, M::PasswordEncrypted, "<SPA>on</SPA>");
    row("autodiscover relay", "autodiscover", false, M::None, "<AuthRequired>off</AuthRequired>");
    row("autodiscover gssapi", "autodiscover", true, M::Gssapi, "");
}

void TestExportFormats::authWords()
{
    QFETCH(QString, format);
    QFETCH(bool, incoming);
    QFETCH(int, method);
    QFETCH(QString, expected);
    Account a = account(QStringLiteral("imap-ssl"), QStringLiteral("Anna"));
    (incoming ? a.incoming : a.outgoing).first().authMethods = {AuthMethod(method)};
    const Exporter::Result result = ExporterRegistry::instance().find(format)->exportAccount(a);
    if (expected.isEmpty()) {
        QVERIFY2(!result.ok(), result.files.value(0).data.constData());
        QVERIFY(result.files.isEmpty());
        const ServerSettings& server = incoming ? a.incoming.first() : a.outgoing.first();
        QVERIFY2(result.error.contains(server.hostname) && result.error.contains(authMethodName(AuthMethod(method))),
                 qPrintable(result.error));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    QString text;
    for (const Exporter::File& file : result.files) {
        text += QString::fromUtf8(file.data);
    }
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestExportFormats::oauth2_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("kind");      // both servers sign in with OAuth2
    QTest::addColumn<QStringList>("lines"); // lines of the file, or none: refused
    QTest::addColumn<QString>("refusal");   // words of the refusal
    auto row = [](const char* name, const char* format, const char* kind, const QStringList& lines,
                  const char* refusal = "") {
        QTest::newRow(name) << QString::fromLatin1(format) << QString::fromLatin1(kind) << lines
                            << QString::fromUtf8(refusal);
    };
    const QString imapToken = QStringLiteral("portpilot token anna@example.test --server imap.example.test");
    const QString popToken = QStringLiteral("portpilot token anna@example.test --server pop.example.test");
    const QString smtpToken = QStringLiteral("portpilot token anna@example.test --server smtp.example.test");
    row("mutt imap", "mutt", "imap-ssl-oauth2",
        {QStringLiteral("set imap_user = \"anna@example.test\""),
         QStringLiteral("set imap_authenticators = \"oauthbearer:xoauth2\""),
         QStringLiteral("set imap_oauth_refresh_command = \"%1\"").arg(imapToken),
         QStringLiteral("set smtp_url = \"smtps://anna%40example.test@smtp.example.test:465/\""),
         QStringLiteral("set smtp_authenticators = \"oauthbearer:xoauth2\""),
         QStringLiteral("set smtp_oauth_refresh_command = \"%1\"").arg(smtpToken)});
    row("mutt pop3", "mutt", "pop3-starttls-oauth2",
        {QStringLiteral("set pop_user = \"anna@example.test\""),
         QStringLiteral("set pop_authenticators = \"oauthbearer\""),
         QStringLiteral("set pop_oauth_refresh_command = \"%1\"").arg(popToken),
         QStringLiteral("set smtp_oauth_refresh_command = \"%1\"").arg(smtpToken)});
    // mutt's own quoting around the shell's: the address has a quote, a $ and a backtick.
    row("mutt hostile address", "mutt", "imap-ssl-oauth2-hostileaddress",
        {QStringLiteral("set imap_oauth_refresh_command = \"portpilot token 'o'\\\\''b\\$r\\`n@example.test' --server "
                        "imap.example.test\"")});
    row("mutt pop3 microsoft", "mutt", "pop3-ssl-oauth2-microsoft", {}, "OAUTHBEARER only");
    row("msmtp", "msmtp", "imap-starttls-oauth2",
        {QStringLiteral("auth oauthbearer"), QStringLiteral("user \"anna@example.test\""),
         QStringLiteral("passwordeval \"%1\"").arg(smtpToken)});
    row("msmtp microsoft", "msmtp", "imap-starttls-oauth2-microsoft",
        {QStringLiteral("auth xoauth2"), QStringLiteral("passwordeval \"%1\"").arg(smtpToken)});
    row("aerc", "aerc", "imap-ssl-oauth2",
        {QStringLiteral("source = imaps+oauthbearer://anna%40example.test@imap.example.test:993"),
         QStringLiteral("source-cred-cmd = %1").arg(imapToken),
         QStringLiteral("outgoing = smtps+oauthbearer://anna%40example.test@smtp.example.test:465"),
         QStringLiteral("outgoing-cred-cmd = %1").arg(smtpToken), QStringLiteral("outgoing-cred-cmd-cache = false")});
    row("aerc starttls microsoft", "aerc", "imap-starttls-oauth2-microsoft",
        {QStringLiteral("source = imap+xoauth2://anna%40example.test@imap.example.test:143"),
         QStringLiteral("outgoing = smtp+xoauth2://anna%40example.test@smtp.example.test:587"),
         QStringLiteral("smtp-starttls = yes")});
    row("aerc without TLS", "aerc", "imap-plain-oauth2", {}, "without TLS");
    row("mbsync", "mbsync", "imap-ssl-oauth2", {}, "Cyrus SASL XOAUTH2 plugin, and Debian 12 has none");
    row("fetchmail", "fetchmail", "pop3-ssl-oauth2", {}, "no OAuth2 login");
    row("mobileconfig", "mobileconfig", "imap-ssl-oauth2", {}, "no OAuth2 setting");
}

// What each format writes for OAuth2 servers, read back by the client where it has a way
// (neomutt -Q, msmtp --pretend; aerc runs in aerc()), and the refusals that say why.
void TestExportFormats::oauth2()
{
    QFETCH(QString, format);
    QFETCH(QString, kind);
    QFETCH(QStringList, lines);
    QFETCH(QString, refusal);
    Account a = account(kind, QStringLiteral("Anna"));
    if (kind.contains(QLatin1String("hostileaddress"))) {
        a.emailAddress = QStringLiteral("o'b$r`n@example.test");
        a.incoming.first().username = a.outgoing.first().username = a.emailAddress;
    }
    const Exporter* exporter = ExporterRegistry::instance().find(format);
    Exporter::Options options;
    options.includePassword = true; // an OAuth2 server has no password to write, even when asked
    options.incomingPassword = options.outgoingPassword = QStringLiteral("Secret-42");
    const Exporter::Result result = exporter->exportAccount(a, options);
    if (!refusal.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY(result.files.isEmpty());
        QVERIFY2(result.error.contains(refusal) && result.error.contains(a.incoming.first().hostname),
                 qPrintable(result.error));
        // Not the generic sentence: this one says why.
        QVERIFY2(!result.error.contains(QStringLiteral("the client has no authentication")), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QByteArray data = result.files.first().data;
    const QString text = QString::fromUtf8(data);
    const QStringList fileLines = text.split(u'\n');
    for (const QString& line : lines) {
        QVERIFY2(fileLines.contains(line), qPrintable(QStringLiteral("no line “%1” in:\n%2").arg(line, text)));
    }
    QVERIFY2(!data.contains("Secret-42") && !data.contains("_pass") && !data.contains("password "), data.constData());
    QVERIFY(!result.holdsSecret);

    const QString address = EmailAddress::parse(a.emailAddress).toString();
    const ServerSettings& in = a.incoming.first();
    const ServerSettings& out = a.outgoing.first();
    if (format == QLatin1String("mutt")) {
        const QString prefix = in.protocol == Protocol::Imap ? QStringLiteral("imap_") : QStringLiteral("pop_");
        const QStringList vars{prefix + QStringLiteral("authenticators"),
                               prefix + QStringLiteral("oauth_refresh_command"), QStringLiteral("smtp_authenticators"),
                               QStringLiteral("smtp_oauth_refresh_command")};
        QStringList args{QStringLiteral("-n"), QStringLiteral("-F"), writeTemp(QStringLiteral("muttrc"), data)};
        for (const QString& v : vars) {
            args << QStringLiteral("-Q") << v;
        }
        const Run r = run(QStringLiteral("neomutt"), args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // neomutt exits 0 on errors: stderr tells
        const QMap<QString, QString> values = muttValues(r.out);
        // neomutt 20220429 has no XOAUTH2 for POP3.
        QCOMPARE(values.value(vars.at(0)),
                 in.protocol == Protocol::Imap ? QStringLiteral("oauthbearer:xoauth2") : QStringLiteral("oauthbearer"));
        QCOMPARE(values.value(vars.at(1)), KeychainCommand::tokenShellCommand(address, in));
        QCOMPARE(values.value(vars.at(2)), QStringLiteral("oauthbearer:xoauth2"));
        QCOMPARE(values.value(vars.at(3)), KeychainCommand::tokenShellCommand(address, out));
    } else if (format == QLatin1String("msmtp")) {
        const QString file = writeTemp(QStringLiteral("msmtprc"), data, true);
        // --pretend runs the passwordeval command too: the stand-in answers it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), fakePortpilot(address) + u':' + env.value(QStringLiteral("PATH")));
        const Run r = run(QStringLiteral("msmtp"), {QStringLiteral("-C"), file, QStringLiteral("--pretend")}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData()); // 78 = configuration error
        const QString shown = QString::fromUtf8(r.out);
        // msmtp shows the method in capitals, and "password = *" once passwordeval gave one.
        const QString mechanism =
            kind.contains(QLatin1String("microsoft")) ? QStringLiteral("XOAUTH2") : QStringLiteral("OAUTHBEARER");
        QVERIFY2(shown.contains(QStringLiteral("\npassword = *\n")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("\nauth = ") + mechanism), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("\npasswordeval = ") + KeychainCommand::tokenShellCommand(address, out)),
                 qPrintable(shown));
    }
}

void TestExportFormats::tokenCommandQuoting_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("address");
    QTest::newRow("plain") << QString() << QStringLiteral("anna@example.test");
    QTest::newRow("quote") << QString() << QStringLiteral("o'brien@example.test");
    QTest::newRow("shell") << QString() << QStringLiteral("a$(id)\"`x`;b@example.test");
    QTest::newRow("program path") << QStringLiteral("/opt/port pilot/it's/portpilot")
                                  << QStringLiteral("anna@dæmi.test");
}

// `portpilot token ADDRESS --server HOST` as the exports write it: a real shell splits it back into
// exactly those arguments, whatever the address and the program's path hold.
void TestExportFormats::tokenCommandQuoting()
{
    QFETCH(QString, program);
    QFETCH(QString, address);
    ServerSettings server;
    server.protocol = Protocol::Smtp;
    server.hostname = QStringLiteral("smtp.dæmi.test");
    server.port = 465;
    KeychainCommand::setPortpilotProgram(program);
    const QString command = KeychainCommand::tokenShellCommand(address, server);
    const QStringList arguments = KeychainCommand::tokenArguments(address, server);
    KeychainCommand::setPortpilotProgram(QString());
    QCOMPARE(arguments, (QStringList{program.isEmpty() ? QStringLiteral("portpilot") : program, QStringLiteral("token"),
                                     address, QStringLiteral("--server"), QStringLiteral("smtp.xn--dmi-yla.test")}));
    const Run r = run(QStringLiteral("sh"),
                      {QStringLiteral("-c"), QStringLiteral("set -- %1; printf '%s\\n' \"$@\"").arg(command)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts), arguments);
}

void TestExportFormats::registryIsComplete()
{
    const QStringList expected{
        QStringLiteral("autoconfig"),  QStringLiteral("mobileconfig"), QStringLiteral("autodiscover"),
        QStringLiteral("thunderbird"), QStringLiteral("mutt"),         QStringLiteral("aerc"),
        QStringLiteral("mbsync"),      QStringLiteral("msmtp"),        QStringLiteral("fetchmail"),
        QStringLiteral("evolution"),   QStringLiteral("dns-zone"),     QStringLiteral("qr-png"),
        QStringLiteral("qr-svg"),      QStringLiteral("json")};
    QCOMPARE(ExporterRegistry::instance().names(), expected);
    for (const auto& exporter : ExporterRegistry::instance().exporters()) {
        QVERIFY(!exporter->description().isEmpty());
        QVERIFY(exporter->mimeType().contains(u'/'));
        QVERIFY(!exporter->defaultFileName(account(QStringLiteral("imap-ssl"), QString())).isEmpty());
    }
}

#include "TestExportFormats.moc"
