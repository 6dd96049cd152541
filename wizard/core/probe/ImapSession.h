#pragma once

#include "ImapResponseParser.h"
#include "ProtocolSession.h"

namespace Portpilot {

// IMAP4rev1/rev2 client side of a connection test: greeting, CAPABILITY, STARTTLS, CAPABILITY again,
// AUTHENTICATE PLAIN / LOGIN / CRAM-MD5 or the LOGIN command (quoted or literal), LOGOUT.
class ImapSession : public ProtocolSession
{
public:
    using ProtocolSession::ProtocolSession;

    // LOGIN argument as an IMAP quoted string, or nullopt when it needs a literal (8-bit, CR, LF).
    static std::optional<QByteArray> quoted(const QString& value);

private:
    void handle(const QByteArray& line) override;
    enum class State
    {
        Greeting,
        PreTlsCapability,
        StartTls,
        WaitingForTls,
        Capability,
        Authenticate, // waiting for a continuation or the tagged result
    };

    void sendCommand(const QByteArray& text, const QString& shown = QString()) override;
    QByteArray saslVerb() const override { return "AUTHENTICATE"; }
    void beginLogin() override;
    void askCapabilities() override;
    QByteArray logoutCommand() const override { return "LOGOUT"; }
    void afterCapabilities();
    void loginResult(const ImapResponse& response);
    void sendPendingLiteral();

    State m_state = State::Greeting;
    int m_tagCounter = 0;
    QByteArray m_tag;
    QList<QByteArray> m_capabilities;
    int m_untaggedCount = 0;
    QList<QByteArray> m_pendingSegments; // literal parts still to send after "+"
};

} // namespace Portpilot
