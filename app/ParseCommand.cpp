#include "ParseCommand.h"

#include "AccountJson.h"
#include "AutoconfigReader.h"
#include "AutoconfigWriter.h"
#include "Console.h"
#include "EmailAddress.h"
#include "ExitCode.h"

#include <QCommandLineParser>

namespace Portpilot {

QString ParseCommand::summary() const
{
    return tr("Print the account an autoconfig file describes");
}

int ParseCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The autoconfig (clientConfig 1.1) file to read."));
    const QCommandLineOption addressOption(QStringLiteral("address"),
                                           tr("Fill the placeholders for this email address."), tr("address"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Fill %REALNAME% with this name."), tr("name"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: json (default) or xml."),
                                          tr("format"), QStringLiteral("json"));
    parser.addOptions({addressOption, nameOption, formatOption});

    if (!parser.parse(QStringList{QStringLiteral("portpilot parse")} + arguments)) {
        Console::err(tr("portpilot parse: %1\n").arg(parser.errorText()));
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return ExitSuccess;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        Console::err(tr("portpilot parse: give exactly one file to read.\n"));
        return ExitBadInput;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("json") && format != QLatin1String("xml")) {
        Console::err(tr("portpilot parse: unknown format “%1”; use json or xml.\n").arg(format));
        return ExitBadInput;
    }

    const AutoconfigReader::Result result = AutoconfigReader::readFile(files.first());
    for (const QString& warning : result.warnings) {
        Console::err(tr("portpilot parse: warning: %1\n").arg(warning));
    }
    if (!result.ok()) {
        Console::err(tr("portpilot parse: %1: %2\n").arg(files.first(), result.errorWithLocation()));
        return ExitBadInput;
    }

    Account account = *result.account;
    if (parser.isSet(addressOption)) {
        QString error;
        const EmailAddress address = EmailAddress::parse(parser.value(addressOption), &error);
        if (!address.isValid()) {
            Console::err(tr("portpilot parse: %1\n").arg(error));
            return ExitBadInput;
        }
        account = account.resolved(address.toString(), parser.value(nameOption));
    }

    if (format == QLatin1String("xml")) {
        Console::outBytes(AutoconfigWriter::write(account));
    } else {
        Console::outBytes(AccountJson::toBytes(account));
    }
    return ExitSuccess;
}

} // namespace Portpilot
