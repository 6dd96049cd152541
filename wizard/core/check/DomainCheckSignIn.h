#pragma once

#include "EmailAddress.h"
#include "OAuth2Problem.h"
#include "OAuth2Registration.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace Portpilot {

class AccessTokenSource;
class IssuerMetadataRequest;
class ProviderAutoconfigSource;

// The test account's OAuth2 sign-in for one domain check (`portpilot check --sign-in`, the wizard's
// Check page): the issuer comes from the domain's own autoconfig document over HTTPS, the document
// whose servers may get the token; then the issuer's page in the browser (browserUrlReady: the
// caller opens or prints it) and the redirect to the loopback listener. Nothing is kept: no refresh
// token in the keychain, no record in the settings; the access token lives in this object only.
class DomainCheckSignIn : public QObject
{
    Q_OBJECT

public:
    explicit DomainCheckSignIn(QObject* parent = nullptr);
    ~DomainCheckSignIn() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    // For the document and the issuer's metadata.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // How long the person may take in the browser.
    void setSignInTimeout(std::chrono::milliseconds timeout) { m_signInTimeout = timeout; }

    // finished() follows exactly once, unless cancel() comes first.
    void start(const EmailAddress& address);
    void cancel();
    bool isRunning() const { return m_running; }

    // After finished(true): the token and the issuer it came from (DomainCheckOptions).
    QString accessToken() const { return m_token; }
    QString issuer() const { return m_registration.issuer; }
    // The issuer as found in the document (its name, endpoints); empty before the document is read.
    const OAuth2Registration& registration() const { return m_registration; }
    // After finished(false) from the sign-in itself: what went wrong; Kind::None when the document,
    // the issuer or its metadata failed (then only `why` says it).
    const OAuth2Problem& problem() const { return m_problem; }

Q_SIGNALS:
    void browserUrlReady(const QUrl& url);
    // ok, or why not in plain words.
    void finished(bool ok, const QString& why);

private:
    void documentDone();
    void signIn();
    void finish(bool ok, const QString& why = QString());

    QNetworkAccessManager* m_network;
    QPointer<ProviderAutoconfigSource> m_document;
    QPointer<IssuerMetadataRequest> m_metadata;
    QPointer<AccessTokenSource> m_source;
    QTimer m_deadline;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout{20000};
    std::chrono::milliseconds m_signInTimeout{300000}; // as long as `portpilot login` waits by default
    EmailAddress m_address;
    OAuth2Registration m_registration;
    OAuth2Problem m_problem;
    QString m_token;
    bool m_running = false;
};

} // namespace Portpilot
