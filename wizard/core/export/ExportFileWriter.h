#pragma once

#include "Exporter.h"

#include <QCoreApplication>

namespace Portpilot {

// Writes an export to disk. Never replaces an existing file unless `overwrite` is set, never
// writes through a symbolic link; a file with a secret (or one its client insists be private)
// is created with mode 0600, so no other user can open it at any moment of the write.
class ExportFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(ExportFileWriter)

public:
    enum class Status
    {
        Written,
        Exists, // a target exists and overwrite was not allowed; nothing was written
        Failed,
    };

    // What went wrong, kept as data so that each caller words it when (and how) it shows it.
    enum class Problem
    {
        None,
        Exists,               // the target exists (Status::Exists)
        IsFolder,             // the target is a folder
        IsSymlink,            // the target is a symbolic link (dangling or not); never followed
        CannotWrite,          // opening, writing or committing failed; detail says why
        CannotSetPermissions, // the private file could not be restricted to its owner
        CannotCreateFolder,   // the folder for a multi-file format
        NothingToWrite,       // a one-file format without exactly one file
    };
    struct Error
    {
        Problem problem = Problem::None;
        QString path;   // the file or folder concerned
        QString detail; // the system's reason (QFileDevice::errorString()), when there is one
        // The command line's sentence (it mentions --force for an existing file).
        QString message() const;
    };

    // One-file formats: `path` is the file. Multi-file formats: `path` is a folder (created
    // when missing) that receives every file under its own name.
    static Status write(const Exporter::Result& result, const QString& path, bool isMultiFile, bool overwrite,
                        Error* error);
    // Writes one file; exposed for the GUI's save dialog.
    static Status writeFile(const QString& path, const QByteArray& data, bool privateFile, bool overwrite,
                            Error* error);
};

} // namespace Portpilot
