#include "SetupSignIn.h"

#include "AccessTokenSource.h"
#include "IssuerMetadataRequest.h"
#include "OAuth2Registrations.h"
#include "OAuth2SignIns.h"
#include "SetupState.h"

#include <QNetworkAccessManager>
#include <QSettings>

#include <algorithm>

namespace Portpilot {

SetupSignIn::SetupSignIn(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

SetupSignIn::~SetupSignIn()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->cancel();
    }
}

bool SetupSignIn::isNeeded(const SetupState& state)
{
    return std::any_of(bothSides.begin(), bothSides.end(),
                       [&state](Side side) { return state.side(side).server.preferredAuth() == AuthMethod::OAuth2; });
}

std::optional<OAuth2Registration> SetupSignIn::registrationFor(const Account& account, QString* why)
{
    QString error;
    const auto registrations = OAuth2Registrations::load(QString(), &error);
    if (!registrations) {
        *why = error;
        return std::nullopt;
    }
    std::optional<OAuth2Registration> found;
    QStringList hosts;
    for (const ServerSettings& server : account.incoming + account.outgoing) {
        if (server.preferredAuth() != AuthMethod::OAuth2) {
            continue;
        }
        hosts.append(server.hostname.trimmed().toLower());
        if (!found) {
            found = registrations->forServer(account, server);
        }
    }
    if (hosts.isEmpty()) {
        *why = tr("none of the account’s servers signs in with OAuth2; it uses passwords (portpilot test).");
        return std::nullopt;
    }
    if (!found) {
        //: %1 is a list of server names, %2 a file
        *why = tr("Portpilot knows no OAuth2 issuer for %1: the settings have no <oAuth2> element and no registration "
                  "names these servers. Add one to %2 (docs/oauth2.md).")
                   .arg(hosts.join(QStringLiteral(", ")), OAuth2Registrations::userFile());
        return std::nullopt;
    }
    for (const QString& host : std::as_const(hosts)) {
        if (!found->hosts.contains(host)) {
            found->hosts.append(host);
        }
    }
    return found;
}

QString SetupSignIn::issuerName(const SetupState& state)
{
    if (!state.signIn.registration.name.isEmpty()) {
        return state.signIn.registration.name;
    }
    QString why;
    if (const auto registration = registrationFor(state.chosenAccount(), &why);
        registration && !registration->name.isEmpty()) {
        return registration->name;
    }
    if (!state.provider.displayShortName.isEmpty()) {
        return state.provider.displayShortName;
    }
    return state.provider.displayName.isEmpty() ? tr("your provider") : state.provider.displayName;
}

QString SetupSignIn::describe(const SetupState& state)
{
    const OAuth2SignInState& signIn = state.signIn;
    switch (signIn.status) {
    case OAuth2SignInState::Status::NotStarted:
        return {};
    case OAuth2SignInState::Status::Starting:
        //: %1 is the issuer, such as Microsoft
        return tr("Signing in with %1…").arg(issuerName(state));
    case OAuth2SignInState::Status::Waiting:
        //: %1 is the issuer, such as Microsoft
        return tr("Waiting for the sign-in with %1 in your browser…").arg(issuerName(state));
    case OAuth2SignInState::Status::SignedIn:
        return tr("Signed in with %1.").arg(issuerName(state));
    case OAuth2SignInState::Status::Failed:
        break;
    }
    if (signIn.problem.kind == OAuth2Problem::Kind::NoClient) {
        return OAuth2Registrations::missingClientMessage(signIn.registration);
    }
    if (signIn.registration.needsMetadata() && !signIn.problem.description.isEmpty() &&
        signIn.problem.kind == OAuth2Problem::Kind::Network) {
        return signIn.problem.description; // the issuer's metadata could not be had (IssuerMetadataRequest)
    }
    if (signIn.registration.id.isEmpty()) {
        // No issuer was found: worded again from the servers, so that it follows a language switch.
        QString why;
        registrationFor(state.chosenAccount(), &why);
        return why;
    }
    return signIn.problem.describe(issuerName(state));
}

void SetupSignIn::preferPasswordWithoutClient(QList<ServerSettings>& candidates, const Account& found)
{
    std::optional<OAuth2Registrations> registrations;
    for (ServerSettings& server : candidates) {
        if (server.authMethods.size() < 2 || !server.authMethods.contains(AuthMethod::OAuth2)) {
            continue;
        }
        if (!registrations) {
            QString error;
            registrations = OAuth2Registrations::load(QString(), &error).value_or(OAuth2Registrations());
        }
        const auto registration = registrations->forServer(found, server);
        if (!registration || !registration->hasClient()) {
            server.authMethods.removeAll(AuthMethod::OAuth2);
            server.authMethods.append(AuthMethod::OAuth2);
        }
    }
}

