#pragma once

#include "DiscoveryOptions.h"

#include <QString>

class QWidget;

// What the GUI tests share when they drive the real wizard through its widgets.
namespace WizardTestSupport {

// Clears the line edit `name` below `parent` and types `text` into it key by key, as a person
// would (non-ASCII letters as key events carrying their text). Fails the test when it is missing.
void typeInto(QWidget* parent, const char* name, const QString& text);

// Discovery for a wizard in a namespace with only loopback: nothing can answer anyway, so the
// search is kept short and guessing is off.
Portpilot::DiscoveryOptions isolatedDiscovery();

} // namespace WizardTestSupport
