#include "EvolutionAccounts.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace Portpilot {

namespace {

using Groups = QHash<QString, QHash<QString, QString>>;

constexpr qint64 MaxSourceFileSize = 1024 * 1024;

// A GLib key file: "[Group]" lines, "Key=Value" lines, "#" comments; \s \n \t \r \\ escapes.
Groups readKeyFile(const QString& path)
{
    Groups groups;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxSourceFileSize) {
        return groups;
    }
    QString group;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            group = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0 || group.isEmpty()) {
            continue;
        }
        QString value;
        const QString escaped = line.mid(equals + 1).trimmed();
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            if (escaped.at(i) != u'\\' || i + 1 == escaped.size()) {
                value += escaped.at(i);
                continue;
            }
            const QChar e = escaped.at(++i);
            value += e == u's'   ? QChar(u' ')
                     : e == u'n' ? QChar(u'\n')
                     : e == u't' ? QChar(u'\t')
                     : e == u'r' ? QChar(u'\r')
                                 : e;
        }
        groups[group].insert(line.left(equals).trimmed(), value);
    }
    return groups;
}

SocketType socketTypeOf(const QString& method)
{
    return method == QLatin1String("ssl-on-alternate-port")       ? SocketType::Ssl
           : method == QLatin1String("starttls-on-standard-port") ? SocketType::StartTls
                                                                  : SocketType::Plain;
}

AuthMethod authMethodOf(const QString& mechanism)
{
    const QString upper = mechanism.toUpper();
    if (upper == QLatin1String("XOAUTH2") || upper == QLatin1String("GOOGLE") || upper == QLatin1String("OUTLOOK")) {
        return AuthMethod::OAuth2;
    }
    if (upper == QLatin1String("CRAM-MD5") || upper.startsWith(QLatin1String("SCRAM")) ||
        upper == QLatin1String("APOP")) {
        return AuthMethod::PasswordEncrypted;
    }
    if (upper == QLatin1String("GSSAPI")) {
        return AuthMethod::Gssapi;
    }
    if (upper == QLatin1String("NTLM")) {
        return AuthMethod::Ntlm;
    }
    return AuthMethod::PasswordCleartext;
}

std::optional<ServerSettings> serverOf(const Groups& source, Protocol protocol)
{
    const auto authentication = source.value(QStringLiteral("Authentication"));
    ServerSettings server;
    server.protocol = protocol;
    server.hostname = authentication.value(QStringLiteral("Host"));
    if (server.hostname.isEmpty()) {
        return std::nullopt;
    }
    server.socketType = socketTypeOf(source.value(QStringLiteral("Security")).value(QStringLiteral("Method")));
    server.port = quint16(authentication.value(QStringLiteral("Port")).toUInt());
    if (server.port == 0) {
        server.port = standardPort(protocol, server.socketType);
    }
    server.username = authentication.value(QStringLiteral("User"));
    server.authMethods = {authMethodOf(authentication.value(QStringLiteral("Method")))};
    server.source = ConfigSource::Imported;
    return server;
}

} // namespace

QList<FoundAccount> EvolutionAccounts::accounts(const QString& home)
{
    const QDir sources(QDir(home).filePath(QStringLiteral(".config/evolution/sources")));
    QHash<QString, Groups> byUid;
    for (const QString& name : sources.entryList({QStringLiteral("*.source")}, QDir::Files, QDir::Name)) {
        byUid.insert(name.chopped(7), readKeyFile(sources.filePath(name)));
    }
    const QString localStore = QDir(home).filePath(QStringLiteral(".local/share/evolution/mail/local"));
    QList<FoundAccount> found;
    for (auto it = byUid.cbegin(); it != byUid.cend(); ++it) {
        const auto mailAccount = it->value(QStringLiteral("Mail Account"));
        const QString backend = mailAccount.value(QStringLiteral("BackendName"));
        if (backend != QLatin1String("pop") && backend != QLatin1String("imapx")) {
            continue;
        }
        FoundAccount account;
        account.program = QStringLiteral("Evolution");
        account.profile = sources.filePath(it.key() + QStringLiteral(".source"));
        account.name = it->value(QStringLiteral("Data Source")).value(QStringLiteral("DisplayName"));
        account.account.source = ConfigSource::Imported;
        const Protocol protocol = backend == QLatin1String("pop") ? Protocol::Pop3 : Protocol::Imap;
        if (const auto incoming = serverOf(*it, protocol)) {
            account.account.incoming.append(*incoming);
        }
        const Groups identity = byUid.value(mailAccount.value(QStringLiteral("IdentityUid")));
        account.account.emailAddress = identity.value(QStringLiteral("Mail Identity")).value(QStringLiteral("Address"));
        account.account.realName = identity.value(QStringLiteral("Mail Identity")).value(QStringLiteral("Name"));
        const Groups transport =
            byUid.value(identity.value(QStringLiteral("Mail Submission")).value(QStringLiteral("TransportUid")));
        if (const auto outgoing = serverOf(transport, Protocol::Smtp)) {
            account.account.outgoing.append(*outgoing);
        }
        if (protocol == Protocol::Pop3 && QFileInfo::exists(localStore)) {
            account.mailDirectories.append(localStore);
        }
        found.append(account);
    }
    std::sort(found.begin(), found.end(),
              [](const FoundAccount& a, const FoundAccount& b) { return a.profile < b.profile; });
    return found;
}

} // namespace Portpilot
