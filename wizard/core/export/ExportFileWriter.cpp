#include "ExportFileWriter.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Portpilot {

namespace {

// What lstat says about a path: never follows a symbolic link, so a dangling one is seen too.
enum class Kind
{
    Missing,
    File,
    Folder,
    Link,
    Unknown, // lstat failed for another reason than a missing file; errno says why
};

Kind kindOf(const QString& path, mode_t* mode = nullptr)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        return errno == ENOENT ? Kind::Missing : Kind::Unknown;
    }
    if (mode != nullptr) {
        *mode = st.st_mode & 07777;
    }
    if (S_ISLNK(st.st_mode)) {
        return Kind::Link;
    }
    return S_ISDIR(st.st_mode) ? Kind::Folder : Kind::File;
}

bool writeAll(int fd, const QByteArray& data)
{
    const char* next = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, next, size_t(left));
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return false;
        }
        next += written;
        left -= written;
    }
    return true;
}

// Puts the finished temporary file in place. Neither rename() nor renameat2() follows a
// symbolic link at the target, so a link planted after the check is replaced, not followed.
bool moveIntoPlace(const QByteArray& from, const QByteArray& to, bool overwrite)
{
    if (overwrite) {
        return ::rename(from.constData(), to.constData()) == 0;
    }
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0) {
        return true;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return false;
    }
    // A file system without RENAME_NOREPLACE: link() refuses an existing target just the same.
    if (::link(from.constData(), to.constData()) != 0) {
        return false;
    }
    ::unlink(from.constData());
    return true;
}

} // namespace

QString ExportFileWriter::Error::message() const
{
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Exists:
        return tr("“%1” already exists; nothing was written (use --force to replace it).").arg(path);
    case Problem::IsFolder:
        return tr("“%1” is a folder.").arg(path);
    case Problem::IsSymlink:
        return tr("“%1” is a symbolic link; nothing was written through it.").arg(path);
    case Problem::CannotWrite:
        return tr("Cannot write “%1”: %2").arg(path, detail);
    case Problem::CannotSetPermissions:
        return tr("Cannot set the permissions of “%1”.").arg(path);
    case Problem::CannotCreateFolder:
        return tr("Cannot create the folder “%1”.").arg(path);
    case Problem::NothingToWrite:
        return tr("Nothing to write.");
    }
    return {};
}

ExportFileWriter::Status ExportFileWriter::writeFile(const QString& path, const QByteArray& data, bool privateFile,
                                                     bool overwrite, Error* error)
{
    mode_t existingMode = 0;
    const Kind kind = kindOf(path, &existingMode);
    switch (kind) {
    case Kind::Link:
        *error = {Problem::IsSymlink, path, {}};
        return Status::Failed;
    case Kind::Folder:
        *error = {Problem::IsFolder, path, {}};
        return Status::Failed;
    case Kind::File:
        if (!overwrite) {
            *error = {Problem::Exists, path, {}};
            return Status::Exists;
        }
        break;
    case Kind::Unknown:
        *error = {Problem::CannotWrite, path, qt_error_string(errno)};
        return Status::Failed;
    case Kind::Missing:
        break;
    }

    // A temporary file beside the target, created with its final restriction (O_EXCL, so never
    // an existing file or link): a file with a secret is 0600 from the first byte, the others get
    // the umask's mode. The rename at the end means a failure never leaves half a file.
    const QByteArray target = QFile::encodeName(path);
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);
        temporary =
            QFile::encodeName(QDir(QFileInfo(path).path())
                                  .filePath(QStringLiteral(".%1.%2.tmp").arg(QFileInfo(path).fileName(), suffix)));
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                    privateFile ? 0600 : 0666);
        if (fd < 0 && errno != EEXIST) {
            break;
        }
    }
    if (fd < 0) {
        *error = {Problem::CannotWrite, path, qt_error_string(errno)};
        return Status::Failed;
    }
    const auto fail = [&](Problem problem) {
        const int reason = errno;
        ::close(fd);
        ::unlink(temporary.constData());
        *error = {problem, path, problem == Problem::CannotWrite ? qt_error_string(reason) : QString()};
        return Status::Failed;
    };
    // Replacing a file that is not private keeps its mode, as an editor would.
    if (!privateFile && kind == Kind::File && ::fchmod(fd, existingMode) != 0) {
        return fail(Problem::CannotSetPermissions);
    }
    if (!writeAll(fd, data) || ::fsync(fd) != 0) {
        return fail(Problem::CannotWrite);
    }
    if (::close(fd) != 0) {
        const int reason = errno;
        ::unlink(temporary.constData());
        *error = {Problem::CannotWrite, path, qt_error_string(reason)};
        return Status::Failed;
    }
    if (!moveIntoPlace(temporary, target, overwrite)) {
        const int reason = errno;
        ::unlink(temporary.constData());
        if (reason == EEXIST) {
            *error = {Problem::Exists, path, {}};
            return Status::Exists;
        }
        *error = {Problem::CannotWrite, path, qt_error_string(reason)};
        return Status::Failed;
    }
    qCDebug(lcExport) << "wrote" << path << data.size() << "bytes" << (privateFile ? "owner only" : "");
    return Status::Written;
}

ExportFileWriter::Status ExportFileWriter::write(const Exporter::Result& result, const QString& path, bool isMultiFile,
                                                 bool overwrite, Error* error)
{
    if (!isMultiFile) {
        if (result.files.size() != 1) {
            *error = {Problem::NothingToWrite, path, {}};
            return Status::Failed;
        }
        return writeFile(path, result.files.first().data, result.privateFile, overwrite, error);
    }
    // The folder itself is a target too: a link there would send every file elsewhere.
    switch (kindOf(path)) {
    case Kind::Link:
        *error = {Problem::IsSymlink, path, {}};
        return Status::Failed;
    case Kind::Missing:
        if (!QDir().mkpath(path)) {
            *error = {Problem::CannotCreateFolder, path, {}};
            return Status::Failed;
        }
        break;
    case Kind::Folder:
        break;
    case Kind::File:
    case Kind::Unknown:
        *error = {Problem::CannotCreateFolder, path, {}};
        return Status::Failed;
    }
    // Check every target first so a refusal leaves the folder untouched.
    const QDir dir(path);
    for (const Exporter::File& file : result.files) {
        const QString target = dir.filePath(file.name);
        const Kind kind = kindOf(target);
        if (kind == Kind::Link) {
            *error = {Problem::IsSymlink, target, {}};
            return Status::Failed;
        }
        if (kind != Kind::Missing && !overwrite) {
            *error = {Problem::Exists, target, {}};
            return Status::Exists;
        }
    }
    for (const Exporter::File& file : result.files) {
        const Status status = writeFile(dir.filePath(file.name), file.data, result.privateFile, overwrite, error);
        if (status != Status::Written) {
            return status;
        }
    }
    return Status::Written;
}

} // namespace Portpilot
