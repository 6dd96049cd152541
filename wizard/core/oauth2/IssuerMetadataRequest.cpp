#include "IssuerMetadataRequest.h"

#include "HttpFetcher.h"
#include "IssuerMetadata.h"

#include <QTimer>

namespace Portpilot {

IssuerMetadataRequest::IssuerMetadataRequest(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

IssuerMetadataRequest::~IssuerMetadataRequest()
{
    abort();
}

void IssuerMetadataRequest::start(const OAuth2Registration& registration)
{
    abort();
    const QUrl url = IssuerMetadata::url(registration.issuer);
    if (url.isEmpty()) {
        //: %1 is the web address of a sign-in service
        const QString why = tr("the issuer “%1” is not an https:// address, so Portpilot cannot ask it for its "
                               "endpoints.")
                                .arg(registration.issuer);
        QTimer::singleShot(0, this, [this, registration, why] { Q_EMIT finished(false, registration, why); });
        return;
    }
    m_fetcher = new HttpFetcher(m_network, this);
    m_fetcher->setExtraCaCertificates(m_extraCas);
    m_fetcher->setTimeout(m_timeout);
    m_fetcher->setMaxSize(IssuerMetadata::MaxDocumentSize);
    m_fetcher->setAccept("application/json");
    connect(m_fetcher, &HttpFetcher::finished, this, [this, registration, url] {
        HttpFetcher* fetcher = m_fetcher;
        m_fetcher = nullptr;
        fetcher->deleteLater();
        QString error = fetcher->error();
        std::optional<IssuerMetadata> metadata;
        if (fetcher->ok()) {
            metadata = IssuerMetadata::parse(fetcher->body(), registration.issuer, &error);
        }
        if (!metadata) {
            //: %1 is the issuer's name, %2 a web address, %3 what went wrong
            Q_EMIT finished(false, registration,
                            tr("Portpilot could not read the sign-in endpoints of %1 from %2: %3.")
                                .arg(registration.name, url.toString(), error));
            return;
        }
        OAuth2Registration completed = registration;
        metadata->completeRegistration(completed);
        Q_EMIT finished(true, completed, QString());
    });
    m_fetcher->get(url);
}

void IssuerMetadataRequest::abort()
{
    if (m_fetcher) {
        HttpFetcher* fetcher = m_fetcher;
        m_fetcher = nullptr;
        fetcher->disconnect(this);
        fetcher->abort();
        fetcher->deleteLater();
    }
}

} // namespace Portpilot
