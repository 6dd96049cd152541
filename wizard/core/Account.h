#pragma once

#include "ProviderInfo.h"
#include "ServerSettings.h"

#include <QList>
#include <QString>

namespace Portpilot {

// An email account: who it is for, and its servers in order of preference.
// Values read from an autoconfig file keep their placeholders; resolved() fills them in.
class Account
{
public:
    QString emailAddress;
    QString realName;               // the person's name, as shown to recipients
    QList<ServerSettings> incoming; // IMAP and POP3, most preferred first
    QList<ServerSettings> outgoing; // SMTP, most preferred first
    ProviderInfo provider;
    ConfigSource source = ConfigSource::Unknown;

    // The first incoming/outgoing server, or nullptr when there is none.
    const ServerSettings* preferredIncoming() const;
    const ServerSettings* preferredOutgoing() const;

    // A copy with %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN% and %REALNAME% replaced
    // (and custom input fields) in host names, user names and display texts.
    Account resolved(const QString& address, const QString& name = QString()) const;

    // Replaces the placeholders in one string.
    static QString substitute(const QString& text, const QString& address, const QString& name,
                              const QList<InputField>& inputFields = {});

    friend bool operator==(const Account&, const Account&) = default;
};

} // namespace Portpilot
