#pragma once

#include "AccountTester.h"
#include "OAuth2SignInState.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Portpilot {

class AccessTokenSource;
class IssuerMetadataRequest;
class Account;
struct SetupState;

// The wizard's OAuth2 sign-in (issue 12): when a chosen server logs in with OAuth2, the test first
// needs an access token. start() finds the issuer as `portpilot login` does (registrationFor),
// refreshes a stored sign-in or opens the issuer's page (browserUrlReady: the page opens it,
// the core links no QtGui) and waits for the redirect; changed() reports every step. The token
// stays in memory here; the refresh token goes to the keychain and the issuer's record to the
// settings (OAuth2SignIns), so that `portpilot token` works for the exported profiles.
class SetupSignIn : public QObject
{
    Q_OBJECT

public:
    explicit SetupSignIn(QObject* parent = nullptr);
    ~SetupSignIn() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }

    // True when a chosen server of `state` logs in with OAuth2.
    static bool isNeeded(const SetupState& state);
    // The issuer for the OAuth2 servers of `account`: its <oAuth2> element completed by a known
    // registration, or the registration naming a server; the registrations file read as `portpilot
    // login` reads it. Its hosts list every OAuth2 server. Nothing, with *why in plain words, when none.
    static std::optional<OAuth2Registration> registrationFor(const Account& account, QString* why);
    // Who the person signs in with ("Sign in with %1"): the issuer's name, else the provider's.
    static QString issuerName(const SetupState& state);
    // The sign-in's state in plain words (waiting, signed in, why it failed); empty before it starts.
    static QString describe(const SetupState& state);
    // Where a password also works and no client registration exists for the issuer, the password
    // comes first (a sign-in could only fail with "no client registration").
    static void preferPasswordWithoutClient(QList<ServerSettings>& candidates, const Account& found);

    // True when the test of `state` may run: it needs no sign-in, or has a token for its address and
    // issuer. Otherwise false with *reason.
    bool ready(const SetupState& state, QString* reason = nullptr) const;
    // Puts the access token into the jobs of OAuth2 servers (instead of the password); the other
    // jobs keep the password.
    void addTokens(QList<AccountTester::Job>& jobs) const;

    void start(const SetupState& state);
    void cancel();
    const OAuth2SignInState& state() const { return m_state; }

Q_SIGNALS:
    void browserUrlReady(const QUrl& url);
    void changed(const Portpilot::OAuth2SignInState& state);

private:
    void finish(OAuth2SignInState::Status status, const OAuth2Problem& problem = {});
    QString tokenFor(const SetupState& state) const;
    void startSource();

    QNetworkAccessManager* m_network;
    QPointer<AccessTokenSource> m_source;
    QPointer<IssuerMetadataRequest> m_metadata; // for an issuer named without its endpoints
    QList<QSslCertificate> m_extraCas;
    OAuth2SignInState m_state;
    OAuth2Registration m_registration; // with its client secret, for the token requests
    QString m_address;                 // whom the token belongs to
    QString m_token;
};

} // namespace Portpilot
