#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Portpilot {

// The error a server sends as a SASL challenge when it refuses an OAuth2 token (RFC 7628 §3.2.2):
// base64 of a JSON object such as {"status":"invalid_token","scope":"…","schemes":"bearer"}.
// Google's XOAUTH2 sends the same shape with an HTTP status ("400", "401"). The challenge is
// server data: parsed with a size limit, only string (or number) members kept, every control
// character dropped, and anything that is not such an object is nothing.
struct OAuthErrorChallenge
{
    static constexpr qsizetype MaxSize = 4096; // decoded bytes; real ones are under 200

    enum class Meaning
    {
        TokenRejected, // invalid_token, 400, 401, or a status we do not know: expired, revoked, wrong
        ScopeMissing,  // insufficient_scope, 403: the token does not allow mail access
    };

    QString status;
    QString scope;
    QString openidConfiguration;

    static std::optional<OAuthErrorChallenge> parse(const QByteArray& challengeBase64);
    Meaning meaning() const;
    // For the technical detail: `status "invalid_token", scope "mail"`.
    QString summary() const;
};

} // namespace Portpilot
