#include "Logging.h"

Q_LOGGING_CATEGORY(lcDiscovery, "portpilot.discovery", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProbe, "portpilot.probe", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "portpilot.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "portpilot.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "portpilot.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigrate, "portpilot.migrate", QtInfoMsg)

namespace Portpilot::Logging {

void setVerbose(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("portpilot.*.debug=true")
                                             : QStringLiteral("portpilot.*.debug=false"));
}

} // namespace Portpilot::Logging
