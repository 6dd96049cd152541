#include "AutodiscoverLookup.h"

#include "AutodiscoverReader.h"
#include "Hostname.h"
#include "HttpFetcher.h"
#include "ProbeOptions.h"
#include "RegistrableDomain.h"

#include <QDnsLookup>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Portpilot {

AutodiscoverLookup::AutodiscoverLookup(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

AutodiscoverLookup::~AutodiscoverLookup() = default;

HttpFetcher* AutodiscoverLookup::fetcher()
{
    auto* fetcher = new HttpFetcher(m_network, this);
    fetcher->setExtraCaCertificates(m_extraCas);
    fetcher->setTimeout(m_timeout);
    fetcher->setMaxSize(AutodiscoverReader::MaxDocumentSize);
    m_running = fetcher;
    return fetcher;
}

namespace {

QUrl autodiscoverUrl(const QString& host, int port = -1)
{
    QUrl url(u"https://%1/autodiscover/autodiscover.xml"_s.arg(host));
    if (port != 443) {
        url.setPort(port);
    }
    return url;
}

} // namespace

void AutodiscoverLookup::start(const QUrl& url, const EmailAddress& address)
{
    m_url = url;
    m_address = address;
    m_domain = url.host();
    post(url);
}

void AutodiscoverLookup::post(const QUrl& url)
{
    m_finalUrl = url;
    m_settings.reset();
    if (url.scheme() != u"https") {
        // The request names the address: never over plain HTTP.
        finish(Outcome::Unreachable, tr("not an https:// address: %1").arg(url.toDisplayString()));
        return;
    }
    m_asked.append(url.toString() + u' ' + m_address.toAce().toLower());
    if (!RegistrableDomain::same(url.host(), m_domain)) {
        m_leftDomain = true;
    }
    HttpFetcher* post = fetcher();
    connect(post, &HttpFetcher::finished, this, [this, post] { postDone(post); });
    post->post(url, AutodiscoverReader::request(m_address.toString()), "text/xml");
}

void AutodiscoverLookup::startHttpRedirect(const QString& domain, const EmailAddress& address)
{
    m_url = QUrl(u"http://autodiscover.%1/autodiscover/autodiscover.xml"_s.arg(domain));
    m_finalUrl = m_url;
    m_address = address;
    m_domain = domain;
    // Only the address's domain is in this request; the redirect is decided here, not by the fetcher.
    HttpFetcher* get = fetcher();
    get->setFollowRedirects(false);
    connect(get, &HttpFetcher::finished, this, [this, get] { redirectDone(get); });
    get->get(m_url);
}

void AutodiscoverLookup::redirectDone(HttpFetcher* get)
{
    m_running = nullptr;
    get->deleteLater();
    m_status = get->httpStatus();
    const QUrl target = get->refusedRedirect();
    if (target.isEmpty() || m_status != 302) {
        // No 302 (the one redirect Outlook takes here): nothing for Outlook at this place.
        //: %1 is an HTTP status code such as 404
        finish(Outcome::NotFound, get->error().isEmpty() ? tr("HTTP status %1").arg(m_status) : get->error());
        return;
    }
    if (target.scheme() != u"https") {
        //: %1 is a web address
        finish(Outcome::Insecure, tr("HTTP redirect to %1").arg(target.toDisplayString()));
        return;
    }
    if (m_aborted) {
        finish(Outcome::Unreachable, tr("cancelled"));
        return;
    }
    // Outlook asks the person before it trusts this address, wherever it is.
    m_leftDomain = true;
    //: %1 is a web address
    m_hops.append({m_url, tr("HTTP redirect to %1").arg(target.toDisplayString())});
    post(target);
}

void AutodiscoverLookup::startSrv(const QString& domain, const EmailAddress& address,
                                  std::chrono::milliseconds dnsTimeout)
{
    m_address = address;
    m_domain = domain;
    m_srvRecord = u"_autodiscover._tcp."_s + domain;
    m_dns = new QDnsLookup(QDnsLookup::SRV, m_srvRecord, this);
    connect(m_dns, &QDnsLookup::finished, this, &AutodiscoverLookup::srvDone);
    QTimer::singleShot(dnsTimeout, m_dns, &QDnsLookup::abort);
    m_dns->lookup();
}

void AutodiscoverLookup::srvDone()
{
    // QDnsLookup sorts the records by priority and weight: Outlook takes the first that names a host.
    const QList<QDnsServiceRecord> records = m_dns->serviceRecords();
    const auto record = std::find_if(records.cbegin(), records.cend(), [](const QDnsServiceRecord& r) {
        return !r.target().isEmpty() && r.target() != u".";
    });
    if (m_dns->error() != QDnsLookup::NoError || record == records.cend() || m_aborted) {
        finish(Outcome::NotFound, m_dns->errorString());
        return;
    }
    QString host = record->target();
    if (host.endsWith(u'.')) {
        host.chop(1);
    }
    const QUrl url = autodiscoverUrl(host, record->port());
    if (!Hostname::isValid(host) || record->port() == 0 || !url.isValid()) {
        //: %1 is a DNS name
        finish(Outcome::NotFound, tr("%1 names no usable host").arg(m_srvRecord));
        return;
    }
    m_srvRecord = u"%1 SRV %2"_s.arg(m_srvRecord, ProbeOptions::endpoint(host, record->port()));
    m_url = url;
    post(url);
}

void AutodiscoverLookup::abort()
{
    m_aborted = true;
    if (m_running) {
        m_running->abort(); // its finished() ends the lookup
    } else if (m_dns && !m_dns->isFinished()) {
        m_dns->abort(); // srvDone() ends it
    } else if (!m_finished) {
        finish(Outcome::Unreachable, tr("cancelled"));
    }
}

void AutodiscoverLookup::postDone(HttpFetcher* post)
{
    m_running = nullptr;
    post->deleteLater();
    m_status = post->httpStatus();
    m_sslErrors = post->sslErrorKinds();
    if (!m_sslErrors.isEmpty()) {
        if (!tryNextCandidate()) {
            finish(Outcome::CertificateRefused, post->error());
        }
        return;
    }
    if (const QUrl target = post->refusedRedirect(); !target.isEmpty()) {
        //: %1 is a web address
        finish(Outcome::Redirect, tr("HTTP redirect to %1").arg(target.toDisplayString()));
        return;
    }
    if (post->notFound() || (m_status == 0 && !post->tooLarge())) {
        if (!tryNextCandidate()) {
            finish(post->notFound() ? Outcome::NotFound : Outcome::Unreachable, post->error());
        }
        return;
    }
    if (m_status == 401) {
        // Exchange asks for the login before it answers: Outlook sends the person's password.
        finish(Outcome::Exchange, tr("HTTP status 401: it asks for a login, as Exchange does"));
        return;
    }
    if (m_status == 405 && !m_aborted) {
        // Refused to POST: a file served to GET only, or nothing there at all. The GET carries no address.
        HttpFetcher* get = fetcher();
        connect(get, &HttpFetcher::finished, this, [this, get] { getDone(get); });
        get->get(m_finalUrl);
        return;
    }
    if (post->tooLarge()) {
        finish(Outcome::NotReadable, post->error());
        return;
    }
    if (!post->ok()) {
        finish(m_status > 0 ? Outcome::Status : Outcome::Unreachable, post->error());
        return;
    }
    const AutodiscoverReader::Result read = AutodiscoverReader::read(post->body());
    switch (read.kind) {
    case AutodiscoverReader::Kind::Invalid:
        finish(Outcome::NotReadable, read.errorWithLocation());
        return;
    case AutodiscoverReader::Kind::Settings:
        m_settings = read.account->resolved(m_address.toString());
        //: %1 and %2 are numbers of servers
        finish(Outcome::Settings, tr("%1 incoming and %2 outgoing server(s)")
                                      .arg(m_settings->incoming.size())
                                      .arg(m_settings->outgoing.size()));
        return;
    case AutodiscoverReader::Kind::ExchangeOnly:
        //: %1 lists Exchange's protocol names (EXCH, EXPR, WEB)
        finish(Outcome::Exchange, tr("only Exchange’s own servers (%1)").arg(read.otherProtocols.join(u", "_s)));
        return;
    case AutodiscoverReader::Kind::RedirectAddress: {
        const EmailAddress address = EmailAddress::parse(read.redirect);
        m_candidates.clear();
        if (address.domainAce() != m_address.domainAce()) {
            // Outlook starts again for the new domain: its own name, then autodiscover.NAME.
            m_candidates = {autodiscoverUrl(address.domainAce()),
                            autodiscoverUrl(u"autodiscover."_s + address.domainAce())};
        }
        //: %1 is an email address
        follow(tr("ask again for the address %1").arg(read.redirect),
               m_candidates.isEmpty() ? m_finalUrl : m_candidates.takeFirst(), address);
        return;
    }
    case AutodiscoverReader::Kind::RedirectUrl:
        m_candidates.clear();
        //: %1 is a web address
        follow(tr("ask again at %1").arg(read.redirect), QUrl(read.redirect), m_address);
        return;
    case AutodiscoverReader::Kind::Error:
        finish(Outcome::Error, read.message.isEmpty() ? read.errorCode : u"%1: %2"_s.arg(read.errorCode, read.message));
        return;
    }
}

void AutodiscoverLookup::follow(const QString& detail, const QUrl& url, const EmailAddress& address)
{
    m_hops.append({m_finalUrl, detail});
    const QString key = url.toString() + u' ' + address.toAce().toLower();
    if (m_asked.contains(key)) {
        //: %1 is a web address
        finish(Outcome::Loop, tr("back to %1, asked before").arg(url.toDisplayString()));
        return;
    }
    if (m_hops.size() > MaxHops) {
        //: %n is the most redirects Outlook follows
        finish(Outcome::TooManyHops, tr("more than %n redirect(s)", nullptr, MaxHops));
        return;
    }
    if (m_aborted) {
        finish(Outcome::Unreachable, tr("cancelled"));
        return;
    }
    m_address = address;
    post(url);
}

bool AutodiscoverLookup::tryNextCandidate()
{
    if (m_candidates.isEmpty() || m_aborted) {
        return false;
    }
    const QUrl next = m_candidates.takeFirst();
    // The same hop: Outlook asks the new domain's second address when the first has nothing.
    if (m_asked.contains(next.toString() + u' ' + m_address.toAce().toLower())) {
        return false;
    }
    m_sslErrors.clear();
    m_status = 0;
    post(next);
    return true;
}

void AutodiscoverLookup::getDone(HttpFetcher* get)
{
    m_running = nullptr;
    get->deleteLater();
    if (get->notFound()) {
        finish(Outcome::NotFound, tr("HTTP status 405 to the POST, %1 to the GET").arg(get->httpStatus()));
        return;
    }
    if (get->ok() && AutodiscoverReader::read(get->body()).ok()) {
        finish(Outcome::GetOnly, tr("HTTP status 405 to the POST, an Autodiscover response to the GET"));
        return;
    }
    finish(Outcome::Status, tr("the server answered with HTTP status %1").arg(m_status));
}

void AutodiscoverLookup::finish(Outcome outcome, const QString& detail)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_outcome = outcome;
    m_detail = detail;
    Q_EMIT finished();
}

