#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Portpilot {

// `portpilot import --list`: the mail accounts other programs on this computer have set up
// (Thunderbird's profiles, also Flatpak and Snap; Evolution), with their servers and where their
// local mail is, so that a move from POP3 knows what to copy. Reads their files, never writes.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace Portpilot
