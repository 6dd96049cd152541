#include "ThunderbirdProfiles.h"

#include "PrefsJs.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Portpilot {

namespace {

// Where Linux Thunderbirds keep profiles.ini: the package, the Flatpak, the Snap, and the old
// Debian name.
const QStringList ProfileRoots{
    QStringLiteral(".thunderbird"),
    QStringLiteral(".var/app/org.mozilla.Thunderbird/.thunderbird"),
    QStringLiteral("snap/thunderbird/common/.thunderbird"),
    QStringLiteral(".mozilla-thunderbird"),
};

class Prefs
{
public:
    explicit Prefs(const QHash<QString, QVariant>& prefs)
        : m_prefs(prefs)
    {}
    QString string(const QString& name) const { return m_prefs.value(name).toString(); }
    int number(const QString& name, int fallback) const
    {
        const QVariant value = m_prefs.value(name);
        return value.isValid() && value.canConvert<int>() ? value.toInt() : fallback;
    }
    QStringList list(const QString& name) const
    {
        QStringList items = string(name).split(u',', Qt::SkipEmptyParts);
        for (QString& item : items) {
            item = item.trimmed();
        }
        return items;
    }

private:
    const QHash<QString, QVariant>& m_prefs;
};

// Thunderbird's socketType / try_ssl: 0 plain, 2 STARTTLS, 3 SSL/TLS.
SocketType socketTypeOf(int value)
{
    return value == 3 ? SocketType::Ssl : value == 2 ? SocketType::StartTls : SocketType::Plain;
}

// Thunderbird's authMethod numbers (nsMsgAuthMethod).
AuthMethod authMethodOf(int value)
{
    switch (value) {
    case 1:
        return AuthMethod::None;
    case 4:
        return AuthMethod::PasswordEncrypted;
    case 5:
        return AuthMethod::Gssapi;
    case 6:
        return AuthMethod::Ntlm;
    case 7:
        return AuthMethod::ClientCertificate;
    case 10:
        return AuthMethod::OAuth2;
    default:
        return AuthMethod::PasswordCleartext; // 3, and the old 0/2 "password"
    }
}

// A server's directory: "directory-rel" ("[ProfD]Mail/pop.example.com") in the profile, else "directory".
QString directoryOf(const Prefs& prefs, const QString& key, const QString& profile)
{
    const QString relative = prefs.string(key + QStringLiteral(".directory-rel"));
    if (relative.startsWith(QLatin1String("[ProfD]"))) {
        return QDir(profile).filePath(relative.mid(7));
    }
    return prefs.string(key + QStringLiteral(".directory"));
}

std::optional<ServerSettings> smtpServer(const Prefs& prefs, const QString& id)
{
    const QString key = QStringLiteral("mail.smtpserver.") + id;
    ServerSettings server;
    server.protocol = Protocol::Smtp;
    server.hostname = prefs.string(key + QStringLiteral(".hostname"));
    if (server.hostname.isEmpty()) {
        return std::nullopt;
    }
    server.socketType = socketTypeOf(prefs.number(key + QStringLiteral(".try_ssl"), 0));
    server.port = quint16(prefs.number(key + QStringLiteral(".port"), 0));
    if (server.port == 0) {
        server.port = standardPort(Protocol::Smtp, server.socketType);
    }
    server.authMethods = {authMethodOf(prefs.number(key + QStringLiteral(".authMethod"), 3))};
    server.username = prefs.string(key + QStringLiteral(".username"));
    server.source = ConfigSource::Imported;
    return server;
}

} // namespace

QStringList ThunderbirdProfiles::profileDirectories(const QString& home)
{
    QStringList directories;
    for (const QString& root : ProfileRoots) {
        const QString base = QDir(home).filePath(root);
        const QString ini = QDir(base).filePath(QStringLiteral("profiles.ini"));
        if (!QFileInfo(ini).isFile()) {
            continue;
        }
        const QSettings settings(ini, QSettings::IniFormat);
        for (const QString& group : settings.childGroups()) {
            if (!group.startsWith(QLatin1String("Profile"))) {
                continue;
            }
            const QString path = settings.value(group + QStringLiteral("/Path")).toString();
            const bool relative = settings.value(group + QStringLiteral("/IsRelative"), 1).toInt() == 1;
            const QString directory = QDir::cleanPath(relative ? QDir(base).filePath(path) : path);
            if (!path.isEmpty() && isProfile(directory) && !directories.contains(directory)) {
                directories.append(directory);
            }
        }
    }
    return directories;
}

