#pragma once

#include "Pop3ResponseParser.h"
#include "ProtocolSession.h"

namespace Portpilot {

// POP3 client side of a connection test: greeting, CAPA, STLS, CAPA again, AUTH PLAIN / LOGIN /
// CRAM-MD5 or USER/PASS, QUIT.
class Pop3Session : public ProtocolSession
{
public:
    using ProtocolSession::ProtocolSession;

private:
    void handle(const QByteArray& line) override;

    enum class State
    {
        Greeting,
        PreTlsCapa,
        PreTlsCapaBody,
        Stls,
        WaitingForTls,
        Capa,
        CapaBody,
        AuthSasl,
        User,
        Pass,
    };

    void beginLogin() override;
    void askCapabilities() override;
    QByteArray startTlsCommand() const override { return "STLS"; }
    void sendStls();
    void refused(const Pop3Status& status, bool atUser);

    State m_state = State::Greeting;
    Pop3ResponseParser m_parser;
    QList<QByteArray> m_capa;
    bool m_capaFailed = false;
};

} // namespace Portpilot
