#pragma once

#include "Exporter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Portpilot {

// `portpilot export --install/--uninstall`: puts an exported account where the client reads it.
// Terminal clients (neomutt, aerc, msmtp, mbsync, fetchmail) get a MarkedBlock in their own file,
// the rest of the file kept byte for byte and the old file saved as FILE.portpilot-backup first;
// Evolution gets its .source files in its sources folder; Thunderbird gets the account merged into
// an existing profile's prefs.js (ThunderbirdPrefsMerge), refused while Thunderbird runs, what was
// added recorded in the profile's portpilot-installed.json. Every write goes through
// ExportFileWriter, so a symbolic link at a target is refused, never followed.
class ClientInstaller
{
    Q_DECLARE_TR_FUNCTIONS(ClientInstaller)

public:
    struct Outcome
    {
        enum class Status
        {
            Installed, // the block was added, or the files written
            Updated,   // the account's block was there and was replaced
            Unchanged, // the same block (or the same files) was already there
            Restored,  // uninstall: the file is again exactly the backup
            Removed,   // uninstall: only the block (or the files) removed, later edits kept
            Refused,   // nothing was changed (malformed markers, a link, nothing installed, ...)
            Failed,    // a write failed
        };
        Status status = Status::Failed;
        QString path;    // the file (the folder for evolution)
        QString message; // a sentence for the person
        bool ok() const { return status != Status::Refused && status != Status::Failed; }
    };

    // The suffix of the copy of the previous file.
    static QString backupSuffix() { return QStringLiteral(".portpilot-backup"); }

    // The file in a Thunderbird profile that records what each install added.
    static QString thunderbirdRecord() { return QStringLiteral("portpilot-installed.json"); }

    // `result` is `format`'s export of the account with `address`. `profile` is Thunderbird's
    // profile folder; empty for the default one (and for the other formats).
    static Outcome install(const QString& format, const Exporter::Result& result, const QString& address,
                           const QString& profile = {});
    // Undoes install() for the same arguments.
    static Outcome uninstall(const QString& format, const Exporter::Result& result, const QString& address,
                             const QString& profile = {});
};

} // namespace Portpilot
