#pragma once

#include "Account.h"
#include "EmailAddress.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

class QDnsLookup;
class QNetworkAccessManager;

namespace Portpilot {

class HttpFetcher;

// One of Outlook's places for Autodiscover, asked as Outlook asks it: a POST of Outlook's request for
// the address (HTTPS only: the address travels in the body), read with AutodiscoverReader. An
// <Action> redirect is followed as Outlook follows it (redirectAddr: the new address, at the same
// address within its domain or at the new domain's two addresses; redirectUrl: the new https
// address), at most MaxHops times, never twice to the same address for the same person; each one is
// a hop(). An HTTP redirect of the POST is not followed but reported (Outlook asks the person
// before it follows one elsewhere; the body would go along). A POST refused with 405 is followed
// by a GET without the address, to tell a file served to GET only (a static host's default) from no
// service at all. Nothing here carries a password.
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
        Redirect,           // an HTTP redirect of the POST, not followed: detail() is where to
        Error,              // an <Error> response: detail() is its code and message
        NotReadable,        // 200, but not a POX response Outlook can read: detail() says why
        GetOnly,            // the POST is refused with 405, a GET gets the POX document
        Status,             // another HTTP status
        Loop,               // a redirect back to an address already asked (for the same person)
        TooManyHops,        // more than MaxHops redirects
        Insecure,           // the HTTP redirect method's 302 leads to an http:// address: not asked
    };

    // Microsoft's documented limit: "the client application should stop redirecting after 10
    // redirects" (RedirectUrl (POX), Exchange 2010 reference).
    static constexpr int MaxHops = 10;

    // One redirect followed: the address that answered with it, and where it sent Outlook.
    struct Hop
    {
        QUrl url;
        QString detail;
    };

    AutodiscoverLookup(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~AutodiscoverLookup() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Asks `url` (https only) for `address`; finished() follows exactly once (also after abort()).
    void start(const QUrl& url, const EmailAddress& address);
    // Outlook's third place: a GET of http://autodiscover.DOMAIN/autodiscover/autodiscover.xml
    // (without the address), whose 302 to an https address is then asked as start() asks. Outlook
    // asks the person before it trusts that address. Any other answer is NotFound.
    void startHttpRedirect(const QString& domain, const EmailAddress& address);
    // Outlook's last place: the _autodiscover._tcp.DOMAIN SRV record's host, asked as start() asks
    // at https://HOST[:PORT]/autodiscover/autodiscover.xml. NotFound when there is no record.
    void startSrv(const QString& domain, const EmailAddress& address, std::chrono::milliseconds dnsTimeout);
    void abort();
    bool isFinished() const { return m_finished; }

    // The first address asked (for startSrv(), the record's host's; empty without a record).
    QUrl url() const { return m_url; }
    // The address the outcome came from, after the redirects followed.
    QUrl finalUrl() const { return m_finalUrl; }
    const QList<Hop>& hops() const { return m_hops; }
    // The answer came from a host the domain does not vouch for: through the HTTP redirect method,
    // through an SRV record that points outside its registrable domain, or after a redirect to
    // another registrable domain. Outlook asks the person first; no password goes to its servers.
    bool leftDomain() const { return m_leftDomain; }
    // startSrv(): "_autodiscover._tcp.DOMAIN SRV HOST:PORT", or the name alone without a record.
    QString srvRecord() const { return m_srvRecord; }
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
    void post(const QUrl& url);
    void postDone(HttpFetcher* post);
    void getDone(HttpFetcher* get);
    void redirectDone(HttpFetcher* get);
    void srvDone();
    // Follows an <Action> redirect, or finishes with Loop or TooManyHops.
    void follow(const QString& detail, const QUrl& url, const EmailAddress& address);
    // The next of the new domain's addresses after a redirectAddr; false when none is left.
    bool tryNextCandidate();
    void finish(Outcome outcome, const QString& detail);
    QString outcomeSummary() const;

    QNetworkAccessManager* m_network;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout{8000};
    QUrl m_url;
    QUrl m_finalUrl;
    QString m_domain; // the domain asked about (its registrable domain is "the domain")
    EmailAddress m_address;
    QList<Hop> m_hops;
    QStringList m_asked;      // "URL address" of every POST, for loops
    QList<QUrl> m_candidates; // after a redirectAddr to another domain, its addresses still to ask
    QString m_srvRecord;
    QDnsLookup* m_dns = nullptr;
    HttpFetcher* m_running = nullptr;
    Outcome m_outcome = Outcome::Unreachable;
    QString m_detail;
    std::optional<Account> m_settings;
    QList<QSslError::SslError> m_sslErrors;
    int m_status = 0;
    bool m_aborted = false; // no GET after the POST, no next hop
    bool m_leftDomain = false;
    bool m_finished = false;
};

} // namespace Portpilot
