#pragma once

#include "DiscoveryOptions.h"

#include <QString>

class QWidget;

namespace Portpilot {
class SetupController;
}

// What the GUI tests share when they drive the real wizard through its widgets.
namespace WizardTestSupport {

// Clears the line edit `name` below `parent` and types `text` into it key by key, as a person
// would (non-ASCII letters as key events carrying their text). Fails the test when it is missing.
void typeInto(QWidget* parent, const char* name, const QString& text);

// Discovery for a wizard in a namespace with only loopback: nothing can answer anyway, so the
// search is kept short and guessing is off.
Portpilot::DiscoveryOptions isolatedDiscovery();

// Points `controller` at the discovery test world (run-in-world.sh): the program's defaults (every
// source, guessing, 8 s overall) except the world's ISP database and test CA, as `portpilot
// discover --ispdb-url --ca-certificates` would use them. Fails the test outside the world.
void useTestWorld(Portpilot::SetupController* controller);

} // namespace WizardTestSupport
