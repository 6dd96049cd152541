#include "ExportFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Portpilot {

QString ExportFileWriter::Error::message() const
{
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Exists:
        return tr("“%1” already exists; nothing was written (use --force to replace it).").arg(path);
    case Problem::IsFolder:
        return tr("“%1” is a folder.").arg(path);
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
    const QFileInfo info(path);
    if (info.exists() && !overwrite) {
        *error = {Problem::Exists, path, {}};
        return Status::Exists;
    }
    if (info.isDir()) {
        *error = {Problem::IsFolder, path, {}};
        return Status::Failed;
    }
    // QSaveFile writes a temporary file and renames it, so a failure never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = {Problem::CannotWrite, path, file.errorString()};
        return Status::Failed;
    }
    // Restrict the temporary file before any secret reaches it; other files keep the umask's mode.
    if (privateFile && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        *error = {Problem::CannotSetPermissions, path, {}};
        return Status::Failed;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        *error = {Problem::CannotWrite, path, file.errorString()};
        return Status::Failed;
    }
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
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path)) {
        *error = {Problem::CannotCreateFolder, path, {}};
        return Status::Failed;
    }
    // Check every target first so a refusal leaves the folder untouched.
    if (!overwrite) {
        for (const Exporter::File& file : result.files) {
            if (QFileInfo::exists(dir.filePath(file.name))) {
                *error = {Problem::Exists, dir.filePath(file.name), {}};
                return Status::Exists;
            }
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
