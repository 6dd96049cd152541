#include "CandidateRules.h"

#include "Hostname.h"
#include "RegistrableDomain.h"

#include <algorithm>

namespace Portpilot {

namespace {

int securityRank(SocketType type)
{
    switch (type) {
    case SocketType::Ssl:
        return 0;
    case SocketType::StartTls:
        return 1;
    case SocketType::Plain:
        return 2;
    }
    return 2;
}

bool sameServer(const ServerSettings& a, const ServerSettings& b)
{
    return a.protocol == b.protocol && a.port == b.port &&
           Hostname::toAce(a.hostname).compare(Hostname::toAce(b.hostname), Qt::CaseInsensitive) == 0;
}

void mergeList(QList<ServerSettings>& into, const QList<ServerSettings>& more)
{
    for (const ServerSettings& server : more) {
        const bool known =
            std::any_of(into.cbegin(), into.cend(), [&](const ServerSettings& s) { return sameServer(s, server); });
        if (!known) {
            into.append(server);
        }
    }
}

} // namespace

void CandidateRules::markTrust(Account& account, ConfigSource source, const QString& addressDomain)
{
    account.source = source;
    const QString ownDomain = RegistrableDomain::of(addressDomain);
    auto mark = [&](QList<ServerSettings>& servers) {
        for (ServerSettings& server : servers) {
            server.source = source;
            const QString host = Account::substitute(server.hostname, QStringLiteral("x@") + addressDomain, {});
            const QString serverDomain = RegistrableDomain::of(host);
            const bool foreign = serverDomain.isEmpty() || serverDomain != ownDomain;
            // Our own database vouches for its providers' hosts, whatever their domain.
            const bool vouched = source == ConfigSource::Bundled;
            if (sourceNeedsApproval(source) || (foreign && !vouched)) {
                server.approvalNeeded = serverDomain.isEmpty() ? Hostname::toAce(host) : serverDomain;
            }
        }
    };
    mark(account.incoming);
    mark(account.outgoing);
}

QList<SrvCandidate> CandidateRules::orderSrv(QList<SrvCandidate> records)
{
    records.removeIf([](const SrvCandidate& r) { return r.target.isEmpty() || r.target == QLatin1String("."); });
    std::stable_sort(records.begin(), records.end(), [](const SrvCandidate& a, const SrvCandidate& b) {
        if (a.priority != b.priority) {
            return a.priority < b.priority;
        }
        if (a.weight != b.weight) {
            return a.weight > b.weight;
        }
        return a.target < b.target;
    });
    return records;
}

bool CandidateRules::srvNotOffered(const QList<SrvCandidate>& records)
{
    return records.size() == 1 && (records.first().target == QLatin1String(".") || records.first().target.isEmpty());
}

void CandidateRules::sortBySecurity(QList<ServerSettings>& servers)
{
    // Three keys, in this order (security.md DI-09, UI-03; RFC 8314):
    // 1. encrypted before plaintext, across protocols: a plaintext server is never first while
    //    any encrypted one is listed (a file naming plaintext IMAP before POP3 over TLS must not
    //    preselect the plaintext one);
    // 2. the protocols in the order in which the list first names them (IMAP before POP3 when
    //    the provider prefers it);
    // 3. within a protocol implicit TLS before STARTTLS.
    // The given order is kept otherwise. Plaintext ones stay in the list, last.
    QList<Protocol> protocols;
    for (const ServerSettings& server : std::as_const(servers)) {
        if (!protocols.contains(server.protocol)) {
            protocols.append(server.protocol);
        }
    }
    std::stable_sort(servers.begin(), servers.end(), [&protocols](const ServerSettings& a, const ServerSettings& b) {
        const bool plainA = a.socketType == SocketType::Plain;
        const bool plainB = b.socketType == SocketType::Plain;
        if (plainA != plainB) {
            return plainB;
        }
        const qsizetype protocolA = protocols.indexOf(a.protocol);
        const qsizetype protocolB = protocols.indexOf(b.protocol);
        if (protocolA != protocolB) {
            return protocolA < protocolB;
        }
        return securityRank(a.socketType) < securityRank(b.socketType);
    });
}

void CandidateRules::mergeInto(Account& into, const Account& more)
{
    mergeList(into.incoming, more.incoming);
    mergeList(into.outgoing, more.outgoing);
}

} // namespace Portpilot
