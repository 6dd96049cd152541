#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Portpilot {

// `portpilot export FILE --to NAME ...`: writes the account a clientConfig file describes as a
// profile a mail client loads. Exit 2 also when the output exists without --force or when the
// format cannot carry a value (the reason is on stderr).
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace Portpilot
