#include "OAuth2Commands.h"

#include "AccessTokenSource.h"
#include "BrowserLauncher.h"
#include "Console.h"
#include "IssuerMetadataRequest.h"
#include "OAuth2Registrations.h"
#include "OAuth2SignIns.h"
#include "SetupSignIn.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

namespace Portpilot {

std::optional<OAuth2Registration> OAuth2Commands::registrationFor(const Account& account, QString* why)
{
    return SetupSignIn::registrationFor(account, why); // the wizard finds the issuer the same way
}

std::optional<OAuth2Registration> OAuth2Commands::signedIn(const QString& address, const QString& host, QString* why)
{
    QSettings settings;
    const OAuth2SignIns signIns(&settings);
    const QList<OAuth2Registration> recalled = signIns.recalled(address, host);
    if (recalled.isEmpty()) {
        *why = host.isEmpty()
                   ? tr("%1 has not signed in with OAuth2 on this computer. Sign in first: portpilot login %1")
                         .arg(address)
                   //: %1 is an address, %2 a server name
                   : tr("%1 has not signed in with OAuth2 for %2 on this computer. Sign in first: portpilot login %1")
                         .arg(address, host);
        return std::nullopt;
    }
    OAuth2Registration registration = recalled.first();
    // The settings never hold a client secret: read it from the registrations again.
    QString error;
    if (const auto registrations = OAuth2Registrations::load(QString(), &error)) {
        if (const auto known = registrations->byIssuer(registration.issuer);
            known && known->clientId == registration.clientId) {
            registration.clientSecret = known->clientSecret;
        }
    }
    return registration;
}

bool OAuth2Commands::completeFromMetadata(OAuth2Registration& registration, const QList<QSslCertificate>& extraCas,
                                          std::chrono::milliseconds timeout, QString* why)
{
    QNetworkAccessManager network;
    IssuerMetadataRequest request(&network); // the wizard's sign-in uses it too
    request.setExtraCaCertificates(extraCas);
    request.setTimeout(timeout);
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&request, &IssuerMetadataRequest::finished, &loop,
                     [&](bool done, const OAuth2Registration& completed, const QString& reason) {
                         ok = done;
                         registration = completed;
                         *why = reason;
                         loop.quit();
                     });
    request.start(registration);
    loop.exec();
    return ok;
}

OAuth2Commands::Outcome OAuth2Commands::run(const QString& address, const OAuth2Registration& registration,
                                            const QList<QSslCertificate>& extraCas, std::chrono::milliseconds timeout,
                                            bool interactive, bool noBrowser, bool keepSignIn)
{
    QNetworkAccessManager network;
    AccessTokenSource source(&network, address, registration);
    source.setExtraCaCertificates(extraCas);
    source.setInteractive(interactive);
    source.setKeepSignIn(keepSignIn);
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(&source, &AccessTokenSource::browserUrlReady, &loop,
                     [&](const QUrl& url) { showBrowserUrl(url, registration.name, noBrowser); });
    QObject::connect(&source, &AccessTokenSource::tokenReady, &loop, [&](const QString& token) {
        outcome.accessToken = token;
        loop.quit();
    });
    QObject::connect(&source, &AccessTokenSource::failed, &loop, [&](const OAuth2Problem& problem) {
        outcome.problem = problem;
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        source.cancel();
        outcome.problem.kind = OAuth2Problem::Kind::Network;
        outcome.problem.description = tr("no answer within %1 seconds").arg(timeout.count() / 1000);
        loop.quit();
    });
    deadline.start(timeout);
    if (interactive) {
        source.signIn();
    } else {
        source.request();
    }
    if (outcome.accessToken.isEmpty() && outcome.problem.isOk()) {
        loop.exec();
    }
    return outcome;
}

void OAuth2Commands::showBrowserUrl(const QUrl& url, const QString& issuerName, bool noBrowser)
{
    QString how;
    if (!noBrowser && BrowserLauncher::open(url, &how)) {
        //: %1 is the issuer such as Microsoft, %2 "$BROWSER" or "xdg-open", %3 the address of the page
        Console::err(tr("Opened the sign-in page of %1 in your browser (%2). If it did not open, visit:\n%3\n")
                         .arg(issuerName, how, url.toString(QUrl::FullyEncoded)));
    } else {
        //: %1 is the issuer, %2 the address of the page
        Console::err(tr("To sign in with %1, open this address in a browser on this computer:\n%2\n"
                        "Waiting for the sign-in…\n")
                         .arg(issuerName, url.toString(QUrl::FullyEncoded)));
    }
}

QString OAuth2Commands::explain(const OAuth2Problem& problem, const OAuth2Registration& registration,
                                const QString& address)
{
    if (problem.kind == OAuth2Problem::Kind::NoClient) {
        return OAuth2Registrations::missingClientMessage(registration);
    }
    QString text = problem.describe(registration.name);
    if (problem.kind == OAuth2Problem::Kind::SignInExpired || problem.kind == OAuth2Problem::Kind::Cancelled) {
        text += QLatin1Char(' ') + tr("The command is: portpilot login %1").arg(address);
    }
    return text;
}

} // namespace Portpilot
