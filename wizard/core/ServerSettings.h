#pragma once

#include "AccountEnums.h"

#include <QList>
#include <QString>

namespace Portpilot {

// One incoming (IMAP/POP3) or outgoing (SMTP) server. Hostname and username may hold
// autoconfig placeholders such as %EMAILDOMAIN% until Account::resolved() fills them.
struct ServerSettings
{
    Protocol protocol = Protocol::Imap;
    QString hostname;
    quint16 port = 0;
    SocketType socketType = SocketType::Ssl;
    QList<AuthMethod> authMethods{AuthMethod::PasswordCleartext}; // in order of preference
    QString username;                                             // template; empty = "leave open"
    QString password;                                             // only from files that carry one; never written

    // POP3 only.
    bool leaveMessagesOnServer = true;
    int daysToLeaveMessagesOnServer = -1; // -1: not set
    bool downloadOnBiff = true;
    int checkIntervalMinutes = -1; // -1: not set

    // SMTP only.
    QString restriction;               // e.g. "client-IP-address"
    int useGlobalPreferredServer = -1; // -1 unset, 0 false, 1 true
    int addThisServer = -1;            // -1 unset, 0 false, 1 true

    // What discovery knows about this server.
    ConfigSource source = ConfigSource::Unknown;
    QString approvalNeeded; // the registrable domain the user must approve; empty when none
    bool certificateProblem = false;

    bool isIncoming() const { return protocol != Protocol::Smtp; }
    AuthMethod preferredAuth() const { return authMethods.isEmpty() ? AuthMethod::None : authMethods.first(); }
    // "host:port (imap, SSL)" for messages and logs.
    QString summary() const;

    friend bool operator==(const ServerSettings&, const ServerSettings&) = default;
};

} // namespace Portpilot
