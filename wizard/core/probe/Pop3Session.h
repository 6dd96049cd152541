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

    void handleLine(const QByteArray& line) override;
    void tlsEstablished() override;

private:
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
        Quit,
        Done,
    };

    void send(const QByteArray& line, const QString& shown = QString());
    void askCapabilities();
    void afterCapabilities();
    void sendStls();
    void beginLogin();
    void quit();
    void startSasl(const QString& user, const QString& mechanism);
    void loginRefused(const Pop3Status& status, bool atUser);

    State m_state = State::Greeting;
    Pop3ResponseParser m_parser;
    QList<QByteArray> m_capa;
    bool m_capaFailed = false;
    QString m_mechanism;  // SASL mechanism in flight
    int m_challenges = 0; // SASL challenges answered in this attempt
};

} // namespace Portpilot
