#include "TokenResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Portpilot {

namespace {

// RFC 6750 2.1 b64token characters, which is also what a SASL initial response can carry.
bool isTokenText(const QString& token)
{
    return !token.isEmpty() && token.size() <= TokenResponse::MaxTokenLength &&
           std::all_of(token.begin(), token.end(), [](QChar c) {
               return c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') && c != QLatin1Char('\\');
           });
}

} // namespace

TokenResponse::Result TokenResponse::parse(int httpStatus, const QByteArray& mediaType, const QByteArray& body,
                                           const QDateTime& now)
{
    Result result;
    auto problem = [&result](OAuth2Problem::Kind kind, const QString& description = QString()) {
        result.problem.kind = kind;
        result.problem.description = description;
        return result;
    };
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (mediaType != "application/json" || parseError.error != QJsonParseError::NoError || !json.isObject()) {
        return problem(OAuth2Problem::Kind::NotJson);
    }
    const QJsonObject o = json.object();
    const QString error = o.value(QStringLiteral("error")).toString();
    if (!error.isEmpty() || httpStatus != 200) {
        if (error.isEmpty()) {
            return problem(OAuth2Problem::Kind::ServerRefused, QStringLiteral("HTTP %1").arg(httpStatus));
        }
        result.problem = OAuth2Problem::fromError(error.left(100),
                                                  o.value(QStringLiteral("error_description")).toString().left(500));
        return result;
    }
    const QString access = o.value(QStringLiteral("access_token")).toString();
    const QString type = o.value(QStringLiteral("token_type")).toString();
    if (!isTokenText(access) || type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        return problem(OAuth2Problem::Kind::ServerRefused, QStringLiteral("no Bearer access token"));
    }
    const QString refresh = o.value(QStringLiteral("refresh_token")).toString();
    if (!refresh.isEmpty() && !isTokenText(refresh)) {
        return problem(OAuth2Problem::Kind::ServerRefused, QStringLiteral("unusable refresh token"));
    }
    result.tokens.accessToken = access;
    result.tokens.refreshToken = refresh;
    result.tokens.scope = o.value(QStringLiteral("scope")).toString().left(2000);
    // expires_in is a number of seconds; some issuers send it as a string.
    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    const qint64 seconds = expires.isString() ? expires.toString().toLongLong() : qint64(expires.toDouble());
    if (seconds > 0 && seconds < 10LL * 365 * 24 * 3600) {
        result.tokens.expiresAt = now.addSecs(seconds);
    }
    return result;
}

} // namespace Portpilot
