#include "ParseCommand.h"

#include "AccountJson.h"
#include "AutoconfigWriter.h"
#include "CommandParser.h"
#include "Console.h"
#include "ExitCode.h"

namespace Portpilot {

QString ParseCommand::summary() const
{
    return tr("Print the account an autoconfig file describes");
}

int ParseCommand::run(const QStringList& arguments)
{
    CommandParser parser(name(), summary());
    parser.addFileInput(tr("The autoconfig (clientConfig 1.1) file to read."));
    parser.addAddressInput(tr("Fill the placeholders for this email address."));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Fill %REALNAME% with this name."), tr("name"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("What to print: json (default) or xml."),
                                          tr("format"), QStringLiteral("json"));
    parser.addOptions({nameOption, formatOption});
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("json") && format != QLatin1String("xml")) {
        return parser.badInput(tr("unknown format “%1”; use json or xml.").arg(format));
    }
    std::optional<Account> account = parser.readConfig();
    const std::optional<EmailAddress> address = account ? parser.address() : std::nullopt;
    if (!address) {
        return ExitBadInput;
    }
    if (address->isValid()) {
        account = account->resolved(address->toString(), parser.value(nameOption));
    }
    Console::outBytes(format == QLatin1String("xml") ? AutoconfigWriter::write(*account)
                                                     : AccountJson::toBytes(*account));
    return ExitSuccess;
}

} // namespace Portpilot
