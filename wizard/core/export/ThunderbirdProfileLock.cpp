#include "ThunderbirdProfileLock.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Portpilot {

namespace {

// `lock` -> "127.0.1.1:+4242": held while process 4242 lives (EPERM: it lives, as another user).
bool linkHeld(const QString& path)
{
    char target[256] = {};
    const ssize_t size = ::readlink(QFile::encodeName(path).constData(), target, sizeof target - 1);
    if (size <= 0) {
        return false;
    }
    const QByteArray text(target, size);
    const qsizetype plus = text.lastIndexOf(":+");
    bool ok = false;
    const pid_t pid = plus < 0 ? 0 : text.mid(plus + 2).toInt(&ok);
    if (!ok || pid <= 0) {
        return false;
    }
    return ::kill(pid, 0) == 0 || errno == EPERM;
}

// A write lock we cannot take means another process has it. fcntl locks belong to the process,
// so one this process holds itself does not show (Portpilot never takes one).
bool fcntlHeld(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    const bool held = ::fcntl(fd, F_SETLK, &lock) != 0 && (errno == EACCES || errno == EAGAIN);
    ::close(fd); // releases the lock if it was taken
    return held;
}

} // namespace

QString ThunderbirdProfileLock::heldBy(const QString& profileFolder)
{
    const QDir dir(profileFolder);
    const QString link = dir.filePath(QStringLiteral("lock"));
    if (linkHeld(link)) {
        return link;
    }
    const QString parentLock = dir.filePath(QStringLiteral(".parentlock"));
    return fcntlHeld(parentLock) ? parentLock : QString();
}

} // namespace Portpilot
