#pragma once

#include "LocalFolder.h"
#include "MigrationReport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portpilot {

// One local folder the wizard offers to copy.
struct MigrationFolder
{
    LocalFolder folder;
    QString origin;    // where it was found: "Thunderbird: anna@example.test", or the folder picked
    int messages = -1; // counted in the background; -1 until then
    qint64 bytes = 0;
    bool selected = true;
};

// The wizard's move of local mail to the tested IMAP account (SetupMigration runs it).
struct MigrationState
{
    QList<MigrationFolder> folders;
    QStringList programs; // the programs whose POP3 mail was found ("Thunderbird", "Evolution")
    bool running = false;
    bool paused = false;
    MigrationProgress progress;
    qint64 elapsedMs = 0; // copying time so far, pauses left out
    std::optional<MigrationReport> report;
    QString problem; // why the move could not start or stopped (the login failed, …)

    bool hasSelection() const
    {
        return std::any_of(folders.cbegin(), folders.cend(), [](const MigrationFolder& f) { return f.selected; });
    }
    // The time left at the pace so far; nullopt until there is a pace.
    std::optional<qint64> secondsLeft() const
    {
        if (progress.bytesDone <= 0 || elapsedMs < 1000 || progress.bytesTotal <= progress.bytesDone) {
            return std::nullopt;
        }
        return qint64(double(progress.bytesTotal - progress.bytesDone) * double(elapsedMs) /
                      double(progress.bytesDone) / 1000.0);
    }
};

} // namespace Portpilot
