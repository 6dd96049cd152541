#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Portpilot {

// `portpilot discover ADDRESS`: finds the servers for an address; progress on stderr,
// the result on stdout (text, json or clientConfig xml).
class DiscoverCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DiscoverCommand)

public:
    QString name() const override { return QStringLiteral("discover"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace Portpilot
