#pragma once

#include "LineBuffer.h"
#include "ProbeOptions.h"
#include "ProbeResult.h"
#include "ProtocolSession.h"
#include "Redactor.h"
#include "ServerSettings.h"

#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>

class QSslSocket;

namespace Portpilot {

// Tests one server the way a careful client logs in: connect, TLS (implicit or STARTTLS, never a
// fallback to plaintext), capabilities, login, logout. Reports progress per step and one result
// with a plain-words failure, the technical detail, the certificate when one was refused, and a
// transcript with every credential redacted. With ProbeMode::CapabilitiesOnly it never sends one.
class ConnectionTester : public QObject, private ProtocolSession::Host
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    // `server` must be resolved (no placeholders). Starting again cancels a running test; only the
    // new run reports finished().
    void start(const ServerSettings& server, const ProbeOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }
    const ProbeResult& result() const { return m_result; }
    // After a passed run in ProbeMode::KeepSession: the logged-in connection (no signal of it
    // connected to this tester any more), and the bytes already read from it that no one has
    // handled. Null otherwise, or when it was taken before.
    std::unique_ptr<QSslSocket> takeSession(QByteArray* unread = nullptr);

signals:
    void stepStarted(Portpilot::ProbeStep step);
    void stepFinished(Portpilot::ProbeStep step, bool ok);
    void finished(const Portpilot::ProbeResult& result);

private:
    // ProtocolSession::Host
    void send(const QByteArray& line, const QString& shown) override;
    void startTls() override;
    bool isEncrypted() const override;
    void beginStep(ProbeStep step) override;
    void setCapabilities(const QStringList& capabilities) override;
    void credentialsSent(const QString& username, const QString& mechanism) override;
    void loginAccepted() override;
    void succeed() override;
    void fail(FailureKind kind, const QString& detail) override;
    QByteArray clientName() const override;

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSslErrors(const QList<QSslError>& errors);
    void onSocketError();
    void onDisconnected();
    void onTimeout();
    void onLoginDeadline();
    void note(const QString& text);
    void finish();
    void armTimer(int ms);
    int loginTimeoutMs() const;

    QSslSocket* m_socket = nullptr;
    std::unique_ptr<QSslSocket> m_keptSocket; // ProbeMode::KeepSession, until takeSession()
    std::unique_ptr<ProtocolSession> m_session;
    ProbeOptions m_options;
    ProbeResult m_result;
    LineBuffer m_buffer;
    Redactor m_redactor;
    QTimer m_timer;
    QTimer m_loginDeadline;
    QString m_connectHost; // ACE form or address
    bool m_running = false;
    quint64 m_generation = 0;
    bool m_tlsRequested = false;
    bool m_handshaking = false;
    bool m_loggedIn = false;
    bool m_hasStep = false;
    ProbeStep m_step = ProbeStep::Connect;
    std::optional<CertificateInfo> m_refusedCertificate;
};

} // namespace Portpilot
