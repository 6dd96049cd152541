#include "LoginPlan.h"

#include "CertificateInfo.h"
#include "CommandParser.h"
#include "Hostname.h"
#include "OAuth2Commands.h"
#include "OAuth2SignIns.h"
#include "PasswordStore.h"
#include "TestCommand.h"
#include "TestPlan.h"

// The words stay in TestCommand's translation context: they were written for `portpilot test`
// and `portpilot migrate` says the same.

namespace Portpilot {

namespace {

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

} // namespace

QString LoginPlan::endpointOf(const ServerSettings& server)
{
    return ProbeOptions::endpoint(server.hostname, server.port);
}

namespace {

// The servers of --config, placeholders filled with the address; nullopt after reporting bad input.
std::optional<QList<ServerSettings>> readServers(const CommandParser& parser, const LoginPlan::Options& o,
                                                 const QString& sideGiven, QString* address)
{
    const QString side = !sideGiven.isEmpty() ? sideGiven : parser.isSet(o.side) ? parser.value(o.side) : QString();
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
std::optional<QMultiHash<QString, QString>> readFingerprints(const CommandParser& parser, const LoginPlan::Options& o,
                                                             const QList<ServerSettings>& servers)
{
    QMultiHash<QString, QString> accepted;
    QStringList endpoints;
    for (const ServerSettings& server : servers) {
        endpoints.append(LoginPlan::endpointOf(server));
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
std::optional<ProbeOptions> readProbeOptions(const CommandParser& parser, const LoginPlan::Options& o)
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
std::optional<QStringList> readApprovals(const CommandParser& parser, const LoginPlan::Options& o)
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
} // namespace

std::optional<LoginPlan> LoginPlan::make(const CommandParser& parser, const Options& o, const QString& side)
{
    LoginPlan plan;
    QString address;
    const auto servers = readServers(parser, o, side, &address);
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
        options.acceptedFingerprints = fingerprints->values(LoginPlan::endpointOf(server));
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

} // namespace Portpilot
