#include "Pop3Session.h"

namespace Portpilot {

void Pop3Session::askCapabilities()
{
    m_host.beginStep(ProbeStep::Capabilities);
    m_capa.clear();
    m_parser.beginMultiLine();
    m_capaFailed = false;
    m_state = State::Capa;
    sendCommand("CAPA");
}

void Pop3Session::sendStls()
{
    m_state = State::Stls;
    requestTls();
}

void Pop3Session::handle(const QByteArray& line)
{
    if (m_state == State::PreTlsCapaBody || m_state == State::CapaBody) {
        switch (m_parser.feedMultiLine(line)) {
        case Pop3ResponseParser::State::NeedMore:
            return;
        case Pop3ResponseParser::State::Error:
            m_host.fail(FailureKind::ResponseTooLong, m_parser.error());
            return;
        case Pop3ResponseParser::State::Done:
            break;
        }
        m_capa = Pop3ResponseParser::capabilityNames(m_parser.lines());
        m_state = m_state == State::PreTlsCapaBody ? State::PreTlsCapa : State::Capa; // the body is over
        if (m_state == State::PreTlsCapa) {
            // The plaintext list, kept apart from the one after TLS, with the SASL mechanisms as
            // AUTH=NAME entries (as IMAP writes them).
            reportCapabilities(m_capa +
                               ProtocolSession::mechanismEntries(Pop3ResponseParser::saslMechanisms(m_parser.lines())));
            if (!m_capa.contains("STLS")) {
                m_host.fail(FailureKind::StartTlsNotOffered, QString::fromLatin1(m_capa.join(' ')));
                return;
            }
            sendStls();
            return;
        }
        capabilitiesKnown(m_capa);
        return;
    }

    if (m_state == State::AuthSasl) {
        if (const auto challenge = Pop3ResponseParser::parseContinuation(line)) {
            saslChallenge(*challenge);
            return;
        }
    }

    QString error;
    const auto status = Pop3ResponseParser::parseStatus(line, &error);
    if (!status) {
        m_host.fail(m_state == State::Greeting ? FailureKind::GreetingRefused : FailureKind::ProtocolError,
                    QStringLiteral("%1: %2").arg(error, printable(line)));
        return;
    }

    if (m_loggingOut) {
        loggedOut();
        return;
    }
    switch (m_state) {
    case State::Greeting:
        if (!status->ok) {
            m_host.fail(FailureKind::GreetingRefused, printable(line));
            return;
        }
        if (m_server.socketType == SocketType::StartTls && !m_host.isEncrypted()) {
            m_state = State::PreTlsCapa;
            sendCommand("CAPA");
            return;
        }
        askCapabilities();
        return;
    case State::PreTlsCapa:
        if (!status->ok) {
            sendStls(); // no CAPA (RFC 1939 server): STLS may still work, and must, or we stop
            return;
        }
        m_parser.beginMultiLine();
        m_state = State::PreTlsCapaBody;
        return;
    case State::Stls:
        if (!status->ok) {
            m_host.fail(FailureKind::StartTlsRefused, printable(line));
            return;
        }
        m_state = State::WaitingForTls;
        goAheadForTls();
        return;
    case State::Capa:
        if (!status->ok) {
            m_capaFailed = true;
            capabilitiesKnown(m_capa);
            return;
        }
        m_parser.beginMultiLine();
        m_state = State::CapaBody;
        return;
    case State::User:
        if (!status->ok) {
            refused(*status, true);
            return;
        }
        m_state = State::Pass;
        sendCommand("PASS " + m_options.password.toUtf8(), QStringLiteral("PASS [redacted]"));
        return;
    case State::AuthSasl: // the result of AUTH, after any challenges
    case State::Pass:
        if (status->ok) {
            loginSucceeded(saslComplete());
            return;
        }
        refused(*status, false);
        return;
    default:
        m_host.fail(FailureKind::ProtocolError, QStringLiteral("unexpected response: %1").arg(printable(line)));
    }
}

void Pop3Session::beginLogin()
{
    const QString user = nextUsername();
    m_state = State::AuthSasl;
    // Without CAPA nothing is known about SASL; USER/PASS is the RFC 1939 way.
    if (startSasl(m_capaFailed ? QList<QByteArray>() : Pop3ResponseParser::saslMechanisms(m_parser.lines()), true)) {
        return;
    }
    if (m_capaFailed || m_capa.contains("USER")) {
        const QByteArray userBytes = user.toUtf8();
        const QByteArray passwordBytes = m_options.password.toUtf8();
        // USER/PASS arguments end at the line end: a CR or LF inside would start another command.
        if (userBytes.contains('\r') || userBytes.contains('\n') || passwordBytes.contains('\r') ||
            passwordBytes.contains('\n') || userBytes.contains('\0') || passwordBytes.contains('\0')) {
            m_host.fail(FailureKind::AuthMechanismUnavailable,
                        QStringLiteral("line breaks in the username or password"));
            return;
        }
        m_state = State::User;
        m_host.credentialsSent(user, QStringLiteral("USER/PASS"));
        sendCommand("USER " + userBytes);
        return;
    }
    noLoginOffered(QStringLiteral("no usable login method in CAPA: %1").arg(QString::fromLatin1(m_capa.join(' '))));
}

void Pop3Session::refused(const Pop3Status& status, bool atUser)
{
    const QByteArray detail = status.code.isEmpty() ? status.text : '[' + status.code + "] " + status.text;
    FailureKind kind = FailureKind::AuthWrongPassword;
    if (mentionsLoginDisabled(status.text)) {
        kind = FailureKind::AuthLoginDisabled;
    } else if (mentionsAppPassword(status.text)) {
        kind = FailureKind::AuthAppPasswordNeeded;
    } else if (status.code == "SYS/TEMP" || status.code == "IN-USE" || status.code == "LOGIN-DELAY") {
        kind = FailureKind::AuthTemporary;
    } else if ((atUser && !m_host.isEncrypted()) ||
               status.text.toLower().contains("plaintext authentication disallowed")) {
        kind = FailureKind::AuthEncryptionRequired; // e.g. Dovecot refusing USER before TLS
    }
    loginRefused(kind, printable(detail));
}

} // namespace Portpilot
