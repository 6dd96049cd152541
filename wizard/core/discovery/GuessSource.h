#pragma once

#include "DiscoverySource.h"

namespace Portpilot {

class ConnectionTester;

// Source 6: probes likely hosts (imap., mail., pop3., pop., smtp., the bare domain) on
// 993, 143, 995, 110, 465, 587 and 25 with capability commands only (the connection-test
// area's ConnectionTester in ProbeMode::CapabilitiesOnly: never a credential). STARTTLS ports
// are upgraded and the certificate validated. Ranking: implicit TLS, then STARTTLS, then servers
// whose certificate failed (certificateProblem), then plaintext-only ones, which are reported
// but carry socketType plain and need approval, so they are never used silently.
// The answer comes as soon as the last probe has finished.
class GuessSource : public DiscoverySource
{
    Q_OBJECT

public:
    explicit GuessSource(QObject* parent = nullptr);

    // The candidates probed for a domain (ACE), in preference order.
    static QList<ServerSettings> candidatesFor(const QString& domainAce);

protected:
    void run(const EmailAddress& address, const DiscoveryOptions& options) override;
    void abort() override;

private:
    struct Probe
    {
        ServerSettings server;
        int order = 0;
        ConnectionTester* tester = nullptr;
        bool done = false;
        bool answered = false;
    };
    void startProbe(const ServerSettings& server, int order);
    void onProbeFinished(int index);
    void conclude();

    EmailAddress m_address;
    DiscoveryOptions m_options;
    QList<Probe> m_probes;
    bool m_starting = false;
};

} // namespace Portpilot
