#include "ProtocolSession.h"

#include "ImapSession.h"
#include "Pop3Session.h"
#include "SmtpSession.h"

namespace Portpilot {

QString probeStepName(ProbeStep step)
{
    switch (step) {
    case ProbeStep::Connect:
        return QStringLiteral("connect");
    case ProbeStep::Tls:
        return QStringLiteral("tls");
    case ProbeStep::Capabilities:
        return QStringLiteral("capabilities");
    case ProbeStep::Login:
        return QStringLiteral("login");
    case ProbeStep::Logout:
        return QStringLiteral("logout");
    }
    return {};
}

ProtocolSession::ProtocolSession(Host& host, const ServerSettings& server, const ProbeOptions& options)
    : m_host(host)
    , m_server(server)
    , m_options(options)
    , m_candidates(usernameCandidates())
{}

std::unique_ptr<ProtocolSession> ProtocolSession::create(Host& host, const ServerSettings& server,
                                                         const ProbeOptions& options)
{
    switch (server.protocol) {
    case Protocol::Imap:
        return std::make_unique<ImapSession>(host, server, options);
    case Protocol::Pop3:
        return std::make_unique<Pop3Session>(host, server, options);
    case Protocol::Smtp:
        return std::make_unique<SmtpSession>(host, server, options);
    }
    return nullptr;
}

QStringList ProtocolSession::usernameCandidates() const
{
    if (!m_server.username.isEmpty()) {
        return {m_server.username};
    }
    // Left open: the full address first, then the local part. Never more than two attempts (lock-outs).
    QStringList candidates;
    if (!m_options.emailAddress.isEmpty()) {
        candidates.append(m_options.emailAddress);
        const qsizetype at = m_options.emailAddress.lastIndexOf(QLatin1Char('@'));
        if (at > 0) {
            candidates.append(m_options.emailAddress.left(at));
        }
    }
    return candidates;
}

void ProtocolSession::tlsEstablished()
{
    if (m_waitingForTls) {
        m_waitingForTls = false;
        askCapabilities();
    }
}

void ProtocolSession::requestTls()
{
    m_host.beginStep(ProbeStep::Tls);
    sendCommand(startTlsCommand());
}

void ProtocolSession::goAheadForTls()
{
    m_waitingForTls = true;
    m_host.startTls();
}

void ProtocolSession::quit()
{
    m_loggingOut = true;
    m_host.beginStep(ProbeStep::Logout);
    sendCommand(logoutCommand());
}

void ProtocolSession::loggedOut()
{
    m_done = true;
    m_host.succeed();
}

void ProtocolSession::reportCapabilities(const QList<QByteArray>& capabilities)
{
    QStringList names;
    for (const QByteArray& capability : capabilities) {
        names.append(QString::fromLatin1(capability));
    }
    m_host.setCapabilities(names);
}

QList<QByteArray> ProtocolSession::mechanismEntries(const QList<QByteArray>& mechanisms)
{
    QList<QByteArray> entries;
    for (const QByteArray& mechanism : mechanisms) {
        entries.append("AUTH=" + mechanism.toUpper());
    }
    return entries;
}

void ProtocolSession::capabilitiesKnown(const QList<QByteArray>& capabilities)
{
    reportCapabilities(capabilities);
    if (m_options.mode == ProbeMode::CapabilitiesOnly || !needsLogin()) {
        quit(); // nothing to log in with: reaching the capabilities is the whole test
        return;
    }
    if (!authMethodTestable() || !mayAuthenticate()) {
        return;
    }
    beginLogin();
}

QString ProtocolSession::nextUsername()
{
    m_host.beginStep(ProbeStep::Login);
    m_sasl.reset();
    return m_candidates.at(m_attempt++);
}

bool ProtocolSession::startSasl(const QList<QByteArray>& offered, bool initialResponse)
{
    const QByteArray mechanism = SaslExchange::choose(m_server.preferredAuth(), offered);
    if (mechanism.isEmpty()) {
        if (wantsChallengeResponse() || wantsToken()) {
            // Never the password in its place: the settings ask for another way to log in.
            m_host.fail(FailureKind::AuthMechanismUnavailable,
                        QStringLiteral("%1 wanted, but the server offers no %2")
                            .arg(authMethodName(m_server.preferredAuth()),
                                 QString::fromLatin1(SaslExchange::mechanismsFor(m_server.preferredAuth()).join('/'))));
            return true;
        }
        return false;
    }
    m_sasl.emplace(mechanism, currentUsername(), wantsToken() ? m_options.accessToken : m_options.password,
                   m_server.hostname, m_server.port);
    m_host.credentialsSent(currentUsername(), QString::fromLatin1(mechanism));
    const QByteArray command = saslVerb() + ' ' + mechanism;
    const auto first = initialResponse ? m_sasl->initialResponse() : std::nullopt;
    if (first) {
        sendCommand(command + ' ' + *first, QString::fromLatin1(command) + QStringLiteral(" [redacted]"));
    } else {
        sendCommand(command);
    }
    return true;
}

void ProtocolSession::saslChallenge(const QByteArray& challengeBase64)
{
    if (!m_sasl) {
        m_host.fail(FailureKind::ProtocolError, QStringLiteral("a challenge outside an authentication"));
        return;
    }
    const SaslExchange::Step step = m_sasl->answer(challengeBase64);
    switch (step.kind) {
    case SaslExchange::Step::Kind::Respond:
        m_host.send(step.bytes, QStringLiteral("[redacted]"));
        return;
    case SaslExchange::Step::Kind::AcknowledgeError:
    case SaslExchange::Step::Kind::Cancel:
        m_host.send(step.bytes);
        return;
    case SaslExchange::Step::Kind::Abort:
        m_host.fail(FailureKind::ProtocolError, QStringLiteral("the server keeps challenging after %1 was cancelled")
                                                    .arg(QString::fromLatin1(m_sasl->mechanism())));
        return;
    }
}

void ProtocolSession::loginSucceeded(bool passwordSent)
{
    if (!passwordSent) {
        m_host.fail(FailureKind::ProtocolError,
                    QStringLiteral("the server accepted the login before the password was sent"));
        return;
    }
    m_host.loginAccepted();
    if (m_options.mode == ProbeMode::KeepSession) {
        m_done = true; // the connection stays logged in for the one who asked (no LOGOUT)
        m_host.succeed();
        return;
    }
    quit();
}

void ProtocolSession::loginRefused(FailureKind kind, const QString& detail)
{
    if (m_sasl && m_sasl->usesToken() && kind == FailureKind::AuthWrongPassword) {
        // A refused token: the error challenge says why (RFC 7628 §3.2.2); without one (Microsoft
        // sends none) it is a token the server did not take, and signing in again is the remedy.
        const auto& error = m_sasl->tokenError();
        const bool scope = error && error->meaning() == OAuthErrorChallenge::Meaning::ScopeMissing;
        m_host.fail(scope ? FailureKind::AuthTokenScope : FailureKind::AuthTokenRejected,
                    error ? QStringLiteral("%1 (%2)").arg(detail, error->summary()) : detail);
        return;
    }
    // Never more than two attempts (lock-outs).
    if (kind == FailureKind::AuthWrongPassword && m_attempt < m_candidates.size() && m_attempt < 2) {
        beginLogin();
        return;
    }
    m_host.fail(kind, detail);
}

void ProtocolSession::noLoginOffered(const QString& detail)
{
    m_host.fail(m_host.isEncrypted() ? FailureKind::AuthMechanismUnavailable : FailureKind::AuthEncryptionRequired,
                detail);
}

bool ProtocolSession::mayAuthenticate()
{
    if (m_candidates.isEmpty()) {
        m_host.fail(FailureKind::AuthMechanismUnavailable, QStringLiteral("no username and no email address given"));
        return false;
    }
    if (wantsToken() && m_options.accessToken.isEmpty()) {
        m_host.fail(FailureKind::AuthSignInNeeded, QStringLiteral("no OAuth2 access token for %1")
                                                       .arg(ProbeOptions::endpoint(m_server.hostname, m_server.port)));
        return false;
    }
    if (wantsToken() && !m_host.isEncrypted()) {
        // A bearer token is as good as the password to anyone who reads it: no consent makes it go
        // out in the clear.
        m_host.fail(FailureKind::TokenNotEncrypted,
                    QStringLiteral("no OAuth2 token over the unencrypted connection to %1")
                        .arg(ProbeOptions::endpoint(m_server.hostname, m_server.port)));
        return false;
    }
    if (!m_host.isEncrypted() && !m_options.hasPlaintextConsent(m_server.hostname, m_server.port)) {
        m_host.fail(FailureKind::PlaintextNotAllowed,
                    QStringLiteral("no consent to send credentials unencrypted to %1")
                        .arg(ProbeOptions::endpoint(m_server.hostname, m_server.port)));
        return false;
    }
    return true;
}

bool ProtocolSession::wantsChallengeResponse() const
{
    return m_server.preferredAuth() == AuthMethod::PasswordEncrypted;
}

bool ProtocolSession::wantsToken() const
{
    return m_server.preferredAuth() == AuthMethod::OAuth2;
}

bool ProtocolSession::authMethodTestable()
{
    const AuthMethod method = m_server.preferredAuth();
    if (!SaslExchange::mechanismsFor(method).isEmpty()) {
        return true;
    }
    m_host.fail(FailureKind::AuthMechanismUnavailable,
                QStringLiteral("Portpilot cannot test %1 logins").arg(authMethodName(method)));
    return false;
}

bool ProtocolSession::mentionsAppPassword(const QByteArray& text)
{
    const QByteArray lower = text.toLower();
    return lower.contains("application-specific password") || lower.contains("app password") ||
           lower.contains("app-specific password") || lower.contains("application specific password");
}

bool ProtocolSession::mentionsLoginDisabled(const QByteArray& text)
{
    // Gmail: "Your account is not enabled for IMAP use" / "… for POP access"; Microsoft 365:
    // "SmtpClientAuthentication is disabled for the Tenant" and, for a mailbox whose IMAP or POP
    // is off, "User is authenticated but not connected".
    const QByteArray lower = text.toLower();
    return lower.contains("not enabled for imap") || lower.contains("not enabled for pop") ||
           lower.contains("smtpclientauthentication is disabled") ||
           lower.contains("authenticated but not connected") || lower.contains("imap access is disabled") ||
           lower.contains("pop access is disabled");
}

QString ProtocolSession::printable(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes.left(300));
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control) {
            c = QChar(0xfffd);
        }
    }
    return bytes.size() > 300 ? text + QStringLiteral("…") : text;
}

} // namespace Portpilot
