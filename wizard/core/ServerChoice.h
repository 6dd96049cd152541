#pragma once

#include "SetupState.h"

#include <QList>

namespace Portpilot {

// The Choose page's two questions over the servers discovery found: IMAP or POP3, and SSL/TLS or
// STARTTLS. It says which answers the candidates allow, which the chosen servers stand for, and
// which candidates (best first) a pair of answers leaves on each side; the page shows that and
// hands the controller's choose() the index it yields. A value over the state: nothing here
// changes the setup.
class ServerChoice
{
public:
    explicit ServerChoice(const SetupState& state);

    static constexpr Protocol recommendedProtocol = Protocol::Imap;
    static constexpr SocketType recommendedSecurity = SocketType::Ssl;

    // True when some incoming candidate uses `protocol` (IMAP or POP3), wherever it stands in the list.
    bool offers(Protocol protocol) const;
    // True when `protocol` is offered and, with it for incoming mail, either side has a candidate
    // secured by `security`.
    bool offers(Protocol protocol, SocketType security) const;

    // The answers the chosen servers stand for (the incoming server's, else the recommended ones).
    Protocol protocol() const;
    SocketType security() const;

    // The side's candidates for these answers, as indexes best first (outgoing mail ignores the
    // protocol). A side without a candidate secured by `security` keeps those of any security:
    // securityFound() then says false and the page says which one the server uses.
    QList<qsizetype> matching(Side side, Protocol protocol, SocketType security) const;
    bool securityFound(Side side, Protocol protocol, SocketType security) const;
    // The first of matching(), -1 when the side has no candidate at all for `protocol`.
    qsizetype best(Side side, Protocol protocol, SocketType security) const;

    // The same answers for the other encryption, when `security` is not offered with `protocol`.
    SocketType securityFor(Protocol protocol, SocketType security) const;

private:
    QList<qsizetype> withProtocol(Side side, Protocol protocol) const;

    std::array<QList<ServerSettings>, 2> m_candidates;
    std::array<qsizetype, 2> m_chosen{-1, -1};
};

} // namespace Portpilot
