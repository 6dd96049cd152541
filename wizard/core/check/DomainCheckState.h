#pragma once

#include "Account.h"
#include "DomainCheck.h"
#include "ExportOutcome.h"
#include "Finding.h"

#include <QList>
#include <QString>

namespace Portpilot {

// The wizard's check of a domain for its owner ("I own this domain: check it"), as a value: what
// was asked, the findings once the check is done, and the settings files saved from it.
struct DomainCheckState
{
    QString domain;       // as DomainCheck::normalizeDomain() gives it; empty before the first check
    QString loginAddress; // the test account logged in with; empty for capability probes only
    bool running = false;
    bool finished = false;
    QList<Finding> findings; // sorted as DomainCheck sorts them: errors first
    QList<DomainCheck::Area> areas;
    // The servers that passed the probe (DomainCheck::publishedAccount()): what the fixes publish.
    // A side is empty when none of its servers passed.
    Account published;
    QList<ExportOutcome> exports; // every settings file saved from this check, in order
    // The domain's own document names OAuth2 servers (DomainCheck::namesOAuth2Servers()).
    bool namesOAuth2Servers = false;
    // The test account's OAuth2 sign-in in the browser (DomainCheckSignIn), for the next check only:
    // the token is never kept here. `signInIssuer` names whom the person signs in with.
    bool signingIn = false;
    QString signInIssuer;
    QString signInProblem; // why the last sign-in failed; empty when it did not
    bool signedIn = false; // this check's test account signed in with OAuth2

    // True when the published account has a server on each side, so settings can be saved.
    bool canPublish() const { return !published.incoming.isEmpty() && !published.outgoing.isEmpty(); }
};

} // namespace Portpilot
