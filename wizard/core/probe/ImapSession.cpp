#include "ImapSession.h"

#include "SaslClient.h"

namespace Portpilot {

namespace {
constexpr int MaxUntaggedPerCommand = 200;
}

std::optional<QByteArray> ImapSession::quoted(const QString& value)
{
    const QByteArray bytes = value.toUtf8();
    QByteArray out = "\"";
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0 || u >= 0x80 || c == '\r' || c == '\n') {
            return std::nullopt;
        }
        if (c == '"' || c == '\\') {
            out.append('\\');
        }
        out.append(c);
    }
    out.append('"');
    return out;
}

void ImapSession::sendCommand(const QByteArray& text, const QString& shown)
{
    m_tag = "A" + QByteArray::number(++m_tagCounter);
    m_untaggedCount = 0;
    m_host.send(m_tag + ' ' + text,
                shown.isEmpty() ? QString() : QString::fromLatin1(m_tag) + QLatin1Char(' ') + shown);
}

void ImapSession::askCapabilities()
{
    m_host.beginStep(ProbeStep::Capabilities);
    m_capabilities.clear();
    m_state = State::Capability;
    sendCommand("CAPABILITY");
}

void ImapSession::handle(const QByteArray& line)
{
    QString error;
    const auto parsed = ImapResponseParser::parse(line, &error);
    if (!parsed) {
        const FailureKind kind = ImapResponseParser::isLimitError(error) ? FailureKind::ResponseTooLong
                                 : m_state == State::Greeting            ? FailureKind::GreetingRefused
                                                                         : FailureKind::ProtocolError;
        m_host.fail(kind, QStringLiteral("%1: %2").arg(error, printable(line)));
        return;
    }
    const ImapResponse& response = *parsed;

    if (m_state == State::Greeting) {
        if (response.kind != ImapResponse::Kind::Untagged || response.status == ImapResponse::Status::None) {
            m_host.fail(FailureKind::GreetingRefused, QStringLiteral("not an IMAP greeting: %1").arg(printable(line)));
            return;
        }
        switch (response.status) {
        case ImapResponse::Status::Ok:
            break;
        case ImapResponse::Status::PreAuth:
            if (!m_host.isEncrypted()) {
                // RFC 9051 §7.1.4: a client that requires TLS must close after PREAUTH on a plain connection.
                m_host.fail(FailureKind::UnexpectedPreauth, printable(line));
                return;
            }
            m_host.fail(
                FailureKind::AuthMechanismUnavailable,
                QStringLiteral("the server authenticated the connection without a login: %1").arg(printable(line)));
            return;
        default:
            m_host.fail(FailureKind::GreetingRefused, printable(line));
            return;
        }
        if (m_server.socketType == SocketType::StartTls && !m_host.isEncrypted()) {
            // Greeting capabilities may decide whether STARTTLS is there; nothing else from them is kept.
            if (response.code == "CAPABILITY") {
                reportCapabilities(response.capabilities); // the plaintext list, kept apart from the one after TLS
                if (!response.capabilities.contains("STARTTLS")) {
                    m_host.fail(FailureKind::StartTlsNotOffered, printable(line));
                    return;
                }
                m_state = State::StartTls;
                requestTls();
                return;
            }
            m_state = State::PreTlsCapability;
            sendCommand("CAPABILITY");
            return;
        }
        if (response.code == "CAPABILITY" && m_host.isEncrypted()) {
            // Implicit TLS: the greeting's list is already protected; saves a round trip.
            m_state = State::Capability; // past the greeting: a BYE after LOGOUT is no refusal
            m_capabilities = response.capabilities;
            m_host.beginStep(ProbeStep::Capabilities);
            afterCapabilities();
            return;
        }
        askCapabilities();
        return;
    }

    if (response.kind == ImapResponse::Kind::Untagged) {
        if (++m_untaggedCount > MaxUntaggedPerCommand) {
            m_host.fail(FailureKind::ResponseTooLong, QStringLiteral("too many untagged responses"));
            return;
        }
        if (response.status == ImapResponse::Status::Bye) {
            if (m_loggingOut) {
                return;
            }
            m_host.fail(FailureKind::ConnectionClosed, printable(line));
            return;
        }
        if (response.status == ImapResponse::Status::PreAuth) {
            m_host.fail(FailureKind::ProtocolError,
                        QStringLiteral("PREAUTH after the greeting: %1").arg(printable(line)));
            return;
        }
        if (response.status != ImapResponse::Status::None) {
            // "* OK [ALERT] ..." and friends: never trusted, never shown as the server's word.
            return;
        }
        if (response.name == "CAPABILITY") {
            // Only the answer to our own CAPABILITY counts; one that comes with STARTTLS is ignored (ST-09).
            if (m_state == State::Capability || m_state == State::PreTlsCapability) {
                m_capabilities.append(response.capabilities);
                if (m_capabilities.size() > ImapResponseParser::MaxCapabilities) {
                    m_host.fail(FailureKind::ResponseTooLong, QStringLiteral("too many capabilities"));
                }
            }
            return;
        }
        if (m_loggingOut || m_state == State::Authenticate) {
            // Data that comes with a login result or LOGOUT is applied to nothing; before login it is an attack
            // (ST-10).
            return;
        }
        m_host.fail(FailureKind::ProtocolError,
                    QStringLiteral("unexpected untagged response before login: %1").arg(printable(line)));
        return;
    }

    if (response.kind == ImapResponse::Kind::Continuation) {
        if (m_state != State::Authenticate) {
            m_host.fail(FailureKind::ProtocolError, QStringLiteral("unexpected continuation: %1").arg(printable(line)));
            return;
        }
        if (!m_pendingSegments.isEmpty()) {
            sendPendingLiteral();
            return;
        }
        saslChallenge(response.text);
        return;
    }

    // Tagged: only for the command in flight (tag discipline).
    if (response.tag != m_tag) {
        m_host.fail(FailureKind::ProtocolError,
                    QStringLiteral("response for a tag never sent: %1").arg(printable(line)));
        return;
    }
    if (m_loggingOut) {
        loggedOut();
        return;
    }
    switch (m_state) {
    case State::PreTlsCapability:
        if (response.status != ImapResponse::Status::Ok) {
            m_host.fail(FailureKind::ProtocolError, printable(line));
            return;
        }
        if (response.code == "CAPABILITY") {
            m_capabilities.append(response.capabilities);
        }
        reportCapabilities(m_capabilities); // the plaintext list, kept apart from the one after TLS
        if (!m_capabilities.contains("STARTTLS")) {
            m_host.fail(FailureKind::StartTlsNotOffered, QString::fromLatin1(m_capabilities.join(' ')));
            return;
        }
        m_state = State::StartTls;
        requestTls();
        return;
    case State::StartTls:
        if (response.status != ImapResponse::Status::Ok) {
            m_host.fail(FailureKind::StartTlsRefused, printable(line));
            return;
        }
        m_capabilities.clear();
        m_state = State::WaitingForTls;
        goAheadForTls();
        return;
    case State::Capability:
        if (response.status != ImapResponse::Status::Ok) {
            m_host.fail(FailureKind::ProtocolError, printable(line));
            return;
        }
        if (response.code == "CAPABILITY") {
            m_capabilities = response.capabilities;
        }
        afterCapabilities();
        return;
    case State::Authenticate:
        loginResult(response);
        return;
    default:
        m_host.fail(FailureKind::ProtocolError, QStringLiteral("unexpected response: %1").arg(printable(line)));
        return;
    }
}

