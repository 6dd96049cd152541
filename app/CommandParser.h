#pragma once

#include "Account.h"
#include "EmailAddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QSslCertificate>

#include <chrono>
#include <optional>

namespace Portpilot {

// What every subcommand shares, so that a flag means one thing and is checked one way in all of them
// (docs/command-line.md): the option parser and --help; the error lines on stderr ("portpilot NAME: …");
// the input rule (the positional argument is the command's file or address, `--config FILE` names the
// file, `--address ADDRESS` the address); --timeout, --ca-certificates and --password-stdin with the same
// words and bounds everywhere; old spellings that keep working for one release with a note on stderr.
//
// The readers return nullopt after printing why on stderr: the caller then returns ExitBadInput.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandParser)

public:
    // Bounds of --timeout, in seconds, for every command.
    static constexpr double MinTimeoutSeconds = 1;
    static constexpr double MaxTimeoutSeconds = 600;

    CommandParser(const QString& command, const QString& description);

    // The positional argument is a clientConfig file; `--config FILE` says the same.
    void addFileInput(const QString& help);
    // Only `--config FILE`, for commands whose positional argument is something else (login).
    void addConfigOption(const QString& help);
    bool hasConfig() const { return m_config && m_parser.isSet(*m_config); }
    // `--address ADDRESS`; with `positional`, the positional argument is the address instead.
    void addAddressInput(const QString& help, bool positional = false);
    // The positional argument is a domain name (`portpilot check DOMAIN`).
    void addDomainInput(const QString& help);
    // Any number of positional arguments naming files or folders (`portpilot migrate SOURCE...`).
    void addPathsInput(const QString& help);
    void addTimeoutOption(int defaultSeconds, const QString& meaning);
    void addCaCertificatesOption();
    void addPasswordStdinOption(const QString& help);
    void addOption(const QCommandLineOption& option);
    void addOptions(const QList<QCommandLineOption>& options);
    // `oldName` still works as `current` for one release; using it prints a note on stderr.
    void addDeprecatedName(const QString& oldName, const QCommandLineOption& current);

    // Parses the arguments after the command's name. Returns the exit status when the command
    // is done already (--help, or bad usage with the reason printed), nullopt when it should run.
    std::optional<int> parse(const QStringList& arguments);

    bool isSet(const QCommandLineOption& option) const;
    QString value(const QCommandLineOption& option) const;
    QStringList values(const QCommandLineOption& option) const;

    // "portpilot NAME: MESSAGE" on stderr; returns ExitBadInput (bad usage or bad input) or
    // ExitFailure (the operation ran and failed).
    int badInput(const QString& message) const;
    int failure(const QString& message) const;
    void warn(const QString& message) const;
    void note(const QString& message) const;

    // The file of addFileInput(); nullopt (reported) when it is missing or given twice.
    std::optional<QString> file() const;
    // Reads file() as a clientConfig with a usable server on each side; warnings go to stderr.
    std::optional<Account> readConfig() const;
    // The address of addAddressInput(), else `fallback`. An invalid (empty) address when neither
    // names one; nullopt (reported) when the text is not an address.
    std::optional<EmailAddress> address(const QString& fallback = QString()) const;
    // The address of addAddressInput() where the command cannot go on without one: nullopt
    // (reported, with `missing` when none was given) unless a valid address was named.
    std::optional<EmailAddress> requiredAddress(const QString& missing) const;
    // The domain of addDomainInput() in ACE form, lower case; nullopt (reported) when it is
    // missing or not a domain name.
    std::optional<QString> domain() const;
    // The positional arguments of addPathsInput(), as given.
    QStringList paths() const;
    std::optional<std::chrono::milliseconds> timeout() const;
    // The certificates of --ca-certificates; empty when it is not given.
    std::optional<QList<QSslCertificate>> caCertificates() const;
    // For a run that needs no TLS: checks the --ca-certificates file as caCertificates() would
    // (reported when unreadable or without a PEM certificate) without parsing its certificates.
    bool caCertificatesFileUsable() const;
    // --verbose, which every command has: Portpilot's own debug lines (discovery, probe, keychain,
    // export) on stderr, secrets removed.
    bool verbose() const { return m_parser.isSet(m_verbose); }
    bool wantsPasswordFromStdin() const { return m_passwordStdin && m_parser.isSet(*m_passwordStdin); }
    // The line --password-stdin reads; nullopt (reported) when there is none.
    std::optional<QString> passwordFromStdin() const;

private:
    // The positional argument or the option, given once (reported when twice); empty when neither.
    std::optional<QString> oneInput(bool positionalAllowed, const std::optional<QCommandLineOption>& option,
                                    const QString& twice) const;
    const QCommandLineOption* deprecatedFor(const QCommandLineOption& option) const;

    QString m_command;
    QCommandLineParser m_parser;
    std::optional<QCommandLineOption> m_config;
    std::optional<QCommandLineOption> m_address;
    std::optional<QCommandLineOption> m_timeout;
    std::optional<QCommandLineOption> m_ca;
    std::optional<QCommandLineOption> m_passwordStdin;
    QCommandLineOption m_verbose;
    bool m_positionalAddress = false;
    bool m_positionalFile = false;
    bool m_positionalDomain = false;
    bool m_positionalPaths = false;
    QHash<QString, QCommandLineOption> m_deprecated; // current name -> old spelling
};

} // namespace Portpilot
