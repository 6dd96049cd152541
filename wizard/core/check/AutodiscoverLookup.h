#pragma once

#include "Account.h"
#include "EmailAddress.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace Portpilot {

class HttpFetcher;

// One Autodiscover address asked as Outlook asks it: a POST of Outlook's request for the address
// (HTTPS only: the address travels in the body), read with AutodiscoverReader. A redirect is not
// followed but reported (Outlook asks the person before it follows one elsewhere; the body would go
// along). A POST refused with 405 is followed by a GET without the address, to tell a file served
// to GET only (a static host's default) from no service at all.
class AutodiscoverLookup : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Unreachable,        // no HTTP answer (name, connection, TLS, timeout), or not asked
        CertificateRefused, // sslErrors() says why
        NotFound,           // 404 or 410 (also to the GET after a 405), or the name does not resolve
        Settings,           // a POX response with IMAP or POP3 and SMTP servers: settings()
        Exchange,           // Outlook goes on with Exchange: it asks for a login (401) or names only Exchange's servers
        Redirect,           // an HTTP redirect, <RedirectAddr> or <RedirectUrl>: detail() is where to
        Error,              // an <Error> response: detail() is its code and message
        NotReadable,        // 200, but not a POX response Outlook can read: detail() says why
        GetOnly,            // the POST is refused with 405, a GET gets the POX document
        Status,             // another HTTP status
    };

    AutodiscoverLookup(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~AutodiscoverLookup() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Asks `url` (https only) for `address`; finished() follows exactly once (also after abort()).
    void start(const QUrl& url, const EmailAddress& address);
    void abort();
    bool isFinished() const { return m_finished; }

    QUrl url() const { return m_url; }
    Outcome outcome() const { return m_outcome; }
    // What came back, for people: the reader's error, the server's error text, the redirect target,
    // the HTTP status or the network error. Server text is plain text, bounded.
    QString detail() const { return m_detail; }
    // The servers of a Settings answer, with the address filled in.
    const std::optional<Account>& settings() const { return m_settings; }
    QList<QSslError::SslError> sslErrors() const { return m_sslErrors; }
    // Outlook takes the answer and stops asking: settings, Exchange or a redirect.
    bool usable() const
    {
        return m_outcome == Outcome::Settings || m_outcome == Outcome::Exchange || m_outcome == Outcome::Redirect;
    }
    int httpStatus() const { return m_status; }
    // The Outcome as a word for summaries: "settings", "an error response", …
    QString summary() const;

Q_SIGNALS:
    void finished();

private:
    HttpFetcher* fetcher();
    void postDone(HttpFetcher* post);
    void getDone(HttpFetcher* get);
    void finish(Outcome outcome, const QString& detail);

    QNetworkAccessManager* m_network;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout{8000};
    QUrl m_url;
    EmailAddress m_address;
    HttpFetcher* m_running = nullptr;
    Outcome m_outcome = Outcome::Unreachable;
    QString m_detail;
    std::optional<Account> m_settings;
    QList<QSslError::SslError> m_sslErrors;
    int m_status = 0;
    bool m_aborted = false; // no GET after the POST
    bool m_finished = false;
};

} // namespace Portpilot
