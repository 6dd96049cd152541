#pragma once

#include "LoopbackRedirectListener.h"
#include "OAuth2Registration.h"
#include "Pkce.h"
#include "TokenResponse.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;

namespace Portpilot {

class TokenRequest;

// The authorization code flow of a native app (RFC 8252) with PKCE (RFC 7636): a loopback
// listener for the redirect, the URL for the system browser (the caller opens it: the GUI with
// QDesktopServices, the command line with $BROWSER or xdg-open, or prints it), then the code
// exchange. A redirect whose `state` is not ours is answered and ignored (a page anyone could
// make the browser load must not end the sign-in); an `iss` (RFC 9207) that names another issuer
// ends it. Exactly one finished() or failed() follows start().
class AuthorizationFlow : public QObject
{
    Q_OBJECT

public:
    AuthorizationFlow(QNetworkAccessManager* network, const OAuth2Registration& registration,
                      QObject* parent = nullptr);
    ~AuthorizationFlow() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    // Sent as login_hint so the issuer preselects the account.
    void setLoginHint(const QString& address) { m_loginHint = address; }

    void start();
    void cancel();
    QUrl authorizationUrl() const { return m_authorizationUrl; }

Q_SIGNALS:
    // Open this in the browser (or print it); the flow waits for the redirect.
    void browserUrlReady(const QUrl& url);
    void finished(const Portpilot::OAuth2Tokens& tokens);
    void failed(const Portpilot::OAuth2Problem& problem);

private:
    QString onRedirect(const QUrlQuery& query);
    void fail(const OAuth2Problem& problem);

    QNetworkAccessManager* m_network;
    OAuth2Registration m_registration;
    QList<QSslCertificate> m_extraCas;
    QString m_loginHint;
    LoopbackRedirectListener m_listener;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_authorizationUrl;
    QUrl m_redirectUri; // kept: the listener forgets its port once closed
    QPointer<TokenRequest> m_request;
    bool m_codeReceived = false;
    bool m_done = false;
};

} // namespace Portpilot
