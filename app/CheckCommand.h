#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Portpilot {

// `portpilot check DOMAIN`: what mail programs find (or trip over) on a domain, with the fix for
// each finding (docs/check.md). Report on stdout or in --output; exit 0 nothing worse than a note,
// 1 warnings, 3 errors, 2 bad input.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace Portpilot