void ImapSession::afterCapabilities()
{
    reportCapabilities(m_capabilities); // also when it is no IMAP server: the result shows what it is
    if (!m_capabilities.contains("IMAP4REV1") && !m_capabilities.contains("IMAP4REV2")) {
        m_host.fail(FailureKind::ProtocolError, QStringLiteral("the server does not claim IMAP4rev1 or IMAP4rev2"));
        return;
    }
    capabilitiesKnown(m_capabilities);
}

void ImapSession::beginLogin()
{
    const QString user = nextUsername();
    m_state = State::Authenticate;
    m_pendingSegments.clear();
    QList<QByteArray> offered;
    for (const QByteArray& capability : std::as_const(m_capabilities)) {
        if (capability.startsWith("AUTH=")) {
            offered.append(capability.mid(5));
        }
    }
    // SASL first; LOGINDISABLED does not apply to it.
    if (startSasl(offered, m_capabilities.contains("SASL-IR"))) {
        return;
    }
    if (m_capabilities.contains("LOGINDISABLED")) {
        noLoginOffered(QStringLiteral("LOGINDISABLED and no AUTH=PLAIN or AUTH=LOGIN"));
        return;
    }
    // LOGIN as the last resort: quoted strings, or literals for 8-bit values.
    const QByteArray userBytes = user.toUtf8();
    const QByteArray passwordBytes = m_options.password.toUtf8();
    if (userBytes.contains('\0') || passwordBytes.contains('\0')) {
        m_host.fail(FailureKind::AuthMechanismUnavailable, QStringLiteral("NUL in the username or password"));
        return;
    }
    m_host.credentialsSent(user, QStringLiteral("IMAP LOGIN"));
    const bool literalPlus = m_capabilities.contains("LITERAL+");
    auto literalHead = [&](const QByteArray& bytes) {
        return '{' + QByteArray::number(bytes.size()) + (literalPlus ? "+}" : "}");
    };
    const auto quotedUser = quoted(user);
    const auto quotedPassword = quoted(m_options.password);
    QByteArray head = "LOGIN ";
    QString shownHead = QStringLiteral("LOGIN ");
    // Segments after the first go out only after "+" (or at once with LITERAL+).
    QList<QByteArray> segments;
    if (quotedUser) {
        head += *quotedUser + ' ';
        shownHead += QString::fromUtf8(*quotedUser) + QLatin1Char(' ');
    } else {
        head += literalHead(userBytes);
        shownHead += QString::fromLatin1(literalHead(userBytes));
        segments.append(userBytes + ' ');
    }
    if (quotedPassword && segments.isEmpty()) {
        sendCommand(head + *quotedPassword, shownHead + QStringLiteral("[redacted]"));
        return;
    }
    if (quotedPassword) {
        segments.last() += *quotedPassword;
    } else if (segments.isEmpty()) {
        head += literalHead(passwordBytes);
        shownHead += QString::fromLatin1(literalHead(passwordBytes));
        segments.append(passwordBytes);
    } else {
        segments.last() += literalHead(passwordBytes);
        segments.append(passwordBytes);
    }
    m_pendingSegments = segments;
    sendCommand(head, shownHead);
    if (literalPlus) {
        while (!m_pendingSegments.isEmpty()) {
            sendPendingLiteral();
        }
    }
}

