#include "RemoteFolders.h"

#include "MailboxName.h"

namespace Portpilot {

bool RemoteFolders::addListResponse(const QList<ImapValue>& response)
{
    // LIST (flags) separator name
    if (response.size() < 4 || !response.at(0).isAtom("LIST") || response.at(1).type != ImapValue::Type::List) {
        return false;
    }
    Mailbox mailbox;
    for (const ImapValue& flag : response.at(1).items) {
        mailbox.flags.append(flag.bytes.toLower());
    }
    if (mailbox.flags.contains("\\noselect") || mailbox.flags.contains("\\nonexistent")) {
        return true; // a name in the hierarchy, not a folder that can hold mail
    }
    if (response.at(2).type == ImapValue::Type::String && m_separator.isEmpty()) {
        m_separator = QString::fromLatin1(response.at(2).bytes.left(1));
    }
    mailbox.encoded = response.at(3).bytes;
    mailbox.name = MailboxName::decode(mailbox.encoded).value_or(QString::fromUtf8(mailbox.encoded));
    if (mailbox.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0) {
        mailbox.name = QStringLiteral("INBOX");
    }
    m_mailboxes.append(mailbox);
    return true;
}

QByteArray RemoteFolders::specialUseOf(const QString& localName)
{
    static const QList<std::pair<QByteArray, QStringList>> names{
        {"\\sent",
         {QStringLiteral("sent"), QStringLiteral("sent items"), QStringLiteral("sent messages"),
          QStringLiteral("sent mail")}},
        {"\\drafts", {QStringLiteral("drafts")}},
        {"\\trash", {QStringLiteral("trash"), QStringLiteral("deleted items"), QStringLiteral("deleted messages")}},
        {"\\junk", {QStringLiteral("junk"), QStringLiteral("spam"), QStringLiteral("junk e-mail")}},
        {"\\archive", {QStringLiteral("archive"), QStringLiteral("archives")}},
    };
    const QString lower = localName.toLower();
    for (const auto& [flag, local] : names) {
        if (local.contains(lower)) {
            return flag;
        }
    }
    return {};
}

const RemoteFolders::Mailbox* RemoteFolders::find(const QString& name) const
{
    for (const Mailbox& mailbox : m_mailboxes) {
        if (mailbox.name == name) {
            return &mailbox;
        }
    }
    return nullptr;
}

QString RemoteFolders::remoteFor(const QStringList& parts) const
{
    const QString sep = separator();
    QStringList remote;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = parts.at(i);
        if (i == 0 && part.compare(QLatin1String("Inbox"), Qt::CaseInsensitive) == 0) {
            remote.append(QStringLiteral("INBOX"));
            continue;
        }
        if (i == 0) {
            const QByteArray flag = specialUseOf(part);
            const auto special = std::find_if(m_mailboxes.cbegin(), m_mailboxes.cend(), [&](const Mailbox& m) {
                return !flag.isEmpty() && m.flags.contains(flag);
            });
            if (special != m_mailboxes.cend()) {
                remote.append(special->name);
                continue;
            }
        }
        // A separator inside a local name would make a level of its own on the server.
        part.replace(sep, QStringLiteral("_"));
        remote.append(part);
    }
    return remote.join(sep);
}

RemoteFolders::Target RemoteFolders::target(const LocalFolder& folder, const QHash<QString, QString>& overrides) const
{
    Target target;
    const auto override = overrides.constFind(folder.displayName());
    if (override != overrides.cend()) {
        target.name = QStringList(override->split(u'/')).join(separator());
    } else {
        target.name = remoteFor(folder.names);
    }
    if (const Mailbox* existing = find(target.name)) {
        target.encoded = existing->encoded;
        target.exists = true;
    } else {
        target.encoded =
            target.name == QLatin1String("INBOX") ? QByteArrayLiteral("INBOX") : MailboxName::encode(target.name);
        target.exists = target.name == QLatin1String("INBOX");
    }
    return target;
}

void RemoteFolders::created(const Target& target)
{
    if (!find(target.name)) {
        m_mailboxes.append(Mailbox{target.name, target.encoded, {}});
    }
}

} // namespace Portpilot
