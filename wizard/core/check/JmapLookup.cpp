#include "JmapLookup.h"

#include "CandidateRules.h"
#include "Hostname.h"
#include "HttpFetcher.h"
#include "RegistrableDomain.h"

#include <QDnsLookup>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Portpilot {

namespace {

// A session object lists its accounts and capabilities; a big provider's stays well below this.
constexpr qint64 MaxSessionSize = 256 * 1024;

} // namespace

JmapLookup::JmapLookup(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_login(new JmapLogin(network, this))
{
    m_srvDeadline.setSingleShot(true);
    connect(&m_srvDeadline, &QTimer::timeout, this, [this] {
        if (m_srv && !m_srv->isFinished()) {
            m_srv->abort(); // finished() follows
        }
    });
}

JmapLookup::~JmapLookup() = default;

void JmapLookup::setTimeouts(std::chrono::milliseconds dns, std::chrono::milliseconds http)
{
    m_dnsTimeout = dns;
    m_httpTimeout = http;
}

void JmapLookup::setAccount(const QString& username, const QString& password)
{
    m_username = username;
    m_password = password;
}

QString JmapLookup::srvName() const
{
    return u"_jmap._tcp."_s + m_domain;
}

QUrl JmapLookup::wellKnownUrl(const QString& host, quint16 port)
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host);
    if (port != 443) {
        url.setPort(port);
    }
    url.setPath(u"/.well-known/jmap"_s);
    return url;
}

void JmapLookup::start(const QString& domain)
{
    m_domain = domain;
    m_started = true;
    m_pending = 2; // the SRV record (and the fetch it leads to), the domain's own address
    m_srv = new QDnsLookup(QDnsLookup::SRV, srvName(), this);
    connect(m_srv, &QDnsLookup::finished, this, &JmapLookup::srvDone);
    m_srvDeadline.start(m_dnsTimeout);
    m_srv->lookup();
    fetch(wellKnownUrl(domain), &m_fromDomain);
}

void JmapLookup::abort()
{
    m_aborted = true; // an answer already in starts no login now
    if (m_srv && !m_srv->isFinished()) {
        m_srv->abort();
    }
    const QList<HttpFetcher*> fetchers = m_fetchers; // done() may follow each abort
    for (HttpFetcher* fetcher : fetchers) {
        fetcher->abort();
    }
    m_login->abort();
}

HttpFetcher* JmapLookup::fetch(const QUrl& url, Answer* answer)
{
    auto* fetcher = new HttpFetcher(m_network, this);
    fetcher->setExtraCaCertificates(m_extraCas);
    fetcher->setTimeout(m_httpTimeout);
    fetcher->setMaxSize(MaxSessionSize);
    fetcher->setAccept("application/json");
    m_fetchers.append(fetcher);
    connect(fetcher, &HttpFetcher::finished, this, [this, fetcher, answer] {
        *answer = read(*fetcher);
        m_fetchers.removeOne(fetcher);
        fetcher->deleteLater();
        done();
    });
    fetcher->get(url);
    return fetcher;
}

void JmapLookup::srvDone()
{
    m_srvDeadline.stop();
    QList<SrvCandidate> records;
    if (m_srv->error() == QDnsLookup::NoError) {
        for (const QDnsServiceRecord& record : m_srv->serviceRecords()) {
            records.append({record.target(), record.port(), record.priority(), record.weight()});
        }
    }
    m_srvNotOffered = CandidateRules::srvNotOffered(records);
    if (!m_srvNotOffered) {
        for (const SrvCandidate& record : CandidateRules::orderSrv(records)) {
            QString host = record.target;
            if (host.endsWith(u'.')) {
                host.chop(1);
            }
            if (record.port != 0 && Hostname::isValid(host)) {
                m_srvHost = host.toLower();
                m_srvPort = record.port;
                break;
            }
        }
    }
    if (m_srvHost.isEmpty()) {
        done();
        return;
    }
    fetch(wellKnownUrl(m_srvHost, m_srvPort), &m_fromSrv); // done() when it ends
}

void JmapLookup::done()
{
    if (--m_pending == 0 && !startLogin()) {
        Q_EMIT finished();
    }
}

bool JmapLookup::startLogin()
{
    if (m_password.isEmpty() || m_aborted || m_login->result().tried) {
        return false;
    }
    // The address a JMAP client would use: the one the record leads to, else the domain's own.
    const Answer& found = m_fromSrv.asked ? m_fromSrv : m_fromDomain;
    if (!found.answers || (!m_fromSrv.asked && m_srvNotOffered)) {
        return false;
    }
    m_pending = 1;
    m_login->setExtraCaCertificates(m_extraCas);
    m_login->setTimeout(m_httpTimeout);
    connect(m_login, &JmapLogin::finished, this, &JmapLookup::done, Qt::UniqueConnection);
    m_login->start(found.url, m_username, m_password);
    return true;
}

JmapLookup::Answer JmapLookup::read(const HttpFetcher& fetcher)
{
    Answer answer;
    answer.url = fetcher.url();
    answer.asked = true;
    if (fetcher.ok()) {
        const QJsonObject session = QJsonDocument::fromJson(fetcher.body()).object();
        answer.answers = session.value(u"capabilities"_s).toObject().contains(u"urn:ietf:params:jmap:core"_s);
        answer.detail = answer.answers ? tr("a JMAP session object")
                                       : tr("the answer is not a JMAP session object (no urn:ietf:params:jmap:core "
                                            "capability)");
        return answer;
    }
    if (fetcher.httpStatus() == 401) {
        // The session resource is only for logged-in users: asking for a login is its answer here.
        answer.answers = true;
        answer.detail = tr("HTTP status 401: it asks for a login, as a session resource does");
        return answer;
    }
    answer.certificateRefused = !fetcher.sslErrorKinds().isEmpty();
    answer.sslErrors = fetcher.sslErrorKinds();
    const QUrl target = fetcher.refusedRedirect();
    if (!target.isEmpty() && target.scheme() == u"https" &&
        !RegistrableDomain::same(target.host(), answer.url.host())) {
        answer.otherDomain = target;
    }
    answer.detail = fetcher.error();
    return answer;
}

} // namespace Portpilot
