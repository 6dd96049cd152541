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

void ProtocolSession::reportCapabilities(const QList<QByteArray>& capabilities)
{
    QStringList names;
    for (const QByteArray& capability : capabilities) {
        names.append(QString::fromLatin1(capability));
    }
    m_host.setCapabilities(names);
}

QString ProtocolSession::nextUsername()
{
    m_host.beginStep(ProbeStep::Login);
    return m_candidates.at(m_attempt++);
}

bool ProtocolSession::mayAuthenticate()
{
    if (m_candidates.isEmpty()) {
        m_host.fail(FailureKind::AuthMechanismUnavailable, QStringLiteral("no username and no email address given"));
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

bool ProtocolSession::authMethodTestable()
{
    const AuthMethod method = m_server.preferredAuth();
    if (method == AuthMethod::PasswordCleartext || method == AuthMethod::PasswordEncrypted) {
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
