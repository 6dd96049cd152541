#pragma once

#include <QByteArrayList>
#include <QFlags>

namespace Portpilot {

// The IMAP system flags a local message can carry over (RFC 3501 §2.3.2).
enum class MessageFlag
{
    Seen = 0x1,
    Answered = 0x2,
    Flagged = 0x4,
    Draft = 0x8,
};
Q_DECLARE_FLAGS(MessageFlags, MessageFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageFlags)

// "\Seen", "\Answered", … in a fixed order, for an APPEND flag list.
QByteArrayList imapFlagNames(MessageFlags flags);

} // namespace Portpilot
