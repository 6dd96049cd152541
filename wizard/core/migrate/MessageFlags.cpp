#include "MessageFlags.h"

namespace Portpilot {

QByteArrayList imapFlagNames(MessageFlags flags)
{
    QByteArrayList names;
    if (flags.testFlag(MessageFlag::Seen)) {
        names.append(QByteArrayLiteral("\\Seen"));
    }
    if (flags.testFlag(MessageFlag::Answered)) {
        names.append(QByteArrayLiteral("\\Answered"));
    }
    if (flags.testFlag(MessageFlag::Flagged)) {
        names.append(QByteArrayLiteral("\\Flagged"));
    }
    if (flags.testFlag(MessageFlag::Draft)) {
        names.append(QByteArrayLiteral("\\Draft"));
    }
    return names;
}

} // namespace Portpilot
