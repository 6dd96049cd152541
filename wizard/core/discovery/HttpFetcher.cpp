#include "HttpFetcher.h"

#include "ExtraCaCertificates.h"
#include "RegistrableDomain.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimeZone>

namespace Portpilot {

HttpFetcher::HttpFetcher(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        // Computed outside tr(): lupdate 6.4 hangs on "f((a + b) / c)" inside its arguments.
        const int seconds = int((m_timeout.count() + 999) / 1000);
        //: %n is a number of seconds
        fail(tr("no complete answer within %n second(s)", nullptr, seconds));
    });
}

HttpFetcher::~HttpFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning()) {
            m_reply->abort();
        }
        m_reply->deleteLater();
    }
}

void HttpFetcher::get(const QUrl& url)
{
    m_url = url;
    m_deadline.start(m_timeout); // one deadline for the whole transfer, redirects included
    request(url);
}

void HttpFetcher::post(const QUrl& url, const QByteArray& body, const QByteArray& contentType)
{
    m_post = true;
    m_postBody = body;
    m_contentType = contentType;
    get(url);
}

QSslConfiguration HttpFetcher::sslConfiguration(const QList<QSslCertificate>& extraCas)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ExtraCaCertificates::addTo(ssl, extraCas);
    return ssl;
}

void HttpFetcher::preconnect(QNetworkAccessManager* network, const QUrl& url, const QList<QSslCertificate>& extraCas)
{
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        return;
    }
    // Qt keys its connection cache by scheme, host and port: request() below finds this one. No
    // ALPN "h2" in the configuration, so the connection is HTTP/1.1 as request() asks.
    network->connectToHostEncrypted(url.host(), static_cast<quint16>(url.port(443)), sslConfiguration(extraCas));
}

void HttpFetcher::request(const QUrl& url)
{
    m_finalUrl = url;
    QNetworkRequest request(url);
    // Redirects are followed by hand (onFinished), so every hop passes our checks.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Portpilot/" PORTPILOT_VERSION));
    request.setRawHeader("Accept", m_accept);
    // The login goes only where it was meant for: never unencrypted, never to another origin.
    if (!m_authorization.isEmpty() && url.scheme() == QLatin1String("https") && url.scheme() == m_url.scheme() &&
        url.host() == m_url.host() && url.port(443) == m_url.port(443)) {
        request.setRawHeader("Authorization", m_authorization);
    }
    if (!m_extraCas.isEmpty()) {
        request.setSslConfiguration(sslConfiguration(m_extraCas));
    }

    if (m_post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(m_contentType));
        m_reply = m_network->post(request, m_postBody);
    } else {
        m_reply = m_network->get(request);
    }
    // Bounds what Qt buffers before we read it.
    m_reply->setReadBufferSize(64 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetcher::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored: the request fails, and the reason is kept for the message.
        for (const QSslError& e : errors) {
            m_sslErrors.append(e.errorString());
            m_sslErrorKinds.append(e.error());
            if (m_peerCertificate.isNull()) {
                m_peerCertificate = e.certificate();
            }
        }
        m_certificateProblem = true;
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_status = status;
        if (m_reply->hasRawHeader("Date")) {
            // RFC 9110's IMF-fixdate; Qt 6.4's RFC 2822 parser does not take its "GMT".
            m_serverDate = QLocale::c().toDateTime(QString::fromLatin1(m_reply->rawHeader("Date")).trimmed(),
                                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
            m_serverDate.setTimeZone(QTimeZone::utc());
        }
        if (const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate(); !peer.isNull()) {
            m_peerCertificate = peer;
        }
        m_mediaType =
            m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().split(';').first().trimmed().toLower();
        if (status < 300 && length.isValid() && length.toLongLong() > m_maxSize) {
            m_tooLarge = true;
            //: %1 is a number of bytes, %2 the limit
            fail(
                tr("the server announced %1 bytes, more than the limit of %2").arg(length.toLongLong()).arg(m_maxSize));
        }
    });
}

bool HttpFetcher::followRedirect(const QUrl& target)
{
    const QUrl resolved = m_reply->url().resolved(target);
    ++m_redirects;
    m_refusedRedirect = resolved; // until it is followed
    if (m_post) {
        //: %1 is a web address
        fail(tr("redirected to %1; a POST is not sent on to another address").arg(resolved.toDisplayString()));
        return false;
    }
    if (!m_followRedirects) {
        //: %1 is a web address
        fail(tr("redirected to %1").arg(resolved.toDisplayString()));
        return false;
    }
    if (m_redirects > MaxRedirects) {
        fail(tr("too many redirects (more than %n)", nullptr, MaxRedirects));
        return false;
    }
    if (m_url.scheme() == QLatin1String("https") && resolved.scheme() != QLatin1String("https")) {
        fail(tr("redirected from HTTPS to an unencrypted address: %1").arg(resolved.toDisplayString()));
        return false;
    }
    if (resolved.scheme() != QLatin1String("https") && resolved.scheme() != QLatin1String("http")) {
        fail(tr("redirected to an unsupported address: %1").arg(resolved.toDisplayString()));
        return false;
    }
    if (!RegistrableDomain::same(resolved.host(), m_url.host())) {
        //: %1 is a domain name
        fail(tr("redirected to another domain: %1")
                 .arg(RegistrableDomain::of(resolved.host()).isEmpty() ? resolved.host()
                                                                       : RegistrableDomain::of(resolved.host())));
        return false;
    }
    m_refusedRedirect.clear();
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    m_body.clear();
    request(resolved);
    return true;
}

void HttpFetcher::onReadyRead()
{
    if (!m_reply || m_done) {
        return;
    }
    const qint64 room = m_maxSize + 1 - m_body.size();
    m_body.append(m_reply->read(qMax<qint64>(room, 0)));
    if (m_body.size() > m_maxSize) {
        m_body.clear();
        m_tooLarge = true;
        //: %1 is the limit in bytes
        fail(tr("the document is larger than the limit of %1 bytes").arg(m_maxSize));
    }
}

void HttpFetcher::onFinished()
{
    if (m_done || !m_reply) {
        return;
    }
    onReadyRead();
    if (m_done) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = m_reply->error();
    const QVariant target = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute);
    if (status >= 300 && status < 400 && target.isValid()) {
        followRedirect(target.toUrl());
        return;
    }
    if (error == QNetworkReply::NoError && status == 200) {
        m_ok = true;
        m_done = true;
        m_deadline.stop();
        m_reply->deleteLater();
        Q_EMIT finished();
        return;
    }
    if (status == 404 || status == 410 || error == QNetworkReply::HostNotFoundError) {
        m_notFound = true;
    }
    if (!m_sslErrors.isEmpty()) {
        fail(tr("the server’s certificate was refused: %1").arg(m_sslErrors.join(QStringLiteral("; "))));
    } else if (error == QNetworkReply::TooManyRedirectsError) {
        fail(tr("too many redirects (more than %n)", nullptr, MaxRedirects));
    } else if (status >= 300 || (status >= 200 && error == QNetworkReply::NoError)) {
        //: %1 is an HTTP status code such as 404
        fail(tr("the server answered with HTTP status %1").arg(status));
    } else {
        fail(m_reply->errorString());
    }
}

void HttpFetcher::abort()
{
    fail(tr("cancelled"));
}

void HttpFetcher::fail(const QString& message)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_ok = false;
    m_error = message;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning()) {
            m_reply->abort();
        }
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished();
}

} // namespace Portpilot
