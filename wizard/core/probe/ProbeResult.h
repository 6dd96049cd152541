#pragma once

#include "CertificateInfo.h"
#include "ProbeFailure.h"
#include "ServerSettings.h"

#include <QMetaType>
#include <QSslCertificate>
#include <QStringList>

#include <optional>

namespace Portpilot {

// The steps of a connection test, in order.
enum class ProbeStep
{
    Connect,
    Tls, // implicit TLS handshake or STARTTLS
    Capabilities,
    Login,
    Logout,
};

QString probeStepName(ProbeStep step);

// The outcome of testing one server.
struct ProbeResult
{
    ServerSettings server;
    ProbeFailure failure;
    QStringList capabilities; // the ones seen last (after TLS when TLS was used)
    // With STARTTLS: the ones the server offered in plaintext, before TLS (what an attacker on the
    // path sees, and what a careless client logs in with).
    QStringList capabilitiesBeforeTls;
    bool encrypted = false;
    QString tlsProtocol;
    QString tlsCipher;
    bool certificateValidated = false; // false also when a pinned certificate was accepted
    bool certificatePinned = false;
    std::optional<CertificateInfo> certificate;  // the refused (or pinned) certificate
    QList<QSslCertificate> peerCertificateChain; // the chain of an established TLS session, server first
    QString username;                            // the username the server accepted
    QString mechanism;                           // "PLAIN", "LOGIN", "CRAM-MD5", "USER/PASS", "IMAP LOGIN"
    bool credentialsSent = false;
    int loginAttempts = 0;
    int commandsSent = 0;   // round trips after the greeting
    QStringList transcript; // "C: ..." / "S: ..." / "-- ..." with credentials redacted

    bool passed() const { return !failure.isFailure(); }
};

} // namespace Portpilot

Q_DECLARE_METATYPE(Portpilot::ProbeStep)
Q_DECLARE_METATYPE(Portpilot::ProbeResult)
