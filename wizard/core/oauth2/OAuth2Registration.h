#pragma once

#include <QString>
#include <QStringList>

namespace Portpilot {

// One OAuth2 issuer and Portpilot's registration with it (resources/oauth2/registrations.json,
// docs/oauth2.md). The endpoints are public facts; the client id is the packager's own.
struct OAuth2Registration
{
    QString id;   // "microsoft", "google", or any id a user file or an autoconfig document gives
    QString name; // shown to people: "Sign in with %1"
    QString issuer;
    QString authorizationEndpoint;
    QString tokenEndpoint;
    QString revocationEndpoint; // RFC 7009, may be empty
    QString scope;              // space-separated, offline_access included where the issuer wants it
    QStringList hosts;          // mail server names that take this issuer's tokens (lower case)
    QString clientId;           // empty: no registration configured
    QString clientSecret;       // only for issuers that give installed apps a non-secret "secret"
    QString adminConsentUrl;    // where an administrator approves the app; %CLIENTID% is replaced
    QString registrationHelp;   // where a packager registers an application with this issuer

    bool hasClient() const { return !clientId.isEmpty(); }
    // True for an issuer named without its endpoints (an autoconfig <oAuth2> with the issuer
    // alone): they come from its RFC 8414 metadata (IssuerMetadata) before a sign-in.
    bool needsMetadata() const { return authorizationEndpoint.isEmpty() || tokenEndpoint.isEmpty(); }
    // The administrator's approval link for this client, or empty.
    QString adminConsentLink() const;

    friend bool operator==(const OAuth2Registration&, const OAuth2Registration&) = default;
};

} // namespace Portpilot
