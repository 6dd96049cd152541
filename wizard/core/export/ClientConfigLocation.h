#pragma once

#include <QString>
#include <QStringList>

namespace Portpilot {

// Where a mail client reads its configuration, in the order the client itself looks (its man
// page), from $HOME, $XDG_CONFIG_HOME and, for fetchmail, $FETCHMAILHOME.
class ClientConfigLocation
{
public:
    // The formats `portpilot export --install` can place: neomutt (format "mutt"), aerc, msmtp,
    // mbsync, fetchmail, and evolution (a folder).
    static QStringList installableFormats();
    static bool isInstallable(const QString& format);
    // The file the client reads (the first of its candidates that exists, else the one it would
    // create first); for evolution the sources folder. Empty for other formats.
    static QString path(const QString& format);
    // Every place the client looks, in its order.
    static QStringList candidates(const QString& format);
};

} // namespace Portpilot
