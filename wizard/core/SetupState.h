#pragma once

#include "Account.h"
#include "DomainCheckState.h"
#include "EmailAddress.h"
#include "ExportOutcome.h"
#include "MigrationState.h"
#include "OAuth2SignInState.h"
#include "ProbeResult.h"
#include "ServerSettings.h"
#include "Side.h"
#include "TestChecklist.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Portpilot {

// One side of the account being set up: what discovery offered, what the person chose or
// typed, what they allowed, and how the last test went.
struct SideState
{
    QList<ServerSettings> candidates; // best first, placeholders filled
    qsizetype chosenIndex = -1;       // into candidates; -1 when the server was typed
    ServerSettings server;            // as chosen or typed
    bool plainTextConsent = false;    // for this server's host, port and security only
    TestChecklist checklist;          // the last (or running) test, row by row
    std::optional<ProbeResult> testResult;
};

// Everything one account setup knows, as a value: the person's details and both sides. The
// controller changes it; pages, the keychain writer, the exports and the advice only read it.
struct SetupState
{
    QString realName;
    EmailAddress address;
    QString password;
    bool rememberPassword = true;
    ProviderInfo provider;                       // who discovery says runs the mail
    ConfigSource source = ConfigSource::Unknown; // where the candidates came from
    std::array<SideState, 2> sides;
    QSet<QString> approvedDomains;   // registrable domains the person said they trust
    QList<ExportOutcome> exports;    // every format saved in this setup, in order
    OAuth2SignInState signIn;        // for chosen servers that log in with OAuth2 (SetupSignIn)
    std::optional<Account> imported; // another program's account (same address) the person started from
    MigrationState migration;        // local POP3 mail to copy to the tested IMAP account (SetupMigration)
    DomainCheckState domainCheck;    // the owner's check of a domain, the wizard's second way

    SetupState();

    SideState& side(Side s) { return sides.at(indexOf(s)); }
    const SideState& side(Side s) const { return sides.at(indexOf(s)); }

    bool hasCandidates() const;

    // The server a test, an export or the keychain uses: as chosen, host name trimmed, the user
    // name defaulting to the address (the most common convention).
    ServerSettings effective(Side s) const;
    // The account as chosen: one incoming and one outgoing server.
    Account chosenAccount() const;

    // The domain the person must approve before `server` gets the password, or empty. Approval
    // follows the host, not the page it was shown on: a host that any candidate from an
    // unauthenticated source (MX, SRV, guessing, plain HTTP) named keeps needing approval, however
    // the server was reached (chosen, edited by hand, after Back), unless a trusted source named
    // the same host too.
    QString approvalNeededFor(const ServerSettings& server) const;
    // Domains of the chosen servers still waiting for approval, each once.
    QStringList pendingApprovals() const;

    // True when the server would get the password without encryption.
    static bool sendsPasswordInPlainText(const ServerSettings& server);
    // True when that is the case for the chosen server of `s` and the person has not agreed.
    bool plainTextConsentMissing(Side s) const;

    bool testPassed() const;
};

} // namespace Portpilot
