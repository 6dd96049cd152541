#include "ProviderAutoconfigSource.h"

#include "AutoconfigDownload.h"
#include "CandidateRules.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace Portpilot {

ProviderAutoconfigSource::ProviderAutoconfigSource(bool plainHttp, QObject* parent)
    : DiscoverySource(plainHttp ? ConfigSource::ProviderHttp : ConfigSource::ProviderHttps, parent)
    , m_network(new QNetworkAccessManager(this))
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
    const bool plainHttp = kind() == ConfigSource::ProviderHttp;
    m_download = new AutoconfigDownload(m_network, this);
    m_download->setExtraCaCertificates(options.extraCaCertificates);
    m_download->setTimeout(options.httpTimeout);
    connect(m_download, &AutoconfigDownload::finished, this, [this, address] {
        if (m_download->account()) {
            Account account = *m_download->account();
            CandidateRules::markTrust(account, kind(), address.domainAce());
            finish(SourceStatus::Found, account, m_download->foundAt().toDisplayString(QUrl::RemoveQuery));
            return;
        }
        const QString reasons = m_download->errors().join(QStringLiteral("; "));
        finish(m_download->allNotFound() ? SourceStatus::Nothing : SourceStatus::Failed, {}, reasons);
    });
    m_download->start(urlsFor(address, plainHttp));
}

void ProviderAutoconfigSource::abort()
{
    if (m_download) {
        m_download->abort();
    }
}

} // namespace Portpilot
