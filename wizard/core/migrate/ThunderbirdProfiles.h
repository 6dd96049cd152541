#pragma once

#include "FoundAccount.h"

#include <QHash>
#include <QList>
#include <QVariant>

namespace Portpilot {

// Thunderbird's accounts, read from its own files (profiles.ini, each profile's prefs.js) in every
// place a Linux Thunderbird keeps them: ~/.thunderbird, the Flatpak's and the Snap's. Only read.
class ThunderbirdProfiles
{
public:
    // The profile folders listed in the profiles.ini files under `home`, existing ones only.
    static QStringList profileDirectories(const QString& home);
    // True when `path` is a profile folder (it holds prefs.js).
    static bool isProfile(const QString& path);
    // The mail accounts of one profile (not news or feeds); POP3 accounts and Local Folders carry
    // their mail directories, IMAP accounts none (their mail is on the server).
    static QList<FoundAccount> accounts(const QString& profileDirectory);
    static QList<FoundAccount> accounts(const QString& profileDirectory, const QHash<QString, QVariant>& prefs);
};

} // namespace Portpilot
