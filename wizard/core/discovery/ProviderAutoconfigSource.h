#pragma once

#include "AutoconfigSource.h"

namespace Portpilot {

// Source 2: the domain's own autoconfig file,
//   https://autoconfig.DOMAIN/mail/config-v1.1.xml?emailaddress=ADDRESS
//   https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=ADDRESS
// With `plainHttp` the same two paths over http://, without the address (ConfigSource::ProviderHttp);
// only used when the user allowed it.
class ProviderAutoconfigSource : public AutoconfigSource
{
    Q_OBJECT

public:
    ProviderAutoconfigSource(bool plainHttp, QNetworkAccessManager* network, QObject* parent = nullptr);

    // The URLs tried, in priority order.
    static QList<QUrl> urlsFor(const EmailAddress& address, bool plainHttp);

protected:
    void run(const EmailAddress& address, const DiscoveryOptions& options) override;
};

} // namespace Portpilot
