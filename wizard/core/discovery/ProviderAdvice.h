#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Portpilot {

struct SetupState;

// What the provider wants a person to know before a mail program can log in: app passwords,
// OAuth2-only sign-in, "turn on IMAP in the web settings first". Read from the bundled provider
// database and from the provider block of the settings found.
class ProviderAdvice
{
    Q_DECLARE_TR_FUNCTIONS(ProviderAdvice)

public:
    // When the provider refuses the normal password in mail programs (Gmail, Microsoft 365, Yahoo,
    // iCloud…): what to do, in plain words; empty otherwise.
    static QString passwordAdvice(const SetupState& state);
    // The provider's page about it (https only); empty when there is none.
    static QUrl passwordAdviceUrl(const SetupState& state);
    // True when the bundled provider list says the provider of `address` takes no password at all,
    // only its own sign-in page (OAuth2): the wizard then asks for none. False when unknown.
    static bool passwordUnused(const QString& address);
    // Who that provider is, in words; empty when passwordUnused() is false.
    static QString passwordUnusedProvider(const QString& address);

    // The provider's "enable IMAP first" instructions in `language`, one per line; empty when none.
    // Settings found through an unauthenticated source (MX, SRV, guessing, plain HTTP) may have been
    // written by anyone on the network: their instructions are shown only once the person has
    // approved those servers.
    static QString enableInstructions(const SetupState& state, const QString& language);
    // The page those instructions name, only when it is https; empty otherwise.
    static QUrl enableInstructionsUrl(const SetupState& state);

    // `text` as a link a person may be shown: https with a host, or an empty URL.
    static QUrl safeLink(const QString& text);
};

} // namespace Portpilot
