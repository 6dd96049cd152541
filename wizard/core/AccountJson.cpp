#include "AccountJson.h"

#include "Hostname.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Portpilot {

namespace {

constexpr qsizetype MaxJsonSize = 512 * 1024;

QJsonArray localizedToJson(const QList<LocalizedText>& texts)
{
    QJsonArray out;
    for (const LocalizedText& t : texts) {
        out.append(QJsonObject{{QStringLiteral("lang"), t.lang}, {QStringLiteral("text"), t.text}});
    }
    return out;
}

QList<LocalizedText> localizedFromJson(const QJsonArray& array)
{
    QList<LocalizedText> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("lang")).toString(), o.value(QStringLiteral("text")).toString()});
    }
    return out;
}

QJsonObject serverToJson(const ServerSettings& s)
{
    QJsonArray auth;
    for (AuthMethod m : s.authMethods) {
        auth.append(authMethodName(m));
    }
    QJsonObject o{
        {QStringLiteral("protocol"), protocolName(s.protocol)},
        {QStringLiteral("hostname"), s.hostname},
        {QStringLiteral("port"), s.port},
        {QStringLiteral("socketType"), socketTypeName(s.socketType)},
        {QStringLiteral("authentication"), auth},
        {QStringLiteral("username"), s.username},
        {QStringLiteral("source"), configSourceName(s.source)},
        {QStringLiteral("trust"), trustName(trustOf(s.source))},
    };
    if (!s.approvalNeeded.isEmpty()) {
        o.insert(QStringLiteral("approvalNeeded"), s.approvalNeeded);
    }
    if (s.certificateProblem) {
        o.insert(QStringLiteral("certificateProblem"), true);
    }
    if (s.protocol == Protocol::Pop3) {
        QJsonObject pop3{{QStringLiteral("leaveMessagesOnServer"), s.leaveMessagesOnServer},
                         {QStringLiteral("downloadOnBiff"), s.downloadOnBiff}};
        if (s.daysToLeaveMessagesOnServer >= 0) {
            pop3.insert(QStringLiteral("daysToLeaveMessagesOnServer"), s.daysToLeaveMessagesOnServer);
        }
        if (s.checkIntervalMinutes > 0) {
            pop3.insert(QStringLiteral("checkIntervalMinutes"), s.checkIntervalMinutes);
        }
        o.insert(QStringLiteral("pop3"), pop3);
    }
    if (s.protocol == Protocol::Smtp) {
        if (!s.restriction.isEmpty()) {
            o.insert(QStringLiteral("restriction"), s.restriction);
        }
        if (s.addThisServer >= 0) {
            o.insert(QStringLiteral("addThisServer"), s.addThisServer == 1);
        }
        if (s.useGlobalPreferredServer >= 0) {
            o.insert(QStringLiteral("useGlobalPreferredServer"), s.useGlobalPreferredServer == 1);
        }
    }
    return o;
}

