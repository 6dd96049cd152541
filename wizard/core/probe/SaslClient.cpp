#include "SaslClient.h"

#include <QMessageAuthenticationCode>

namespace Portpilot {

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

} // namespace Portpilot
