#pragma once

#include "CandidateRules.h"
#include "DiscoverySource.h"

class QDnsLookup;

namespace Portpilot {

// Source 5: DNS SRV records per RFC 6186 and RFC 8314: _imaps, _imap, _pop3s, _pop3,
// _submissions and _submission under _tcp.DOMAIN. DNS without DNSSEC: the user approves.
class SrvSource : public DiscoverySource
{
    Q_OBJECT

public:
    explicit SrvSource(QObject* parent = nullptr);

    struct Service
    {
        const char* label; // "_imaps._tcp"
        Protocol protocol;
        SocketType socketType;
    };
    static const QList<Service>& services();
    // Servers for one service's answer, best first; none for a "." target.
    static QList<ServerSettings> serversFor(const Service& service, const QList<SrvCandidate>& records);

protected:
    void run(const EmailAddress& address, const DiscoveryOptions& options) override;
    void abort() override;

private:
    void onLookupFinished();

    QString m_domain;
    QList<QDnsLookup*> m_lookups;
    int m_pending = 0;
};

} // namespace Portpilot
