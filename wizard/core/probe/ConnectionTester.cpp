#include "ConnectionTester.h"

#include "ExtraCaCertificates.h"
#include "Hostname.h"
#include "Logging.h"
#include "SaslClient.h"

#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Portpilot {

namespace {

constexpr qint64 ReadChunk = 64 * 1024;
constexpr int MaxTranscriptLines = 400;

QString shownText(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes.left(400));
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control) {
            c = QChar(0xfffd);
        }
    }
    return bytes.size() > 400 ? text + QStringLiteral("… (%1 bytes)").arg(bytes.size()) : text;
}

QString protocolText(QSsl::SslProtocol protocol)
{
    // Qt 6.3 deprecated the names of TLS 1.0 and 1.1 (0 and 1); only the check's second handshake
    // (ProbeOptions::legacyTlsOnly) can agree on them.
    if (static_cast<int>(protocol) == 0) {
        return QStringLiteral("TLS 1.0");
    }
    if (static_cast<int>(protocol) == 1) {
        return QStringLiteral("TLS 1.1");
    }
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionTester::onTimeout);
    m_loginDeadline.setSingleShot(true);
    connect(&m_loginDeadline, &QTimer::timeout, this, &ConnectionTester::onLoginDeadline);
}

ConnectionTester::~ConnectionTester()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
    if (m_keptSocket) {
        m_keptSocket->abort();
    }
}

