#pragma once

#include "ExportOutcome.h"
#include "Exporter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Portpilot {

struct SetupState;

// Exports the account of a setup in one or several formats: the preview the wizard shows, the
// files it saves into a folder, and the sentence for each outcome. `portpilot export` writes
// through write() too, so both report a file in the way or a failed write alike.
class ExportBatch
{
    Q_DECLARE_TR_FUNCTIONS(ExportBatch)

public:
    // The chosen account in one format (nothing written). With `includePassword` the password
    // of the setup goes into the files that can carry it.
    static Exporter::Result preview(const SetupState& state, const QString& format, bool includePassword);
    // Writes each format into `folder` under its default name; one outcome per format, in order.
    // Never replaces a file.
    static QList<ExportOutcome> writeAll(const SetupState& state, const QStringList& formats, const QString& folder,
                                         bool includePassword);
    // Writes one exported result to `path` (a folder for multi-file formats).
    static ExportOutcome write(const QString& format, const Exporter::Result& result, const QString& path,
                               bool isMultiFile, bool overwrite);
    // One outcome in plain words ("msmtp: saved as …"), made when asked so that a report shown
    // before a language switch is worded again in the new language.
    static QString outcomeText(const SetupState& state, const ExportOutcome& outcome);

    // The same for any account, e.g. the servers a domain check found working, with `options`
    // giving the passwords (none by default).
    static Exporter::Result preview(const Account& account, const QString& format,
                                    const Exporter::Options& options = {});
    static QList<ExportOutcome> writeAll(const Account& account, const QStringList& formats, const QString& folder,
                                         const Exporter::Options& options = {});
    static QString outcomeText(const Account& account, const ExportOutcome& outcome,
                               const Exporter::Options& options = {});
};

} // namespace Portpilot
