#pragma once

#include "ImapValue.h"
#include "LocalFolder.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QString>

namespace Portpilot {

// The IMAP account's folders (from LIST) and where each local folder goes: Inbox to INBOX; Sent,
// Drafts, Trash, Junk and Archive to the server's folders with that SPECIAL-USE flag (RFC 6154)
// when it has them; everything else by its name, with the server's hierarchy separator.
class RemoteFolders
{
public:
    struct Mailbox
    {
        QString name;       // decoded, with the server's separator
        QByteArray encoded; // as the server spells it (modified UTF-7)
        QByteArrayList flags;
    };
    struct Target
    {
        QString name;
        QByteArray encoded;
        bool exists = false;
    };

    // Reads one "* LIST (flags) sep name" answer; false when it is not one.
    bool addListResponse(const QList<ImapValue>& response);
    // The separator the server uses ("/" when it never said).
    QString separator() const { return m_separator.isEmpty() ? QStringLiteral("/") : m_separator; }
    const QList<Mailbox>& mailboxes() const { return m_mailboxes; }

    // `overrides`: local display name ("Archives/2024") -> remote name with "/" between levels.
    Target target(const LocalFolder& folder, const QHash<QString, QString>& overrides) const;
    // The SPECIAL-USE flag a local folder of this name usually is ("\Sent" for "Sent Items"); empty
    // when none.
    static QByteArray specialUseOf(const QString& localName);
    // Remembers a folder created on the server, so that later lookups find it.
    void created(const Target& target);

private:
    QString remoteFor(const QStringList& parts) const;
    const Mailbox* find(const QString& name) const;

    QList<Mailbox> m_mailboxes;
    QString m_separator;
};

} // namespace Portpilot
