#pragma once

#include "OAuth2Problem.h"
#include "OAuth2Registration.h"

namespace Portpilot {

// The wizard's OAuth2 sign-in for the chosen servers, as a value in SetupState (SetupSignIn runs
// it). The access token itself is never part of it: it stays in SetupSignIn's memory.
struct OAuth2SignInState
{
    enum class Status
    {
        NotStarted,
        Starting, // reading a stored sign-in or preparing the browser's page
        Waiting,  // the sign-in page is open in the browser
        SignedIn,
        Failed, // problem says why (the person's cancel included)
    };

    Status status = Status::NotStarted;
    OAuth2Registration registration; // the issuer used, without a client secret; empty id when none was found
    OAuth2Problem problem;

    bool isRunning() const { return status == Status::Starting || status == Status::Waiting; }
};

} // namespace Portpilot
