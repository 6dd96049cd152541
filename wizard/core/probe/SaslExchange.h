#pragma once

#include "AccountEnums.h"
#include "OAuthErrorChallenge.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Portpilot {

// One SASL authentication from the client's side, the same for IMAP, POP3 and SMTP: which
// mechanism fits the login method, what answers each challenge, when to cancel, and whether the
// server can have checked the password yet. A new mechanism (OAuth2) is one row in the table of
// mechanisms in SaslExchange.cpp and one case in response(); OAuth2 (XOAUTH2, OAUTHBEARER) is two.
class SaslExchange
{
public:
    struct Step
    {
        enum class Kind
        {
            Respond, // send `bytes` (credentials: redact them in a transcript)
            // send `bytes`, which carry nothing secret: the dummy answer to an OAuth2 error challenge
            // (RFC 7628 §3.2.3); the server's final refusal follows
            AcknowledgeError,
            Cancel, // send "*": a challenge the mechanism has no answer for
            Abort,  // the server keeps challenging after the cancel: a protocol error
        };
        Kind kind = Kind::Respond;
        QByteArray bytes;
    };

    // The mechanisms Portpilot can use for `method`, best first; empty when it cannot test it.
    static QList<QByteArray> mechanismsFor(AuthMethod method);
    // The best of mechanismsFor(method) among `offered` (upper case); empty when none.
    static QByteArray choose(AuthMethod method, const QList<QByteArray>& offered);

    // `secret` is the password, or the access token for XOAUTH2 and OAUTHBEARER; `host` and `port`
    // are the server's as the client connected to it (OAUTHBEARER sends them).
    SaslExchange(const QByteArray& mechanism, const QString& username, const QString& secret,
                 const QString& host = QString(), quint16 port = 0);

    const QByteArray& mechanism() const { return m_mechanism; }
    // The response sent with the command itself (RFC 4954, RFC 4959 SASL-IR, RFC 5034), for
    // mechanisms whose client speaks first; nullopt otherwise.
    std::optional<QByteArray> initialResponse();
    // The answer to one server challenge (base64 as received).
    Step answer(const QByteArray& challengeBase64);
    // True once every response the server needs to check the password has gone out: a success
    // before that is a server that never checked it.
    bool isComplete() const;
    // True for XOAUTH2 and OAUTHBEARER: the secret is a token, a refusal means the token.
    bool usesToken() const;
    // The error challenge the server sent before refusing the token, if any (and if it parsed).
    const std::optional<OAuthErrorChallenge>& tokenError() const { return m_tokenError; }

private:
    QByteArray response(int index, const QByteArray& challenge) const;

    QByteArray m_mechanism;
    QString m_username;
    QString m_secret;
    QString m_host;
    quint16 m_port = 0;
    std::optional<OAuthErrorChallenge> m_tokenError;
    bool m_errorAcknowledged = false;
    int m_sent = 0; // responses sent
    bool m_cancelled = false;
};

} // namespace Portpilot
