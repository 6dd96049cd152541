#include "LoginCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "ExitCode.h"
#include "OAuth2Commands.h"
#include "OAuth2SignIns.h"
#include "ProviderDatabase.h"

#include <QSettings>

namespace Portpilot {

QString LoginCommand::summary() const
{
    return tr("Sign in with the account’s OAuth2 provider and keep the sign-in in the keychain");
}

namespace {

// `portpilot login ADDRESS --forget`: the address's sign-ins leave the keychain and the settings.
int forgetSignIns(const CommandParser& parser, const EmailAddress& address)
{
    QSettings settings;
    OAuth2SignIns signIns(&settings);
    if (signIns.recalled(address.toString()).isEmpty()) {
        //: %1 is an email address
        Console::out(
            LoginCommand::tr("%1 was not signed in on this computer; nothing to remove.\n").arg(address.toString()));
        return ExitSuccess;
    }
    QString error;
    if (!signIns.forget(address.toString(), &error)) {
        return parser.failure(error);
    }
    Console::out(
        LoginCommand::tr("Signed out: the sign-ins of %1 are removed from the keychain.\n").arg(address.toString()));
    return ExitSuccess;
}

} // namespace

int LoginCommand::run(const QStringList& arguments)
{
    CommandParser parser(name(), summary());
    parser.addAddressInput(tr("The email address to sign in with."), true);
    parser.addConfigOption(tr("The autoconfig (clientConfig 1.1) file with the account’s servers (default: "
                              "Portpilot’s own provider list)."));
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"),
                                       tr("Do not open a browser: print the address of the sign-in page and wait "
                                          "(for a session without a desktop)."));
    const QCommandLineOption forget(QStringLiteral("forget"),
                                    tr("Sign out instead: remove the address’s sign-ins from this computer (the "
                                       "refresh tokens in the keychain and the issuer records)."));
    parser.addOptions({noBrowser, forget});
    parser.addCaCertificatesOption();
    parser.addTimeoutOption(300, tr("How long to wait for the sign-in"));
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    const std::optional<EmailAddress> address = parser.requiredAddress(tr("give the email address to sign in with."));
    if (!address) {
        return ExitBadInput;
    }
    if (parser.isSet(forget)) {
        return forgetSignIns(parser, *address);
    }
    const auto timeout = parser.timeout();
    const auto cas = parser.caCertificates();
    if (!timeout || !cas) {
        return ExitBadInput;
    }
    std::optional<Account> account;
    if (parser.hasConfig()) {
        account = parser.readConfig();
        if (!account) {
            return ExitBadInput;
        }
    } else if (const auto entry = ProviderDatabase::bundled().findByDomain(address->domainAce())) {
        account = entry->account;
    } else {
        return parser.failure(tr("Portpilot’s provider list does not know %1. Find its servers first (portpilot "
                                 "discover %2 --format xml > account.xml) and give the file with --config.")
                                  .arg(address->domain(), address->toString()));
    }
    account = account->resolved(address->toString());
    QString why;
    std::optional<OAuth2Registration> registration = OAuth2Commands::registrationFor(*account, &why);
    if (!registration) {
        return parser.failure(why);
    }
    if (!registration->hasClient()) {
        OAuth2Problem noClient;
        noClient.kind = OAuth2Problem::Kind::NoClient;
        return parser.failure(OAuth2Commands::explain(noClient, *registration, {}));
    }
    if (registration->needsMetadata() && !OAuth2Commands::completeFromMetadata(*registration, *cas, *timeout, &why)) {
        return parser.failure(why);
    }
    const OAuth2Commands::Outcome outcome =
        OAuth2Commands::run(address->toString(), *registration, *cas, *timeout, true, parser.isSet(noBrowser));
    if (outcome.accessToken.isEmpty()) {
        return parser.failure(OAuth2Commands::explain(outcome.problem, *registration, address->toString()));
    }
    QSettings settings;
    OAuth2SignIns(&settings).remember(address->toString(), *registration);
    //: %1 is an address, %2 the issuer such as Microsoft
    Console::out(tr("Signed in as %1 with %2. The sign-in is kept in the keychain; “portpilot token %1” gives a "
                    "fresh access token.\n")
                     .arg(address->toString(), registration->name));
    return ExitSuccess;
}

} // namespace Portpilot
