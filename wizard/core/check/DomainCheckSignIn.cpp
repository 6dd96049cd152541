#include "DomainCheckSignIn.h"

#include "AccessTokenSource.h"
#include "DiscoveryOptions.h"
#include "IssuerMetadataRequest.h"
#include "OAuth2Registrations.h"
#include "ProviderAutoconfigSource.h"
#include "SetupSignIn.h"

#include <QNetworkAccessManager>

namespace Portpilot {

DomainCheckSignIn::DomainCheckSignIn(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        OAuth2Problem late;
        late.kind = OAuth2Problem::Kind::Network;
        //: %1 is a number of seconds
        late.description = tr("no sign-in within %1 seconds").arg(m_signInTimeout.count() / 1000);
        m_problem = late;
        finish(false, late.describe(m_registration.name));
    });
}

DomainCheckSignIn::~DomainCheckSignIn()
{
    cancel();
}

void DomainCheckSignIn::start(const EmailAddress& address)
{
    cancel();
    m_address = address;
    m_registration = {};
    m_problem = {};
    m_token.clear();
    m_running = true;
    // The issuer comes from the domain's own document over HTTPS, the one whose servers get the token.
    m_document = new ProviderAutoconfigSource(false, m_network, this);
    connect(m_document, &DiscoverySource::finished, this, &DomainCheckSignIn::documentDone);
    DiscoveryOptions options;
    options.extraCaCertificates = m_extraCas;
    options.httpTimeout = m_timeout;
    m_document->start(address, options, m_timeout);
}

void DomainCheckSignIn::cancel()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_deadline.stop();
    for (QObject* step :
         {static_cast<QObject*>(m_document), static_cast<QObject*>(m_metadata), static_cast<QObject*>(m_source)}) {
        if (step) {
            step->disconnect(this);
            step->deleteLater();
        }
    }
    if (m_source) {
        m_source->cancel(); // closes the loopback listener
    }
    m_token.clear();
}

void DomainCheckSignIn::documentDone()
{
    ProviderAutoconfigSource* document = m_document;
    if (!m_running || !document) {
        return;
    }
    document->deleteLater();
    if (document->status() != SourceStatus::Found) {
        //: %1 is a domain, %2 says what was found instead
        finish(false, tr("The sign-in takes the issuer from the domain’s own autoconfig document, and %1 has none "
                         "over HTTPS (%2).")
                          .arg(m_address.domain(), document->message()));
        return;
    }
    QString why;
    const std::optional<OAuth2Registration> registration =
        SetupSignIn::registrationFor(document->result().resolved(m_address.toString()), &why);
    if (!registration) {
        finish(false, why);
        return;
    }
    m_registration = *registration;
    if (!m_registration.hasClient()) {
        m_problem.kind = OAuth2Problem::Kind::NoClient;
        finish(false, OAuth2Registrations::missingClientMessage(m_registration));
        return;
    }
    if (!m_registration.needsMetadata()) {
        signIn();
        return;
    }
    m_metadata = new IssuerMetadataRequest(m_network, this);
    m_metadata->setExtraCaCertificates(m_extraCas);
    m_metadata->setTimeout(m_timeout);
    connect(m_metadata, &IssuerMetadataRequest::finished, this,
            [this](bool ok, const OAuth2Registration& completed, const QString& reason) {
                m_metadata->deleteLater();
                if (!ok) {
                    finish(false, reason);
                    return;
                }
                m_registration = completed;
                signIn();
            });
    m_metadata->start(m_registration);
}

void DomainCheckSignIn::signIn()
{
    m_source = new AccessTokenSource(m_network, m_address.toString(), m_registration, this);
    m_source->setExtraCaCertificates(m_extraCas);
    m_source->setInteractive(true);
    m_source->setKeepSignIn(false); // for this check only: no refresh token in the keychain
    connect(m_source, &AccessTokenSource::browserUrlReady, this, &DomainCheckSignIn::browserUrlReady);
    connect(m_source, &AccessTokenSource::tokenReady, this, [this](const QString& token) {
        m_token = token;
        finish(true);
    });
    connect(m_source, &AccessTokenSource::failed, this, [this](const OAuth2Problem& problem) {
        m_problem = problem;
        finish(false, problem.describe(m_registration.name));
    });
    m_deadline.start(m_signInTimeout);
    m_source->signIn();
}

void DomainCheckSignIn::finish(bool ok, const QString& why)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_deadline.stop();
    if (m_source) {
        m_source->disconnect(this);
        m_source->cancel();
        m_source->deleteLater();
    }
    emit finished(ok, why);
}

} // namespace Portpilot
