#pragma once

#include "DiscoverySource.h"

class QNetworkAccessManager;

namespace Portpilot {

class AutoconfigDownload;

// Source 2: the domain's own autoconfig file,
//   https://autoconfig.DOMAIN/mail/config-v1.1.xml?emailaddress=ADDRESS
//   https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=ADDRESS
// With `plainHttp` the same two paths over http://, without the address (ConfigSource::ProviderHttp);
// only used when the user allowed it.
class ProviderAutoconfigSource : public DiscoverySource
{
    Q_OBJECT

public:
    explicit ProviderAutoconfigSource(bool plainHttp, QObject* parent = nullptr);

    // The URLs tried, in priority order.
    static QList<QUrl> urlsFor(const EmailAddress& address, bool plainHttp);

protected:
    void run(const EmailAddress& address, const DiscoveryOptions& options) override;
    void abort() override;

private:
    QNetworkAccessManager* m_network;
    AutoconfigDownload* m_download = nullptr;
};

} // namespace Portpilot
