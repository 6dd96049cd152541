#include "LaunchArguments.h"

#include "CommandLine.h"
#include "Console.h"
#include "LanguageManager.h"
#include "ProxyPolicy.h"

#include <QCoreApplication>

namespace Portpilot {

namespace {

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

} // namespace

QStringList LaunchArguments::start(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Portpilot"));
    QCoreApplication::setApplicationName(QStringLiteral("portpilot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTPILOT_VERSION));
    ProxyPolicy::apply();
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

QString LaunchArguments::takeLanguage(QStringList& arguments)
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

LaunchArguments LaunchArguments::forWizard(const QStringList& arguments)
{
    LaunchArguments result;
    QStringList rest = arguments;
    result.language = takeLanguage(rest);
    result.address = takeOption(rest, QStringLiteral("--address"));
    result.caFile = takeOption(rest, QStringLiteral("--ca-certificates"));
    result.unknown = rest;
    return result;
}

bool LaunchArguments::installTranslator(const QString& language)
{
    QString error;
    if (LanguageManager::instance()->setLanguage(language, &error)) {
        return true;
    }
    Console::err(CommandLine::tr("portpilot: %1\n").arg(error));
    return false;
}

} // namespace Portpilot
