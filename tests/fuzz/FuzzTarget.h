#pragma once

#include <QByteArray>
#include <QString>

namespace Portpilot {

// One fuzzed entry point: feeds untrusted bytes to a reader or parser and checks what must hold
// for any input (no crash, and round trips that give back what was read).
// run() returns an empty string when all is well, otherwise what went wrong.
struct FuzzTarget
{
    using Function = QString (*)(const QByteArray& input);

    const char* name; // the executable is fuzz_<name>, the seeds are in corpus/<name>/
    Function run;
};

} // namespace Portpilot
