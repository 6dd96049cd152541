#include "FetchmailExporter.h"

#include "Hostname.h"

namespace Portpilot {

namespace {

// fetchmail reads \\ as a backslash in both '…' and "…", but its lexer ends a string at the
// first matching quote even after a backslash (6.4.37): a value with both quotes cannot be written.
std::optional<QString> quoted(const QString& text)
{
    const bool hasDouble = text.contains(u'"');
    if (hasDouble && text.contains(u'\'')) {
        return std::nullopt;
    }
    const QChar quote = hasDouble ? u'\'' : u'"';
    QString out = quote;
    for (QChar c : text) {
        if (c == u'\\') {
            out += u'\\';
        }
        out += c;
    }
    return out + quote;
}

} // namespace

QString FetchmailExporter::name() const
{
    return QStringLiteral("fetchmail");
}

QString FetchmailExporter::description() const
{
    return tr("fetchmail run-control file (.fetchmailrc) that fetches mail for local delivery");
}

QString FetchmailExporter::defaultFileName(const Account&) const
{
    return QStringLiteral(".fetchmailrc");
}

QString FetchmailExporter::mimeType() const
{
    return QStringLiteral("text/plain");
}

QString FetchmailExporter::whyNoOAuth2() const
{
    return tr("fetchmail 6.4 has no OAuth2 login, and it cannot run a command for a fresh access token; use another "
              "client (neomutt) or a password.");
}

void FetchmailExporter::write(const Context& context, Result& result) const
{
    const ServerSettings& in = context.incoming;
    const auto auth = authWord(result, in,
                               {{AuthMethod::PasswordCleartext, "password"},
                                {AuthMethod::PasswordEncrypted, "cram-md5"},
                                {AuthMethod::Gssapi, "gssapi"},
                                {AuthMethod::Ntlm, "ntlm"}});
    if (!auth) {
        return;
    }
    const bool pop3 = in.protocol == Protocol::Pop3;
    const QString reason = tr("fetchmail cannot write a value that has both kinds of quotes.");
    const auto user = quoted(in.username);
    if (!user) {
        refuse(result, Field::IncomingUsername, in.username, reason);
        return;
    }
    const auto password = quoted(context.options.incomingPassword);
    if (context.options.includePassword && !password) {
        refuse(result, Field::Password, QStringLiteral("…"), reason);
        return;
    }
    QStringList lines;
    lines.append(QStringLiteral("# fetchmail settings for %1, written by Portpilot.").arg(context.address.toAce()));
    lines.append(QStringLiteral("poll %1 proto %2 service %3%4")
                     .arg(Hostname::toAce(in.hostname), pop3 ? QStringLiteral("POP3") : QStringLiteral("IMAP"))
                     .arg(in.port)
                     .arg(pop3 ? QStringLiteral(" uidl") : QString()));
    lines.append(QStringLiteral("    auth %1").arg(*auth));
    QString userLine = QStringLiteral("    user %1").arg(*user);
    if (context.options.includePassword) {
        userLine += QStringLiteral(" password %1").arg(*password);
        result.holdsSecret = true;
    }
    lines.append(userLine);
    switch (in.socketType) {
    case SocketType::Ssl:
        lines.append(QStringLiteral("    ssl sslcertck"));
        break;
    case SocketType::StartTls:
        // Without "ssl", a TLS protocol floor makes STARTTLS mandatory (fetchmail 6.4).
        lines.append(QStringLiteral("    sslproto TLS1.2+ sslcertck"));
        break;
    case SocketType::Plain:
        lines.append(QStringLiteral("    sslproto ''"));
        result.notes.append(
            tr("%1 is used without encryption: fetchmail sends the password unprotected.").arg(in.summary()));
        break;
    }
    const bool keep = !pop3 || in.leaveMessagesOnServer;
    lines.append(keep ? QStringLiteral("    keep") : QStringLiteral("    nokeep"));
    if (!context.options.includePassword) {
        result.notes.append(tr("fetchmail cannot read the keychain: it asks for the password, or reads it from "
                               "~/.netrc."));
    }
    result.notes.append(tr("fetchmail only receives mail; set up sending with the msmtp export."));
    addFile(result, context, (lines.join(u'\n') + u'\n').toUtf8());
}

} // namespace Portpilot
