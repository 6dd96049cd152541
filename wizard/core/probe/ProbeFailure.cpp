#include "ProbeFailure.h"

namespace Portpilot {

QString failureKindName(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return QStringLiteral("none");
    case FailureKind::HostNotFound:
        return QStringLiteral("host-not-found");
    case FailureKind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case FailureKind::TimedOut:
        return QStringLiteral("timed-out");
    case FailureKind::ConnectionClosed:
        return QStringLiteral("connection-closed");
    case FailureKind::NetworkError:
        return QStringLiteral("network-error");
    case FailureKind::TlsHandshakeFailed:
        return QStringLiteral("tls-handshake-failed");
    case FailureKind::CertificateProblem:
        return QStringLiteral("certificate-problem");
    case FailureKind::StartTlsNotOffered:
        return QStringLiteral("starttls-not-offered");
    case FailureKind::StartTlsRefused:
        return QStringLiteral("starttls-refused");
    case FailureKind::ResponseInjection:
        return QStringLiteral("response-injection");
    case FailureKind::UnexpectedPreauth:
        return QStringLiteral("unexpected-preauth");
    case FailureKind::GreetingRefused:
        return QStringLiteral("greeting-refused");
    case FailureKind::ResponseTooLong:
        return QStringLiteral("response-too-long");
    case FailureKind::ProtocolError:
        return QStringLiteral("protocol-error");
    case FailureKind::PlaintextNotAllowed:
        return QStringLiteral("plaintext-not-allowed");
    case FailureKind::AuthMechanismUnavailable:
        return QStringLiteral("auth-mechanism-unavailable");
    case FailureKind::AuthWrongPassword:
        return QStringLiteral("auth-wrong-password");
    case FailureKind::AuthAppPasswordNeeded:
        return QStringLiteral("auth-app-password-needed");
    case FailureKind::AuthLoginDisabled:
        return QStringLiteral("auth-login-disabled");
    case FailureKind::AuthEncryptionRequired:
        return QStringLiteral("auth-encryption-required");
    case FailureKind::AuthTemporary:
        return QStringLiteral("auth-temporary");
    case FailureKind::AuthSignInNeeded:
        return QStringLiteral("auth-sign-in-needed");
    case FailureKind::AuthTokenRejected:
        return QStringLiteral("auth-token-rejected");
    case FailureKind::AuthTokenScope:
        return QStringLiteral("auth-token-scope");
    case FailureKind::TokenNotEncrypted:
        return QStringLiteral("token-not-encrypted");
    case FailureKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ProbeFailure::message(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return tr("The connection test passed.");
    case FailureKind::HostNotFound:
        return tr("The server name was not found. Check the spelling of the server name.");
    case FailureKind::ConnectionRefused:
        return tr("The server refused the connection. The port may be wrong, or the service is not running.");
    case FailureKind::TimedOut:
        return tr("The server did not answer in time.");
    case FailureKind::ConnectionClosed:
        return tr("The server closed the connection unexpectedly.");
    case FailureKind::NetworkError:
        return tr("The network connection to the server failed.");
    case FailureKind::TlsHandshakeFailed:
        return tr("A secure connection could not be set up. The server may only offer outdated encryption.");
    case FailureKind::CertificateProblem:
        return tr("The server’s certificate is not trusted. Look at the certificate before you decide anything.");
    case FailureKind::StartTlsNotOffered:
        //: STARTTLS is the name of a protocol command; keep it untranslated.
        return tr("The server does not offer encryption (STARTTLS), so the password was not sent.");
    case FailureKind::StartTlsRefused:
        return tr("The server refused to switch to an encrypted connection, so the password was not sent.");
    case FailureKind::ResponseInjection:
        return tr("Someone may be tampering with the connection: the server sent unexpected data before "
                  "encryption started. The password was not sent.");
    case FailureKind::UnexpectedPreauth:
        return tr("The server logged in without a password on an unencrypted connection. The test was stopped.");
    case FailureKind::GreetingRefused:
        return tr("The server does not accept connections at the moment.");
    case FailureKind::ResponseTooLong:
        return tr("The server sent far more data than expected. The test was stopped.");
    case FailureKind::ProtocolError:
        return tr("The server answered in a way Portpilot does not understand.");
    case FailureKind::PlaintextNotAllowed:
        return tr("This server does not use encryption. The password was not sent, because you have not "
                  "allowed sending it unencrypted to this server.");
    case FailureKind::AuthMechanismUnavailable:
        return tr("The server does not offer a login method Portpilot can use with these settings.");
    case FailureKind::AuthWrongPassword:
        return tr("The user name or the password was not accepted.");
    case FailureKind::AuthAppPasswordNeeded:
        return tr("The provider requires an app password for mail programs. Create one in your account’s "
                  "security settings and use it instead of your normal password.");
    case FailureKind::AuthLoginDisabled:
        return tr("The provider has turned off this kind of login for your mailbox (IMAP, POP or SMTP "
                  "sign-in from mail programs). Turn it on in your account’s mail settings; in an organisation, "
                  "an administrator turns it on for the mailbox (in Microsoft 365: the mailbox’s “Email apps” "
                  "settings).");
    case FailureKind::AuthEncryptionRequired:
        return tr("The server accepts this login only over an encrypted connection.");
    case FailureKind::AuthTemporary:
        return tr("The server could not check the login right now. Try again later.");
    case FailureKind::AuthSignInNeeded:
        return tr("This account signs in with the provider’s own page, and there is no valid sign-in yet. "
                  "Sign in first.");
    case FailureKind::AuthTokenRejected:
        return tr("The server did not accept the sign-in: it has expired or was revoked. Sign in again.");
    case FailureKind::AuthTokenScope:
        return tr("The sign-in does not allow access to mail. Sign in again and allow Portpilot to use your mail.");
    case FailureKind::TokenNotEncrypted:
        return tr("This server does not use encryption, so the sign-in was not sent. Portpilot never sends "
                  "a sign-in over an unencrypted connection.");
    case FailureKind::Cancelled:
        return tr("The test was cancelled.");
    }
    return {};
}

} // namespace Portpilot
