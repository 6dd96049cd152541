#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Portpilot {

// `portpilot migrate SOURCE... --config FILE`: copies local mail (mbox files, Maildir folders, a
// Thunderbird mail directory) to the IMAP account of the file and verifies every message on the
// server. Progress on stderr, the report per folder on stdout. Exit 0 when every message that
// belongs on the server is verified there, 1 when some are not, 2 on bad input.
class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace Portpilot
