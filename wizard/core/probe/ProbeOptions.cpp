#include "ProbeOptions.h"

#include "CertificateInfo.h"
#include "CertificatePinStore.h"

namespace Portpilot {

QString ProbeOptions::endpoint(const QString& host, quint16 port)
{
    return CertificatePinStore::keyFor(host, port);
}

bool ProbeOptions::hasPlaintextConsent(const QString& host, quint16 port) const
{
    const QString wanted = endpoint(host, port);
    for (const QString& entry : plaintextConsent) {
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0) {
            continue;
        }
        bool ok = false;
        const uint entryPort = entry.mid(colon + 1).toUInt(&ok);
        QString entryHost = entry.left(colon);
        if (entryHost.startsWith(QLatin1Char('[')) && entryHost.endsWith(QLatin1Char(']'))) {
            entryHost = entryHost.mid(1, entryHost.size() - 2);
        }
        if (ok && entryPort <= 65535 && endpoint(entryHost, quint16(entryPort)) == wanted) {
            return true;
        }
    }
    return false;
}

bool ProbeOptions::acceptsFingerprint(const QString& host, quint16 port, const QByteArray& sha256) const
{
    const QString hex = QString::fromLatin1(sha256.toHex());
    for (const QString& accepted : acceptedFingerprints) {
        if (CertificateInfo::normalizeFingerprint(accepted) == hex) {
            return true;
        }
    }
    return pinStore && pinStore->isPinned(host, port, hex);
}

} // namespace Portpilot
