#pragma once

#include "Account.h"
#include "ClientOutcome.h"
#include "DomainCheckOptions.h"
#include "EmailAddress.h"
#include "Finding.h"
#include "ProbeResult.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QDnsLookup;
class QNetworkAccessManager;

namespace Portpilot {

class AutodiscoverLookup;
class ConnectionTester;
class HttpFetcher;
class IspdbSource;
class JmapLookup;
class MxSource;
class OAuth2IssuerLookup;
class SrvSource;

// Checks a domain the way mail programs see it (`portpilot check DOMAIN`, docs/check.md): asks at
// once every place a client looks (autoconfig.DOMAIN and DOMAIN/.well-known/autoconfig over HTTPS,
// the ISP database, MX, RFC 6186/8314 SRV, autodiscover.DOMAIN, JMAP's SRV record and well-known
// address), reads the documents with the discovery code, then probes every server they advertise
// without credentials (the connection test's capability mode) and turns all of it into findings,
// each with its fix. The fixes that publish settings (the autoconfig file, the SRV records) are made
// by the exporters from the servers that passed the probe.
class DomainCheck : public QObject
{
    Q_OBJECT

public:
    // One server the domain advertises, where it is advertised, and what the probe found.
    struct Server
    {
        ServerSettings settings;
        // "autoconfig", "wellknown", "http" (plain-HTTP autoconfig), "ispdb", "srv", "autodiscover"
        QStringList advertisedBy;
        ProbeResult result;
        bool loginTried = false; // probed with the test account's password or token, not capabilities only
        // Named by a source the domain vouches for: not only by the plain-HTTP document or by an
        // Autodiscover answer from elsewhere (AutodiscoverLookup::leftDomain()). Only such a
        // server gets the test account's password.
        bool vouched = false;
        // With a test account: why its login was not sent to this OAuth2 server (no token, another
        // issuer, not named by the domain's own document); empty when it was or none was due.
        QString loginNotSent;
        // The second handshake of a TLS server, offering only TLS 1.0 and 1.1; none for a plain one.
        std::optional<ProbeResult> legacyTls;

        // The version below 1.2 the second handshake agreed on ("TLS 1.0"); empty when the server
        // refused them (or has no TLS).
        QString legacyTlsVersion() const;
    };

    // One line of the summary: the area and what was found there.
    struct Area
    {
        QString name;
        QString summary;
    };

    explicit DomainCheck(QObject* parent = nullptr);
    ~DomainCheck() override;

    // The domain in ACE form, lower case, without a final dot; empty when `text` is not a domain name.
    static QString normalizeDomain(const QString& text);
    // The areas in the order clients ask them.
    static QStringList areaNames();

    // Starts the check of `domain` (normalizeDomain()); finished() follows exactly once.
    void start(const QString& domain, const DomainCheckOptions& options);
    bool isFinished() const { return m_finished; }

