#pragma once

#include <QList>
#include <QString>

namespace Portpilot {

// A text with the language it is written in ("" when the file does not say).
struct LocalizedText
{
    QString lang;
    QString text;
    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

struct ProviderDocumentation
{
    QString url;
    QList<LocalizedText> descriptions;
    friend bool operator==(const ProviderDocumentation&, const ProviderDocumentation&) = default;
};

// "You must enable IMAP in webmail first", and where to do it.
struct ProviderEnableInstructions
{
    QString visitUrl;
    QList<LocalizedText> instructions;
    friend bool operator==(const ProviderEnableInstructions&, const ProviderEnableInstructions&) = default;
};

struct OAuth2Settings
{
    QString issuer;
    QString scope;
    QString authUrl;
    QString tokenUrl;
    QString clientId; // draft-ietf-mailmaint-autoconfig <clientID>: a public client id for this issuer
    bool isEmpty() const
    {
        return issuer.isEmpty() && scope.isEmpty() && authUrl.isEmpty() && tokenUrl.isEmpty() && clientId.isEmpty();
    }
    friend bool operator==(const OAuth2Settings&, const OAuth2Settings&) = default;
};

struct InputField
{
    QString key;
    QString label;
    QString value;
    friend bool operator==(const InputField&, const InputField&) = default;
};

// What the autoconfig file says about the provider, as opposed to its servers.
struct ProviderInfo
{
    QString id;
    QList<QString> domains;
    QString displayName;
    QString displayShortName;
    QList<ProviderDocumentation> documentation;
    QList<ProviderEnableInstructions> enable;
    QList<InputField> inputFields;
    OAuth2Settings oauth2;
    QString webmailUrl;

    // The best text for a language, falling back to English, then to the first one.
    static QString pick(const QList<LocalizedText>& texts, const QString& lang);

    friend bool operator==(const ProviderInfo&, const ProviderInfo&) = default;
};

} // namespace Portpilot
