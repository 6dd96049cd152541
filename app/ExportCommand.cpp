#include "ExportCommand.h"

#include "AutoconfigReader.h"
#include "Console.h"
#include "EmailAddress.h"
#include "ExitCode.h"
#include "ExportFileWriter.h"
#include "ExporterRegistry.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace Portpilot {

namespace {

// One line from standard input, without its line end; nothing when stdin is empty or too long.
std::optional<QString> readPasswordLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QByteArray line = in.readLine(ExportCommand::MaxPasswordLength + 2);
    if (line.size() > ExportCommand::MaxPasswordLength + 1) {
        return std::nullopt;
    }
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("Write the account as a profile for a mail client");
}

int ExportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the account an autoconfig file describes (its first incoming and outgoing server) in the "
           "format of a mail client. Passwords are left out; clients that can run a command read the one "
           "Portpilot stored in the keychain. Exit status: 0 written, 1 writing failed, 2 bad usage or a value "
           "the format cannot carry, or the output exists without --force."));
    parser.addHelpOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          tr("The autoconfig (clientConfig 1.1) file to read."), tr("file"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("The export format (see --list-formats)."),
                                          tr("name"));
    const QCommandLineOption addressOption(QStringLiteral("address"), tr("The email address of the account."),
                                           tr("address"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("The name recipients see."), tr("name"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          tr("Where to write: a file, “-” for standard output (the default), or a "
                                             "folder for formats made of several files."),
                                          tr("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Replace files that exist."));
    const QCommandLineOption includePasswordOption(QStringLiteral("include-password"),
                                                   tr("Write the password in clear text (needs --password-stdin)."));
    const QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"),
                                                 tr("Read the password from the first line of standard input."));
    const QCommandLineOption listOption(QStringLiteral("list-formats"), tr("List the formats and exit."));
    parser.addOptions({configOption, formatOption, addressOption, nameOption, outputOption, forceOption,
                       includePasswordOption, passwordStdinOption, listOption});

    if (!parser.parse(QStringList{QStringLiteral("portpilot export")} + arguments)) {
        Console::err(tr("portpilot export: %1\n").arg(parser.errorText()));
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return ExitSuccess;
    }
    const ExporterRegistry& registry = ExporterRegistry::instance();
    if (parser.isSet(listOption)) {
        for (const auto& exporter : registry.exporters()) {
            Console::out(QStringLiteral("%1  %2\n").arg(exporter->name(), -13).arg(exporter->description()));
        }
        return ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Console::err(tr("portpilot export: unexpected argument “%1”.\n").arg(parser.positionalArguments().first()));
        return ExitBadInput;
    }
    if (!parser.isSet(configOption) || !parser.isSet(formatOption)) {
        Console::err(tr("portpilot export: give --config FILE and --format NAME (see --list-formats).\n"));
        return ExitBadInput;
    }
    const Exporter* exporter = registry.find(parser.value(formatOption));
    if (!exporter) {
        Console::err(tr("portpilot export: unknown format “%1”; the formats are: %2.\n")
                         .arg(parser.value(formatOption), registry.names().join(QStringLiteral(", "))));
        return ExitBadInput;
    }
    const bool includePassword = parser.isSet(includePasswordOption);
    if (includePassword != parser.isSet(passwordStdinOption)) {
        Console::err(tr("portpilot export: --include-password and --password-stdin go together: the password is "
                        "only read from standard input.\n"));
        return ExitBadInput;
    }
    const QString output = parser.isSet(outputOption) ? parser.value(outputOption) : QStringLiteral("-");
    if (exporter->isMultiFile() && output == QLatin1String("-")) {
        Console::err(tr("portpilot export: the %1 format has several files; give a folder with --output.\n")
                         .arg(exporter->name()));
        return ExitBadInput;
    }

    const QString configPath = parser.value(configOption);
    const AutoconfigReader::Result read = AutoconfigReader::readFile(configPath);
    for (const QString& warning : read.warnings) {
        Console::err(tr("portpilot export: warning: %1\n").arg(warning));
    }
    if (!read.ok()) {
        Console::err(tr("portpilot export: %1: %2\n").arg(configPath, read.errorWithLocation()));
        return ExitBadInput;
    }
    const QString addressText = parser.isSet(addressOption) ? parser.value(addressOption) : read.account->emailAddress;
    if (addressText.isEmpty()) {
        Console::err(tr("portpilot export: the file names no address; give one with --address.\n"));
        return ExitBadInput;
    }
    QString error;
    const EmailAddress address = EmailAddress::parse(addressText, &error);
    if (!address.isValid()) {
        Console::err(tr("portpilot export: %1\n").arg(error));
        return ExitBadInput;
    }
    const Account account = read.account->resolved(address.toString(), parser.value(nameOption));

    Exporter::Options options;
    if (includePassword) {
        const auto password = readPasswordLine();
        if (!password) {
            Console::err(tr("portpilot export: no password on standard input (one line, at most %n bytes).\n", nullptr,
                            int(MaxPasswordLength)));
            return ExitBadInput;
        }
        options.includePassword = true;
        options.incomingPassword = *password;
        options.outgoingPassword = *password;
    }

    const Exporter::Result result = exporter->exportAccount(account, options);
    if (!result.ok()) {
        Console::err(tr("portpilot export: %1\n").arg(result.error));
        return ExitBadInput;
    }
    for (const QString& note : result.notes) {
        Console::err(tr("portpilot export: note: %1\n").arg(note));
    }
    if (result.holdsSecret) {
        Console::err(tr("portpilot export: warning: the password is written in clear text; keep the output "
                        "private.\n"));
    }

    if (output == QLatin1String("-")) {
        Console::outBytes(result.files.first().data);
        return ExitSuccess;
    }
    ExportFileWriter::Error writeError;
    switch (ExportFileWriter::write(result, output, exporter->isMultiFile(), parser.isSet(forceOption), &writeError)) {
    case ExportFileWriter::Status::Written:
        return ExitSuccess;
    case ExportFileWriter::Status::Exists:
        Console::err(tr("portpilot export: %1\n").arg(writeError.message()));
        return ExitBadInput;
    case ExportFileWriter::Status::Failed:
        break;
    }
    Console::err(tr("portpilot export: %1\n").arg(writeError.message()));
    return ExitFailure;
}

} // namespace Portpilot