    QString domain() const { return m_domain; }
    // Sorted: errors first, then by id and subject.
    const QList<Finding>& findings() const { return m_findings; }
    QList<Area> areas() const;
    const QList<Server>& servers() const { return m_servers; }
    // The worst severity found; nullopt when there is nothing to report.
    std::optional<Severity> worst() const;
    // The fixes that publish settings, made from the settings whose servers passed the probe
    // (best first); empty when those lack a side.
    QByteArray publishedAutoconfig() const { return m_autoconfigFile; }
    QByteArray publishedZone() const { return m_zoneFile; }
    // The servers those fixes are made from, best first; a side is empty when none of its servers
    // passed. The wizard saves the publishing exports (autoconfig, DNS zone, ...) from it.
    Account publishedAccount() const { return m_working; }
    // True when the domain's own document (over HTTPS) names a server that logs in with OAuth2 over
    // TLS: a sign-in of the test account (DomainCheckSignIn) can log in there.
    bool namesOAuth2Servers() const;
    // What each mail program ends up with (ClientOutcome), in the order of ClientOutcome::Client.
    const QList<ClientOutcome>& clients() const { return m_clients; }

Q_SIGNALS:
    void finished();

private:
    void lookupDone();
    // Reads what the lookups that finished since the last call found and probes the servers they
    // name that no probe covers yet: a source's servers are probed as soon as it answers, not when
    // the slowest lookup does. The plain-HTTP document's servers wait for every lookup (whether
    // another source names them decides whether the test account's password may go there), and
    // with a test account every server waits for the domain's own documents (their settings say
    // how to log in; which of them names a server, with which issuer, decides about a token).
    void takeAnswers();
    // Probes these servers of m_servers (just added, or held back until now).
    void probeServers(const QList<qsizetype>& servers);
    void startIssuerLookup();
    void probeDone();
    // The servers in the order of their sources (autoconfig, well-known, plain HTTP, ISP database,
    // SRV) and of each source's document, whatever order the answers came in.
    void sortServers();
    // Analyses once the probes and the JMAP lookup are both done.
    void analyseWhenDone();
    void analyse();
    void finish();
    void checkDocument(const QString& area, const HttpFetcher* fetcher);
    // The document's schema, placeholders, version and <oAuth2> block (ClientConfigValidator).
    void validateDocument(const QString& area, const QString& subject, const QByteArray& body);
    void checkNeedsAddress();
    void checkIssuer();
    void checkClients();
    ClientSources clientSources() const;
    // The area of document(): "autoconfig" or "wellknown"; empty when there is none.
    QString documentArea() const;
    void checkIspdb();
    void checkMx();
    void checkSrv();
    void checkAutodiscover();
    // The findings of one Autodiscover address's answer.
    void checkAutodiscoverAnswer(const AutodiscoverLookup* lookup);
    QString autodiscoverSummary() const;
    void checkOutsideAutodiscover();
    void checkJmap();
    void checkJmapLogin();
    QString jmapSummary() const;
    void checkServer(const Server& server);
    // Why the test account's access token must not go to `server`; empty when it may.
    QString tokenRefusal(const Server& server) const;
    void buildFixes();
    void add(const QString& id, const QString& subject, const QString& detail = QString(),
             const QString& payload = QString());
    std::optional<Account> document() const;
    // The fix payloads as text, or the sentence saying why there is none yet.
    QString autoconfigPayload() const;
    QString zonePayload() const;

    DomainCheckOptions m_options;
    QString m_domain;
    EmailAddress m_address;
    QNetworkAccessManager* m_network = nullptr;
    HttpFetcher* m_autoconfig = nullptr;
    HttpFetcher* m_wellKnown = nullptr;
    HttpFetcher* m_plainHttp = nullptr;
    // Outlook's places: https://autodiscover.DOMAIN/… and https://DOMAIN/autodiscover/…, each asked
    // as Outlook asks (a POST), the 302 of http://autodiscover.DOMAIN/… and the _autodiscover._tcp
    // record's host.
    AutodiscoverLookup* m_autodiscover = nullptr;
    AutodiscoverLookup* m_autodiscoverDomain = nullptr;
    AutodiscoverLookup* m_autodiscoverHttp = nullptr;
    AutodiscoverLookup* m_autodiscoverSrv = nullptr;
    // autoconfig.DOMAIN as KMail asks (no ?emailaddress) and as Evolution does (EVOLUTIONUSER@DOMAIN).
    HttpFetcher* m_autoconfigNoAddress = nullptr;
    HttpFetcher* m_autoconfigEvolution = nullptr;
    // The issuer of the document's <oAuth2> block; none when the document has no issuer.
    OAuth2IssuerLookup* m_issuer = nullptr;
    QList<ClientOutcome> m_clients;
    IspdbSource* m_ispdb = nullptr;
    MxSource* m_mx = nullptr;
    SrvSource* m_srv = nullptr;
    // autodiscover.NAME for each name above the registrable domain (autodiscover.co.uk,
    // autodiscover.uk): where Outlook-style clients end up when autodiscover.DOMAIN fails.
    QList<QDnsLookup*> m_outsideLookups;
    JmapLookup* m_jmap = nullptr;
    QHash<QString, Account> m_documents; // "autoconfig", "wellknown", "http" -> the document read there
    QList<ConnectionTester*> m_testers;
    QList<Server> m_servers;
    // Per server: its first source's rank and its place in that source's list (sortServers()).
    QList<std::pair<int, qsizetype>> m_serverOrder;
    QStringList m_sourcesTaken; // the sources whose answers takeAnswers() has read
    // Servers waiting for the domain's own documents before their probe (takeAnswers()).
    QList<qsizetype> m_heldBack;
    QList<Finding> m_findings;
    Account m_working;
    QByteArray m_autoconfigFile;
    QByteArray m_zoneFile;
    QTimer m_deadline;
    int m_pendingLookups = 0;
    int m_pendingProbes = 0;
    bool m_finished = false;
};

} // namespace Portpilot
