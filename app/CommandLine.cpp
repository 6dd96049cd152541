#include "CommandLine.h"

#include "CheckCommand.h"
#include "Console.h"
#include "DiscoverCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "LoginCommand.h"
#include "MigrateCommand.h"
#include "ParseCommand.h"
#include "TestCommand.h"
#include "TokenCommand.h"

namespace Portpilot {

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<ParseCommand>());
    m_commands.push_back(std::make_unique<TestCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<DiscoverCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<LoginCommand>());
    m_commands.push_back(std::make_unique<TokenCommand>());
    m_commands.push_back(std::make_unique<MigrateCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
}

CommandLine::~CommandLine() = default;

Command* CommandLine::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

bool CommandLine::handles(const QStringList& arguments) const
{
    if (arguments.isEmpty()) {
        return false;
    }
    const QString& first = arguments.first();
    return find(first) || first == QLatin1String("help") || first == QLatin1String("--help") ||
           first == QLatin1String("-h") || first == QLatin1String("--version") || first == QLatin1String("-v");
}

QString CommandLine::helpText() const
{
    QString text = tr("Usage: portpilot [--address ADDRESS] [--ca-certificates FILE] [--lang LANGUAGE]\n"
                      "       portpilot COMMAND [OPTIONS]\n\n"
                      "Without a command, Portpilot opens the account setup wizard.\n\n"
                      "Commands:\n");
    for (const auto& command : m_commands) {
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
    }
    text += tr("\nOptions:\n"
               "  --address ADDRESS       Start the wizard with this address filled in.\n"
               "  --ca-certificates FILE  The wizard also trusts the CA certificates in this PEM file.\n"
               "  --lang LANGUAGE         Use this language (for example “is” or “en”).\n"
               "  -h, --help              Show this help.\n"
               "  -v, --version           Show the version.\n\n"
               "“portpilot COMMAND --help” describes a command.\n"
               "Exit status: 0 success, 1 the operation failed, 2 bad usage or bad input.\n");
    return text;
}

int CommandLine::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        Console::err(helpText());
        return ExitBadInput;
    }
    const QString& first = arguments.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        Console::out(QStringLiteral("portpilot %1\n").arg(QStringLiteral(PORTPILOT_VERSION)));
        return ExitSuccess;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        if (arguments.size() > 1) {
            if (Command* command = find(arguments.at(1))) {
                return command->run({QStringLiteral("--help")});
            }
        }
        Console::out(helpText());
        return ExitSuccess;
    }
    if (Command* command = find(first)) {
        return command->run(arguments.mid(1));
    }
    Console::err(tr("portpilot: unknown command “%1”.\n\n").arg(first) + helpText());
    return ExitBadInput;
}

} // namespace Portpilot
