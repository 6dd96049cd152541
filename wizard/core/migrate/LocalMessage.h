#pragma once

#include "MessageFlags.h"
#include "ReadProblem.h"

#include <QByteArray>
#include <QDateTime>

namespace Portpilot {

// One message read from a local folder, ready for IMAP APPEND.
struct LocalMessage
{
    QByteArray content;     // the message as sent: unescaped, CRLF line ends; empty when not kept
    qint64 size = 0;        // bytes of content, also when it was not kept (too large)
    MessageFlags flags;     // from X-Mozilla-Status/Status/X-Status or the Maildir info suffix
    bool deleted = false;   // deleted but still in the file: Thunderbird's expunged bit, Maildir "T"
    QDateTime internalDate; // when it arrived (mbox "From " line, Date: header, Maildir file time)
    QByteArray messageId;   // the Message-ID header's value, trimmed; empty when there is none
    qint64 offset = -1;     // where the message starts in an mbox file
    QString file;           // the file of a Maildir message
    ReadProblem problem;    // set when this message could not be read or kept (content is empty)
};

} // namespace Portpilot
