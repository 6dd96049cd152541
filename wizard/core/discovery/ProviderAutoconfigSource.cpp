#include "ProviderAutoconfigSource.h"

#include <QUrlQuery>

namespace Portpilot {

ProviderAutoconfigSource::ProviderAutoconfigSource(bool plainHttp, QNetworkAccessManager* network, QObject* parent)
    : AutoconfigSource(plainHttp ? ConfigSource::ProviderHttp : ConfigSource::ProviderHttps, network, parent)
{}

QList<QUrl> ProviderAutoconfigSource::urlsFor(const EmailAddress& address, bool plainHttp)
{
    const QString scheme = plainHttp ? QStringLiteral("http") : QStringLiteral("https");
    const QString domain = address.domainAce();
    QList<QUrl> urls{QUrl(QStringLiteral("%1://autoconfig.%2/mail/config-v1.1.xml").arg(scheme, domain)),
                     QUrl(QStringLiteral("%1://%2/.well-known/autoconfig/mail/config-v1.1.xml").arg(scheme, domain))};
    if (!plainHttp) {
        // The address tells the server which account we mean; it never travels unencrypted.
        for (QUrl& url : urls) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("emailaddress"), address.toAce());
            url.setQuery(query);
        }
    }
    return urls;
}

void ProviderAutoconfigSource::run(const EmailAddress& address, const DiscoveryOptions& options)
{
    fetch(urlsFor(address, kind() == ConfigSource::ProviderHttp), address, options);
}

} // namespace Portpilot