bool ThunderbirdProfiles::isProfile(const QString& path)
{
    return QFileInfo(QDir(path).filePath(QStringLiteral("prefs.js"))).isFile();
}

QList<FoundAccount> ThunderbirdProfiles::accounts(const QString& profileDirectory)
{
    const auto prefs = PrefsJs::read(QDir(profileDirectory).filePath(QStringLiteral("prefs.js")));
    return prefs ? accounts(profileDirectory, *prefs) : QList<FoundAccount>();
}

QList<FoundAccount> ThunderbirdProfiles::accounts(const QString& profileDirectory,
                                                  const QHash<QString, QVariant>& values)
{
    const Prefs prefs(values);
    QList<FoundAccount> found;
    QHash<QString, QString> directoryOfAccount; // account id -> its mail directory
    for (const QString& accountId : prefs.list(QStringLiteral("mail.accountmanager.accounts"))) {
        const QString serverId = prefs.string(QStringLiteral("mail.account.%1.server").arg(accountId));
        const QString key = QStringLiteral("mail.server.") + serverId;
        const QString type = prefs.string(key + QStringLiteral(".type"));
        if (type != QLatin1String("pop3") && type != QLatin1String("imap") && type != QLatin1String("none")) {
            continue; // news, feeds
        }
        FoundAccount account;
        account.program = QStringLiteral("Thunderbird");
        account.profile = profileDirectory;
        account.name = prefs.string(key + QStringLiteral(".name"));
        account.account.source = ConfigSource::Imported;
        const QString directory = directoryOf(prefs, key, profileDirectory);
        directoryOfAccount.insert(accountId, directory);
        if (type != QLatin1String("imap") && !directory.isEmpty()) {
            account.mailDirectories.append(directory);
        }
        if (type != QLatin1String("none")) {
            ServerSettings server;
            server.protocol = type == QLatin1String("pop3") ? Protocol::Pop3 : Protocol::Imap;
            server.hostname = prefs.string(key + QStringLiteral(".hostname"));
            server.socketType = socketTypeOf(prefs.number(key + QStringLiteral(".socketType"), 0));
            server.port = quint16(prefs.number(key + QStringLiteral(".port"), 0));
            if (server.port == 0) {
                server.port = standardPort(server.protocol, server.socketType);
            }
            server.authMethods = {authMethodOf(prefs.number(key + QStringLiteral(".authMethod"), 3))};
            server.username = prefs.string(key + QStringLiteral(".userName"));
            server.source = ConfigSource::Imported;
            account.account.incoming.append(server);
        }
        const QStringList identities = prefs.list(QStringLiteral("mail.account.%1.identities").arg(accountId));
        if (!identities.isEmpty()) {
            const QString identity = QStringLiteral("mail.identity.") + identities.constFirst();
            account.account.emailAddress = prefs.string(identity + QStringLiteral(".useremail"));
            account.account.realName = prefs.string(identity + QStringLiteral(".fullName"));
            QString smtp = prefs.string(identity + QStringLiteral(".smtpServer"));
            if (smtp.isEmpty()) {
                smtp = prefs.string(QStringLiteral("mail.smtp.defaultserver"));
            }
            if (const auto outgoing = smtpServer(prefs, smtp)) {
                account.account.outgoing.append(*outgoing);
            }
        }
        // A POP3 account may deliver into another account's folders ("Global Inbox", usually Local
        // Folders): its mail is there.
        const QString deferred = prefs.string(key + QStringLiteral(".deferred_to_account"));
        if (!deferred.isEmpty()) {
            account.mailDirectories = {QStringLiteral("@") + deferred};
        }
        found.append(account);
    }
    for (FoundAccount& account : found) {
        for (QString& directory : account.mailDirectories) {
            if (directory.startsWith(u'@')) {
                directory = directoryOfAccount.value(directory.mid(1));
            }
        }
        account.mailDirectories.removeAll(QString());
    }
    return found;
}

} // namespace Portpilot
