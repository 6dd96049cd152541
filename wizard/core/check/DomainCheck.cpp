#include "DomainCheck.h"

#include "AutoconfigExporter.h"
#include "AutoconfigReader.h"
#include "AutodiscoverLookup.h"
#include "CandidateRules.h"
#include "ClientConfigValidator.h"
#include "ConnectionTester.h"
#include "DnsZoneExporter.h"
#include "FindingWords.h"
#include "Hostname.h"
#include "HttpFetcher.h"
#include "IspdbSource.h"
#include "JmapLookup.h"
#include "MxSource.h"
#include "OAuth2IssuerLookup.h"
#include "ProviderAutoconfigSource.h"
#include "RegistrableDomain.h"
#include "SetupSignIn.h"
#include "SrvSource.h"

#include <QDnsLookup>
#include <QNetworkAccessManager>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Portpilot {

namespace {

constexpr int ExpiryWarningDays = 21;

const QString AreaAutoconfig = u"autoconfig"_s;
const QString AreaWellKnown = u"wellknown"_s;
// Not an area of its own: the plain-HTTP autoconfig address, reported under "autoconfig".
const QString SourcePlainHttp = u"http"_s;
const QString AreaIspdb = u"ispdb"_s;
const QString AreaMx = u"mx"_s;
const QString AreaSrv = u"srv"_s;
const QString AreaAutodiscover = u"autodiscover"_s;
const QString AreaJmap = u"jmap"_s;
const QString AreaServer = u"server"_s;
const QString AreaClients = u"clients"_s;
// Not areas: the autoconfig document as KMail and Evolution ask for it.
const QString SourceNoAddress = u"noaddress"_s;
const QString SourceEvolution = u"evolution"_s;
// Not an area: https://DOMAIN/autodiscover/…, reported under "autodiscover".
const QString SourceAutodiscoverDomain = u"autodiscover-domain"_s;

QString serverKey(const ServerSettings& server)
{
    return u"%1 %2 %3 %4"_s.arg(protocolName(server.protocol), server.hostname.toLower())
        .arg(server.port)
        .arg(socketTypeName(server.socketType));
}

// True when the capabilities a server offered before TLS let a client send the password there
// readable: a LOGIN command, USER/PASS, or a SASL mechanism that carries it as it is (PLAIN,
// LOGIN). A challenge-response mechanism such as CRAM-MD5 does not; the probes list the mechanisms
// of SMTP's AUTH and POP3's SASL line as AUTH=NAME entries, as IMAP does.
bool offersLoginBeforeTls(Protocol protocol, const QStringList& capabilities)
{
    if (capabilities.isEmpty()) {
        return false;
    }
    const auto has = [&](const QString& name) { return capabilities.contains(name, Qt::CaseInsensitive); };
    const bool readableMechanism = has(u"AUTH=PLAIN"_s) || has(u"AUTH=LOGIN"_s);
    const bool anyMechanism = std::any_of(capabilities.cbegin(), capabilities.cend(), [](const QString& c) {
        return c.startsWith(u"AUTH="_s, Qt::CaseInsensitive);
    });
    switch (protocol) {
    case Protocol::Imap:
        return !has(u"LOGINDISABLED"_s) || readableMechanism;
    case Protocol::Pop3:
        return has(u"USER"_s) || readableMechanism || (has(u"SASL"_s) && !anyMechanism);
    case Protocol::Smtp:
        // An AUTH keyword whose mechanisms could not be read counts: better a finding too many.
        return readableMechanism || (has(u"AUTH"_s) && !anyMechanism);
    }
    return false;
}

bool expiresSoon(const QSslCertificate& certificate)
{
    return !certificate.isNull() &&
           certificate.expiryDate() < QDateTime::currentDateTimeUtc().addDays(ExpiryWarningDays);
}

QString dateText(const QDateTime& date)
{
    return date.toUTC().toString(Qt::ISODate);
}

// The SRV owner name of a server, e.g. "_imaps._tcp.example.org".
QString srvName(const ServerSettings& server, const QString& domain)
{
    for (const SrvSource::Service& service : SrvSource::services()) {
        if (service.protocol == server.protocol && service.socketType == server.socketType) {
            return u"%1.%2"_s.arg(QLatin1String(service.label), domain);
        }
    }
    return domain;
}

// The certificate findings of `area` for these errors: the name and the expiry have their own,
// anything else is "untrusted".
QStringList certificateFindings(const QString& area, const QList<QSslError::SslError>& errors)
{
    QStringList ids;
    if (errors.contains(QSslError::HostNameMismatch)) {
        ids.append(area + u".certificate-name"_s);
    }
    if (errors.contains(QSslError::CertificateExpired)) {
        ids.append(area + u".certificate-expired"_s);
    }
    if (ids.isEmpty()) {
        ids.append(area + u".certificate-untrusted"_s);
    }
    return ids;
}

// A login the server refused (or that was not sent): the service itself answered as advertised.
bool isLoginFailure(FailureKind kind)
{
    switch (kind) {
    case FailureKind::PlaintextNotAllowed:
    case FailureKind::AuthMechanismUnavailable:
    case FailureKind::AuthWrongPassword:
    case FailureKind::AuthAppPasswordNeeded:
    case FailureKind::AuthLoginDisabled:
    case FailureKind::AuthEncryptionRequired:
    case FailureKind::AuthTemporary:
    case FailureKind::AuthSignInNeeded:
    case FailureKind::AuthTokenRejected:
    case FailureKind::AuthTokenScope:
    case FailureKind::TokenNotEncrypted:
        return true;
    default:
        return false;
    }
}

// The service answered as advertised: the probe passed, or only the login failed.
bool reached(const ProbeResult& result)
{
    return result.passed() || isLoginFailure(result.failure.kind);
}

// The names Outlook-style clients try when autodiscover.DOMAIN does not answer: they strip the
// domain one label at a time, past the registrable domain into names its owner does not hold.
QStringList outsideAutodiscoverNames(const QString& domain)
{
    const QString registrable = RegistrableDomain::of(domain);
    QStringList names;
    for (QString suffix = registrable.section(u'.', 1); !suffix.isEmpty(); suffix = suffix.section(u'.', 1)) {
        names.append(u"autodiscover."_s + suffix);
    }
    return names;
}

QString firstIncomingHost(const Account& account)
{
    const ServerSettings* server = account.preferredIncoming();
    return server ? Hostname::toAce(server->hostname).toLower() : QString();
}

} // namespace

QString DomainCheck::Server::legacyTlsVersion() const
{
    // A refused certificate still means the server accepted the version: the certificate is
    // checked after the hello that agrees on it.
    if (!legacyTls || (!legacyTls->encrypted && legacyTls->failure.kind != FailureKind::CertificateProblem)) {
        return {};
    }
    return legacyTls->tlsProtocol.isEmpty() ? u"TLS 1.0/1.1"_s : legacyTls->tlsProtocol;
}

