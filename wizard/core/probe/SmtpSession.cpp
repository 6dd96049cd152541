#include "SmtpSession.h"

namespace Portpilot {

void SmtpSession::askCapabilities()
{
    m_mechanisms.clear();
    sendEhlo(State::Ehlo);
}

void SmtpSession::sendEhlo(State state)
{
    m_state = state;
    if (state == State::Ehlo) {
        m_host.beginStep(ProbeStep::Capabilities);
    }
    m_host.send("EHLO " + m_host.clientName());
}

void SmtpSession::handle(const QByteArray& line)
{
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
    if (m_loggingOut) {
        loggedOut();
        return;
    }
    switch (m_state) {
    case State::Greeting:
        if (reply.code != 220) {
            m_host.fail(FailureKind::GreetingRefused, text);
            return;
        }
        sendEhlo(m_server.socketType == SocketType::StartTls && !m_host.isEncrypted() ? State::PreTlsEhlo
                                                                                      : State::Ehlo);
        return;
    case State::PreTlsEhlo:
        if (reply.code != 250) {
            // HELO-only servers have no STARTTLS; we never fall back to an unencrypted session.
            m_host.fail(FailureKind::StartTlsNotOffered, text);
            return;
        }
        // The plaintext list, kept apart from the one after TLS, with the mechanisms offered
        // (AUTH=PLAIN, as IMAP writes them): only some of them send the password readable.
        reportCapabilities(reply.ehloKeywords() + ProtocolSession::mechanismEntries(reply.authMechanisms()));
        if (!reply.ehloKeywords().contains("STARTTLS")) {
            m_host.fail(FailureKind::StartTlsNotOffered, QString::fromLatin1(reply.ehloKeywords().join(' ')));
            return;
        }
        m_state = State::StartTls;
        requestTls();
        return;
    case State::StartTls:
        if (reply.code != 220) {
            m_host.fail(FailureKind::StartTlsRefused, text);
            return;
        }
        m_state = State::WaitingForTls;
        goAheadForTls();
        return;
    case State::Ehlo:
        if (reply.code != 250) {
            m_host.fail(FailureKind::ProtocolError, QStringLiteral("EHLO refused: %1").arg(text));
            return;
        }
        m_mechanisms = reply.authMechanisms();
        capabilitiesKnown(reply.ehloKeywords());
        return;
    case State::Auth:
        if (reply.code == 334) {
            ++m_challenges;
            saslChallenge(reply.text());
            return;
        }
        if (reply.code == 235) {
            loginSucceeded(saslComplete());
            return;
        }
        authRefused(reply);
        return;
    default:
        m_host.fail(FailureKind::ProtocolError, QStringLiteral("unexpected reply: %1").arg(text));
    }
}

bool SmtpSession::needsLogin() const
{
    const AuthMethod method = m_server.preferredAuth();
    return method != AuthMethod::None && method != AuthMethod::ClientIpAddress;
}

void SmtpSession::beginLogin()
{
    nextUsername();
    m_state = State::Auth;
    m_challenges = 0;
    if (!startSasl(m_mechanisms, true)) {
        noLoginOffered(QStringLiteral("no usable AUTH mechanism: %1").arg(QString::fromLatin1(m_mechanisms.join(' '))));
    }
}

void SmtpSession::authRefused(const SmtpReply& reply)
{
    const QString text = QStringLiteral("%1 %2").arg(reply.code).arg(printable(reply.text()));
    FailureKind kind = FailureKind::ProtocolError;
    if (mentionsLoginDisabled(reply.text()) || reply.enhancedCode == "5.7.139") {
        kind = FailureKind::AuthLoginDisabled; // Microsoft: SMTP AUTH or basic authentication is off
    } else if (mentionsAppPassword(reply.text()) || reply.enhancedCode == "5.7.9") {
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
    loginRefused(kind, text);
}

} // namespace Portpilot
