#include "MsmtpExporter.h"

#include "Hostname.h"
#include "KeychainCommand.h"

namespace Portpilot {

namespace {

// msmtp strips the outer quotes of an argument and keeps everything inside as it is
// (checked with msmtp 1.8.23 --pretend), so no escaping is needed or possible.
QString quoted(const QString& text)
{
    return u'"' + text + u'"';
}

} // namespace

QString MsmtpExporter::name() const
{
    return QStringLiteral("msmtp");
}

QString MsmtpExporter::description() const
{
    return tr("msmtp configuration (.msmtprc) for sending; the password comes from the keychain");
}

QString MsmtpExporter::defaultFileName(const Account&) const
{
    return QStringLiteral(".msmtprc");
}

QString MsmtpExporter::mimeType() const
{
    return QStringLiteral("text/plain");
}

void MsmtpExporter::write(const Context& context, Result& result) const
{
    const ServerSettings& out = context.outgoing;
    const auto auth = authWord(result, out,
                               {{AuthMethod::PasswordCleartext, "on"},
                                {AuthMethod::PasswordEncrypted, "cram-md5"},
                                {AuthMethod::Gssapi, "gssapi"},
                                {AuthMethod::Ntlm, "ntlm"},
                                // msmtp never picks these by itself: name one.
                                {AuthMethod::OAuth2, oauth2Mechanism(context, out)},
                                {AuthMethod::None, "off"},
                                {AuthMethod::ClientIpAddress, "off"}});
    if (!auth) {
        return;
    }
    const QString account = tokenFor(context.address.toAce());
    QStringList lines;
    lines.append(QStringLiteral("# msmtp settings for %1, written by Portpilot.").arg(context.address.toAce()));
    lines.append(QStringLiteral("account %1").arg(account));
    lines.append(QStringLiteral("host %1").arg(Hostname::toAce(out.hostname)));
    lines.append(QStringLiteral("port %1").arg(out.port));
    if (out.socketType == SocketType::Plain) {
        lines.append(QStringLiteral("tls off"));
        result.notes.append(
            tr("%1 is used without encryption: msmtp sends the password unprotected.").arg(out.summary()));
    } else {
        lines.append(QStringLiteral("tls on"));
        lines.append(out.socketType == SocketType::StartTls ? QStringLiteral("tls_starttls on")
                                                            : QStringLiteral("tls_starttls off"));
        lines.append(QStringLiteral("tls_trust_file system"));
    }
    lines.append(QStringLiteral("auth %1").arg(*auth));
    if (*auth != QLatin1String("off")) {
        lines.append(QStringLiteral("user %1").arg(quoted(out.username)));
    }
    if (authMethodNeedsPassword(out.preferredAuth())) {
        if (context.options.includePassword) {
            lines.append(QStringLiteral("password %1").arg(quoted(context.options.outgoingPassword)));
            result.holdsSecret = true;
        } else {
            lines.append(
                QStringLiteral("passwordeval %1").arg(quoted(KeychainCommand::shellCommand(context.outgoingKey))));
        }
    } else if (out.preferredAuth() == AuthMethod::OAuth2) {
        // The "password" of OAUTHBEARER and XOAUTH2 is the access token; msmtp runs this for every
        // message, so the token is always fresh. There is nothing to write in clear.
        lines.append(QStringLiteral("passwordeval %1")
                         .arg(quoted(KeychainCommand::tokenShellCommand(context.address.toString(), out))));
    }
    lines.append(QStringLiteral("from %1").arg(quoted(context.address.toAce())));
    lines.append(QString());
    lines.append(QStringLiteral("account default : %1").arg(account));
    addFile(result, context, (lines.join(u'\n') + u'\n').toUtf8());
}

} // namespace Portpilot
