#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

class QSslConfiguration;

namespace Portpilot {

// Extra trusted roots (`--ca-certificates FILE`, a private CA) on top of the system's, for
// discovery, `portpilot test` and the wizard alike.
//
// The system's roots are never read as a whole: Qt lets OpenSSL look up the one root a server's
// chain needs in /etc/ssl/certs, but only while the configuration's CA list has not been set or
// appended to (QSslConfiguration::setCaCertificates() and the list overload of addCaCertificates()
// switch that lookup off, which is why adding them used to mean reading and parsing the whole store,
// 150–450 ms). Only QSslConfiguration::addCaCertificates(path) keeps the lookup on (Qt 6.4), so the
// extra roots are written once per process to a private PEM file and added from there.
class ExtraCaCertificates
{
    Q_DECLARE_TR_FUNCTIONS(ExtraCaCertificates)

public:
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

    // The certificates of a PEM file, or nullopt with a sentence in `error`
    // (unreadable, too large, or no certificate in it).
    static std::optional<QList<QSslCertificate>> readFile(const QString& path, QString* error);

    // Whether readFile() would take `path`, short of parsing the certificates (which loads the TLS
    // backend and OpenSSL, 10–16 ms): readable, not too large, with a PEM certificate block in it;
    // false with the same sentence in `error` otherwise. For a run that turns out to need no TLS.
    static bool checkFile(const QString& path, QString* error);

    // Makes `configuration` trust `extra` as well as the system's roots, which stay looked up on demand.
    // Certificates it trusts already are not added twice.
    static void addTo(QSslConfiguration& configuration, const QList<QSslCertificate>& extra);

    // The same for the process-wide default configuration, so every socket (HTTP fetches, probes)
    // trusts them.
    static void installAsDefault(const QList<QSslCertificate>& extra);
};

} // namespace Portpilot
