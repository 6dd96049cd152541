#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Portpilot {

// The non-graphical face of the program: `portpilot COMMAND ...`.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();

    // True when these arguments (without the program name) ask for the command line
    // rather than the wizard.
    bool handles(const QStringList& arguments) const;
    int run(const QStringList& arguments);

    QString helpText() const;

private:
    Command* find(const QString& name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Portpilot
