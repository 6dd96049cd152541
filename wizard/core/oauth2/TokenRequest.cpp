#include "TokenRequest.h"

#include "HttpFetcher.h"

#include <QDateTime>
#include <QTimer>
#include <QUrlQuery>

#include <cstdlib>

namespace Portpilot {

TokenRequest::TokenRequest(QNetworkAccessManager* network, const OAuth2Registration& registration, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_registration(registration)
{}

void TokenRequest::exchangeCode(const QString& code, const QUrl& redirectUri, const QByteArray& codeVerifier)
{
    post({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
          {QStringLiteral("code"), code},
          {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
          {QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)}});
}

void TokenRequest::refresh(const QString& refreshToken)
{
    post({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
          {QStringLiteral("refresh_token"), refreshToken}});
}

void TokenRequest::post(QList<std::pair<QString, QString>> parameters)
{
    const QUrl url(m_registration.tokenEndpoint, QUrl::StrictMode);
    if (url.scheme() != QLatin1String("https")) {
        // A code, refresh token or secret never goes out unencrypted.
        TokenResponse::Result result;
        result.problem.kind = OAuth2Problem::Kind::Insecure;
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
        return;
    }
    parameters.append({QStringLiteral("client_id"), m_registration.clientId});
    if (!m_registration.clientSecret.isEmpty()) {
        parameters.append({QStringLiteral("client_secret"), m_registration.clientSecret});
    }
    // Form encoding by hand: QUrlQuery leaves "+", "&" and "=" inside values as they are. Each
    // value is percent-encoded exactly once (the code as the redirect gave it, decoded).
    QByteArray form;
    for (const auto& [key, value] : parameters) {
        if (!form.isEmpty()) {
            form += '&';
        }
        form += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    auto* fetcher = new HttpFetcher(m_network, this);
    fetcher->setMaxSize(MaxAnswerBytes);
    fetcher->setTimeout(std::chrono::seconds(30));
    fetcher->setAccept("application/json");
    fetcher->setExtraCaCertificates(m_extraCas);
    connect(fetcher, &HttpFetcher::finished, this, [this, fetcher] {
        fetcher->deleteLater();
        TokenResponse::Result result;
        if (fetcher->httpStatus() == 0 || fetcher->tooLarge()) {
            // No answer to read: the transport failed, or the answer broke the size limit.
            result.problem.kind = fetcher->tooLarge() ? OAuth2Problem::Kind::TooLarge : OAuth2Problem::Kind::Network;
            result.problem.description = fetcher->error();
        } else {
            result = TokenResponse::parse(fetcher->httpStatus(), fetcher->mediaType(), fetcher->body(),
                                          QDateTime::currentDateTimeUtc());
        }
        // A refused grant from an issuer whose clock disagrees with ours by minutes: say so.
        if (!result.problem.isOk() && fetcher->serverDate().isValid()) {
            const qint64 skew = fetcher->serverDate().secsTo(QDateTime::currentDateTimeUtc());
            if (std::abs(skew) > OAuth2Problem::ClockTolerance) {
                result.problem.clockSkew = skew;
            }
        }
        Q_EMIT finished(result);
    });
    fetcher->post(url, form, "application/x-www-form-urlencoded");
}

} // namespace Portpilot
