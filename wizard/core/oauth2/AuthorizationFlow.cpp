#include "AuthorizationFlow.h"

#include "TokenRequest.h"

#include <QTimer>
#include <QUrlQuery>

namespace Portpilot {

namespace {

QString normalIssuer(const QString& issuer)
{
    return issuer.endsWith(QLatin1Char('/')) ? issuer.chopped(1) : issuer;
}

} // namespace

AuthorizationFlow::AuthorizationFlow(QNetworkAccessManager* network, const OAuth2Registration& registration,
                                     QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_registration(registration)
{
    m_listener.setHandler([this](const QUrlQuery& query) { return onRedirect(query); });
}

AuthorizationFlow::~AuthorizationFlow() = default;

void AuthorizationFlow::start()
{
    OAuth2Problem problem;
    const QUrl endpoint(m_registration.authorizationEndpoint, QUrl::StrictMode);
    QString error;
    if (!m_registration.hasClient()) {
        problem.kind = OAuth2Problem::Kind::NoClient;
    } else if (endpoint.scheme() != QLatin1String("https") ||
               QUrl(m_registration.tokenEndpoint).scheme() != QLatin1String("https")) {
        problem.kind = OAuth2Problem::Kind::Insecure;
    } else if (!m_listener.listen(&error)) {
        problem.kind = OAuth2Problem::Kind::Network;
        problem.description = error;
    }
    if (!problem.isOk()) {
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
        return;
    }
    m_redirectUri = m_listener.redirectUri();
    m_pkce = Pkce::generate();
    m_state = randomUrlSafeToken(32);
    QUrlQuery query(endpoint.query());
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_registration.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    query.addQueryItem(QStringLiteral("scope"), m_registration.scope);
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    // PKCE (RFC 7636 4.3): only the challenge travels through the browser; the verifier goes
    // straight to the token endpoint with the code.
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge()));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!m_loginHint.isEmpty()) {
        query.addQueryItem(QStringLiteral("login_hint"), m_loginHint);
    }
    // Values with "&", "=", "+" or "#" must be encoded inside the query; QUrlQuery leaves "+".
    QString encoded;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        encoded += (encoded.isEmpty() ? QString() : QStringLiteral("&")) +
                   QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
                   QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    m_authorizationUrl = endpoint;
    m_authorizationUrl.setQuery(encoded, QUrl::StrictMode);
    Q_EMIT browserUrlReady(m_authorizationUrl);
}

QString AuthorizationFlow::onRedirect(const QUrlQuery& query)
{
    if (m_done || m_codeReceived) {
        // A second redirect after the first: the code is used already, nothing changes.
        return tr("This sign-in is already finished. You can close this page.");
    }
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.isEmpty() || state != QString::fromLatin1(m_state)) {
        return tr("This page does not belong to the sign-in Portpilot is waiting for. Nothing was changed.");
    }
    // RFC 9207: an issuer that sends iss tells us who answered; another name is a mix-up attack.
    const QString iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("iss")) && normalIssuer(iss) != normalIssuer(m_registration.issuer)) {
        OAuth2Problem problem;
        problem.kind = OAuth2Problem::Kind::IssuerMismatch;
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
        return tr("Portpilot did not accept this sign-in. Return to Portpilot for the details.");
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        OAuth2Problem problem = OAuth2Problem::fromError(
            error.left(100), query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).left(500));
        if (problem.kind == OAuth2Problem::Kind::AdminApproval) {
            problem.link = m_registration.adminConsentLink();
        }
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
        return tr("The sign-in did not succeed. Return to Portpilot for the details.");
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty() || code.size() > TokenResponse::MaxTokenLength) {
        return tr("This page does not belong to the sign-in Portpilot is waiting for. Nothing was changed.");
    }
    m_codeReceived = true;
    m_listener.close(); // later redirects find nobody listening
    m_request = new TokenRequest(m_network, m_registration, this);
    m_request->setExtraCaCertificates(m_extraCas);
    connect(m_request, &TokenRequest::finished, this, [this](const TokenResponse::Result& result) {
        if (!result.problem.isOk()) {
            OAuth2Problem problem = result.problem;
            if (problem.kind == OAuth2Problem::Kind::AdminApproval) {
                problem.link = m_registration.adminConsentLink();
            }
            fail(problem);
            return;
        }
        m_done = true;
        Q_EMIT finished(result.tokens);
    });
    m_request->exchangeCode(code, m_redirectUri, m_pkce.verifier);
    return tr("Portpilot received your sign-in. Return to Portpilot; you can close this page.");
}

void AuthorizationFlow::cancel()
{
    OAuth2Problem problem;
    problem.kind = OAuth2Problem::Kind::Cancelled;
    fail(problem);
}

void AuthorizationFlow::fail(const OAuth2Problem& problem)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_listener.close();
    if (m_request) {
        m_request->disconnect(this);
        m_request->deleteLater();
    }
    Q_EMIT failed(problem);
}

} // namespace Portpilot
