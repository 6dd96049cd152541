#pragma once

#include <QCoreApplication>
#include <QString>

namespace Portpilot {

// Why local mail (a file, a folder, one message) could not be read. Kept as data and worded when
// shown (message()), like ProbeFailure.
struct ReadProblem
{
    Q_DECLARE_TR_FUNCTIONS(ReadProblem)

public:
    enum class Kind
    {
        None,
        DoesNotExist,
        CannotOpen,      // permission denied and the like; detail holds the system's words
        ReadError,       // an error in the middle of reading
        NotMbox,         // a file that does not start with a "From " line
        NotMailFolder,   // a directory that holds no mbox files and is no Maildir
        FolderLoop,      // a symbolic link leads back to a folder already read
        MessageTooLarge, // over the reader's limit; detail holds the size
    };

    Kind kind = Kind::None;
    QString path;
    QString detail;

    bool isProblem() const { return kind != Kind::None; }
    // CannotOpen when the directory cannot be listed (checked by opening it, so that it holds for
    // the file-system user and not only the real one); no problem otherwise.
    static ReadProblem checkDirectory(const QString& path);
    QString message() const;
};

} // namespace Portpilot
