#include "ExtraCaCertificates.h"

#include <QFile>
#include <QMutex>
#include <QSslConfiguration>
#include <QTemporaryFile>

#include <algorithm>
#include <map>
#include <memory>

namespace Portpilot {

namespace {

// A private PEM file holding `certificates`, written once per process and set of certificates.
QString pemFileFor(const QList<QSslCertificate>& certificates)
{
    static QMutex mutex;
    static std::map<QByteArray, std::unique_ptr<QTemporaryFile>> files;
    QByteArray pem;
    for (const QSslCertificate& certificate : certificates) {
        pem += certificate.toPem();
    }
    const QMutexLocker lock(&mutex);
    auto& file = files[pem];
    if (!file) {
        file = std::make_unique<QTemporaryFile>();
        if (!file->open() || file->write(pem) != pem.size() || !file->flush()) {
            file.reset();
            return {};
        }
    }
    return file->fileName();
}

// The bytes of a CA file, or nullopt with a sentence in `error` (unreadable or too large).
std::optional<QByteArray> readBytes(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > ExtraCaCertificates::MaxFileSize) {
        *error = ExtraCaCertificates::tr("cannot read “%1”.").arg(path);
        return std::nullopt;
    }
    return file.read(ExtraCaCertificates::MaxFileSize);
}

} // namespace

std::optional<QList<QSslCertificate>> ExtraCaCertificates::readFile(const QString& path, QString* error)
{
    const std::optional<QByteArray> bytes = readBytes(path, error);
    if (!bytes) {
        return std::nullopt;
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromData(*bytes, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = tr("“%1” holds no PEM certificate.").arg(path);
        return std::nullopt;
    }
    return certificates;
}

bool ExtraCaCertificates::checkFile(const QString& path, QString* error)
{
    const std::optional<QByteArray> bytes = readBytes(path, error);
    if (!bytes) {
        return false;
    }
    // The marker Qt's PEM reader looks for: a file without it yields no certificate in readFile().
    if (!bytes->contains("-----BEGIN CERTIFICATE-----")) {
        *error = tr("“%1” holds no PEM certificate.").arg(path);
        return false;
    }
    return true;
}

void ExtraCaCertificates::addTo(QSslConfiguration& configuration, const QList<QSslCertificate>& extra)
{
    const QList<QSslCertificate> current = configuration.caCertificates();
    QList<QSslCertificate> missing;
    std::copy_if(extra.cbegin(), extra.cend(), std::back_inserter(missing),
                 [&](const QSslCertificate& c) { return !current.contains(c) && !c.isNull(); });
    if (missing.isEmpty()) {
        return;
    }
    const QString path = pemFileFor(missing);
    // The path overload appends without switching off the on-demand lookup of the system's roots.
    if (path.isEmpty() ||
        !configuration.addCaCertificates(path, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString)) {
        // Cannot happen short of a full disk; trusting the extra roots matters more than speed.
        configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + current + missing);
    }
}

void ExtraCaCertificates::installAsDefault(const QList<QSslCertificate>& extra)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    addTo(configuration, extra);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

} // namespace Portpilot
