#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace Portpilot {

class HttpFetcher;

// Fetches the metadata of the issuer an autoconfig document's <oAuth2> block names: RFC 8414's
// /.well-known/oauth-authorization-server, then OpenID Connect's /.well-known/openid-configuration,
// through HttpFetcher (https only, 64 KiB, certificates never ignored). For `portpilot check`,
// which compares it with the block (ClientConfigValidator::compareWithIssuer).
class OAuth2IssuerLookup : public QObject
{
    Q_OBJECT

public:
    explicit OAuth2IssuerLookup(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~OAuth2IssuerLookup() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // finished() follows exactly once, also for an issuer that has no https address (at once,
    // from the event loop).
    void start(const QString& issuer);
    void abort();
    bool isFinished() const { return m_finished; }

    bool found() const { return !m_metadata.isEmpty(); }
    QJsonObject metadata() const { return m_metadata; }
    QUrl url() const { return m_url; }        // where the metadata was found, or the last address asked
    QString error() const { return m_error; } // why there is none

Q_SIGNALS:
    void finished();

private:
    void fetch(const QUrl& url);
    void done();

    QNetworkAccessManager* m_network;
    QPointer<HttpFetcher> m_fetcher;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout{8000};
    QUrl m_fallback;
    QUrl m_url;
    QJsonObject m_metadata;
    QString m_error;
    bool m_finished = false;
};

} // namespace Portpilot
