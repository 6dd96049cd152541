#include "ServerSettingsValidator.h"

#include "Hostname.h"

#include <QHostAddress>

namespace Portpilot {

QString ServerSettingsValidator::hostnameProblem(const QString& host)
{
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty()) {
        return tr("Type the server’s name, for example “imap.example.com”.");
    }
    if (trimmed.contains(QLatin1Char('@'))) {
        return tr("This looks like an email address. Type the server’s name, for example “imap.example.com”.");
    }
    if (trimmed.contains(QLatin1String("://")) || trimmed.contains(QLatin1Char('/'))) {
        return tr("Type only the server’s name, without “://” or a path.");
    }
    if (trimmed.contains(QLatin1Char(':')) && QHostAddress(trimmed).isNull()) {
        return tr("Type the port in the port field, not after the server’s name.");
    }
    if (!QHostAddress(trimmed).isNull() || Hostname::isValid(trimmed)) {
        return {};
    }
    //: %1 is what the person typed as a server name
    return tr("“%1” is not a valid server name.").arg(trimmed);
}

quint16 ServerSettingsValidator::parsePort(const QString& text, QString* error)
{
    bool ok = false;
    const uint value = text.trimmed().toUInt(&ok);
    if (!ok || value < 1 || value > 65535) {
        if (error) {
            *error = tr("The port is a number from 1 to 65535.");
        }
        return 0;
    }
    if (error) {
        error->clear();
    }
    return quint16(value);
}

bool ServerSettingsValidator::isStandardPort(Protocol protocol, quint16 port)
{
    return port == 0 || securityForStandardPort(protocol, port).has_value();
}

std::optional<SocketType> ServerSettingsValidator::securityForStandardPort(Protocol protocol, quint16 port)
{
    switch (protocol) {
    case Protocol::Imap:
        return port == 993 ? std::optional(SocketType::Ssl)
                           : (port == 143 ? std::optional(SocketType::StartTls) : std::nullopt);
    case Protocol::Pop3:
        return port == 995 ? std::optional(SocketType::Ssl)
                           : (port == 110 ? std::optional(SocketType::StartTls) : std::nullopt);
    case Protocol::Smtp:
        if (port == 465) {
            return SocketType::Ssl;
        }
        return port == 587 || port == 25 ? std::optional(SocketType::StartTls) : std::nullopt;
    }
    return std::nullopt;
}

quint16 ServerSettingsValidator::portAfterSecurityChange(Protocol protocol, SocketType from, SocketType to,
                                                         quint16 currentPort)
{
    // A standard port belonging to the old security was not a choice of the person's own.
    const auto implied = securityForStandardPort(protocol, currentPort);
    const bool followsOldSecurity = currentPort == 0 || currentPort == standardPort(protocol, from) ||
                                    (implied.has_value() && (*implied == from || from == SocketType::Plain));
    if (!followsOldSecurity) {
        return currentPort;
    }
    return standardPort(protocol, to);
}

QList<ServerSettingsValidator::Problem> ServerSettingsValidator::check(const ServerSettings& server)
{
    QList<Problem> errors;
    QList<Problem> warnings;
    const QString hostProblem = hostnameProblem(server.hostname);
    if (!hostProblem.isEmpty()) {
        errors.append({Field::Hostname, Severity::Error, hostProblem});
    }
    if (server.port == 0) {
        errors.append({Field::Port, Severity::Error, tr("The port is a number from 1 to 65535.")});
    }
    if (server.authMethods.isEmpty()) {
        errors.append({Field::Authentication, Severity::Error, tr("Choose how to log in.")});
    } else if (server.isIncoming() && !authMethodAllowedForIncoming(server.preferredAuth())) {
        errors.append(
            {Field::Authentication, Severity::Error, tr("This way of logging in only exists for outgoing servers.")});
    } else if (server.preferredAuth() == AuthMethod::OAuth2 && server.socketType == SocketType::Plain) {
        // The access token goes out only over TLS (ProbeOptions::accessToken).
        errors.append({Field::Security, Severity::Error,
                       tr("Signing in with OAuth2 needs an encrypted connection: choose SSL/TLS or STARTTLS.")});
    }
    if (server.username.contains(QLatin1Char('\n')) || server.username.contains(QLatin1Char('\r'))) {
        errors.append({Field::Username, Severity::Error, tr("The user name cannot contain a line break.")});
    }

    if (server.socketType == SocketType::Plain) {
        if (authMethodNeedsPassword(server.preferredAuth()) &&
            server.preferredAuth() == AuthMethod::PasswordCleartext) {
            warnings.append({Field::Security, Severity::Warning,
                             tr("Without encryption, your password and your mail travel readable by anyone on the "
                                "network. Portpilot asks before it sends the password this way.")});
        } else {
            warnings.append({Field::Security, Severity::Warning,
                             tr("Without encryption, your mail travels readable by anyone on the network.")});
        }
    }
    const auto implied = securityForStandardPort(server.protocol, server.port);
    if (implied && server.socketType != SocketType::Plain && *implied != server.socketType) {
        //: %1 is a port number, %2 the name of a kind of security ("SSL/TLS" or "STARTTLS")
        warnings.append(
            {Field::Port, Severity::Warning,
             tr("Port %1 is usually used with %2. Check that this is what your provider says.")
                 .arg(server.port)
                 .arg(*implied == SocketType::Ssl ? QStringLiteral("SSL/TLS") : QStringLiteral("STARTTLS"))});
    }
    if (server.protocol == Protocol::Smtp && server.port == 25) {
        warnings.append({Field::Port, Severity::Warning,
                         tr("Port 25 is meant for mail between servers; many networks block it for mail "
                            "programs. Port 587 or 465 usually works better.")});
    }
    return errors + warnings;
}

bool ServerSettingsValidator::isUsable(const ServerSettings& server)
{
    const QList<Problem> problems = check(server);
    return std::none_of(problems.begin(), problems.end(),
                        [](const Problem& p) { return p.severity == Severity::Error; });
}

} // namespace Portpilot
