#include "ExportCommand.h"

#include "ClientConfigLocation.h"
#include "ClientInstaller.h"
#include "CommandParser.h"
#include "Console.h"
#include "ExitCode.h"
#include "ExportBatch.h"
#include "ExporterRegistry.h"

namespace Portpilot {

namespace {

struct Options
{
    QCommandLineOption to{QStringLiteral("to"), ExportCommand::tr("The profile to write (see --list-formats)."),
                          ExportCommand::tr("name")};
    QCommandLineOption name{QStringLiteral("name"), ExportCommand::tr("The name recipients see."),
                            ExportCommand::tr("name")};
    QCommandLineOption output{QStringLiteral("output"),
                              ExportCommand::tr("Where to write: a file, “-” for standard output (the default), or a "
                                                "folder for formats made of several files."),
                              ExportCommand::tr("file")};
    QCommandLineOption force{QStringLiteral("force"), ExportCommand::tr("Replace files that exist.")};
    QCommandLineOption includePassword{QStringLiteral("include-password"),
                                       ExportCommand::tr("Write the password in clear text (needs --password-stdin).")};
    QCommandLineOption list{QStringLiteral("list-formats"), ExportCommand::tr("List the formats and exit.")};
    QCommandLineOption install{QStringLiteral("install"),
                               ExportCommand::tr("Put the account where the client reads it (its own file, in a "
                                                 "marked block; Evolution's sources folder; Thunderbird's profile, "
                                                 "merged with its accounts).")};
    QCommandLineOption uninstall{QStringLiteral("uninstall"),
                                 ExportCommand::tr("Undo --install given the same arguments.")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               ExportCommand::tr("With --to thunderbird and --install or --uninstall: the Thunderbird "
                                                 "profile folder (default: the one Thunderbird starts with)."),
                               ExportCommand::tr("folder")};
};

enum class Placement
{
    Output, // --output or standard output
    Install,
    Uninstall,
};

// What one export writes and where.
struct Request
{
    const Exporter* exporter = nullptr;
    Account account; // resolved
    Exporter::Options options;
    QString output;  // a file, a folder or "-"
    QString profile; // Thunderbird's profile folder for --install/--uninstall; empty: the default
    bool force = false;
    Placement placement = Placement::Output;
};

int listFormats()
{
    for (const auto& exporter : ExporterRegistry::instance().exporters()) {
        Console::out(QStringLiteral("%1  %2\n").arg(exporter->name(), -13).arg(exporter->description()));
    }
    return ExitSuccess;
}

// The exporter --to names; nullptr after reporting bad usage.
const Exporter* readExporter(const CommandParser& parser, const Options& o)
{
    const ExporterRegistry& registry = ExporterRegistry::instance();
    if (!parser.isSet(o.to)) {
        parser.badInput(ExportCommand::tr("say which profile to write with --to NAME (see --list-formats)."));
        return nullptr;
    }
    const Exporter* exporter = registry.find(parser.value(o.to));
    if (!exporter) {
        parser.badInput(ExportCommand::tr("unknown format “%1”; the formats are: %2.")
                            .arg(parser.value(o.to), registry.names().join(QStringLiteral(", "))));
    }
    return exporter;
}

// Reads every input; nullopt after reporting bad usage or bad input.
std::optional<Request> readRequest(const CommandParser& parser, const Options& o)
{
    Request request;
    request.exporter = readExporter(parser, o);
    if (!request.exporter) {
        return std::nullopt;
    }
    if (parser.isSet(o.includePassword) != parser.wantsPasswordFromStdin()) {
        parser.badInput(ExportCommand::tr("--include-password and --password-stdin go together: the password is only "
                                          "read from standard input."));
        return std::nullopt;
    }
    request.output = parser.isSet(o.output) ? parser.value(o.output) : QStringLiteral("-");
    request.force = parser.isSet(o.force);
    if (parser.isSet(o.profile) && (request.exporter->name() != QLatin1String("thunderbird") ||
                                    !(parser.isSet(o.install) || parser.isSet(o.uninstall)))) {
        parser.badInput(ExportCommand::tr("--profile goes with --to thunderbird and --install or --uninstall."));
        return std::nullopt;
    }
    if (parser.isSet(o.install) || parser.isSet(o.uninstall)) {
        if (parser.isSet(o.install) && parser.isSet(o.uninstall)) {
            parser.badInput(ExportCommand::tr("--install and --uninstall exclude each other."));
            return std::nullopt;
        }
        if (parser.isSet(o.output) || parser.isSet(o.force)) {
            parser.badInput(ExportCommand::tr("--install and --uninstall choose the file themselves; leave out "
                                              "--output and --force."));
            return std::nullopt;
        }
        if (!ClientConfigLocation::isInstallable(request.exporter->name())) {
            parser.badInput(ExportCommand::tr("the %1 format cannot be installed; the formats that can are: %2.")
                                .arg(request.exporter->name(),
                                     ClientConfigLocation::installableFormats().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        request.placement = parser.isSet(o.install) ? Placement::Install : Placement::Uninstall;
        request.profile = parser.value(o.profile);
    } else if (request.exporter->isMultiFile() && request.output == QLatin1String("-")) {
        parser.badInput(ExportCommand::tr("the %1 format has several files; give a folder with --output.")
                            .arg(request.exporter->name()));
        return std::nullopt;
    }
    const std::optional<Account> account = parser.readConfig();
    if (!account) {
        return std::nullopt;
    }
    const std::optional<EmailAddress> address = parser.address(account->emailAddress);
    if (!address) {
        return std::nullopt;
    }
    if (!address->isValid()) {
        parser.badInput(ExportCommand::tr("the file names no address; give one with --address."));
        return std::nullopt;
    }
    request.account = account->resolved(address->toString(), parser.value(o.name));
    if (parser.wantsPasswordFromStdin()) {
        const std::optional<QString> password = parser.passwordFromStdin();
        if (!password) {
            return std::nullopt;
        }
        request.options.includePassword = true;
        request.options.incomingPassword = *password;
        request.options.outgoingPassword = *password;
    }
    return request;
}

// Says what the client will do differently; false when the format refused the account.
bool reportExport(const CommandParser& parser, const Exporter::Result& result, bool withNotes)
{
    if (!result.ok()) {
        parser.badInput(result.error);
        return false;
    }
    for (const QString& note : withNotes ? result.notes : QStringList()) {
        parser.note(note);
    }
    if (result.holdsSecret) {
        parser.warn(ExportCommand::tr("the password is written in clear text; keep the output private."));
    }
    return true;
}

// --install and --uninstall: ClientInstaller does the work and words the outcome.
int place(const CommandParser& parser, const Request& request, const Exporter::Result& result)
{
    const QString format = request.exporter->name();
    const QString address = request.account.emailAddress;
    const ClientInstaller::Outcome outcome = request.placement == Placement::Install
                                                 ? ClientInstaller::install(format, result, address, request.profile)
                                                 : ClientInstaller::uninstall(format, result, address, request.profile);
    if (!outcome.ok()) {
        return parser.failure(outcome.message);
    }
    Console::out(outcome.message + u'\n');
    return ExitSuccess;
}

int writeOutput(const CommandParser& parser, const Request& request, const Exporter::Result& result)
{
    if (request.placement != Placement::Output) {
        return place(parser, request, result);
    }
    if (request.output == QLatin1String("-")) {
        Console::outBytes(result.files.first().data);
        return ExitSuccess;
    }
    const ExportOutcome outcome = ExportBatch::write(request.exporter->name(), result, request.output,
                                                     request.exporter->isMultiFile(), request.force);
    if (outcome.ok()) {
        return ExitSuccess;
    }
    if (outcome.status == ExportOutcome::Status::Exists) {
        return parser.badInput(outcome.error.message()); // bad usage: replacing needs --force
    }
    return parser.failure(outcome.error.message());
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("Write the account as a profile for a mail client");
}

int ExportCommand::run(const QStringList& arguments)
{
    CommandParser parser(name(), tr("Writes the account an autoconfig file describes (its first incoming and outgoing "
                                    "server) as the profile of a mail client. Passwords are left out; clients that "
                                    "can run a command read the one Portpilot stored in the keychain. Exit status: 0 "
                                    "written, 1 writing failed, 2 bad usage or a value the format cannot carry, or "
                                    "the output exists without --force."));
    parser.addFileInput(tr("The autoconfig (clientConfig 1.1) file to read."));
    parser.addAddressInput(tr("The email address of the account."));
    const Options o;
    parser.addOption(o.to);
    parser.addDeprecatedName(QStringLiteral("format"), o.to);
    parser.addOptions({o.name, o.output, o.force, o.includePassword});
    parser.addPasswordStdinOption(tr("Read the password from the first line of standard input."));
    parser.addOptions({o.install, o.uninstall, o.profile});
    parser.addOption(o.list);
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    if (parser.isSet(o.list)) {
        return listFormats();
    }
    const std::optional<Request> request = readRequest(parser, o);
    if (!request) {
        return ExitBadInput;
    }
    const Exporter::Result result = request->exporter->exportAccount(request->account, request->options);
    // The notes tell how the client will use the account: nothing to say when it is taken away, nor
    // Thunderbird's about placing user.js when the install merges it into prefs.js.
    const bool withNotes =
        request->placement == Placement::Output ||
        (request->placement == Placement::Install && request->exporter->name() != QLatin1String("thunderbird"));
    if (!reportExport(parser, result, withNotes)) {
        return ExitBadInput;
    }
    return writeOutput(parser, *request, result);
}

} // namespace Portpilot
