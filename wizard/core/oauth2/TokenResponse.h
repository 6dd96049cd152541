#pragma once

#include "OAuth2Problem.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Portpilot {

// What the token endpoint gave: an access token for now, maybe a new refresh token.
struct OAuth2Tokens
{
    QString accessToken;
    QString refreshToken; // empty when the issuer kept the old one (no rotation)
    QDateTime expiresAt;  // invalid when the issuer did not say
    QString scope;
};

// Reads a token endpoint's answer (RFC 6749 5.1 and 5.2). Hostile input: only a JSON object with
// the JSON media type counts; an access token must be a Bearer token of printable ASCII.
class TokenResponse
{
public:
    static constexpr qsizetype MaxTokenLength = 16 * 1024;

    struct Result
    {
        OAuth2Tokens tokens;
        OAuth2Problem problem; // kind None on success
    };

    static Result parse(int httpStatus, const QByteArray& mediaType, const QByteArray& body, const QDateTime& now);
};

} // namespace Portpilot

Q_DECLARE_METATYPE(Portpilot::OAuth2Tokens)
