#pragma once

#include "FolderReader.h"
#include "LocalFolder.h"
#include "MigrationReport.h"
#include "RemoteFolders.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace Portpilot {

class ImapClient;

// Copies local folders to an IMAP account and proves it: each message goes up with APPEND (its flags
// and its date), and at the end each folder is read back from the server and every message that
// belongs there is found by its SHA-256. The same comparison, made before copying, is what makes a
// second run copy only what is missing: a run that was interrupted, killed or refused (quota) is
// simply started again. Messages match as a multiset, so two identical local copies make two on
// the server and nothing is doubled. Local files are only read.
class MailMigration
{
    Q_DECLARE_TR_FUNCTIONS(MailMigration)

public:
    struct Options
    {
        bool dryRun = false;               // read and compare, but APPEND and CREATE nothing
        QHash<QString, QString> folderMap; // local display name -> remote name ("/" between levels)
        qint64 maxMessageSize = FolderReader::DefaultMaxMessageSize;
        // APPEND commands and bytes on the way at once (with LITERAL+). Pause and cancel stop only
        // what is not yet sent, so the bytes stay a few seconds' worth.
        int pipelineDepth = 16;
        qint64 pipelineBytes = 4 * 1024 * 1024;
        // With MULTIAPPEND, messages per APPEND command (a larger message goes alone).
        int batchMessages = 64;
        qint64 batchBytes = 1024 * 1024;
        std::function<void(const MigrationProgress&)> progress;
        std::function<bool()> cancelled;
    };

    MailMigration(ImapClient& client, Options options);
    MigrationReport run(const QList<LocalFolder>& folders);

private:
    struct Entry
    {
        int position = 0;
        QByteArray digest;
        qint64 size = 0;
        QByteArray messageId;
        bool copy = false;
        bool failed = false;
    };
    struct Folder
    {
        FolderReport report;
        QList<Entry> entries; // the messages that belong on the server
    };

    void readLocal(Folder& folder);
    bool listRemote();
    void migrate(Folder& folder);
    bool prepareRemote(Folder& folder, const RemoteFolders::Target& target);
    // SHA-256 -> count of the selected folder's messages, fetching only those whose size a local
    // message has; nullopt when the server did not answer.
    std::optional<QHash<QByteArray, int>> remoteDigests(const QList<Entry>& entries);
    void copy(Folder& folder, const RemoteFolders::Target& target);
    // APPENDs `wanted` (in batches when asked); returns the messages of refused batches, to be sent
    // again one by one.
    QHash<int, Entry*> send(Folder& folder, const QByteArray& mailbox, const QHash<int, Entry*>& wanted, bool batches);
    void verify(Folder& folder);
    void fail(Folder& folder, Entry& entry, const QString& reason);
    void reportProgress();
    QString explain(const QByteArray& code, const QString& text) const;

    ImapClient& m_client;
    Options m_options;
    RemoteFolders m_remote;
    MigrationProgress m_progress;
    QString m_lost;
};

} // namespace Portpilot