DomainCheck::DomainCheck(QObject* parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        // Everything still running ends now; each one's finished signal comes at once.
        for (HttpFetcher* fetcher :
             {m_autoconfig, m_wellKnown, m_plainHttp, m_autoconfigNoAddress, m_autoconfigEvolution}) {
            if (fetcher) {
                fetcher->abort();
            }
        }
        for (AutodiscoverLookup* lookup :
             {m_autodiscover, m_autodiscoverDomain, m_autodiscoverHttp, m_autodiscoverSrv}) {
            if (lookup && !lookup->isFinished()) {
                lookup->abort();
            }
        }
        for (DiscoverySource* source : std::initializer_list<DiscoverySource*>{m_ispdb, m_mx, m_srv}) {
            if (source && !source->isFinished()) {
                source->cancel();
            }
        }
        for (QDnsLookup* lookup : std::as_const(m_outsideLookups)) {
            if (!lookup->isFinished()) {
                lookup->abort();
            }
        }
        if (m_issuer && !m_issuer->isFinished()) {
            m_issuer->abort();
        }
        if (m_jmap && !m_jmap->isFinished()) {
            m_jmap->abort();
        }
        const QList<ConnectionTester*> testers = m_testers; // probeDone() clears the list
        for (ConnectionTester* tester : testers) {
            if (tester->isRunning()) {
                tester->cancel();
            }
        }
    });
}

DomainCheck::~DomainCheck() = default;

QString DomainCheck::normalizeDomain(const QString& text)
{
    QString domain = text.trimmed();
    if (domain.endsWith(u'.')) {
        domain.chop(1);
    }
    domain = Hostname::toAce(domain).toLower();
    if (domain.isEmpty() || !domain.contains(u'.') || !Hostname::isValid(domain)) {
        return {};
    }
    return domain;
}

QStringList DomainCheck::areaNames()
{
    return {AreaAutoconfig,   AreaWellKnown, AreaIspdb,  AreaMx,     AreaSrv,
            AreaAutodiscover, AreaJmap,      AreaServer, AreaClients};
}

void DomainCheck::start(const QString& domain, const DomainCheckOptions& options)
{
    m_options = options;
    m_domain = normalizeDomain(domain);
    m_address = EmailAddress::parse(options.address.isEmpty() ? u"postmaster@"_s + m_domain : options.address);
    m_network = new QNetworkAccessManager(this);
    m_deadline.start(options.overallTimeout);

    DiscoveryOptions discovery;
    discovery.ispdbUrl = options.ispdbUrl;
    discovery.extraCaCertificates = options.extraCaCertificates;
    discovery.httpTimeout = options.httpTimeout;
    discovery.dnsTimeout = options.dnsTimeout;
    discovery.useBundled = false;
    discovery.guess = false;

    const auto fetcher = [this](qint64 maxSize) {
        auto* f = new HttpFetcher(m_network, this);
        f->setExtraCaCertificates(m_options.extraCaCertificates);
        f->setTimeout(m_options.httpTimeout);
        f->setMaxSize(maxSize);
        connect(f, &HttpFetcher::finished, this, &DomainCheck::lookupDone);
        return f;
    };
    // The same addresses, with the same query, as discovery asks.
    const QList<QUrl> urls = ProviderAutoconfigSource::urlsFor(m_address, false);
    m_autoconfig = fetcher(AutoconfigReader::MaxDocumentSize);
    m_wellKnown = fetcher(AutoconfigReader::MaxDocumentSize);
    // Thunderbird also asks autoconfig.DOMAIN over plain HTTP; asked here without the address,
    // which never travels unencrypted.
    m_plainHttp = fetcher(AutoconfigReader::MaxDocumentSize);
    m_autoconfigNoAddress = fetcher(AutoconfigReader::MaxDocumentSize);
    m_autoconfigEvolution = fetcher(AutoconfigReader::MaxDocumentSize);
    const auto autodiscover = [this] {
        auto* lookup = new AutodiscoverLookup(m_network, this);
        lookup->setExtraCaCertificates(m_options.extraCaCertificates);
        lookup->setTimeout(m_options.httpTimeout);
        connect(lookup, &AutodiscoverLookup::finished, this, &DomainCheck::lookupDone);
        return lookup;
    };
    m_autodiscover = autodiscover();
    m_autodiscoverDomain = autodiscover();
    m_autodiscoverHttp = autodiscover();
    m_autodiscoverSrv = autodiscover();
    m_ispdb = new IspdbSource(m_network, this);
    m_mx = new MxSource(m_network, this);
    m_srv = new SrvSource(this);
    for (DiscoverySource* source : std::initializer_list<DiscoverySource*>{m_ispdb, m_mx, m_srv}) {
        connect(source, &DiscoverySource::finished, this, &DomainCheck::lookupDone);
    }
    for (const QString& name : outsideAutodiscoverNames(m_domain)) {
        auto* lookup = new QDnsLookup(QDnsLookup::A, name, this);
        connect(lookup, &QDnsLookup::finished, this, &DomainCheck::lookupDone);
        m_outsideLookups.append(lookup);
    }
    m_jmap = new JmapLookup(m_network, this);
    m_jmap->setExtraCaCertificates(options.extraCaCertificates);
    m_jmap->setTimeouts(options.dnsTimeout, options.httpTimeout);
    if (!options.address.isEmpty() && !options.password.isEmpty()) {
        m_jmap->setAccount(options.address, options.password); // JMAP's login name is the address
    }
    // JMAP names no server to probe: it runs beside the probes, not before them.
    connect(m_jmap, &JmapLookup::finished, this, &DomainCheck::analyseWhenDone);
    m_pendingLookups = 12 + int(m_outsideLookups.size());
    for (QDnsLookup* lookup : std::as_const(m_outsideLookups)) {
        lookup->lookup();
    }
    m_autoconfig->get(urls.value(0));
    m_wellKnown->get(urls.value(1));
    m_plainHttp->get(ProviderAutoconfigSource::urlsFor(m_address, true).value(0));
    m_autodiscover->start(QUrl(u"https://autodiscover.%1/autodiscover/autodiscover.xml"_s.arg(m_domain)), m_address);
    m_autodiscoverDomain->start(QUrl(u"https://%1/autodiscover/autodiscover.xml"_s.arg(m_domain)), m_address);
    m_autodiscoverHttp->startHttpRedirect(m_domain, m_address);
    m_autodiscoverSrv->startSrv(m_domain, m_address, options.dnsTimeout);
    QUrl withoutAddress = urls.value(0);
    withoutAddress.setQuery(QString());
    m_autoconfigNoAddress->get(withoutAddress);
    m_autoconfigEvolution->get(
        ProviderAutoconfigSource::urlsFor(EmailAddress::parse(u"EVOLUTIONUSER@"_s + m_domain), false).value(0));
    m_ispdb->start(m_address, discovery, options.httpTimeout);
    m_mx->start(m_address, discovery, options.httpTimeout + options.dnsTimeout);
    m_srv->start(m_address, discovery, options.dnsTimeout);
    m_jmap->start(m_domain);
}

void DomainCheck::lookupDone()
{
    --m_pendingLookups;
    takeAnswers();
    analyseWhenDone();
}

std::optional<Account> DomainCheck::document() const
{
    for (const QString& area : {AreaAutoconfig, AreaWellKnown}) {
        if (m_documents.contains(area)) {
            return m_documents.value(area);
        }
    }
    return std::nullopt;
}

