#pragma once

#include "Account.h"

#include <QList>
#include <QString>

namespace Portpilot {

// One DNS SRV answer (RFC 2782) as discovery uses it.
struct SrvCandidate
{
    QString target; // "." means the service is explicitly not offered (RFC 2782)
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
    friend bool operator==(const SrvCandidate&, const SrvCandidate&) = default;
};

// The pure rules of discovery, kept apart from the network so unit tests reach them.
class CandidateRules
{
public:
    // Stamps every server of `account` with `source`, and sets approvalNeeded to the server's
    // registrable domain when the source needs approval (MX, SRV, guess, plain HTTP) or when
    // the server lies outside the address's registrable domain.
    static void markTrust(Account& account, ConfigSource source, const QString& addressDomain);

    // Orders SRV answers: lowest priority first; within one priority the higher weight first,
    // then by name so the order is stable. Records with target "." are dropped.
    static QList<SrvCandidate> orderSrv(QList<SrvCandidate> records);
    // True when the answer says "service not offered": exactly one record whose target is ".".
    static bool srvNotOffered(const QList<SrvCandidate>& records);

    // Sorts servers for the user, so that the first is the one to preselect: every encrypted
    // server before every plaintext one, whatever its protocol; then the protocols in the order
    // the list first names them; within a protocol implicit TLS before STARTTLS (RFC 8314). The
    // given order is kept otherwise. Plaintext ones stay in the list, last.
    static void sortBySecurity(QList<ServerSettings>& servers);

    // Appends the servers of `more` that `into` does not list yet (same protocol, host, port).
    static void mergeInto(Account& into, const Account& more);
};

} // namespace Portpilot
