#pragma once

#include "CertificateInfo.h"

#include <QHash>
#include <QString>

class QSettings;

namespace Portpilot {

// Certificates the user accepted after seeing them: one SHA-256 fingerprint per host and port.
// With a QSettings the pins persist (group "certificatePins"); without, they live in memory (CLI).
class CertificatePinStore
{
public:
    explicit CertificatePinStore(QSettings* settings = nullptr);

    // Pins exactly this certificate for host:port. Refuses (false, *error set) certificates that
    // are not pinnable, above all a certificate for another name.
    bool pin(const QString& host, quint16 port, const CertificateInfo& info, QString* error = nullptr);
    void unpin(const QString& host, quint16 port);
    // True when `fingerprint` (any form normalizeFingerprint accepts) is pinned for host:port.
    bool isPinned(const QString& host, quint16 port, const QString& fingerprint) const;
    QString pinnedFingerprint(const QString& host, quint16 port) const;

    static QString keyFor(const QString& host, quint16 port);

private:
    void save();

    QSettings* m_settings;
    QHash<QString, QString> m_pins;
};

} // namespace Portpilot
