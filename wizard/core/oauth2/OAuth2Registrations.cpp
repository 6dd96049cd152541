#include "OAuth2Registrations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>

namespace Portpilot {

namespace {

constexpr int FormatVersion = 1;

bool isHttpsUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

// The issuer identifier compared as RFC 8414 3.3 wants it: exactly, but a trailing "/" is ignored.
QString normalIssuer(const QString& issuer)
{
    return issuer.endsWith(QLatin1Char('/')) ? issuer.chopped(1) : issuer;
}

} // namespace

std::optional<QList<OAuth2Registration>> OAuth2Registrations::parse(const QByteArray& document, QString* error)
{
    auto failed = [error](const QString& message) -> std::optional<QList<OAuth2Registration>> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (document.size() > MaxDocumentSize) {
        return failed(tr("the file is larger than %1 bytes").arg(MaxDocumentSize));
    }
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        return failed(tr("not a JSON object: %1").arg(parseError.errorString()));
    }
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("portpilot-oauth2") ||
        root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        return failed(tr("“format” must be “portpilot-oauth2” and “version” %1").arg(FormatVersion));
    }
    QList<OAuth2Registration> result;
    const QJsonArray issuers = root.value(QStringLiteral("issuers")).toArray();
    for (const QJsonValue& value : issuers) {
        const QJsonObject o = value.toObject();
        OAuth2Registration r;
        auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString().trimmed(); };
        r.id = text("id");
        r.name = text("name");
        r.issuer = text("issuer");
        r.authorizationEndpoint = text("authorizationEndpoint");
        r.tokenEndpoint = text("tokenEndpoint");
        r.revocationEndpoint = text("revocationEndpoint");
        r.scope = text("scope");
        r.clientId = text("clientId");
        r.clientSecret = text("clientSecret");
        r.adminConsentUrl = text("adminConsentUrl");
        r.registrationHelp = text("registrationHelp");
        for (const QJsonValue& host : o.value(QStringLiteral("hosts")).toArray()) {
            r.hosts.append(host.toString().trimmed().toLower());
        }
        if (r.id.isEmpty()) {
            return failed(tr("an issuer has no “id”"));
        }
        const std::pair<const char*, const QString*> urls[] = {{"issuer", &r.issuer},
                                                               {"authorizationEndpoint", &r.authorizationEndpoint},
                                                               {"tokenEndpoint", &r.tokenEndpoint},
                                                               {"revocationEndpoint", &r.revocationEndpoint},
                                                               {"adminConsentUrl", &r.adminConsentUrl}};
        for (const auto& [key, url] : urls) {
            // Tokens and codes travel to these addresses: never over plain HTTP.
            if (!url->isEmpty() &&
                !isHttpsUrl(QString(*url).replace(QLatin1String("%CLIENTID%"), QLatin1String("id")))) {
                return failed(tr("issuer “%1”: “%2” must be an https:// address").arg(r.id, QLatin1String(key)));
            }
        }
        result.append(r);
    }
    return result;
}

void OAuth2Registrations::overlay(const QList<OAuth2Registration>& entries)
{
    for (const OAuth2Registration& entry : entries) {
        auto it = std::find_if(m_registrations.begin(), m_registrations.end(),
                               [&entry](const OAuth2Registration& r) { return r.id == entry.id; });
        if (it == m_registrations.end()) {
            m_registrations.append(entry);
            continue;
        }
        auto take = [](QString& field, const QString& value) {
            if (!value.isEmpty()) {
                field = value;
            }
        };
        take(it->name, entry.name);
        take(it->issuer, entry.issuer);
        take(it->authorizationEndpoint, entry.authorizationEndpoint);
        take(it->tokenEndpoint, entry.tokenEndpoint);
        take(it->revocationEndpoint, entry.revocationEndpoint);
        take(it->scope, entry.scope);
        take(it->clientId, entry.clientId);
        take(it->clientSecret, entry.clientSecret);
        take(it->adminConsentUrl, entry.adminConsentUrl);
        take(it->registrationHelp, entry.registrationHelp);
        if (!entry.hosts.isEmpty()) {
            it->hosts = entry.hosts;
        }
    }
}

QString OAuth2Registrations::userFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("oauth2.json"));
}

