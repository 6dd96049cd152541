#pragma once

#include <QLoggingCategory>

// One logging category per area, all off below "info" unless asked for: `--verbose`
// (Logging::setVerbose) or QT_LOGGING_RULES="portpilot.probe.debug=true". Never log a secret:
// pass anything that could hold one through Redactor first.
Q_DECLARE_LOGGING_CATEGORY(lcDiscovery) // portpilot.discovery
Q_DECLARE_LOGGING_CATEGORY(lcProbe)     // portpilot.probe
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)  // portpilot.keychain
Q_DECLARE_LOGGING_CATEGORY(lcExport)    // portpilot.export
Q_DECLARE_LOGGING_CATEGORY(lcUi)        // portpilot.ui
Q_DECLARE_LOGGING_CATEGORY(lcMigrate)   // portpilot.migrate

namespace Portpilot::Logging {

// Debug output of every Portpilot category on or off. QT_LOGGING_RULES still wins.
void setVerbose(bool verbose);

} // namespace Portpilot::Logging
