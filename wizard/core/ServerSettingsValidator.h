#pragma once

#include "ServerSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Portpilot {

// Checks server settings typed by a person, field by field, as they type. The wizard's
// manual settings page shows the messages next to the fields; nothing here needs widgets.
class ServerSettingsValidator
{
    Q_DECLARE_TR_FUNCTIONS(ServerSettingsValidator)

public:
    enum class Field
    {
        Hostname,
        Port,
        Security,
        Authentication,
        Username,
    };

    enum class Severity
    {
        Error,   // the settings cannot be used as they are
        Warning, // they can, but the person should know
    };

    struct Problem
    {
        Field field;
        Severity severity;
        QString message;
        friend bool operator==(const Problem&, const Problem&) = default;
    };

    // Every problem with one server, errors first.
    static QList<Problem> check(const ServerSettings& server);
    // True when check() finds no error (warnings allowed).
    static bool isUsable(const ServerSettings& server);

    // "" when the host name (or IP address) is fine, else why not.
    static QString hostnameProblem(const QString& host);
    // Parses a port typed as text; returns 0 and sets *error when it is not 1–65535.
    static quint16 parsePort(const QString& text, QString* error = nullptr);

    // The port to show after the security changes from `from` to `to`: the standard port
    // for the new security, unless the person had typed a port of their own.
    static quint16 portAfterSecurityChange(Protocol protocol, SocketType from, SocketType to, quint16 currentPort);
    // True for the ports that belong to a protocol by standard (IMAP 143/993, POP3 110/995,
    // SMTP 25/465/587), or 0 (nothing typed yet).
    static bool isStandardPort(Protocol protocol, quint16 port);
    // The security a standard port implies (993 → SSL, 587 → STARTTLS), or nullopt.
    static std::optional<SocketType> securityForStandardPort(Protocol protocol, quint16 port);
};

} // namespace Portpilot
