#include "AutodiscoverExporter.h"

#include "Hostname.h"

#include <QXmlStreamWriter>

namespace Portpilot {

namespace {

QString onOff(bool value)
{
    return value ? QStringLiteral("on") : QStringLiteral("off");
}

} // namespace

QString AutodiscoverExporter::name() const
{
    return QStringLiteral("autodiscover");
}

QString AutodiscoverExporter::description() const
{
    return tr("Microsoft Autodiscover response (autodiscover.xml) for Outlook and Thunderbird");
}

QString AutodiscoverExporter::defaultFileName(const Account&) const
{
    return QStringLiteral("autodiscover.xml");
}

QString AutodiscoverExporter::mimeType() const
{
    return QStringLiteral("application/xml");
}

void AutodiscoverExporter::write(const Context& context, Result& result) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    // Each default namespace is declared on its own element, as Exchange writes it.
    xml.writeStartElement(QStringLiteral("Autodiscover"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"));
    xml.writeStartElement(QStringLiteral("Response"));
    xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"));
    if (!context.account.realName.isEmpty()) {
        xml.writeStartElement(QStringLiteral("User"));
        xml.writeTextElement(QStringLiteral("DisplayName"), context.account.realName);
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("Account"));
    xml.writeTextElement(QStringLiteral("AccountType"), QStringLiteral("email"));
    xml.writeTextElement(QStringLiteral("Action"), QStringLiteral("settings"));
    for (const ServerSettings* server : {&context.incoming, &context.outgoing}) {
        // <SPA> is "Secure Password Authentication" (Thunderbird reads it as password-encrypted);
        // an empty word is no login at all.
        const auto spaWord = authWord(result, *server,
                                      {{AuthMethod::PasswordCleartext, "off"},
                                       {AuthMethod::PasswordEncrypted, "on"},
                                       {AuthMethod::Ntlm, "on"},
                                       {AuthMethod::None, ""},
                                       {AuthMethod::ClientIpAddress, ""}});
        if (!spaWord) {
            return;
        }
        const bool spa = *spaWord == QLatin1String("on");
        const bool authRequired = !spaWord->isEmpty();
        xml.writeStartElement(QStringLiteral("Protocol"));
        xml.writeTextElement(QStringLiteral("Type"), protocolName(server->protocol).toUpper());
        xml.writeTextElement(QStringLiteral("Server"), Hostname::toAce(server->hostname));
        xml.writeTextElement(QStringLiteral("Port"), QString::number(server->port));
        if (authRequired) {
            xml.writeTextElement(QStringLiteral("LoginName"), server->username);
        }
        xml.writeTextElement(QStringLiteral("DomainRequired"), onOff(false));
        xml.writeTextElement(QStringLiteral("SPA"), onOff(spa));
        // <SSL> for old readers, <Encryption> (which overrides it) for the exact mode.
        xml.writeTextElement(QStringLiteral("SSL"), onOff(server->socketType != SocketType::Plain));
        const char* encryption = server->socketType == SocketType::Ssl        ? "SSL"
                                 : server->socketType == SocketType::StartTls ? "TLS"
                                                                              : "None";
        xml.writeTextElement(QStringLiteral("Encryption"), QString::fromLatin1(encryption));
        xml.writeTextElement(QStringLiteral("AuthRequired"), onOff(authRequired));
        if (!server->isIncoming()) {
            xml.writeTextElement(QStringLiteral("UsePOPAuth"), onOff(false));
            xml.writeTextElement(QStringLiteral("SMTPLast"), onOff(false));
        }
        xml.writeEndElement();
        // Thunderbird ignores <Encryption> and decides by the port (143/110/25/587 = STARTTLS).
        const bool startTlsPort =
            server->port == 143 || server->port == 110 || server->port == 25 || server->port == 587;
        if (server->socketType != SocketType::Plain && (server->socketType == SocketType::StartTls) != startTlsPort) {
            result.notes.append(tr("Thunderbird decides STARTTLS or TLS by the port, so it will use the wrong one for "
                                   "%1; Outlook reads the exact mode.")
                                    .arg(server->summary()));
        }
    }
    xml.writeEndElement(); // Account
    xml.writeEndElement(); // Response
    xml.writeEndElement(); // Autodiscover
    xml.writeEndDocument();
    if (context.incoming.protocol == Protocol::Pop3) {
        result.notes.append(tr("Autodiscover cannot say whether to leave messages on the POP3 server; the client's "
                               "own setting applies."));
    }
    if (context.options.includePassword) {
        result.notes.append(tr("Autodiscover responses never carry passwords; none was written."));
    }
    addFile(result, context, out);
}

} // namespace Portpilot
