#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Portpilot {

// The prefs.js side of `export --install --to thunderbird`, without any file access: adds the
// account of a Thunderbird export (its user.js) to an existing profile's prefs.js under the lowest
// free accountN/serverN/idN/smtpN, every other line kept as it is, and takes it away again.
// Thunderbird rewrites prefs.js itself, so what was added is recorded in a sidecar (JSON, one
// entry per address) rather than in markers.
class ThunderbirdPrefsMerge
{
    Q_DECLARE_TR_FUNCTIONS(ThunderbirdPrefsMerge)

public:
    enum class Change
    {
        Added,
        Updated,   // the address was installed; its prefs replaced under the same numbers
        Unchanged, // the address was installed with these very prefs
    };
    struct Installed
    {
        Change change = Change::Added;
        QByteArray prefs;        // the new prefs.js
        QByteArray sidecar;      // the new sidecar
        QString account;         // e.g. "account3"
        bool writeBackup = true; // false while the backup is still the file before the first install
    };
    // `prefs` is the profile's prefs.js (empty when it has none), `sidecar` the recorded installs
    // (empty when none), `userJs` ThunderbirdExporter's file for `address`.
    static std::optional<Installed> install(const QByteArray& prefs, bool prefsExisted, const QByteArray& sidecar,
                                            const QByteArray& userJs, const QString& address, QString* error);

    struct Uninstalled
    {
        bool exact = false;  // prefs.js is what the install wrote: put `backup` back (or remove the file)
        bool hadFile = true; // with exact: false when there was no prefs.js before the install
        QByteArray prefs;    // without exact: prefs.js without the account's prefs and list entries
        QByteArray sidecar;  // the sidecar without the address; empty when no install is left
    };
    // `backup` is the copy saved by the last install (nullopt when there is none).
    static std::optional<Uninstalled> uninstall(const QByteArray& prefs, const QByteArray& sidecar,
                                                const std::optional<QByteArray>& backup, const QString& address,
                                                QString* error);
};

} // namespace Portpilot
