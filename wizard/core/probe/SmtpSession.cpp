#include "SmtpSession.h"

#include "SaslClient.h"

namespace Portpilot {

void SmtpSession::tlsEstablished()
{
    if (m_state == State::WaitingForTls) {
        // RFC 3207 §4.2: forget everything learned before TLS and say EHLO again.
        m_mechanisms.clear();
        sendEhlo(State::Ehlo);
    }
}

void SmtpSession::sendEhlo(State state)
{
    m_state = state;
    if (state == State::Ehlo) {
        m_host.beginStep(ProbeStep::Capabilities);
    }
    m_host.send("EHLO " + m_host.clientName());
}

void SmtpSession::quit()
{
    m_state = State::Quit;
    m_host.beginStep(ProbeStep::Logout);
    m_host.send("QUIT");
}

void SmtpSession::handleLine(const QByteArray& line)
{
    if (m_state == State::Done) {
        return;
    }
    switch (m_parser.feed(line)) {
    case SmtpReplyParser::State::NeedMore:
        return;
    case SmtpReplyParser::State::Error: {
        const bool tooLong = m_parser.reply().lines.size() >= SmtpReplyParser::MaxLines;
        m_host.fail(tooLong ? FailureKind::ResponseTooLong
                            : (m_state == State::Greeting ? FailureKind::GreetingRefused : FailureKind::ProtocolError),
                    QStringLiteral("%1: %2").arg(m_parser.error(), printable(line)));
        return;
    }
    case SmtpReplyParser::State::Complete:
        break;
    }
    const SmtpReply reply = m_parser.reply();
    m_parser.reset();
    handleReply(reply);
}

void SmtpSession::handleReply(const SmtpReply& reply)
{
    const QString text = QStringLiteral("%1 %2").arg(reply.code).arg(printable(reply.text()));
    switch (m_state) {
    case State::Greeting:
        if (reply.code != 220) {
            m_host.fail(FailureKind::GreetingRefused, text);
            return;
        }
        sendEhlo(m_server.socketType == SocketType::StartTls && !m_host.isEncrypted() ? State::PreTlsEhlo
                                                                                      : State::Ehlo);
        if (m_state == State::PreTlsEhlo) {
            return;
        }
        return;
    case State::PreTlsEhlo:
        if (reply.code != 250) {
            // HELO-only servers have no STARTTLS; we never fall back to an unencrypted session.
            m_host.fail(FailureKind::StartTlsNotOffered, text);
            return;
        }
        if (!reply.ehloKeywords().contains("STARTTLS")) {
            m_host.fail(FailureKind::StartTlsNotOffered, QString::fromLatin1(reply.ehloKeywords().join(' ')));
            return;
        }
        m_state = State::StartTls;
        m_host.beginStep(ProbeStep::Tls);
        m_host.send("STARTTLS");
        return;
    case State::StartTls:
        if (reply.code != 220) {
            m_host.fail(FailureKind::StartTlsRefused, text);
            return;
        }
        m_state = State::WaitingForTls;
        m_host.startTls();
        return;
    case State::Ehlo:
        if (reply.code != 250) {
            m_host.fail(FailureKind::ProtocolError, QStringLiteral("EHLO refused: %1").arg(text));
            return;
        }
        afterEhlo(reply);
        return;
    case State::Auth:
        if (reply.code == 334) {
            authChallenge(reply);
            return;
        }
        if (reply.code == 235) {
            m_host.loginAccepted();
            quit();
            return;
        }
        authRefused(reply);
        return;
    case State::Quit:
        m_state = State::Done;
        m_host.succeed();
        return;
    default:
        m_host.fail(FailureKind::ProtocolError, QStringLiteral("unexpected reply: %1").arg(text));
    }
}

void SmtpSession::afterEhlo(const SmtpReply& reply)
{
    reportCapabilities(reply.ehloKeywords());
    m_mechanisms = reply.authMechanisms();
    const AuthMethod method = m_server.preferredAuth();
    if (m_options.mode == ProbeMode::CapabilitiesOnly || method == AuthMethod::None ||
        method == AuthMethod::ClientIpAddress) {
        quit(); // nothing to log in with: reaching EHLO is the whole test
        return;
    }
    if (!authMethodTestable() || !mayAuthenticate()) {
        return;
    }
    beginLogin();
}

void SmtpSession::beginLogin()
{
    const QString user = nextUsername();
    m_state = State::Auth;
    m_challenges = 0;
    if (wantsChallengeResponse()) {
        if (!m_mechanisms.contains("CRAM-MD5")) {
            m_host.fail(FailureKind::AuthMechanismUnavailable,
                        QStringLiteral("encrypted password wanted, but the server offers no CRAM-MD5"));
            return;
        }
        m_mechanism = QStringLiteral("CRAM-MD5");
        m_host.credentialsSent(user, m_mechanism);
        m_host.send("AUTH CRAM-MD5");
        return;
    }
    if (m_mechanisms.contains("PLAIN")) {
        m_mechanism = QStringLiteral("PLAIN");
        m_host.credentialsSent(user, m_mechanism);
        m_host.send("AUTH PLAIN " + SaslClient::plain(user, m_options.password),
                    QStringLiteral("AUTH PLAIN [redacted]"));
        return;
    }
    if (m_mechanisms.contains("LOGIN")) {
        m_mechanism = QStringLiteral("LOGIN");
        m_host.credentialsSent(user, m_mechanism);
        m_host.send("AUTH LOGIN");
        return;
    }
    m_host.fail(m_host.isEncrypted() ? FailureKind::AuthMechanismUnavailable : FailureKind::AuthEncryptionRequired,
                QStringLiteral("no usable AUTH mechanism: %1").arg(QString::fromLatin1(m_mechanisms.join(' '))));
}

void SmtpSession::authChallenge(const SmtpReply& reply)
{
    const QString user = m_candidates.at(m_attempt - 1);
    ++m_challenges;
    if (m_mechanism == QLatin1String("CRAM-MD5") && m_challenges == 1) {
        m_host.send(SaslClient::cramMd5(user, m_options.password, reply.text()), QStringLiteral("[redacted]"));
        return;
    }
    if (m_mechanism == QLatin1String("LOGIN") && m_challenges <= 2) {
        // The first challenge asks for the username, the second for the password.
        m_host.send(SaslClient::login(m_challenges == 1 ? user : m_options.password), QStringLiteral("[redacted]"));
        return;
    }
    m_host.send("*"); // RFC 4954: cancel an exchange we cannot continue
}

void SmtpSession::authRefused(const SmtpReply& reply)
{
    const QString text = QStringLiteral("%1 %2").arg(reply.code).arg(printable(reply.text()));
    FailureKind kind = FailureKind::ProtocolError;
    if (mentionsAppPassword(reply.text()) || reply.enhancedCode == "5.7.9") {
        kind = FailureKind::AuthAppPasswordNeeded;
    } else if (reply.code == 535 || (reply.code == 501 && m_challenges > 0)) {
        // 501 after a challenge: our cancel "*" was answered, or the exchange was malformed.
        kind = FailureKind::AuthWrongPassword;
    } else if (reply.code == 538 || reply.code == 530) {
        kind = FailureKind::AuthEncryptionRequired;
    } else if (reply.code == 454 || reply.code == 432 || reply.code / 100 == 4) {
        kind = FailureKind::AuthTemporary;
    } else if (reply.code == 534 || reply.code == 504) {
        kind = FailureKind::AuthMechanismUnavailable;
    }
    if (kind == FailureKind::AuthWrongPassword && m_attempt < m_candidates.size() && m_attempt < 2) {
        beginLogin();
        return;
    }
    m_host.fail(kind, text);
}

} // namespace Portpilot
