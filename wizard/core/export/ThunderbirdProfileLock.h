#pragma once

#include <QString>

namespace Portpilot {

// Whether a running Thunderbird holds a profile, by the two locks it takes on Linux
// (nsProfileLock): the symbolic link `lock` pointing at "IP:+PID", and an fcntl lock on
// `.parentlock`. A `lock` left by a Thunderbird that died (its PID gone) does not count.
class ThunderbirdProfileLock
{
public:
    // The lock file that shows Thunderbird running, or an empty string when none does.
    static QString heldBy(const QString& profileFolder);
};

} // namespace Portpilot
