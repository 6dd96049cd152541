#include "CertificateInfo.h"

#include <QCryptographicHash>
#include <QLocale>

namespace Portpilot {

namespace {

QString nameOf(const QSslCertificate& certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        const QStringList values = issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
        return values.join(QStringLiteral(", "));
    };
    QString text = info(QSslCertificate::CommonName);
    const QString organization = info(QSslCertificate::Organization);
    if (!organization.isEmpty()) {
        text = text.isEmpty() ? organization : QStringLiteral("%1 (%2)").arg(text, organization);
    }
    return text;
}

} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate& certificate, const QList<QSslError>& errors)
{
    CertificateInfo info;
    info.certificate = certificate;
    info.subject = nameOf(certificate, false);
    info.issuer = nameOf(certificate, true);
    info.validFrom = certificate.effectiveDate();
    info.validUntil = certificate.expiryDate();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256);
    for (const QSslError& error : errors) {
        // Errors about other certificates of the chain still describe why this one is refused.
        if (!info.errors.contains(error.error())) {
            info.errors.append(error.error());
            info.errorTexts.append(error.errorString());
        }
    }
    return info;
}

QString CertificateInfo::fingerprint() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

bool CertificateInfo::isPinnable() const
{
    if (isNull() || errors.isEmpty()) {
        return false;
    }
    static const QList<QSslError::SslError> pinnable{
        QSslError::SelfSignedCertificate,
        QSslError::SelfSignedCertificateInChain,
        QSslError::CertificateExpired,
        QSslError::CertificateNotYetValid,
        QSslError::UnableToGetLocalIssuerCertificate,
        QSslError::UnableToVerifyFirstCertificate,
        QSslError::CertificateUntrusted,
        QSslError::UnableToGetIssuerCertificate,
    };
    for (QSslError::SslError error : errors) {
        if (!pinnable.contains(error)) {
            return false;
        }
    }
    return true;
}

QString CertificateInfo::describe() const
{
    const QLocale locale;
    QString text;
    text += tr("Issued to: %1").arg(subject) + QLatin1Char('\n');
    text += tr("Issued by: %1").arg(issuer) + QLatin1Char('\n');
    text += tr("Valid from %1 until %2")
                .arg(locale.toString(validFrom.toUTC(), QLocale::ShortFormat),
                     locale.toString(validUntil.toUTC(), QLocale::ShortFormat)) +
            QLatin1Char('\n');
    //: SHA-256 is the name of a hash function.
    text += tr("SHA-256 fingerprint: %1").arg(fingerprint()) + QLatin1Char('\n');
    for (const QString& problem : errorTexts) {
        text += tr("Problem: %1").arg(problem) + QLatin1Char('\n');
    }
    return text;
}

QString CertificateInfo::normalizeFingerprint(const QString& text)
{
    QString hex;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace()) {
            continue;
        }
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('F')))) {
            return {};
        }
        hex.append(c.toLower());
    }
    return hex.size() == 64 ? hex : QString();
}

} // namespace Portpilot
