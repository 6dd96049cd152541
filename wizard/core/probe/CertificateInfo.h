#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Portpilot {

// What a person needs to judge a certificate the connection test refused (or accepted by a pin).
struct CertificateInfo
{
    Q_DECLARE_TR_FUNCTIONS(CertificateInfo)

public:
    QSslCertificate certificate;
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validUntil;
    QByteArray sha256; // raw digest of the DER form
    QList<QSslError::SslError> errors;
    QStringList errorTexts;

    static CertificateInfo from(const QSslCertificate& certificate, const QList<QSslError>& errors);

    bool isNull() const { return certificate.isNull(); }
    // "AB:CD:..." upper case, the way certificate viewers show it.
    QString fingerprint() const;
    bool hostnameMismatch() const { return errors.contains(QSslError::HostNameMismatch); }
    // True when the user may accept exactly this certificate: untrusted/self-signed/expired,
    // never a certificate for another name, never a broken or revoked one.
    bool isPinnable() const;
    // Several lines for people: subject, issuer, validity, fingerprint, problems.
    QString describe() const;

    // Lower-case hex without separators; empty when `text` is not a SHA-256 fingerprint.
    static QString normalizeFingerprint(const QString& text);
};

} // namespace Portpilot
