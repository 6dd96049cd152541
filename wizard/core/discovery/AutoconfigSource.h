#pragma once

#include "DiscoverySource.h"

#include <functional>

class QNetworkAccessManager;

namespace Portpilot {

class AutoconfigDownload;

// A source that answers with a clientConfig document fetched over HTTP(S): the provider's own
// autoconfig, the ISP database and the MX-named provider share this one fetch path. They all use
// Discovery's one QNetworkAccessManager, so two sources that ask the same host share its
// connections and TLS session.
class AutoconfigSource : public DiscoverySource
{
    Q_OBJECT

public:
    AutoconfigSource(ConfigSource kind, QNetworkAccessManager* network, QObject* parent = nullptr);

protected:
    // Fetches `urls` at once; the first in list order that holds a valid clientConfig document wins.
    // Finishes the source: Found with that account (trust marked for the address's domain), Nothing
    // when every URL simply had nothing, otherwise Failed with each URL's reason. `describe` turns
    // the message (the URL found, or the reasons) into the progress line.
    void fetch(const QList<QUrl>& urls, const EmailAddress& address, const DiscoveryOptions& options,
               const std::function<QString(const QString&)>& describe = {});
    void abort() override;

private:
    QNetworkAccessManager* m_network;
    AutoconfigDownload* m_download = nullptr;
};

} // namespace Portpilot
