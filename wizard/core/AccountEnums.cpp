#include "AccountEnums.h"

#include <array>
#include <utility>

namespace Portpilot {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char*>, N>& table, const QString& name,
                           Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const auto& [value, text] : table) {
        if (name.compare(QLatin1String(text), cs) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [v, text] : table) {
        if (v == value) {
            return QString::fromLatin1(text);
        }
    }
    return {};
}

constexpr std::array<std::pair<Protocol, const char*>, 3> protocolNames{{
    {Protocol::Imap, "imap"},
    {Protocol::Pop3, "pop3"},
    {Protocol::Smtp, "smtp"},
}};

constexpr std::array<std::pair<SocketType, const char*>, 3> socketTypeNames{{
    {SocketType::Ssl, "SSL"},
    {SocketType::StartTls, "STARTTLS"},
    {SocketType::Plain, "plain"},
}};

// First entry per value is the canonical spelling we write.
constexpr std::array<std::pair<AuthMethod, const char*>, 11> authMethodNames{{
    {AuthMethod::PasswordCleartext, "password-cleartext"},
    {AuthMethod::PasswordEncrypted, "password-encrypted"},
    {AuthMethod::OAuth2, "OAuth2"},
    {AuthMethod::ClientCertificate, "TLS-client-cert"},
    {AuthMethod::Gssapi, "GSSAPI"},
    {AuthMethod::Ntlm, "NTLM"},
    {AuthMethod::None, "none"},
    {AuthMethod::ClientIpAddress, "client-IP-address"},
    {AuthMethod::SmtpAfterPop, "smtp-after-pop"},
    // Deprecated aliases that real files still use.
    {AuthMethod::PasswordCleartext, "plain"},
    {AuthMethod::PasswordEncrypted, "secure"},
}};

constexpr std::array<std::pair<ConfigSource, const char*>, 11> configSourceNames{{
    {ConfigSource::Unknown, "unknown"},
    {ConfigSource::Manual, "manual"},
    {ConfigSource::File, "file"},
    {ConfigSource::Bundled, "bundled"},
    {ConfigSource::ProviderHttps, "provider-https"},
    {ConfigSource::Ispdb, "ispdb"},
    {ConfigSource::Mx, "mx"},
    {ConfigSource::DnsSrv, "dns-srv"},
    {ConfigSource::Guess, "guess"},
    {ConfigSource::ProviderHttp, "provider-http"},
    {ConfigSource::Imported, "imported"},
}};

} // namespace

QString protocolName(Protocol protocol)
{
    return nameOf(protocolNames, protocol);
}

std::optional<Protocol> protocolFromName(const QString& name)
{
    return lookup(protocolNames, name, Qt::CaseInsensitive);
}

quint16 standardPort(Protocol protocol, SocketType socketType)
{
    const bool implicitTls = socketType == SocketType::Ssl;
    switch (protocol) {
    case Protocol::Imap:
        return implicitTls ? 993 : 143;
    case Protocol::Pop3:
        return implicitTls ? 995 : 110;
    case Protocol::Smtp:
        return implicitTls ? 465 : 587;
    }
    return 0;
}

QString socketTypeName(SocketType socketType)
{
    return nameOf(socketTypeNames, socketType);
}

std::optional<SocketType> socketTypeFromName(const QString& name)
{
    // Thunderbird compares these case-sensitively; real files are consistent, so we do too.
    return lookup(socketTypeNames, name);
}

QString authMethodName(AuthMethod method)
{
    return nameOf(authMethodNames, method);
}

std::optional<AuthMethod> authMethodFromName(const QString& name)
{
    return lookup(authMethodNames, name);
}

bool authMethodAllowedForIncoming(AuthMethod method)
{
    return method != AuthMethod::ClientIpAddress && method != AuthMethod::SmtpAfterPop;
}

bool authMethodNeedsPassword(AuthMethod method)
{
    return method == AuthMethod::PasswordCleartext || method == AuthMethod::PasswordEncrypted ||
           method == AuthMethod::Ntlm;
}

QString configSourceName(ConfigSource source)
{
    return nameOf(configSourceNames, source);
}

std::optional<ConfigSource> configSourceFromName(const QString& name)
{
    return lookup(configSourceNames, name);
}

Trust trustOf(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Manual:
    case ConfigSource::File:
    case ConfigSource::Imported: // the person's own program, as they set it up
    case ConfigSource::Bundled:
    case ConfigSource::ProviderHttps:
        return Trust::High;
    case ConfigSource::Ispdb:
    case ConfigSource::Mx:
        return Trust::Medium;
    case ConfigSource::Unknown:
    case ConfigSource::DnsSrv:
    case ConfigSource::Guess:
        return Trust::Low;
    case ConfigSource::ProviderHttp:
        return Trust::Insecure;
    }
    return Trust::Low;
}

bool sourceNeedsApproval(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Mx:
    case ConfigSource::DnsSrv:
    case ConfigSource::Guess:
    case ConfigSource::ProviderHttp:
        return true;
    default:
        return false;
    }
}

QString trustName(Trust trust)
{
    switch (trust) {
    case Trust::High:
        return QStringLiteral("high");
    case Trust::Medium:
        return QStringLiteral("medium");
    case Trust::Low:
        return QStringLiteral("low");
    case Trust::Insecure:
        return QStringLiteral("insecure");
    }
    return {};
}

} // namespace Portpilot
