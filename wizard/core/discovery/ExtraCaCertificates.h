#pragma once

#include <QList>
#include <QSslCertificate>

namespace Portpilot {

// Extra trusted roots (`--ca-certificates`, private CAs) on top of the system's.
// Reading the system store costs about 300 ms, so it is read once per process.
class ExtraCaCertificates
{
public:
    // The system's roots followed by `extra`.
    static QList<QSslCertificate> withSystemRoots(const QList<QSslCertificate>& extra);
    // Makes the process-wide default TLS configuration trust the system's roots plus `extra`,
    // so every socket (HTTP fetches, probes) trusts them without reloading the store.
    static void installAsDefault(const QList<QSslCertificate>& extra);
};

} // namespace Portpilot
