#pragma once

#include "AutoconfigSource.h"

namespace Portpilot {

// Source 3: the central ISP database (Thunderbird's by default): ISPDB_URL + DOMAIN, or the
// URL with "{{domain}}" replaced. Only over HTTPS unless plain HTTP is allowed.
class IspdbSource : public AutoconfigSource
{
    Q_OBJECT

public:
    explicit IspdbSource(QNetworkAccessManager* network, QObject* parent = nullptr);

    // The URL for a domain (ACE form), or an empty URL when the base is unusable.
    static QUrl urlFor(const QUrl& base, const QString& domainAce);

protected:
    void run(const EmailAddress& address, const DiscoveryOptions& options) override;
};

} // namespace Portpilot
