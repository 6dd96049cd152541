#include "MuttExporter.h"

#include "Hostname.h"
#include "KeychainCommand.h"

#include <QUrl>

namespace Portpilot {

namespace {

// A muttrc double-quoted string: backslash, quote, backtick and $ are special inside.
QString quoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == u'\\' || c == u'"' || c == u'`' || c == u'$') {
            out += u'\\';
        }
        out += c;
    }
    return out + u'"';
}

QString userInfo(const QString& user)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(user));
}

} // namespace

QString MuttExporter::name() const
{
    return QStringLiteral("mutt");
}

QString MuttExporter::description() const
{
    return tr("muttrc for mutt and neomutt; the password comes from the keychain");
}

QString MuttExporter::defaultFileName(const Account&) const
{
    return QStringLiteral("muttrc");
}

QString MuttExporter::mimeType() const
{
    return QStringLiteral("text/plain");
}

void MuttExporter::write(const Context& context, Result& result) const
{
    const ServerSettings& in = context.incoming;
    const ServerSettings& out = context.outgoing;
    // An empty list is no login, which only SMTP may do without.
    auto authenticators = [&](const ServerSettings& server) {
        return authWord(
            result, server,
            {{AuthMethod::PasswordCleartext, server.protocol == Protocol::Pop3 ? "user" : "plain:login"},
             {AuthMethod::PasswordEncrypted, "cram-md5"},
             {AuthMethod::Gssapi, "gssapi"},
             {AuthMethod::Ntlm, "ntlm"},
             // neomutt tries them in this order, each with the *_oauth_refresh_command token;
             // neomutt 20220429 (Debian 12) has no XOAUTH2 for POP3.
             {AuthMethod::OAuth2, server.protocol == Protocol::Pop3 ? "oauthbearer" : "oauthbearer:xoauth2"},
             {AuthMethod::None, ""},
             {AuthMethod::ClientIpAddress, ""}});
    };
    const auto inAuth = authenticators(in);
    if (inAuth && inAuth->isEmpty()) {
        refuseAuth(result, in);
    }
    if (result.ok() && in.protocol == Protocol::Pop3 && in.preferredAuth() == AuthMethod::OAuth2 &&
        QLatin1String(oauth2Mechanism(context, in)) == QLatin1String("xoauth2")) {
        refuseSetting(result, in,
                      tr("neomutt 20220429 signs in to POP3 servers with OAUTHBEARER only, and this server takes "
                         "XOAUTH2 only."));
    }
    const auto outAuth = result.ok() ? authenticators(out) : std::nullopt;
    if (!result.ok()) {
        return;
    }
    // TLS is one switch for all of mutt's connections: never let a plain server loosen a TLS one.
    const bool inPlain = in.socketType == SocketType::Plain;
    const bool outPlain = out.socketType == SocketType::Plain;
    if (inPlain != outPlain) {
        refuseSetting(result, inPlain ? in : out,
                      tr("mutt can only require TLS for all servers or for none, and the other server uses TLS."));
        return;
    }
    const bool inOAuth2 = in.preferredAuth() == AuthMethod::OAuth2;
    const bool outOAuth2 = out.preferredAuth() == AuthMethod::OAuth2;
    if (!context.options.includePassword) {
        // The OAuth2 servers get no backtick command.
        const QList<std::pair<QString, bool>> keys{{context.incomingKey, inOAuth2}, {context.outgoingKey, outOAuth2}};
        for (const auto& [key, oauth2] : keys) {
            if (!oauth2 && key.contains(u'`')) {
                refuse(result, Field::EmailAddress, context.address.toString(),
                       tr("a backtick cannot appear in mutt's keychain command."));
                return;
            }
        }
    }
    auto password = [&](const QString& key, const QString& clear) {
        if (context.options.includePassword) {
            return quoted(clear);
        }
        // Run when mutt reads the file; the output is the password.
        return QStringLiteral("\"`") + KeychainCommand::shellCommand(key) + QStringLiteral("`\"");
    };
    // neomutt runs it (sh -c) whenever it needs a token; its output is the access token.
    auto tokenCommand = [&](const ServerSettings& server) {
        return quoted(KeychainCommand::tokenShellCommand(context.address.toString(), server));
    };

    QStringList lines;
    auto set = [&lines](const QString& variable, const QString& value) {
        lines.append(QStringLiteral("set %1 = %2").arg(variable, value));
    };
    lines.append(QStringLiteral("# mutt/neomutt settings for %1, written by Portpilot.").arg(context.address.toAce()));
    set(QStringLiteral("realname"), quoted(context.account.realName));
    set(QStringLiteral("from"), quoted(context.address.toAce()));
    set(QStringLiteral("use_from"), QStringLiteral("yes"));

    const QString inHost = Hostname::toAce(in.hostname);
    if (in.protocol == Protocol::Imap) {
        const QString scheme = in.socketType == SocketType::Ssl ? QStringLiteral("imaps") : QStringLiteral("imap");
        set(QStringLiteral("imap_user"), quoted(in.username));
        if (inOAuth2) {
            set(QStringLiteral("imap_authenticators"), quoted(*inAuth));
            set(QStringLiteral("imap_oauth_refresh_command"), tokenCommand(in));
        } else {
            set(QStringLiteral("imap_pass"), password(context.incomingKey, context.options.incomingPassword));
            set(QStringLiteral("imap_authenticators"), quoted(*inAuth));
        }
        set(QStringLiteral("folder"), quoted(QStringLiteral("%1://%2:%3/").arg(scheme, inHost).arg(in.port)));
        set(QStringLiteral("spoolfile"), quoted(QStringLiteral("+INBOX")));
        set(QStringLiteral("record"), quoted(QStringLiteral("+Sent")));
        set(QStringLiteral("postponed"), quoted(QStringLiteral("+Drafts")));
    } else {
        const QString scheme = in.socketType == SocketType::Ssl ? QStringLiteral("pops") : QStringLiteral("pop");
        set(QStringLiteral("pop_host"), quoted(QStringLiteral("%1://%2:%3/").arg(scheme, inHost).arg(in.port)));
        set(QStringLiteral("pop_user"), quoted(in.username));
        if (inOAuth2) {
            set(QStringLiteral("pop_authenticators"), quoted(*inAuth));
            set(QStringLiteral("pop_oauth_refresh_command"), tokenCommand(in));
        } else {
            set(QStringLiteral("pop_pass"), password(context.incomingKey, context.options.incomingPassword));
            set(QStringLiteral("pop_authenticators"), quoted(*inAuth));
        }
        set(QStringLiteral("pop_delete"), in.leaveMessagesOnServer ? QStringLiteral("no") : QStringLiteral("yes"));
        set(QStringLiteral("mbox_type"), QStringLiteral("Maildir"));
        set(QStringLiteral("folder"), quoted(QStringLiteral("~/Mail")));
        set(QStringLiteral("spoolfile"), quoted(QStringLiteral("~/Mail/inbox")));
    }

    const QString outScheme = out.socketType == SocketType::Ssl ? QStringLiteral("smtps") : QStringLiteral("smtp");
    const bool outLogin =
        authMethodNeedsPassword(out.preferredAuth()) || out.preferredAuth() == AuthMethod::Gssapi || outOAuth2;
    const QString outUser = outLogin ? userInfo(out.username) + u'@' : QString();
    set(QStringLiteral("smtp_url"),
        quoted(QStringLiteral("%1://%2%3:%4/").arg(outScheme, outUser, Hostname::toAce(out.hostname)).arg(out.port)));
    if (outLogin) {
        set(QStringLiteral("smtp_authenticators"), quoted(*outAuth));
        if (authMethodNeedsPassword(out.preferredAuth())) {
            set(QStringLiteral("smtp_pass"), password(context.outgoingKey, context.options.outgoingPassword));
        } else if (outOAuth2) {
            set(QStringLiteral("smtp_oauth_refresh_command"), tokenCommand(out));
        }
    }
    set(QStringLiteral("ssl_starttls"), inPlain ? QStringLiteral("no") : QStringLiteral("yes"));
    set(QStringLiteral("ssl_force_tls"), inPlain ? QStringLiteral("no") : QStringLiteral("yes"));

    if (inPlain) {
        result.notes.append(tr("Both servers are used without encryption: mutt sends the password unprotected."));
    }
    // An OAuth2 server's token is never written: its command runs instead.
    result.holdsSecret = context.options.includePassword && (!inOAuth2 || authMethodNeedsPassword(out.preferredAuth()));
    addFile(result, context, (lines.join(u'\n') + u'\n').toUtf8());
}

} // namespace Portpilot
