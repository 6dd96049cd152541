#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace Portpilot {

// Fetches one document over HTTP(S) for discovery, treating the server as hostile:
// the body is capped (a longer or endless one is aborted with an error, memory stays bounded),
// the whole transfer has a deadline, certificate errors are never ignored, and a redirect is
// followed at most twice, only to HTTPS and only within the same registrable domain.
class HttpFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRedirects = 2;

    HttpFetcher(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~HttpFetcher() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setMaxSize(qint64 bytes) { m_maxSize = bytes; }

    // Sends an Accept header other than the autoconfig one.
    void setAccept(const QByteArray& accept) { m_accept = accept; }
    // Sends this Authorization header value (a login), only over HTTPS and only to the origin
    // (scheme, host, port) of the address asked: a redirect elsewhere goes on without it.
    void setAuthorization(const QByteArray& value) { m_authorization = value; }
    // Refuses every redirect of a GET too and reports it (refusedRedirect(), httpStatus()): for a
    // caller that decides about the target itself.
    void setFollowRedirects(bool follow) { m_followRedirects = follow; }

    // Starts the request; finished() follows exactly once (also after abort()).
    void get(const QUrl& url);
    // POSTs `body` as `contentType` (an OAuth2 token request's form, an Autodiscover request's XML).
    // A redirect is refused and reported (refusedRedirect()): the body may carry a secret or an
    // address, and is never resent to an address the caller did not choose.
    void post(const QUrl& url, const QByteArray& body, const QByteArray& contentType);
    void abort();

    // Opens the TCP connection and TLS handshake to an https URL's server now, for a request that
    // follows (a token refresh waiting for the keychain): the request then reuses the connection.
    // Sends nothing but the handshake; does nothing for another scheme.
    static void preconnect(QNetworkAccessManager* network, const QUrl& url, const QList<QSslCertificate>& extraCas);

    // finished() has been emitted (or is being emitted).
    bool isFinished() const { return m_done; }
    bool ok() const { return m_ok; }
    // True when the server said the document does not exist (404/410) or the name did not resolve.
    bool notFound() const { return m_notFound; }
    bool certificateProblem() const { return m_certificateProblem; }
    // True when the answer broke the size limit (announced or sent).
    bool tooLarge() const { return m_tooLarge; }
    // The body, also of an error answer (an OAuth2 error is JSON with status 400 or 401).
    QByteArray body() const { return m_body; }
    int httpStatus() const { return m_status; }
    // The Content-Type header's media type in lower case, without parameters.
    QByteArray mediaType() const { return m_mediaType; }
    QString error() const { return m_error; }
    QUrl url() const { return m_url; }
    // The address asked last: the one the answer came from, after the redirects followed.
    QUrl finalUrl() const { return m_finalUrl; }
    // What a domain check reports beside the verdict: the kinds of certificate errors, the
    // certificate the server presented, the redirects followed, and a redirect refused (empty if none).
    QList<QSslError::SslError> sslErrorKinds() const { return m_sslErrorKinds; }
    QSslCertificate peerCertificate() const { return m_peerCertificate; }
    int redirects() const { return m_redirects; }
    // The server's clock when it answered (its Date header); invalid when it sent none.
    QDateTime serverDate() const { return m_serverDate; }
    QUrl refusedRedirect() const { return m_refusedRedirect; }

Q_SIGNALS:
    void finished();

private:
    static QSslConfiguration sslConfiguration(const QList<QSslCertificate>& extraCas);
    void fail(const QString& message);
    void request(const QUrl& url);
    // Checks one redirect (count, HTTPS kept, same registrable domain) and follows it, or fails.
    bool followRedirect(const QUrl& target);
    void onReadyRead();
    void onFinished();

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout{5000};
    qint64 m_maxSize = 512 * 1024;
    QTimer m_deadline;
    QUrl m_url;
    QUrl m_finalUrl;
    int m_redirects = 0;
    QByteArray m_accept = "application/xml, text/xml;q=0.9, */*;q=0.1";
    QByteArray m_authorization;
    QByteArray m_postBody;
    QByteArray m_contentType;
    bool m_post = false;
    bool m_followRedirects = true;
    int m_status = 0;
    QByteArray m_mediaType;
    QByteArray m_body;
    QString m_error;
    QStringList m_sslErrors;
    QList<QSslError::SslError> m_sslErrorKinds;
    QSslCertificate m_peerCertificate;
    QUrl m_refusedRedirect;
    QDateTime m_serverDate;
    bool m_ok = false;
    bool m_notFound = false;
    bool m_certificateProblem = false;
    bool m_tooLarge = false;
    bool m_done = false;
};

} // namespace Portpilot
