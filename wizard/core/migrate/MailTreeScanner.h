#pragma once

#include "FolderReader.h"
#include "LocalFolder.h"
#include "ReadProblem.h"

#include <QList>
#include <QSet>

#include <memory>

namespace Portpilot {

// Finds the mail folders under a path a person (or the account finder) names: an mbox file, a
// Maildir (with Maildir++ ".Sub.Folder" subfolders), or a directory of mbox files such as
// Thunderbird's mail directory (subfolders of NAME in NAME.sbd/, maildir-store folders too).
// Thunderbird's own files beside the mail are passed over quietly; anything else that is not mail,
// symbolic-link loops and unreadable files become problems. Only reads.
class MailTreeScanner
{
public:
    struct Result
    {
        QList<LocalFolder> folders;
        QList<ReadProblem> problems;
    };

    static Result scan(const QString& path);
    // The reader for a folder found by scan().
    static std::unique_ptr<FolderReader> reader(const LocalFolder& folder,
                                                qint64 maxMessageSize = FolderReader::DefaultMaxMessageSize);
    // Thunderbird's files that are not mail (.msf indexes, filter rules, POP3 state, logs).
    static bool isThunderbirdBookkeeping(const QString& fileName);

private:
    explicit MailTreeScanner(Result& result)
        : m_result(result)
    {}
    void scanMboxDirectory(const QString& path, const QStringList& parents);
    void scanMaildir(const QString& path, const QStringList& names);
    void addMboxFile(const QString& path, const QStringList& names);
    // False (with a FolderLoop problem) when the directory was read before.
    bool enter(const QString& path);

    Result& m_result;
    QSet<QString> m_visited; // canonical paths of directories read
};

} // namespace Portpilot
