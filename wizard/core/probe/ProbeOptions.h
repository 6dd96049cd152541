#pragma once

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Portpilot {

class CertificatePinStore;

enum class ProbeMode
{
    Login,            // connect, secure, capabilities, log in, log out
    CapabilitiesOnly, // discovery's guessing: never sends a credential
    // Log in as Login does, then stop instead of logging out: the logged-in connection is handed to
    // the caller (ConnectionTester::takeSession()), so a migration gets every check a test makes.
    KeepSession,
};

// How one connection test runs. Timeouts are per step (each command waits at most stepTimeoutMs),
// and the login step as a whole has its own deadline.
struct ProbeOptions
{
    ProbeMode mode = ProbeMode::Login;
    QString emailAddress; // for username variants when the settings leave the username open
    QString password;
    // For servers whose login method is OAuth2: the access token (XOAUTH2, OAUTHBEARER). It goes
    // out only over TLS, whatever plaintextConsent says, and is redacted like the password.
    QString accessToken;
    QList<QSslCertificate> caCertificates; // trusted in addition to the system's
    QStringList plaintextConsent;          // "host:port" the user allowed to get the password unencrypted
    QStringList acceptedFingerprints;      // SHA-256 of certificates the user accepted (any format)
    const CertificatePinStore* pinStore = nullptr;
    int connectTimeoutMs = 20000;
    int stepTimeoutMs = 20000;
    // The whole login step, every attempt and challenge together, so a server cannot keep it going
    // one answer at a time. 0: three step timeouts.
    int loginTimeoutMs = 0;
    int maxLineLength = 64 * 1024;
    QHostAddress localAddress; // bind to this source address before connecting (tests)
    // `portpilot check`'s second handshake: offer only TLS 1.0 and 1.1 (with OpenSSL's security
    // level 0, which they need) to learn whether the server still accepts them. Always
    // capabilities only: no credential ever goes over such a connection.
    bool legacyTlsOnly = false;

    static QString endpoint(const QString& host, quint16 port);
    bool hasPlaintextConsent(const QString& host, quint16 port) const;
    bool acceptsFingerprint(const QString& host, quint16 port, const QByteArray& sha256) const;
};

} // namespace Portpilot
