#pragma once

#include "ProtocolSession.h"
#include "Redactor.h"

#include <QByteArrayList>
#include <QStringList>

#include <memory>
#include <optional>

// Runs a ProtocolSession against a transcript instead of a socket, in the spirit of Trojitá's
// cServer()/cClient(). A transcript is one line per event:
//   S: <line>      the server sends this line (CRLF added)
//   C: <line>      the client must have sent exactly this line, in this order, by now
//   -- tls         the client must have asked for TLS here; the handshake then succeeds
//   == passed      the test must end passed here; `== failed <Kind>` (failureKindName) fails
// In S:/C: lines <USER>, <PASS>, <PLAIN> (base64 of "\0user\0password"), <USER64> and <PASS64>
// stand for the username and password of the run; <XOAUTH2> and <OAUTHBEARER> for the two OAuth2
// SASL messages with the run's access token, <EMPTY> for an empty line.
// Besides the script, every run checks the security rows: nothing is sent between the STARTTLS
// go-ahead and the end of the handshake, no form of the password goes out unencrypted without
// consent (and no form of an access token unencrypted at all), the first command after TLS asks for capabilities again,
// and no transcript line shown to people carries the password in any encoding.
class TranscriptHost : public Portpilot::ProtocolSession::Host
{
public:
    TranscriptHost(const Portpilot::ServerSettings& server, const Portpilot::ProbeOptions& options);

    // Plays the script; returns an empty string when everything matched, otherwise what differed.
    QString run(const QByteArray& script);

    // What the session did, for checks beyond the script.
    const QStringList& shown() const { return m_shown; }
    bool credentialsWereSent() const { return m_credentialsSent; }
    const QString& mechanism() const { return m_mechanism; }
    int loginAttempts() const { return m_loginAttempts; }
    const QList<Portpilot::ProbeStep>& steps() const { return m_steps; }
    const QStringList& violations() const { return m_violations; }

    // ProtocolSession::Host
    void send(const QByteArray& line, const QString& shown) override;
    void startTls() override;
    bool isEncrypted() const override { return m_encrypted; }
    void beginStep(Portpilot::ProbeStep step) override;
    void setCapabilities(const QStringList& capabilities) override { m_capabilities = capabilities; }
    void credentialsSent(const QString& username, const QString& mechanism) override;
    void loginAccepted() override { m_loggedIn = true; }
    void succeed() override;
    void fail(Portpilot::FailureKind kind, const QString& detail) override;
    QByteArray clientName() const override { return "[127.0.0.1]"; }

private:
    QByteArray expand(const QByteArray& text) const;
    QString compareSent();
    void violation(const QString& what);

    Portpilot::ServerSettings m_server;
    Portpilot::ProbeOptions m_options;
    std::unique_ptr<Portpilot::ProtocolSession> m_session;
    Portpilot::Redactor m_redactor;
    QByteArrayList m_sent;     // every line sent, with "[TLS]" where the client asked for TLS
    QByteArrayList m_expected; // the C: and -- tls lines of the script so far
    QStringList m_shown;
    QStringList m_violations;
    QStringList m_capabilities;
    QList<Portpilot::ProbeStep> m_steps;
    QString m_mechanism;
    QString m_user;
    bool m_encrypted = false;
    bool m_tlsRequested = false;
    bool m_awaitingFirstAfterTls = false;
    bool m_credentialsSent = false;
    bool m_loggedIn = false;
    int m_loginAttempts = 0;
    std::optional<Portpilot::FailureKind> m_outcome; // None when passed
    QString m_failureDetail;
};
