#pragma once

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>

namespace Portpilot {

// Settings of one domain check. Every lookup and probe runs at once; the whole check ends
// within `overallTimeout` whatever the servers do.
struct DomainCheckOptions
{
    QUrl ispdbUrl{QStringLiteral("https://autoconfig.thunderbird.net/v1.1/")}; // the domain is appended
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's roots
    std::chrono::milliseconds overallTimeout{20000};
    std::chrono::milliseconds httpTimeout{8000};  // per web address, redirects included
    std::chrono::milliseconds dnsTimeout{5000};   // per DNS source
    std::chrono::milliseconds probeTimeout{8000}; // per server, for each step of the conversation
    // A test account at the domain: with a password, every advertised server that takes one is
    // logged in to (never over an unencrypted connection). Without, the probes send no credential.
    QString address;
    QString password;
    // The test account's OAuth2 sign-in: an access token and the issuer it came from. The token goes
    // only to the OAuth2 servers the domain's own document (over HTTPS) names, over TLS, and only
    // when that document's issuer is this one: a bearer token works for whoever receives it.
    QString accessToken;
    QString accessTokenIssuer;
    // Why there is no access token (e.g. "sign in first"), said for each OAuth2 server.
    QString noAccessTokenReason;
};

} // namespace Portpilot