void DomainCheck::takeAnswers()
{
    const bool lookupsDone = m_pendingLookups == 0;
    // The sources that name servers, in the order their servers are listed (sortServers()). The
    // three questions to autoconfig.DOMAIN (with the address, without it as KMail asks, with
    // Evolution's placeholder) are one place: their servers count as "autoconfig".
    const std::initializer_list<std::pair<QString, HttpFetcher*>> documents{{AreaAutoconfig, m_autoconfig},
                                                                            {AreaWellKnown, m_wellKnown},
                                                                            {SourcePlainHttp, m_plainHttp},
                                                                            {SourceNoAddress, m_autoconfigNoAddress},
                                                                            {SourceEvolution, m_autoconfigEvolution}};
    QList<std::pair<QString, Account>> advertised;
    QList<int> ranks;
    QList<bool> vouched; // not the plain-HTTP document, not an Autodiscover answer from elsewhere
    int rank = 0;
    for (const auto& [source, fetcher] : documents) {
        ++rank;
        if (!fetcher->isFinished() || m_sourcesTaken.contains(source) || (source == SourcePlainHttp && !lookupsDone)) {
            continue;
        }
        m_sourcesTaken.append(source);
        if (fetcher->ok()) {
            const AutoconfigReader::Result read = AutoconfigReader::read(fetcher->body());
            if (read.ok()) {
                m_documents.insert(source, read.account->resolved(m_address.toString()));
                const bool sameAddress = source == SourceNoAddress || source == SourceEvolution;
                advertised.append({sameAddress ? AreaAutoconfig : source, m_documents.value(source)});
                ranks.append(rank);
                vouched.append(source != SourcePlainHttp);
            }
        }
    }
    for (const auto& [source, from] : {std::pair<QString, DiscoverySource*>{AreaIspdb, m_ispdb},
                                       std::pair<QString, DiscoverySource*>{AreaSrv, m_srv}}) {
        ++rank;
        if (!from->isFinished() || m_sourcesTaken.contains(source)) {
            continue;
        }
        m_sourcesTaken.append(source);
        if (from->status() == SourceStatus::Found) {
            advertised.append({source, from->result().resolved(m_address.toString())});
            ranks.append(rank);
            vouched.append(true);
        }
    }
    // Outlook's places, after them. An answer from elsewhere waits, as the plain-HTTP document does.
    for (const auto& [source, lookup] :
         {std::pair{AreaAutodiscover, m_autodiscover}, std::pair{SourceAutodiscoverDomain, m_autodiscoverDomain},
          std::pair{u"autodiscover-http"_s, m_autodiscoverHttp}, std::pair{u"autodiscover-srv"_s, m_autodiscoverSrv}}) {
        ++rank;
        if (!lookup->isFinished() || m_sourcesTaken.contains(source) || (lookup->leftDomain() && !lookupsDone)) {
            continue;
        }
        m_sourcesTaken.append(source);
        if (lookup->settings()) {
            advertised.append({AreaAutodiscover, *lookup->settings()});
            ranks.append(rank);
            vouched.append(!lookup->leftDomain());
        }
    }
    const qsizetype first = m_servers.size();
    for (qsizetype a = 0; a < advertised.size(); ++a) {
        const auto& [source, account] = advertised.at(a);
        const QList<ServerSettings> named = account.incoming + account.outgoing;
        for (qsizetype n = 0; n < named.size(); ++n) {
            const QString key = serverKey(named.at(n));
            auto it = std::find_if(m_servers.begin(), m_servers.end(),
                                   [&](const Server& s) { return serverKey(s.settings) == key; });
            if (it == m_servers.end()) {
                Server server;
                server.settings = named.at(n);
                server.settings.source = ConfigSource::Unknown;
                server.settings.approvalNeeded.clear();
                m_servers.append(server);
                m_serverOrder.append({ranks.at(a), n});
                it = m_servers.end() - 1;
            } else if (const qsizetype i = it - m_servers.begin(); ranks.at(a) < m_serverOrder.at(i).first) {
                // The better source's settings (its authentication, its username) are the server's:
                // what the published file is made of, and what a login uses.
                m_serverOrder[i] = {ranks.at(a), n};
                it->settings = named.at(n);
                it->settings.source = ConfigSource::Unknown;
                it->settings.approvalNeeded.clear();
            }
            if (!it->advertisedBy.contains(source)) {
                it->advertisedBy.append(source);
            }
            it->vouched = it->vouched || vouched.at(a);
        }
    }
    const bool ownDocumentsIn = m_autoconfig->isFinished() && m_wellKnown->isFinished();
    if (!m_issuer && ownDocumentsIn) {
        startIssuerLookup();
    }
    // With a test account every server waits for the domain's own documents: they decide how it
    // logs in (their settings win over the ISP database's and SRV's) and whether an OAuth2 token
    // may go there (which of them names it, with which issuer). Without one, a capability probe
    // does not depend on them and starts at once.
    const bool waitForOwnDocuments = !m_options.address.isEmpty() && !ownDocumentsIn;
    QList<qsizetype> ready;
    for (qsizetype i = first; i < m_servers.size(); ++i) {
        (waitForOwnDocuments ? m_heldBack : ready).append(i);
    }
    if (ownDocumentsIn) {
        ready += m_heldBack;
        m_heldBack.clear();
    }
    if (!ready.isEmpty() && m_deadline.isActive()) {
        probeServers(ready);
    }
}

void DomainCheck::startIssuerLookup()
{
    // The <oAuth2> issuer runs beside the probes, as JMAP does.
    const std::optional<Account> own = document();
    if (!own || own->provider.oauth2.issuer.isEmpty() || !m_deadline.isActive()) {
        return;
    }
    m_issuer = new OAuth2IssuerLookup(m_network, this);
    m_issuer->setExtraCaCertificates(m_options.extraCaCertificates);
    m_issuer->setTimeout(m_options.httpTimeout);
    connect(m_issuer, &OAuth2IssuerLookup::finished, this, &DomainCheck::analyseWhenDone);
    m_issuer->start(own->provider.oauth2.issuer);
}

