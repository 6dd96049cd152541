#pragma once

#include "Exporter.h"

#include <QCoreApplication>

namespace Portpilot {

// Writes an export to disk. Never replaces an existing file unless `overwrite` is set; a
// file with a secret (or one its client insists be private) gets mode 0600 from the start.
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

    // One-file formats: `path` is the file. Multi-file formats: `path` is a folder (created
    // when missing) that receives every file under its own name.
    static Status write(const Exporter::Result& result, const QString& path, bool isMultiFile, bool overwrite,
                        QString* error);
    // Writes one file; exposed for the GUI's save dialog.
    static Status writeFile(const QString& path, const QByteArray& data, bool privateFile, bool overwrite,
                            QString* error);
};

} // namespace Portpilot
