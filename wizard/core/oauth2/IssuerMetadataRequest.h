#pragma once

#include "OAuth2Registration.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <chrono>

class QNetworkAccessManager;

namespace Portpilot {

class HttpFetcher;

// Completes a registration whose issuer was named without its endpoints (needsMetadata()) from
// the issuer's RFC 8414 metadata (IssuerMetadata: https only, 64 KiB, the same issuer). Used by
// `portpilot login` and the wizard's sign-in alike.
class IssuerMetadataRequest : public QObject
{
    Q_OBJECT

public:
    explicit IssuerMetadataRequest(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~IssuerMetadataRequest() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // finished() follows once, also when the issuer is not https (then at once, from the event loop).
    void start(const OAuth2Registration& registration);
    void abort();

Q_SIGNALS:
    // `registration` with its endpoints filled in when ok; otherwise `why` in plain words.
    void finished(bool ok, const Portpilot::OAuth2Registration& registration, const QString& why);

private:
    QNetworkAccessManager* m_network;
    QPointer<HttpFetcher> m_fetcher;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace Portpilot
