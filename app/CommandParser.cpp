#include "CommandParser.h"

#include "AutoconfigReader.h"
#include "Console.h"
#include "DomainCheck.h"
#include "ExitCode.h"
#include "ExtraCaCertificates.h"
#include "Logging.h"
#include "StdinPassword.h"

#include <limits>

namespace Portpilot {

namespace {

QString optionName(const QCommandLineOption& option)
{
    return option.names().constFirst();
}

} // namespace

CommandParser::CommandParser(const QString& command, const QString& description)
    : m_command(command)
    , m_verbose(QStringLiteral("verbose"),
                tr("Print what Portpilot does (the sources asked, each step of a login, the keychain, the files "
                   "written) on standard error; passwords and tokens removed."))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_verbose);
}

void CommandParser::addFileInput(const QString& help)
{
    m_positionalFile = true;
    m_parser.addPositionalArgument(QStringLiteral("file"), help, tr("[file]"));
    m_config.emplace(QStringLiteral("config"), tr("The same as the file argument."), tr("file"));
    m_parser.addOption(*m_config);
}

void CommandParser::addConfigOption(const QString& help)
{
    m_config.emplace(QStringLiteral("config"), help, tr("file"));
    m_parser.addOption(*m_config);
}

void CommandParser::addAddressInput(const QString& help, bool positional)
{
    m_positionalAddress = positional;
    if (positional) {
        m_parser.addPositionalArgument(QStringLiteral("address"), help, tr("[address]"));
    }
    m_address.emplace(QStringLiteral("address"), positional ? tr("The same as the address argument.") : help,
                      tr("address"));
    m_parser.addOption(*m_address);
}

void CommandParser::addDomainInput(const QString& help)
{
    m_positionalDomain = true;
    m_parser.addPositionalArgument(QStringLiteral("domain"), help, tr("domain"));
}

void CommandParser::addPathsInput(const QString& help)
{
    m_positionalPaths = true;
    m_parser.addPositionalArgument(QStringLiteral("source"), help, tr("source…"));
}

QStringList CommandParser::paths() const
{
    return m_positionalPaths ? m_parser.positionalArguments() : QStringList();
}

void CommandParser::addTimeoutOption(int defaultSeconds, const QString& meaning)
{
    //: %1 says what the timeout limits, %2 and %3 are the bounds, %4 the default
    m_timeout.emplace(QStringLiteral("timeout"),
                      tr("%1, in seconds from %2 to %3 (default %4).")
                          .arg(meaning)
                          .arg(MinTimeoutSeconds)
                          .arg(MaxTimeoutSeconds)
                          .arg(defaultSeconds),
                      tr("seconds"), QString::number(defaultSeconds));
    m_parser.addOption(*m_timeout);
}

void CommandParser::addCaCertificatesOption()
{
    m_ca.emplace(QStringLiteral("ca-certificates"), tr("Also trust the CA certificates in this PEM file."), tr("file"));
    m_parser.addOption(*m_ca);
}

void CommandParser::addPasswordStdinOption(const QString& help)
{
    m_passwordStdin.emplace(QStringLiteral("password-stdin"), help);
    m_parser.addOption(*m_passwordStdin);
}

void CommandParser::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
}

void CommandParser::addOptions(const QList<QCommandLineOption>& options)
{
    m_parser.addOptions(options);
}

void CommandParser::addDeprecatedName(const QString& oldName, const QCommandLineOption& current)
{
    QCommandLineOption old(oldName, current.description(), current.valueName());
    old.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(old);
    m_deprecated.insert(optionName(current), old);
}

std::optional<int> CommandParser::parse(const QStringList& arguments)
{
    if (!m_parser.parse(QStringList{QStringLiteral("portpilot ") + m_command} + arguments)) {
        return badInput(m_parser.errorText());
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        Console::out(m_parser.helpText());
        return ExitSuccess;
    }
    if (verbose()) {
        Logging::setVerbose(true);
    }
    for (auto it = m_deprecated.cbegin(); it != m_deprecated.cend(); ++it) {
        if (!m_parser.isSet(it.value())) {
            continue;
        }
        if (m_parser.isSet(it.key())) {
            return badInput(
                tr("--%1 and --%2 are the same option; give only --%2.").arg(optionName(it.value()), it.key()));
        }
        warn(tr("--%1 is an old name of --%2 and goes away in the next release; use --%2.")
                 .arg(optionName(it.value()), it.key()));
    }
    const qsizetype allowed = m_positionalPaths ? std::numeric_limits<qsizetype>::max()
                              : (m_positionalFile || m_positionalAddress || m_positionalDomain) ? 1
                                                                                                : 0;
    if (m_parser.positionalArguments().size() > allowed) {
        return badInput(tr("unexpected argument “%1”.").arg(m_parser.positionalArguments().at(allowed)));
    }
    if (m_timeout && !timeout()) {
        return ExitBadInput;
    }
    return std::nullopt;
}

const QCommandLineOption* CommandParser::deprecatedFor(const QCommandLineOption& option) const
{
    const auto it = m_deprecated.constFind(optionName(option));
    return it == m_deprecated.cend() ? nullptr : &it.value();
}

bool CommandParser::isSet(const QCommandLineOption& option) const
{
    const QCommandLineOption* old = deprecatedFor(option);
    return m_parser.isSet(option) || (old && m_parser.isSet(*old));
}

QString CommandParser::value(const QCommandLineOption& option) const
{
    const QCommandLineOption* old = deprecatedFor(option);
    return old && m_parser.isSet(*old) ? m_parser.value(*old) : m_parser.value(option);
}

