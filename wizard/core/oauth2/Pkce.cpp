#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Portpilot {

QByteArray randomUrlSafeToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    // system(): the operating system's cryptographically secure source, never a seeded one.
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Pkce Pkce::generate()
{
    return {randomUrlSafeToken(32)};
}

QByteArray Pkce::challengeFor(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace Portpilot
