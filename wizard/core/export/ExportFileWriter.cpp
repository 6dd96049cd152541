#include "ExportFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Portpilot {

ExportFileWriter::Status ExportFileWriter::writeFile(const QString& path, const QByteArray& data, bool privateFile,
                                                     bool overwrite, QString* error)
{
    const QFileInfo info(path);
    if (info.exists() && !overwrite) {
        *error = tr("“%1” already exists; nothing was written (use --force to replace it).").arg(path);
        return Status::Exists;
    }
    if (info.isDir()) {
        *error = tr("“%1” is a folder.").arg(path);
        return Status::Failed;
    }
    // QSaveFile writes a temporary file and renames it, so a failure never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return Status::Failed;
    }
    // Restrict the temporary file before any secret reaches it; other files keep the umask's mode.
    if (privateFile && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        *error = tr("Cannot set the permissions of “%1”.").arg(path);
        return Status::Failed;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return Status::Failed;
    }
    return Status::Written;
}

ExportFileWriter::Status ExportFileWriter::write(const Exporter::Result& result, const QString& path, bool isMultiFile,
                                                 bool overwrite, QString* error)
{
    if (!isMultiFile) {
        if (result.files.size() != 1) {
            *error = tr("Nothing to write.");
            return Status::Failed;
        }
        return writeFile(path, result.files.first().data, result.privateFile, overwrite, error);
    }
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path)) {
        *error = tr("Cannot create the folder “%1”.").arg(path);
        return Status::Failed;
    }
    // Check every target first so a refusal leaves the folder untouched.
    if (!overwrite) {
        for (const Exporter::File& file : result.files) {
            if (QFileInfo::exists(dir.filePath(file.name))) {
                *error = tr("“%1” already exists; nothing was written (use --force to replace it).")
                             .arg(dir.filePath(file.name));
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
