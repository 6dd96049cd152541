#include "AutoconfigSource.h"

#include "AutoconfigDownload.h"
#include "CandidateRules.h"

namespace Portpilot {

AutoconfigSource::AutoconfigSource(ConfigSource kind, QNetworkAccessManager* network, QObject* parent)
    : DiscoverySource(kind, parent)
    , m_network(network)
{}

void AutoconfigSource::fetch(const QList<QUrl>& urls, const EmailAddress& address, const DiscoveryOptions& options,
                             const std::function<QString(const QString&)>& describe)
{
    m_download = new AutoconfigDownload(m_network, this);
    m_download->setExtraCaCertificates(options.extraCaCertificates);
    m_download->setTimeout(options.httpTimeout);
    connect(m_download, &AutoconfigDownload::finished, this, [this, address, describe] {
        const auto said = [&](const QString& message) { return describe ? describe(message) : message; };
        if (m_download->account()) {
            Account account = *m_download->account();
            CandidateRules::markTrust(account, kind(), address.domainAce());
            // The query may hold the address: it stays out of the progress line.
            finish(SourceStatus::Found, account, said(m_download->foundAt().toDisplayString(QUrl::RemoveQuery)));
            return;
        }
        finish(m_download->allNotFound() ? SourceStatus::Nothing : SourceStatus::Failed, {},
               said(m_download->errors().join(QStringLiteral("; "))));
    });
    m_download->start(urls);
}

void AutoconfigSource::abort()
{
    if (m_download) {
        m_download->abort();
    }
}

} // namespace Portpilot
