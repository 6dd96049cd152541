#include "CheckSignIn.h"

#include "DomainCheckSignIn.h"
#include "OAuth2Commands.h"

#include <QEventLoop>

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
    DomainCheckSignIn signIn; // what the wizard's Check page signs in with too
    signIn.setExtraCaCertificates(extraCas);
    signIn.setTimeout(timeout);
    signIn.setSignInTimeout(SignInTimeout);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&signIn, &DomainCheckSignIn::browserUrlReady, &loop, [&](const QUrl& url) {
        OAuth2Commands::showBrowserUrl(url, signIn.registration().name, noBrowser);
    });
    QObject::connect(&signIn, &DomainCheckSignIn::finished, &loop, [&](bool done, const QString& reason) {
        ok = done;
        *why = reason;
        loop.quit();
    });
    signIn.start(address);
    if (signIn.isRunning()) {
        loop.exec();
    }
    if (!ok) {
        if (!signIn.problem().isOk()) {
            *why = OAuth2Commands::explain(signIn.problem(), signIn.registration(), address.toString());
        }
        return std::nullopt;
    }
    return Token{signIn.accessToken(), signIn.issuer(), QString()};
}

} // namespace Portpilot