void ImapSession::sendPendingLiteral()
{
    // Literal parts carry the password (or user + password): always redacted.
    m_host.send(m_pendingSegments.takeFirst(), QStringLiteral("[redacted]"));
}

void ImapSession::loginResult(const ImapResponse& response)
{
    const bool passwordSent = m_pendingSegments.isEmpty() && saslComplete();
    m_pendingSegments.clear();
    if (response.status == ImapResponse::Status::Ok) {
        if (response.code == "CAPABILITY") {
            m_capabilities = response.capabilities;
        }
        loginSucceeded(passwordSent);
        return;
    }
    const QByteArray detail = response.code.isEmpty() ? response.text : '[' + response.code + "] " + response.text;
    FailureKind kind = FailureKind::AuthWrongPassword;
    if (response.status == ImapResponse::Status::Bad) {
        kind = FailureKind::ProtocolError;
    } else if (mentionsLoginDisabled(response.text)) {
        kind = FailureKind::AuthLoginDisabled;
    } else if (mentionsAppPassword(response.text)) {
        kind = FailureKind::AuthAppPasswordNeeded;
    } else if (response.code == "PRIVACYREQUIRED") {
        kind = FailureKind::AuthEncryptionRequired;
    } else if (response.code == "UNAVAILABLE" || response.code == "INUSE") {
        kind = FailureKind::AuthTemporary;
    }
    loginRefused(kind, printable(detail));
}

} // namespace Portpilot
