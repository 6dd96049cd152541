#pragma once

#include <QByteArray>
#include <QString>

namespace Portpilot {

// The client side of the SASL mechanisms a connection tester uses. Results are base64 and go
// straight to the socket; callers must never put them in a transcript.
class SaslClient
{
public:
    // PLAIN (RFC 4616): base64("" NUL user NUL password), UTF-8.
    static QByteArray plain(const QString& username, const QString& password);
    // LOGIN: each answer is the base64 of the UTF-8 text.
    static QByteArray login(const QString& text);
    // CRAM-MD5 (RFC 2195): base64(user SP hex(HMAC-MD5(password, challenge))). challengeBase64 as received.
    static QByteArray cramMd5(const QString& username, const QString& password, const QByteArray& challengeBase64);
};

} // namespace Portpilot
