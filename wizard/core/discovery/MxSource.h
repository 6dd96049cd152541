#pragma once

#include "AutoconfigSource.h"

class QDnsLookup;

namespace Portpilot {

// Source 4: the domain's best MX host tells who hosts the mail. Its provider is looked up
// in the bundled database (by MX suffix or registrable domain), then through
// https://autoconfig.X/ and the ISP database for X = the MX host minus its first label and
// X = its registrable domain. Skipped when the MX host is within the address's own domain.
class MxSource : public AutoconfigSource
{
    Q_OBJECT

public:
    explicit MxSource(QNetworkAccessManager* network, QObject* parent = nullptr);

    // The domains to ask for an MX host: its parent, then its registrable domain (ACE, no duplicates).
    static QStringList providerDomainsFor(const QString& mxHost);
    // The best MX host (ACE, no final dot) once the lookup has found one; empty before and without.
    QString mxHost() const { return m_mxHost; }

protected:
    void run(const EmailAddress& address, const DiscoveryOptions& options) override;
    void abort() override;

private:
    void onLookupFinished();

    EmailAddress m_address;
    DiscoveryOptions m_options;
    QDnsLookup* m_lookup = nullptr;
    QString m_mxHost;
};

} // namespace Portpilot
