#include "CommandLine.h"
#include "Console.h"
#include "ExitCode.h"
#include "ExtraCaCertificates.h"
#include "LanguageManager.h"
#include "ProxyPolicy.h"
#include "SetupController.h"
#include "SetupWizard.h"

#include <QApplication>

#include <memory>

using namespace Portpilot;

namespace {

// Takes "--lang X" / "--lang=X" out of the arguments; returns X or an empty string.
QString takeLanguage(QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size()) {
            const QString lang = arguments.at(i + 1);
            arguments.remove(i, 2);
            return lang;
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            const QString lang = a.mid(7);
            arguments.remove(i);
            return lang;
        }
    }
    return {};
}

QString takeOption(QStringList& arguments, const QString& name)
{
    const qsizetype i = arguments.indexOf(name);
    if (i < 0 || i + 1 >= arguments.size()) {
        return {};
    }
    const QString value = arguments.at(i + 1);
    arguments.remove(i, 2);
    return value;
}

// Loads Portpilot's and Qt's catalogues for --lang (or the system's language when it is empty).
bool installTranslator(const QString& language)
{
    QString error;
    if (LanguageManager::instance()->setLanguage(language, &error)) {
        return true;
    }
    Console::err(CommandLine::tr("portpilot: %1\n").arg(error));
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Portpilot"));
    QCoreApplication::setApplicationName(QStringLiteral("portpilot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTPILOT_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const QString language = takeLanguage(arguments);
    ProxyPolicy::apply();

    CommandLine commandLine;
    if (commandLine.handles(arguments)) {
        QCoreApplication app(argc, argv);
        if (!installTranslator(language)) {
            return ExitBadInput;
        }
        return commandLine.run(arguments);
    }

    const QString address = takeOption(arguments, QStringLiteral("--address"));
    const QString caFile = takeOption(arguments, QStringLiteral("--ca-certificates"));
    if (!arguments.isEmpty()) {
        QCoreApplication app(argc, argv);
        if (!installTranslator(language)) {
            return ExitBadInput;
        }
        Console::err(CommandLine::tr("portpilot: unknown argument “%1”.\n\n").arg(arguments.first()) +
                     commandLine.helpText());
        return ExitBadInput;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Portpilot"));
    QApplication::setDesktopFileName(QStringLiteral("is.portpilot.Portpilot"));
    if (!installTranslator(language)) {
        return ExitBadInput;
    }

    SetupWizard wizard;
    if (!caFile.isEmpty()) {
        // A private CA (a company's, or a test world's) for discovery and the connection test.
        QString error;
        const std::optional<QList<QSslCertificate>> certificates = ExtraCaCertificates::readFile(caFile, &error);
        if (!certificates) {
            Console::err(CommandLine::tr("portpilot: %1\n").arg(error));
            return ExitBadInput;
        }
        wizard.controller()->setExtraCaCertificates(*certificates);
    }
    if (!address.isEmpty()) {
        wizard.setInitialAddress(address);
    }
    wizard.show();
    return app.exec();
}
