#include "MailMigration.h"

#include "ImapClient.h"
#include "Logging.h"
#include "MailTreeScanner.h"
#include "MailboxName.h"

#include <QCryptographicHash>
#include <QSet>

namespace Portpilot {

namespace {

QByteArray digestOf(const QByteArray& content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

} // namespace

MailMigration::MailMigration(ImapClient& client, Options options)
    : m_client(client)
    , m_options(std::move(options))
{}

MigrationReport MailMigration::run(const QList<LocalFolder>& folders)
{
    MigrationReport report;
    report.dryRun = m_options.dryRun;
    // Every folder is read first: the totals make the progress bar honest from the start.
    QList<Folder> work;
    for (const LocalFolder& local : folders) {
        Folder folder;
        folder.report.folder = local;
        readLocal(folder);
        work.append(folder);
    }
    m_progress.folders = int(work.size());
    if (listRemote()) {
        for (Folder& folder : work) {
            migrate(folder);
            ++m_progress.folder;
        }
    } else {
        for (Folder& folder : work) {
            for (Entry& entry : folder.entries) {
                fail(folder, entry, m_lost);
            }
        }
    }
    for (Folder& folder : work) {
        report.folders.append(folder.report);
    }
    report.connectionProblem = m_lost;
    return report;
}

void MailMigration::readLocal(Folder& folder)
{
    FolderReport& report = folder.report;
    const std::unique_ptr<FolderReader> reader = MailTreeScanner::reader(report.folder, m_options.maxMessageSize);
    int position = 0;
    while (const std::optional<LocalMessage> message = reader->next()) {
        ++position;
        ++report.messages;
        if (message->deleted) {
            ++report.skipped; // Thunderbird's "expunged" bit: deleted, waiting for compaction
            continue;
        }
        Entry entry;
        entry.position = position;
        entry.size = message->size;
        entry.messageId = message->messageId;
        report.bytes += message->size;
        if (message->problem.isProblem()) {
            folder.entries.append(entry);
            fail(folder, folder.entries.last(), message->problem.message());
            continue;
        }
        entry.digest = digestOf(message->content);
        folder.entries.append(entry);
    }
    if (reader->problem().isProblem()) {
        report.folderProblem = reader->problem().message();
    }
    m_progress.messagesTotal += int(folder.entries.size());
    m_progress.bytesTotal += report.bytes;
}

bool MailMigration::listRemote()
{
    m_client.refreshCapabilities();
    const QByteArray command = m_client.hasCapability("SPECIAL-USE") && m_client.hasCapability("LIST-EXTENDED")
                                   ? QByteArrayLiteral("LIST \"\" \"*\" RETURN (SPECIAL-USE)")
                                   : QByteArrayLiteral("LIST \"\" \"*\"");
    const ImapClient::Reply reply =
        m_client.run(command, [this](const QList<ImapValue>& response) { m_remote.addListResponse(response); });
    if (!reply.ok()) {
        m_lost = reply.status == ImapClient::Reply::Status::Lost
                     ? explain(QByteArray(), reply.text)
                     : tr("the server would not list its folders: %1").arg(reply.text);
        return false;
    }
    return true;
}

void MailMigration::fail(Folder& folder, Entry& entry, const QString& reason)
{
    if (!entry.failed) {
        entry.failed = true;
        folder.report.problems.append(FolderReport::Problem{entry.position, entry.messageId, reason});
    }
}

QString MailMigration::explain(const QByteArray& code, const QString& text) const
{
    if (!m_client.isUsable()) {
        return tr("the connection to the server broke off: %1").arg(m_client.lostReason());
    }
    if (code == "OVERQUOTA") {
        return tr("the mailbox on the server is full (over its quota). Make room or ask for more, then run "
                  "the move again. The server said: %1")
            .arg(text);
    }
    if (code == "TOOBIG" || code == "LIMIT") {
        return tr("the server takes no message this large. The server said: %1").arg(text);
    }
    return tr("the server refused the message. It said: %1").arg(text);
}

void MailMigration::migrate(Folder& folder)
{
    const RemoteFolders::Target target = m_remote.target(folder.report.folder, m_options.folderMap);
    folder.report.remote = target.name;
    if (!m_lost.isEmpty() || (m_options.cancelled && m_options.cancelled())) {
        const QString why = m_lost.isEmpty() ? tr("not copied: the move was cancelled") : m_lost;
        for (Entry& entry : folder.entries) {
            fail(folder, entry, why);
        }
        folder.report.failed = int(folder.report.problems.size());
        return;
    }
    if (!prepareRemote(folder, target)) {
        folder.report.failed = int(folder.report.problems.size());
        return;
    }
    if (m_options.dryRun) {
        folder.report.failed = int(folder.report.problems.size());
        folder.report.verified = folder.report.failed == 0 && folder.report.folderProblem.isEmpty();
        return;
    }
    copy(folder, target);
    verify(folder);
}

bool MailMigration::prepareRemote(Folder& folder, const RemoteFolders::Target& target)
{
    FolderReport& report = folder.report;
    auto allFail = [&](const QString& why) {
        report.folderProblem = why;
        for (Entry& entry : folder.entries) {
            fail(folder, entry, why);
        }
        return false;
    };
    QHash<QByteArray, int> remote;
    if (!target.exists && !m_options.dryRun) {
        const ImapClient::Reply created = m_client.run("CREATE " + MailboxName::quoted(target.encoded));
        if (!created.ok() && created.code != "ALREADYEXISTS") {
            //: %1 is a folder name, %2 why
            return allFail(tr("the folder “%1” could not be made on the server: %2")
                               .arg(target.name, explain(created.code, created.text)));
        }
        m_remote.created(target);
    }
    if (target.exists || !m_options.dryRun) {
        const QByteArray verb = m_options.dryRun ? "EXAMINE " : "SELECT ";
        const ImapClient::Reply selected = m_client.run(verb + MailboxName::quoted(target.encoded));
        if (!selected.ok()) {
            return allFail(tr("the folder “%1” could not be opened on the server: %2")
                               .arg(target.name, explain(selected.code, selected.text)));
        }
        const auto digests = remoteDigests(folder.entries);
        if (!digests) {
            return allFail(tr("the messages in “%1” on the server could not be read: %2")
                               .arg(target.name, explain(QByteArray(), m_client.lostReason())));
        }
        remote = *digests;
    }
    for (Entry& entry : folder.entries) {
        if (entry.failed) {
            continue;
        }
        int& count = remote[entry.digest];
        if (count > 0) {
            --count;
            ++report.alreadyThere;
            ++m_progress.messagesDone;
            m_progress.bytesDone += entry.size;
        } else {
            entry.copy = true;
            ++report.copied; // what will be copied; copy() counts again what was
        }
    }
    reportProgress();
    return true;
}

std::optional<QHash<QByteArray, int>> MailMigration::remoteDigests(const QList<Entry>& entries)
{
    QSet<qint64> sizes;
    for (const Entry& entry : entries) {
        sizes.insert(entry.size);
    }
    // Only messages of a size some local one has can be one of them: the others are not fetched.
    QList<qint64> uids;
    const ImapClient::Reply listed = m_client.run("UID FETCH 1:* (RFC822.SIZE)", [&](const QList<ImapValue>& response) {
        if (response.size() < 3 || !response.at(1).isAtom("FETCH")) {
            return;
        }
        const ImapValue* uid = ImapValue::fetchItem(response.at(2), "UID");
        const ImapValue* size = ImapValue::fetchItem(response.at(2), "RFC822.SIZE");
        if (uid && size && uid->number() && size->number() && sizes.contains(*size->number())) {
            uids.append(*uid->number());
        }
    });
    if (!listed.ok()) {
        return std::nullopt;
    }
    QHash<QByteArray, int> digests;
    constexpr qsizetype Batch = 200;
    for (qsizetype i = 0; i < uids.size(); i += Batch) {
        QByteArrayList set;
        for (const qint64 uid : uids.mid(i, Batch)) {
            set.append(QByteArray::number(uid));
        }
        const ImapClient::Reply fetched =
            m_client.run("UID FETCH " + set.join(',') + " (BODY.PEEK[])", [&](const QList<ImapValue>& response) {
                if (response.size() < 3 || !response.at(1).isAtom("FETCH")) {
                    return;
                }
                if (const ImapValue* body = ImapValue::fetchItem(response.at(2), "BODY[]")) {
                    ++digests[digestOf(body->bytes)];
                }
            });
        if (!fetched.ok()) {
            return std::nullopt;
        }
    }
    return digests;
}

void MailMigration::copy(Folder& folder, const RemoteFolders::Target& target)
{
    folder.report.copied = 0;
    QHash<int, Entry*> wanted; // position -> entry, for the messages to copy
    for (Entry& entry : folder.entries) {
        if (entry.copy) {
            wanted.insert(entry.position, &entry);
        }
    }
    if (wanted.isEmpty()) {
        return;
    }
    const QByteArray mailbox = MailboxName::quoted(target.encoded);
    // A batch the server refuses was stored none of (MULTIAPPEND is all or nothing): its messages go
    // again one at a time, so that each refusal comes with its own reason.
    const QHash<int, Entry*> again = send(folder, mailbox, wanted, m_client.canAppendMany());
    if (!again.isEmpty()) {
        send(folder, mailbox, again, false);
    }
}

QHash<int, MailMigration::Entry*> MailMigration::send(Folder& folder, const QByteArray& mailbox,
                                                      const QHash<int, Entry*>& wanted, bool batches)
{
    FolderReport& report = folder.report;
    QHash<int, Entry*> refusedBatches;
    m_client.setAppendHandler([&](const QList<qint64>& positions, const ImapClient::Reply& reply) {
        const bool tryAlone = positions.size() > 1 && !reply.ok() && reply.status != ImapClient::Reply::Status::Lost;
        for (const qint64 position : positions) {
            Entry* entry = wanted.value(int(position));
            if (!entry) {
                continue;
            }
            if (reply.ok()) {
                ++report.copied;
                ++m_progress.messagesDone;
                m_progress.bytesDone += entry->size;
            } else if (tryAlone) {
                refusedBatches.insert(entry->position, entry);
            } else {
                fail(folder, *entry, explain(reply.code, reply.text));
            }
        }
        reportProgress();
    });
    QList<ImapClient::AppendMessage> batch;
    qint64 batchBytes = 0;
    auto flush = [&] {
        if (batch.isEmpty()) {
            return;
        }
        m_client.append(mailbox, batch);
        batch.clear();
        batchBytes = 0;
        while (m_client.appendsInFlight() >= m_options.pipelineDepth ||
               m_client.bytesInFlight() > m_options.pipelineBytes) {
            m_client.waitForAppends(m_client.appendsInFlight() - 1);
        }
    };
    const std::unique_ptr<FolderReader> reader = MailTreeScanner::reader(report.folder, m_options.maxMessageSize);
    int position = 0;
    int seen = 0;
    QSet<int> sent; // positions handed to APPEND
    while (m_client.isUsable() && seen < wanted.size()) {
        if (m_options.cancelled && m_options.cancelled()) {
            break;
        }
        const std::optional<LocalMessage> message = reader->next();
        if (!message) {
            break;
        }
        Entry* entry = wanted.value(++position);
        if (!entry) {
            continue;
        }
        ++seen;
        sent.insert(entry->position); // when it is not sent, its reason is given here
        if (digestOf(message->content) != entry->digest) {
            fail(folder, *entry, tr("the message changed on disk while it was being copied; run the move again"));
            continue;
        }
        if (batch.size() >= m_options.batchMessages || batchBytes + message->content.size() > m_options.batchBytes) {
            flush();
        }
        batch.append(ImapClient::AppendMessage{imapFlagNames(message->flags), message->internalDate, message->content,
                                               entry->position});
        batchBytes += message->content.size();
        if (!batches) {
            flush();
        }
    }
    flush();
    m_client.waitForAppends(0);
    m_client.setAppendHandler({});
    if (!m_client.isUsable()) {
        m_lost = explain(QByteArray(), QString());
    }
    // What was never sent gets its reason here, so verification does not blame the server.
    const bool cancelled = m_options.cancelled && m_options.cancelled();
    for (Entry* entry : wanted) {
        if (!sent.contains(entry->position)) {
            fail(folder, *entry,
                 !m_lost.isEmpty() ? m_lost
                 : cancelled       ? tr("not copied: the move was cancelled")
                                   : tr("the message is no longer in the local file"));
            refusedBatches.remove(entry->position);
        }
    }
    if (!m_client.isUsable()) {
        for (Entry* entry : std::as_const(refusedBatches)) {
            fail(folder, *entry, m_lost);
        }
        refusedBatches.clear();
    }
    return refusedBatches;
}

void MailMigration::verify(Folder& folder)
{
    FolderReport& report = folder.report;
    std::optional<QHash<QByteArray, int>> remote;
    if (m_client.isUsable() && m_client.run("NOOP").ok()) {
        remote = remoteDigests(folder.entries);
    }
    if (!remote) {
        // Only what was on the server before copying is known to be there.
        m_lost = explain(QByteArray(), QString());
        report.failed = 0;
        for (Entry& entry : folder.entries) {
            if (entry.copy || entry.failed) {
                fail(folder, entry, tr("not verified: %1").arg(m_lost));
                ++report.failed;
            }
        }
        report.copied = 0;
        report.verified = false;
        return;
    }
    // The server is the truth: a message found there counts as copied even when its answer was lost,
    // and one not found counts as failed whatever the server answered.
    QList<FolderReport::Problem> problems;
    int missing = 0;
    for (Entry& entry : folder.entries) {
        int& count = (*remote)[entry.digest];
        if (count > 0 && !entry.digest.isEmpty()) {
            --count;
            continue;
        }
        ++missing;
        const auto known = std::find_if(report.problems.cbegin(), report.problems.cend(),
                                        [&](const FolderReport::Problem& p) { return p.message == entry.position; });
        problems.append(known != report.problems.cend()
                            ? *known
                            : FolderReport::Problem{entry.position, entry.messageId,
                                                    tr("the server said it stored the message, but it is not there")});
    }
    std::sort(problems.begin(), problems.end(),
              [](const FolderReport::Problem& a, const FolderReport::Problem& b) { return a.message < b.message; });
    report.problems = problems;
    report.failed = missing;
    report.copied = int(folder.entries.size()) - missing - report.alreadyThere;
    report.verified = missing == 0 && report.folderProblem.isEmpty();
    qCDebug(lcMigrate).noquote() << report.folder.displayName() << "->" << report.remote
                                 << "verified:" << report.verified;
}

void MailMigration::reportProgress()
{
    if (m_options.progress) {
        m_options.progress(m_progress);
    }
}

} // namespace Portpilot