std::optional<ServerSettings> serverFromJson(const QJsonObject& o, bool incoming, QString* error)
{
    ServerSettings s;
    const auto protocol = protocolFromName(o.value(QStringLiteral("protocol")).toString());
    if (!protocol || (incoming != (*protocol != Protocol::Smtp))) {
        *error = AccountJson::tr("A server has the protocol “%1”, which does not belong in its list.")
                     .arg(o.value(QStringLiteral("protocol")).toString());
        return std::nullopt;
    }
    s.protocol = *protocol;
    s.hostname = o.value(QStringLiteral("hostname")).toString();
    if (!Hostname::isValid(s.hostname, true)) {
        *error = AccountJson::tr("The host name “%1” is not valid.").arg(s.hostname);
        return std::nullopt;
    }
    const int port = o.value(QStringLiteral("port")).toInt(-1);
    if (port < 1 || port > 65535) {
        *error = AccountJson::tr("The port of %1 must be from 1 to 65535.").arg(s.hostname);
        return std::nullopt;
    }
    s.port = static_cast<quint16>(port);
    const auto socketType = socketTypeFromName(o.value(QStringLiteral("socketType")).toString());
    if (!socketType) {
        *error = AccountJson::tr("Unknown socketType “%1”.").arg(o.value(QStringLiteral("socketType")).toString());
        return std::nullopt;
    }
    s.socketType = *socketType;
    s.authMethods.clear();
    for (const QJsonValue& v : o.value(QStringLiteral("authentication")).toArray()) {
        const auto method = authMethodFromName(v.toString());
        if (!method) {
            *error = AccountJson::tr("Unknown authentication “%1”.").arg(v.toString());
            return std::nullopt;
        }
        s.authMethods.append(*method);
    }
    if (s.authMethods.isEmpty()) {
        *error = AccountJson::tr("The server %1 names no authentication method.").arg(s.hostname);
        return std::nullopt;
    }
    s.username = o.value(QStringLiteral("username")).toString();
    s.source = configSourceFromName(o.value(QStringLiteral("source")).toString()).value_or(ConfigSource::Unknown);
    s.approvalNeeded = o.value(QStringLiteral("approvalNeeded")).toString();
    s.certificateProblem = o.value(QStringLiteral("certificateProblem")).toBool();
    // Protocol-specific fields are read only where toJson() writes them, so that a round trip is stable.
    if (s.protocol == Protocol::Pop3) {
        const QJsonObject pop3 = o.value(QStringLiteral("pop3")).toObject();
        s.leaveMessagesOnServer = pop3.value(QStringLiteral("leaveMessagesOnServer")).toBool(true);
        s.downloadOnBiff = pop3.value(QStringLiteral("downloadOnBiff")).toBool(true);
        s.daysToLeaveMessagesOnServer = pop3.value(QStringLiteral("daysToLeaveMessagesOnServer")).toInt(-1);
        s.checkIntervalMinutes = pop3.value(QStringLiteral("checkIntervalMinutes")).toInt(-1);
        if (s.daysToLeaveMessagesOnServer < -1 || s.daysToLeaveMessagesOnServer > 36500) {
            *error = AccountJson::tr("daysToLeaveMessagesOnServer of %1 must be from 0 to 36500.").arg(s.hostname);
            return std::nullopt;
        }
        if (pop3.contains(QStringLiteral("checkIntervalMinutes")) &&
            (s.checkIntervalMinutes < 1 || s.checkIntervalMinutes > 100000)) {
            *error = AccountJson::tr("checkIntervalMinutes of %1 must be from 1 to 100000.").arg(s.hostname);
            return std::nullopt;
        }
    }
    if (s.protocol == Protocol::Smtp) {
        s.restriction = o.value(QStringLiteral("restriction")).toString();
        if (o.contains(QStringLiteral("addThisServer"))) {
            s.addThisServer = o.value(QStringLiteral("addThisServer")).toBool() ? 1 : 0;
        }
        if (o.contains(QStringLiteral("useGlobalPreferredServer"))) {
            s.useGlobalPreferredServer = o.value(QStringLiteral("useGlobalPreferredServer")).toBool() ? 1 : 0;
        }
    }
    return s;
}

} // namespace

QJsonObject AccountJson::toJson(const Account& account)
{
    const ProviderInfo& p = account.provider;
    QJsonArray domains;
    for (const QString& d : p.domains) {
        domains.append(d);
    }
    QJsonArray docs;
    for (const ProviderDocumentation& d : p.documentation) {
        docs.append(QJsonObject{{QStringLiteral("url"), d.url},
                                {QStringLiteral("descriptions"), localizedToJson(d.descriptions)}});
    }
    QJsonArray enable;
    for (const ProviderEnableInstructions& e : p.enable) {
        enable.append(QJsonObject{{QStringLiteral("visitUrl"), e.visitUrl},
                                  {QStringLiteral("instructions"), localizedToJson(e.instructions)}});
    }
    QJsonArray inputFields;
    for (const InputField& f : p.inputFields) {
        inputFields.append(QJsonObject{
            {QStringLiteral("key"), f.key}, {QStringLiteral("label"), f.label}, {QStringLiteral("value"), f.value}});
    }
    QJsonObject provider{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("domains"), domains},
        {QStringLiteral("displayName"), p.displayName},
        {QStringLiteral("displayShortName"), p.displayShortName},
        {QStringLiteral("documentation"), docs},
        {QStringLiteral("enable"), enable},
        {QStringLiteral("inputFields"), inputFields},
    };
    if (!p.webmailUrl.isEmpty()) {
        provider.insert(QStringLiteral("webmailUrl"), p.webmailUrl);
    }
    if (!p.oauth2.isEmpty()) {
        provider.insert(QStringLiteral("oauth2"), QJsonObject{{QStringLiteral("issuer"), p.oauth2.issuer},
                                                              {QStringLiteral("scope"), p.oauth2.scope},
                                                              {QStringLiteral("authUrl"), p.oauth2.authUrl},
                                                              {QStringLiteral("tokenUrl"), p.oauth2.tokenUrl},
                                                              {QStringLiteral("clientId"), p.oauth2.clientId}});
    }

    QJsonArray incoming, outgoing;
    for (const ServerSettings& s : account.incoming) {
        incoming.append(serverToJson(s));
    }
    for (const ServerSettings& s : account.outgoing) {
        outgoing.append(serverToJson(s));
    }
    return QJsonObject{
        {QStringLiteral("schemaVersion"), SchemaVersion}, {QStringLiteral("emailAddress"), account.emailAddress},
        {QStringLiteral("realName"), account.realName},   {QStringLiteral("source"), configSourceName(account.source)},
        {QStringLiteral("provider"), provider},           {QStringLiteral("incoming"), incoming},
        {QStringLiteral("outgoing"), outgoing},
    };
}