void DomainCheck::probeServers(const QList<qsizetype>& servers)
{
    ProbeOptions probe;
    probe.mode = ProbeMode::CapabilitiesOnly;
    probe.emailAddress = m_address.toString();
    probe.caCertificates = m_options.extraCaCertificates;
    probe.connectTimeoutMs = int(m_options.probeTimeout.count());
    probe.stepTimeoutMs = int(m_options.probeTimeout.count());
    // With a test account, a login to each server that takes a password, and to each OAuth2 server
    // that may have the access token (tokenRefusal()).
    const bool login = !m_options.password.isEmpty();
    ProbeOptions loginProbe = probe;
    loginProbe.mode = ProbeMode::Login;
    loginProbe.password = m_options.password;
    ProbeOptions tokenProbe = probe;
    tokenProbe.mode = ProbeMode::Login;
    tokenProbe.accessToken = m_options.accessToken;
    // A server that only the plain-HTTP document or an Autodiscover answer from elsewhere names
    // gets no password: anyone on the way could have written that document, and Outlook asks the
    // person before it trusts such an answer. (Those are read last, so their servers that are new
    // here are the ones no other source names.)
    for (const qsizetype i : servers) {
        Server& server = m_servers[i];
        if (server.settings.preferredAuth() != AuthMethod::OAuth2) {
            server.loginTried = login && server.vouched;
        } else if (!m_options.address.isEmpty()) {
            server.loginNotSent = tokenRefusal(server);
            server.loginTried = server.loginNotSent.isEmpty();
        }
    }
    // Each server that uses TLS also gets a second handshake offering only TLS 1.0 and 1.1, at
    // the same time: whether it still accepts them.
    ProbeOptions legacyProbe = probe;
    legacyProbe.legacyTlsOnly = true;
    struct Job
    {
        ConnectionTester* tester;
        qsizetype server;
        ProbeOptions options;
    };
    QList<Job> jobs;
    for (const qsizetype i : servers) {
        auto* tester = new ConnectionTester(this);
        connect(tester, &ConnectionTester::finished, this, [this, i](const ProbeResult& result) {
            m_servers[i].result = result;
            probeDone();
        });
        const Server& server = m_servers.at(i);
        const bool oauth2 = server.settings.preferredAuth() == AuthMethod::OAuth2;
        jobs.append({tester, i, !server.loginTried ? probe : oauth2 ? tokenProbe : loginProbe});
        if (m_servers.at(i).settings.socketType != SocketType::Plain) {
            auto* legacy = new ConnectionTester(this);
            connect(legacy, &ConnectionTester::finished, this, [this, i](const ProbeResult& result) {
                m_servers[i].legacyTls = result;
                probeDone();
            });
            jobs.append({legacy, i, legacyProbe});
        }
    }
    m_pendingProbes += int(jobs.size());
    for (const Job& job : std::as_const(jobs)) {
        m_testers.append(job.tester);
    }
    // Started only once every tester exists and is counted: one that fails at once reports at once.
    for (const Job& job : std::as_const(jobs)) {
        job.tester->start(m_servers.at(job.server).settings, job.options);
    }
}

void DomainCheck::probeDone()
{
    if (--m_pendingProbes == 0) {
        // The testers are done; delete them later, not from inside their own signal.
        for (ConnectionTester* tester : std::as_const(m_testers)) {
            tester->deleteLater();
        }
        m_testers.clear();
        analyseWhenDone();
    }
}

void DomainCheck::analyseWhenDone()
{
    if (m_pendingLookups == 0 && m_pendingProbes == 0 && m_jmap->isFinished() &&
        (!m_issuer || m_issuer->isFinished()) && !m_finished) {
        analyse();
    }
}

void DomainCheck::sortServers()
{
    QList<qsizetype> order(m_servers.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](qsizetype a, qsizetype b) { return m_serverOrder.at(a) < m_serverOrder.at(b); });
    const QStringList sources{AreaAutoconfig, AreaWellKnown, SourcePlainHttp, AreaIspdb, AreaSrv, AreaAutodiscover};
    QList<Server> sorted;
    for (const qsizetype i : std::as_const(order)) {
        Server server = m_servers.at(i);
        std::sort(server.advertisedBy.begin(), server.advertisedBy.end(),
                  [&](const QString& a, const QString& b) { return sources.indexOf(a) < sources.indexOf(b); });
        sorted.append(server);
    }
    m_servers = sorted;
    std::sort(m_serverOrder.begin(), m_serverOrder.end());
}

void DomainCheck::add(const QString& id, const QString& subject, const QString& detail, const QString& payload)
{
    Finding finding = FindingWords::make(id, subject, detail);
    if (!payload.isEmpty()) {
        finding.fix += u"\n\n"_s + payload;
    }
    m_findings.append(finding);
}

void DomainCheck::analyse()
{
    m_deadline.stop();
    sortServers();
    buildFixes();
    checkDocument(AreaAutoconfig, m_autoconfig);
    checkDocument(AreaWellKnown, m_wellKnown);
    if (!document() && m_autoconfig->notFound() && m_wellKnown->notFound()) {
        if (m_documents.contains(SourcePlainHttp)) {
            add(u"autoconfig.http-only"_s, m_plainHttp->url().toDisplayString(), QString(), autoconfigPayload());
        } else {
            add(u"autoconfig.missing"_s, m_autoconfig->url().toDisplayString(QUrl::RemoveQuery), QString(),
                autoconfigPayload());
        }
    }
    checkIspdb();
    checkMx();
    checkSrv();
    checkAutodiscover();
    checkOutsideAutodiscover();
    checkJmap();
    checkNeedsAddress();
    checkIssuer();
    for (const Server& server : std::as_const(m_servers)) {
        checkServer(server);
    }
    checkClients();
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity) {
            return a.severity > b.severity;
        }
        return std::pair(a.id, a.subject) < std::pair(b.id, b.subject);
    });
    finish();
}

void DomainCheck::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished();
}

void DomainCheck::checkDocument(const QString& area, const HttpFetcher* fetcher)
{
    const QString subject = fetcher->url().toDisplayString(QUrl::RemoveQuery);
    const auto id = [&](const char* what) { return area + u'.' + QLatin1String(what); };
    const QString file = autoconfigPayload();
    const int followed = fetcher->redirects() - (fetcher->refusedRedirect().isEmpty() ? 0 : 1);
    if (fetcher->ok()) {
        if (followed > 0) {
            add(id("redirect"), subject, tr("%n redirect(s)", nullptr, followed));
        }
        if (expiresSoon(fetcher->peerCertificate())) {
            add(id("certificate-expires-soon"), subject, dateText(fetcher->peerCertificate().expiryDate()));
        }
        const QByteArray type = fetcher->mediaType();
        if (type != "text/xml" && type != "application/xml") {
            add(id("content-type"), subject, QString::fromLatin1(type));
        }
        const AutoconfigReader::Result read = AutoconfigReader::read(fetcher->body());
        if (!read.ok()) {
            add(id("parse"), subject, read.errorWithLocation(), file);
            return; // what the schema says beside is in the parse error, or follows from it
        }
        if (!read.warnings.isEmpty()) {
            add(id("document-warnings"), subject, read.warnings.join(u"; "_s), file);
        }
        validateDocument(area, subject, fetcher->body());
        return;
    }
    if (!fetcher->sslErrorKinds().isEmpty()) {
        for (const QString& certificate : certificateFindings(area, fetcher->sslErrorKinds())) {
            add(certificate, subject, fetcher->error());
        }
        return;
    }
    if (const QUrl target = fetcher->refusedRedirect(); !target.isEmpty()) {
        const QString shown = target.toDisplayString(QUrl::RemoveQuery);
        if (fetcher->url().scheme() == u"https" && target.scheme() != u"https") {
            add(id("redirect-insecure"), subject, shown);
        } else if (!RegistrableDomain::same(target.host(), fetcher->url().host())) {
            add(id("redirect-other-domain"), subject, shown, file);
        } else {
            add(id("redirect-loop"), subject, shown);
        }
        return;
    }
    if (fetcher->tooLarge()) {
        add(id("too-large"), subject, fetcher->error(), file);
    } else if (fetcher->notFound()) {
        return; // nothing there: autoconfig.missing when both addresses say so
    } else if (fetcher->httpStatus() >= 300) {
        add(id("status"), subject, fetcher->error(), file);
    } else {
        add(id("unreachable"), subject, fetcher->error());
    }
}

