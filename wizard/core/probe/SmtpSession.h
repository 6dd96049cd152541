#pragma once

#include "ProtocolSession.h"
#include "SmtpReplyParser.h"

namespace Portpilot {

// SMTP submission client side of a connection test: greeting, EHLO, STARTTLS, EHLO again,
// AUTH PLAIN / LOGIN / CRAM-MD5 (RFC 4954), QUIT. Nothing is ever sent as mail.
class SmtpSession : public ProtocolSession
{
public:
    using ProtocolSession::ProtocolSession;

private:
    void handle(const QByteArray& line) override;

    enum class State
    {
        Greeting,
        PreTlsEhlo,
        StartTls,
        WaitingForTls,
        Ehlo,
        Auth,
    };

    void handleReply(const SmtpReply& reply);
    void sendEhlo(State state);
    bool needsLogin() const override;
    void beginLogin() override;
    void askCapabilities() override;
    void authRefused(const SmtpReply& reply);

    State m_state = State::Greeting;
    SmtpReplyParser m_parser;
    QList<QByteArray> m_mechanisms;
    int m_challenges = 0; // 334 challenges in this attempt (a 501 after one answers our cancel)
};

} // namespace Portpilot
