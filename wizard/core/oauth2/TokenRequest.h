#pragma once

#include "OAuth2Registration.h"
#include "TokenResponse.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;

namespace Portpilot {

class HttpFetcher;

// One request to an issuer's token endpoint: the code exchange or a refresh (RFC 6749 4.1.3, 6).
// HTTPS only; the answer is capped at MaxAnswerBytes (a huge or endless one fails), redirects are
// refused and the whole request has a deadline.
class TokenRequest : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxAnswerBytes = 64 * 1024;

    TokenRequest(QNetworkAccessManager* network, const OAuth2Registration& registration, QObject* parent = nullptr);

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }

    // Exactly one finished() follows each call.
    void exchangeCode(const QString& code, const QUrl& redirectUri, const QByteArray& codeVerifier);
    void refresh(const QString& refreshToken);

Q_SIGNALS:
    void finished(const Portpilot::TokenResponse::Result& result);

private:
    void post(QList<std::pair<QString, QString>> parameters);

    QNetworkAccessManager* m_network;
    OAuth2Registration m_registration;
    QList<QSslCertificate> m_extraCas;
};

} // namespace Portpilot
