#pragma once

#include "OAuth2Registration.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace Portpilot {

// An issuer's endpoints from its RFC 8414 metadata, for an issuer that a domain's autoconfig names
// without them (`<oAuth2><issuer>…</issuer></oAuth2>`). The document must name the very issuer it
// was asked for (RFC 8414 section 3.3, against mix-up attacks), give https endpoints, and allow
// PKCE with S256 where it lists the methods.
struct IssuerMetadata
{
    Q_DECLARE_TR_FUNCTIONS(IssuerMetadata)

public:
    static constexpr qsizetype MaxDocumentSize = 64 * 1024;

    QString issuer;
    QString authorizationEndpoint;
    QString tokenEndpoint;
    QString revocationEndpoint; // may be empty

    // Where the metadata of `issuer` lives: /.well-known/oauth-authorization-server inserted
    // between the host and the issuer's path (RFC 8414 section 3.1). Empty for a non-https issuer.
    static QUrl url(const QString& issuer);
    // The metadata in `document` for `issuer`, or nullopt with *error in plain words.
    static std::optional<IssuerMetadata> parse(const QByteArray& document, const QString& issuer, QString* error);

    // Fills the endpoints `registration` lacks; the ones it has (from the document) are kept.
    void completeRegistration(OAuth2Registration& registration) const;
};

} // namespace Portpilot
