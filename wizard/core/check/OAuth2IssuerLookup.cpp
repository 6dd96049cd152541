#include "OAuth2IssuerLookup.h"

#include "ClientConfigValidator.h"
#include "HttpFetcher.h"
#include "IssuerMetadata.h"

#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Portpilot {

OAuth2IssuerLookup::OAuth2IssuerLookup(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

OAuth2IssuerLookup::~OAuth2IssuerLookup()
{
    if (m_fetcher) {
        m_fetcher->disconnect(this);
        m_fetcher->abort();
    }
}

void OAuth2IssuerLookup::start(const QString& issuer)
{
    const QUrl url = ClientConfigValidator::issuerMetadataUrl(issuer);
    m_fallback = ClientConfigValidator::issuerOpenIdUrl(issuer);
    if (url.isEmpty()) {
        //: %1 is what the document names as the issuer
        m_error = tr("“%1” is not an https:// address or host name to ask").arg(issuer);
        QTimer::singleShot(0, this, &OAuth2IssuerLookup::done);
        return;
    }
    fetch(url);
}

void OAuth2IssuerLookup::fetch(const QUrl& url)
{
    m_url = url;
    m_fetcher = new HttpFetcher(m_network, this);
    m_fetcher->setExtraCaCertificates(m_extraCas);
    m_fetcher->setTimeout(m_timeout);
    m_fetcher->setMaxSize(IssuerMetadata::MaxDocumentSize);
    m_fetcher->setAccept("application/json");
    connect(m_fetcher, &HttpFetcher::finished, this, [this] {
        HttpFetcher* fetcher = m_fetcher;
        m_fetcher = nullptr;
        fetcher->deleteLater();
        if (fetcher->ok()) {
            const QJsonDocument json = QJsonDocument::fromJson(fetcher->body());
            if (json.isObject()) {
                m_metadata = json.object();
                m_error.clear();
                done();
                return;
            }
            m_error = tr("%1 is not a JSON object").arg(m_url.toDisplayString());
        } else {
            m_error = u"%1: %2"_s.arg(m_url.toDisplayString(), fetcher->error());
        }
        // No metadata at RFC 8414's address: OpenID Connect's, once (not after a certificate
        // error: the same server would refuse again).
        if (!m_fallback.isEmpty() && !fetcher->certificateProblem()) {
            const QUrl next = m_fallback;
            m_fallback.clear();
            fetch(next);
            return;
        }
        done();
    });
    m_fetcher->get(url);
}

void OAuth2IssuerLookup::abort()
{
    m_fallback.clear();
    if (m_fetcher) {
        m_fetcher->abort(); // finished() of the fetcher ends the lookup
    } else if (!m_finished) {
        done();
    }
}

void OAuth2IssuerLookup::done()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Portpilot
