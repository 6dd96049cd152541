#include "Pop3Session.h"

#include "SaslClient.h"

namespace Portpilot {

void Pop3Session::send(const QByteArray& line, const QString& shown)
{
    m_host.send(line, shown);
}

void Pop3Session::quit()
{
    m_state = State::Quit;
    m_host.beginStep(ProbeStep::Logout);
    send("QUIT");
}

void Pop3Session::askCapabilities()
{
    m_host.beginStep(ProbeStep::Capabilities);
    m_capa.clear();
    m_parser.beginMultiLine();
    m_capaFailed = false;
    m_state = State::Capa;
    send("CAPA");
}

void Pop3Session::tlsEstablished()
{
    if (m_state == State::WaitingForTls) {
        askCapabilities(); // RFC 2595 §4: discard the pre-TLS list and ask again
    }
}

void Pop3Session::sendStls()
{
    m_state = State::Stls;
    m_host.beginStep(ProbeStep::Tls);
    send("STLS");
}

void Pop3Session::handleLine(const QByteArray& line)
{
    if (m_state == State::Done) {
        return;
    }
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
        if (m_state == State::PreTlsCapaBody) {
            if (!m_capa.contains("STLS")) {
                m_host.fail(FailureKind::StartTlsNotOffered, QString::fromLatin1(m_capa.join(' ')));
                return;
            }
            sendStls();
            return;
        }
        afterCapabilities();
        return;
    }

    if (m_state == State::AuthSasl) {
        if (const auto challenge = Pop3ResponseParser::parseContinuation(line)) {
            ++m_challenges;
            const QString user = m_candidates.at(m_attempt - 1);
            if (m_mechanism == QLatin1String("CRAM-MD5") && m_challenges == 1) {
                send(SaslClient::cramMd5(user, m_options.password, *challenge), QStringLiteral("[redacted]"));
                return;
            }
            if (m_mechanism == QLatin1String("LOGIN") && m_challenges <= 2) {
                // RFC 5034 with LOGIN: the username first, then the password, whatever the prompts say.
                send(SaslClient::login(m_challenges == 1 ? user : m_options.password), QStringLiteral("[redacted]"));
                return;
            }
            send("*"); // a challenge we did not expect: cancel
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

    switch (m_state) {
    case State::Greeting:
        if (!status->ok) {
            m_host.fail(FailureKind::GreetingRefused, printable(line));
            return;
        }
        if (m_server.socketType == SocketType::StartTls && !m_host.isEncrypted()) {
            m_state = State::PreTlsCapa;
            send("CAPA");
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
        m_host.startTls();
        return;
    case State::Capa:
        if (!status->ok) {
            m_capaFailed = true;
            afterCapabilities();
            return;
        }
        m_parser.beginMultiLine();
        m_state = State::CapaBody;
        return;
    case State::User:
        if (!status->ok) {
            loginRefused(*status, true);
            return;
        }
        m_state = State::Pass;
        send("PASS " + m_options.password.toUtf8(), QStringLiteral("PASS [redacted]"));
        return;
    case State::AuthSasl: // the result of AUTH, after any challenges
    case State::Pass:
        if (status->ok) {
            m_host.loginAccepted();
            quit();
            return;
        }
        loginRefused(*status, false);
        return;
    case State::Quit:
        m_state = State::Done;
        m_host.succeed();
        return;
    default:
        m_host.fail(FailureKind::ProtocolError, QStringLiteral("unexpected response: %1").arg(printable(line)));
    }
}

void Pop3Session::afterCapabilities()
{
    reportCapabilities(m_capa);
    if (m_options.mode == ProbeMode::CapabilitiesOnly) {
        quit();
        return;
    }
    if (!authMethodTestable() || !mayAuthenticate()) {
        return;
    }
    beginLogin();
}

void Pop3Session::beginLogin()
{
    const QString user = nextUsername();
    const QList<QByteArray> sasl = Pop3ResponseParser::saslMechanisms(m_parser.lines());
    const QByteArray userBytes = user.toUtf8();
    const QByteArray passwordBytes = m_options.password.toUtf8();

    if (wantsChallengeResponse()) {
        if (m_capaFailed || !sasl.contains("CRAM-MD5")) {
            m_host.fail(FailureKind::AuthMechanismUnavailable,
                        QStringLiteral("encrypted password wanted, but the server offers no CRAM-MD5"));
            return;
        }
        startSasl(user, QStringLiteral("CRAM-MD5"));
        send("AUTH CRAM-MD5");
        return;
    }
    if (!m_capaFailed && sasl.contains("PLAIN")) {
        startSasl(user, QStringLiteral("PLAIN"));
        send("AUTH PLAIN " + SaslClient::plain(user, m_options.password), QStringLiteral("AUTH PLAIN [redacted]"));
        return;
    }
    if (!m_capaFailed && sasl.contains("LOGIN")) {
        startSasl(user, QStringLiteral("LOGIN"));
        send("AUTH LOGIN");
        return;
    }
    if (m_capaFailed || m_capa.contains("USER")) {
        // USER/PASS arguments end at the line end: a CR or LF inside would start another command.
        if (userBytes.contains('\r') || userBytes.contains('\n') || passwordBytes.contains('\r') ||
            passwordBytes.contains('\n') || userBytes.contains('\0') || passwordBytes.contains('\0')) {
            m_host.fail(FailureKind::AuthMechanismUnavailable,
                        QStringLiteral("line breaks in the username or password"));
            return;
        }
        m_state = State::User;
        m_host.credentialsSent(user, QStringLiteral("USER/PASS"));
        send("USER " + userBytes);
        return;
    }
    m_host.fail(m_host.isEncrypted() ? FailureKind::AuthMechanismUnavailable : FailureKind::AuthEncryptionRequired,
                QStringLiteral("no usable login method in CAPA: %1").arg(QString::fromLatin1(m_capa.join(' '))));
}

void Pop3Session::startSasl(const QString& user, const QString& mechanism)
{
    m_state = State::AuthSasl;
    m_mechanism = mechanism;
    m_challenges = 0;
    m_host.credentialsSent(user, mechanism);
}

void Pop3Session::loginRefused(const Pop3Status& status, bool atUser)
{
    const QByteArray detail = status.code.isEmpty() ? status.text : '[' + status.code + "] " + status.text;
    FailureKind kind = FailureKind::AuthWrongPassword;
    if (mentionsAppPassword(status.text)) {
        kind = FailureKind::AuthAppPasswordNeeded;
    } else if (status.code == "SYS/TEMP" || status.code == "IN-USE" || status.code == "LOGIN-DELAY") {
        kind = FailureKind::AuthTemporary;
    } else if ((atUser && !m_host.isEncrypted()) ||
               status.text.toLower().contains("plaintext authentication disallowed")) {
        kind = FailureKind::AuthEncryptionRequired; // e.g. Dovecot refusing USER before TLS
    }
    if (kind == FailureKind::AuthWrongPassword && m_attempt < m_candidates.size() && m_attempt < 2) {
        beginLogin();
        return;
    }
    m_host.fail(kind, printable(detail));
}

} // namespace Portpilot
