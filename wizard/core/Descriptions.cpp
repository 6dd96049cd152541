#include "Descriptions.h"

#include "SetupState.h"

namespace Portpilot {

QString Descriptions::source(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Bundled:
        return tr("Portpilot’s list of providers");
    case ConfigSource::ProviderHttps:
        return tr("Your provider’s website (secure)");
    case ConfigSource::Ispdb:
        return tr("Thunderbird’s database of providers");
    case ConfigSource::Mx:
        return tr("The server that receives your domain’s mail (MX)");
    case ConfigSource::DnsSrv:
        return tr("Service records in DNS (SRV)");
    case ConfigSource::Guess:
        return tr("Trying common server names");
    case ConfigSource::ProviderHttp:
        return tr("Your provider’s website (not secure)");
    case ConfigSource::Manual:
        return tr("Typed by you");
    case ConfigSource::File:
        return tr("A settings file");
    case ConfigSource::Imported:
        return tr("Your mail program on this computer");
    case ConfigSource::Unknown:
        break;
    }
    return tr("Unknown source");
}

QString Descriptions::trust(Trust trust)
{
    switch (trust) {
    case Trust::High:
        return tr("trusted");
    case Trust::Medium:
        return tr("third party over HTTPS");
    case Trust::Low:
        return tr("unauthenticated, needs approval");
    case Trust::Insecure:
        return tr("insecure, needs approval");
    }
    return {};
}

QString Descriptions::sourceStatus(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Found:
        return tr("found settings");
    case SourceStatus::Nothing:
        return tr("nothing found");
    case SourceStatus::Failed:
        return tr("failed");
    case SourceStatus::Cancelled:
        return tr("not needed");
    }
    return {};
}

QString Descriptions::security(SocketType socketType)
{
    switch (socketType) {
    case SocketType::Ssl:
        return tr("SSL/TLS");
    case SocketType::StartTls:
        return tr("STARTTLS");
    case SocketType::Plain:
        return tr("no encryption");
    }
    return {};
}

QString Descriptions::securityExplanation(SocketType socketType)
{
    switch (socketType) {
    case SocketType::Ssl:
        return tr("SSL/TLS: the connection is encrypted from the very first byte. This is the safest choice.");
    case SocketType::StartTls:
        return tr("STARTTLS: the connection starts unencrypted and switches to encryption before your password is "
                  "sent. Portpilot refuses to continue if the switch fails.");
    case SocketType::Plain:
        return tr("No encryption: everything, your password included, can be read by anyone on the network.");
    }
    return {};
}

QString Descriptions::protocolAdvice(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Imap:
        return tr("IMAP keeps your mail on the server and in sync across all your devices: what you read, move or "
                  "delete on one shows on the others. Choose it if you read mail on more than one device.");
    case Protocol::Pop3:
        return tr("POP3 downloads your mail to this device and usually removes it from the server, so your phone "
                  "and other computers no longer see it. Choose it only if you read mail on this one device and "
                  "want it stored here.");
    case Protocol::Smtp:
        return tr("SMTP sends your mail.");
    }
    return {};
}

QString Descriptions::accountSummary(const SetupState& state)
{
    const ServerSettings in = state.effective(Side::Incoming);
    const ServerSettings out = state.effective(Side::Outgoing);
    QStringList lines;
    lines << tr("Name: %1").arg(state.realName) << tr("Address: %1").arg(state.address.toString());
    //: %1 protocol (IMAP/POP3), %2 host, %3 port, %4 security, %5 user name
    lines << tr("Incoming: %1 %2:%3, %4, user name “%5”")
                 .arg(protocolName(in.protocol).toUpper(), in.hostname, QString::number(in.port),
                      socketTypeName(in.socketType), in.username);
    lines << tr("Outgoing: %1 %2:%3, %4, user name “%5”")
                 .arg(protocolName(out.protocol).toUpper(), out.hostname, QString::number(out.port),
                      socketTypeName(out.socketType), out.username);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Portpilot
