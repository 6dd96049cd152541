#include "AercExporter.h"

#include "Hostname.h"
#include "KeychainCommand.h"

#include <QUrl>

namespace Portpilot {

namespace {

// aerc reads accounts.conf with go-ini: " #" and ";" start a comment and outer quotes are
// stripped, but a value inside backticks (or triple quotes) is taken as it is.
std::optional<QString> iniValue(const QString& text)
{
    bool plain = !text.isEmpty() && !text.front().isSpace() && !text.back().isSpace();
    for (QChar c : text) {
        if (c == u'#' || c == u';' || c == u'"' || c == u'\'' || c == u'`') {
            plain = false;
        }
    }
    if (plain) {
        return text;
    }
    if (!text.contains(u'`')) {
        return u'`' + text + u'`';
    }
    if (!text.contains(QLatin1String("\"\"\"")) && !text.endsWith(u'"')) {
        return QStringLiteral("\"\"\"") + text + QStringLiteral("\"\"\"");
    }
    return std::nullopt;
}

// "Name" <address> as RFC 5322 wants it (Go's net/mail parses aerc's from).
QString mailbox(const QString& name, const QString& address)
{
    if (name.isEmpty()) {
        return address;
    }
    QString escaped;
    for (QChar c : name) {
        if (c == u'"' || c == u'\\') {
            escaped += u'\\';
        }
        escaped += c;
    }
    return QStringLiteral("\"%1\" <%2>").arg(escaped, address);
}

QString userInfo(const QString& user)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(user));
}

} // namespace

QString AercExporter::name() const
{
    return QStringLiteral("aerc");
}

QString AercExporter::description() const
{
    return tr("aerc 0.14 account (accounts.conf, IMAP only); the password comes from the keychain");
}

QString AercExporter::defaultFileName(const Account&) const
{
    return QStringLiteral("accounts.conf");
}

QString AercExporter::mimeType() const
{
    return QStringLiteral("text/plain");
}

