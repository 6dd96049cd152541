#include "CertificatePinStore.h"

#include "Hostname.h"

#include <QHostAddress>
#include <QSettings>

namespace Portpilot {

namespace {
const QString Group = QStringLiteral("certificatePins");
}

CertificatePinStore::CertificatePinStore(QSettings* settings)
    : m_settings(settings)
{
    if (!m_settings) {
        return;
    }
    // QSettings keys cannot hold "/" or ":" reliably on every platform: store host:port as a value.
    const int count = m_settings->beginReadArray(Group);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const QString key = m_settings->value(QStringLiteral("endpoint")).toString();
        const QString fingerprint =
            CertificateInfo::normalizeFingerprint(m_settings->value(QStringLiteral("sha256")).toString());
        if (!key.isEmpty() && !fingerprint.isEmpty()) {
            m_pins.insert(key, fingerprint);
        }
    }
    m_settings->endArray();
}

QString CertificatePinStore::keyFor(const QString& host, quint16 port)
{
    QHostAddress address;
    const QString name = address.setAddress(host) ? address.toString() : Hostname::toAce(host);
    return QStringLiteral("%1:%2").arg(name.isEmpty() ? host.toLower() : name).arg(port);
}

bool CertificatePinStore::pin(const QString& host, quint16 port, const CertificateInfo& info, QString* error)
{
    if (!info.isPinnable()) {
        if (error) {
            *error = info.hostnameMismatch() ? QStringLiteral("a certificate for another host name cannot be accepted")
                                             : QStringLiteral("this certificate problem cannot be accepted");
        }
        return false;
    }
    m_pins.insert(keyFor(host, port), QString::fromLatin1(info.sha256.toHex()));
    save();
    return true;
}

void CertificatePinStore::save()
{
    if (!m_settings) {
        return;
    }
    m_settings->remove(Group); // no stale entries beyond the new size
    m_settings->beginWriteArray(Group, int(m_pins.size()));
    int i = 0;
    for (auto it = m_pins.cbegin(); it != m_pins.cend(); ++it, ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("endpoint"), it.key());
        m_settings->setValue(QStringLiteral("sha256"), it.value());
    }
    m_settings->endArray();
}

void CertificatePinStore::unpin(const QString& host, quint16 port)
{
    m_pins.remove(keyFor(host, port));
    save();
}

bool CertificatePinStore::isPinned(const QString& host, quint16 port, const QString& fingerprint) const
{
    const QString normalized = CertificateInfo::normalizeFingerprint(fingerprint);
    return !normalized.isEmpty() && m_pins.value(keyFor(host, port)) == normalized;
}

QString CertificatePinStore::pinnedFingerprint(const QString& host, quint16 port) const
{
    return m_pins.value(keyFor(host, port));
}

} // namespace Portpilot
