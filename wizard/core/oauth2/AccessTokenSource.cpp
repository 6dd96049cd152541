#include "AccessTokenSource.h"

#include "AuthorizationFlow.h"
#include "HttpFetcher.h"
#include "OAuth2SignIns.h"
#include "TokenRequest.h"

#include <QTimer>

namespace Portpilot {

AccessTokenSource::AccessTokenSource(QNetworkAccessManager* network, const QString& address,
                                     const OAuth2Registration& registration, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_address(address)
    , m_registration(registration)
{}

AccessTokenSource::~AccessTokenSource() = default;

void AccessTokenSource::request()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_triedInteractive = false;
    if (!m_tokens.accessToken.isEmpty() &&
        (!m_tokens.expiresAt.isValid() || now().addSecs(GraceWindow.count()) < m_tokens.expiresAt)) {
        const QString token = m_tokens.accessToken;
        QTimer::singleShot(0, this, [this, token] {
            m_running = false;
            Q_EMIT tokenReady(token);
        });
        return;
    }
    const QString key = OAuth2SignIns::refreshTokenKey(m_address, m_registration);
    const int number = m_keychain.read(key);
    // The handshake with the issuer runs while the keychain answers: a refresh then costs one
    // round trip after the read, not a connection set-up as well.
    HttpFetcher::preconnect(m_network, QUrl(m_registration.tokenEndpoint, QUrl::StrictMode), m_extraCas);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_keychain, &PasswordStore::readFinished, this,
                          [this, number, connection](int request, const QString&, PasswordStore::Status status,
                                                     const QString& refreshToken, const QString& message) {
                              if (request != number) {
                                  return;
                              }
                              disconnect(*connection);
                              if (status == PasswordStore::Status::Ok && !refreshToken.isEmpty()) {
                                  refreshWith(refreshToken);
                              } else if (status == PasswordStore::Status::NotFound) {
                                  OAuth2Problem problem;
                                  problem.kind = OAuth2Problem::Kind::SignInExpired;
                                  m_interactive ? startInteractive() : fail(problem);
                              } else {
                                  OAuth2Problem problem;
                                  problem.kind = OAuth2Problem::Kind::Network;
                                  problem.description = message;
                                  fail(problem);
                              }
                          });
}

void AccessTokenSource::signIn()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_triedInteractive = false;
    startInteractive();
}

void AccessTokenSource::refreshWith(const QString& refreshToken)
{
    m_refresh = new TokenRequest(m_network, m_registration, this);
    m_refresh->setExtraCaCertificates(m_extraCas);
    connect(m_refresh, &TokenRequest::finished, this, [this, refreshToken](const TokenResponse::Result& result) {
        m_refresh->deleteLater();
        if (result.problem.isOk()) {
            store(result.tokens, refreshToken);
            return;
        }
        if (result.problem.kind == OAuth2Problem::Kind::SignInExpired) {
            // The stored refresh token is dead: never offer it again.
            PasswordStore::deletePasswordBlocking(OAuth2SignIns::refreshTokenKey(m_address, m_registration), nullptr);
            if (m_interactive && !m_triedInteractive) {
                startInteractive();
                return;
            }
        }
        fail(result.problem);
    });
    m_refresh->refresh(refreshToken);
}

void AccessTokenSource::startInteractive()
{
    if (m_triedInteractive) {
        // One interactive sign-in per request: its result stands, whatever it is.
        OAuth2Problem problem;
        problem.kind = OAuth2Problem::Kind::SignInExpired;
        fail(problem);
        return;
    }
    m_triedInteractive = true;
    ++m_interactiveSignIns;
    m_flow = new AuthorizationFlow(m_network, m_registration, this);
    m_flow->setExtraCaCertificates(m_extraCas);
    m_flow->setLoginHint(m_address);
    connect(m_flow, &AuthorizationFlow::browserUrlReady, this, &AccessTokenSource::browserUrlReady);
    connect(m_flow, &AuthorizationFlow::finished, this, [this](const OAuth2Tokens& tokens) {
        m_flow->deleteLater();
        store(tokens, QString());
    });
    connect(m_flow, &AuthorizationFlow::failed, this, [this](const OAuth2Problem& problem) {
        m_flow->deleteLater();
        fail(problem);
    });
    m_flow->start();
}

void AccessTokenSource::store(const OAuth2Tokens& tokens, const QString& usedRefreshToken)
{
    m_tokens = tokens;
    m_tokens.refreshToken.clear(); // the refresh token is not kept in memory
    // Rotation: a new refresh token replaces the one just used (which the issuer has now
    // invalidated); without a new one the old one stays.
    if (m_keepSignIn && !tokens.refreshToken.isEmpty() && tokens.refreshToken != usedRefreshToken) {
        QString error;
        if (!PasswordStore::writePasswordBlocking(OAuth2SignIns::refreshTokenKey(m_address, m_registration),
                                                  tokens.refreshToken, &error)) {
            OAuth2Problem problem;
            problem.kind = OAuth2Problem::Kind::Network;
            problem.description = error;
            fail(problem);
            return;
        }
    }
    m_running = false;
    Q_EMIT tokenReady(m_tokens.accessToken);
}

void AccessTokenSource::cancel()
{
    if (m_flow) {
        m_flow->cancel();
        return;
    }
    OAuth2Problem problem;
    problem.kind = OAuth2Problem::Kind::Cancelled;
    fail(problem);
}

void AccessTokenSource::fail(const OAuth2Problem& problem)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    if (m_refresh) {
        m_refresh->disconnect(this);
        m_refresh->deleteLater();
    }
    Q_EMIT failed(problem);
}

} // namespace Portpilot