std::optional<OAuth2Registrations> OAuth2Registrations::load(const QString& overrideFile, QString* error)
{
    auto read = [error](const QString& path) -> std::optional<QList<OAuth2Registration>> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error) {
                *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            }
            return std::nullopt;
        }
        QString detail;
        auto parsed = parse(file.read(MaxDocumentSize + 1), &detail);
        if (!parsed && error) {
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), detail);
        }
        return parsed;
    };
    OAuth2Registrations result;
    const auto bundled = read(QStringLiteral(":/oauth2/registrations.json"));
    if (!bundled) {
        return std::nullopt;
    }
    result.m_registrations = *bundled;
    const QString path = overrideFile.isEmpty() ? userFile() : overrideFile;
    if (!overrideFile.isEmpty() || QFile::exists(path)) {
        const auto user = read(path);
        if (!user) {
            return std::nullopt;
        }
        result.overlay(*user);
    }
    return result;
}

std::optional<OAuth2Registration> OAuth2Registrations::byId(const QString& id) const
{
    for (const OAuth2Registration& r : m_registrations) {
        if (r.id == id) {
            return r;
        }
    }
    return std::nullopt;
}

std::optional<OAuth2Registration> OAuth2Registrations::byIssuer(const QString& issuer) const
{
    for (const OAuth2Registration& r : m_registrations) {
        if (!issuer.isEmpty() && normalIssuer(r.issuer) == normalIssuer(issuer)) {
            return r;
        }
    }
    return std::nullopt;
}

std::optional<OAuth2Registration> OAuth2Registrations::byHost(const QString& hostname) const
{
    QString host = hostname.toLower();
    if (host.endsWith(QLatin1Char('.'))) {
        host.chop(1);
    }
    for (const OAuth2Registration& r : m_registrations) {
        if (r.hosts.contains(host)) {
            return r;
        }
    }
    return std::nullopt;
}

std::optional<OAuth2Registration> OAuth2Registrations::forServer(const Account& account,
                                                                 const ServerSettings& server) const
{
    const OAuth2Settings& published = account.provider.oauth2;
    if (!published.issuer.isEmpty() || !published.tokenUrl.isEmpty()) {
        OAuth2Registration r = byIssuer(published.issuer).value_or(OAuth2Registration{});
        if (r.id.isEmpty()) {
            r.id = published.issuer.isEmpty() ? published.tokenUrl : published.issuer;
            r.name = account.provider.displayShortName.isEmpty() ? account.provider.displayName
                                                                 : account.provider.displayShortName;
            r.issuer = published.issuer;
            if (r.name.isEmpty()) {
                r.name = QUrl(r.issuer.isEmpty() ? published.tokenUrl : r.issuer).host();
            }
        }
        // The document's endpoints and scope win: a domain may use its own tenant or scopes.
        if (!published.authUrl.isEmpty()) {
            r.authorizationEndpoint = published.authUrl;
        }
        if (!published.tokenUrl.isEmpty()) {
            r.tokenEndpoint = published.tokenUrl;
        }
        if (!published.scope.isEmpty()) {
            r.scope = published.scope;
        }
        if (!published.clientId.isEmpty() && r.clientId.isEmpty()) {
            r.clientId = published.clientId;
        }
        // Never send a code or token over plain HTTP. Endpoints the document leaves out come from
        // the issuer's own metadata (needsMetadata()), so the issuer itself must be https then.
        const auto usable = [](const QString& endpoint) { return endpoint.isEmpty() || isHttpsUrl(endpoint); };
        if (!usable(r.authorizationEndpoint) || !usable(r.tokenEndpoint) ||
            (r.needsMetadata() && !isHttpsUrl(r.issuer))) {
            return std::nullopt;
        }
        return r;
    }
    return byHost(server.hostname);
}

QString OAuth2Registrations::missingClientMessage(const OAuth2Registration& registration)
{
    QString message =
        tr("Portpilot has no client registration for signing in with %1. A registration is a client id that "
           "the issuer gives to an application. Add yours to %2 as {\"format\": \"portpilot-oauth2\", "
           "\"version\": 1, \"issuers\": [{\"id\": \"%3\", \"clientId\": \"…\"}]} (see docs/oauth2.md).")
            .arg(registration.name.isEmpty() ? registration.id : registration.name,
                 QDir::toNativeSeparators(userFile()), registration.id);
    if (!registration.registrationHelp.isEmpty()) {
        message += QLatin1Char(' ') + tr("How to register an application: %1").arg(registration.registrationHelp);
    }
    return message;
}

} // namespace Portpilot
