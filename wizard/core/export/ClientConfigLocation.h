#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portpilot {

// Where a mail client reads its configuration, in the order the client itself looks (its man
// page), from $HOME, $XDG_CONFIG_HOME and, for fetchmail, $FETCHMAILHOME.
class ClientConfigLocation
{
    Q_DECLARE_TR_FUNCTIONS(ClientConfigLocation)

public:
    // The formats `portpilot export --install` can place: neomutt (format "mutt"), aerc, msmtp,
    // mbsync, fetchmail, evolution (a folder) and thunderbird (an existing profile's prefs.js).
    static QStringList installableFormats();
    static bool isInstallable(const QString& format);
    // The file the client reads (the first of its candidates that exists, else the one it would
    // create first); for evolution the sources folder. Empty for other formats.
    static QString path(const QString& format);
    // Every place the client looks, in its order.
    static QStringList candidates(const QString& format);

    // Thunderbird's profiles.ini: Debian's Thunderbird (153 too) keeps its profiles in
    // ~/.thunderbird only, whatever $XDG_CONFIG_HOME says.
    static QString thunderbirdProfilesIni();
    // The profile Thunderbird starts with: the [Install…] section's Default=, else the [ProfileN]
    // with Default=1, else the only profile. `folder`, when given, is taken as it is. nullopt, with
    // `error` a sentence, when there is none.
    static std::optional<QString> thunderbirdProfile(const QString& folder, QString* error);
};

} // namespace Portpilot
