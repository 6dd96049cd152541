#include "SaslClient.h"

#include <QMessageAuthenticationCode>

namespace Portpilot {

namespace {
// ^A, the separator of the OAuth2 SASL messages (a char, so that "\x01a…" cannot swallow a hex digit).
constexpr char SeparatorA = '\x01';
} // namespace

QByteArray SaslClient::plain(const QString& username, const QString& password)
{
    QByteArray message;
    message.append('\0');
    message.append(username.toUtf8());
    message.append('\0');
    message.append(password.toUtf8());
    return message.toBase64();
}

QByteArray SaslClient::login(const QString& text)
{
    return text.toUtf8().toBase64();
}

QByteArray SaslClient::cramMd5(const QString& username, const QString& password, const QByteArray& challengeBase64)
{
    const QByteArray challenge = QByteArray::fromBase64(challengeBase64.trimmed());
    const QByteArray digest =
        QMessageAuthenticationCode::hash(challenge, password.toUtf8(), QCryptographicHash::Md5).toHex();
    return (username.toUtf8() + ' ' + digest).toBase64();
}

QByteArray SaslClient::xoauth2(const QString& username, const QString& token)
{
    QByteArray message = "user=" + username.toUtf8();
    message += SeparatorA;
    message += "auth=Bearer " + token.toUtf8();
    message += SeparatorA;
    message += SeparatorA;
    return message.toBase64();
}

QByteArray SaslClient::oauthBearer(const QString& username, const QString& host, quint16 port, const QString& token)
{
    QByteArray user = username.toUtf8();
    user.replace('=', "=3D").replace(',', "=2C"); // '=' first, or the escapes would be escaped again
    QByteArray message = "n,a=" + user + ',';
    for (const QByteArray& pair :
         {"host=" + host.toUtf8(), "port=" + QByteArray::number(port), "auth=Bearer " + token.toUtf8()}) {
        message += SeparatorA;
        message += pair;
    }
    message += SeparatorA;
    message += SeparatorA;
    return message.toBase64();
}

QList<QByteArray> SaslClient::tokenForms(const QString& token, const QStringList& usernames, const QString& host,
                                         quint16 port)
{
    if (token.isEmpty()) {
        return {};
    }
    QList<QByteArray> forms{token.toUtf8(), token.toUtf8().toBase64()};
    for (const QString& user : usernames) {
        if (!user.isEmpty()) {
            forms.append(xoauth2(user, token));
            forms.append(oauthBearer(user, host, port, token));
        }
    }
    return forms;
}

} // namespace Portpilot
