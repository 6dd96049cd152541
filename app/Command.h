#pragma once

#include <QString>
#include <QStringList>

namespace Portpilot {

// One subcommand of `portpilot`. run() gets the arguments after the subcommand's name
// and returns an ExitCode.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    // One line for `portpilot --help`.
    virtual QString summary() const = 0;
    virtual int run(const QStringList& arguments) = 0;
};

} // namespace Portpilot
