#pragma once

#include "ExportFileWriter.h"

#include <QString>

namespace Portpilot {

// What happened to one format when the wizard saved it. Kept as data, not as a sentence, so
// that the report can be worded again in another language (ExportBatch::outcomeText).
struct ExportOutcome
{
    enum class Status
    {
        Written,
        Refused, // the format cannot carry the account (or does not exist); nothing was written
        Exists,  // a file was in the way; nothing was replaced
        Failed,  // writing failed
    };

    QString format;
    Status status = Status::Failed;
    QString path;                  // the file (or folder, for multi-file formats) meant for the format
    ExportFileWriter::Error error; // Exists and Failed: what the writer reported
    bool includePassword = false;  // as exported, so that a refusal's reason can be asked for again

    bool ok() const { return status == Status::Written; }
};

} // namespace Portpilot
