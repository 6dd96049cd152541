#include "TestCommand.h"

#include "AccountTester.h"
#include "CertificateInfo.h"
#include "CommandParser.h"
#include "Console.h"
#include "ExitCode.h"
#include "Hostname.h"
#include "OAuth2Commands.h"
#include "OAuth2SignIns.h"
#include "PasswordStore.h"
#include "TestPlan.h"

#include <QEventLoop>

namespace Portpilot {

namespace {

struct Options
{
    QCommandLineOption approve{QStringLiteral("approve"),
                               TestCommand::tr("Log in to servers that wait for the approval of this domain "
                                               "(approvalNeeded in the file: found through MX, SRV, guessing or "
                                               "plain HTTP). May be repeated."),
                               TestCommand::tr("domain")};
    QCommandLineOption fingerprint{
        QStringLiteral("accept-fingerprint"),
        TestCommand::tr("Accept exactly the certificate with this SHA-256 fingerprint on the server host:port "
                        "although it is not trusted (never one for another name). The bare SHA256 form is only "
                        "taken when every server of the file has the same host name. May be repeated."),
        TestCommand::tr("host:port=sha256")};
    QCommandLineOption plaintext{
        QStringLiteral("allow-plaintext"),
        TestCommand::tr("Allow sending the password unencrypted to this server (host:port). May be repeated."),
        TestCommand::tr("host:port")};
    QCommandLineOption side{QStringLiteral("side"),
                            TestCommand::tr("Test only the incoming or only the outgoing servers of the file."),
                            QStringLiteral("incoming|outgoing")};
};

// What the run will do with each server of the file: test it with these options, or report why not.
struct Plan
{
    QList<ServerSettings> servers;
    QList<AccountTester::Job> jobs;
    QList<int> jobIndex;   // per server: its job, or -1 when it is not tested
    QStringList notTested; // per server: why not
};

bool hasPlaceholder(const ServerSettings& server)
{
    return server.hostname.contains(QLatin1Char('%')) || server.username.contains(QLatin1Char('%'));
}

// "host:port" (IPv6 in brackets or not) in the form ProbeOptions::endpoint() writes; nothing when it is not one.
std::optional<QString> endpointOf(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535) {
        return std::nullopt;
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    return ProbeOptions::endpoint(host, quint16(port));
}

QString endpointOf(const ServerSettings& server)
{
    return ProbeOptions::endpoint(server.hostname, server.port);
}

// The servers of --config, placeholders filled with the address; nullopt after reporting bad input.
std::optional<QList<ServerSettings>> readServers(const CommandParser& parser, const Options& o, QString* address)
{
    const QString side = parser.isSet(o.side) ? parser.value(o.side) : QString();
    if (!side.isEmpty() && side != QLatin1String("incoming") && side != QLatin1String("outgoing")) {
        parser.badInput(TestCommand::tr("unknown side “%1”; use incoming or outgoing.").arg(side));
        return std::nullopt;
    }
    std::optional<Account> account = parser.readConfig();
    if (!account) {
        return std::nullopt;
    }
    const std::optional<EmailAddress> given = parser.address(account->emailAddress);
    if (!given) {
        return std::nullopt;
    }
    if (given->isValid()) {
        *address = given->toString();
        account = account->resolved(*address);
    }
    const QList<ServerSettings> servers = side == QLatin1String("incoming")   ? account->incoming
                                          : side == QLatin1String("outgoing") ? account->outgoing
                                                                              : account->incoming + account->outgoing;
    for (const ServerSettings& server : servers) {
        if (hasPlaceholder(server)) {
            parser.badInput(TestCommand::tr("the file uses placeholders such as %EMAILADDRESS%; give the address with "
                                            "--address."));
            return std::nullopt;
        }
    }
    return servers;
}

// --accept-fingerprint per server ("host:port" -> fingerprints); nullopt after reporting bad input.
std::optional<QMultiHash<QString, QString>> readFingerprints(const CommandParser& parser, const Options& o,
                                                             const QList<ServerSettings>& servers)
{
    QMultiHash<QString, QString> accepted;
    QStringList endpoints;
    for (const ServerSettings& server : servers) {
        endpoints.append(endpointOf(server));
    }
    for (const QString& value : parser.values(o.fingerprint)) {
        const qsizetype equals = value.lastIndexOf(QLatin1Char('='));
        const QString fingerprint = CertificateInfo::normalizeFingerprint(value.mid(equals + 1));
        if (fingerprint.isEmpty()) {
            parser.badInput(TestCommand::tr("“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).")
                                .arg(value.mid(equals + 1)));
            return std::nullopt;
        }
        if (equals < 0) {
            // The bare form only where it cannot mean more than one server (issue 15.6).
            if (endpoints.size() != 1) {
                //: %1 is a fingerprint, %2 a server such as imap.example.test:993
                parser.badInput(TestCommand::tr("several servers are tested, so say which one has the certificate "
                                                "“%1”: --accept-fingerprint HOST:PORT=SHA256, for example %2=%1.")
                                    .arg(value, endpoints.constFirst()));
                return std::nullopt;
            }
            accepted.insert(endpoints.constFirst(), fingerprint);
            //: %1 is a fingerprint, %2 a server such as imap.example.test:993
            parser.note(TestCommand::tr("the certificate “%1” is accepted for %2, the one server tested.")
                            .arg(value, endpoints.constFirst()));
            continue;
        }
        const std::optional<QString> endpoint = endpointOf(value.left(equals));
        if (!endpoint) {
            parser.badInput(TestCommand::tr("“%1” is not host:port.").arg(value.left(equals)));
            return std::nullopt;
        }
        if (!endpoints.contains(*endpoint)) {
            //: %1 is host:port
            parser.badInput(TestCommand::tr("%1 is not a server of the file.").arg(value.left(equals)));
            return std::nullopt;
        }
        accepted.insert(*endpoint, fingerprint);
    }
    return accepted;
}

// The options every server shares; nullopt after reporting bad input.
std::optional<ProbeOptions> readProbeOptions(const CommandParser& parser, const Options& o)
{
    ProbeOptions options;
    const auto timeout = parser.timeout();
    const auto ca = parser.caCertificates();
    if (!timeout || !ca) {
        return std::nullopt;
    }
    options.connectTimeoutMs = int(timeout->count());
    options.stepTimeoutMs = int(timeout->count());
    options.caCertificates = *ca;
    for (const QString& endpoint : parser.values(o.plaintext)) {
        if (!endpointOf(endpoint)) {
            parser.badInput(TestCommand::tr("“%1” is not host:port.").arg(endpoint));
            return std::nullopt;
        }
        options.plaintextConsent.append(endpoint);
    }
    return options;
}

// The domains --approve names, in ACE form; nullopt after reporting bad input.
std::optional<QStringList> readApprovals(const CommandParser& parser, const Options& o)
{
    QStringList approved;
    for (const QString& domain : parser.values(o.approve)) {
        const QString ace = Hostname::toAce(domain);
        if (ace.isEmpty()) {
            parser.badInput(TestCommand::tr("“%1” is not a domain.").arg(domain));
            return std::nullopt;
        }
        approved.append(ace);
    }
    return approved;
}

// Why a server is not tested (no approval, no password), or its password; empty reason = test it.
QString passwordFor(const ServerSettings& server, const QString& address, const std::optional<QString>& stdinPassword,
                    QString* password)
{
    if (!authMethodNeedsPassword(server.preferredAuth())) {
        return {};
    }
    if (stdinPassword) {
        *password = *stdinPassword;
        return {};
    }
    if (address.isEmpty()) {
        return TestCommand::tr("no password: give --address to find it in the keychain, or use --password-stdin");
    }
    const QString key = PasswordStore::keyFor(address, server);
    QString error;
    const std::optional<QString> stored = PasswordStore::readPasswordBlocking(key, &error);
    if (!stored) {
        return error.isEmpty() ? TestCommand::tr("no password in the keychain for “%1”; save it in the wizard or use "
                                                 "--password-stdin")
                                     .arg(key)
                               : TestCommand::tr("the keychain could not be read: %1").arg(error);
    }
    *password = *stored;
    return {};
}

// Why a server that signs in with OAuth2 is not tested (no sign-in, or it needs renewing), or its
// access token: the refresh token `portpilot login` stored, refreshed once per issuer for the run.
QString tokenFor(const ServerSettings& server, const QString& address, const ProbeOptions& common,
                 QHash<QString, QString>* tokens, QString* token)
{
    if (address.isEmpty()) {
        return TestCommand::tr("signs in with OAuth2: give --address to find the sign-in");
    }
    QString why;
    const std::optional<OAuth2Registration> registration = OAuth2Commands::signedIn(address, server.hostname, &why);
    if (!registration) {
        return why;
    }
    // One refresh per issuer for the whole run; a refused one is not asked again for the next server
    // (its reason is kept under the key with a "!" in front).
    const QString key = OAuth2SignIns::refreshTokenKey(address, *registration);
    const QString refusedKey = QLatin1Char('!') + key;
    if (!tokens->contains(key) && !tokens->contains(refusedKey)) {
        const OAuth2Commands::Outcome outcome =
            OAuth2Commands::run(address, *registration, common.caCertificates,
                                std::chrono::milliseconds(common.stepTimeoutMs), false, true);
        if (outcome.accessToken.isEmpty()) {
            tokens->insert(refusedKey, OAuth2Commands::explain(outcome.problem, *registration, address));
        } else {
            tokens->insert(key, outcome.accessToken);
        }
    }
    if (tokens->contains(refusedKey)) {
        return tokens->value(refusedKey);
    }
    *token = tokens->value(key);
    return {};
}

// Reads every input and decides, per server, whether it is tested; nullopt after reporting bad input.
std::optional<Plan> makePlan(const CommandParser& parser, const Options& o)
{
    Plan plan;
    QString address;
    const auto servers = readServers(parser, o, &address);
    if (!servers) {
        return std::nullopt;
    }
    const auto fingerprints = readFingerprints(parser, o, *servers);
    const auto common = readProbeOptions(parser, o);
    const auto approved = fingerprints && common ? readApprovals(parser, o) : std::nullopt;
    if (!approved) {
        return std::nullopt;
    }
    std::optional<QString> stdinPassword;
    if (parser.wantsPasswordFromStdin()) {
        stdinPassword = parser.passwordFromStdin();
        if (!stdinPassword) {
            return std::nullopt;
        }
    }
    plan.servers = *servers;
    QHash<QString, QString> tokens; // per keychain key of a refresh token
    const QSet<QString> approvedDomains(approved->cbegin(), approved->cend());
    for (const ServerSettings& server : std::as_const(plan.servers)) {
        ProbeOptions options = *common;
        options.emailAddress = address;
        options.acceptedFingerprints = fingerprints->values(endpointOf(server));
        // TestPlan checks the approval, one server at a time so that the others are still tested.
        ServerSettings checked = server;
        const QString domain = Hostname::toAce(server.approvalNeeded);
        checked.approvalNeeded = domain.isEmpty() ? server.approvalNeeded : domain;
        TestPlan one = TestPlan::make({checked}, options, approvedDomains);
        QString reason;
        if (!one.ok()) {
            //: %1 says what to confirm, %2 is a domain such as example.net
            reason = TestCommand::tr("not tested. %1 To log in to it, add --approve %2")
                         .arg(one.refusal(), Hostname::toDisplay(checked.approvalNeeded));
        } else if (server.preferredAuth() == AuthMethod::OAuth2) {
            reason = tokenFor(server, address, *common, &tokens, &one.jobs.first().options.accessToken);
        } else {
            reason = passwordFor(server, address, stdinPassword, &one.jobs.first().options.password);
        }
        plan.notTested.append(reason);
        plan.jobIndex.append(reason.isEmpty() ? int(plan.jobs.size()) : -1);
        if (reason.isEmpty()) {
            plan.jobs.append(one.jobs.first());
        }
    }
    return plan;
}

QList<ProbeResult> runJobs(const QList<AccountTester::Job>& jobs)
{
    QList<ProbeResult> results;
    if (jobs.isEmpty()) {
        return results;
    }
    AccountTester tester;
    QEventLoop loop;
    QObject::connect(&tester, &AccountTester::finished, &loop, [&](const QList<ProbeResult>& all) {
        results = all;
        loop.quit();
    });
    tester.start(jobs);
    loop.exec();
    return results;
}

void reportPassed(const QString& server, const ProbeResult& result)
{
    const QString security =
        result.encrypted
            ? (result.certificatePinned ? TestCommand::tr("%1, accepted certificate").arg(result.tlsProtocol)
                                        : result.tlsProtocol)
            : TestCommand::tr("NOT encrypted");
    if (result.credentialsSent) {
        //: %1 server, %2 user name, %3 login method such as PLAIN, %4 encryption such as "TLS 1.3".
        Console::out(TestCommand::tr("OK      %1: logged in as “%2” with %3 (%4)\n")
                         .arg(server, result.username, result.mechanism, security));
    } else {
        //: %1 server, %2 encryption such as "TLS 1.3". Outgoing servers without login.
        Console::out(TestCommand::tr("OK      %1: answered, no login needed (%2)\n").arg(server, security));
    }
}

void reportFailed(const ServerSettings& server, const ProbeResult& result)
{
    //: %1 is a server such as "imap.example.test:993 (imap, SSL)", %2 the reason.
    Console::out(TestCommand::tr("FAILED  %1: %2\n").arg(server.summary(), result.failure.message()));
    if (!result.failure.detail.isEmpty()) {
        //: The technical detail of a failure, e.g. the server's reply.
        Console::out(TestCommand::tr("        detail: %1\n").arg(result.failure.detail));
    }
    if (result.failure.kind != FailureKind::CertificateProblem || !result.certificate) {
        return;
    }
    const QStringList lines = result.certificate->describe().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        Console::out(QStringLiteral("        %1\n").arg(line));
    }
    if (result.certificate->isPinnable()) {
        //: %1 is host:port, %2 the certificate's fingerprint
        Console::out(TestCommand::tr("        To accept exactly this certificate, run again with "
                                     "--accept-fingerprint %1=%2\n")
                         .arg(endpointOf(server), result.certificate->fingerprint()));
    } else {
        Console::out(TestCommand::tr("        This certificate cannot be accepted: it is not for this server name, "
                                     "or it is broken.\n"));
    }
}

// One line (and details) per server; true when every server passed.
bool report(const Plan& plan, const QList<ProbeResult>& results, bool verbose)
{
    bool allPassed = true;
    for (int i = 0; i < plan.servers.size(); ++i) {
        const ServerSettings& server = plan.servers.at(i);
        if (plan.jobIndex.at(i) < 0) {
            allPassed = false;
            Console::out(TestCommand::tr("FAILED  %1: %2\n").arg(server.summary(), plan.notTested.at(i)));
            continue;
        }
        const ProbeResult& result = results.at(plan.jobIndex.at(i));
        if (verbose) {
            for (const QString& line : result.transcript) {
                Console::err(QStringLiteral("[%1] %2\n").arg(server.summary(), line));
            }
        }
        if (result.passed()) {
            reportPassed(server.summary(), result);
        } else {
            allPassed = false;
            reportFailed(server, result);
        }
    }
    return allPassed;
}

} // namespace

QString TestCommand::summary() const
{
    return tr("Log in to the servers of an autoconfig file and report what works");
}

int TestCommand::run(const QStringList& arguments)
{
    CommandParser parser(name(), summary());
    parser.addFileInput(tr("The autoconfig (clientConfig 1.1) file with the servers to test."));
    parser.addAddressInput(tr("The email address: fills placeholders and finds the password."));
    parser.addPasswordStdinOption(
        tr("Read the password from the first line of standard input instead of the keychain."));
    parser.addCaCertificatesOption();
    parser.addTimeoutOption(20, tr("How long to wait for each answer"));
    const Options o;
    parser.addOptions({o.approve, o.fingerprint, o.plaintext, o.side});
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    const std::optional<Plan> plan = makePlan(parser, o);
    if (!plan) {
        return ExitBadInput;
    }
    const QList<ProbeResult> results = runJobs(plan->jobs);
    return report(*plan, results, parser.verbose()) ? ExitSuccess : ExitFailure;
}

} // namespace Portpilot
