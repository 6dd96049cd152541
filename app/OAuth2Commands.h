#pragma once

#include "Account.h"
#include "OAuth2Problem.h"
#include "OAuth2Registration.h"

#include <QCoreApplication>
#include <QSslCertificate>

#include <chrono>
#include <optional>

namespace Portpilot {

class CommandParser;

// What `portpilot login`, `token` and `test` share about OAuth2: which issuer serves an account,
// and one AccessTokenSource run to its end.
class OAuth2Commands
{
    Q_DECLARE_TR_FUNCTIONS(OAuth2Commands)

public:
    // The issuer for the account's OAuth2 servers (its <oAuth2> element, else the registration for a
    // server's host), the account's OAuth2 host names added to its hosts. Nothing and *why when none.
    static std::optional<OAuth2Registration> registrationFor(const Account& account, QString* why);
    // The issuer that an address signed in with (`portpilot login`), for `host` when given, with the
    // client secret read again from the registrations. Nothing and *why when it never signed in.
    static std::optional<OAuth2Registration> signedIn(const QString& address, const QString& host, QString* why);

    struct Outcome
    {
        QString accessToken; // empty on failure
        OAuth2Problem problem;
    };
    // A fresh access token from the stored refresh token (no browser); `interactive` signs in
    // with the browser first (login), printing the URL on stderr and opening it unless `noBrowser`.
    // Without `keepSignIn` the sign-in's refresh token is not stored (check --sign-in).
    static Outcome run(const QString& address, const OAuth2Registration& registration,
                       const QList<QSslCertificate>& extraCas, std::chrono::milliseconds timeout, bool interactive,
                       bool noBrowser, bool keepSignIn = true);
    // Opens the issuer's sign-in page `url` in the browser (not with `noBrowser`) and prints it on
    // stderr for the person to open, with the wait.
    static void showBrowserUrl(const QUrl& url, const QString& issuerName, bool noBrowser);
    // Fills the endpoints of an issuer named without them from its RFC 8414 metadata (https, the
    // same issuer). False and *why when the metadata cannot be had or is not usable.
    static bool completeFromMetadata(OAuth2Registration& registration, const QList<QSslCertificate>& extraCas,
                                     std::chrono::milliseconds timeout, QString* why);
    // problem in plain words, with what to do next.
    static QString explain(const OAuth2Problem& problem, const OAuth2Registration& registration,
                           const QString& address);
};

} // namespace Portpilot
