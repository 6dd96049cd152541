#pragma once

#include "OAuth2Registration.h"
#include "PasswordStore.h"
#include "TokenResponse.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <chrono>

class QNetworkAccessManager;

namespace Portpilot {

class AuthorizationFlow;
class TokenRequest;

// Hands out an access token for one address and issuer. Access tokens live only in memory (this
// object); the refresh token only in the keychain (OAuth2SignIns::refreshTokenKey). A cached
// token is used while it is valid for longer than the grace window; otherwise the refresh token
// is used, and a rotated refresh token replaces the stored one. When there is none, or the issuer
// answers invalid_grant, one interactive sign-in follows if allowed, and never a second one for
// the same request: a sign-in that does not give a working token ends in failed().
class AccessTokenSource : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds GraceWindow{60};

    AccessTokenSource(QNetworkAccessManager* network, const QString& address, const OAuth2Registration& registration,
                      QObject* parent = nullptr);
    ~AccessTokenSource() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    // Whether request() may open a sign-in in the browser (default: no, as `portpilot token`).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // Whether a new refresh token goes to the keychain (default: yes). Without, a sign-in gives an
    // access token for this run only (`portpilot check --sign-in`) and nothing is stored.
    void setKeepSignIn(bool keep) { m_keepSignIn = keep; }
    // For tests: the clock the grace window is measured with.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    // One of tokenReady() or failed() follows. A new request() while one runs is ignored.
    void request();
    // Starts an interactive sign-in at once (`portpilot login`), replacing any stored token.
    void signIn();
    void cancel();
    // Forgets the access token in memory (the next request() refreshes).
    void dropAccessToken() { m_tokens = {}; }
    int interactiveSignIns() const { return m_interactiveSignIns; }

Q_SIGNALS:
    void browserUrlReady(const QUrl& url);
    void tokenReady(const QString& accessToken);
    void failed(const Portpilot::OAuth2Problem& problem);

private:
    void refreshWith(const QString& refreshToken);
    void store(const OAuth2Tokens& tokens, const QString& usedRefreshToken);
    void fail(const OAuth2Problem& problem);
    void startInteractive();
    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }

    QNetworkAccessManager* m_network;
    QString m_address;
    OAuth2Registration m_registration;
    QList<QSslCertificate> m_extraCas;
    PasswordStore m_keychain;
    std::function<QDateTime()> m_now;
    OAuth2Tokens m_tokens;
    QPointer<TokenRequest> m_refresh;
    QPointer<AuthorizationFlow> m_flow;
    bool m_interactive = false;
    bool m_keepSignIn = true;
    bool m_running = false;
    bool m_triedInteractive = false;
    int m_interactiveSignIns = 0;
};

} // namespace Portpilot
