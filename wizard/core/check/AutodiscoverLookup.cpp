#include "AutodiscoverLookup.h"

#include "AutodiscoverReader.h"
#include "HttpFetcher.h"

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

void AutodiscoverLookup::start(const QUrl& url, const EmailAddress& address)
{
    m_url = url;
    m_address = address;
    if (url.scheme() != u"https") {
        // The request names the address: never over plain HTTP.
        finish(Outcome::Unreachable, tr("not an https:// address: %1").arg(url.toDisplayString()));
        return;
    }
    HttpFetcher* post = fetcher();
    connect(post, &HttpFetcher::finished, this, [this, post] { postDone(post); });
    post->post(url, AutodiscoverReader::request(address.toString()), "text/xml");
}

void AutodiscoverLookup::abort()
{
    m_aborted = true;
    if (m_running) {
        m_running->abort(); // its finished() ends the lookup
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
        finish(Outcome::CertificateRefused, post->error());
        return;
    }
    if (const QUrl target = post->refusedRedirect(); !target.isEmpty()) {
        //: %1 is a web address
        finish(Outcome::Redirect, tr("HTTP redirect to %1").arg(target.toDisplayString()));
        return;
    }
    if (post->notFound()) {
        finish(Outcome::NotFound, post->error());
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
        get->get(m_url);
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
    case AutodiscoverReader::Kind::RedirectAddress:
        //: %1 is an email address
        finish(Outcome::Redirect, tr("ask again for the address %1").arg(read.redirect));
        return;
    case AutodiscoverReader::Kind::RedirectUrl:
        //: %1 is a web address
        finish(Outcome::Redirect, tr("ask again at %1").arg(read.redirect));
        return;
    case AutodiscoverReader::Kind::Error:
        finish(Outcome::Error, read.message.isEmpty() ? read.errorCode : u"%1: %2"_s.arg(read.errorCode, read.message));
        return;
    }
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
    case Outcome::NotFound:
    case Outcome::Unreachable:
    case Outcome::CertificateRefused:
    case Outcome::Status:
        break;
    }
    return m_detail;
}

} // namespace Portpilot
