#include "ExtraCaCertificates.h"

#include <QSslConfiguration>

#include <algorithm>

namespace Portpilot {

QList<QSslCertificate> ExtraCaCertificates::withSystemRoots(const QList<QSslCertificate>& extra)
{
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QList<QSslCertificate> all = system;
    for (const QSslCertificate& certificate : extra) {
        if (!all.contains(certificate)) {
            all.append(certificate);
        }
    }
    return all;
}

void ExtraCaCertificates::installAsDefault(const QList<QSslCertificate>& extra)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> current = configuration.caCertificates();
    const bool present =
        std::all_of(extra.cbegin(), extra.cend(), [&](const QSslCertificate& c) { return current.contains(c); });
    if (present && !current.isEmpty()) {
        return;
    }
    configuration.setCaCertificates(withSystemRoots(extra));
    QSslConfiguration::setDefaultConfiguration(configuration);
}

} // namespace Portpilot
