#include "IssuerMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Portpilot {

namespace {

bool isHttps(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty() &&
           url.userInfo().isEmpty() && !url.hasFragment();
}

// RFC 8414 section 3.3: the issuers are compared exactly; a trailing "/" is not part of the identity.
QString withoutTrailingSlash(const QString& issuer)
{
    return issuer.endsWith(QLatin1Char('/')) ? issuer.chopped(1) : issuer;
}

} // namespace

QUrl IssuerMetadata::url(const QString& issuer)
{
    if (!isHttps(issuer)) {
        return {};
    }
    QUrl url(issuer, QUrl::StrictMode);
    if (url.hasQuery()) {
        return {}; // an issuer identifier has no query (RFC 8414 section 2)
    }
    const QString path = withoutTrailingSlash(url.path());
    url.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + path);
    return url;
}

std::optional<IssuerMetadata> IssuerMetadata::parse(const QByteArray& document, const QString& issuer, QString* error)
{
    auto failed = [error](const QString& message) -> std::optional<IssuerMetadata> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (document.size() > MaxDocumentSize) {
        return failed(tr("the issuer’s metadata is larger than %1 bytes").arg(MaxDocumentSize));
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        return failed(tr("the issuer’s metadata is not a JSON object"));
    }
    const QJsonObject object = json.object();
    IssuerMetadata metadata;
    metadata.issuer = object.value(QLatin1String("issuer")).toString();
    if (withoutTrailingSlash(metadata.issuer) != withoutTrailingSlash(issuer)) {
        //: %1 and %2 are web addresses of sign-in services
        return failed(tr("the metadata names another issuer (“%1”, not “%2”)").arg(metadata.issuer, issuer));
    }
    metadata.authorizationEndpoint = object.value(QLatin1String("authorization_endpoint")).toString();
    metadata.tokenEndpoint = object.value(QLatin1String("token_endpoint")).toString();
    metadata.revocationEndpoint = object.value(QLatin1String("revocation_endpoint")).toString();
    if (!isHttps(metadata.authorizationEndpoint) || !isHttps(metadata.tokenEndpoint)) {
        return failed(tr("the issuer’s metadata has no https:// authorization and token endpoints"));
    }
    if (!metadata.revocationEndpoint.isEmpty() && !isHttps(metadata.revocationEndpoint)) {
        metadata.revocationEndpoint.clear(); // optional; never used over plain HTTP
    }
    const QJsonValue methods = object.value(QLatin1String("code_challenge_methods_supported"));
    if (methods.isArray() && !methods.toArray().contains(QJsonValue(QLatin1String("S256")))) {
        return failed(tr("the issuer does not support PKCE with S256, which Portpilot requires"));
    }
    return metadata;
}

void IssuerMetadata::completeRegistration(OAuth2Registration& registration) const
{
    if (registration.authorizationEndpoint.isEmpty()) {
        registration.authorizationEndpoint = authorizationEndpoint;
    }
    if (registration.tokenEndpoint.isEmpty()) {
        registration.tokenEndpoint = tokenEndpoint;
    }
    if (registration.revocationEndpoint.isEmpty()) {
        registration.revocationEndpoint = revocationEndpoint;
    }
}

} // namespace Portpilot
