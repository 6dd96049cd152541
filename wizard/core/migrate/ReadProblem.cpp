#include "ReadProblem.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Portpilot {

ReadProblem ReadProblem::checkDirectory(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return {Kind::CannotOpen, path, QString::fromLocal8Bit(std::strerror(errno))};
    }
    ::close(fd);
    return {};
}

QString ReadProblem::message() const
{
    const QString where = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::DoesNotExist:
        //: %1 is a file or folder name
        return tr("“%1” does not exist.").arg(where);
    case Kind::CannotOpen:
        //: %1 is a file or folder name, %2 the system's reason (e.g. "Permission denied")
        return tr("“%1” cannot be read: %2").arg(where, detail);
    case Kind::ReadError:
        //: %1 is a file name, %2 the system's reason
        return tr("Reading “%1” failed: %2").arg(where, detail);
    case Kind::NotMbox:
        return tr("“%1” is not a mail folder file (mbox): it does not start with a “From ” line. It was "
                  "passed over.")
            .arg(where);
    case Kind::NotMailFolder:
        return tr("“%1” holds no mail folders (neither mbox files nor a Maildir). It was passed over.").arg(where);
    case Kind::FolderLoop:
        return tr("“%1” is a symbolic link back to a folder that was already read. It was passed over.").arg(where);
    case Kind::MessageTooLarge:
        //: %1 is a file name, %2 a size such as "300 MB"
        return tr("A message of %2 in “%1” is larger than any mail server accepts. It was not copied.")
            .arg(where, detail);
    }
    return {};
}

} // namespace Portpilot