void ConnectionTester::start(const ServerSettings& server, const ProbeOptions& options)
{
    if (m_running) {
        cancel();
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    ++m_generation;
    m_keptSocket.reset();
    m_options = options;
    if (options.legacyTlsOnly) {
        m_options.mode = ProbeMode::CapabilitiesOnly;
        m_options.password.clear();
        m_options.accessToken.clear();
    }
    m_result = ProbeResult();
    m_result.server = server;
    if (m_result.server.port == 0) {
        m_result.server.port = standardPort(server.protocol, server.socketType);
    }
    m_buffer = LineBuffer(options.maxLineLength);
    m_tlsRequested = false;
    m_handshaking = false;
    m_loggedIn = false;
    m_hasStep = false;
    m_refusedCertificate.reset();
    m_running = true;
    // A second line of defence behind the sessions' own redaction: no form of the password in the
    // transcript or the log, whatever a session passes on.
    const QStringList usernames{server.username, options.emailAddress,
                                options.emailAddress.section(QLatin1Char('@'), 0, 0)};
    m_redactor = Redactor(options.password, usernames);
    for (const QByteArray& form :
         SaslClient::tokenForms(options.accessToken, usernames, server.hostname, m_result.server.port)) {
        m_redactor.addSecret(form); // the token, raw and inside either OAuth2 SASL message
    }

    const QHostAddress literal(server.hostname);
    m_connectHost = literal.isNull() ? Hostname::toAce(server.hostname) : literal.toString();
    m_session = ProtocolSession::create(*this, m_result.server, m_options);
    beginStep(ProbeStep::Connect);
    if (m_connectHost.isEmpty() || server.hostname.contains(QLatin1Char('%'))) {
        fail(FailureKind::HostNotFound, QStringLiteral("invalid host name “%1”").arg(server.hostname));
        return;
    }

    m_socket = new QSslSocket(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (m_options.legacyTlsOnly) {
        // OpenSSL's own settings (SSL_CONF_cmd names); Qt 6.4 has no API for these versions.
        configuration.setProtocol(QSsl::AnyProtocol);
        configuration.setBackendConfigurationOption(QByteArrayLiteral("MinProtocol"), QByteArrayLiteral("TLSv1"));
        configuration.setBackendConfigurationOption(QByteArrayLiteral("MaxProtocol"), QByteArrayLiteral("TLSv1.1"));
        configuration.setBackendConfigurationOption(QByteArrayLiteral("CipherString"),
                                                    QByteArrayLiteral("DEFAULT:@SECLEVEL=0"));
    } else {
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
    }
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ExtraCaCertificates::addTo(configuration, options.caCertificates);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(m_connectHost);

    connect(m_socket, &QSslSocket::connected, this, &ConnectionTester::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ConnectionTester::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ConnectionTester::onReadyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, &ConnectionTester::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ConnectionTester::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &ConnectionTester::onDisconnected);

    note(QStringLiteral("-- connecting to %1 port %2 (%3)")
             .arg(m_connectHost)
             .arg(m_result.server.port)
             .arg(socketTypeName(server.socketType)));
    if (!options.localAddress.isNull() && !m_socket->bind(options.localAddress)) {
        fail(FailureKind::NetworkError, m_socket->errorString());
        return;
    }
    armTimer(options.connectTimeoutMs);
    if (server.socketType == SocketType::Ssl) {
        m_socket->connectToHostEncrypted(m_connectHost, m_result.server.port, m_connectHost);
    } else {
        m_socket->connectToHost(m_connectHost, m_result.server.port);
    }
}

void ConnectionTester::cancel()
{
    fail(FailureKind::Cancelled, QString());
}

void ConnectionTester::armTimer(int ms)
{
    m_timer.start(ms);
}

void ConnectionTester::note(const QString& line)
{
    const QString text = m_redactor.redact(line);
    qCDebug(lcProbe).noquote() << m_result.server.summary() << text;
    if (m_result.transcript.size() < MaxTranscriptLines) {
        m_result.transcript.append(text);
    } else if (m_result.transcript.size() == MaxTranscriptLines) {
        m_result.transcript.append(QStringLiteral("-- (transcript cut)"));
    }
}

void ConnectionTester::beginStep(ProbeStep step)
{
    if (m_hasStep && m_step == step) {
        return;
    }
    if (m_hasStep) {
        emit stepFinished(m_step, true);
    }
    m_hasStep = true;
    m_step = step;
    if (step == ProbeStep::Login && !m_loginDeadline.isActive()) {
        m_loginDeadline.start(loginTimeoutMs());
    }
    emit stepStarted(step);
}

void ConnectionTester::onConnected()
{
    note(QStringLiteral("-- connected"));
    if (m_result.server.socketType == SocketType::Ssl) {
        beginStep(ProbeStep::Tls);
        m_handshaking = true;
    }
    armTimer(m_options.stepTimeoutMs);
}

void ConnectionTester::onEncrypted()
{
    m_handshaking = false;
    m_tlsRequested = false;
    m_result.encrypted = true;
    m_result.tlsProtocol = protocolText(m_socket->sessionProtocol());
    m_result.tlsCipher = m_socket->sessionCipher().name();
    m_result.certificateValidated = !m_result.certificatePinned;
    m_result.peerCertificateChain = m_socket->peerCertificateChain();
    note(QStringLiteral("-- %1, %2, certificate %3")
             .arg(m_result.tlsProtocol, m_result.tlsCipher,
                  m_result.certificatePinned ? QStringLiteral("accepted by fingerprint") : QStringLiteral("verified")));
    armTimer(m_options.stepTimeoutMs);
    m_session->tlsEstablished();
}

void ConnectionTester::onReadyRead()
{
    while (m_running && m_socket && !m_tlsRequested && m_socket->bytesAvailable() > 0) {
        // Bounded chunks: a server sending a huge line is cut off at maxLineLength plus one chunk.
        m_buffer.append(m_socket->read(ReadChunk));
        while (m_running && !m_tlsRequested) {
            const auto line = m_buffer.takeLine();
            if (!line) {
                break;
            }
            note(QStringLiteral("S: ") + shownText(*line));
            m_session->handleLine(*line);
        }
        if (m_running && m_buffer.overflowed()) {
            fail(FailureKind::ResponseTooLong,
                 QStringLiteral("a line longer than %1 bytes").arg(m_options.maxLineLength));
        }
    }
}

void ConnectionTester::send(const QByteArray& line, const QString& shown)
{
    if (!m_running || !m_socket) {
        return;
    }
    note(QStringLiteral("C: ") + (shown.isEmpty() ? shownText(line) : shown));
    m_socket->write(line + "\r\n");
    ++m_result.commandsSent;
    armTimer(m_options.stepTimeoutMs);
}

void ConnectionTester::startTls()
{
    if (!m_running || !m_socket) {
        return;
    }
    // Not one byte may follow the go-ahead before the handshake (response injection, ST-01..06).
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0) {
        fail(FailureKind::ResponseInjection, QStringLiteral("data received after the STARTTLS go-ahead"));
        return;
    }
    m_tlsRequested = true;
    m_handshaking = true;
    note(QStringLiteral("-- starting TLS"));
    armTimer(m_options.stepTimeoutMs);
    m_socket->startClientEncryption();
}

bool ConnectionTester::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

void ConnectionTester::setCapabilities(const QStringList& capabilities)
{
    if (m_result.server.socketType == SocketType::StartTls && !isEncrypted()) {
        m_result.capabilitiesBeforeTls = capabilities;
        return;
    }
    m_result.capabilities = capabilities;
}

void ConnectionTester::credentialsSent(const QString& username, const QString& mechanism)
{
    m_result.credentialsSent = true;
    m_result.username = username;
    m_result.mechanism = mechanism;
    ++m_result.loginAttempts;
}

void ConnectionTester::loginAccepted()
{
    m_loggedIn = true;
    m_loginDeadline.stop();
}

int ConnectionTester::loginTimeoutMs() const
{
    return m_options.loginTimeoutMs > 0 ? m_options.loginTimeoutMs : 3 * m_options.stepTimeoutMs;
}

void ConnectionTester::onLoginDeadline()
{
    if (m_running && !m_loggedIn) {
        fail(FailureKind::TimedOut, QStringLiteral("the login took longer than %1 ms").arg(loginTimeoutMs()));
    }
}

QByteArray ConnectionTester::clientName() const
{
    const QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol) {
        return "[IPv6:" + local.toString().toLatin1() + ']';
    }
    if (local.protocol() == QAbstractSocket::IPv4Protocol) {
        return '[' + local.toString().toLatin1() + ']';
    }
    return "[127.0.0.1]";
}

