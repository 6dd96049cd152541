#include "IspdbSource.h"

#include "AutoconfigDownload.h"
#include "CandidateRules.h"

#include <QNetworkAccessManager>

namespace Portpilot {

IspdbSource::IspdbSource(QObject* parent)
    : DiscoverySource(ConfigSource::Ispdb, parent)
    , m_network(new QNetworkAccessManager(this))
{}

QUrl IspdbSource::urlFor(const QUrl& base, const QString& domainAce)
{
    if (!base.isValid() || base.host().isEmpty() || domainAce.isEmpty()) {
        return {};
    }
    QString text = base.toString(QUrl::FullyEncoded);
    // QUrl keeps the braces percent-encoded.
    const QString placeholder = QStringLiteral("%7B%7Bdomain%7D%7D");
    if (text.contains(placeholder, Qt::CaseInsensitive)) {
        text.replace(placeholder, domainAce, Qt::CaseInsensitive);
    } else {
        if (!text.endsWith(u'/')) {
            text += u'/';
        }
        text += domainAce;
    }
    return QUrl(text);
}

void IspdbSource::run(const EmailAddress& address, const DiscoveryOptions& options)
{
    const QUrl url = urlFor(options.ispdbUrl, address.domainAce());
    if (url.isEmpty() ||
        (url.scheme() != QLatin1String("https") && !(options.allowHttp && url.scheme() == QLatin1String("http")))) {
        finish(SourceStatus::Failed, {},
               tr("the ISP database address “%1” is not an https:// address").arg(options.ispdbUrl.toDisplayString()));
        return;
    }
    m_download = new AutoconfigDownload(m_network, this);
    m_download->setExtraCaCertificates(options.extraCaCertificates);
    m_download->setTimeout(options.httpTimeout);
    connect(m_download, &AutoconfigDownload::finished, this, [this, address] {
        if (m_download->account()) {
            Account account = *m_download->account();
            CandidateRules::markTrust(account, ConfigSource::Ispdb, address.domainAce());
            finish(SourceStatus::Found, account, m_download->foundAt().toDisplayString());
            return;
        }
        finish(m_download->allNotFound() ? SourceStatus::Nothing : SourceStatus::Failed, {},
               m_download->errors().join(QStringLiteral("; ")));
    });
    m_download->start({url});
}

void IspdbSource::abort()
{
    if (m_download) {
        m_download->abort();
    }
}

} // namespace Portpilot
