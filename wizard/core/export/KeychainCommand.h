#pragma once

#include "ServerSettings.h"

#include <QString>
#include <QStringList>

namespace Portpilot {

// The command a mail client runs to read the password Portpilot stored in the keychain
// (QtKeychain's libsecret backend: attributes xdg:schema, server=portpilot, user=KEY).
class KeychainCommand
{
public:
    // The keychain key of a server: PasswordStore::keyFor(), the entry Portpilot stored.
    static QString keyFor(const QString& emailAddress, const ServerSettings& server);
    // secret-tool's arguments, program first.
    static QStringList arguments(const QString& key);
    // The same as one POSIX shell command line, every argument quoted.
    static QString shellCommand(const QString& key);
    // One argument quoted for a POSIX shell ('…', with ' written as '\'').
    static QString shellQuote(const QString& argument);
};

} // namespace Portpilot
