#pragma once

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace Portpilot {

class HttpFetcher;

// Logs in to a JMAP session resource with a test account, as a JMAP client does next: GET the
// session resource with HTTP Basic authentication (RFC 8620 §2.2, RFC 7617), read the session
// object, then a Core/echo call to its apiUrl proves the login works for the API too. Through
// HttpFetcher: HTTPS only, certificates never ignored, bodies capped, and the password goes only
// to the session resource's origin (a redirect elsewhere goes on without it) and to an apiUrl
// within the same registrable domain. The password is never kept in the result.
class JmapLogin : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool tried = false;
        bool ok = false;
        bool refused = false; // the server said no to the user name and password (401 or 403)
        QUrl url;             // the session resource asked
        QString username;     // the session object's
        int accounts = 0;
        QUrl apiUrl;
        bool echoed = false; // the Core/echo call came back
        QString detail;      // what came back, or why the login does not count
    };

    explicit JmapLogin(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~JmapLogin() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // finished() follows exactly once (also after abort(), and for an address that is not https).
    void start(const QUrl& sessionUrl, const QString& username, const QString& password);
    void abort();
    bool isFinished() const { return m_finished; }
    const Result& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    HttpFetcher* newFetcher(qint64 maxSize);
    void sessionDone();
    void echoDone();
    void done();

    QNetworkAccessManager* m_network;
    QPointer<HttpFetcher> m_fetcher;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout{8000};
    QByteArray m_authorization;
    Result m_result;
    bool m_finished = false;
};

} // namespace Portpilot
