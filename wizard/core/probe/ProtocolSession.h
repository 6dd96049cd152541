#pragma once

#include "ProbeFailure.h"
#include "ProbeOptions.h"
#include "ProbeResult.h"
#include "SaslExchange.h"
#include "ServerSettings.h"

#include <QByteArray>
#include <QStringList>

#include <memory>
#include <optional>

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

    // One response line, without CRLF. Nothing after the end of the test.
    void handleLine(const QByteArray& line)
    {
        if (!m_done) {
            handle(line);
        }
    }
    // Called after the TLS handshake, both for implicit TLS (before the greeting) and after STARTTLS.
    // After STARTTLS everything learned before is forgotten and the capabilities are asked again
    // (RFC 3501 §6.2.1, RFC 2595 §4, RFC 3207 §4.2).
    void tlsEstablished();

    // A server's words for showing: UTF-8, control characters replaced, at most 300 bytes.
    static QString printable(const QByteArray& bytes);

protected:
    // The steps every protocol shares, in the order of a test.

    // Sends a command (IMAP puts its tag in front).
    virtual void sendCommand(const QByteArray& text, const QString& shown = QString()) { m_host.send(text, shown); }
    // The verb that starts a SASL exchange: "AUTHENTICATE" (IMAP) or "AUTH".
    virtual QByteArray saslVerb() const { return "AUTH"; }
    // False when the settings ask for no login at all (an SMTP relay for the local network).
    virtual bool needsLogin() const { return true; }
    // Starts the login with the next username variant (called again for the second variant).
    virtual void beginLogin() = 0;
    virtual void handle(const QByteArray& line) = 0;
    // Forgets the capabilities and asks for them (again).
    virtual void askCapabilities() = 0;
    virtual QByteArray logoutCommand() const { return "QUIT"; }

    virtual QByteArray startTlsCommand() const { return "STARTTLS"; }
    // Sends STARTTLS/STLS (the TLS step begins).
    void requestTls();
    // The server said go ahead to STARTTLS/STLS: the host starts the handshake.
    void goAheadForTls();
    // LOGOUT / QUIT; the next complete answer ends the test as passed (loggedOut()).
    void quit();
    void loggedOut();

    // Passes the capability list to the host (and on to the result).
    void reportCapabilities(const QList<QByteArray>& capabilities);
    // SASL mechanism names as capability entries the way IMAP lists them ("AUTH=PLAIN"), for the
    // protocols that list them apart (SMTP's AUTH line, POP3's SASL line).
    static QList<QByteArray> mechanismEntries(const QList<QByteArray>& mechanisms);
    // After the capabilities (the ones after TLS): reports them, then quits, refuses or logs in.
    void capabilitiesKnown(const QList<QByteArray>& capabilities);
    // Starts the best SASL mechanism in `offered` for the settings' login method, with the initial
    // response in the command when `initialResponse`. True when the login is under way or has
    // failed; false when none is offered and the caller may use its own command (IMAP LOGIN, USER).
    bool startSasl(const QList<QByteArray>& offered, bool initialResponse);
    // A server challenge during SASL: answers it, cancels, or fails an exchange that does not end.
    void saslChallenge(const QByteArray& challengeBase64);
    // True once the SASL exchange in flight has sent everything that proves the password.
    bool saslComplete() const { return !m_sasl || m_sasl->isComplete(); }
    // The server says the login worked. Unless the password has gone out in full, that is a
    // server that never checked it: a protocol error, not a pass.
    void loginSucceeded(bool passwordSent);
    // A refused login: the second username variant after a wrong password, else the failure. A
    // refused OAuth2 token is AuthTokenRejected or AuthTokenScope, with the server's error.
    void loginRefused(FailureKind kind, const QString& detail);

    // Starts the login step with the next username variant and returns it.
    QString nextUsername();
    QString currentUsername() const { return m_candidates.value(m_attempt - 1); }
    // The usernames to try, in order: the configured one, or the full address then the local part.
    QStringList usernameCandidates() const;
    // Fails with PlaintextNotAllowed (and returns false) when credentials may not go out now.
    bool mayAuthenticate();
    bool wantsChallengeResponse() const;
    // OAuth2: the access token goes out (XOAUTH2, OAUTHBEARER), never the password, never unencrypted.
    bool wantsToken() const;
    // Fails with AuthMechanismUnavailable when the settings ask for a method we cannot test.
    bool authMethodTestable();
    // Fails with AuthMechanismUnavailable or AuthEncryptionRequired: no way to log in was offered.
    void noLoginOffered(const QString& detail);
    // Text of a refused login that means "use an app password" (Gmail, Yahoo, iCloud, ...).
    static bool mentionsAppPassword(const QByteArray& text);
    // The provider's words for "logins from mail programs are turned off for this mailbox".
    static bool mentionsLoginDisabled(const QByteArray& text);

    Host& m_host;
    ServerSettings m_server;
    ProbeOptions m_options;
    QStringList m_candidates;
    int m_attempt = 0;
    std::optional<SaslExchange> m_sasl; // the SASL exchange of this attempt, if it uses one
    bool m_waitingForTls = false;
    bool m_loggingOut = false;
    bool m_done = false; // ignore everything after the end
};

} // namespace Portpilot