void DomainCheck::checkIspdb()
{
    if (m_ispdb->status() != SourceStatus::Found) {
        return;
    }
    const QString subject = IspdbSource::urlFor(m_options.ispdbUrl, m_domain).toDisplayString();
    add(u"ispdb.listed"_s, subject);
    const std::optional<Account> own = document();
    const QString listed = firstIncomingHost(m_ispdb->result().resolved(m_address.toString()));
    if (own && listed != firstIncomingHost(*own)) {
        add(u"ispdb.differs"_s, subject, tr("ISP database: %1, autoconfig: %2").arg(listed, firstIncomingHost(*own)));
    }
}

void DomainCheck::checkMx()
{
    const QString subject = u"%1 MX %2"_s.arg(m_domain, m_mx->mxHost());
    if (m_mx->mxHost().isEmpty()) {
        if (m_mx->status() == SourceStatus::Nothing) {
            add(u"mx.missing"_s, u"%1 MX"_s.arg(m_domain));
        }
        return;
    }
    if (m_mx->status() != SourceStatus::Found) {
        return;
    }
    const Account provider = m_mx->result().resolved(m_address.toString());
    const QString providerHost = firstIncomingHost(provider);
    const std::optional<Account> own = document();
    if (!own) {
        add(u"mx.provider"_s, subject, providerHost);
        return;
    }
    const QString ownHost = firstIncomingHost(*own);
    if (!RegistrableDomain::same(providerHost, ownHost)) {
        Account published = provider;
        published.emailAddress = m_address.toString();
        const Exporter::Result file = AutoconfigExporter().exportAccount(published);
        add(u"mx.provider-mismatch"_s, subject,
            tr("MX: %1, autoconfig: %2").arg(RegistrableDomain::of(providerHost), RegistrableDomain::of(ownHost)),
            file.ok() ? QString::fromUtf8(file.files.constFirst().data) : QString());
    }
}

