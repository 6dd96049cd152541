#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Portpilot {

// Why a sign-in or a token refresh failed, in the categories people meet.
struct OAuth2Problem
{
    Q_DECLARE_TR_FUNCTIONS(OAuth2Problem)

public:
    enum class Kind
    {
        None,
        NoClient,       // no client id configured for this issuer
        ConsentRefused, // the person said no (access_denied)
        AdminApproval,  // the organisation must approve the app first (Microsoft AADSTS65001, 90094)
        SignInExpired,  // invalid_grant: the refresh token expired or was revoked; sign in again
        ClientRefused,  // invalid_client / unauthorized_client: the registration is wrong
        IssuerMismatch, // RFC 9207: the redirect came from another issuer (mix-up attack)
        Insecure,       // an endpoint is not HTTPS
        NotJson,        // the token endpoint answered with something else (a web page)
        TooLarge,       // the answer was larger than the limit, or endless
        Network,        // no answer: connection, TLS, time-out
        ServerRefused,  // any other OAuth2 error the issuer sent
        Cancelled,
    };

    Kind kind = Kind::None;
    QString error;       // the OAuth2 error code, e.g. "invalid_grant"
    QString description; // the issuer's error_description or the transport's message (plain text)
    QString link;        // where an administrator approves the app (AdminApproval)
    // Seconds this computer's clock is ahead of (positive) or behind (negative) the issuer's, when
    // the difference is over ClockTolerance: a likely reason why a sign-in is refused.
    qint64 clockSkew = 0;
    static constexpr qint64 ClockTolerance = 300;

    bool isOk() const { return kind == Kind::None; }
    // One or two sentences for people; server text is quoted as plain text.
    QString describe(const QString& issuerName) const;

    // The problem an OAuth2 error answer means (redirect or token endpoint alike).
    static OAuth2Problem fromError(const QString& error, const QString& description);
};

} // namespace Portpilot

Q_DECLARE_METATYPE(Portpilot::OAuth2Problem)