void ConnectionTester::onSslErrors(const QList<QSslError>& errors)
{
    QSslCertificate certificate = m_socket->peerCertificate();
    if (certificate.isNull() && !errors.isEmpty()) {
        certificate = errors.first().certificate();
    }
    const CertificateInfo info = CertificateInfo::from(certificate, errors);
    // Only exactly the expected errors of a certificate the user accepted; never a name mismatch.
    if (info.isPinnable() &&
        m_options.acceptsFingerprint(m_result.server.hostname, m_result.server.port, info.sha256)) {
        m_result.certificatePinned = true;
        m_result.certificate = info;
        m_socket->ignoreSslErrors(errors);
        return;
    }
    m_refusedCertificate = info;
}

void ConnectionTester::onSocketError()
{
    if (!m_running || !m_socket) {
        return;
    }
    const QString detail = m_socket->errorString();
    switch (m_socket->error()) {
    case QAbstractSocket::HostNotFoundError:
        fail(FailureKind::HostNotFound, detail);
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(FailureKind::ConnectionRefused, detail);
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(FailureKind::TimedOut, detail);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        if (m_refusedCertificate) {
            m_result.certificate = m_refusedCertificate;
            fail(FailureKind::CertificateProblem, m_refusedCertificate->errorTexts.join(QStringLiteral("; ")));
        } else {
            fail(FailureKind::TlsHandshakeFailed, detail);
        }
        return;
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(FailureKind::TlsHandshakeFailed, detail);
        return;
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    default:
        fail(FailureKind::NetworkError, detail);
        return;
    }
}

void ConnectionTester::onDisconnected()
{
    if (!m_running) {
        return;
    }
    if (m_loggedIn) {
        succeed(); // a server may hang up right after LOGOUT/QUIT without answering
        return;
    }
    fail(m_handshaking ? FailureKind::TlsHandshakeFailed : FailureKind::ConnectionClosed,
         QStringLiteral("the server closed the connection"));
}

void ConnectionTester::onTimeout()
{
    if (!m_running) {
        return;
    }
    if (m_loggedIn) {
        succeed(); // the login worked; a missing answer to LOGOUT does not change that
        return;
    }
    fail(FailureKind::TimedOut, QStringLiteral("no complete answer within %1 ms during %2")
                                    .arg(m_options.stepTimeoutMs)
                                    .arg(probeStepName(m_step)));
}

void ConnectionTester::succeed()
{
    if (!m_running) {
        return;
    }
    note(QStringLiteral("-- test passed"));
    if (m_hasStep) {
        emit stepFinished(m_step, true);
    }
    if (m_socket && m_options.mode == ProbeMode::KeepSession && m_loggedIn) {
        m_socket->disconnect(this);
        m_socket->setParent(nullptr);
        m_keptSocket.reset(m_socket);
        m_socket = nullptr;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    finish();
}

std::unique_ptr<QSslSocket> ConnectionTester::takeSession(QByteArray* unread)
{
    if (unread) {
        unread->clear();
        while (const auto line = m_buffer.takeLine()) {
            *unread += *line + "\r\n";
        }
    }
    return std::move(m_keptSocket);
}

void ConnectionTester::fail(FailureKind kind, const QString& detail)
{
    if (!m_running) {
        return;
    }
    m_result.failure.kind = kind;
    m_result.failure.detail = m_redactor.redact(detail); // server text may echo what we sent
    note(QStringLiteral("-- failed: %1%2")
             .arg(failureKindName(kind), detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)));
    if (m_hasStep) {
        emit stepFinished(m_step, false);
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    finish();
}

void ConnectionTester::finish()
{
    m_running = false;
    m_timer.stop();
    m_loginDeadline.stop();
    // Queued: fail()/succeed() may run inside the session's own handler; the receiver may delete us.
    // A run replaced by start() before its result was delivered must not report as the new one.
    QMetaObject::invokeMethod(
        this,
        [this, result = m_result, generation = m_generation] {
            if (generation == m_generation) {
                emit finished(result);
            }
        },
        Qt::QueuedConnection);
}

} // namespace Portpilot
