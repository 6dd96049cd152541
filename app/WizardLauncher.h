#pragma once

#include <QString>

namespace Portpilot {

// `portpilot` without a command becomes the wizard: it replaces itself (execv) with
// portpilot-wizard, so no command loads QtWidgets and what it pulls in (28 more shared libraries
// and about 7,000 more relocations before main(), measured in docs/benchmarks.md).
class WizardLauncher
{
public:
    // The wizard's program, found beside this one: the same relative path in the build folder
    // (bin/, libexec/portpilot/) and once installed.
    static QString wizardPath(const QString& argv0);
    // Becomes the wizard with the same arguments (argv[0] kept, so the window's class stays
    // "portpilot"). Returns only when that failed, with the reason.
    static QString exec(char* argv[]);
};

} // namespace Portpilot
