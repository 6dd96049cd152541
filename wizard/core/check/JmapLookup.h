#pragma once

#include "JmapLogin.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QDnsLookup;
class QNetworkAccessManager;

namespace Portpilot {

class HttpFetcher;

// Where a JMAP client finds a domain's session resource (RFC 8620 §2.2), asked the way such a
// client asks: the `_jmap._tcp.DOMAIN` SRV record names a host and port whose
// `/.well-known/jmap` leads to the session; a client given only the domain tries
// `https://DOMAIN/.well-known/jmap`. Both are asked at once; the SRV target's address after its
// record is in. Without a test account nothing is sent but the GETs: no credentials. With one,
// the session resource found is logged in to (JmapLogin) before finished().
class JmapLookup : public QObject
{
    Q_OBJECT

public:
    // What one `/.well-known/jmap` address gave.
    struct Answer
    {
        QUrl url;
        bool asked = false;
        bool answers = false; // a session resource: 200 with a JMAP session object, or 401 (it asks for a login)
        QString detail;       // what was found there, or why it is not a session resource
        bool certificateRefused = false;
        QList<QSslError::SslError> sslErrors; // when certificateRefused
        QUrl otherDomain;                     // a redirect to another registrable domain, not followed
    };

    JmapLookup(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~JmapLookup() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    void setTimeouts(std::chrono::milliseconds dns, std::chrono::milliseconds http);
    // A test account: the session resource found is logged in to with it. Not set: no login.
    void setAccount(const QString& username, const QString& password);

    // Starts both lookups; finished() follows exactly once (also after abort()).
    void start(const QString& domain);
    void abort();
    bool isFinished() const { return m_pending == 0 && m_started; }

    QString srvName() const;
    // The SRV record's target ("" when there is none or DNS failed) and port.
    QString srvHost() const { return m_srvHost; }
    quint16 srvPort() const { return m_srvPort; }
    // The domain's record says on purpose that it offers no JMAP (target ".").
    bool srvNotOffered() const { return m_srvNotOffered; }
    const Answer& fromSrv() const { return m_fromSrv; }
    const Answer& fromDomain() const { return m_fromDomain; }
    // The login with the test account (result().tried is false without one, or without a session
    // resource: the one the SRV record leads to, else the domain's own unless its record says none).
    const JmapLogin::Result& login() const { return m_login->result(); }

    // The well-known address of a host: https://HOST[:PORT]/.well-known/jmap.
    static QUrl wellKnownUrl(const QString& host, quint16 port = 443);
    // Reads a finished fetch of a well-known address.
    static Answer read(const HttpFetcher& fetcher);

Q_SIGNALS:
    void finished();

private:
    HttpFetcher* fetch(const QUrl& url, Answer* answer);
    void srvDone();
    void done();
    bool startLogin();

    QNetworkAccessManager* m_network;
    JmapLogin* m_login;
    QString m_username;
    QString m_password;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_dnsTimeout{5000};
    std::chrono::milliseconds m_httpTimeout{8000};
    QString m_domain;
    QDnsLookup* m_srv = nullptr;
    QTimer m_srvDeadline;
    QList<HttpFetcher*> m_fetchers;
    QString m_srvHost;
    quint16 m_srvPort = 0;
    bool m_srvNotOffered = false;
    Answer m_fromSrv;
    Answer m_fromDomain;
    int m_pending = 0;
    bool m_started = false;
    bool m_aborted = false;
};

} // namespace Portpilot
