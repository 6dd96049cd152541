#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Portpilot {

// The protocol a server speaks. Incoming servers are IMAP or POP3, outgoing ones SMTP.
enum class Protocol
{
    Imap,
    Pop3,
    Smtp,
};

// How the connection is secured. The names follow the autoconfig format:
// SSL is implicit TLS from the first byte (RFC 8314), STARTTLS upgrades a plain connection.
enum class SocketType
{
    Ssl,
    StartTls,
    Plain,
};

enum class AuthMethod
{
    PasswordCleartext, // the password itself, protected by TLS (IMAP LOGIN, SASL PLAIN/LOGIN, POP3 USER/PASS)
    PasswordEncrypted, // a challenge-response mechanism such as CRAM-MD5 or SCRAM
    OAuth2,
    ClientCertificate, // TLS client certificate (autoconfig "TLS-client-cert")
    Gssapi,
    Ntlm,
    None,
    ClientIpAddress, // outgoing only: the server trusts the sender's network
    SmtpAfterPop,    // outgoing only: a POP3 login opens the relay
};

// Where a server setting came from. The order is the discovery priority.
enum class ConfigSource
{
    Unknown,
    Manual,        // typed by the user
    File,          // read from a file the user gave us
    Bundled,       // Portpilot's own provider database
    ProviderHttps, // the domain's own autoconfig over HTTPS
    Ispdb,         // the central ISP database over HTTPS
    Mx,            // the MX host's provider, found through DNS
    DnsSrv,        // RFC 6186 SRV records, DNS without DNSSEC
    Guess,         // a probe found a server answering
    ProviderHttp,  // the domain's autoconfig over plain HTTP
    Imported,      // another mail program's account on this computer (Thunderbird, Evolution)
};

// How far a source can be trusted without asking the user.
enum class Trust
{
    High,     // the domain itself over HTTPS, our own database, or the user
    Medium,   // a third party over HTTPS (central database, MX provider)
    Low,      // unauthenticated DNS or a guess: the user must approve
    Insecure, // fetched over plain HTTP: the user must approve, with a warning
};

QString protocolName(Protocol protocol);
std::optional<Protocol> protocolFromName(const QString& name);
quint16 standardPort(Protocol protocol, SocketType socketType);

QString socketTypeName(SocketType socketType);
std::optional<SocketType> socketTypeFromName(const QString& name);

QString authMethodName(AuthMethod method);
std::optional<AuthMethod> authMethodFromName(const QString& name);
bool authMethodAllowedForIncoming(AuthMethod method);
bool authMethodNeedsPassword(AuthMethod method);

QString configSourceName(ConfigSource source);
std::optional<ConfigSource> configSourceFromName(const QString& name);
Trust trustOf(ConfigSource source);
bool sourceNeedsApproval(ConfigSource source);
QString trustName(Trust trust);

} // namespace Portpilot

Q_DECLARE_METATYPE(Portpilot::Protocol)
Q_DECLARE_METATYPE(Portpilot::SocketType)
Q_DECLARE_METATYPE(Portpilot::AuthMethod)
Q_DECLARE_METATYPE(Portpilot::ConfigSource)
