#pragma once

#include "LocalMessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

namespace Portpilot {

// Reads the few header fields the move needs from a message's header block (the bytes up to the
// first empty line). Every input is hostile: fields may be missing, repeated, folded or garbage.
class MessageHeaders
{
public:
    // The first field of that name (case-insensitive), unfolded and trimmed; empty when absent.
    static QByteArray value(QByteArrayView headerBlock, QByteArrayView name);
    // The header block of a whole message: up to and including the first empty line.
    static QByteArrayView block(QByteArrayView message);
    // Flags, the deleted mark, Message-ID and (when internalDate is still unknown) the Date: field.
    static void apply(QByteArrayView headerBlock, LocalMessage& message);
    // The date of an mbox separator line, e.g. "From - Mon Jan 01 12:00:00 2024" (asctime, local
    // time, an optional numeric zone after the year); invalid when it has none.
    static QDateTime separatorDate(QByteArrayView fromLine);
};

} // namespace Portpilot
