#pragma once

#include "ProbeFailure.h"
#include "ProbeOptions.h"
#include "ProbeResult.h"
#include "ServerSettings.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace Portpilot {

// The protocol half of a connection test: a state machine that gets response lines and answers
// through its Host (the ConnectionTester, which owns the socket, TLS, timeouts and transcript).
class ProtocolSession
{
public:
    class Host
    {
    public:
        virtual ~Host() = default;
        // Sends one command line (CRLF added). `shown` replaces it in the transcript (redaction).
        virtual void send(const QByteArray& line, const QString& shown = QString()) = 0;
        // Starts the TLS handshake after a STARTTLS go-ahead (the host checks for injected bytes).
        virtual void startTls() = 0;
        virtual bool isEncrypted() const = 0;
        virtual void beginStep(ProbeStep step) = 0;
        virtual void setCapabilities(const QStringList& capabilities) = 0;
        virtual void credentialsSent(const QString& username, const QString& mechanism) = 0;
        virtual void loginAccepted() = 0;
        virtual void succeed() = 0;
        virtual void fail(FailureKind kind, const QString& detail) = 0;
        // The client's name for SMTP EHLO: an address literal such as "[127.0.0.1]".
        virtual QByteArray clientName() const = 0;
    };

    ProtocolSession(Host& host, const ServerSettings& server, const ProbeOptions& options);
    virtual ~ProtocolSession() = default;

    static std::unique_ptr<ProtocolSession> create(Host& host, const ServerSettings& server,
                                                   const ProbeOptions& options);

    virtual void handleLine(const QByteArray& line) = 0;
    // Called after the TLS handshake, both for implicit TLS (before the greeting) and after STARTTLS.
    virtual void tlsEstablished() = 0;

protected:
    // Passes the capability list to the host (and on to the result).
    void reportCapabilities(const QList<QByteArray>& capabilities);
    // Starts the login step with the next username variant and returns it.
    QString nextUsername();
    // The usernames to try, in order: the configured one, or the full address then the local part.
    QStringList usernameCandidates() const;
    // Fails with PlaintextNotAllowed (and returns false) when credentials may not go out now.
    bool mayAuthenticate();
    bool wantsChallengeResponse() const;
    // Fails with AuthMechanismUnavailable when the settings ask for a method we cannot test.
    bool authMethodTestable();
    // Text of a refused login that means "use an app password" (Gmail, Yahoo, iCloud, ...).
    static bool mentionsAppPassword(const QByteArray& text);
    static QString printable(const QByteArray& bytes);

    Host& m_host;
    ServerSettings m_server;
    ProbeOptions m_options;
    QStringList m_candidates;
    int m_attempt = 0;
};

} // namespace Portpilot
