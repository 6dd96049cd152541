#include "TokenCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "ExitCode.h"
#include "Hostname.h"
#include "OAuth2Commands.h"

namespace Portpilot {

QString TokenCommand::summary() const
{
    return tr("Print a fresh OAuth2 access token for a signed-in address (for mail programs)");
}

int TokenCommand::run(const QStringList& arguments)
{
    CommandParser parser(name(), summary());
    parser.addAddressInput(tr("The signed-in email address."), true);
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("The mail server the token is for, when the address signed in with several "
                                       "issuers."),
                                    tr("host"));
    parser.addOption(server);
    parser.addCaCertificatesOption();
    parser.addTimeoutOption(30, tr("How long to wait for the issuer"));
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    const std::optional<EmailAddress> address = parser.requiredAddress(tr("give the signed-in email address."));
    if (!address) {
        return ExitBadInput;
    }
    QString host;
    if (parser.isSet(server)) {
        host = Hostname::toAce(parser.value(server));
        if (host.isEmpty()) {
            return parser.badInput(tr("“%1” is not a host name.").arg(parser.value(server)));
        }
    }
    const auto timeout = parser.timeout();
    const auto cas = parser.caCertificates();
    if (!timeout || !cas) {
        return ExitBadInput;
    }
    QString why;
    const std::optional<OAuth2Registration> registration = OAuth2Commands::signedIn(address->toString(), host, &why);
    if (!registration) {
        return parser.failure(why);
    }
    const OAuth2Commands::Outcome outcome =
        OAuth2Commands::run(address->toString(), *registration, *cas, *timeout, false, true);
    if (outcome.accessToken.isEmpty()) {
        return parser.failure(OAuth2Commands::explain(outcome.problem, *registration, address->toString()));
    }
    // The rotated refresh token is in the keychain before the access token is handed out, so the
    // mail program that runs this command need not wait for the process to wind down.
    Console::out(outcome.accessToken + QLatin1Char('\n'));
    return Console::finish(ExitSuccess);
}

} // namespace Portpilot
