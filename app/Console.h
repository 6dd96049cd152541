#pragma once

#include <QString>

namespace Portpilot {

// Writes UTF-8 text to stdout and stderr without Qt's logging decorations.
class Console
{
public:
    static void out(const QString& text);
    static void outBytes(const QByteArray& bytes);
    static void err(const QString& text);

    // Ends a command whose whole answer is written: flushes and leaves the process at once, with
    // nothing it started waited for (lookups still running, connections being closed, threads
    // being joined: a few milliseconds of every run, issue 17). Returns `status` instead in a
    // sanitizer build, so that the leak check at exit still runs.
    static int finish(int status);
};

} // namespace Portpilot
