#include "ExportBatch.h"

#include "ExporterRegistry.h"
#include "SetupState.h"

#include <QDir>

namespace Portpilot {

namespace {

Exporter::Options optionsOf(const SetupState& state, bool includePassword)
{
    Exporter::Options options;
    options.includePassword = includePassword;
    if (includePassword) {
        options.incomingPassword = state.password;
        options.outgoingPassword = state.password;
    }
    return options;
}

} // namespace

Exporter::Result ExportBatch::preview(const SetupState& state, const QString& format, bool includePassword)
{
    return preview(state.chosenAccount(), format, optionsOf(state, includePassword));
}

Exporter::Result ExportBatch::preview(const Account& account, const QString& format, const Exporter::Options& options)
{
    const Exporter* exporter = ExporterRegistry::instance().find(format);
    if (!exporter) {
        Exporter::Result result;
        result.error = tr("There is no export format “%1”.").arg(format);
        return result;
    }
    return exporter->exportAccount(account, options);
}

QList<ExportOutcome> ExportBatch::writeAll(const SetupState& state, const QStringList& formats, const QString& folder,
                                           bool includePassword)
{
    return writeAll(state.chosenAccount(), formats, folder, optionsOf(state, includePassword));
}

QList<ExportOutcome> ExportBatch::writeAll(const Account& account, const QStringList& formats, const QString& folder,
                                           const Exporter::Options& options)
{
    QList<ExportOutcome> outcomes;
    const QDir dir(folder);
    for (const QString& format : formats) {
        const Exporter* exporter = ExporterRegistry::instance().find(format);
        const Exporter::Result result = preview(account, format, options);
        ExportOutcome outcome;
        if (!exporter || !result.ok()) {
            outcome.format = format;
            outcome.status = ExportOutcome::Status::Refused;
        } else {
            outcome =
                write(format, result, dir.filePath(exporter->defaultFileName(account)), exporter->isMultiFile(), false);
        }
        outcome.includePassword = options.includePassword;
        outcomes.append(outcome);
    }
    return outcomes;
}

ExportOutcome ExportBatch::write(const QString& format, const Exporter::Result& result, const QString& path,
                                 bool isMultiFile, bool overwrite)
{
    ExportOutcome outcome;
    outcome.format = format;
    outcome.path = path;
    switch (ExportFileWriter::write(result, path, isMultiFile, overwrite, &outcome.error)) {
    case ExportFileWriter::Status::Written:
        outcome.status = ExportOutcome::Status::Written;
        break;
    case ExportFileWriter::Status::Exists:
        outcome.status = ExportOutcome::Status::Exists;
        break;
    case ExportFileWriter::Status::Failed:
        outcome.status = ExportOutcome::Status::Failed;
        break;
    }
    return outcome;
}

QString ExportBatch::outcomeText(const SetupState& state, const ExportOutcome& outcome)
{
    return outcomeText(state.chosenAccount(), outcome, optionsOf(state, outcome.includePassword));
}

QString ExportBatch::outcomeText(const Account& account, const ExportOutcome& outcome, const Exporter::Options& options)
{
    switch (outcome.status) {
    case ExportOutcome::Status::Written:
        return tr("%1: saved as “%2”").arg(outcome.format, QDir::toNativeSeparators(outcome.path));
    case ExportOutcome::Status::Refused: {
        // The exporters word their refusals as they make them; asking again (nothing is written)
        // gives the reason in the current language.
        const QString reason = preview(account, outcome.format, options).error;
        if (reason.isEmpty()) {
            //: %1 export format; the reason no longer applies (the settings changed since)
            return tr("%1: not exported").arg(outcome.format);
        }
        //: %1 export format, %2 the reason
        return tr("%1: not exported: %2").arg(outcome.format, reason);
    }
    case ExportOutcome::Status::Exists:
        //: %1 export format, %2 the file in the way
        return tr("%1: not saved: “%2” already exists; nothing was replaced.")
            .arg(outcome.format, QDir::toNativeSeparators(outcome.error.path));
    case ExportOutcome::Status::Failed:
        return tr("%1: not saved: %2").arg(outcome.format, outcome.error.message());
    }
    return {};
}

} // namespace Portpilot
