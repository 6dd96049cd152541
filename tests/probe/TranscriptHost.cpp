#include "TranscriptHost.h"

#include "SaslClient.h"

using namespace Portpilot;

TranscriptHost::TranscriptHost(const ServerSettings& server, const ProbeOptions& options)
    : m_server(server)
    , m_options(options)
{
    m_encrypted = server.socketType == SocketType::Ssl; // the implicit TLS handshake has happened
    QStringList users{server.username};
    if (server.username.isEmpty() && !options.emailAddress.isEmpty()) {
        users = {options.emailAddress, options.emailAddress.section(QLatin1Char('@'), 0, 0)};
    }
    m_user = users.first();
    m_redactor.addPassword(options.password, users);
    for (const QByteArray& form : SaslClient::tokenForms(options.accessToken, users, server.hostname, server.port)) {
        m_redactor.addSecret(form);
    }
    m_session = ProtocolSession::create(*this, server, options);
    if (m_encrypted) {
        m_session->tlsEstablished();
    }
}

QByteArray TranscriptHost::expand(const QByteArray& text) const
{
    const QByteArray user = m_user.toUtf8();
    const QByteArray password = m_options.password.toUtf8();
    QByteArray out = text;
    const QString token = m_options.accessToken;
    out.replace("<XOAUTH2>", SaslClient::xoauth2(m_user, token));
    out.replace("<OAUTHBEARER>", SaslClient::oauthBearer(m_user, m_server.hostname, m_server.port, token));
    out.replace("<EMPTY>", "");
    out.replace("<PLAIN>", (QByteArray(1, '\0') + user + QByteArray(1, '\0') + password).toBase64());
    out.replace("<USER64>", user.toBase64());
    out.replace("<PASS64>", password.toBase64());
    out.replace("<USER>", user);
    out.replace("<PASS>", password);
    return out;
}

QString TranscriptHost::compareSent()
{
    if (m_sent == m_expected) {
        return {};
    }
    return QStringLiteral("the client sent\n  %1\nbut the transcript expects\n  %2")
        .arg(QString::fromUtf8(m_sent.join("\n  ")), QString::fromUtf8(m_expected.join("\n  ")));
}

QString TranscriptHost::run(const QByteArray& script)
{
    int number = 0;
    for (const QByteArray& raw : script.split('\n')) {
        ++number;
        const QByteArray line = raw.trimmed().isEmpty() ? QByteArray() : raw;
        if (line.isEmpty()) {
            continue;
        }
        const QByteArray where = "transcript line " + QByteArray::number(number) + " (" + line + "): ";
        if (line.startsWith("C: ")) {
            m_expected.append(expand(line.mid(3)));
            continue;
        }
        if (line == "-- tls") {
            m_expected.append("[TLS]");
        }
        QString difference = compareSent();
        if (difference.isEmpty() && !m_violations.isEmpty()) {
            difference = m_violations.join(QLatin1Char('\n'));
        }
        if (!difference.isEmpty()) {
            return QString::fromUtf8(where) + difference;
        }
        if (line.startsWith("S: ")) {
            if (m_outcome) {
                return QString::fromUtf8(where) + QStringLiteral("the client had already ended (%1 %2)")
                                                      .arg(failureKindName(*m_outcome), m_failureDetail);
            }
            m_session->handleLine(expand(line.mid(3)));
        } else if (line == "-- tls") {
            m_encrypted = true;
            m_tlsRequested = false;
            m_awaitingFirstAfterTls = true;
            m_session->tlsEstablished();
        } else if (line.startsWith("== ")) {
            const QString expected = QString::fromUtf8(line.mid(3));
            const QString got = !m_outcome ? QStringLiteral("still running")
                                : *m_outcome == FailureKind::None
                                    ? QStringLiteral("passed")
                                    : QStringLiteral("failed %1").arg(failureKindName(*m_outcome));
            if (got != expected) {
                return QString::fromUtf8(where) + QStringLiteral("the client ended %1 (%2)").arg(got, m_failureDetail);
            }
        } else {
            return QString::fromUtf8(where) + QStringLiteral("not a transcript line");
        }
    }
    if (QString difference = compareSent(); !difference.isEmpty()) {
        return QStringLiteral("at the end: ") + difference;
    }
    if (!m_violations.isEmpty()) {
        return m_violations.join(QLatin1Char('\n'));
    }
    if (!m_outcome) {
        return QStringLiteral("the transcript ends before the client did (add an == line)");
    }
    return {};
}

void TranscriptHost::violation(const QString& what)
{
    m_violations.append(what);
}

void TranscriptHost::send(const QByteArray& line, const QString& shown)
{
    if (m_outcome) {
        violation(QStringLiteral("sent after the end: %1").arg(QString::fromUtf8(line)));
    }
    if (m_tlsRequested) {
        violation(
            QStringLiteral("sent between the STARTTLS go-ahead and the handshake: %1").arg(QString::fromUtf8(line)));
    }
    const bool consent = m_options.hasPlaintextConsent(m_server.hostname, m_server.port);
    if (!m_encrypted && !consent && m_redactor.containsSecret(line)) {
        violation(QStringLiteral("the password went out unencrypted: %1").arg(QString::fromUtf8(line)));
    }
    if (!m_encrypted && !m_options.accessToken.isEmpty() && m_redactor.containsSecret(line)) {
        violation(QStringLiteral("the token went out unencrypted: %1").arg(QString::fromUtf8(line)));
    }
    if (m_awaitingFirstAfterTls) {
        m_awaitingFirstAfterTls = false;
        const QByteArrayList words = line.split(' ');
        const QByteArray verb = (m_server.protocol == Protocol::Imap ? words.value(1) : words.value(0)).toUpper();
        if (verb != "CAPABILITY" && verb != "CAPA" && verb != "EHLO") {
            violation(QStringLiteral("the first command after TLS does not ask for capabilities again: %1")
                          .arg(QString::fromUtf8(line)));
        }
    }
    const QString text = shown.isEmpty() ? QString::fromUtf8(line) : shown;
    if (m_redactor.containsSecret(text)) {
        violation(QStringLiteral("the transcript shows the password: %1").arg(text));
    }
    m_shown.append(QStringLiteral("C: ") + text);
    m_sent.append(line);
}

void TranscriptHost::startTls()
{
    m_tlsRequested = true;
    m_sent.append("[TLS]");
}

void TranscriptHost::beginStep(ProbeStep step)
{
    if (m_steps.isEmpty() || m_steps.last() != step) {
        m_steps.append(step);
    }
}

void TranscriptHost::credentialsSent(const QString& username, const QString& mechanism)
{
    m_credentialsSent = true;
    m_mechanism = mechanism;
    m_user = username;
    ++m_loginAttempts;
    if (!m_encrypted && !m_options.hasPlaintextConsent(m_server.hostname, m_server.port)) {
        violation(QStringLiteral("a login began unencrypted without consent (%1)").arg(mechanism));
    }
}

void TranscriptHost::succeed()
{
    if (!m_outcome) {
        m_outcome = FailureKind::None;
    }
}

void TranscriptHost::fail(FailureKind kind, const QString& detail)
{
    if (!m_outcome) {
        m_outcome = kind;
        m_failureDetail = detail;
    }
}
