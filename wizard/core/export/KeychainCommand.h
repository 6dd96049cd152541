#pragma once

#include "ServerSettings.h"

#include <QString>
#include <QStringList>

namespace Portpilot {

// The commands a mail client runs for what Portpilot keeps in the keychain: the stored password
// (secret-tool; QtKeychain's libsecret backend: attributes xdg:schema, server=portpilot, user=KEY),
// and a fresh OAuth2 access token from the stored sign-in (`portpilot token ADDRESS --server HOST`).
class KeychainCommand
{
public:
    // The keychain key of a server: PasswordStore::keyFor(), the entry Portpilot stored.
    static QString keyFor(const QString& emailAddress, const ServerSettings& server);
    // secret-tool's arguments, program first.
    static QStringList arguments(const QString& key);
    // The same as one POSIX shell command line, every argument quoted.
    static QString shellCommand(const QString& key);

    // `portpilot token`'s arguments for a server whose authentication is OAuth2, program first.
    static QStringList tokenArguments(const QString& emailAddress, const ServerSettings& server);
    // The same as one POSIX shell command line.
    static QString tokenShellCommand(const QString& emailAddress, const ServerSettings& server);
    // The program the token command names: plain "portpilot" (found on PATH) unless the running
    // `portpilot` told its own path (main.cpp).
    static QString portpilotProgram();
    static void setPortpilotProgram(const QString& path);

    // One argument quoted for a POSIX shell ('…', with ' written as '\'').
    static QString shellQuote(const QString& argument);
    // Arguments as one POSIX shell command line: plain words as they are, the others quoted.
    static QString shellLine(const QStringList& arguments);
};

} // namespace Portpilot