QString AutodiscoverLookup::summary() const
{
    const QString outcome = outcomeSummary();
    if (m_hops.isEmpty()) {
        return outcome;
    }
    //: %1 is what the last address asked gave, %n how many redirects led there, %2 the last one
    return tr("%1, after %n redirect(s) (the last: %2)", nullptr, int(m_hops.size()))
        .arg(outcome, m_hops.last().detail);
}

QString AutodiscoverLookup::outcomeSummary() const
{
    switch (m_outcome) {
    case Outcome::Settings:
        //: %1 says how many servers
        return tr("a POX response with %1").arg(m_detail);
    case Outcome::Exchange:
        return tr("Exchange (%1)").arg(m_detail);
    case Outcome::Redirect:
        return tr("a redirect (%1)").arg(m_detail);
    case Outcome::Error:
        return tr("an error response (%1)").arg(m_detail);
    case Outcome::NotReadable:
        return tr("not an Autodiscover response Outlook reads (%1)").arg(m_detail);
    case Outcome::GetOnly:
        return tr("served to GET only (%1)").arg(m_detail);
    case Outcome::Loop:
        return tr("a redirect loop (%1)").arg(m_detail);
    case Outcome::TooManyHops:
        return tr("too many redirects (%1)").arg(m_detail);
    case Outcome::Insecure:
        return tr("a redirect to an unencrypted address (%1)").arg(m_detail);
    case Outcome::NotFound:
    case Outcome::Unreachable:
    case Outcome::CertificateRefused:
    case Outcome::Status:
        break;
    }
    return m_detail;
}

} // namespace Portpilot
