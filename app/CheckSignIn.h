#pragma once

#include "EmailAddress.h"

#include <QCoreApplication>
#include <QSslCertificate>

#include <chrono>
#include <optional>

namespace Portpilot {

// The test account's OAuth2 access token for `portpilot check --address`: from the sign-in that
// `portpilot login` stored, or (--sign-in) from a sign-in right now with the issuer of the domain's
// own autoconfig document, kept for this run only. The check decides which servers get it.
class CheckSignIn
{
    Q_DECLARE_TR_FUNCTIONS(CheckSignIn)

public:
    struct Token
    {
        QString accessToken;
        QString issuer;  // the issuer the token came from
        QString missing; // why there is no token (the report says it for each OAuth2 server)
    };

    // The stored sign-in, refreshed. No sign-in is no error: the check runs, and says so.
    static Token stored(const EmailAddress& address, const QList<QSslCertificate>& extraCas,
                        std::chrono::milliseconds timeout);
    // A sign-in in the browser now (the URL printed instead with `noBrowser`); nothing is stored.
    // Nullopt and *why when there is no document, no issuer or the sign-in fails.
    static std::optional<Token> signIn(const EmailAddress& address, const QList<QSslCertificate>& extraCas,
                                       std::chrono::milliseconds timeout, bool noBrowser, QString* why);
};

} // namespace Portpilot
