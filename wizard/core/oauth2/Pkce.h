#pragma once

#include <QByteArray>

namespace Portpilot {

// Proof Key for Code Exchange (RFC 7636) with S256, which Qt 6.4's QtNetworkAuth lacks (it came
// in 6.8). A native app cannot keep a client secret, so the code alone must not be enough: the
// token request proves it comes from the program that started the sign-in.
struct Pkce
{
    QByteArray verifier; // 43 characters of base64url from 32 random bytes (RFC 7636 4.1)

    static Pkce generate();
    // BASE64URL(SHA256(verifier)) without padding (RFC 7636 4.2).
    static QByteArray challengeFor(const QByteArray& verifier);
    QByteArray challenge() const { return challengeFor(verifier); }
};

// `bytes` random bytes from the system's generator, base64url without padding (state, verifier).
QByteArray randomUrlSafeToken(int bytes);

} // namespace Portpilot
