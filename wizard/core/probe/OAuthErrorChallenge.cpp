#include "OAuthErrorChallenge.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Portpilot {

namespace {

constexpr qsizetype MaxField = 200;

// A member as plain text: strings as they are, numbers (Google's "status": 400 in some answers)
// as digits; control characters dropped and the length capped.
QString member(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isDouble()) {
        text = QString::number(value.toInteger());
    }
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    return text.left(MaxField);
}

} // namespace

std::optional<OAuthErrorChallenge> OAuthErrorChallenge::parse(const QByteArray& challengeBase64)
{
    const QByteArray trimmed = challengeBase64.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxSize * 4 / 3 + 4) {
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > MaxSize) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    OAuthErrorChallenge challenge;
    challenge.status = member(object, QLatin1StringView("status"));
    if (challenge.status.isEmpty()) {
        return std::nullopt; // "status" is the one required member
    }
    challenge.scope = member(object, QLatin1StringView("scope"));
    challenge.openidConfiguration = member(object, QLatin1StringView("openid-configuration"));
    return challenge;
}

OAuthErrorChallenge::Meaning OAuthErrorChallenge::meaning() const
{
    const QString lower = status.toLower();
    if (lower == QLatin1StringView("insufficient_scope") || lower == QLatin1StringView("403")) {
        return Meaning::ScopeMissing;
    }
    return Meaning::TokenRejected;
}

QString OAuthErrorChallenge::summary() const
{
    QString text = QStringLiteral("status \"%1\"").arg(status);
    if (!scope.isEmpty()) {
        text += QStringLiteral(", scope \"%1\"").arg(scope);
    }
    return text;
}

} // namespace Portpilot
