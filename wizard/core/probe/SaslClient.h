#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Portpilot {

// The client side of the SASL mechanisms a connection tester uses. Results are base64 and go
// straight to the socket; callers must never put them in a transcript.
class SaslClient
{
public:
    // PLAIN (RFC 4616): base64("" NUL user NUL password), UTF-8.
    static QByteArray plain(const QString& username, const QString& password);
    // LOGIN: each answer is the base64 of the UTF-8 text.
    static QByteArray login(const QString& text);
    // CRAM-MD5 (RFC 2195): base64(user SP hex(HMAC-MD5(password, challenge))). challengeBase64 as received.
    static QByteArray cramMd5(const QString& username, const QString& password, const QByteArray& challengeBase64);
    // XOAUTH2 (Google's and Microsoft's): base64("user=" USER ^A "auth=Bearer " TOKEN ^A ^A).
    static QByteArray xoauth2(const QString& username, const QString& token);
    // OAUTHBEARER (RFC 7628 §3.1): base64(gs2 header "n,a=USER," then ^A-separated key=value pairs
    // host, port and auth, ending in ^A ^A). A "," or "=" in USER is escaped as =2C / =3D (RFC 5801).
    static QByteArray oauthBearer(const QString& username, const QString& host, quint16 port, const QString& token);
    // Every form in which `token` can go out for these usernames (raw and as either SASL message),
    // for a Redactor.
    static QList<QByteArray> tokenForms(const QString& token, const QStringList& usernames, const QString& host,
                                        quint16 port);
};

} // namespace Portpilot
