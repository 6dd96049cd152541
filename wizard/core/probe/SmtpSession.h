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

    void handleLine(const QByteArray& line) override;
    void tlsEstablished() override;

private:
    enum class State
    {
        Greeting,
        PreTlsEhlo,
        StartTls,
        WaitingForTls,
        Ehlo,
        Auth,
        Quit,
        Done,
    };

    void handleReply(const SmtpReply& reply);
    void sendEhlo(State state);
    void afterEhlo(const SmtpReply& reply);
    void beginLogin();
    void authChallenge(const SmtpReply& reply);
    void authRefused(const SmtpReply& reply);
    void quit();

    State m_state = State::Greeting;
    SmtpReplyParser m_parser;
    QList<QByteArray> m_mechanisms;
    QString m_mechanism;
    int m_challenges = 0;
};

} // namespace Portpilot