QByteArray AccountJson::toBytes(const Account& account)
{
    return QJsonDocument(toJson(account)).toJson(QJsonDocument::Indented);
}

std::optional<Account> AccountJson::fromJson(const QJsonObject& o, QString* error)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    if (o.value(QStringLiteral("schemaVersion")).toInt() != SchemaVersion) {
        err = tr("Unsupported schemaVersion %1; this Portpilot reads version %2.")
                  .arg(o.value(QStringLiteral("schemaVersion")).toInt())
                  .arg(SchemaVersion);
        return std::nullopt;
    }
    Account account;
    account.emailAddress = o.value(QStringLiteral("emailAddress")).toString();
    account.realName = o.value(QStringLiteral("realName")).toString();
    account.source = configSourceFromName(o.value(QStringLiteral("source")).toString()).value_or(ConfigSource::Unknown);

    const QJsonObject p = o.value(QStringLiteral("provider")).toObject();
    ProviderInfo& provider = account.provider;
    provider.id = p.value(QStringLiteral("id")).toString();
    for (const QJsonValue& d : p.value(QStringLiteral("domains")).toArray()) {
        provider.domains.append(d.toString());
    }
    provider.displayName = p.value(QStringLiteral("displayName")).toString();
    provider.displayShortName = p.value(QStringLiteral("displayShortName")).toString();
    for (const QJsonValue& v : p.value(QStringLiteral("documentation")).toArray()) {
        const QJsonObject d = v.toObject();
        provider.documentation.append({d.value(QStringLiteral("url")).toString(),
                                       localizedFromJson(d.value(QStringLiteral("descriptions")).toArray())});
    }
    for (const QJsonValue& v : p.value(QStringLiteral("enable")).toArray()) {
        const QJsonObject e = v.toObject();
        provider.enable.append({e.value(QStringLiteral("visitUrl")).toString(),
                                localizedFromJson(e.value(QStringLiteral("instructions")).toArray())});
    }
    for (const QJsonValue& v : p.value(QStringLiteral("inputFields")).toArray()) {
        const QJsonObject f = v.toObject();
        provider.inputFields.append({f.value(QStringLiteral("key")).toString(),
                                     f.value(QStringLiteral("label")).toString(),
                                     f.value(QStringLiteral("value")).toString()});
    }
    provider.webmailUrl = p.value(QStringLiteral("webmailUrl")).toString();
    const QJsonObject oauth = p.value(QStringLiteral("oauth2")).toObject();
    provider.oauth2 = {
        oauth.value(QStringLiteral("issuer")).toString(), oauth.value(QStringLiteral("scope")).toString(),
        oauth.value(QStringLiteral("authUrl")).toString(), oauth.value(QStringLiteral("tokenUrl")).toString(),
        oauth.value(QStringLiteral("clientId")).toString()};

    for (const auto& [key, incoming] :
         {std::pair{QStringLiteral("incoming"), true}, std::pair{QStringLiteral("outgoing"), false}}) {
        for (const QJsonValue& v : o.value(key).toArray()) {
            auto server = serverFromJson(v.toObject(), incoming, &err);
            if (!server) {
                return std::nullopt;
            }
            (incoming ? account.incoming : account.outgoing).append(*server);
        }
    }
    if (account.incoming.isEmpty() && account.outgoing.isEmpty()) {
        err = tr("The account has no servers.");
        return std::nullopt;
    }
    return account;
}

std::optional<Account> AccountJson::fromBytes(const QByteArray& data, QString* error)
{
    if (data.size() > MaxJsonSize) {
        if (error) {
            *error = tr("The JSON document is larger than %1 KiB.").arg(MaxJsonSize / 1024);
        }
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error =
                parseError.error != QJsonParseError::NoError
                    ? tr("The JSON is not valid at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                    : tr("The JSON document is not an object.");
        }
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace Portpilot
