#include "MbsyncExporter.h"

#include "Hostname.h"
#include "KeychainCommand.h"

namespace Portpilot {

namespace {

// isync reads \x as x and "..." as one argument, so quote and escape every value.
QString quoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == u'\\' || c == u'"') {
            out += u'\\';
        }
        out += c;
    }
    return out + u'"';
}

} // namespace

QString MbsyncExporter::name() const
{
    return QStringLiteral("mbsync");
}

QString MbsyncExporter::description() const
{
    return tr("isync/mbsync configuration (.mbsyncrc) that copies IMAP mail to ~/Mail");
}

QString MbsyncExporter::defaultFileName(const Account&) const
{
    return QStringLiteral(".mbsyncrc");
}

QString MbsyncExporter::mimeType() const
{
    return QStringLiteral("text/plain");
}

QString MbsyncExporter::whyNoOAuth2() const
{
    return tr("mbsync signs in with OAuth2 only through a Cyrus SASL XOAUTH2 plugin, and Debian 12 has none; "
              "use another client (neomutt, aerc) or a password.");
}

void MbsyncExporter::write(const Context& context, Result& result) const
{
    const ServerSettings& in = context.incoming;
    if (in.protocol != Protocol::Imap) {
        refuseSetting(result, in, tr("mbsync speaks IMAP only."));
        return;
    }
    const auto mechs = authWord(result, in,
                                {{AuthMethod::PasswordCleartext, "PLAIN LOGIN"},
                                 {AuthMethod::PasswordEncrypted, "CRAM-MD5"},
                                 {AuthMethod::Gssapi, "GSSAPI"}});
    if (!mechs) {
        return;
    }
    const QString name = tokenFor(context.address.toAce());
    const QString mailDir = QStringLiteral("~/Mail/%1/").arg(name);
    QStringList lines;
    lines.append(
        QStringLiteral("# isync/mbsync 1.4 settings for %1, written by Portpilot.").arg(context.address.toAce()));
    lines.append(QStringLiteral("IMAPAccount %1").arg(name));
    lines.append(QStringLiteral("Host %1").arg(Hostname::toAce(in.hostname)));
    lines.append(QStringLiteral("Port %1").arg(in.port));
    lines.append(QStringLiteral("User %1").arg(quoted(in.username)));
    if (context.options.includePassword) {
        lines.append(QStringLiteral("Pass %1").arg(quoted(context.options.incomingPassword)));
        result.holdsSecret = true;
    } else {
        lines.append(QStringLiteral("PassCmd %1").arg(quoted(KeychainCommand::shellCommand(context.incomingKey))));
    }
    // isync 1.4 (Debian 12) knows SSLType; 1.5 renamed it TLSType and still reads the old name.
    const char* sslType = in.socketType == SocketType::Ssl        ? "IMAPS"
                          : in.socketType == SocketType::StartTls ? "STARTTLS"
                                                                  : "None";
    lines.append(QStringLiteral("SSLType %1").arg(QString::fromLatin1(sslType)));
    lines.append(QStringLiteral("AuthMechs %1").arg(*mechs));
    lines.append(QString());
    lines.append(QStringLiteral("IMAPStore %1-remote").arg(name));
    lines.append(QStringLiteral("Account %1").arg(name));
    lines.append(QString());
    lines.append(QStringLiteral("MaildirStore %1-local").arg(name));
    lines.append(QStringLiteral("Path %1").arg(mailDir));
    lines.append(QStringLiteral("Inbox %1INBOX").arg(mailDir));
    lines.append(QStringLiteral("SubFolders Verbatim"));
    lines.append(QString());
    lines.append(QStringLiteral("Channel %1").arg(name));
    lines.append(QStringLiteral("Far :%1-remote:").arg(name));
    lines.append(QStringLiteral("Near :%1-local:").arg(name));
    lines.append(QStringLiteral("Patterns *"));
    lines.append(QStringLiteral("Create Near"));
    lines.append(QStringLiteral("SyncState *"));
    if (in.socketType == SocketType::Plain) {
        result.notes.append(
            tr("%1 is used without encryption: mbsync sends the password unprotected.").arg(in.summary()));
    }
    result.notes.append(tr("Create the folder %1 before the first “mbsync %2”.").arg(mailDir, name));
    addFile(result, context, (lines.join(u'\n') + u'\n').toUtf8());
}

} // namespace Portpilot
