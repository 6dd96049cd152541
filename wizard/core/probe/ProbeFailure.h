#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Portpilot {

// Why a connection test failed. Each kind has its own plain-words message (ProbeFailure::message);
// the technical detail (server reply, socket error) is kept beside it.
enum class FailureKind
{
    None,
    HostNotFound,
    ConnectionRefused,
    TimedOut,
    ConnectionClosed,   // the server hung up in the middle of the conversation
    NetworkError,       // any other socket error
    TlsHandshakeFailed, // includes servers that only offer TLS 1.0/1.1
    CertificateProblem, // untrusted, expired, self-signed or for another name: see CertificateInfo
    StartTlsNotOffered,
    StartTlsRefused,
    ResponseInjection, // bytes after the STARTTLS go-ahead, before the handshake
    UnexpectedPreauth, // PREAUTH on a connection that is not encrypted
    GreetingRefused,
    ResponseTooLong, // a line, a reply or a capability list over our limits
    ProtocolError,
    PlaintextNotAllowed, // the user has not accepted sending the password unencrypted to this server
    AuthMechanismUnavailable,
    AuthWrongPassword,
    AuthAppPasswordNeeded,
    AuthLoginDisabled, // the provider turned this kind of login off for the mailbox or the organisation
    AuthEncryptionRequired,
    AuthTemporary,
    AuthSignInNeeded,  // OAuth2: no access token to log in with (no sign-in, or it needs renewing)
    AuthTokenRejected, // OAuth2: the server refused the token (expired, revoked, for someone else)
    AuthTokenScope,    // OAuth2: the token does not allow mail access (insufficient_scope)
    TokenNotEncrypted, // OAuth2: the connection is not encrypted, so the token was not sent
    Cancelled,
};

QString failureKindName(FailureKind kind);

struct ProbeFailure
{
    Q_DECLARE_TR_FUNCTIONS(ProbeFailure)

public:
    FailureKind kind = FailureKind::None;
    QString detail; // technical detail: socket error text or the server's reply

    bool isFailure() const { return kind != FailureKind::None; }
    // The sentence for people, e.g. "The password was not accepted."
    QString message() const { return message(kind); }
    static QString message(FailureKind kind);
    // True for failures after which trying the other username variant makes sense.
};

} // namespace Portpilot

Q_DECLARE_METATYPE(Portpilot::FailureKind)
