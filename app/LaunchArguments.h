#pragma once

#include <QStringList>

namespace Portpilot {

// The options that start the program rather than a command: `--lang` (every command has it too)
// and the wizard's `--address` and `--ca-certificates`. `portpilot` checks them before it becomes
// the wizard (so a typo is reported like a command's), and `portpilot-wizard` reads them again.
struct LaunchArguments
{
    QString language;
    QString address;
    QString caFile;
    QStringList unknown; // what is left once the options are taken

    // What both programs do first: names the application (settings and keychain entries are found
    // by it), takes the proxy policy from the environment, and returns argv without the program.
    static QStringList start(int argc, char* argv[]);
    // Takes "--lang X" / "--lang=X" out of the arguments; returns X or an empty string.
    static QString takeLanguage(QStringList& arguments);
    // The wizard's options from what a command did not claim (argv without the program name).
    static LaunchArguments forWizard(const QStringList& arguments);
    // Loads Portpilot's and Qt's catalogues for the language (the system's when it is empty);
    // says why on stderr and returns false when there is none.
    static bool installTranslator(const QString& language);
};

} // namespace Portpilot