QStringList CommandParser::values(const QCommandLineOption& option) const
{
    const QCommandLineOption* old = deprecatedFor(option);
    return m_parser.values(option) + (old ? m_parser.values(*old) : QStringList());
}

int CommandParser::badInput(const QString& message) const
{
    failure(message);
    return ExitBadInput;
}

int CommandParser::failure(const QString& message) const
{
    Console::err(QStringLiteral("portpilot %1: %2\n").arg(m_command, message));
    return ExitFailure;
}

void CommandParser::warn(const QString& message) const
{
    //: %1 is the command (test, export, …), %2 the warning
    Console::err(tr("portpilot %1: warning: %2\n").arg(m_command, message));
}

void CommandParser::note(const QString& message) const
{
    //: %1 is the command (test, export, …), %2 the note
    Console::err(tr("portpilot %1: note: %2\n").arg(m_command, message));
}

std::optional<QString> CommandParser::oneInput(bool positionalAllowed, const std::optional<QCommandLineOption>& option,
                                               const QString& twice) const
{
    const QStringList positional = positionalAllowed ? m_parser.positionalArguments() : QStringList();
    const bool viaOption = option && m_parser.isSet(*option);
    if (!positional.isEmpty() && viaOption && positional.first() != m_parser.value(*option)) {
        badInput(twice);
        return std::nullopt;
    }
    if (viaOption) {
        return m_parser.value(*option);
    }
    return positional.isEmpty() ? QString() : positional.first();
}

std::optional<QString> CommandParser::file() const
{
    std::optional<QString> path =
        oneInput(m_positionalFile, m_config, tr("give the file once: as the argument or with --config FILE."));
    if (path && path->isEmpty()) {
        badInput(tr("give the clientConfig file to read (FILE or --config FILE)."));
        return std::nullopt;
    }
    return path;
}

std::optional<Account> CommandParser::readConfig() const
{
    const std::optional<QString> path = file();
    if (!path) {
        return std::nullopt;
    }
    const AutoconfigReader::Result read = AutoconfigReader::readFile(*path);
    for (const QString& warning : read.warnings) {
        warn(warning);
    }
    if (!read.ok()) {
        badInput(QStringLiteral("%1: %2").arg(*path, read.errorWithLocation()));
        return std::nullopt;
    }
    return read.account;
}

std::optional<EmailAddress> CommandParser::address(const QString& fallback) const
{
    const std::optional<QString> given = oneInput(
        m_positionalAddress, m_address, tr("give the address once: as the argument or with --address ADDRESS."));
    if (!given) {
        return std::nullopt;
    }
    const QString text = given->isEmpty() ? fallback : *given;
    if (text.isEmpty()) {
        return EmailAddress();
    }
    QString error;
    const EmailAddress parsed = EmailAddress::parse(text, &error);
    if (!parsed.isValid()) {
        badInput(error);
        return std::nullopt;
    }
    return parsed;
}

std::optional<EmailAddress> CommandParser::requiredAddress(const QString& missing) const
{
    std::optional<EmailAddress> given = address();
    if (given && !given->isValid()) {
        badInput(missing);
        given.reset();
    }
    return given;
}

std::optional<QString> CommandParser::domain() const
{
    const QStringList positional = m_positionalDomain ? m_parser.positionalArguments() : QStringList();
    if (positional.isEmpty()) {
        badInput(tr("give the domain to check."));
        return std::nullopt;
    }
    const QString domain = DomainCheck::normalizeDomain(positional.first());
    if (domain.isEmpty()) {
        badInput(tr("“%1” is not a domain name.").arg(positional.first()));
        return std::nullopt;
    }
    return domain;
}

std::optional<std::chrono::milliseconds> CommandParser::timeout() const
{
    if (!m_timeout) {
        return std::nullopt;
    }
    bool ok = false;
    const double seconds = m_parser.value(*m_timeout).toDouble(&ok);
    if (!ok || !(seconds >= MinTimeoutSeconds && seconds <= MaxTimeoutSeconds)) {
        //: %1 and %2 are the bounds
        badInput(
            tr("the timeout must be a number of seconds from %1 to %2.").arg(MinTimeoutSeconds).arg(MaxTimeoutSeconds));
        return std::nullopt;
    }
    return std::chrono::milliseconds(qint64(seconds * 1000));
}

std::optional<QList<QSslCertificate>> CommandParser::caCertificates() const
{
    if (!m_ca || !m_parser.isSet(*m_ca)) {
        return QList<QSslCertificate>();
    }
    QString error;
    std::optional<QList<QSslCertificate>> certificates = ExtraCaCertificates::readFile(m_parser.value(*m_ca), &error);
    if (!certificates) {
        badInput(error);
    }
    return certificates;
}

bool CommandParser::caCertificatesFileUsable() const
{
    if (!m_ca || !m_parser.isSet(*m_ca)) {
        return true;
    }
    QString error;
    if (!ExtraCaCertificates::checkFile(m_parser.value(*m_ca), &error)) {
        badInput(error);
        return false;
    }
    return true;
}

std::optional<QString> CommandParser::passwordFromStdin() const
{
    std::optional<QString> password = StdinPassword::read();
    if (!password) {
        badInput(
            tr("no password on standard input (one line, at most %n bytes).", nullptr, int(StdinPassword::MaxBytes)));
    }
    return password;
}

} // namespace Portpilot
