#include "CommandLine.h"
#include "Console.h"
#include "ExitCode.h"
#include "ExtraCaCertificates.h"
#include "LaunchArguments.h"
#include "SetupController.h"
#include "SetupWizard.h"

#include <QApplication>

using namespace Portpilot;

// `portpilot-wizard`: the account setup wizard, started by `portpilot` without a command
// (WizardLauncher), which has already checked the arguments.
int main(int argc, char* argv[])
{
    const LaunchArguments options = LaunchArguments::forWizard(LaunchArguments::start(argc, argv));

    if (!options.unknown.isEmpty()) {
        // Started by hand with something `portpilot` would have refused: no window for that.
        QCoreApplication app(argc, argv);
        if (!LaunchArguments::installTranslator(options.language)) {
            return ExitBadInput;
        }
        Console::err(CommandLine::tr("portpilot: unknown argument “%1”.\n\n").arg(options.unknown.first()) +
                     CommandLine::tr("“portpilot --help” lists the options.\n"));
        return ExitBadInput;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Portpilot"));
    QApplication::setDesktopFileName(QStringLiteral("is.portpilot.Portpilot"));
    if (!LaunchArguments::installTranslator(options.language)) {
        return ExitBadInput;
    }

    SetupWizard wizard;
    if (!options.caFile.isEmpty()) {
        // A private CA (a company's, or a test world's) for discovery and the connection test.
        QString error;
        const std::optional<QList<QSslCertificate>> certificates =
            ExtraCaCertificates::readFile(options.caFile, &error);
        if (!certificates) {
            Console::err(CommandLine::tr("portpilot: %1\n").arg(error));
            return ExitBadInput;
        }
        wizard.controller()->setExtraCaCertificates(*certificates);
    }
    if (!options.address.isEmpty()) {
        wizard.setInitialAddress(options.address);
    }
    wizard.show();
    return app.exec();
}
