#pragma once

#include "Account.h"

#include <QString>
#include <QStringList>

namespace Portpilot {

// What a provider asks of the password a mail program uses.
enum class PasswordPolicy
{
    Normal,      // the account password works
    AppPassword, // a separate app password (or OAuth2); the normal password is refused
    OAuth2Only,  // only OAuth2 sign-in works
};

// One provider of the bundled database: the servers as an autoconfig template
// (placeholders such as %EMAILADDRESS% unresolved) plus what only we record.
struct ProviderEntry
{
    Account account;        // provider info, incoming and outgoing servers (templates)
    QStringList domains;    // address domains, ACE, lower case
    QStringList mxSuffixes; // an MX host within one of these belongs to this provider
    PasswordPolicy passwordPolicy = PasswordPolicy::Normal;
    QString passwordHelpUrl; // how to create an app password, or why OAuth2 is needed

    QString id() const { return account.provider.id; }
};

} // namespace Portpilot