QString SetupSignIn::tokenFor(const SetupState& state) const
{
    if (m_state.status != OAuth2SignInState::Status::SignedIn || m_address != state.address.toString()) {
        return {};
    }
    // The token is for the issuer of the servers chosen now (the person may have gone back).
    QString why;
    const auto registration = registrationFor(state.chosenAccount(), &why);
    return registration && OAuth2SignIns::refreshTokenKey(m_address, *registration) ==
                               OAuth2SignIns::refreshTokenKey(m_address, m_registration)
               ? m_token
               : QString();
}

bool SetupSignIn::ready(const SetupState& state, QString* reason) const
{
    if (!isNeeded(state) || !tokenFor(state).isEmpty()) {
        return true;
    }
    if (reason) {
        //: %1 is the issuer, such as Microsoft
        *reason = tr("Sign in with %1 first.").arg(issuerName(state));
    }
    return false;
}

void SetupSignIn::addTokens(QList<AccountTester::Job>& jobs) const
{
    for (AccountTester::Job& job : jobs) {
        if (job.server.preferredAuth() == AuthMethod::OAuth2) {
            job.options.accessToken = m_token;
            job.options.password.clear();
        }
    }
}

void SetupSignIn::start(const SetupState& state)
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->cancel();
        m_source->deleteLater();
    }
    if (m_metadata) {
        m_metadata->disconnect(this);
        m_metadata->deleteLater(); // its destructor aborts the request
    }
    m_token.clear();
    m_address = state.address.toString();
    m_state = {};
    QString why;
    const std::optional<OAuth2Registration> registration = registrationFor(state.chosenAccount(), &why);
    if (!registration) {
        OAuth2Problem problem;
        problem.kind = OAuth2Problem::Kind::ServerRefused;
        problem.description = why;
        finish(OAuth2SignInState::Status::Failed, problem);
        return;
    }
    m_registration = *registration;
    m_state.registration = *registration;
    m_state.registration.clientSecret.clear();
    if (!registration->hasClient()) {
        OAuth2Problem problem;
        problem.kind = OAuth2Problem::Kind::NoClient;
        finish(OAuth2SignInState::Status::Failed, problem);
        return;
    }
    m_state.status = OAuth2SignInState::Status::Starting;
    Q_EMIT changed(m_state);
    if (!m_registration.needsMetadata()) {
        startSource();
        return;
    }
    // An issuer named alone: its endpoints come from its RFC 8414 metadata first.
    m_metadata = new IssuerMetadataRequest(m_network, this);
    m_metadata->setExtraCaCertificates(m_extraCas);
    connect(m_metadata, &IssuerMetadataRequest::finished, this,
            [this](bool ok, const OAuth2Registration& completed, const QString& why) {
                m_metadata->deleteLater();
                if (!ok) {
                    OAuth2Problem problem;
                    problem.kind = OAuth2Problem::Kind::Network;
                    problem.description = why; // a whole sentence (describe() shows it as it is)
                    finish(OAuth2SignInState::Status::Failed, problem);
                    return;
                }
                m_registration = completed;
                m_state.registration = completed;
                m_state.registration.clientSecret.clear();
                startSource();
            });
    m_metadata->start(m_registration);
}

void SetupSignIn::startSource()
{
    m_source = new AccessTokenSource(m_network, m_address, m_registration, this);
    m_source->setExtraCaCertificates(m_extraCas);
    m_source->setInteractive(true); // a stored sign-in is refreshed; without one, the browser
    connect(m_source, &AccessTokenSource::browserUrlReady, this, [this](const QUrl& url) {
        m_state.status = OAuth2SignInState::Status::Waiting;
        Q_EMIT changed(m_state);
        Q_EMIT browserUrlReady(url);
    });
    connect(m_source, &AccessTokenSource::tokenReady, this, [this](const QString& token) {
        m_token = token;
        QSettings settings;
        OAuth2SignIns(&settings).remember(m_address, m_registration); // for `portpilot token`
        finish(OAuth2SignInState::Status::SignedIn);
    });
    connect(m_source, &AccessTokenSource::failed, this,
            [this](const OAuth2Problem& problem) { finish(OAuth2SignInState::Status::Failed, problem); });
    m_source->request();
}

void SetupSignIn::cancel()
{
    if (!m_state.isRunning()) {
        return;
    }
    if (m_source) {
        m_source->cancel(); // failed(Cancelled) follows
        return;
    }
    OAuth2Problem problem;
    problem.kind = OAuth2Problem::Kind::Cancelled;
    finish(OAuth2SignInState::Status::Failed, problem);
}

void SetupSignIn::finish(OAuth2SignInState::Status status, const OAuth2Problem& problem)
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->deleteLater();
    }
    if (m_metadata) {
        m_metadata->disconnect(this);
        m_metadata->abort();
        m_metadata->deleteLater();
    }
    m_state.status = status;
    m_state.problem = problem;
    Q_EMIT changed(m_state);
}

} // namespace Portpilot
