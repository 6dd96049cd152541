#include "CommandLine.h"
#include "Console.h"
#include "ExitCode.h"
#include "KeychainCommand.h"
#include "LaunchArguments.h"
#include "WizardLauncher.h"

#include <QCoreApplication>

using namespace Portpilot;

// `portpilot`: the command line. Without a command it becomes the wizard (portpilot-wizard,
// WizardMain.cpp), so that commands start without the graphical libraries.
int main(int argc, char* argv[])
{
    QStringList arguments = LaunchArguments::start(argc, argv);
    const QString language = LaunchArguments::takeLanguage(arguments);

    CommandLine commandLine;
    if (commandLine.handles(arguments)) {
        QCoreApplication app(argc, argv);
        if (!LaunchArguments::installTranslator(language)) {
            return ExitBadInput;
        }
        // Exported files call `portpilot token` by this program's own path.
        KeychainCommand::setPortpilotProgram(QCoreApplication::applicationFilePath());
        return commandLine.run(arguments);
    }

    const LaunchArguments wizard = LaunchArguments::forWizard(arguments);
    if (!wizard.unknown.isEmpty()) {
        QCoreApplication app(argc, argv);
        if (!LaunchArguments::installTranslator(language)) {
            return ExitBadInput;
        }
        Console::err(CommandLine::tr("portpilot: unknown argument “%1”.\n\n").arg(wizard.unknown.first()) +
                     commandLine.helpText());
        return ExitBadInput;
    }

    const QString error = WizardLauncher::exec(argv);
    QCoreApplication app(argc, argv);
    LaunchArguments::installTranslator(language);
    Console::err(
        CommandLine::tr("portpilot: the wizard cannot start (%1). Reinstalling Portpilot puts it back.\n").arg(error));
    return ExitFailure;
}
