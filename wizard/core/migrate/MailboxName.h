#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Portpilot {

// IMAP's modified UTF-7 for mailbox names (RFC 3501 §5.1.3): printable ASCII stays, "&" becomes
// "&-", everything else is UTF-16 in base64 with "," for "/" between "&" and "-". Servers that
// speak UTF8=ACCEPT take UTF-8 too, but every server takes this.
class MailboxName
{
public:
    static QByteArray encode(const QString& name);
    // nullopt when the bytes are not valid modified UTF-7 (a server's raw 8-bit name, say).
    static std::optional<QString> decode(const QByteArray& encoded);
    // A name as an IMAP command argument: a quoted string (backslash and quote escaped).
    static QByteArray quoted(const QByteArray& encoded);
};

} // namespace Portpilot