void DomainCheck::checkSrv()
{
    const QString zone = zonePayload();
    if (m_srv->status() == SourceStatus::Nothing && !m_srv->message().contains(u"_"_s)) {
        // No record at all; records with the target "." say on purpose that a service is not offered.
        add(u"srv.missing"_s, u"_imaps._tcp.%1 SRV"_s.arg(m_domain), QString(), zone);
        return;
    }
    const std::optional<Account> own = document();
    if (m_srv->status() != SourceStatus::Found || !own) {
        return;
    }
    const Account fromDns = m_srv->result().resolved(m_address.toString());
    for (const ServerSettings& server : fromDns.incoming + fromDns.outgoing) {
        const QList<ServerSettings> named = own->incoming + own->outgoing;
        const bool known = std::any_of(named.cbegin(), named.cend(), [&](const ServerSettings& s) {
            return s.protocol == server.protocol && s.port == server.port &&
                   Hostname::toAce(s.hostname).compare(Hostname::toAce(server.hostname), Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            const QString where = ProbeOptions::endpoint(Hostname::toAce(server.hostname), server.port);
            add(u"srv.differs"_s, u"%1 SRV %2"_s.arg(srvName(server, m_domain), where), where, zone);
        }
    }
}

void DomainCheck::checkAutodiscover()
{
    const QString subject = m_autodiscover->url().toDisplayString();
    // Outlook asks the redirect of http://autodiscover.DOMAIN and then the SRV record's host only
    // when neither https address gives it anything, and stops at the first that does.
    const bool later = !m_autodiscover->usable() && !m_autodiscoverDomain->usable();
    const bool laterAnswers = later && (m_autodiscoverHttp->usable() || m_autodiscoverSrv->usable());
    if (m_autodiscover->outcome() == AutodiscoverLookup::Outcome::CertificateRefused) {
        add(u"autodiscover.certificate"_s, subject, m_autodiscover->detail());
    } else if (m_autodiscover->outcome() == AutodiscoverLookup::Outcome::NotFound && later && !laterAnswers) {
        add(u"autodiscover.missing"_s, subject);
    }
    checkAutodiscoverAnswer(m_autodiscover);
    checkAutodiscoverAnswer(m_autodiscoverDomain);
    if (!later) {
        return;
    }
    checkAutodiscoverAnswer(m_autodiscoverHttp);
    if (m_autodiscoverHttp->usable() || m_autodiscoverSrv->url().isEmpty()) {
        return;
    }
    const QString record = m_autodiscoverSrv->srvRecord();
    if (m_autodiscoverSrv->usable()) {
        add(u"autodiscover.srv-only"_s, record, m_autodiscoverSrv->summary());
    }
    if (!RegistrableDomain::same(m_autodiscoverSrv->url().host(), m_domain)) {
        add(u"autodiscover.srv-outside"_s, record, m_autodiscoverSrv->url().host());
    }
    checkAutodiscoverAnswer(m_autodiscoverSrv);
}

void DomainCheck::checkAutodiscoverAnswer(const AutodiscoverLookup* lookup)
{
    using Outcome = AutodiscoverLookup::Outcome;
    // Each redirect followed; the first of the http:// address is the HTTP redirect method's.
    for (const AutodiscoverLookup::Hop& hop : lookup->hops()) {
        const bool method = lookup == m_autodiscoverHttp && &hop == &lookup->hops().constFirst();
        add(method ? u"autodiscover.http-redirect"_s : u"autodiscover.redirect"_s, hop.url.toDisplayString(),
            hop.detail);
    }
    const bool followed = !lookup->hops().isEmpty();
    const QString subject = lookup->finalUrl().toDisplayString();
    switch (lookup->outcome()) {
    case Outcome::NotReadable:
        add(u"autodiscover.parse"_s, subject, lookup->detail());
        return;
    case Outcome::Error:
        add(u"autodiscover.error"_s, subject, lookup->detail());
        return;
    case Outcome::GetOnly:
        add(u"autodiscover.get-only"_s, subject, lookup->detail());
        return;
    case Outcome::Status:
        add(u"autodiscover.status"_s, subject, lookup->detail());
        return;
    case Outcome::Redirect:
        add(u"autodiscover.redirect"_s, subject, lookup->detail());
        return;
    case Outcome::Loop:
        add(u"autodiscover.redirect-loop"_s, subject, lookup->detail());
        return;
    case Outcome::TooManyHops:
        add(u"autodiscover.redirect-limit"_s, subject, lookup->detail());
        return;
    case Outcome::Insecure:
        add(u"autodiscover.redirect-insecure"_s, subject, lookup->detail());
        return;
    case Outcome::NotFound:
    case Outcome::Unreachable:
    case Outcome::CertificateRefused:
        if (followed) {
            add(u"autodiscover.redirect-dead-end"_s, subject, lookup->detail());
        }
        return; // nothing there, or no answer: autodiscover.missing and .certificate say so for autodiscover.DOMAIN
    case Outcome::Settings:
    case Outcome::Exchange:
        break;
    }
    if (!lookup->settings()) {
        return;
    }
    const std::optional<Account> own = document();
    if (!own) {
        return;
    }
    // The same servers, each with its protocol, port and socket type, in any order.
    const auto keys = [](const Account& account) {
        QStringList list;
        for (const ServerSettings& server : account.incoming + account.outgoing) {
            list.append(serverKey(server));
        }
        list.sort();
        list.removeDuplicates();
        return list;
    };
    if (keys(*lookup->settings()) != keys(*own)) {
        const auto servers = [](const Account& account) {
            QStringList list;
            for (const ServerSettings& server : account.incoming + account.outgoing) {
                list.append(server.summary());
            }
            return list.join(u", "_s);
        };
        //: %1 and %2 list servers
        add(u"autodiscover.differs"_s, subject,
            tr("Autodiscover: %1; autoconfig: %2").arg(servers(*lookup->settings()), servers(*own)));
    }
}

QString DomainCheck::autodiscoverSummary() const
{
    //: %1 is a web address, %2 what it gave
    QString summary = tr("%1: %2").arg(m_autodiscover->url().toDisplayString(), m_autodiscover->summary());
    for (const AutodiscoverLookup* lookup : {m_autodiscoverDomain, m_autodiscoverHttp, m_autodiscoverSrv}) {
        if (lookup->outcome() != AutodiscoverLookup::Outcome::NotFound &&
            lookup->outcome() != AutodiscoverLookup::Outcome::Unreachable) {
            const QString where = lookup == m_autodiscoverSrv ? lookup->srvRecord() : lookup->url().toDisplayString();
            summary += u"; "_s + tr("%1: %2").arg(where, lookup->summary());
        }
    }
    return summary;
}

void DomainCheck::checkOutsideAutodiscover()
{
    if (m_autodiscover->usable()) {
        return; // clients stop at autodiscover.DOMAIN
    }
    for (const QDnsLookup* lookup : std::as_const(m_outsideLookups)) {
        QStringList addresses;
        for (const QDnsHostAddressRecord& record : lookup->hostAddressRecords()) {
            addresses.append(record.value().toString());
        }
        if (lookup->error() == QDnsLookup::NoError && !addresses.isEmpty()) {
            add(u"autodiscover.outside-answers"_s, lookup->name(), addresses.join(u", "_s));
        }
    }
}

void DomainCheck::checkJmap()
{
    checkJmapLogin();
    const JmapLookup::Answer& viaSrv = m_jmap->fromSrv();
    if (viaSrv.asked) {
        // The domain says it has JMAP: the address its record leads to must be a session resource.
        const QString subject = viaSrv.url.toDisplayString();
        if (viaSrv.answers) {
            add(u"jmap.offered"_s, subject, viaSrv.detail);
        } else if (viaSrv.certificateRefused) {
            for (const QString& certificate : certificateFindings(AreaJmap, viaSrv.sslErrors)) {
                add(certificate, subject, viaSrv.detail);
            }
        } else if (!viaSrv.otherDomain.isEmpty()) {
            add(u"jmap.redirect-other-domain"_s, subject, viaSrv.otherDomain.toDisplayString());
        } else {
            add(u"jmap.srv-broken"_s,
                u"%1 SRV %2"_s.arg(m_jmap->srvName(), ProbeOptions::endpoint(m_jmap->srvHost(), m_jmap->srvPort())),
                viaSrv.detail);
        }
        return;
    }
    const JmapLookup::Answer& own = m_jmap->fromDomain();
    if (m_jmap->srvNotOffered() || !own.answers) {
        return; // no JMAP, or none the domain admits to: nothing to report
    }
    add(u"jmap.offered"_s, own.url.toDisplayString(), own.detail);
    add(u"jmap.srv-missing"_s, u"%1 SRV"_s.arg(m_jmap->srvName()), QString(),
        DnsZoneExporter::srvRecord(m_jmap->srvName(), 0, quint16(own.url.port(443)), own.url.host()));
}

bool DomainCheck::namesOAuth2Servers() const
{
    return std::any_of(m_servers.cbegin(), m_servers.cend(), [](const Server& server) {
        return server.settings.authMethods.contains(AuthMethod::OAuth2) &&
               server.settings.socketType != SocketType::Plain &&
               (server.advertisedBy.contains(AreaAutoconfig) || server.advertisedBy.contains(AreaWellKnown));
    });
}

QString DomainCheck::tokenRefusal(const Server& server) const
{
    QStringList issuers; // of the domain's own documents that name the server
    for (const QString& area : {AreaAutoconfig, AreaWellKnown}) {
        if (!server.advertisedBy.contains(area)) {
            continue;
        }
        QString why; // a missing issuer is said below
        const std::optional<OAuth2Registration> registration =
            SetupSignIn::registrationFor(m_documents.value(area), &why);
        issuers.append(registration ? registration->issuer : QString());
    }
    if (issuers.isEmpty()) {
        //: %1 lists where the server is advertised, e.g. "http, srv"
        return tr("the domain's own autoconfig document (over HTTPS) does not name this server, only %1: the access "
                  "token goes to no other server")
            .arg(server.advertisedBy.join(u", "_s));
    }
    if (server.settings.socketType == SocketType::Plain) {
        return tr("the server has no TLS, and an access token never goes over an unencrypted connection");
    }
    if (m_options.accessToken.isEmpty()) {
        return m_options.noAccessTokenReason.isEmpty() ? tr("the test account has no OAuth2 sign-in")
                                                       : m_options.noAccessTokenReason;
    }
    if (issuers.contains(m_options.accessTokenIssuer)) {
        return {};
    }
    issuers.removeAll(QString());
    if (issuers.isEmpty()) {
        //: %1 is an OAuth2 issuer such as https://login.example.org
        return tr("the domain's document names no OAuth2 issuer for this server, so a token from %1 is not sent")
            .arg(m_options.accessTokenIssuer);
    }
    //: %1 and %2 are OAuth2 issuers such as https://login.example.org
    return tr("the test account's token is from %1, but the domain's document names the issuer %2; a token meant for "
              "another issuer is not sent")
        .arg(m_options.accessTokenIssuer, issuers.join(u", "_s));
}

void DomainCheck::checkJmapLogin()
{
    const JmapLogin::Result& login = m_jmap->login();
    if (!login.tried) {
        return;
    }
    const QString subject = login.url.toDisplayString();
    if (!login.ok) {
        add(u"jmap.login-failed"_s, subject, login.detail);
        return;
    }
    //: %1 is a login name, %n the number of accounts it may use
    QString detail = tr("user %1, %n account(s)", nullptr, login.accounts).arg(login.username);
    if (login.echoed) {
        detail += u"; "_s + tr("the API answered a Core/echo call");
    } else if (!login.detail.isEmpty()) {
        detail += u"; "_s + login.detail;
    }
    add(u"jmap.login-ok"_s, subject, detail);
}

void DomainCheck::checkServer(const Server& server)
{
    const ProbeResult& result = server.result;
    const QString subject = server.settings.summary();
    const QString file = autoconfigPayload();
    if (!server.loginNotSent.isEmpty()) {
        add(u"server.login-not-sent"_s, subject, server.loginNotSent);
    }
    if (offersLoginBeforeTls(server.settings.protocol, result.capabilitiesBeforeTls)) {
        add(u"server.plaintext-auth"_s, subject, result.capabilitiesBeforeTls.join(u' '));
    }
    const QString legacy = server.legacyTlsVersion();
    if (reached(result)) {
        if (!legacy.isEmpty()) {
            add(u"server.tls-legacy"_s, subject, legacy);
        }
        if (server.settings.socketType == SocketType::Plain) {
            add(u"server.unencrypted"_s, subject, QString(), file);
        } else if (server.settings.socketType == SocketType::StartTls) {
            add(u"server.starttls"_s, subject);
        }
        if (!result.peerCertificateChain.isEmpty() && expiresSoon(result.peerCertificateChain.constFirst())) {
            add(u"server.certificate-expires-soon"_s, subject,
                dateText(result.peerCertificateChain.constFirst().expiryDate()));
        }
        if (server.loginTried && result.passed()) {
            // The words say how: with the password, or with the OAuth2 sign-in (the mechanism).
            add(u"server.login-ok"_s, subject,
                server.settings.preferredAuth() == AuthMethod::OAuth2 ? result.mechanism : QString());
        } else if (server.loginTried && result.failure.kind != FailureKind::PlaintextNotAllowed) {
            // (An unencrypted server never got the password: server.unencrypted above says so.)
            add(u"server.login-failed"_s, subject,
                result.failure.detail.isEmpty() ? result.failure.message()
                                                : u"%1 %2"_s.arg(result.failure.message(), result.failure.detail));
        }
        return;
    }
    if (!legacy.isEmpty()) {
        // The first handshake (TLS 1.2 or newer) failed because that is all the server has.
        add(u"server.tls-legacy-only"_s, subject, legacy);
        return;
    }
    const QString detail = result.failure.detail.isEmpty() ? result.failure.message() : result.failure.detail;
    switch (result.failure.kind) {
    case FailureKind::None:
        return;
    case FailureKind::HostNotFound:
    case FailureKind::ConnectionRefused:
    case FailureKind::NetworkError:
        add(u"server.unreachable"_s, subject, detail, file);
        return;
    case FailureKind::TimedOut:
    case FailureKind::Cancelled:
        add(u"server.timeout"_s, subject, detail);
        return;
    case FailureKind::TlsHandshakeFailed:
        add(u"server.tls-failed"_s, subject, detail);
        return;
    case FailureKind::CertificateProblem:
        for (const QString& certificate :
             certificateFindings(AreaServer, result.certificate.value_or(CertificateInfo()).errors)) {
            add(certificate, subject, detail);
        }
        return;
    case FailureKind::StartTlsNotOffered:
    case FailureKind::StartTlsRefused:
        add(u"server.starttls-missing"_s, subject, detail);
        return;
    default:
        add(u"server.protocol-error"_s, subject, detail, file);
        return;
    }
}

void DomainCheck::buildFixes()
{
    m_working = Account();
    m_working.emailAddress = m_address.toString();
    if (const std::optional<Account> own = document()) {
        m_working.provider = own->provider;
    }
    for (const Server& server : std::as_const(m_servers)) {
        if (reached(server.result) && server.result.encrypted &&
            !offersLoginBeforeTls(server.settings.protocol, server.result.capabilitiesBeforeTls)) {
            (server.settings.isIncoming() ? m_working.incoming : m_working.outgoing).append(server.settings);
        }
    }
    CandidateRules::sortBySecurity(m_working.incoming);
    CandidateRules::sortBySecurity(m_working.outgoing);
    m_autoconfigFile.clear();
    m_zoneFile.clear();
    if (m_working.incoming.isEmpty() || m_working.outgoing.isEmpty()) {
        return;
    }
    const Exporter::Result file = AutoconfigExporter().exportAccount(m_working);
    if (file.ok()) {
        m_autoconfigFile = file.files.constFirst().data;
    }
    const Exporter::Result zone = DnsZoneExporter().exportAccount(m_working);
    if (zone.ok()) {
        m_zoneFile = zone.files.constFirst().data;
    }
}

QString DomainCheck::autoconfigPayload() const
{
    return m_autoconfigFile.isEmpty() ? tr("(No file yet: no incoming and outgoing server of the domain passed the "
                                           "probe, so Portpilot has nothing tested to put in it.)")
                                      : QString::fromUtf8(m_autoconfigFile);
}

QString DomainCheck::zonePayload() const
{
    return m_zoneFile.isEmpty() ? tr("(No records yet: no incoming and outgoing server of the domain passed the "
                                     "probe, so Portpilot has nothing tested to put in them.)")
                                : QString::fromUtf8(m_zoneFile);
}

QString DomainCheck::documentArea() const
{
    for (const QString& area : {AreaAutoconfig, AreaWellKnown}) {
        if (m_documents.contains(area)) {
            return area;
        }
    }
    return {};
}

void DomainCheck::validateDocument(const QString& area, const QString& subject, const QByteArray& body)
{
    const QList<ClientConfigValidator::Issue> issues = ClientConfigValidator::validate(body);
    // One finding per kind, with every issue of that kind in its detail.
    for (const auto kind : {ClientConfigValidator::Kind::Schema, ClientConfigValidator::Kind::Placeholder,
                            ClientConfigValidator::Kind::OAuth2, ClientConfigValidator::Kind::Version,
                            ClientConfigValidator::Kind::UnknownElement}) {
        QStringList texts;
        for (const ClientConfigValidator::Issue& issue : issues) {
            if (issue.kind == kind) {
                //: %1 is a line number, %2 what is wrong there
                texts.append(issue.line > 0 ? tr("line %1: %2").arg(issue.line).arg(issue.text) : issue.text);
            }
        }
        if (texts.isEmpty()) {
            continue;
        }
        // The published file keeps the document's values, a misspelled placeholder too: only the
        // schema's fix carries it.
        add(area + u'.' + ClientConfigValidator::kindName(kind), subject, texts.join(u"; "_s),
            kind == ClientConfigValidator::Kind::Schema ? autoconfigPayload() : QString());
    }
}

void DomainCheck::checkNeedsAddress()
{
    // KMail asks without ?emailaddress: a server that needs it gives KMail nothing.
    if (!m_documents.contains(AreaAutoconfig) || m_documents.contains(SourceNoAddress)) {
        return;
    }
    const QString detail =
        m_autoconfigNoAddress->ok() ? tr("not a clientConfig document") : m_autoconfigNoAddress->error();
    add(u"autoconfig.needs-address"_s, m_autoconfigNoAddress->url().toDisplayString(), detail);
}

void DomainCheck::checkIssuer()
{
    const std::optional<Account> own = document();
    if (!m_issuer || !own) {
        return;
    }
    const QString area = documentArea();
    const QString subject = m_issuer->url().isEmpty() ? own->provider.oauth2.issuer : m_issuer->url().toDisplayString();
    if (!m_issuer->found()) {
        add(area + u".oauth2-issuer-unreachable"_s, subject, m_issuer->error());
        return;
    }
    const QStringList mismatches = ClientConfigValidator::compareWithIssuer(own->provider.oauth2, m_issuer->metadata());
    if (!mismatches.isEmpty()) {
        add(area + u".oauth2-issuer"_s, subject, mismatches.join(u"; "_s));
    }
}

ClientSources DomainCheck::clientSources() const
{
    const QString address = m_address.toString();
    const auto document = [this](const QString& key, const HttpFetcher* fetcher) {
        ClientSources::Answer answer;
        answer.where = fetcher->url().toDisplayString();
        if (m_documents.contains(key)) {
            answer.settings = m_documents.value(key);
        } else {
            answer.why = fetcher->ok() ? tr("not a clientConfig document") : fetcher->error();
        }
        return answer;
    };
    const auto source = [&](const DiscoverySource* from, const QString& where) {
        ClientSources::Answer answer;
        answer.where = where;
        if (from->status() == SourceStatus::Found) {
            answer.settings = from->result().resolved(address);
        } else {
            answer.why = from->message();
        }
        return answer;
    };
    // Outlook takes Autodiscover's servers, or goes on with Exchange or a redirect.
    const auto autodiscover = [](const AutodiscoverLookup* lookup) {
        ClientSources::Answer answer;
        answer.where = lookup->url().toDisplayString();
        answer.settings = lookup->settings();
        answer.answers = lookup->usable() && !answer.settings;
        answer.why = lookup->summary();
        return answer;
    };
    ClientSources sources;
    sources.autoconfig = document(AreaAutoconfig, m_autoconfig);
    sources.autoconfigNoAddress = document(SourceNoAddress, m_autoconfigNoAddress);
    sources.autoconfigEvolution = document(SourceEvolution, m_autoconfigEvolution);
    sources.plainHttp = document(SourcePlainHttp, m_plainHttp);
    sources.wellKnown = document(AreaWellKnown, m_wellKnown);
    sources.ispdb = source(m_ispdb, IspdbSource::urlFor(m_options.ispdbUrl, m_domain).toDisplayString());
    sources.mxProvider = source(m_mx, u"%1 MX %2"_s.arg(m_domain, m_mx->mxHost()));
    sources.srv = source(m_srv, u"_imaps._tcp.%1 SRV"_s.arg(m_domain));
    sources.autodiscover = autodiscover(m_autodiscover);
    sources.autodiscoverDomain = autodiscover(m_autodiscoverDomain);
    sources.autodiscoverHttp = autodiscover(m_autodiscoverHttp);
    sources.autodiscoverSrv = autodiscover(m_autodiscoverSrv);
    sources.autodiscoverSrv.where = m_autodiscoverSrv->srvRecord();
    return sources;
}

void DomainCheck::checkClients()
{
    m_clients = ClientOutcome::compute(clientSources());
    const QString differences = ClientOutcome::differences(m_clients);
    if (!differences.isEmpty()) {
        add(u"clients.differ"_s, m_domain, differences);
    }
}

std::optional<Severity> DomainCheck::worst() const
{
    return Finding::worst(m_findings);
}

QList<DomainCheck::Area> DomainCheck::areas() const
{
    QList<Area> list;
    const auto documentSummary = [this](const QString& area, const HttpFetcher* fetcher) {
        const QString where = fetcher->url().toDisplayString(QUrl::RemoveQuery);
        if (m_documents.contains(area)) {
            const Account& account = m_documents[area];
            //: %1 is a web address, %2 and %3 numbers of servers
            return tr("%1: a clientConfig document with %2 incoming and %3 outgoing server(s)")
                .arg(where)
                .arg(account.incoming.size())
                .arg(account.outgoing.size());
        }
        if (fetcher->ok()) {
            return tr("%1: a document that is not a clientConfig file").arg(where);
        }
        return u"%1: %2"_s.arg(where, fetcher->error());
    };
    QString autoconfig = documentSummary(AreaAutoconfig, m_autoconfig);
    if (!m_documents.contains(AreaAutoconfig) && m_documents.contains(SourcePlainHttp)) {
        //: %1 says what was found over HTTPS; %2 a web address
        autoconfig = tr("%1; a clientConfig document only over plain HTTP at %2")
                         .arg(autoconfig, m_plainHttp->url().toDisplayString());
    }
    list.append({AreaAutoconfig, autoconfig});
    list.append({AreaWellKnown, documentSummary(AreaWellKnown, m_wellKnown)});
    list.append({AreaIspdb, m_ispdb->status() == SourceStatus::Found ? tr("the domain is listed")
                                                                     : tr("not listed (%1)").arg(m_ispdb->message())});
    list.append({AreaMx, m_mx->mxHost().isEmpty() ? m_mx->message()
                                                  : tr("mail host %1 (%2)").arg(m_mx->mxHost(), m_mx->message())});
    list.append({AreaSrv, m_srv->status() == SourceStatus::Found
                              ? tr("%n server(s)", nullptr,
                                   int(m_srv->result().incoming.size() + m_srv->result().outgoing.size()))
                              : m_srv->message()});
    list.append({AreaAutodiscover, autodiscoverSummary()});
    list.append({AreaJmap, jmapSummary()});
    const auto passed =
        std::count_if(m_servers.cbegin(), m_servers.cend(), [](const Server& s) { return reached(s.result); });
    //: %1 and %2 are numbers of servers
    QString servers = tr("%1 of %2 advertised server(s) answer as advertised").arg(passed).arg(m_servers.size());
    const auto tried =
        std::count_if(m_servers.cbegin(), m_servers.cend(), [](const Server& s) { return s.loginTried; });
    if (tried > 0) {
        const auto loggedIn = std::count_if(m_servers.cbegin(), m_servers.cend(),
                                            [](const Server& s) { return s.loginTried && s.result.passed(); });
        //: %1 says how many servers answer; %2 and %3 are numbers of servers
        servers = tr("%1; the test account logged in at %2 of %3").arg(servers).arg(loggedIn).arg(tried);
    }
    list.append({AreaServer, servers});
    const auto served = std::count_if(m_clients.cbegin(), m_clients.cend(), [](const ClientOutcome& c) {
        return c.fallback == ClientOutcome::Fallback::None;
    });
    //: %1 and %2 are numbers of mail programs
    list.append(
        {AreaClients, tr("%1 of %2 mail programs get settings from the domain").arg(served).arg(m_clients.size())});
    return list;
}

QString DomainCheck::jmapSummary() const
{
    const JmapLookup::Answer& viaSrv = m_jmap->fromSrv();
    const JmapLookup::Answer& own = m_jmap->fromDomain();
    // The login, when there was one, follows where the session resource was found.
    const auto withLogin = [this](const QString& found) {
        if (!m_jmap->login().tried) {
            return found;
        }
        //: %1 says where JMAP was found
        return (m_jmap->login().ok ? tr("%1; the test account logged in") : tr("%1; the test account could not log in"))
            .arg(found);
    };
    if (viaSrv.asked) {
        //: %1 is a DNS record name, %2 a web address, %3 what was found there
        return withLogin(tr("%1 leads to %2: %3").arg(m_jmap->srvName(), viaSrv.url.toDisplayString(), viaSrv.detail));
    }
    if (m_jmap->srvNotOffered()) {
        return tr("not offered (%1 says so)").arg(m_jmap->srvName());
    }
    if (own.answers) {
        return withLogin(u"%1: %2"_s.arg(own.url.toDisplayString(), own.detail));
    }
    //: %1 is a DNS record name, %2 a web address
    return tr("not offered (no %1 record, no session resource at %2)")
        .arg(m_jmap->srvName(), own.url.toDisplayString());
}

} // namespace Portpilot
