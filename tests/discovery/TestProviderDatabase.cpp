#include "Hostname.h"
#include "ProviderDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Portpilot;

// The bundled provider database: it loads from the resource, every entry is valid,
// the providers the wizard promises are there, and the reader refuses broken documents.
class TestProviderDatabase : public QObject
{
    Q_OBJECT

private:
    static QJsonObject minimalProvider()
    {
        return QJsonDocument::fromJson(R"({
            "id": "example", "name": "Example Mail", "domains": ["example.org"],
            "username": "%EMAILADDRESS%", "auth": ["password-cleartext"], "password": "normal",
            "servers": [
                {"protocol": "imap", "host": "imap.example.org", "port": 993, "security": "ssl"},
                {"protocol": "smtp", "host": "smtp.example.org", "port": 587, "security": "starttls"}
            ]})")
            .object();
    }
    static QByteArray document(const QJsonArray& providers)
    {
        QJsonObject root{{QStringLiteral("format"), QStringLiteral("portpilot-providers")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("providers"), providers}};
        return QJsonDocument(root).toJson();
    }

private Q_SLOTS:
    void bundledLoadsAndIsValid()
    {
        QString error;
        const QByteArray bytes = ProviderDatabase::bundledDocument(&error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        const std::optional<ProviderDatabase> database = ProviderDatabase::parse(bytes, &error);
        QVERIFY2(database, qPrintable(error));
        QCOMPARE(ProviderDatabase::bundled().entries().size(), database->entries().size());
        QVERIFY(database->entries().size() >= 40);
    }

    void sourceFileMatchesResource()
    {
        QFile file(QStringLiteral(PORTPILOT_SOURCE_DIR "/resources/providers/providers.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), ProviderDatabase::bundledDocument());
    }

    void everyEntryIsComplete()
    {
        for (const ProviderEntry& entry : ProviderDatabase::bundled().entries()) {
            const QByteArray id = entry.id().toUtf8();
            QVERIFY2(!entry.account.provider.displayName.isEmpty(), id);
            QVERIFY2(!entry.account.incoming.isEmpty() && !entry.account.outgoing.isEmpty(), id);
            for (const ServerSettings& server : entry.account.incoming + entry.account.outgoing) {
                QVERIFY2(server.socketType != SocketType::Plain, id);
                QVERIFY2(Hostname::isValid(server.hostname), id);
                QVERIFY2(!server.username.isEmpty(), id);
                QCOMPARE(server.source, ConfigSource::Bundled);
            }
            if (entry.passwordPolicy != PasswordPolicy::Normal) {
                QVERIFY2(entry.passwordHelpUrl.startsWith(QLatin1String("https://")), id);
            }
            for (const QString& domain : entry.domains) {
                const std::optional<ProviderEntry> found = ProviderDatabase::bundled().findByDomain(domain);
                QVERIFY2(found && found->id() == entry.id(), qPrintable(domain));
            }
            for (const ProviderEnableInstructions& enable : entry.account.provider.enable) {
                QVERIFY2(!ProviderInfo::pick(enable.instructions, QStringLiteral("en")).isEmpty(), id);
                QVERIFY2(!ProviderInfo::pick(enable.instructions, QStringLiteral("is")).isEmpty(), id);
            }
        }
    }

    void findByDomain_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("imapHost");
        QTest::addColumn<int>("policy");
        QTest::newRow("gmail") << "gmail.com"
                               << "google"
                               << "imap.gmail.com" << int(PasswordPolicy::AppPassword);
        QTest::newRow("googlemail upper") << "GoogleMail.COM"
                                          << "google"
                                          << "imap.gmail.com" << int(PasswordPolicy::AppPassword);
        QTest::newRow("outlook") << "outlook.com"
                                 << "outlook.com"
                                 << "outlook.office365.com" << int(PasswordPolicy::OAuth2Only);
        QTest::newRow("hotmail") << "hotmail.com"
                                 << "outlook.com"
                                 << "outlook.office365.com" << int(PasswordPolicy::OAuth2Only);
        QTest::newRow("live") << "live.com"
                              << "outlook.com"
                              << "outlook.office365.com" << int(PasswordPolicy::OAuth2Only);
        QTest::newRow("yahoo") << "yahoo.com"
                               << "yahoo"
                               << "imap.mail.yahoo.com" << int(PasswordPolicy::AppPassword);
        QTest::newRow("aol") << "aol.com"
                             << "aol"
                             << "imap.aol.com" << int(PasswordPolicy::AppPassword);
        QTest::newRow("icloud") << "icloud.com"
                                << "icloud"
                                << "imap.mail.me.com" << int(PasswordPolicy::AppPassword);
        QTest::newRow("gmx.de") << "gmx.de"
                                << "gmx.net"
                                << "imap.gmx.net" << int(PasswordPolicy::Normal);
        QTest::newRow("web.de") << "web.de"
                                << "web.de"
                                << "imap.web.de" << int(PasswordPolicy::Normal);
        QTest::newRow("mail.com") << "mail.com"
                                  << "mail.com"
                                  << "imap.mail.com" << int(PasswordPolicy::Normal);
        QTest::newRow("zoho") << "zoho.com"
                              << "zoho.com"
                              << "imap.zoho.com" << int(PasswordPolicy::AppPassword);
        QTest::newRow("fastmail") << "fastmail.com"
                                  << "fastmail"
                                  << "imap.fastmail.com" << int(PasswordPolicy::AppPassword);
        QTest::newRow("yandex") << "yandex.ru"
                                << "yandex"
                                << "imap.yandex.com" << int(PasswordPolicy::AppPassword);
        QTest::newRow("mail.ru") << "mail.ru"
                                 << "mail.ru"
                                 << "imap.mail.ru" << int(PasswordPolicy::AppPassword);
        QTest::newRow("qq") << "qq.com"
                            << "qq.com"
                            << "imap.qq.com" << int(PasswordPolicy::AppPassword);
        QTest::newRow("163") << "163.com"
                             << "163.com"
                             << "imap.163.com" << int(PasswordPolicy::AppPassword);
        QTest::newRow("126") << "126.com"
                             << "126.com"
                             << "imap.126.com" << int(PasswordPolicy::AppPassword);
        QTest::newRow("posteo.is (Icelandic)") << "posteo.is"
                                               << "posteo"
                                               << "posteo.de" << int(PasswordPolicy::Normal);
        QTest::newRow("mailbox.org") << "mailbox.org"
                                     << "mailbox.org"
                                     << "imap.mailbox.org" << int(PasswordPolicy::Normal);
        QTest::newRow("t-online") << "t-online.de"
                                  << "t-online"
                                  << "secureimap.t-online.de" << int(PasswordPolicy::AppPassword);
        QTest::newRow("orange") << "orange.fr"
                                << "orange.fr"
                                << "imap.orange.fr" << int(PasswordPolicy::Normal);
        QTest::newRow("free") << "free.fr"
                              << "free.fr"
                              << "imap.free.fr" << int(PasswordPolicy::Normal);
        QTest::newRow("libero") << "libero.it"
                                << "libero.it"
                                << "imapmail.libero.it" << int(PasswordPolicy::Normal);
        QTest::newRow("seznam") << "seznam.cz"
                                << "seznam.cz"
                                << "imap.seznam.cz" << int(PasswordPolicy::Normal);
        QTest::newRow("comcast") << "comcast.net"
                                 << "comcast"
                                 << "imap.comcast.net" << int(PasswordPolicy::Normal);
    }
    void findByDomain()
    {
        QFETCH(QString, domain);
        QFETCH(QString, provider);
        QFETCH(QString, imapHost);
        QFETCH(int, policy);
        const std::optional<ProviderEntry> entry = ProviderDatabase::bundled().findByDomain(domain);
        QVERIFY(entry);
        QCOMPARE(entry->id(), provider);
        QCOMPARE(entry->account.incoming.first().hostname, imapHost);
        QCOMPARE(int(entry->passwordPolicy), policy);
    }

    void unknownDomainsAreNotFound()
    {
        QVERIFY(!ProviderDatabase::bundled().findByDomain(QStringLiteral("example.test")));
        QVERIFY(!ProviderDatabase::bundled().findByDomain(QStringLiteral("mail.gmail.com")));
        QVERIFY(!ProviderDatabase::bundled().findByDomain(QString()));
    }

    void findByMxHost_data()
    {
        QTest::addColumn<QString>("mxHost");
        QTest::addColumn<QString>("provider");
        QTest::newRow("google workspace") << "aspmx.l.google.com."
                                          << "google-workspace";
        QTest::newRow("microsoft 365") << "contoso-com.mail.protection.outlook.com"
                                       << "microsoft365";
        QTest::newRow("outlook.com consumer") << "eur.olc.protection.outlook.com"
                                              << "outlook.com";
        QTest::newRow("godaddy") << "mx1.secureserver.net"
                                 << "godaddy";
        QTest::newRow("fastmail") << "in1-smtp.messagingengine.com"
                                  << "fastmail";
        QTest::newRow("unknown") << "mx.example.test"
                                 << "";
        QTest::newRow("suffix is not a label boundary") << "notsecureserver.net"
                                                        << "";
    }
    void findByMxHost()
    {
        QFETCH(QString, mxHost);
        QFETCH(QString, provider);
        const std::optional<ProviderEntry> entry = ProviderDatabase::bundled().findByMxHost(mxHost);
        QCOMPARE(entry ? entry->id() : QString(), provider);
    }

    void refusesBrokenDocuments_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("errorPart");
        auto with = [](const char* key, const QJsonValue& value) {
            QJsonObject p = minimalProvider();
            p.insert(QLatin1String(key), value);
            return document({p});
        };
        auto withServer = [](const char* key, const QJsonValue& value) {
            QJsonObject p = minimalProvider();
            QJsonArray servers = p.value(QStringLiteral("servers")).toArray();
            QJsonObject s = servers.at(0).toObject();
            s.insert(QLatin1String(key), value);
            servers.replace(0, s);
            p.insert(QStringLiteral("servers"), servers);
            return document({p});
        };
        QTest::newRow("valid") << document({minimalProvider()}) << "";
        QTest::newRow("not json") << QByteArray("{\"format\": ") << "not valid JSON";
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1,"providers":[]})")
                                      << "not a Portpilot provider database";
        QTest::newRow("future version") << QByteArray(R"({"format":"portpilot-providers","version":2})")
                                        << "unsupported";
        QTest::newRow("empty") << document({}) << "no providers";
        QTest::newRow("unknown field") << with("colour", QStringLiteral("blue")) << "unknown field “colour”";
        QTest::newRow("plaintext server") << withServer("security", QStringLiteral("plain")) << "ssl or starttls";
        QTest::newRow("port 0") << withServer("port", 0) << "port";
        QTest::newRow("port too big") << withServer("port", 70000) << "port";
        QTest::newRow("bad host") << withServer("host", QStringLiteral("imap example.org")) << "invalid host name";
        QTest::newRow("bad protocol") << withServer("protocol", QStringLiteral("gopher")) << "protocol";
        QTest::newRow("bad auth") << withServer("auth", QJsonArray{QStringLiteral("magic")}) << "magic";
        QTest::newRow("bad domain") << with("domains", QJsonArray{QStringLiteral("a b")}) << "invalid domain";
        QTest::newRow("app password without help")
            << with("password", QStringLiteral("app-password")) << "passwordHelp";
        QTest::newRow("http documentation")
            << with("documentation", QJsonArray{QStringLiteral("http://x.example/")}) << "https://";
        QTest::newRow("enable without English")
            << with("enable",
                    QJsonObject{{QStringLiteral("url"), QStringLiteral("https://x.example/")},
                                {QStringLiteral("text"), QJsonObject{{QStringLiteral("is"), QStringLiteral("Halló")}}}})
            << "English";
        QJsonObject second = minimalProvider();
        second.insert(QStringLiteral("id"), QStringLiteral("other"));
        QTest::newRow("domain twice") << document({minimalProvider(), second}) << "two providers";
        QTest::newRow("id twice") << document({minimalProvider(), minimalProvider()}) << "appears twice";
        QJsonObject noOutgoing = minimalProvider();
        QJsonArray onlyImap{noOutgoing.value(QStringLiteral("servers")).toArray().at(0)};
        noOutgoing.insert(QStringLiteral("servers"), onlyImap);
        QTest::newRow("no outgoing") << document({noOutgoing}) << "outgoing";
        QTest::newRow("too large") << QByteArray(ProviderDatabase::MaxDocumentSize + 1, ' ') << "larger than";
    }
    void refusesBrokenDocuments()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, errorPart);
        QString error;
        const std::optional<ProviderDatabase> database = ProviderDatabase::parse(document, &error);
        if (errorPart.isEmpty()) {
            QVERIFY2(database, qPrintable(error));
            return;
        }
        QVERIFY(!database);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProviderDatabase)
#include "TestProviderDatabase.moc"
