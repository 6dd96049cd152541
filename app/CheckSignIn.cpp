#include "CheckSignIn.h"

#include "DiscoveryOptions.h"
#include "OAuth2Commands.h"
#include "ProviderAutoconfigSource.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

namespace Portpilot {

namespace {

// As long as `portpilot login` waits for a person in the browser by default.
constexpr std::chrono::seconds SignInTimeout{300};

} // namespace

CheckSignIn::Token CheckSignIn::stored(const EmailAddress& address, const QList<QSslCertificate>& extraCas,
                                       std::chrono::milliseconds timeout)
{
    Token token;
    QString why;
    const std::optional<OAuth2Registration> registration =
        OAuth2Commands::signedIn(address.toString(), QString(), &why);
    if (!registration) {
        //: %1 is an email address
        token.missing = tr("%1 has not signed in with OAuth2 on this computer; sign in first (portpilot login %1) or "
                           "use --sign-in")
                            .arg(address.toString());
        return token;
    }
    const OAuth2Commands::Outcome outcome =
        OAuth2Commands::run(address.toString(), *registration, extraCas, timeout, false, true);
    if (outcome.accessToken.isEmpty()) {
        token.missing = OAuth2Commands::explain(outcome.problem, *registration, address.toString());
        return token;
    }
    token.accessToken = outcome.accessToken;
    token.issuer = registration->issuer;
    return token;
}

std::optional<CheckSignIn::Token> CheckSignIn::signIn(const EmailAddress& address,
                                                      const QList<QSslCertificate>& extraCas,
                                                      std::chrono::milliseconds timeout, bool noBrowser, QString* why)
{
    // The issuer comes from the domain's own document over HTTPS, the one whose servers get the token.
    QNetworkAccessManager network;
    ProviderAutoconfigSource document(false, &network);
    DiscoveryOptions options;
    options.extraCaCertificates = extraCas;
    options.httpTimeout = timeout;
    QEventLoop loop;
    QObject::connect(&document, &DiscoverySource::finished, &loop, &QEventLoop::quit);
    document.start(address, options, timeout);
    if (!document.isFinished()) {
        loop.exec();
    }
    if (document.status() != SourceStatus::Found) {
        //: %1 is a domain, %2 says what was found instead
        *why = tr("--sign-in takes the issuer from the domain's own autoconfig document, and %1 has none over "
                  "HTTPS (%2).")
                   .arg(address.domain(), document.message());
        return std::nullopt;
    }
    std::optional<OAuth2Registration> registration =
        OAuth2Commands::registrationFor(document.result().resolved(address.toString()), why);
    if (!registration) {
        return std::nullopt;
    }
    if (!registration->hasClient()) {
        OAuth2Problem noClient;
        noClient.kind = OAuth2Problem::Kind::NoClient;
        *why = OAuth2Commands::explain(noClient, *registration, {});
        return std::nullopt;
    }
    if (registration->needsMetadata() && !OAuth2Commands::completeFromMetadata(*registration, extraCas, timeout, why)) {
        return std::nullopt;
    }
    const OAuth2Commands::Outcome outcome =
        OAuth2Commands::run(address.toString(), *registration, extraCas, SignInTimeout, true, noBrowser, false);
    if (outcome.accessToken.isEmpty()) {
        *why = OAuth2Commands::explain(outcome.problem, *registration, address.toString());
        return std::nullopt;
    }
    return Token{outcome.accessToken, registration->issuer, QString()};
}

} // namespace Portpilot
