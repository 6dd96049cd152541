#include "ServerSettings.h"

namespace Portpilot {

QString ServerSettings::summary() const
{
    return QStringLiteral("%1:%2 (%3, %4)")
        .arg(hostname)
        .arg(port)
        .arg(protocolName(protocol), socketTypeName(socketType));
}

} // namespace Portpilot
