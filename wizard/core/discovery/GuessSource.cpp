#include "GuessSource.h"

#include "CandidateRules.h"
#include "ConnectionTester.h"

#include <algorithm>

namespace Portpilot {

GuessSource::GuessSource(QObject* parent)
    : DiscoverySource(ConfigSource::Guess, parent)
{}

QList<ServerSettings> GuessSource::candidatesFor(const QString& domainAce)
{
    struct Row
    {
        Protocol protocol;
        QList<const char*> prefixes;
        QList<std::pair<quint16, SocketType>> ports;
    };
    const QList<Row> rows{
        {Protocol::Imap, {"imap.", "mail.", ""}, {{993, SocketType::Ssl}, {143, SocketType::StartTls}}},
        {Protocol::Pop3, {"pop3.", "pop.", "mail.", ""}, {{995, SocketType::Ssl}, {110, SocketType::StartTls}}},
        {Protocol::Smtp,
         {"smtp.", "mail.", ""},
         {{465, SocketType::Ssl}, {587, SocketType::StartTls}, {25, SocketType::StartTls}}},
    };
    QList<ServerSettings> candidates;
    for (const Row& row : rows) {
        for (const auto& [port, socketType] : row.ports) {
            for (const char* prefix : row.prefixes) {
                ServerSettings server;
                server.protocol = row.protocol;
                server.hostname = QLatin1String(prefix) + domainAce;
                server.port = port;
                server.socketType = socketType;
                server.username = QStringLiteral("%EMAILADDRESS%");
                server.authMethods = {AuthMethod::PasswordCleartext};
                candidates.append(server);
            }
        }
    }
    return candidates;
}

void GuessSource::run(const EmailAddress& address, const DiscoveryOptions& options)
{
    m_address = address;
    m_options = options;
    const QList<ServerSettings> candidates = candidatesFor(address.domainAce());
    m_probes.reserve(candidates.size() * 2);
    m_starting = true;
    for (int i = 0; i < candidates.size(); ++i) {
        startProbe(candidates.at(i), i);
    }
    m_starting = false;
    // A probe may fail while starting (an invalid name); the last one to end concludes.
    if (std::all_of(m_probes.cbegin(), m_probes.cend(), [](const Probe& p) { return p.done; })) {
        conclude();
    }
}

void GuessSource::startProbe(const ServerSettings& server, int order)
{
    Probe probe;
    probe.server = server;
    probe.order = order;
    probe.tester = new ConnectionTester(this);
    const int index = int(m_probes.size());
    m_probes.append(probe);
    connect(probe.tester, &ConnectionTester::finished, this, [this, index] { onProbeFinished(index); });

    ProbeOptions options;
    options.mode = ProbeMode::CapabilitiesOnly; // never a credential
    options.emailAddress = m_address.toAce();
    // Extra roots go in through the default configuration (ExtraCaCertificates): passing them
    // per probe would load the system store again for each of the ~25 probes.
    options.connectTimeoutMs = int(m_options.probeTimeout.count());
    options.stepTimeoutMs = int(m_options.probeTimeout.count());
    probe.tester->start(server, options);
}

void GuessSource::onProbeFinished(int index)
{
    if (isFinished()) {
        return;
    }
    Probe& probe = m_probes[index];
    if (probe.done) {
        return;
    }
    probe.done = true;
    const ProbeResult& result = probe.tester->result();
    switch (result.failure.kind) {
    case FailureKind::None:
        probe.answered = true;
        break;
    case FailureKind::CertificateProblem:
        // It answered, but its certificate did not validate: listed, marked, never preferred.
        probe.answered = true;
        probe.server.certificateProblem = true;
        break;
    case FailureKind::StartTlsNotOffered:
        // The server speaks only plaintext here: confirm it answers, to report it.
        if (probe.server.socketType == SocketType::StartTls) {
            ServerSettings plain = probe.server;
            plain.socketType = SocketType::Plain;
            startProbe(plain, probe.order);
        }
        break;
    default:
        break;
    }
    if (!m_starting && std::all_of(m_probes.cbegin(), m_probes.cend(), [](const Probe& p) { return p.done; })) {
        conclude();
    }
}

void GuessSource::conclude()
{
    QList<Probe> answered;
    for (const Probe& probe : std::as_const(m_probes)) {
        if (probe.answered) {
            answered.append(probe);
        }
    }
    auto rank = [](const ServerSettings& s) {
        if (s.socketType == SocketType::Plain) {
            return 3;
        }
        if (s.certificateProblem) {
            return 2;
        }
        return s.socketType == SocketType::Ssl ? 0 : 1;
    };
    std::stable_sort(answered.begin(), answered.end(), [&](const Probe& a, const Probe& b) {
        if (rank(a.server) != rank(b.server)) {
            return rank(a.server) < rank(b.server);
        }
        return a.order < b.order;
    });
    Account account;
    int plaintext = 0;
    for (const Probe& probe : std::as_const(answered)) {
        (probe.server.isIncoming() ? account.incoming : account.outgoing).append(probe.server);
        plaintext += probe.server.socketType == SocketType::Plain ? 1 : 0;
    }
    if (account.incoming.isEmpty() && account.outgoing.isEmpty()) {
        finish(SourceStatus::Nothing, {},
               //: %n is the number of host and port combinations tried
               tr("no server answered on %n likely host name(s) and port(s)", nullptr, int(m_probes.size())));
        return;
    }
    CandidateRules::markTrust(account, ConfigSource::Guess, m_address.domainAce());
    const int total = int(answered.size());
    QString message = tr("%n server(s) answered", nullptr, total);
    if (plaintext == total) {
        message = tr("only servers without encryption answered; they are not used without your approval");
    }
    finish(SourceStatus::Found, account, message);
}

void GuessSource::abort()
{
    for (const Probe& probe : std::as_const(m_probes)) {
        if (!probe.done && probe.tester) {
            probe.tester->disconnect(this);
            probe.tester->cancel();
        }
    }
}

} // namespace Portpilot
