#pragma once

namespace Portpilot {

// Exit statuses shared by every subcommand.
enum ExitCode
{
    ExitSuccess = 0,
    ExitFailure = 1,  // the operation ran and failed (nothing found, login refused, ...)
    ExitBadInput = 2, // bad usage or bad input; the reason is on stderr
    // `portpilot check`: 0 nothing worse than a note, ExitFailure warnings, this one errors.
    ExitCheckErrors = 3,
};

} // namespace Portpilot
