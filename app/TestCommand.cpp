#include "TestCommand.h"

#include "AccountTester.h"
#include "AutoconfigReader.h"
#include "CertificateInfo.h"
#include "Console.h"
#include "EmailAddress.h"
#include "ExitCode.h"
#include "PasswordStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>

#include <cstdio>

namespace Portpilot {

namespace {

constexpr qint64 MaxPasswordBytes = 4096;

// One line from standard input without its line break; nullopt when there is none.
std::optional<QString> readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QByteArray line = in.readLine(MaxPasswordBytes);
    if (line.isEmpty()) {
        return std::nullopt;
    }
    if (line.endsWith('\n')) {
        line.chop(1);
    }
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return QString::fromUtf8(line);
}

bool hasPlaceholder(const ServerSettings& server)
{
    return server.hostname.contains(QLatin1Char('%')) || server.username.contains(QLatin1Char('%'));
}

} // namespace

QString TestCommand::summary() const
{
    return tr("Log in to the servers of an autoconfig file and report what works");
}

int TestCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), tr("The autoconfig (clientConfig 1.1) file with the servers to test."), tr("file"));
    const QCommandLineOption addressOption(
        QStringLiteral("address"), tr("The email address: fills placeholders and finds the password."), tr("address"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
                                         tr("Read the password from the first line of standard input instead of "
                                            "the keychain."));
    const QCommandLineOption caOption(QStringLiteral("ca-certificates"),
                                      tr("Also trust the CA certificates in this PEM file."), tr("file"));
    const QCommandLineOption fingerprintOption(
        QStringLiteral("accept-fingerprint"),
        tr("Accept exactly the certificate with this SHA-256 fingerprint although it is not trusted "
           "(never one for another name). May be repeated."),
        tr("sha256"));
    const QCommandLineOption plaintextOption(
        QStringLiteral("allow-plaintext"),
        tr("Allow sending the password unencrypted to this server (host:port). May be repeated."), tr("host:port"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds to wait for each answer (default 20)."), tr("seconds"),
                                           QStringLiteral("20"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           tr("Print the conversation with each server, passwords removed."));
    parser.addOptions({configOption, addressOption, stdinOption, caOption, fingerprintOption, plaintextOption,
                       timeoutOption, verboseOption});

    if (!parser.parse(QStringList{QStringLiteral("portpilot test")} + arguments)) {
        Console::err(tr("portpilot test: %1\n").arg(parser.errorText()));
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return ExitSuccess;
    }
    if (!parser.isSet(configOption) || !parser.positionalArguments().isEmpty()) {
        Console::err(tr("portpilot test: give the servers with --config FILE (and nothing else).\n"));
        return ExitBadInput;
    }
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds < 1 || timeoutSeconds > 600) {
        Console::err(tr("portpilot test: the timeout must be a number of seconds from 1 to 600.\n"));
        return ExitBadInput;
    }

    const QString file = parser.value(configOption);
    const AutoconfigReader::Result read = AutoconfigReader::readFile(file);
    if (!read.ok()) {
        Console::err(tr("portpilot test: %1: %2\n").arg(file, read.errorWithLocation()));
        return ExitBadInput;
    }
    Account account = *read.account;
    QString address = account.emailAddress;
    if (parser.isSet(addressOption)) {
        QString error;
        const EmailAddress parsed = EmailAddress::parse(parser.value(addressOption), &error);
        if (!parsed.isValid()) {
            Console::err(tr("portpilot test: %1\n").arg(error));
            return ExitBadInput;
        }
        address = parsed.toString();
        account = account.resolved(address);
    }
    const QList<ServerSettings> servers = account.incoming + account.outgoing;
    if (servers.isEmpty()) {
        Console::err(tr("portpilot test: %1 describes no server.\n").arg(file));
        return ExitBadInput;
    }
    for (const ServerSettings& server : servers) {
        if (hasPlaceholder(server)) {
            Console::err(tr("portpilot test: the file uses placeholders such as %EMAILADDRESS%; "
                            "give the address with --address.\n"));
            return ExitBadInput;
        }
    }

    ProbeOptions options;
    options.emailAddress = address;
    options.connectTimeoutMs = timeoutSeconds * 1000;
    options.stepTimeoutMs = timeoutSeconds * 1000;
    options.plaintextConsent = parser.values(plaintextOption);
    for (const QString& endpoint : std::as_const(options.plaintextConsent)) {
        const qsizetype colon = endpoint.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const uint port = colon > 0 ? endpoint.mid(colon + 1).toUInt(&portOk) : 0;
        if (!portOk || port == 0 || port > 65535) {
            Console::err(tr("portpilot test: “%1” is not host:port.\n").arg(endpoint));
            return ExitBadInput;
        }
    }
    for (const QString& fingerprint : parser.values(fingerprintOption)) {
        if (CertificateInfo::normalizeFingerprint(fingerprint).isEmpty()) {
            Console::err(
                tr("portpilot test: “%1” is not a SHA-256 fingerprint (64 hexadecimal digits).\n").arg(fingerprint));
            return ExitBadInput;
        }
        options.acceptedFingerprints.append(fingerprint);
    }
    if (parser.isSet(caOption)) {
        const QString caFile = parser.value(caOption);
        QFile pem(caFile);
        if (!pem.open(QIODevice::ReadOnly) || pem.size() > 4 * 1024 * 1024) {
            Console::err(tr("portpilot test: cannot read “%1”.\n").arg(caFile));
            return ExitBadInput;
        }
        options.caCertificates = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
        if (options.caCertificates.isEmpty()) {
            Console::err(tr("portpilot test: “%1” holds no PEM certificate.\n").arg(caFile));
            return ExitBadInput;
        }
    }

    std::optional<QString> stdinPassword;
    if (parser.isSet(stdinOption)) {
        stdinPassword = readPasswordFromStdin();
        if (!stdinPassword) {
            Console::err(tr("portpilot test: no password on standard input.\n"));
            return ExitBadInput;
        }
    }

    // Servers without a password to test with are reported, not tested.
    QList<AccountTester::Job> jobs;
    QList<int> jobIndex(servers.size(), -1);
    QStringList missing(servers.size());
    for (int i = 0; i < servers.size(); ++i) {
        const ServerSettings& server = servers.at(i);
        ProbeOptions serverOptions = options;
        if (authMethodNeedsPassword(server.preferredAuth())) {
            if (stdinPassword) {
                serverOptions.password = *stdinPassword;
            } else if (address.isEmpty()) {
                missing[i] = tr("no password: give --address to find it in the keychain, or use --password-stdin");
                continue;
            } else {
                const QString key = PasswordStore::keyFor(address, server);
                QString error;
                const std::optional<QString> stored = PasswordStore::readPasswordBlocking(key, &error);
                if (!stored) {
                    missing[i] = error.isEmpty()
                                     ? tr("no password in the keychain for “%1”; save it in the wizard or use "
                                          "--password-stdin")
                                           .arg(key)
                                     : tr("the keychain could not be read: %1").arg(error);
                    continue;
                }
                serverOptions.password = *stored;
            }
        }
        jobIndex[i] = int(jobs.size());
        jobs.append({server, serverOptions});
    }

    AccountTester tester;
    QList<ProbeResult> results;
    if (!jobs.isEmpty()) {
        QEventLoop loop;
        QObject::connect(&tester, &AccountTester::finished, &loop, [&](const QList<ProbeResult>& all) {
            results = all;
            loop.quit();
        });
        tester.start(jobs);
        loop.exec();
    }

    const bool verbose = parser.isSet(verboseOption);
    bool allPassed = true;
    for (int i = 0; i < servers.size(); ++i) {
        const QString summaryText = servers.at(i).summary();
        if (jobIndex.at(i) < 0) {
            allPassed = false;
            //: %1 is a server such as "imap.example.test:993 (imap, SSL)", %2 the reason.
            Console::out(tr("FAILED  %1: %2\n").arg(summaryText, missing.at(i)));
            continue;
        }
        const ProbeResult& result = results.at(jobIndex.at(i));
        if (verbose) {
            for (const QString& line : result.transcript) {
                Console::err(QStringLiteral("[%1] %2\n").arg(summaryText, line));
            }
        }
        if (result.passed()) {
            const QString security =
                result.encrypted ? (result.certificatePinned ? tr("%1, accepted certificate").arg(result.tlsProtocol)
                                                             : result.tlsProtocol)
                                 : tr("NOT encrypted");
            if (result.credentialsSent) {
                //: %1 server, %2 user name, %3 login method such as PLAIN, %4 encryption such as "TLS 1.3".
                Console::out(tr("OK      %1: logged in as “%2” with %3 (%4)\n")
                                 .arg(summaryText, result.username, result.mechanism, security));
            } else {
                //: %1 server, %2 encryption such as "TLS 1.3". Outgoing servers without login.
                Console::out(tr("OK      %1: answered, no login needed (%2)\n").arg(summaryText, security));
            }
            continue;
        }
        allPassed = false;
        Console::out(tr("FAILED  %1: %2\n").arg(summaryText, result.failure.message()));
        if (!result.failure.detail.isEmpty()) {
            //: The technical detail of a failure, e.g. the server's reply.
            Console::out(tr("        detail: %1\n").arg(result.failure.detail));
        }
        if (result.failure.kind == FailureKind::CertificateProblem && result.certificate) {
            const QStringList lines = result.certificate->describe().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString& line : lines) {
                Console::out(QStringLiteral("        %1\n").arg(line));
            }
            if (result.certificate->isPinnable()) {
                Console::out(tr("        To accept exactly this certificate, run again with "
                                "--accept-fingerprint %1\n")
                                 .arg(result.certificate->fingerprint()));
            } else {
                Console::out(tr("        This certificate cannot be accepted: it is not for this server name, "
                                "or it is broken.\n"));
            }
        }
    }
    return allPassed ? ExitSuccess : ExitFailure;
}

} // namespace Portpilot
