#include "JmapLogin.h"

#include "HttpFetcher.h"
#include "RegistrableDomain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Portpilot {

namespace {

// As JmapLookup: a session object stays well below this; an echo answer is smaller still.
constexpr qint64 MaxSessionSize = 256 * 1024;
constexpr qint64 MaxEchoSize = 64 * 1024;
const QString CoreCapability = u"urn:ietf:params:jmap:core"_s;

} // namespace

JmapLogin::JmapLogin(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

JmapLogin::~JmapLogin() = default;

HttpFetcher* JmapLogin::newFetcher(qint64 maxSize)
{
    auto* fetcher = new HttpFetcher(m_network, this);
    fetcher->setExtraCaCertificates(m_extraCas);
    fetcher->setTimeout(m_timeout);
    fetcher->setMaxSize(maxSize);
    fetcher->setAccept("application/json");
    fetcher->setAuthorization(m_authorization);
    m_fetcher = fetcher;
    return fetcher;
}

void JmapLogin::start(const QUrl& sessionUrl, const QString& username, const QString& password)
{
    m_result = Result();
    m_result.tried = true;
    m_result.url = sessionUrl;
    if (sessionUrl.scheme() != u"https") {
        // Never reached from a lookup (it asks https only); a password never goes unencrypted.
        m_result.detail = tr("not an HTTPS address: the password was not sent");
        QTimer::singleShot(0, this, &JmapLogin::done);
        return;
    }
    // RFC 7617 §2.1: user-id ":" password, in UTF-8.
    m_authorization = "Basic " + (username.toUtf8() + ':' + password.toUtf8()).toBase64();
    HttpFetcher* fetcher = newFetcher(MaxSessionSize);
    connect(fetcher, &HttpFetcher::finished, this, &JmapLogin::sessionDone);
    fetcher->get(sessionUrl);
}

void JmapLogin::abort()
{
    if (m_fetcher) {
        m_fetcher->abort(); // its finished() ends the login
    }
}

void JmapLogin::sessionDone()
{
    HttpFetcher* fetcher = m_fetcher;
    fetcher->deleteLater();
    if (!fetcher->ok()) {
        const int status = fetcher->httpStatus();
        const QUrl last = fetcher->finalUrl();
        const bool elsewhere = last.host() != m_result.url.host() || last.port(443) != m_result.url.port(443);
        m_result.refused = (status == 401 || status == 403) && !elsewhere;
        if (m_result.refused) {
            //: %1 is an HTTP status code (401 or 403)
            m_result.detail = tr("HTTP status %1: the server refused the user name and password").arg(status);
        } else if (status == 401 || status == 403) {
            // HttpFetcher sent the redirect on without the password: the answer says nothing about it.
            //: %1 is a web address
            m_result.detail = tr("the session resource is at another host (%1), which Portpilot does not send the "
                                 "password to")
                                  .arg(last.toDisplayString());
        } else {
            m_result.detail = fetcher->error();
        }
        done();
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(fetcher->body(), &error);
    const QJsonObject session = document.object();
    const QJsonObject accounts = session.value(u"accounts"_s).toObject();
    m_result.username = session.value(u"username"_s).toString();
    m_result.accounts = int(accounts.size());
    // A relative apiUrl (Cyrus sends "/jmap/") is resolved as a client does: against the session's address.
    const QString api = session.value(u"apiUrl"_s).toString();
    m_result.apiUrl = api.isEmpty() ? QUrl() : fetcher->finalUrl().resolved(QUrl(api));
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        //: %1 is a media type such as text/html
        m_result.detail =
            tr("the answer is not JSON (Content-Type %1)")
                .arg(fetcher->mediaType().isEmpty() ? tr("none") : QString::fromLatin1(fetcher->mediaType()));
    } else if (!session.value(u"capabilities"_s).toObject().contains(CoreCapability)) {
        m_result.detail = tr("the answer is not a JMAP session object (no %1 capability)").arg(CoreCapability);
    } else if (accounts.isEmpty()) {
        m_result.detail = tr("the session object lists no accounts for this user");
    } else if (m_result.username.isEmpty()) {
        m_result.detail = tr("the session object has no username");
    } else if (!m_result.apiUrl.isValid() || m_result.apiUrl.scheme() != u"https") {
        //: %1 is the apiUrl as the server sent it
        m_result.detail = tr("the session object’s apiUrl is not an HTTPS address (“%1”)").arg(api);
    } else if (!RegistrableDomain::same(m_result.apiUrl.host(), fetcher->finalUrl().host())) {
        // The password goes no further than the session resource's domain without the person's say.
        m_result.ok = true;
        //: %1 is a web address
        m_result.detail = tr("the API at %1 is at another domain: it was not called with the password")
                              .arg(m_result.apiUrl.toDisplayString());
    } else {
        HttpFetcher* echo = newFetcher(MaxEchoSize);
        connect(echo, &HttpFetcher::finished, this, &JmapLogin::echoDone);
        echo->post(m_result.apiUrl,
                   R"({"using":["urn:ietf:params:jmap:core"],"methodCalls":[["Core/echo",{"portpilot":"echo"},"0"]]})",
                   "application/json");
        return;
    }
    done();
}

void JmapLogin::echoDone()
{
    HttpFetcher* fetcher = m_fetcher;
    fetcher->deleteLater();
    const QString api = m_result.apiUrl.toDisplayString();
    if (!fetcher->ok()) {
        m_result.refused = fetcher->httpStatus() == 401 || fetcher->httpStatus() == 403;
        //: %1 is a web address, %2 what went wrong
        m_result.detail =
            tr("the session resource answered, but the API call at %1 failed: %2").arg(api, fetcher->error());
        done();
        return;
    }
    // RFC 8620 §4: Core/echo answers with its arguments, unchanged.
    const QJsonArray first =
        QJsonDocument::fromJson(fetcher->body()).object().value(u"methodResponses"_s).toArray().at(0).toArray();
    m_result.echoed =
        first.at(0).toString() == u"Core/echo" && first.at(1).toObject().value(u"portpilot"_s).toString() == u"echo";
    m_result.ok = m_result.echoed;
    m_result.detail =
        m_result.echoed
            ? QString()
            //: %1 is a web address
            : tr("the session resource answered, but the API at %1 did not answer the Core/echo call").arg(api);
    done();
}

void JmapLogin::done()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_authorization.clear();
    Q_EMIT finished();
}

} // namespace Portpilot