void AercExporter::write(const Context& context, Result& result) const
{
    const ServerSettings& in = context.incoming;
    const ServerSettings& out = context.outgoing;
    if (in.protocol != Protocol::Imap) {
        refuseSetting(result, in, tr("aerc reads mail over IMAP only."));
        return;
    }
    // aerc 0.14 logs in to IMAP with the password or an OAuth2 token; the scheme's suffix names the method.
    const QByteArray inOAuth2 = '+' + QByteArray(oauth2Mechanism(context, in));
    const QByteArray outOAuth2 = '+' + QByteArray(oauth2Mechanism(context, out));
    const auto inAuth =
        authWord(result, in, {{AuthMethod::PasswordCleartext, ""}, {AuthMethod::OAuth2, inOAuth2.constData()}});
    const auto outAuth = inAuth ? authWord(result, out,
                                           {{AuthMethod::PasswordCleartext, "+plain"},
                                            {AuthMethod::OAuth2, outOAuth2.constData()},
                                            {AuthMethod::None, "+none"},
                                            {AuthMethod::ClientIpAddress, "+none"}})
                                : std::nullopt;
    if (!outAuth) {
        return;
    }
    const bool inToken = in.preferredAuth() == AuthMethod::OAuth2;
    const bool outToken = out.preferredAuth() == AuthMethod::OAuth2;
    if (inToken && in.socketType == SocketType::Plain) {
        refuseSetting(result, in, tr("aerc 0.14 has no way to sign in with OAuth2 without TLS."));
        return;
    }
    const bool include = context.options.includePassword;
    // An OAuth2 server gets its token from `portpilot token` every time; no password is written for it.
    auto credentials = [&](const QString& user, const QString& password, bool token) {
        return include && !token ? QStringLiteral("%1:%2@").arg(userInfo(user), userInfo(password))
                                 : userInfo(user) + u'@';
    };

    // aerc 0.14: imap:// is STARTTLS, imap+insecure:// plain; smtp:// is plain unless smtp-starttls = yes.
    const QString inScheme = in.socketType == SocketType::Ssl        ? QStringLiteral("imaps")
                             : in.socketType == SocketType::StartTls ? QStringLiteral("imap")
                                                                     : QStringLiteral("imap+insecure");
    const QString source =
        QStringLiteral("%1%2://%3%4:%5")
            .arg(inScheme, *inAuth, credentials(in.username, context.options.incomingPassword, inToken),
                 Hostname::toAce(in.hostname))
            .arg(in.port);
    const QString outScheme = out.socketType == SocketType::Ssl ? QStringLiteral("smtps") : QStringLiteral("smtp");
    const QString outUser = *outAuth == QLatin1String("+none")
                                ? QString()
                                : credentials(out.username, context.options.outgoingPassword, outToken);
    const QString outgoing =
        QStringLiteral("%1%2://%3%4:%5").arg(outScheme, *outAuth, outUser, Hostname::toAce(out.hostname)).arg(out.port);

    const QString address = context.address.toString();
    QList<std::pair<QString, QString>> keys{{QStringLiteral("source"), source}};
    if (inToken) {
        keys.append({QStringLiteral("source-cred-cmd"), KeychainCommand::tokenShellCommand(address, in)});
    } else if (!include) {
        keys.append({QStringLiteral("source-cred-cmd"), KeychainCommand::shellCommand(context.incomingKey)});
    }
    keys.append({QStringLiteral("outgoing"), outgoing});
    if (out.socketType == SocketType::StartTls) {
        keys.append({QStringLiteral("smtp-starttls"), QStringLiteral("yes")});
    }
    if (outToken) {
        keys.append({QStringLiteral("outgoing-cred-cmd"), KeychainCommand::tokenShellCommand(address, out)});
        // A fresh token for every message: access tokens expire within hours.
        keys.append({QStringLiteral("outgoing-cred-cmd-cache"), QStringLiteral("false")});
    } else if (!include && !outUser.isEmpty()) {
        keys.append({QStringLiteral("outgoing-cred-cmd"), KeychainCommand::shellCommand(context.outgoingKey)});
    }
    keys.append({QStringLiteral("from"), mailbox(context.account.realName, context.address.toAce())});
    keys.append({QStringLiteral("default"), QStringLiteral("INBOX")});
    keys.append({QStringLiteral("copy-to"), QStringLiteral("Sent")});

    QStringList lines;
    lines.append(QStringLiteral("# aerc 0.14 account for %1, written by Portpilot.").arg(context.address.toAce()));
    lines.append(QStringLiteral("[%1]").arg(tokenFor(context.address.toAce())));
    for (const auto& [key, value] : keys) {
        const auto written = iniValue(value);
        if (!written) {
            refuse(result, key == QLatin1String("from") ? Field::DisplayName : Field::EmailAddress, value,
                   tr("aerc's file cannot hold a value with both a backtick and three quotes."));
            return;
        }
        lines.append(QStringLiteral("%1 = %2").arg(key, *written));
    }
    for (const ServerSettings* server : {&in, &out}) {
        if (server->socketType == SocketType::Plain) {
            result.notes.append(
                tr("%1 is used without encryption: aerc sends the password unprotected.").arg(server->summary()));
        }
    }
    if (out.socketType == SocketType::StartTls) {
        result.notes.append(tr("aerc 0.14 needs “smtp-starttls = yes” for STARTTLS; newer aerc ignores it and "
                               "reads smtp:// as STARTTLS."));
    }
    if (inToken) {
        result.notes.append(tr("aerc 0.14 asks for the OAuth2 access token of %1 once, when it starts: when the "
                               "token has expired (often after an hour), restart aerc.")
                                .arg(in.summary()));
    }
    result.holdsSecret = include && (!inToken || (!outToken && !outUser.isEmpty()));
    addFile(result, context, (lines.join(u'\n') + u'\n').toUtf8());
}

} // namespace Portpilot
