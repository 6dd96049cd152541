#include "ServerChoice.h"

namespace Portpilot {

namespace {

bool isEncrypted(SocketType security)
{
    return security == SocketType::Ssl || security == SocketType::StartTls;
}

} // namespace

ServerChoice::ServerChoice(const SetupState& state)
{
    for (const Side side : bothSides) {
        m_candidates.at(indexOf(side)) = state.side(side).candidates;
        m_chosen.at(indexOf(side)) = state.side(side).chosenIndex;
    }
}

QList<qsizetype> ServerChoice::withProtocol(Side side, Protocol protocol) const
{
    const QList<ServerSettings>& candidates = m_candidates.at(indexOf(side));
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (side == Side::Outgoing || candidates.at(i).protocol == protocol) {
            indexes.append(i);
        }
    }
    return indexes;
}

bool ServerChoice::offers(Protocol protocol) const
{
    return !withProtocol(Side::Incoming, protocol).isEmpty();
}

bool ServerChoice::offers(Protocol protocol, SocketType security) const
{
    return offers(protocol) &&
           (securityFound(Side::Incoming, protocol, security) || securityFound(Side::Outgoing, protocol, security));
}

Protocol ServerChoice::protocol() const
{
    const qsizetype chosen = m_chosen.at(indexOf(Side::Incoming));
    const QList<ServerSettings>& candidates = m_candidates.at(indexOf(Side::Incoming));
    return chosen >= 0 && chosen < candidates.size() ? candidates.at(chosen).protocol : recommendedProtocol;
}

SocketType ServerChoice::security() const
{
    // The answer whose candidates hold both chosen servers; of two such, the one more of them
    // really use (a side with one kind of encryption fits either answer), then the incoming
    // server's own.
    const Protocol answer = protocol();
    const qsizetype incoming = m_chosen.at(indexOf(Side::Incoming));
    const QList<ServerSettings>& incomingCandidates = m_candidates.at(indexOf(Side::Incoming));
    const SocketType own = incoming >= 0 && incoming < incomingCandidates.size()
                               ? incomingCandidates.at(incoming).socketType
                               : recommendedSecurity;
    SocketType best = isEncrypted(own) ? own : recommendedSecurity;
    int bestScore = -1;
    for (const SocketType security : {best, best == SocketType::Ssl ? SocketType::StartTls : SocketType::Ssl}) {
        int score = 0;
        for (const Side side : bothSides) {
            const qsizetype chosen = m_chosen.at(indexOf(side));
            if (chosen < 0) {
                continue;
            }
            if (!matching(side, answer, security).contains(chosen)) {
                score = -1;
                break;
            }
            score += m_candidates.at(indexOf(side)).at(chosen).socketType == security ? 1 : 0;
        }
        if (score > bestScore) {
            best = security;
            bestScore = score;
        }
    }
    return best;
}

bool ServerChoice::securityFound(Side side, Protocol protocol, SocketType security) const
{
    const QList<ServerSettings>& candidates = m_candidates.at(indexOf(side));
    const QList<qsizetype> indexes = withProtocol(side, protocol);
    return std::any_of(indexes.cbegin(), indexes.cend(),
                       [&](qsizetype i) { return candidates.at(i).socketType == security; });
}

QList<qsizetype> ServerChoice::matching(Side side, Protocol protocol, SocketType security) const
{
    const QList<qsizetype> indexes = withProtocol(side, protocol);
    if (!securityFound(side, protocol, security)) {
        return indexes;
    }
    const QList<ServerSettings>& candidates = m_candidates.at(indexOf(side));
    QList<qsizetype> secured;
    std::copy_if(indexes.cbegin(), indexes.cend(), std::back_inserter(secured),
                 [&](qsizetype i) { return candidates.at(i).socketType == security; });
    return secured;
}

qsizetype ServerChoice::best(Side side, Protocol protocol, SocketType security) const
{
    const QList<qsizetype> indexes = matching(side, protocol, security);
    return indexes.isEmpty() ? -1 : indexes.first();
}

SocketType ServerChoice::securityFor(Protocol protocol, SocketType security) const
{
    if (offers(protocol, security)) {
        return security;
    }
    const SocketType other = security == SocketType::Ssl ? SocketType::StartTls : SocketType::Ssl;
    return offers(protocol, other) ? other : security;
}

} // namespace Portpilot
