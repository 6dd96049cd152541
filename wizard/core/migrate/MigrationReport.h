#pragma once

#include "LocalFolder.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace Portpilot {

// What a migration did with one local folder, and whether the server holds all of it.
struct FolderReport
{
    struct Problem
    {
        int message = 0;      // position in the local folder, from 1
        QByteArray messageId; // empty when the message has none
        QString reason;
    };

    LocalFolder folder;
    QString remote;   // the IMAP folder, decoded
    int messages = 0; // messages in the local folder, deleted ones included
    qint64 bytes = 0; // of the messages that belong on the server
    int copied = 0;   // in a dry run: would be copied
    int alreadyThere = 0;
    int skipped = 0; // deleted but not compacted away: not mail any more
    int failed = 0;  // should be on the server, but a step for it failed
    bool verified = false;
    QString folderProblem; // the folder could not be read to its end, or not created
    QList<Problem> problems;

    // Messages that belong on the server.
    int expected() const { return messages - skipped; }
};

struct MigrationReport
{
    QList<FolderReport> folders;
    bool dryRun = false;
    QString connectionProblem; // set when the connection broke off

    bool verified() const
    {
        return connectionProblem.isEmpty() &&
               std::all_of(folders.cbegin(), folders.cend(), [](const FolderReport& f) { return f.verified; });
    }
};

// How far a migration has come, for a progress bar with the time left.
struct MigrationProgress
{
    int folder = 0; // index into the folders
    int folders = 0;
    int messagesDone = 0;
    int messagesTotal = 0; // of the whole run, known after reading every local folder
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

} // namespace Portpilot
